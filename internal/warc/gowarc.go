package warc

import (
	"crypto/rand"
	"encoding/hex"
	"sync"

	gowarc "github.com/nlnwa/gowarc/v3"
)

// gowarcMu serialises the construction of gowarc record builders and
// unmarshalers: gowarc v3.1.0 sets up its options by calling
// uuid.EnableRandPool, which writes a variable of github.com/google/uuid
// without synchronisation (its documentation says never to call it
// concurrently), so two goroutines building records at once are a data
// race. The lock is this package's only global state; record IDs come from
// newRecordID, so gowarc never generates a UUID outside it.
var gowarcMu sync.Mutex

// newRecordBuilder is gowarc.NewRecordBuilder under gowarcMu.
func newRecordBuilder(t gowarc.RecordType, opts ...gowarc.WarcRecordOption) gowarc.WarcRecordBuilder {
	gowarcMu.Lock()
	defer gowarcMu.Unlock()
	return gowarc.NewRecordBuilder(t, opts...)
}

// newUnmarshaler is gowarc.NewUnmarshaler under gowarcMu.
func newUnmarshaler(opts ...gowarc.WarcRecordOption) gowarc.Unmarshaler {
	gowarcMu.Lock()
	defer gowarcMu.Unlock()
	return gowarc.NewUnmarshaler(opts...)
}

// newRecordID returns a random (version 4) UUID URN for WARC-Record-ID.
func newRecordID() string {
	var u [16]byte
	rand.Read(u[:]) // never fails (crypto/rand)
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	var b [36]byte
	hex.Encode(b[0:8], u[0:4])
	b[8] = '-'
	hex.Encode(b[9:13], u[4:6])
	b[13] = '-'
	hex.Encode(b[14:18], u[6:8])
	b[18] = '-'
	hex.Encode(b[19:23], u[8:10])
	b[23] = '-'
	hex.Encode(b[24:], u[10:])
	return "urn:uuid:" + string(b[:])
}
