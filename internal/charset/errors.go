package charset

import "errors"

// ErrBinary is returned by Decode when the body is not text: it starts with
// the magic number of a binary format (PDF, PNG, JPEG, GIF, WebP, ZIP, gzip,
// ...) or has NUL and other control bytes in its first kilobytes. Callers
// branch on it with errors.Is.
var ErrBinary = errors.New("charset: binary content")
