package scoop

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/klauspost/compress/flate"
	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zlib"
	"github.com/klauspost/compress/zstd"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDecodeContent undoes each Content-Encoding a WARC record may store
// its body in, leaves a body already decoded alone whatever its header
// says, and stops at the byte limit.
func TestDecodeContent(t *testing.T) {
	page := []byte("<html><body><p>" + strings.Repeat("The council met on Monday. ", 40) + "</p></body></html>")
	type wc = interface {
		Write([]byte) (int, error)
		Close() error
	}
	enc := func(w func(*bytes.Buffer) (wc, error)) []byte {
		var b bytes.Buffer
		zw, err := w(&b)
		require.NoError(t, err)
		_, err = zw.Write(page)
		require.NoError(t, err)
		require.NoError(t, zw.Close())
		return b.Bytes()
	}
	gz := enc(func(b *bytes.Buffer) (wc, error) { return gzip.NewWriter(b), nil })
	zl := enc(func(b *bytes.Buffer) (wc, error) { return zlib.NewWriter(b), nil })
	raw := enc(func(b *bytes.Buffer) (wc, error) { return flate.NewWriter(b, flate.DefaultCompression) })
	zs := enc(func(b *bytes.Buffer) (wc, error) { return zstd.NewWriter(b) })
	for _, tt := range []struct {
		name, encoding string
		body           []byte
	}{
		{"gzip", "gzip", gz},
		{"x-gzip", "x-gzip", gz},
		{"deflate as zlib", "deflate", zl},
		{"raw deflate", "deflate", raw},
		{"zstd", "zstd", zs},
		{"decoded already, header kept", "gzip", page},
		{"decoded already, deflate header kept", "deflate", page},
		{"no encoding", "", page},
		{"unknown encoding", "br", page},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decodeContent(tt.body, tt.encoding, 1<<20)
			require.NoError(t, err)
			assert.Equal(t, page, got)
		})
	}
	_, err := decodeContent(gz, "gzip", 100)
	var le *LimitError
	assert.True(t, errors.As(err, &le), "over the limit: %v", err)
	_, err = decodeContent(append([]byte{0x1f, 0x8b}, "not gzip at all"...), "gzip", 1<<20)
	assert.ErrorIs(t, err, ErrBadRecord)
}
