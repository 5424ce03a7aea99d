package meta

import "errors"

// Errors returned by DecodeJSONLD, always wrapped with the byte offset where
// decoding stopped. Callers branch on them with errors.Is.
var (
	// ErrSyntax reports text that no lenient reading can make into JSON.
	ErrSyntax = errors.New("meta: json-ld syntax error")
	// ErrTruncated reports a block that ends inside an object, array or
	// string.
	ErrTruncated = errors.New("meta: json-ld truncated")
	// ErrTooDeep reports objects and arrays nested deeper than MaxDepth.
	ErrTooDeep = errors.New("meta: json-ld nested too deep")
)
