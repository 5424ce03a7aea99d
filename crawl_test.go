package scoop_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsscoop/scoop"
	"github.com/newsscoop/scoop/internal/testsite"
	"github.com/newsscoop/scoop/internal/warc"
)

// crawlSite crawls a test site from seeds and returns the emitted
// articles' paths, in order, and the stats.
func crawlSite(t *testing.T, site *testsite.Site, srv *httptest.Server, seeds []string, opts ...scoop.CrawlOption) ([]string, scoop.CrawlStats) {
	t.Helper()
	var mu sync.Mutex
	var paths []string
	opts = append([]scoop.CrawlOption{
		scoop.WithAllowPrivate(true), scoop.WithDelay(time.Millisecond), scoop.WithParallelism(4, 2),
		scoop.WithRetries(3, 50*time.Millisecond), scoop.WithMaxDepth(8),
		scoop.WithHandler(func(a *scoop.CrawledArticle) error {
			u, err := url.Parse(a.Key)
			if err != nil {
				return err
			}
			mu.Lock()
			paths = append(paths, u.Path)
			mu.Unlock()
			return nil
		}),
	}, opts...)
	c, err := scoop.NewCrawler(opts...)
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	st, err := c.Run(ctx, seeds...)
	require.NoError(t, err)
	return paths, st
}

// TestCrawlTestSite crawls the whole test site from its home page and
// checks the ground truth: every article exactly once, no hub, nothing
// robots.txt disallows requested.
func TestCrawlTestSite(t *testing.T) {
	site := testsite.New(testsite.Options{})
	srv := httptest.NewServer(site.Handler())
	defer srv.Close()

	got, st := crawlSite(t, site, srv, []string{srv.URL + "/"})
	t.Logf("stats: %+v", st)

	want := site.Articles()
	sort.Strings(want)
	sort.Strings(got)
	assert.Equal(t, want, got, "every article exactly once, and nothing else")
	for _, h := range site.Hubs() {
		assert.NotContains(t, got, h, "hub emitted")
	}
	for _, r := range site.Requests() {
		assert.False(t, strings.HasPrefix(r.Path, site.Disallowed()), "disallowed path requested: %s", r.Path)
		assert.Contains(t, r.UserAgent, "scoop", "user agent")
	}
	assert.Zero(t, st.Queued)
}

// TestCrawlFromSitemap seeds the crawl with the sitemap index only.
func TestCrawlFromSitemap(t *testing.T) {
	site := testsite.New(testsite.Options{})
	srv := httptest.NewServer(site.Handler())
	defer srv.Close()
	got, _ := crawlSite(t, site, srv, []string{srv.URL + "/sitemap_index.xml"}, scoop.WithMaxDepth(0))
	want := site.Articles()
	sort.Strings(want)
	sort.Strings(got)
	assert.Equal(t, want, got)
}

// TestCrawlTruncatedSitemap serves a sitemap cut off in the middle: the
// entries before the break are crawled and the break is reported.
func TestCrawlTruncatedSitemap(t *testing.T) {
	site := testsite.New(testsite.Options{})
	arts := site.Articles()
	require.Greater(t, len(arts), 10)
	var doc strings.Builder
	doc.WriteString("<urlset>\n")
	for _, p := range arts[:10] {
		doc.WriteString("<url><loc>" + p + "</loc></url>\n")
	}
	doc.WriteString("<url><loc>" + arts[10]) // cut here
	mux := http.NewServeMux()
	mux.HandleFunc("/broken-sitemap.xml", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		_, _ = io.WriteString(w, doc.String())
	})
	mux.Handle("/", site.Handler())
	srv := httptest.NewServer(mux)
	defer srv.Close()

	var mu sync.Mutex
	var errs []*scoop.CrawlError
	got, _ := crawlSite(t, site, srv, []string{srv.URL + "/broken-sitemap.xml"}, scoop.WithMaxDepth(0), scoop.WithIgnoreRobots(true),
		scoop.WithErrorHandler(func(e *scoop.CrawlError) {
			mu.Lock()
			errs = append(errs, e)
			mu.Unlock()
		}))
	want := append([]string(nil), arts[:10]...)
	sort.Strings(want)
	sort.Strings(got)
	assert.Equal(t, want, got, "the entries before the break")
	require.Len(t, errs, 1)
	assert.Equal(t, srv.URL+"/broken-sitemap.xml", errs[0].URL)
	assert.ErrorContains(t, errs[0], "malformed")
}

// TestCrawlLimits stops at the page budget and the depth limit.
func TestCrawlLimits(t *testing.T) {
	site := testsite.New(testsite.Options{})
	srv := httptest.NewServer(site.Handler())
	defer srv.Close()
	_, st := crawlSite(t, site, srv, []string{srv.URL + "/"}, scoop.WithMaxPages(10))
	assert.LessOrEqual(t, site.RequestCount(), int64(10+2), "pages plus robots.txt and its sitemaps at most")
	assert.LessOrEqual(t, st.Fetched, int64(10))

	site.Reset()
	_, st = crawlSite(t, site, srv, []string{srv.URL + "/"}, scoop.WithHostBudget(15))
	assert.LessOrEqual(t, st.Fetched, int64(15), "host budget")

	site.Reset()
	// robots.txt would bring the sitemaps, whose entries count as seeds.
	got, _ := crawlSite(t, site, srv, []string{srv.URL + "/"}, scoop.WithMaxDepth(1), scoop.WithIgnoreRobots(true))
	assert.NotEmpty(t, got)
	assert.Less(t, len(got), len(site.Articles()), "depth 1 reaches only what the home page links")
}

// TestCrawlRefusesPrivate refuses loopback addresses without
// WithAllowPrivate.
func TestCrawlRefusesPrivate(t *testing.T) {
	site := testsite.New(testsite.Options{})
	srv := httptest.NewServer(site.Handler())
	defer srv.Close()
	var errs []*scoop.CrawlError
	var mu sync.Mutex
	c, err := scoop.NewCrawler(scoop.WithErrorHandler(func(e *scoop.CrawlError) {
		mu.Lock()
		errs = append(errs, e)
		mu.Unlock()
	}), scoop.WithRetries(0, 0))
	require.NoError(t, err)
	st, err := c.Run(context.Background(), srv.URL+"/")
	require.NoError(t, err)
	assert.Zero(t, st.Articles)
	assert.Zero(t, site.RequestCount(), "no request reached the server")
	require.NotEmpty(t, errs)
	assert.ErrorIs(t, errs[0], scoop.ErrPrivateAddress)
}

// TestCrawlResume stops a crawl with a state dir halfway and continues it:
// together the two runs emit every article exactly once.
func TestCrawlResume(t *testing.T) {
	site := testsite.New(testsite.Options{})
	srv := httptest.NewServer(site.Handler())
	defer srv.Close()
	dir := t.TempDir()
	first, _ := crawlSite(t, site, srv, []string{srv.URL + "/"}, scoop.WithStateDir(dir), scoop.WithMaxPages(30))
	second, _ := crawlSite(t, site, srv, []string{srv.URL + "/"}, scoop.WithStateDir(dir))
	all := append(first, second...)
	sort.Strings(all)
	want := site.Articles()
	sort.Strings(want)
	assert.Equal(t, want, all)
}

// TestCrawlOptionsUsed checks the options that change what the crawler
// does with a page: a response over WithMaxBodySize is reported and not
// emitted, WithExtractor's Extractor is the one used, and
// WithCrawlLogger receives the crawl's errors.
func TestCrawlOptionsUsed(t *testing.T) {
	t.Parallel()
	site := testsite.New(testsite.Options{})
	srv := httptest.NewServer(site.Handler())
	defer srv.Close()
	seed := srv.URL + site.Articles()[0]
	errsOf := func(opts ...scoop.CrawlOption) ([]string, []*scoop.CrawlError) {
		var mu sync.Mutex
		var errs []*scoop.CrawlError
		got, _ := crawlSite(t, site, srv, []string{seed}, append([]scoop.CrawlOption{scoop.WithMaxDepth(0), scoop.WithIgnoreRobots(true),
			scoop.WithErrorHandler(func(e *scoop.CrawlError) {
				mu.Lock()
				errs = append(errs, e)
				mu.Unlock()
			})}, opts...)...)
		return got, errs
	}

	got, errs := errsOf()
	require.Len(t, got, 1, "the article, with the defaults")
	assert.Empty(t, errs)

	got, errs = errsOf(scoop.WithMaxBodySize(1000))
	assert.Empty(t, got, "a cut page is not emitted")
	require.Len(t, errs, 1)
	assert.ErrorIs(t, errs[0], scoop.ErrTooLarge)

	got, errs = errsOf(scoop.WithExtractor(scoop.New(scoop.WithMaxNodes(10))))
	assert.Empty(t, got, "the given Extractor's node limit applies")
	require.Len(t, errs, 1)
	assert.ErrorIs(t, errs[0], scoop.ErrTooLarge)

	var logs strings.Builder
	var logMu sync.Mutex
	logger := slog.New(slog.NewTextHandler(lockedWriter{&logMu, &logs}, &slog.HandlerOptions{Level: slog.LevelDebug}))
	_, errs = errsOf(scoop.WithMaxBodySize(1000), scoop.WithCrawlLogger(logger))
	require.Len(t, errs, 1)
	logMu.Lock()
	assert.Contains(t, logs.String(), "crawl error")
	logMu.Unlock()
}

// lockedWriter serialises writes to w.
type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// TestCrawlGzipBomb serves 512 MB gzipped to 0.5 MB, once as a .xml.gz
// sitemap (an <urlset> and then spaces) and once as an HTML page with
// Content-Encoding: gzip. Both are reported as too large, and the crawl
// allocates a fraction of what inflating them would take (colly alone
// would inflate both whole).
func TestCrawlGzipBomb(t *testing.T) {
	gz := func(prefix string, fill byte) []byte {
		var buf bytes.Buffer
		zw, err := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
		require.NoError(t, err)
		_, err = zw.Write([]byte(prefix))
		require.NoError(t, err)
		chunk := bytes.Repeat([]byte{fill}, 1<<20)
		for range 512 {
			_, err := zw.Write(chunk)
			require.NoError(t, err)
		}
		require.NoError(t, zw.Close())
		return buf.Bytes()
	}
	sitemapBomb, pageBomb := gz("<urlset>", ' '), gz("<html><body>", 0)
	mux := http.NewServeMux()
	mux.HandleFunc("/sitemap.xml.gz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		_, _ = w.Write(sitemapBomb)
	})
	mux.HandleFunc("/news/page.html", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		_, _ = w.Write(pageBomb)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	var mu sync.Mutex
	var errs []*scoop.CrawlError
	c, err := scoop.NewCrawler(scoop.WithAllowPrivate(true), scoop.WithIgnoreRobots(true), scoop.WithDelay(0), scoop.WithRetries(0, 0),
		scoop.WithMaxBodySize(2<<20),
		scoop.WithErrorHandler(func(e *scoop.CrawlError) {
			mu.Lock()
			errs = append(errs, e)
			mu.Unlock()
		}))
	require.NoError(t, err)
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	st, err := c.Run(context.Background(), srv.URL+"/sitemap.xml.gz", srv.URL+"/news/page.html")
	runtime.ReadMemStats(&m1)
	require.NoError(t, err)
	assert.Zero(t, st.Articles)
	require.Len(t, errs, 2, "%v", errs)
	for _, e := range errs {
		if strings.HasSuffix(e.URL, ".gz") {
			assert.ErrorContains(t, e, "too large", "%s", e.URL)
		} else {
			assert.ErrorIs(t, e, scoop.ErrTooLarge, "%s", e.URL)
		}
	}
	assert.Less(t, m1.TotalAlloc-m0.TotalAlloc, uint64(200<<20), "bytes allocated while crawling two 512 MB bombs")
}

// TestCrawlGzipWARC fetches a site that gzips its answers: the article is
// extracted from the decoded page, and the WARC response record holds the
// decoded body with the encoding and the length the server sent in
// X-Crawler-* fields, after a request record that asked for gzip.
func TestCrawlGzipWARC(t *testing.T) {
	t.Parallel()
	site := testsite.New(testsite.Options{})
	inner := site.Handler()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			inner.ServeHTTP(w, r)
			return
		}
		rec := httptest.NewRecorder()
		inner.ServeHTTP(rec, r)
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		_, _ = zw.Write(rec.Body.Bytes())
		_ = zw.Close()
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Length", strconv.Itoa(buf.Len()))
		w.WriteHeader(rec.Code)
		_, _ = w.Write(buf.Bytes())
	}))
	defer srv.Close()
	dir := t.TempDir()
	art := site.Articles()[0]
	got, _ := crawlSite(t, site, srv, []string{srv.URL + art}, scoop.WithMaxDepth(0), scoop.WithIgnoreRobots(true),
		scoop.WithWARC(filepath.Join(dir, "gz"), 0))
	require.Equal(t, []string{art}, got)

	files, err := filepath.Glob(filepath.Join(dir, "gz*.warc.gz"))
	require.NoError(t, err)
	require.Len(t, files, 1)
	f, err := os.Open(files[0])
	require.NoError(t, err)
	defer f.Close()
	wr, err := warc.NewReader(f, warc.WithAllTypes())
	require.NoError(t, err)
	var req, resp *warc.Record
	for {
		rec, err := wr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err)
		switch rec.Type {
		case "request":
			req = rec
		case "response":
			resp = rec
		}
	}
	require.NotNil(t, req)
	require.NotNil(t, resp)
	assert.Equal(t, "gzip", req.Header.Get("Accept-Encoding"))
	assert.Equal(t, "gzip", resp.Header.Get("X-Crawler-Content-Encoding"))
	assert.Empty(t, resp.Header.Get("Content-Encoding"))
	assert.NotEmpty(t, resp.Header.Get("X-Crawler-Content-Length"))
	assert.Contains(t, string(resp.Body), "</html>", "the decoded page")
}

// TestCrawlBaseHref resolves a page's links against its <base href>, as
// a browser does.
func TestCrawlBaseHref(t *testing.T) {
	t.Parallel()
	para := strings.Repeat("The council met on Monday and agreed the budget after a long debate about schools and roads. ", 6)
	article := `<!DOCTYPE html><html lang="en"><head><title>Budget agreed</title><meta property="og:type" content="article"></head><body><article><h1>Budget agreed</h1><p>` +
		para + `</p><p>` + para + `</p></article></body></html>`
	var mu sync.Mutex
	var requested []string
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		requested = append(requested, r.URL.Path)
		mu.Unlock()
		switch r.URL.Path {
		case "/":
			_, _ = io.WriteString(w, `<html><head><base href="/news/2024/"></head><body><a href="budget-agreed.html">Budget</a></body></html>`)
		case "/news/2024/budget-agreed.html":
			_, _ = io.WriteString(w, article)
		default:
			http.NotFound(w, r)
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c, err := scoop.NewCrawler(scoop.WithAllowPrivate(true), scoop.WithIgnoreRobots(true), scoop.WithDelay(0))
	require.NoError(t, err)
	st, err := c.Run(context.Background(), srv.URL+"/")
	require.NoError(t, err)
	assert.Equal(t, int64(1), st.Articles)
	mu.Lock()
	defer mu.Unlock()
	assert.Contains(t, requested, "/news/2024/budget-agreed.html")
	assert.NotContains(t, requested, "/budget-agreed.html")
}

// TestCrawlFeedEntries emits a feed's entries as articles even when their
// address looks like a hub's and they carry no metadata, but not an entry
// or an article-shaped link redirected to a section front; and it sends
// and records the Referer of every request found in a page or feed.
func TestCrawlFeedEntries(t *testing.T) {
	t.Parallel()
	para := strings.Repeat("The council met on Monday and agreed the budget after a long debate about schools and roads. ", 6)
	story := `<!DOCTYPE html><html lang="en"><head><title>Budget agreed</title></head><body><h1>Budget agreed</h1><p>` +
		para + `</p><p>` + para + `</p></body></html>`
	var mu sync.Mutex
	referers := map[string]string{}
	var srvURL string
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		referers[r.URL.RequestURI()] = r.Header.Get("Referer")
		mu.Unlock()
		switch r.URL.RequestURI() {
		case "/":
			_, _ = io.WriteString(w, `<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body><p>Home</p>
<a href="/2024/05/01/old-story.html">An old story</a></body></html>`)
		case "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			_, _ = io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>
<item><title>Budget agreed</title><link>`+srvURL+`/read?story=77</link></item>
<item><title>Gone</title><link>`+srvURL+`/read?story=78</link></item></channel></rss>`)
		case "/read?story=77":
			_, _ = io.WriteString(w, story)
		case "/2024/05/01/old-story.html", "/read?story=78":
			// Retired stories sent to a section front.
			http.Redirect(w, r, "/tag/politics/", http.StatusMovedPermanently)
		case "/tag/politics/":
			_, _ = io.WriteString(w, `<html><head><title>Politics</title></head><body><h1>Politics</h1>`+
				strings.Repeat(`<p>`+strings.Repeat("A teaser about the latest council decision and what it means. ", 4)+`</p>`, 3)+`</body></html>`)
		default:
			http.NotFound(w, r)
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	srvURL = srv.URL
	var got []*scoop.CrawledArticle
	c, err := scoop.NewCrawler(scoop.WithAllowPrivate(true), scoop.WithIgnoreRobots(true), scoop.WithDelay(0),
		scoop.WithHandler(func(a *scoop.CrawledArticle) error {
			mu.Lock()
			got = append(got, a)
			mu.Unlock()
			return nil
		}))
	require.NoError(t, err)
	st, err := c.Run(context.Background(), srv.URL+"/")
	require.NoError(t, err)
	assert.Equal(t, int64(1), st.Articles)
	mu.Lock()
	defer mu.Unlock()
	require.Len(t, got, 1)
	assert.Equal(t, "Budget agreed", got[0].Headline)
	assert.Equal(t, srv.URL+"/feed.xml", got[0].Referer)
	assert.Equal(t, srv.URL+"/", got[0].Seed)
	assert.Empty(t, referers["/"], "a seed has no referer")
	assert.Equal(t, srv.URL+"/", referers["/feed.xml"])
	assert.Equal(t, srv.URL+"/feed.xml", referers["/read?story=77"])
}
