package warc

import (
	"bytes"
	"compress/gzip"
	"crypto/sha1"
	"encoding/base32"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	gowarc "github.com/nlnwa/gowarc/v3"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// page is a small news page served by the test server.
const page = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Regierung einigt sich auf Haushalt</title></head>
<body><article><h1>Regierung einigt sich auf Haushalt</h1><p>Nach zähen Verhandlungen hat die Koalition am Freitag eine Einigung erzielt – „ein guter Tag“, hieß es.</p></article></body></html>`

// newsServer serves the pages the round-trip test fetches.
func newsServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/plain", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Length", fmt.Sprint(len(page)))
		w.Header().Add("Set-Cookie", "a=1; Path=/")
		w.Header().Add("Set-Cookie", "b=2; Path=/")
		io.WriteString(w, page)
	})
	mux.HandleFunc("/gzip", func(w http.ResponseWriter, r *http.Request) {
		var b bytes.Buffer
		gz := gzip.NewWriter(&b)
		io.WriteString(gz, page)
		gz.Close()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Length", fmt.Sprint(b.Len()))
		w.Write(b.Bytes())
	})
	mux.HandleFunc("/chunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, page[:100])
		w.(http.Flusher).Flush()
		io.WriteString(w, page[100:])
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/plain", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/", http.NotFound)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// fetch does one exchange the way colly does: net/http client, the body
// read whole and gunzipped if the transport left it compressed.
func fetch(t *testing.T, req *http.Request) (*http.Response, []byte) {
	t.Helper()
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	var r io.Reader = resp.Body
	if !resp.Uncompressed && resp.Header.Get("Content-Encoding") == "gzip" {
		gz, err := gzip.NewReader(resp.Body)
		require.NoError(t, err)
		r = gz
	}
	body, err := io.ReadAll(r)
	require.NoError(t, err)
	return resp, body
}

// sha1b32 is a WARC SHA-1 digest in base32.
func sha1b32(b []byte) string {
	s := sha1.Sum(b)
	return "sha1:" + base32.StdEncoding.EncodeToString(s[:])
}

// readAll reads every record of the named files, in order, failing on any
// error.
func readAll(t *testing.T, names ...string) []*Record {
	t.Helper()
	var out []*Record
	for _, n := range names {
		f, err := os.Open(n)
		require.NoError(t, err)
		r, err := NewReader(f, WithAllTypes())
		require.NoError(t, err)
		for {
			rec, err := r.Next()
			if errors.Is(err, io.EOF) {
				break
			}
			require.NoError(t, err, n)
			out = append(out, rec)
		}
		f.Close()
	}
	return out
}

// strictCheck reads the named files with gowarc in strict mode (syntax,
// spec and digests), the independent check that the files are valid WARC.
func strictCheck(t *testing.T, names ...string) int {
	t.Helper()
	n := 0
	for _, name := range names {
		gowarcMu.Lock() // see gowarcMu
		r, err := gowarc.NewWarcFileReader(name, 0, gowarc.WithStrictValidation())
		gowarcMu.Unlock()
		require.NoError(t, err)
		for {
			rec, err := r.Next()
			if errors.Is(err, io.EOF) {
				break
			}
			require.NoError(t, err, name)
			require.Empty(t, rec.Validation, name)
			require.Equal(t, "WARC/1.1", rec.WarcRecord.Version().String())
			rec.Close()
			n++
		}
		r.Close()
	}
	return n
}

// warcFiles lists the finished WARC files in dir, sorted.
func warcFiles(t *testing.T, dir string) []string {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*.warc.gz"))
	require.NoError(t, err)
	open, err := filepath.Glob(filepath.Join(dir, "*.open"))
	require.NoError(t, err)
	require.Empty(t, open, "files left open")
	slices.Sort(names)
	return names
}

func TestRoundTrip(t *testing.T) {
	t.Parallel()
	srv := newsServer(t)
	dir := t.TempDir()
	w, err := NewWriter(dir, "scoop-test", 0, map[string]string{"operator": "scoop tests", "isPartOf": "unit"})
	require.NoError(t, err)

	type view struct {
		URI    string
		Status int
		Body   string
		Header map[string]string // selected fields
	}
	pick := func(h http.Header, keys ...string) map[string]string {
		m := map[string]string{}
		for _, k := range keys {
			if v := strings.Join(h.Values(k), " | "); v != "" {
				m[k] = v
			}
		}
		return m
	}
	keys := []string{"Content-Length", "Content-Encoding", "Transfer-Encoding", "X-Crawler-Content-Encoding",
		"X-Crawler-Transfer-Encoding", "X-Crawler-Content-Length", "Set-Cookie", "Location"}
	gzLen := func() string {
		var b bytes.Buffer
		gz := gzip.NewWriter(&b)
		io.WriteString(gz, page)
		gz.Close()
		return fmt.Sprint(b.Len())
	}()
	n := fmt.Sprint(len(page))

	tests := []struct {
		name     string
		path     string
		header   http.Header
		want     view
		wantReqH map[string]string // selected request header fields
	}{
		{"plain", "/plain?q=café&x=1#frag", http.Header{"User-Agent": {"scoop/test"}},
			view{"/plain?q=caf%C3%A9&x=1", 200, page, map[string]string{"Content-Length": n, "Set-Cookie": "a=1; Path=/ | b=2; Path=/"}},
			map[string]string{"User-Agent": "scoop/test"}},
		{"gzip decoded by transport", "/gzip", nil,
			view{"/gzip", 200, page, map[string]string{"Content-Length": n, "X-Crawler-Content-Encoding": "gzip"}},
			map[string]string{"User-Agent": "Go-http-client/1.1", "Accept-Encoding": "gzip"}},
		{"gzip decoded by crawler", "/gzip", http.Header{"Accept-Encoding": {"gzip, br"}},
			view{"/gzip", 200, page, map[string]string{"Content-Length": n, "X-Crawler-Content-Encoding": "gzip", "X-Crawler-Content-Length": gzLen}},
			map[string]string{"Accept-Encoding": "gzip, br"}},
		{"chunked", "/chunked", nil,
			view{"/chunked", 200, page, map[string]string{"Content-Length": n, "X-Crawler-Transfer-Encoding": "chunked"}}, nil},
		{"redirect", "/moved", nil,
			view{"/moved", 301, "<a href=\"/plain\">Moved Permanently</a>.\n\n", map[string]string{"Content-Length": "41", "Location": "/plain"}}, nil},
		{"not found", "/missing", nil,
			view{"/missing", 404, "404 page not found\n", map[string]string{"Content-Length": "19"}}, nil},
	}
	fetched := time.Date(2024, 3, 1, 8, 15, 9, 123456789, time.UTC)
	for _, tt := range tests {
		req, err := http.NewRequest(http.MethodGet, srv.URL+tt.path, nil)
		require.NoError(t, err)
		maps := tt.header
		for k, v := range maps {
			req.Header[k] = v
		}
		resp, body := fetch(t, req)
		require.NoError(t, w.WriteExchange(req, resp, body, fetched, "127.0.0.1:"+srv.URL[strings.LastIndex(srv.URL, ":")+1:]))
	}
	require.NoError(t, w.Close())

	files := warcFiles(t, dir)
	require.Len(t, files, 1)
	assert.Regexp(t, regexp.MustCompile(`/scoop-test-\d{14}-00000\.warc\.gz$`), files[0])
	assert.Equal(t, 1+2*len(tests), strictCheck(t, files...))

	recs := readAll(t, files...)
	require.Len(t, recs, 1+2*len(tests))
	info := recs[0]
	assert.Equal(t, "warcinfo", info.Type)
	assert.Equal(t, filepath.Base(files[0]), info.WARCHeader.Get("WARC-Filename"))
	assert.Contains(t, string(info.Body), "software: scoop/devel\r\nformat: WARC File Format 1.1\r\n")
	assert.Contains(t, string(info.Body), "isPartOf: unit\r\noperator: scoop tests\r\n")

	base, _ := url.Parse(srv.URL)
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, resp := recs[1+2*i], recs[2+2*i]
			require.Equal(t, "request", req.Type)
			require.Equal(t, "response", resp.Type)
			want := tt.want
			want.URI = base.String() + want.URI
			got := view{resp.TargetURI, resp.Status, string(resp.Body), pick(resp.Header, keys...)}
			assert.Equal(t, want, got)

			assert.Equal(t, want.URI, req.TargetURI)
			assert.Equal(t, base.Host, req.Header.Get("Host"))
			for k, v := range tt.wantReqH {
				assert.Equal(t, v, req.Header.Get(k), k)
			}
			assert.Equal(t, fetched.Truncate(time.Microsecond), resp.Date)
			assert.Equal(t, "127.0.0.1", resp.WARCHeader.Get("WARC-IP-Address"))
			assert.Equal(t, "application/http;msgtype=response", resp.WARCHeader.Get("Content-Type"))
			assert.Equal(t, "application/http;msgtype=request", req.WARCHeader.Get("Content-Type"))
			assert.Equal(t, []string{"<" + req.ID + ">"}, resp.WARCHeader.Values("WARC-Concurrent-To"))
			assert.Equal(t, []string{"<" + resp.ID + ">"}, req.WARCHeader.Values("WARC-Concurrent-To"))
			assert.Equal(t, "<"+info.ID+">", resp.WARCHeader.Get("WARC-Warcinfo-ID"))
			assert.Regexp(t, `^urn:uuid:[0-9a-f-]{36}$`, resp.ID)
			assert.Equal(t, sha1b32(resp.Body), resp.WARCHeader.Get("WARC-Payload-Digest"))
			assert.Empty(t, resp.WARCHeader.Get("WARC-Truncated"))
		})
	}
}

func TestRotation(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	w, err := NewWriter(dir, "rot", 16<<10, nil)
	require.NoError(t, err)
	const n = 40
	for i := range n {
		req, resp, body := exchange(fmt.Sprintf("https://example.com/news/%d", i), 6<<10, int64(i))
		require.NoError(t, w.WriteExchange(req, resp, body, time.Now(), "2001:db8::1"))
	}
	require.NoError(t, w.Close())

	files := warcFiles(t, dir)
	require.Greater(t, len(files), 3)
	var uris []string
	for i, f := range files {
		assert.Regexp(t, fmt.Sprintf(`/rot-\d{14}-%05d\.warc\.gz$`, i), f)
		st, err := os.Stat(f)
		require.NoError(t, err)
		if i < len(files)-1 {
			// A file closes once past the limit: at most one exchange over.
			assert.GreaterOrEqual(t, st.Size(), int64(16<<10))
			assert.Less(t, st.Size(), int64(16<<10+2*8<<10))
		}
		recs := readAll(t, f)
		require.NotEmpty(t, recs)
		assert.Equal(t, "warcinfo", recs[0].Type, f)
		assert.Equal(t, filepath.Base(f), recs[0].WARCHeader.Get("WARC-Filename"))
		for _, r := range recs[1:] {
			assert.Equal(t, "<"+recs[0].ID+">", r.WARCHeader.Get("WARC-Warcinfo-ID"))
			if r.Type == "response" {
				uris = append(uris, r.TargetURI)
				assert.Equal(t, "2001:db8::1", r.WARCHeader.Get("WARC-IP-Address"))
			}
		}
	}
	var want []string
	for i := range n {
		want = append(want, fmt.Sprintf("https://example.com/news/%d", i))
	}
	assert.Equal(t, want, uris)
	strictCheck(t, files...)
}

func TestConcurrentWriters(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	w, err := NewWriter(dir, "conc", 64<<10, nil)
	require.NoError(t, err)
	const workers, each = 8, 25
	var wg sync.WaitGroup
	for g := range workers {
		wg.Go(func() {
			for i := range each {
				req, resp, body := exchange(fmt.Sprintf("https://example.com/%d/%d", g, i), 3000+i, int64(g*each+i))
				assert.NoError(t, w.WriteExchange(req, resp, body, time.Now(), "10.0.0.1"))
			}
		})
	}
	wg.Wait()
	require.NoError(t, w.Close())

	files := warcFiles(t, dir)
	require.Greater(t, len(files), 1)
	seen := map[string]bool{}
	for _, f := range files {
		recs := readAll(t, f)
		require.Equal(t, "warcinfo", recs[0].Type)
		require.Equal(t, 1, len(recs)%2, "a request without its response in %s", f)
		for i := 1; i < len(recs); i += 2 {
			req, resp := recs[i], recs[i+1]
			// The records of one exchange are written together.
			require.Equal(t, "request", req.Type)
			require.Equal(t, "response", resp.Type)
			require.Equal(t, req.TargetURI, resp.TargetURI)
			require.Equal(t, "<"+req.ID+">", resp.WARCHeader.Get("WARC-Concurrent-To"))
			assert.False(t, seen[resp.TargetURI], "duplicate %s", resp.TargetURI)
			seen[resp.TargetURI] = true
		}
	}
	assert.Len(t, seen, workers*each)
}

// exchange makes a synthetic exchange with an incompressible body of size
// bytes.
func exchange(u string, size int, seed int64) (*http.Request, *http.Response, []byte) {
	req, _ := http.NewRequest(http.MethodGet, u, nil)
	req.Header.Set("User-Agent", "scoop/test")
	body := make([]byte, size)
	x := uint64(seed)*0x9e3779b97f4a7c15 + 1
	for i := range body {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		body[i] = byte(x)
	}
	resp := &http.Response{
		Status: "200 OK", StatusCode: 200, Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header:        http.Header{"Content-Type": {"application/octet-stream"}, "Content-Length": {fmt.Sprint(size)}},
		ContentLength: int64(size),
		Request:       req,
	}
	return req, resp, body
}

func TestWriterClose(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	w, err := NewWriter(dir, "c", 0, nil)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	require.NoError(t, w.Close())
	req, resp, body := exchange("https://example.com/", 10, 1)
	assert.ErrorIs(t, w.WriteExchange(req, resp, body, time.Time{}, ""), ErrClosed)
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Empty(t, entries, "no file without an exchange")
}

func TestNewWriterErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	file := filepath.Join(dir, "f")
	require.NoError(t, os.WriteFile(file, nil, 0o644))
	tests := []struct {
		name   string
		dir    string
		prefix string
		max    int64
		info   map[string]string
	}{
		{"no dir", filepath.Join(dir, "missing"), "p", 0, nil},
		{"not a dir", file, "p", 0, nil},
		{"empty prefix", dir, "", 0, nil},
		{"prefix with slash", dir, "../p", 0, nil},
		{"negative max", dir, "p", -1, nil},
		{"bad info name", dir, "p", 0, map[string]string{"bad name": "x"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewWriter(tt.dir, tt.prefix, tt.max, tt.info)
			require.Error(t, err)
			assert.True(t, strings.HasPrefix(err.Error(), "warc: "), err.Error())
		})
	}
}

func TestWriteExchangeHostile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	w, err := NewWriter(dir, "h", 0, map[string]string{"description": "line\r\nWARC-Type: evil"})
	require.NoError(t, err)

	u := &url.URL{Scheme: "https", Host: "example.com", Path: "/a b", RawQuery: "x=\r\ny\x00z\xff"}
	req := &http.Request{Method: "GET", URL: u, Header: http.Header{
		"Bad\r\nKey": {"v"}, "X-Ok": {"a\r\nWARC-Type: evil"},
	}}
	resp := &http.Response{StatusCode: 200, Status: "200 OK\r\nX: y", Header: http.Header{"Content-Encoding": {"br"}}, ContentLength: -1}
	require.NoError(t, w.WriteExchange(req, resp, []byte("\x00binary"), time.Time{}, "not-an-ip\r\n"))

	// Truncated body: the server declared more than the client kept.
	req2, resp2, body2 := exchange("https://example.com/big", 100, 2)
	resp2.ContentLength, resp2.Header["Content-Length"] = 5000, []string{"5000"}
	require.NoError(t, w.WriteExchange(req2, resp2, body2, time.Time{}, "[::1]:443"))

	bad := []*http.Response{{StatusCode: 0}, {StatusCode: 1000}}
	for _, r := range bad {
		assert.Error(t, w.WriteExchange(req, r, nil, time.Time{}, ""))
	}
	assert.Error(t, w.WriteExchange(&http.Request{Method: "G T", URL: u}, resp, nil, time.Time{}, ""))
	assert.Error(t, w.WriteExchange(nil, resp, nil, time.Time{}, ""))
	require.NoError(t, w.Close())

	files := warcFiles(t, dir)
	assert.Equal(t, 5, strictCheck(t, files...))
	recs := readAll(t, files...)
	require.Len(t, recs, 5)
	assert.Contains(t, string(recs[0].Body), "description: line  WARC-Type: evil\r\n")
	q, r := recs[1], recs[2]
	assert.Equal(t, "https://example.com/a%20b?x=%0D%0Ay%00z%FF", r.TargetURI)
	assert.Empty(t, r.WARCHeader.Get("WARC-IP-Address"))
	assert.Equal(t, "a  WARC-Type: evil", q.Header.Get("X-Ok"))
	assert.Equal(t, []string{"request"}, q.WARCHeader.Values("WARC-Type"))
	assert.Equal(t, 200, r.Status)
	assert.Equal(t, "br", r.Header.Get("Content-Encoding"), "a Content-Encoding the client did not undo is kept")
	assert.Equal(t, "\x00binary", string(r.Body))
	assert.Equal(t, "length", recs[4].WARCHeader.Get("WARC-Truncated"))
	assert.Equal(t, "5000", recs[4].Header.Get("X-Crawler-Content-Length"))
	assert.Equal(t, "::1", recs[4].WARCHeader.Get("WARC-IP-Address"))
}

func TestFileNameCollision(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	now := time.Date(2024, 3, 1, 8, 0, 0, 0, time.UTC)
	// A finished file and an open one from earlier runs in the same second.
	require.NoError(t, os.WriteFile(filepath.Join(dir, "x-20240301080000-00000.warc.gz"), []byte("keep"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "x-20240301080000-00001.warc.gz.open"), []byte("keep"), 0o644))
	w, err := NewWriter(dir, "x", 0, nil)
	require.NoError(t, err)
	w.now = func() time.Time { return now }
	req, resp, body := exchange("https://example.com/", 10, 1)
	require.NoError(t, w.WriteExchange(req, resp, body, now, ""))
	require.NoError(t, w.Close())
	b, err := os.ReadFile(filepath.Join(dir, "x-20240301080000-00000.warc.gz"))
	require.NoError(t, err)
	assert.Equal(t, "keep", string(b))
	_, err = os.Stat(filepath.Join(dir, "x-20240301080000-00002.warc.gz"))
	assert.NoError(t, err)
}
