package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cdxIndex writes a CDX index of the response records of the WARC file
// at path, found by reading it one gzip member at a time, in Common
// Crawl's CDXJ form, with filename as each line's filename.
func cdxIndex(t *testing.T, path, filename string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	r := bytes.NewReader(data)
	var lines []string
	for r.Len() > 0 {
		offset := r.Size() - int64(r.Len())
		zr, err := gzip.NewReader(r)
		require.NoError(t, err)
		zr.Multistream(false)
		rec, err := io.ReadAll(zr)
		require.NoError(t, err)
		length := r.Size() - int64(r.Len()) - offset
		var typ, uri, status string
		sc := bufio.NewScanner(bytes.NewReader(rec))
		for sc.Scan() {
			l := sc.Text()
			switch {
			case strings.HasPrefix(l, "WARC-Type: "):
				typ = strings.TrimPrefix(l, "WARC-Type: ")
			case strings.HasPrefix(l, "WARC-Target-URI: "):
				uri = strings.TrimPrefix(l, "WARC-Target-URI: ")
			case strings.HasPrefix(l, "HTTP/1.1 ") && status == "":
				status = strings.Fields(l)[1]
			}
		}
		if typ == "response" {
			lines = append(lines, fmt.Sprintf(`org,example)/ 20250901120000 {"url": %q, "mime": "text/html", "status": %q, "length": "%d", "offset": "%d", "filename": %q}`,
				uri, status, length, offset, filename))
		}
	}
	return lines
}

// withFastRetries makes the retries of record reads quick for a test.
func withFastRetries(t *testing.T) {
	retries, backoff := recordRetries, retryBackoff
	recordRetries, retryBackoff = 2, time.Millisecond
	t.Cleanup(func() { recordRetries, retryBackoff = retries, backoff })
}

// TestWARCIndexLocal reads the records a CDX index lists from a local
// directory: the same articles as reading the whole file, each with its
// offset; the redirect the index marks 301 is not read.
func TestWARCIndexLocal(t *testing.T) {
	fx := writeWARCFixture(t)
	whole := runScoop(t, "", "warc", "--no-html", fx.path)
	require.NoError(t, whole.err, whole.stderr)
	want := warcLines(t, whole.stdout)

	lines := cdxIndex(t, fx.path, "crawl-data/"+filepath.Base(fx.path))
	require.Len(t, lines, 7)
	base := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(base, "crawl-data"), 0o755))
	require.NoError(t, os.Rename(fx.path, filepath.Join(base, "crawl-data", filepath.Base(fx.path))))
	idx := filepath.Join(t.TempDir(), "index.cdxj")
	require.NoError(t, os.WriteFile(idx, []byte(strings.Join(lines, "\n")+"\n"), 0o644))

	r := runScoop(t, "", "warc", "--no-html", "--index", idx, "--archive-base", base)
	require.NoError(t, r.err, r.stderr)
	got := warcLines(t, r.stdout)
	require.Len(t, got, len(want))
	loc := filepath.Join(base, "crawl-data", filepath.Base(fx.path))
	var offsets []float64
	for i := range got {
		assert.Equal(t, loc, got[i]["source"])
		offsets = append(offsets, got[i]["warc_offset"].(float64))
		for _, k := range []string{"source", "warc_offset"} {
			delete(got[i], k)
			delete(want[i], k)
		}
	}
	assert.Equal(t, want, got)
	assert.IsIncreasing(t, offsets)
	m := warcSummaryRE.FindStringSubmatch(r.stderr)
	require.NotNil(t, m, r.stderr)
	// 6 records read (the 301 is skipped unread and counted with the
	// records that are not pages): 3 articles, 1 duplicate, 1 section
	// front, the robots.txt and the redirect not pages.
	assert.Equal(t, []string{"6", "3", "1", "1", "2", "0"}, m[1:], r.stderr)
}

// TestWARCIndexHTTP reads the records with Range requests from a server,
// the index gzip-compressed on stdin: a 503 is retried, every request
// asks for one record's bytes with the given User-Agent.
func TestWARCIndexHTTP(t *testing.T) {
	withFastRetries(t)
	fx := writeWARCFixture(t)
	data, err := os.ReadFile(fx.path)
	require.NoError(t, err)
	var mu sync.Mutex
	var ranges []string
	failed := map[string]bool{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		rng := r.Header.Get("Range")
		ranges = append(ranges, rng)
		// the second record's first request fails
		fail := !failed[rng] && len(failed) == 1
		failed[rng] = true
		mu.Unlock()
		assert.Equal(t, "research-bot/1.0", r.UserAgent())
		if r.URL.Path != "/crawl-data/CC-NEWS/x.warc.gz" {
			http.NotFound(w, r)
			return
		}
		if fail {
			w.Header().Set("Retry-After", "0")
			http.Error(w, "Slow Down", http.StatusServiceUnavailable)
			return
		}
		http.ServeContent(w, r, "x.warc.gz", time.Time{}, bytes.NewReader(data))
	}))
	defer srv.Close()

	var idx bytes.Buffer
	zw := gzip.NewWriter(&idx)
	for _, l := range cdxIndex(t, fx.path, "crawl-data/CC-NEWS/x.warc.gz") {
		fmt.Fprintln(zw, l)
	}
	require.NoError(t, zw.Close())

	r := runScoop(t, idx.String(), "warc", "--index", "-", "--archive-base", srv.URL+"/", "--user-agent", "research-bot/1.0", "--workers", "3")
	require.NoError(t, r.err, r.stderr)
	lines := warcLines(t, r.stdout)
	require.Len(t, lines, len(fx.articles))
	for i, l := range lines {
		assert.Equal(t, fx.articles[i], l["url"])
		assert.Equal(t, srv.URL+"/crawl-data/CC-NEWS/x.warc.gz", l["source"])
	}
	assert.Len(t, ranges, 7, "6 records and one retry") // the 301 is not fetched
	for _, rng := range ranges {
		assert.Regexp(t, `^bytes=\d+-\d+$`, rng)
	}
}

// TestWARCIndexFailures: an index line that is not an entry, a record
// the server does not have, a server that ignores Range or sends other
// bytes, one that keeps failing, and an offset
// past the end of a file are each reported; the other records are still
// written and the exit status is 1.
func TestWARCIndexFailures(t *testing.T) {
	withFastRetries(t)
	fx := writeWARCFixture(t)
	data, err := os.ReadFile(fx.path)
	require.NoError(t, err)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/ok.warc.gz":
			http.ServeContent(w, r, "ok.warc.gz", time.Time{}, bytes.NewReader(data))
		case "/norange.warc.gz":
			w.Write(data)
		case "/badrange.warc.gz":
			w.Header().Set("Content-Range", fmt.Sprintf("bytes 0-99/%d", len(data)))
			w.WriteHeader(http.StatusPartialContent)
			w.Write(data[:100])
		case "/down.warc.gz":
			http.Error(w, "down", http.StatusBadGateway)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()

	good := cdxIndex(t, fx.path, "ok.warc.gz")
	first := good[0]
	lines := []string{
		first,
		"not an index line",
		strings.Replace(first, "ok.warc.gz", "missing.warc.gz", 1),
		strings.Replace(first, "ok.warc.gz", "norange.warc.gz", 1),
		strings.Replace(first, "ok.warc.gz", "down.warc.gz", 1),
		strings.Replace(first, "ok.warc.gz", "badrange.warc.gz", 1),
		strings.Replace(first, "ok.warc.gz", fx.path, 1),
		regexp.MustCompile(`"offset": "\d+"`).ReplaceAllString(strings.Replace(first, "ok.warc.gz", fx.path, 1), `"offset": "99999999"`),
		good[len(good)-1],
	}
	idx := filepath.Join(t.TempDir(), "index.cdxj")
	require.NoError(t, os.WriteFile(idx, []byte(strings.Join(lines, "\n")), 0o644))
	r := runScoop(t, "", "warc", "--keep-duplicates", "--no-html", "--index", idx, "--archive-base", srv.URL)
	require.Error(t, r.err)
	assert.Equal(t, 1, r.code)
	assert.ErrorContains(t, r.err, "6 of 9 index lines could not be read")
	assert.Equal(t, 3, len(warcLines(t, r.stdout)), "the first record twice (over HTTP and from the local file) and the last")
	for _, want := range []string{
		"index line 2: no JSON object",
		"index line 3 (" + fx.articles[0] + "): GET " + srv.URL + "/missing.warc.gz: 404 Not Found",
		"index line 4 (" + fx.articles[0] + "): GET " + srv.URL + "/norange.warc.gz: the server ignored the byte range",
		"index line 5 (" + fx.articles[0] + "): GET " + srv.URL + "/down.warc.gz: 502 Bad Gateway",
		"index line 6 (" + fx.articles[0] + "): GET " + srv.URL + "/badrange.warc.gz: the server sent the bytes \"bytes 0-99/",
		"index line 8 (" + fx.articles[0] + "): " + fx.path + ": offset 99999999 and length",
	} {
		assert.Contains(t, r.stderr, want)
	}
}

// TestParseIndexLine covers the forms of a CDX line and its bad ones.
func TestParseIndexLine(t *testing.T) {
	t.Parallel()
	ok := []struct{ line, file string }{
		{`{"url": "https://a.example/x", "filename": "crawl-data/a.warc.gz", "offset": "12", "length": "34", "status": "200"}`, "crawl-data/a.warc.gz"},
		{`com,example)/x 20240101000000 {"filename": "b.warc.gz", "offset": 12, "length": 34}`, "b.warc.gz"},
	}
	for _, c := range ok {
		e, err := parseIndexLine([]byte(c.line), 1)
		require.NoError(t, err, c.line)
		assert.Equal(t, c.file, e.Filename)
		assert.Equal(t, int64(12), e.Offset.n)
		assert.Equal(t, int64(34), e.Length.n)
		assert.False(t, e.skipped())
	}
	e, err := parseIndexLine([]byte(`   `), 3)
	assert.NoError(t, err)
	assert.Nil(t, e)
	e, err = parseIndexLine([]byte(`{"filename": "a", "offset": "0", "length": "9", "status": "404"}`), 3)
	require.NoError(t, err)
	assert.True(t, e.skipped())

	bad := map[string]string{
		`com,example)/x 20240101000000`:                                      "no JSON object",
		`{"offset": "1", "length": "2"}`:                                     "no filename",
		`{"filename": "a", "length": "2"}`:                                   "no offset",
		`{"filename": "a", "offset": "1"}`:                                   "no length",
		`{"filename": "a", "offset": "-1", "length": "2"}`:                   "bad number",
		`{"filename": "a", "offset": "x", "length": "2"}`:                    "bad number",
		`{"filename": "a", "offset": "1", "length": "999999999999"}`:         "over the limit",
		`{"filename": "a", "offset": "1", "length": "2"`:                     "unexpected end",
		`{"filename": ["a"], "offset": "1", "length": "2"}`:                  "cannot unmarshal",
		`{"filename": "a", "offset": "1", "length": "0", "status": "200"} x`: "invalid character",
	}
	for line, want := range bad {
		_, err := parseIndexLine([]byte(line), 7)
		require.Error(t, err, line)
		assert.Contains(t, err.Error(), "index line 7")
		assert.Contains(t, err.Error(), want, line)
	}
}

// TestWARCIndexUsage: --index takes no INPUT.
func TestWARCIndexUsage(t *testing.T) {
	r := runScoop(t, "", "warc", "--index", "x.cdxj", "a.warc.gz")
	require.Error(t, r.err)
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, "--index reads the records it lists: give no INPUT with it")
}

// TestFetchRangeRetryAfter: the wait a 429 or 5xx asks for in seconds is
// honoured (up to maxRetryWait) instead of the short backoff; a date or
// no header leaves the backoff; a 404 is final.
func TestFetchRangeRetryAfter(t *testing.T) {
	withFastRetries(t)
	wait := maxRetryWait
	maxRetryWait = 60 * time.Millisecond
	t.Cleanup(func() { maxRetryWait = wait })
	data := []byte("0123456789")
	var mu sync.Mutex
	calls := map[string]int{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		calls[r.URL.Path]++
		n := calls[r.URL.Path]
		mu.Unlock()
		switch {
		case r.URL.Path == "/gone":
			http.NotFound(w, r)
		case n == 1 && strings.HasPrefix(r.URL.Path, "/seconds"):
			w.Header().Set("Retry-After", "30")
			http.Error(w, "Slow Down", http.StatusTooManyRequests)
		case n == 1 && r.URL.Path == "/date":
			w.Header().Set("Retry-After", time.Now().Add(time.Hour).UTC().Format(http.TimeFormat))
			http.Error(w, "Slow Down", http.StatusServiceUnavailable)
		default:
			http.ServeContent(w, r, "x", time.Time{}, bytes.NewReader(data))
		}
	}))
	defer srv.Close()
	ctx := t.Context()

	_, after, err := fetchRangeOnce(ctx, srv.Client(), "ua", srv.URL+"/seconds-once", 2, 3)
	require.Error(t, err)
	assert.Equal(t, 30*time.Second, after)

	start := time.Now()
	b, err := fetchRange(ctx, srv.Client(), "ua", srv.URL+"/seconds", 2, 3)
	require.NoError(t, err)
	assert.Equal(t, "234", string(b))
	assert.GreaterOrEqual(t, time.Since(start), maxRetryWait, "Retry-After: 30, capped at maxRetryWait")

	start = time.Now()
	b, err = fetchRange(ctx, srv.Client(), "ua", srv.URL+"/date", 0, 2)
	require.NoError(t, err)
	assert.Equal(t, "01", string(b))
	assert.Less(t, time.Since(start), maxRetryWait, "a date is not read: the backoff applies")

	_, after, err = fetchRangeOnce(ctx, srv.Client(), "ua", srv.URL+"/gone", 0, 2)
	require.Error(t, err)
	assert.Negative(t, after)
}
