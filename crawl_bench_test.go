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
// and reports pages and articles per second, CPU and bytes allocated per
// page (crawler and server together) and the largest live heap seen
// (sampled after a collection every 2s), overall and in each quarter of
// the crawl (q1..q4 by pages fetched): flat memory means q4 is no larger
// than q1. SCOOP_BENCH_CURVE=1 logs every sample. SCOOP_BENCH_ARTICLES
// sets the site's size (default 2,000; the 100k-page run is
// `SCOOP_BENCH_ARTICLES=100000 go test -run ^$ -bench Crawl -benchtime
// 1x`); SCOOP_BENCH_STATE=1 keeps the frontier on disk. Crawler and
// server share the machine.
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
	var allocated uint64
	var heapPeak uint64
	var quarters [4]uint64
	for b.Loop() {
		var got atomic.Int64
		// Sample the live heap (after a collection) every 2s while
		// crawling, against pages fetched so far.
		var curve []heapSample
		sample := func(st scoop.CrawlStats) {
			var ms runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&ms)
			curve = append(curve, heapSample{st.Fetched, ms.HeapAlloc})
		}
		c, err := scoop.NewCrawler(append([]scoop.CrawlOption{scoop.WithAllowPrivate(true), scoop.WithDelay(0), scoop.WithParallelism(4, 4),
			scoop.WithMaxDepth(20), scoop.WithHandler(func(*scoop.CrawledArticle) error { got.Add(1); return nil }),
			scoop.WithProgress(2*time.Second, sample)}, state...)...)
		if err != nil {
			b.Fatal(err)
		}
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		before := cpuTime()
		st, err := c.Run(context.Background(), srv.URL+"/sitemap_index.xml", srv.URL+"/")
		cpu += cpuTime() - before
		runtime.ReadMemStats(&m1)
		allocated += m1.TotalAlloc - m0.TotalAlloc
		if err != nil {
			b.Fatal(err)
		}
		if got.Load() != int64(n) {
			b.Fatalf("emitted %d articles of %d", got.Load(), n)
		}
		articles += got.Load()
		pages += st.Fetched
		for _, h := range curve {
			heapPeak = max(heapPeak, h.heap)
			// By quarter of the crawl, the largest live heap seen.
			q := min(int(4*h.fetched/max(st.Fetched, 1)), 3)
			quarters[q] = max(quarters[q], h.heap)
			if os.Getenv("SCOOP_BENCH_CURVE") != "" {
				b.Logf("fetched %7d  live heap %6.1f MB", h.fetched, float64(h.heap)/(1<<20))
			}
		}
	}
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(pages)/secs, "pages/s")
	b.ReportMetric(float64(articles)/secs, "articles/s")
	b.ReportMetric(float64(cpu.Milliseconds())/float64(pages), "cpu-ms/page")
	b.ReportMetric(float64(allocated)/float64(pages)/1024, "alloc-KB/page")
	b.ReportMetric(float64(heapPeak)/(1<<20), "peak-live-heap-MB")
	for i, q := range quarters {
		b.ReportMetric(float64(q)/(1<<20), "live-heap-MB-q"+strconv.Itoa(i+1))
	}
}

// heapSample is the live heap after a collection when fetched pages had
// been fetched.
type heapSample struct {
	fetched int64
	heap    uint64
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
