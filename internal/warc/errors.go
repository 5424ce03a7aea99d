package warc

import (
	"errors"
	"fmt"
)

// Sentinel errors. Callers branch on them with errors.Is; every error the
// package returns wraps one of them (or an I/O error from the file system
// or the underlying reader).
var (
	// ErrClosed is returned by WriteExchange after Close.
	ErrClosed = errors.New("warc: writer closed")

	// ErrTruncated means the input ended inside a record (or inside a gzip
	// member). It is fatal: the Reader returns it from every later Next.
	ErrTruncated = errors.New("warc: truncated input")

	// ErrCorrupt means the input is not WARC where a record should start
	// (no "WARC/" version line, no usable Content-Length, a header over the
	// limit, broken gzip). Wrapped in a *RecordError it concerns one record
	// whose block could not be parsed and iteration goes on; otherwise it
	// is fatal, as records can no longer be delimited.
	ErrCorrupt = errors.New("warc: corrupt input")

	// ErrTooLarge means a record's body is over the Reader's body limit
	// (WithMaxBodyBytes). The record is skipped without being held in
	// memory; it always comes in a *RecordError and iteration goes on.
	ErrTooLarge = errors.New("warc: record body too large")

	// ErrDigestMismatch means a WARC-Block-Digest or WARC-Payload-Digest
	// does not match the record's bytes. It always comes in a *RecordError,
	// and Next returns the record along with it so callers may still use it.
	ErrDigestMismatch = errors.New("warc: digest mismatch")
)

// RecordError reports a problem with one record that the Reader could step
// over: Next can be called again. Err wraps ErrTooLarge, ErrDigestMismatch
// or ErrCorrupt. Any error from Next that is not a *RecordError (other than
// io.EOF) is fatal and sticky.
type RecordError struct {
	Type      string // WARC-Type of the record
	ID        string // WARC-Record-ID without angle brackets
	TargetURI string // WARC-Target-URI, if any
	Err       error
}

// Error implements error.
func (e *RecordError) Error() string {
	return fmt.Sprintf("%v (%s record %s %s)", e.Err, e.Type, e.ID, e.TargetURI)
}

// Unwrap returns the underlying error, for errors.Is and errors.As.
func (e *RecordError) Unwrap() error { return e.Err }
