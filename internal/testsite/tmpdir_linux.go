package testsite

import "syscall"

// tmpfsMagic is the type of a tmpfs in statfs(2).
const tmpfsMagic = 0x01021994

// isMemoryWithRoom reports whether dir is on a tmpfs with at least room
// bytes free.
func isMemoryWithRoom(dir string, room uint64) bool {
	var s syscall.Statfs_t
	if err := syscall.Statfs(dir, &s); err != nil {
		return false
	}
	return s.Type == tmpfsMagic && s.Bavail*uint64(s.Bsize) >= room
}
