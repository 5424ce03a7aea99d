package warc

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fixture reads a file of testdata.
func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return b
}

// gunzip decompresses all members of b.
func gunzip(t testing.TB, b []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	require.NoError(t, err)
	out, err := io.ReadAll(zr)
	require.NoError(t, err)
	return out
}

// gzipWhole compresses b as a single gzip member.
func gzipWhole(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// collect reads records until io.EOF or a fatal error, keeping record
// errors; it stops after 10,000 calls to Next so that a looping Reader
// fails the test instead of hanging it.
func collect(r *Reader) (recs []*Record, recErrs []error, fatal error) {
	for range 10000 {
		rec, err := r.Next()
		var re *RecordError
		switch {
		case errors.Is(err, io.EOF):
			return recs, recErrs, nil
		case errors.As(err, &re):
			recErrs = append(recErrs, err)
			if rec != nil {
				recs = append(recs, rec)
			}
		case err != nil:
			return recs, recErrs, err
		default:
			recs = append(recs, rec)
		}
	}
	return recs, recErrs, errors.New("Next did not end")
}

// ccNewsHTML is the start of the article page in testdata/cc-news.warc.gz.
const ccNewsHTML = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Ceasefire talks resume in Cairo | Example News</title>"

func TestReadCCNews(t *testing.T) {
	t.Parallel()
	gz := fixture(t, "cc-news.warc.gz")
	plain := gunzip(t, gz)
	layouts := []struct {
		name string
		data []byte
	}{
		{"gzip per record", gz},
		{"gzip whole file", gzipWhole(plain)},
		{"plain", plain},
	}
	const url1 = "https://www.example-news.com/world/2024/03/01/ceasefire-talks-resume"
	const url2 = "http://example-news.com/world/2024/03/01/ceasefire-talks-resume"
	for _, l := range layouts {
		t.Run(l.name, func(t *testing.T) {
			t.Parallel()
			r, err := NewReader(bytes.NewReader(l.data), WithAllTypes())
			require.NoError(t, err)
			recs, recErrs, fatal := collect(r)
			require.NoError(t, fatal)
			require.Empty(t, recErrs)

			type view struct{ Type, URI string }
			var got []view
			for _, rec := range recs {
				got = append(got, view{rec.Type, rec.TargetURI})
			}
			assert.Equal(t, []view{{"warcinfo", ""},
				{"request", url2}, {"response", url2}, {"metadata", url2},
				{"request", url1}, {"response", url1}, {"metadata", url1}}, got)

			info := recs[0]
			assert.Equal(t, "urn:uuid:0b4a5c1e-6f0d-4d7e-9a51-2f6f1b8c3d01", info.ID)
			assert.Contains(t, string(info.Body), "isPartOf: CC-NEWS\r\n")
			assert.Nil(t, info.Header)

			moved := recs[2]
			assert.Equal(t, 301, moved.Status)
			assert.Equal(t, url1, moved.Header.Get("Location"))
			assert.Empty(t, moved.Body)

			req, page, meta := recs[4], recs[5], recs[6]
			assert.Equal(t, "www.example-news.com", req.Header.Get("Host"))
			assert.Equal(t, "CCBot/2.0 (https://commoncrawl.org/faq/)", req.Header.Get("User-Agent"))
			assert.Equal(t, 200, page.Status)
			assert.Equal(t, time.Date(2024, 3, 1, 8, 15, 9, 0, time.UTC), page.Date)
			assert.Equal(t, "urn:uuid:7f1c2d3e-4b5a-4c6d-9e8f-000000000002", page.ID)
			assert.Equal(t, "<"+req.ID+">", page.WARCHeader.Get("WARC-Concurrent-To"))
			assert.Equal(t, "93.184.216.34", page.WARCHeader.Get("WARC-IP-Address"))
			assert.Equal(t, "text/html; charset=UTF-8", page.Header.Get("Content-Type"))
			assert.Equal(t, "gzip", page.Header.Get("X-Crawler-Content-Encoding"))
			assert.Equal(t, []string{"region=eu; Path=/; Secure", "consent=0; Path=/; Secure"}, page.Header.Values("Set-Cookie"))
			assert.True(t, strings.HasPrefix(string(page.Body), ccNewsHTML))
			assert.Contains(t, string(page.Body), "\u00ab\u00a0nothing is agreed")
			assert.Equal(t, page.Header.Get("Content-Length"), strconv.Itoa(len(page.Body)))
			assert.Equal(t, "<"+page.ID+">", meta.WARCHeader.Get("WARC-Concurrent-To"))
			assert.Contains(t, string(meta.Body), "fetchTimeMs: 412\r\n")

			// By default only responses.
			r, err = NewReader(bytes.NewReader(l.data))
			require.NoError(t, err)
			recs, _, fatal = collect(r)
			require.NoError(t, fatal)
			require.Len(t, recs, 2)
			assert.Equal(t, []string{url2, url1}, []string{recs[0].TargetURI, recs[1].TargetURI})

			r, err = NewReader(bytes.NewReader(l.data), WithTypes("metadata", "WARCINFO"))
			require.NoError(t, err)
			recs, _, fatal = collect(r)
			require.NoError(t, fatal)
			require.Len(t, recs, 3)
			assert.Equal(t, "warcinfo", recs[0].Type)
		})
	}
}

func TestReadWget(t *testing.T) {
	t.Parallel()
	r, err := NewReader(bytes.NewReader(fixture(t, "wget.warc")), WithTypes("response", "revisit"))
	require.NoError(t, err)
	recs, recErrs, fatal := collect(r)
	require.NoError(t, fatal)
	require.Empty(t, recErrs)
	require.Len(t, recs, 2)
	resp, revisit := recs[0], recs[1]
	assert.Equal(t, "chunked", resp.Header.Get("Transfer-Encoding"))
	assert.True(t, strings.HasPrefix(string(resp.Body), ccNewsHTML), "chunked body is de-chunked")
	assert.True(t, strings.HasSuffix(string(resp.Body), "</html>\n"))
	assert.Equal(t, "revisit", revisit.Type)
	assert.Equal(t, 200, revisit.Status)
	assert.Equal(t, "text/html; charset=utf-8", revisit.Header.Get("Content-Type"))
	assert.Empty(t, revisit.Body)
}

func TestReaderLimits(t *testing.T) {
	t.Parallel()
	gz := fixture(t, "cc-news.warc.gz")

	// A body over the limit is skipped with ErrTooLarge; reading goes on.
	r, err := NewReader(bytes.NewReader(gz), WithMaxBodyBytes(500), WithAllTypes())
	require.NoError(t, err)
	recs, recErrs, fatal := collect(r)
	require.NoError(t, fatal)
	require.Len(t, recErrs, 1)
	assert.ErrorIs(t, recErrs[0], ErrTooLarge)
	var re *RecordError
	require.ErrorAs(t, recErrs[0], &re)
	assert.Equal(t, "response", re.Type)
	assert.Equal(t, "urn:uuid:7f1c2d3e-4b5a-4c6d-9e8f-000000000002", re.ID)
	assert.Len(t, recs, 6)

	// So is a block whose Content-Length is over the limits, unread.
	r, err = NewReader(bytes.NewReader(gz), WithMaxBodyBytes(10), WithMaxHeaderBytes(1000))
	require.NoError(t, err)
	recs, recErrs, fatal = collect(r)
	require.NoError(t, fatal)
	assert.Len(t, recs, 1, "the 301 fits")
	require.Len(t, recErrs, 1)
	assert.ErrorIs(t, recErrs[0], ErrTooLarge)

	// A WARC header over the limit is fatal.
	r, err = NewReader(bytes.NewReader(gz), WithMaxHeaderBytes(100))
	require.NoError(t, err)
	_, err = r.Next()
	assert.ErrorIs(t, err, ErrCorrupt)
	_, err2 := r.Next()
	assert.Equal(t, err, err2, "fatal errors are sticky")
}

func TestReaderBadInput(t *testing.T) {
	t.Parallel()
	gz := fixture(t, "cc-news.warc.gz")
	plain := gunzip(t, gz)
	page := bytes.Index(plain, []byte("Negotiators returned"))
	require.Positive(t, page)
	flipped := bytes.Clone(plain)
	flipped[page] = 'n'
	gzFlipped := bytes.Clone(gz)
	gzFlipped[len(gz)/2] ^= 0xff

	tests := []struct {
		name      string
		data      []byte
		opts      []ReaderOption
		wantRecs  int   // records returned
		wantRec   error // record errors, if any (each)
		wantFatal error // nil: clean io.EOF
	}{
		{"empty", nil, nil, 0, nil, nil},
		{"blank lines", []byte("\r\n\r\n\n"), nil, 0, nil, nil},
		{"not warc", []byte("<html><body>hello</body></html>"), nil, 0, nil, ErrCorrupt},
		{"one byte", []byte{0x1f}, nil, 0, nil, ErrCorrupt},
		{"gzip magic only", []byte{0x1f, 0x8b}, nil, 0, nil, ErrTruncated},
		{"gzip of garbage", gzipWhole([]byte("garbage\r\n")), nil, 0, nil, ErrCorrupt},
		{"cut in a header", plain[:40], nil, 0, nil, ErrTruncated},
		{"cut in a block", plain[:page], nil, 1, nil, ErrTruncated},
		{"cut gzip", gz[:len(gz)-700], nil, 1, nil, ErrTruncated},
		{"corrupt gzip", gzFlipped, []ReaderOption{WithAllTypes()}, -1, nil, ErrCorrupt},
		{"payload changed", flipped, nil, 2, ErrDigestMismatch, nil},
		{"no content length", []byte("WARC/1.1\r\nWARC-Type: response\r\n\r\nHTTP/1.1 200 OK\r\n\r\n"), nil, 0, nil, ErrCorrupt},
		{"negative content length", []byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: -5\r\n\r\n"), nil, 0, nil, ErrCorrupt},
		{"huge content length", []byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 999999999999\r\n\r\nHTTP/1.1 200 OK\r\n\r\n"), nil, 0, ErrTooLarge, ErrTruncated},
		{"huge content length, skipped type", []byte("WARC/1.1\r\nWARC-Type: request\r\nContent-Length: 999999999999\r\n\r\nGET / HTTP/1.1\r\n\r\n"), nil, 0, nil, ErrTruncated},
		{"empty http block", []byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: 0\r\n\r\n\r\n\r\n"), nil, 0, ErrCorrupt, nil},
		{"garbage http block", []byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: 9\r\n\r\nHTTP/1.1 \r\n\r\n"), nil, 1, nil, nil},
		{"lf only", []byte("WARC/1.0\nWARC-Type: response\nContent-Length: 24\n\nHTTP/1.0 204 OK\n\nbody\n\n\n"), nil, 1, nil, nil},
		{"header line without end", append([]byte("WARC/1.1\r\nWARC-Target-URI: "), bytes.Repeat([]byte("a"), 300<<10)...), nil, 0, nil, ErrCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r, err := NewReader(bytes.NewReader(tt.data), tt.opts...)
			if err != nil {
				require.ErrorIs(t, err, tt.wantFatal)
				return
			}
			recs, recErrs, fatal := collect(r)
			if tt.wantFatal == nil {
				require.NoError(t, fatal)
			} else {
				require.ErrorIs(t, fatal, tt.wantFatal)
				assert.True(t, strings.HasPrefix(fatal.Error(), "warc: "), fatal.Error())
			}
			if tt.wantRecs >= 0 {
				assert.Len(t, recs, tt.wantRecs)
			}
			if tt.wantRec == nil {
				assert.Empty(t, recErrs)
			}
			for _, e := range recErrs {
				assert.ErrorIs(t, e, tt.wantRec)
			}
		})
	}
}

func TestReadOwnOutputWithDigestCheck(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	w, err := NewWriter(dir, "d", 0, nil)
	require.NoError(t, err)
	req, resp, body := exchange("https://example.com/x", 5000, 7)
	require.NoError(t, w.WriteExchange(req, resp, body, time.Now(), ""))
	require.NoError(t, w.Close())
	files := warcFiles(t, dir)
	data, err := os.ReadFile(files[0])
	require.NoError(t, err)

	plain := gunzip(t, data)
	i := bytes.LastIndex(plain, body[4000:4010])
	require.Positive(t, i)
	plain[i] ^= 1
	r, err := NewReader(bytes.NewReader(plain))
	require.NoError(t, err)
	rec, err := r.Next()
	require.ErrorIs(t, err, ErrDigestMismatch)
	require.NotNil(t, rec, "the record comes with the digest error")
	assert.Len(t, rec.Body, 5000)
	_, err = r.Next()
	assert.ErrorIs(t, err, io.EOF)
}
