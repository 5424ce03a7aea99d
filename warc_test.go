package scoop_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsscoop/scoop"
	"github.com/newsscoop/scoop/internal/warc"
)

// archivedPage is one exchange of a test archive and what ExtractWARC
// should make of it.
type archivedPage struct {
	url      string
	status   int
	header   http.Header
	body     []byte
	wantErr  error // nil: an article equal to scoop.Extract's
	plainFor []byte
	declared int // Content-Length the server declared, if not len(body)
}

// writeArchive archives pages with scoop's WARC writer (a request and a
// response record each, one gzip member per record) and returns the
// file's bytes.
func writeArchive(t testing.TB, pages []archivedPage) []byte {
	t.Helper()
	dir := t.TempDir()
	w, err := warc.NewWriter(dir, "test", 0, map[string]string{"software": "scoop test"})
	require.NoError(t, err)
	fetched := time.Date(2025, 8, 18, 20, 0, 0, 0, time.UTC)
	for i, p := range pages {
		u, err := url.Parse(p.url)
		require.NoError(t, err)
		req := &http.Request{Method: http.MethodGet, URL: u, Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
			Header: http.Header{"User-Agent": {"scoop-test"}}, Host: u.Host}
		resp := &http.Response{StatusCode: p.status, Status: fmt.Sprintf("%d %s", p.status, http.StatusText(p.status)),
			Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1, Header: p.header, ContentLength: int64(max(p.declared, len(p.body)))}
		require.NoError(t, w.WriteExchange(req, resp, p.body, fetched.Add(time.Duration(i)*time.Second), "203.0.113.7"))
	}
	require.NoError(t, w.Close())
	files, err := filepath.Glob(filepath.Join(dir, "*.warc.gz"))
	require.NoError(t, err)
	require.Len(t, files, 1)
	b, err := os.ReadFile(files[0])
	require.NoError(t, err)
	return b
}

// goldenArchive archives every golden page (with its Content-Type), then
// a redirect, a robots.txt, an image and a gzip-encoded copy of the first
// page, and returns them with the archive.
func goldenArchive(t testing.TB) ([]archivedPage, []byte) {
	t.Helper()
	html := http.Header{"Content-Type": {"text/html; charset=utf-8"}}
	var pages []archivedPage
	for _, c := range loadCases(t) {
		if c.URL == "" {
			continue
		}
		page, err := os.ReadFile(filepath.Join(c.Dir, "page.html"))
		require.NoError(t, err)
		var wantErr error
		if c.ExpectError == "no_article" {
			wantErr = scoop.ErrNoArticle
		}
		u, err := url.Parse(c.URL) // as the WARC-Target-URI holds it
		require.NoError(t, err)
		pages = append(pages, archivedPage{url: u.String(), status: 200, header: html, body: page, wantErr: wantErr})
	}
	require.NotEmpty(t, pages)
	first := pages[0]
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, err := zw.Write(first.body)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	pages = append(pages,
		archivedPage{url: "http://example.com/old", status: 301,
			header: http.Header{"Location": {first.url}, "Content-Type": {"text/html"}}, body: []byte("<a href=x>moved</a>"),
			wantErr: scoop.ErrStatus},
		archivedPage{url: "https://example.com/robots.txt", status: 200,
			header: http.Header{"Content-Type": {"text/plain"}}, body: []byte("User-agent: *\nDisallow: /private\n"),
			wantErr: scoop.ErrNotHTML},
		archivedPage{url: "https://example.com/logo.png", status: 200,
			header: http.Header{"Content-Type": {"image/png"}}, body: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
			wantErr: scoop.ErrNotHTML},
		archivedPage{url: first.url, status: 200,
			header: http.Header{"Content-Type": {"text/html; charset=utf-8"}, "Content-Encoding": {"gzip"}}, body: gz.Bytes(),
			plainFor: first.body},
		archivedPage{url: first.url, status: 200, header: html, body: first.body[:len(first.body)*3/4],
			declared: len(first.body)}, // the crawler stopped reading
	)
	return pages, writeArchive(t, pages)
}

// TestExtractWARC reads an archive of the golden pages back: each
// response record gives the article Extract gives for the page, in the
// archive's order whatever the number of workers, and records without an
// article give an *ArchiveError naming them.
func TestExtractWARC(t *testing.T) {
	pages, archive := goldenArchive(t)
	ex := scoop.New()
	for _, workers := range []int{1, 3} {
		t.Run(fmt.Sprint("workers=", workers), func(t *testing.T) {
			i := 0
			for a, err := range ex.ExtractWARC(t.Context(), bytes.NewReader(archive), workers) {
				require.Less(t, i, len(pages), "more records than pages")
				p := pages[i]
				i++
				if p.wantErr != nil {
					var ae *scoop.ArchiveError
					require.ErrorAs(t, err, &ae, p.url)
					assert.ErrorIs(t, err, p.wantErr, p.url)
					assert.Equal(t, p.url, ae.URL)
					assert.Equal(t, p.status, ae.Status)
					assert.True(t, strings.HasPrefix(ae.RecordID, "urn:uuid:"), ae.RecordID)
					if errors.Is(p.wantErr, scoop.ErrNoArticle) {
						require.NotNil(t, a, "the partial article comes with ErrNoArticle")
					} else {
						assert.Nil(t, a, p.url)
					}
					continue
				}
				require.NoError(t, err, p.url)
				body := p.body
				if p.plainFor != nil {
					body = p.plainFor
				}
				want, err := scoop.Extract(bytes.NewReader(body), p.url)
				require.NoError(t, err)
				assert.Equal(t, *want, a.Article, p.url)
				assert.Equal(t, 200, a.Status)
				assert.True(t, strings.HasPrefix(a.RecordID, "urn:uuid:"), a.RecordID)
				assert.False(t, a.FetchedAt.IsZero())
				assert.NotEmpty(t, a.Key)
				if p.declared > 0 {
					assert.Equal(t, "length", a.Truncated)
				} else {
					assert.Empty(t, a.Truncated)
				}
			}
			assert.Equal(t, len(pages), i, "one pair per response record")
		})
	}
}

// TestExtractWARCCommonCrawl reads a file laid out as Common Crawl's
// CC-NEWS files (StormCrawler's writer: decoded bodies, X-Crawler-*
// headers, metadata records) and one as wget writes (a chunked body, a
// revisit record).
func TestExtractWARCCommonCrawl(t *testing.T) {
	for _, name := range []string{"cc-news.warc.gz", "wget.warc"} {
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(filepath.Join("internal", "warc", "testdata", name))
			require.NoError(t, err)
			defer f.Close()
			var arts []*scoop.ArchivedArticle
			var errs []error
			for a, err := range scoop.New().ExtractWARC(t.Context(), f, 2) {
				if err != nil {
					errs = append(errs, err)
					continue
				}
				arts = append(arts, a)
			}
			require.Len(t, arts, 1, "%v", errs)
			a := arts[0]
			assert.Equal(t, "Ceasefire talks resume in Cairo", a.Headline)
			require.Len(t, a.Authors, 1)
			assert.Equal(t, "Amira Haddad", a.Authors[0].Name)
			assert.Equal(t, "2024-03-01T07:30:00Z", a.Published.String())
			assert.Contains(t, a.Text, "cautiously optimistic")
			assert.Equal(t, "https://www.example-news.com/world/2024/03/01/ceasefire-talks-resume", a.Key)
			if name == "cc-news.warc.gz" {
				require.Len(t, errs, 1, "the 301 before the page")
				assert.ErrorIs(t, errs[0], scoop.ErrStatus)
			} else {
				assert.Empty(t, errs, "the revisit record is skipped")
			}
		})
	}
}

// TestExtractWARCBadInput: a file that is not WARC ends the sequence at
// once with ErrBadArchive; a file cut short gives its whole records, then
// ErrBadArchive; a record whose bytes do not match its digest gives its
// article with ErrBadRecord.
func TestExtractWARCBadInput(t *testing.T) {
	pages, archive := goldenArchive(t)
	collect := func(r io.Reader) (arts int, errs []error) {
		for a, err := range scoop.New().ExtractWARC(t.Context(), r, 2) {
			if a != nil && err == nil {
				arts++
			}
			if err != nil {
				errs = append(errs, err)
			}
		}
		return arts, errs
	}

	t.Run("not warc", func(t *testing.T) {
		for _, in := range []string{"<html><body>hello</body></html>", "\x1f\x8bnot gzip", "\x00\x01\x02"} {
			arts, errs := collect(strings.NewReader(in))
			assert.Zero(t, arts)
			require.Len(t, errs, 1, "%q", in)
			assert.ErrorIs(t, errs[0], scoop.ErrBadArchive, "%q", in)
		}
		arts, errs := collect(strings.NewReader(""))
		assert.Zero(t, arts)
		assert.Empty(t, errs, "an empty file holds no record")
	})

	t.Run("truncated", func(t *testing.T) {
		whole, _ := collect(bytes.NewReader(archive))
		arts, errs := collect(bytes.NewReader(archive[:len(archive)*2/3]))
		assert.Greater(t, arts, whole/3, "the records before the cut")
		assert.Less(t, arts, whole)
		require.NotEmpty(t, errs)
		last := errs[len(errs)-1]
		assert.ErrorIs(t, last, scoop.ErrBadArchive)
		var ae *scoop.ArchiveError
		assert.False(t, errors.As(last, &ae), "a fatal error is not about one record")
	})

	t.Run("digest mismatch", func(t *testing.T) {
		var plain bytes.Buffer
		zr, err := gzip.NewReader(bytes.NewReader(archive))
		require.NoError(t, err)
		_, err = io.Copy(&plain, zr)
		require.NoError(t, err)
		// Change one letter of the first page's body, keeping its length.
		b := plain.Bytes()
		i := bytes.Index(b, []byte("</title>"))
		require.Positive(t, i)
		b[i-1] ^= 0x20
		n := 0
		for a, err := range scoop.New().ExtractWARC(t.Context(), bytes.NewReader(b), 1) {
			if n++; n > 1 {
				break
			}
			var ae *scoop.ArchiveError
			require.ErrorAs(t, err, &ae)
			assert.ErrorIs(t, err, scoop.ErrBadRecord)
			require.NotNil(t, a, "the article is still read")
			assert.Equal(t, pages[0].url, a.URL)
		}
	})
}

// TestExtractWARCStops: breaking out of the loop, or cancelling the
// context, stops every goroutine of the pipeline (synctest fails the test
// if one is left blocked).
func TestExtractWARCStops(t *testing.T) {
	_, archive := goldenArchive(t)
	synctest.Test(t, func(t *testing.T) {
		n := 0
		for range scoop.New().ExtractWARC(context.Background(), bytes.NewReader(archive), 3) {
			if n++; n == 2 {
				break
			}
		}
		assert.Equal(t, 2, n)
	})
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		var last error
		n := 0
		for _, err := range scoop.New().ExtractWARC(ctx, bytes.NewReader(archive), 3) {
			if n++; n == 2 {
				cancel()
			}
			last = err
		}
		assert.ErrorIs(t, last, context.Canceled)
		assert.Less(t, n, 10)
	})
}

func FuzzExtractWARC(f *testing.F) {
	for _, name := range []string{"cc-news.warc.gz", "wget.warc"} {
		b, err := os.ReadFile(filepath.Join("internal", "warc", "testdata", name))
		require.NoError(f, err)
		f.Add(b)
		if zr, err := gzip.NewReader(bytes.NewReader(b)); err == nil {
			if plain, err := io.ReadAll(zr); err == nil {
				f.Add(plain)
			}
		}
	}
	ex := scoop.New(scoop.WithMaxBytes(1 << 20))
	f.Fuzz(func(t *testing.T, b []byte) {
		fatal := 0
		for a, err := range ex.ExtractWARC(t.Context(), bytes.NewReader(b), 2) {
			var ae *scoop.ArchiveError
			switch {
			case err == nil:
				require.NotNil(t, a)
			case errors.As(err, &ae):
			default:
				require.ErrorIs(t, err, scoop.ErrBadArchive)
				fatal++
			}
		}
		require.LessOrEqual(t, fatal, 1)
	})
}

// BenchmarkExtractWARC reads an archive of the golden pages (about 45
// response records) with one worker and with one per core: the ratio is
// the pipeline's speed-up.
func BenchmarkExtractWARC(b *testing.B) {
	_, archive := goldenArchive(b)
	ex := scoop.New()
	for _, workers := range []int{1, runtime.GOMAXPROCS(0)} {
		b.Run(fmt.Sprint("workers=", workers), func(b *testing.B) {
			b.SetBytes(int64(len(archive)))
			b.ReportAllocs()
			for b.Loop() {
				n := 0
				for a, err := range ex.ExtractWARC(b.Context(), bytes.NewReader(archive), workers) {
					if err == nil && a != nil {
						n++
					}
				}
				if n < 30 {
					b.Fatalf("%d articles", n)
				}
			}
		})
	}
}
