package scoop_test

import (
	"context"
	"net/http/httptest"
	"os"
	"runtime"
	"strconv"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/newsscoop/scoop"
	"github.com/newsscoop/scoop/internal/testsite"
)

// BenchmarkCrawl crawls a generated local news site with extraction on
// and reports pages and articles per second, CPU per page and the
// largest live heap seen (sampled after a collection every 2s).
// SCOOP_BENCH_ARTICLES sets the site's size (default 2,000; the 100k-page
// run is `SCOOP_BENCH_ARTICLES=100000 go test -run ^$ -bench Crawl
// -benchtime 1x`); SCOOP_BENCH_STATE=1 keeps the frontier on disk.
// Crawler and server share the machine.
func BenchmarkCrawl(b *testing.B) {
	n := 2000
	if v, err := strconv.Atoi(os.Getenv("SCOOP_BENCH_ARTICLES")); err == nil && v > 0 {
		n = v
	}
	site := testsite.New(testsite.Options{Articles: n, Huge: true, NoLog: true})
	srv := httptest.NewServer(site.Handler())
	defer srv.Close()
	var state []scoop.CrawlOption
	if os.Getenv("SCOOP_BENCH_STATE") != "" {
		// The frontier on disk (bbolt) instead of in memory.
		state = append(state, scoop.WithStateDir(b.TempDir()))
	}
	b.ReportAllocs()
	var articles, pages int64
	var cpu time.Duration
	var heapPeak uint64
	for b.Loop() {
		var got atomic.Int64
		c, err := scoop.NewCrawler(append([]scoop.CrawlOption{scoop.WithAllowPrivate(true), scoop.WithDelay(0), scoop.WithParallelism(4, 4),
			scoop.WithMaxDepth(20), scoop.WithHandler(func(*scoop.CrawledArticle) error { got.Add(1); return nil })}, state...)...)
		if err != nil {
			b.Fatal(err)
		}
		stop := make(chan struct{})
		go func() { // sample the live heap (after a collection) while crawling
			var ms runtime.MemStats
			for {
				select {
				case <-stop:
					return
				case <-time.After(2 * time.Second):
					runtime.GC()
					runtime.ReadMemStats(&ms)
					if ms.HeapAlloc > heapPeak {
						heapPeak = ms.HeapAlloc
					}
				}
			}
		}()
		before := cpuTime()
		st, err := c.Run(context.Background(), srv.URL+"/sitemap_index.xml", srv.URL+"/")
		cpu += cpuTime() - before
		close(stop)
		if err != nil {
			b.Fatal(err)
		}
		if got.Load() != int64(n) {
			b.Fatalf("emitted %d articles of %d", got.Load(), n)
		}
		articles += got.Load()
		pages += st.Fetched
	}
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(pages)/secs, "pages/s")
	b.ReportMetric(float64(articles)/secs, "articles/s")
	b.ReportMetric(float64(cpu.Milliseconds())/float64(pages), "cpu-ms/page")
	b.ReportMetric(float64(heapPeak)/(1<<20), "peak-live-heap-MB")
}

// cpuTime is the process's user and system CPU time so far (crawler and
// test server together).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
