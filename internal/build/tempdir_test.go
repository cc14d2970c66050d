package build

import (
	"os"
	"testing"

	"github.com/skupaj/skupaj/internal/testsite"
)

// TestMain runs the tests with their temporary folders in memory where
// the machine has room (testsite.MemoryTempDir): on a disk, the kernel's
// work for the files the builds make costs more than the builds.
func TestMain(m *testing.M) {
	os.Exit(testsite.RunInMemory(m))
}
