package chromium

import (
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"

	"github.com/chromedp/chromedp"
)

// Trust makes Chromium accept cert, a local server's self-signed
// certificate, as if a known authority had signed it (by the SHA-256 of
// its public key): the connection has no certificate error, so the
// site's service worker registers as on a real site. Only that key is
// trusted, where --ignore-certificate-errors would accept any.
func Trust(cert *x509.Certificate) chromedp.ExecAllocatorOption {
	sum := sha256.Sum256(cert.RawSubjectPublicKeyInfo)
	return chromedp.Flag("ignore-certificate-errors-spki-list", base64.StdEncoding.EncodeToString(sum[:]))
}
