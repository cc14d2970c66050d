//go:build !unix

package output

import "os"

// lock opens the folder p; this system has no advisory locks.
func lock(p string) (*os.File, error) { return os.Open(p) }

// inUse cannot tell here: a staging folder is taken to be left over.
func inUse(string) bool { return false }
