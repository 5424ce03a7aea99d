package scoop_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsscoop/scoop"
	"github.com/newsscoop/scoop/internal/store/redistest"
	"github.com/newsscoop/scoop/internal/testsite"
)

// TestCrawlRedisTwoWorkers runs two Crawlers at once, as two machines
// would, on one test site and one Redis crawl, each with the same seed:
// together they emit every article exactly once and no hub, and both
// return only when the shared crawl is finished.
func TestCrawlRedisTwoWorkers(t *testing.T) {
	t.Parallel()
	srv := redistest.Start(t)
	site := testsite.New(testsite.Options{})
	web := httptest.NewServer(site.Handler())
	defer web.Close()
	name := srv.Name("two-workers")

	var mu sync.Mutex
	byWorker := make([][]string, 2)
	stats := make([]scoop.CrawlStats, 2)
	errs := make([]error, 2)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var wg sync.WaitGroup
	for w := range 2 {
		c, err := scoop.NewCrawler(
			scoop.WithRedis(srv.URL, name),
			scoop.WithAllowPrivate(true), scoop.WithDelay(time.Millisecond), scoop.WithParallelism(4, 2),
			scoop.WithRetries(3, 50*time.Millisecond), scoop.WithMaxDepth(8),
			scoop.WithHandler(func(a *scoop.CrawledArticle) error {
				u, err := url.Parse(a.Key)
				if err != nil {
					return err
				}
				time.Sleep(time.Millisecond) // a write takes time: widens the window for a double emit
				mu.Lock()
				byWorker[w] = append(byWorker[w], u.Path)
				mu.Unlock()
				return nil
			}),
		)
		require.NoError(t, err)
		wg.Go(func() { stats[w], errs[w] = c.Run(ctx, web.URL+"/") })
	}
	wg.Wait()
	require.NoError(t, ctx.Err(), "the workers did not finish")
	var got []string
	for w := range 2 {
		require.NoError(t, errs[w], "worker %d", w)
		t.Logf("worker %d: %d articles, stats %+v", w, len(byWorker[w]), stats[w])
		assert.Zero(t, stats[w].Queued, "worker %d returned before the crawl was finished", w)
		got = append(got, byWorker[w]...)
	}
	want := site.Articles()
	sort.Strings(want)
	sort.Strings(got)
	assert.Equal(t, want, got, "every article exactly once, across both workers")
	for _, h := range site.Hubs() {
		assert.NotContains(t, got, h, "hub emitted")
	}

	// A page is fetched by one worker only: apart from robots.txt (one
	// per worker that popped a request: a worker that starts late may
	// find the crawl done) and the pages that answer an error once, every
	// path is requested as often as a lone crawler requests it.
	active := 0
	for w := range 2 {
		if stats[w].Fetched+stats[w].Errors+stats[w].Skipped > 0 {
			active++
		}
	}
	counts := map[string]int{}
	for _, r := range site.Requests() {
		counts[r.Path]++
	}
	site.Reset()
	single, err := scoop.NewCrawler(scoop.WithAllowPrivate(true), scoop.WithDelay(time.Millisecond),
		scoop.WithParallelism(4, 2), scoop.WithRetries(3, 50*time.Millisecond), scoop.WithMaxDepth(8))
	require.NoError(t, err)
	_, err = single.Run(ctx, web.URL+"/")
	require.NoError(t, err)
	lone := map[string]int{}
	for _, r := range site.Requests() {
		lone[r.Path]++
	}
	lm := site.Landmarks()
	for path, n := range counts {
		switch path {
		case lm.Robots:
			assert.Equal(t, active, n, path)
		case lm.Unavailable, lm.TooMany:
			// answers an error once per site, not per crawler
		default:
			assert.Equal(t, lone[path], n, "requests of %s", path)
		}
	}

	// Running the finished crawl again fetches nothing.
	site.Reset()
	again, err := scoop.NewCrawler(scoop.WithRedis(srv.URL, name), scoop.WithAllowPrivate(true), scoop.WithParallelism(4, 2))
	require.NoError(t, err)
	st, err := again.Run(ctx, web.URL+"/")
	require.NoError(t, err)
	assert.Zero(t, st.Fetched)
	assert.Zero(t, site.RequestCount())
}

// TestCrawlRedisSameArticleTwice links every article twice, under its
// own URL and a mirror whose rel=canonical names the original, and lets
// two workers crawl the links at once: both copies of an article are
// often fetched at the same time by the two workers, and still each
// article is emitted once (the key is claimed in Redis, not just checked).
func TestCrawlRedisSameArticleTwice(t *testing.T) {
	t.Parallel()
	srv := redistest.Start(t)
	site := testsite.New(testsite.Options{})
	mux := http.NewServeMux()
	mux.HandleFunc("/mirrors", func(w http.ResponseWriter, _ *http.Request) {
		var b strings.Builder
		b.WriteString("<!doctype html><html><head><title>Mirrors</title></head><body><ul>\n")
		for _, p := range site.Articles() {
			fmt.Fprintf(&b, "<li><a href=%q>story</a> <a href=%q>mirror</a></li>\n", p, "/mirror"+p)
		}
		b.WriteString("</ul></body></html>\n")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = io.WriteString(w, b.String())
	})
	mux.Handle("/mirror/", http.StripPrefix("/mirror", site.Handler()))
	mux.Handle("/", site.Handler())
	web := httptest.NewServer(mux)
	defer web.Close()
	name := srv.Name("mirrors")

	var mu sync.Mutex
	var got []string
	var wg sync.WaitGroup
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var dups atomic.Int64
	for range 2 {
		c, err := scoop.NewCrawler(
			scoop.WithRedis(srv.URL, name),
			scoop.WithAllowPrivate(true), scoop.WithIgnoreRobots(true), scoop.WithDelay(0),
			scoop.WithParallelism(4, 4), scoop.WithRetries(3, 20*time.Millisecond), scoop.WithMaxDepth(1),
			scoop.WithHandler(func(a *scoop.CrawledArticle) error {
				u, err := url.Parse(a.Key)
				if err != nil {
					return err
				}
				time.Sleep(5 * time.Millisecond) // a slow write: the other copy arrives meanwhile
				mu.Lock()
				got = append(got, u.Path)
				mu.Unlock()
				return nil
			}),
		)
		require.NoError(t, err)
		wg.Go(func() {
			st, err := c.Run(ctx, web.URL+"/mirrors")
			assert.NoError(t, err)
			dups.Add(st.Duplicates)
		})
	}
	wg.Wait()
	want := site.Articles()
	sort.Strings(want)
	sort.Strings(got)
	assert.Equal(t, want, got, "every article once, though fetched twice")
	assert.GreaterOrEqual(t, dups.Load(), int64(len(want)), "each mirror counted as a duplicate")
}

func TestCrawlRedisOptions(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name string
		opts []scoop.CrawlOption
		want string
	}{
		{"with a state dir", []scoop.CrawlOption{scoop.WithRedis("redis://127.0.0.1:1/0", "x"), scoop.WithStateDir(t.TempDir())}, "cannot be combined"},
		{"no name", []scoop.CrawlOption{scoop.WithRedis("redis://127.0.0.1:1/0", "")}, "needs both"},
		{"no URL", []scoop.CrawlOption{scoop.WithRedis("", "x")}, "needs both"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := scoop.NewCrawler(tt.opts...)
			assert.ErrorContains(t, err, tt.want)
		})
	}
	// A bad URL fails at Run, with the state's error.
	c, err := scoop.NewCrawler(scoop.WithRedis("http://example.com/", "x"))
	require.NoError(t, err)
	_, err = c.Run(context.Background(), "https://example.com/")
	assert.ErrorContains(t, err, "scoop: opening crawl state: store: redis")
}
