// The editor's form (issue 15): built from GET api/schema and api/page,
// checked with POST api/check while the editor types, saved with POST
// api/save. Requests that write carry the token of
// <meta name="skupaj-edit-token">. The form itself is still to come.
