package build

import (
	"crypto/sha256"
	"encoding/binary"
	"hash"
)

// fingerprint identifies the bytes of one input, or everything one output
// is made from.
type fingerprint [sha256.Size]byte

// fingerprintOf is the fingerprint of data.
func fingerprintOf(data []byte) fingerprint { return sha256.Sum256(data) }

// hasher makes a fingerprint of several parts. Each part is written with
// its length, so that no two different lists of parts give the same bytes.
type hasher struct{ h hash.Hash }

func newHasher() hasher { return hasher{sha256.New()} }

func (h hasher) bytes(b []byte) hasher {
	var n [binary.MaxVarintLen64]byte
	h.h.Write(n[:binary.PutUvarint(n[:], uint64(len(b)))])
	h.h.Write(b)
	return h
}

func (h hasher) str(s string) hasher { return h.bytes([]byte(s)) }

func (h hasher) fp(f fingerprint) hasher { return h.bytes(f[:]) }

func (h hasher) sum() (f fingerprint) {
	h.h.Sum(f[:0])
	return f
}
