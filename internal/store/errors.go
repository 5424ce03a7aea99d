package store

import "errors"

// Errors callers can branch on with errors.Is. Every error a Store returns
// is prefixed "store:" and wraps one of these or the underlying I/O error.
var (
	// ErrClosed is returned by calls on a closed Store.
	ErrClosed = errors.New("store: closed")
	// ErrNotFound is returned by Done and Retry for a URL never pushed.
	ErrNotFound = errors.New("store: URL never pushed")
	// ErrInvalid is returned for a request or argument out of range
	// (empty or too long URL, negative depth, fingerprint distance above
	// the store's limit).
	ErrInvalid = errors.New("store: invalid argument")
	// ErrCorrupt is returned when an on-disk record cannot be decoded or
	// the file was written by an incompatible version.
	ErrCorrupt = errors.New("store: corrupt or incompatible data")
)
