//go:build !linux

package output

import "errors"

// exchange is not available here: Swap renames in two steps.
func exchange(a, b string) error { return errors.ErrUnsupported }
