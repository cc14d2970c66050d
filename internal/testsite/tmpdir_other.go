//go:build !linux

package testsite

// isMemoryWithRoom is false off Linux: MemoryTempDir knows only /dev/shm.
func isMemoryWithRoom(dir string, room uint64) bool { return false }
