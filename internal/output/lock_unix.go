//go:build unix

package output

import (
	"os"
	"syscall"
)

// lock holds an exclusive lock on the folder p until the file it returns
// is closed; the system drops it when the process dies.
func lock(p string) (*os.File, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// inUse reports whether a running process holds the folder p locked.
func inUse(p string) bool {
	f, err := lock(p)
	if err != nil {
		return err == syscall.EWOULDBLOCK
	}
	f.Close()
	return false
}
