package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsscoop/scoop/internal/warc"
)

// warcFixture is a WARC file of golden pages, with the URLs of the
// articles it holds in order.
type warcFixture struct {
	path     string
	articles []string // URLs of the distinct articles, in record order
}

// goldenURL reads the URL of a golden page from its case.json or
// seed.json.
func goldenURL(t *testing.T, dir string) string {
	t.Helper()
	for _, name := range []string{"case.json", "seed.json"} {
		if b, err := os.ReadFile(filepath.Join(dir, name)); err == nil {
			var c struct {
				URL string `json:"url"`
			}
			require.NoError(t, json.Unmarshal(b, &c))
			u, err := url.Parse(c.URL)
			require.NoError(t, err)
			return u.String()
		}
	}
	t.Fatalf("%s: no case.json or seed.json", dir)
	return ""
}

// writeWARCFixture archives three golden articles, a section front, a
// redirect, a robots.txt and a second capture of the first article, with
// scoop's own WARC writer.
func writeWARCFixture(t *testing.T) warcFixture {
	t.Helper()
	dir := t.TempDir()
	w, err := warc.NewWriter(dir, "fixture", 0, map[string]string{"software": "scoop test"})
	require.NoError(t, err)
	add := func(rawURL string, status int, header http.Header, body []byte) {
		u, err := url.Parse(rawURL)
		require.NoError(t, err)
		req := &http.Request{Method: http.MethodGet, URL: u, Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1, Header: http.Header{}, Host: u.Host}
		resp := &http.Response{StatusCode: status, Status: fmt.Sprintf("%d %s", status, http.StatusText(status)),
			Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1, Header: header, ContentLength: int64(len(body))}
		require.NoError(t, w.WriteExchange(req, resp, body, time.Date(2025, 9, 1, 12, 0, 0, 0, time.UTC), "203.0.113.9"))
	}
	html := http.Header{"Content-Type": {"text/html; charset=utf-8"}}
	golden := func(name string) (string, []byte) {
		d := filepath.Join("..", "..", "testdata", "golden", name)
		b, err := os.ReadFile(filepath.Join(d, "page.html"))
		require.NoError(t, err)
		return goldenURL(t, d), b
	}
	var fx warcFixture
	for i, name := range []string{"seed-wordpress", "nonarticle-96fm-front", "en-washingtonpost-tornadoes", "fr-lemonde-renseignement"} {
		u, page := golden(name)
		add(u, 200, html, page)
		if !strings.HasPrefix(name, "nonarticle") {
			fx.articles = append(fx.articles, u)
		}
		if i == 1 {
			add("http://example.com/moved", 301, http.Header{"Location": {u}}, nil)
			add("https://example.com/robots.txt", 200, http.Header{"Content-Type": {"text/plain"}}, []byte("User-agent: *\nAllow: /\n"))
		}
	}
	u, page := golden("seed-wordpress")
	add(u, 200, html, page) // captured twice
	require.NoError(t, w.Close())
	files, err := filepath.Glob(filepath.Join(dir, "*.warc.gz"))
	require.NoError(t, err)
	require.Len(t, files, 1)
	fx.path = files[0]
	return fx
}

// warcLines decodes the output of warc.
func warcLines(t *testing.T, out string) []map[string]any {
	t.Helper()
	var lines []map[string]any
	for l := range strings.SplitSeq(strings.TrimSpace(out), "\n") {
		if l == "" {
			continue
		}
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &m), l)
		lines = append(lines, m)
	}
	return lines
}

var warcSummaryRE = regexp.MustCompile(`scoop warc: (\d+) response records: (\d+) articles written, (\d+) duplicates, (\d+) without an article, (\d+) not pages \(redirects, errors, other types\), (\d+) unreadable or too large`)

// TestWARCCommand extracts a WARC file: one line per distinct article in
// the file's order, with its source and WARC fields; the second capture
// is a duplicate unless --keep-duplicates; the summary counts every
// response record.
func TestWARCCommand(t *testing.T) {
	fx := writeWARCFixture(t)
	r := runScoop(t, "", "warc", "--no-html", fx.path)
	require.NoError(t, r.err, r.stderr)
	lines := warcLines(t, r.stdout)
	require.Len(t, lines, len(fx.articles))
	for i, l := range lines {
		assert.Equal(t, fx.articles[i], l["url"])
		assert.Equal(t, fx.path, l["source"])
		assert.Regexp(t, `^urn:uuid:`, l["warc_record_id"])
		assert.Equal(t, "2025-09-01T12:00:00Z", l["fetched_at"])
		assert.EqualValues(t, 200, l["status"])
		assert.NotEmpty(t, l["key"])
		assert.NotContains(t, l, "html")
	}
	assert.Equal(t, pageHeadline, lines[0]["headline"])
	m := warcSummaryRE.FindStringSubmatch(r.stderr)
	require.NotNil(t, m, r.stderr)
	assert.Equal(t, []string{"7", "3", "1", "1", "2", "0"}, m[1:], r.stderr)

	r = runScoop(t, "", "warc", "--keep-duplicates", "--workers", "1", fx.path)
	require.NoError(t, r.err, r.stderr)
	lines = warcLines(t, r.stdout)
	require.Len(t, lines, len(fx.articles)+1)
	assert.Equal(t, lines[0]["key"], lines[3]["key"])
	assert.NotEmpty(t, lines[0]["html"])
}

// TestWARCCommandResume: with --out, a second run writes nothing the file
// holds, and says so.
func TestWARCCommandResume(t *testing.T) {
	fx := writeWARCFixture(t)
	out := filepath.Join(t.TempDir(), "articles.jsonl")
	r := runScoop(t, "", "warc", "--out", out, fx.path)
	require.NoError(t, r.err, r.stderr)
	first, err := os.ReadFile(out)
	require.NoError(t, err)
	require.Len(t, warcLines(t, string(first)), len(fx.articles))

	r = runScoop(t, "", "warc", "--out", out, fx.path)
	require.NoError(t, r.err, r.stderr)
	again, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Equal(t, string(first), string(again))
	assert.Contains(t, r.stderr, fmt.Sprintf("scoop warc: %s holds %d articles: they will not be written again", out, len(fx.articles)))
	assert.Contains(t, r.stderr, " 0 articles written, 4 duplicates,")
}

// TestWARCCommandInputs reads from stdin and from URLs; an input that
// cannot be read (a 404, a file cut short, a file that is not WARC) is
// reported, the others still run, and the exit status is 1.
func TestWARCCommandInputs(t *testing.T) {
	fx := writeWARCFixture(t)
	data, err := os.ReadFile(fx.path)
	require.NoError(t, err)
	var gotUA string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotUA = r.UserAgent()
		if r.URL.Path != "/CC-NEWS-1.warc.gz" {
			http.NotFound(w, r)
			return
		}
		w.Write(data)
	}))
	defer srv.Close()

	r := runScoop(t, string(data), "warc", "-")
	require.NoError(t, r.err, r.stderr)
	assert.Len(t, warcLines(t, r.stdout), len(fx.articles))

	r = runScoop(t, "", "warc", "--user-agent", "research-bot/1.0", srv.URL+"/CC-NEWS-1.warc.gz")
	require.NoError(t, r.err, r.stderr)
	assert.Len(t, warcLines(t, r.stdout), len(fx.articles))
	assert.Equal(t, "research-bot/1.0", gotUA)

	dir := t.TempDir()
	cut := filepath.Join(dir, "cut.warc.gz")
	require.NoError(t, os.WriteFile(cut, data[:len(data)*2/3], 0o644))
	notWARC := filepath.Join(dir, "page.html")
	require.NoError(t, os.WriteFile(notWARC, []byte("<html><p>hi</p></html>"), 0o644))
	r = runScoop(t, "", "warc", cut, srv.URL+"/missing.warc.gz", notWARC, fx.path)
	require.Error(t, r.err)
	assert.Equal(t, 1, r.code)
	assert.ErrorContains(t, r.err, "3 of 4 inputs could not be read to their end")
	assert.Contains(t, r.stderr, "scoop warc: "+cut+": scoop: unreadable warc archive")
	assert.Contains(t, r.stderr, "scoop warc: "+srv.URL+"/missing.warc.gz: GET "+srv.URL+"/missing.warc.gz: 404 Not Found")
	assert.Contains(t, r.stderr, "scoop warc: "+notWARC+": scoop: unreadable warc archive")
	lines := warcLines(t, r.stdout)
	require.NotEmpty(t, lines)
	var fromCut, fromWhole int
	for _, l := range lines {
		switch l["source"] {
		case cut:
			fromCut++
		case fx.path:
			fromWhole++
		}
	}
	assert.Positive(t, fromCut, "the records before the cut are written")
	assert.Equal(t, len(fx.articles), fromCut+fromWhole, "the whole file adds only what the cut one missed")
}

// TestWARCCommandVerbose prints each record without an article.
func TestWARCCommandVerbose(t *testing.T) {
	fx := writeWARCFixture(t)
	r := runScoop(t, "", "warc", "-v", fx.path)
	require.NoError(t, r.err, r.stderr)
	assert.Contains(t, r.stderr, "(http://example.com/moved): scoop: http error status: status 301")
	assert.Contains(t, r.stderr, "(https://example.com/robots.txt): scoop: not an html page")
	assert.Contains(t, r.stderr, "scoop: no article on the page")
}

func TestWARCUsage(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"warc"}, "no input given"},
		{[]string{"warc", "--workers", "0", "x.warc"}, "--workers must be positive"},
		{[]string{"warc", "-", "-"}, "stdin (-) given more than once"},
		{[]string{"warc", "http://"}, `bad URL "http://"`},
	} {
		r := runScoop(t, "", tt.args...)
		assert.Equal(t, 2, r.code, tt.args)
		assert.Contains(t, r.stderr, tt.want, tt.args)
		assert.Contains(t, r.stderr, "Usage: scoop warc", tt.args)
	}
	r := runScoop(t, "", "help", "warc")
	require.NoError(t, r.err)
	assert.Contains(t, r.stdout, "Common Crawl")
}

// TestWARCCommandInterrupt: a cancelled run stops, says so, and exits 0.
func TestWARCCommandInterrupt(t *testing.T) {
	fx := writeWARCFixture(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var stdout, stderr bytes.Buffer
	err := run(ctx, []string{"warc", fx.path}, strings.NewReader(""), &stdout, &stderr)
	require.NoError(t, err)
	assert.Contains(t, stderr.String(), "; interrupted")
}
