package chromium

import (
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"

	"github.com/chromedp/chromedp"
)

// Trust makes Chromium accept cert, a local server's self-signed
// certificate, as if a known authority had signed it: the page stays a
// secure context whose service worker registers, which
// --ignore-certificate-errors would not allow.
func Trust(cert *x509.Certificate) chromedp.ExecAllocatorOption {
	sum := sha256.Sum256(cert.RawSubjectPublicKeyInfo)
	return chromedp.Flag("ignore-certificate-errors-spki-list", base64.StdEncoding.EncodeToString(sum[:]))
}
