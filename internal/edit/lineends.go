package edit

import "bytes"

// lineEndsOf is src, a new version of the file old, with old's line ends:
// when every line of old ends in CRLF (as Git for Windows checks files
// out), every line of src does too, so that a saved file is not a mix of
// line ends; otherwise src as it is (LF).
func lineEndsOf(old, src []byte) []byte {
	n := bytes.Count(old, []byte("\n"))
	if n == 0 || n != bytes.Count(old, []byte("\r\n")) {
		return src
	}
	lf := bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
	return bytes.ReplaceAll(lf, []byte("\n"), []byte("\r\n"))
}
