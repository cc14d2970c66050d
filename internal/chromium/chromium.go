// Package chromium starts Debian's headless Chromium the way this machine
// needs it, for the browser tests and the measuring scripts alike.
package chromium

import (
	"fmt"
	"os"

	"github.com/chromedp/chromedp"
)

// Path is where Debian's chromium package installs the browser.
const Path = "/usr/bin/chromium"

// Check says how to install Chromium when exec is missing.
func Check(exec string) error {
	if _, err := os.Stat(exec); err != nil {
		return fmt.Errorf("%s is missing (%v): install Debian's chromium (apt-get install chromium)", exec, err)
	}
	return nil
}

// Options are the allocator options for a headless Chromium at exec with
// a fresh profile in profile: no sandbox (tests run as root), no GPU, and
// none of the background connections that a closed network refuses.
func Options(exec, profile string) []chromedp.ExecAllocatorOption {
	return []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exec),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 900),
	}
}
