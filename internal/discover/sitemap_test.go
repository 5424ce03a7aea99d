package discover

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func date(t testing.TB, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.RFC3339, s)
	require.NoError(t, err)
	return d
}

func gzipBytes(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, err := zw.Write(b)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

func TestParseSitemap(t *testing.T) {
	t.Parallel()
	news := []Entry{
		{
			URL:       "https://www.example-news.com/politik/ausland/wahl-in-frankreich-macron-verliert-mehrheit-a-1234567.html",
			Title:     "Wahl in Frankreich: Macron verliert Mehrheit",
			Published: date(t, "2024-05-03T08:00:00+02:00"),
			Modified:  date(t, "2024-05-03T10:15:00+02:00"),
			Lang:      "de",
			News:      true,
		},
		{
			URL:       "https://www.example-news.com/wirtschaft/inflation-sinkt-auf-2-prozent-a-1234568.html?a=1&b=2",
			Title:     `Inflation sinkt auf 2 Prozent – "endlich"`,
			Published: date(t, "2024-05-03T00:00:00Z"),
			Lang:      "de",
			News:      true,
		},
		{
			URL:      "https://www.example-news.com/sport/fussball/bayern-gewinnt-a-1234569.html",
			Modified: date(t, "2024-05-02T00:00:00Z"),
		},
	}
	tests := []struct {
		name    string
		body    []byte
		want    []Entry
		index   bool
		wantErr error
	}{
		{"news sitemap", readFixture(t, "sitemap-news.xml"), news, false, nil},
		{"gzipped news sitemap", gzipBytes(t, readFixture(t, "sitemap-news.xml")), news, false, nil},
		{"index", readFixture(t, "sitemap-index.xml"), []Entry{
			{URL: "https://www.example.com/sitemap-2024-05.xml.gz", Modified: date(t, "2024-05-03T04:00:00Z")},
			{URL: "https://www.example.com/sitemap-2024-04.xml.gz", Modified: date(t, "2024-04-30T00:00:00Z")},
			{URL: "https://www.example.com/sitemap-news.xml"},
		}, true, nil},
		{"latin-1, no namespace, bare ampersand, video ignored", readFixture(t, "sitemap-plain.xml"), []Entry{
			{URL: "https://www.example.fr/culture/cin%C3%A9ma-le-festival-de-cannes-2024.html", Modified: date(t, "2024-05-14T09:30:00+02:00")},
			{URL: "https://www.example.fr/search?q=1&page=2"},
			{URL: "https://www.example.fr/café-crème.html"},
			{URL: "https://www.example.fr/video/le-direct"},
		}, false, nil},
		{"text sitemap", readFixture(t, "sitemap.txt"), []Entry{
			{URL: "https://www.example.com/a.html"},
			{URL: "https://www.example.com/b.html"},
			{URL: "https://www.example.com/c.html"},
		}, false, nil},
		{"gzipped text sitemap", gzipBytes(t, readFixture(t, "sitemap.txt")), []Entry{
			{URL: "https://www.example.com/a.html"},
			{URL: "https://www.example.com/b.html"},
			{URL: "https://www.example.com/c.html"},
		}, false, nil},
		{"empty urlset", []byte(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>`), nil, false, nil},
		{"prefixed elements", []byte(`<sm:urlset xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9"><sm:url><sm:loc>https://a.example/x</sm:loc></sm:url></sm:urlset>`),
			[]Entry{{URL: "https://a.example/x"}}, false, nil},
		{"truncated", []byte(`<urlset><url><loc>https://a.example/1</loc></url><url><loc>https://a.ex`), []Entry{{URL: "https://a.example/1"}}, false, ErrMalformed},
		{"html page", []byte("<!DOCTYPE html><html><head><title>404</title></head><body>Not found</body></html>"), nil, false, ErrNotSitemap},
		{"rss feed", readFixture(t, "feed-rss2.xml"), nil, false, ErrNotSitemap},
		{"robots.txt", readFixture(t, "robots-news.txt"), nil, false, ErrNotSitemap},
		{"json", []byte(`{"urls": []}`), nil, false, ErrNotSitemap},
		{"empty", nil, nil, false, ErrNotSitemap},
		{"white space", []byte(" \n\t "), nil, false, ErrNotSitemap},
		{"broken gzip", []byte{0x1f, 0x8b, 0x08, 0x00, 0x01}, nil, false, ErrMalformed},
		{"nested too deep", []byte("<urlset>" + strings.Repeat("<a>", 100)), nil, false, ErrTooLarge},
		{"unclosed root", []byte("<urlset><url><loc>https://a.example/1</loc></url>"), []Entry{{URL: "https://a.example/1"}}, false, ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, index, err := ParseSitemap(bytes.NewReader(tt.body))
			if tt.wantErr != nil {
				assert.ErrorIs(t, err, tt.wantErr)
			} else {
				require.NoError(t, err)
			}
			assert.Equal(t, tt.index, index)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestParseSitemapTooManyURLs(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString("<urlset>\n")
	for i := range MaxSitemapURLs + 5 {
		fmt.Fprintf(&b, "<url><loc>https://www.example.com/a-%d.html</loc></url>\n", i)
	}
	b.WriteString("</urlset>\n")
	entries, _, err := ParseSitemap(strings.NewReader(b.String()))
	assert.ErrorIs(t, err, ErrTooLarge)
	assert.Len(t, entries, MaxSitemapURLs)

	var txt strings.Builder
	for i := range MaxSitemapURLs + 5 {
		fmt.Fprintf(&txt, "https://www.example.com/a-%d.html\n", i)
	}
	entries, _, err = ParseSitemap(strings.NewReader(txt.String()))
	assert.ErrorIs(t, err, ErrTooLarge)
	assert.Len(t, entries, MaxSitemapURLs)
}

// TestScanSitemap checks that entries are handed over one at a time, in
// order, with the same values ParseSitemap returns; that fn's error stops
// the scan; and that fn is not called for something that is not a sitemap.
func TestScanSitemap(t *testing.T) {
	t.Parallel()
	var xmlMap, txtMap strings.Builder
	xmlMap.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n")
	for i := range 1000 {
		fmt.Fprintf(&xmlMap, "<url><loc>https://www.example.com/news/story-%d.html</loc><lastmod>2024-05-03</lastmod></url>\n", i)
		fmt.Fprintf(&txtMap, "https://www.example.com/news/story-%d.html\n", i)
	}
	xmlMap.WriteString("</urlset>\n")
	for name, doc := range map[string]string{"xml": xmlMap.String(), "text": txtMap.String()} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			want, _, err := ParseSitemap(strings.NewReader(doc))
			require.NoError(t, err)
			var got []Entry
			index, err := ScanSitemap(strings.NewReader(doc), func(e Entry) error {
				got = append(got, e)
				return nil
			})
			require.NoError(t, err)
			assert.False(t, index)
			assert.Equal(t, want, got)
			assert.Len(t, got, 1000)

			stop := errors.New("enough")
			n := 0
			_, err = ScanSitemap(strings.NewReader(doc), func(Entry) error {
				n++
				if n == 10 {
					return stop
				}
				return nil
			})
			assert.ErrorIs(t, err, stop)
			assert.Equal(t, 10, n)
		})
	}
	t.Run("not a sitemap", func(t *testing.T) {
		t.Parallel()
		called := false
		_, err := ScanSitemap(strings.NewReader("<html><body><a href=\"https://www.example.com/\">x</a></body></html>"), func(Entry) error {
			called = true
			return nil
		})
		assert.ErrorIs(t, err, ErrNotSitemap)
		assert.False(t, called)
	})
	t.Run("truncated", func(t *testing.T) {
		t.Parallel()
		doc := xmlMap.String()
		doc = doc[:len(doc)/2]
		var got []Entry
		_, err := ScanSitemap(strings.NewReader(doc), func(e Entry) error {
			got = append(got, e)
			return nil
		})
		assert.ErrorIs(t, err, ErrMalformed)
		assert.NotEmpty(t, got, "entries before the break are handed over")
	})
}

// bomb returns a gzip stream of prefix followed by n bytes of fill
// repeated, written through a streaming writer so the test never holds n
// bytes. The 1 GB bomb of zeros is made once for all tests.
func bomb(t testing.TB, prefix, fill string, n int64) []byte {
	t.Helper()
	if prefix == "" && fill == "\x00" && n == 1<<30 {
		return gigabyteOfZeros()
	}
	return makeBomb(prefix, fill, n)
}

var gigabyteOfZeros = sync.OnceValue(func() []byte { return makeBomb("", "\x00", 1<<30) })

// makeBomb writes to a bytes.Buffer, whose writes cannot fail.
func makeBomb(prefix, fill string, n int64) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	_, _ = zw.Write([]byte(prefix))
	chunk := bytes.Repeat([]byte(fill), (1<<20)/len(fill))
	for written := int64(0); written < n; written += int64(len(chunk)) {
		_, _ = zw.Write(chunk)
	}
	_ = zw.Close()
	return buf.Bytes()
}

// TestParseSitemapGzipBomb feeds 1 GB bombs (1 MB compressed) and requires
// a quick failure with bounded memory: ParseSitemap stops at
// MaxSitemapBytes of decompressed data.
func TestParseSitemapGzipBomb(t *testing.T) {
	const gb, mb = 1 << 30, 1 << 20
	tests := []struct {
		name   string
		prefix string
		fill   string
		size   int64
		want   error
	}{
		{"zeros", "", "\x00", gb, ErrNotSitemap},
		{"zeros in xml", "<urlset>", "\x00", 64 * mb, ErrMalformed},
		{"xml white space", `<?xml version="1.0"?><urlset><url><loc>https://a.example/x</loc></url>`, " ", 64 * mb, ErrTooLarge},
		{"text lines", "https://a.example/x\n", "\n", 64 * mb, ErrTooLarge},
		{"long loc", "<urlset><url><loc>https://a.example/", "a", 64 * mb, ErrTooLarge},
		{"attributes", "<urlset a0='' ", "b", 64 * mb, ErrTooLarge},
		{"comment", "<urlset><!--", "x", 64 * mb, ErrTooLarge},
		{"elements", "<urlset>", "<url/>", 64 * mb, ErrTooLarge},
		{"urls", "<urlset>", "<url><loc>https://a.example/x</loc></url>", 64 * mb, ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			z := bomb(t, tt.prefix, tt.fill, tt.size)
			require.Less(t, len(z), 2<<20)
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			start := time.Now()
			_, _, err := ParseSitemap(bytes.NewReader(z))
			elapsed := time.Since(start)
			runtime.ReadMemStats(&after)
			assert.ErrorIs(t, err, tt.want)
			assert.Less(t, elapsed, 20*time.Second)
			// Bytes allocated in all: a small multiple of the 50 MiB cap,
			// nowhere near the gigabyte.
			alloc := after.TotalAlloc - before.TotalAlloc
			assert.Less(t, alloc, uint64(400<<20), "allocated %d MiB", alloc>>20)
			t.Logf("%s: %v in %v, %d MiB allocated", tt.name, err, elapsed, alloc>>20)
		})
	}
}

// errReader fails after its data.
type errReader struct {
	r   io.Reader
	err error
}

func (e *errReader) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	if err == io.EOF {
		return n, e.err
	}
	return n, err
}

func TestParseSitemapReadError(t *testing.T) {
	t.Parallel()
	boom := fmt.Errorf("connection reset")
	r := &errReader{r: strings.NewReader("<urlset><url><loc>https://a.example/1</loc></url>"), err: boom}
	entries, _, err := ParseSitemap(r)
	assert.ErrorIs(t, err, ErrMalformed)
	assert.ErrorIs(t, err, boom)
	assert.Equal(t, []Entry{{URL: "https://a.example/1"}}, entries)
}

// TestOpenBodyGzipBomb reads a gzip of 1 GB of zeros to the end through
// the reader ParseSitemap and ParseFeed use: it stops with ErrTooLarge at
// the cap, in a fraction of the time the gigabyte would take.
func TestOpenBodyGzipBomb(t *testing.T) {
	z := bomb(t, "", "\x00", 1<<30)
	for _, limit := range []int64{MaxSitemapBytes, MaxFeedBytes} {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		start := time.Now()
		r, err := openBody(bytes.NewReader(z), limit)
		require.NoError(t, err)
		n, err := io.Copy(io.Discard, r)
		runtime.ReadMemStats(&after)
		assert.ErrorIs(t, err, ErrTooLarge)
		assert.Equal(t, limit, n)
		assert.Less(t, time.Since(start), 20*time.Second)
		assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(4<<20))
	}
}
