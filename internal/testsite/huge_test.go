package testsite

import (
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHugeFlatMemory serves a site of 100,000 articles and checks that the
// server's heap stays small: nothing per article is kept. It does not run
// in parallel, so that other tests do not disturb the heap figures.
func TestHugeFlatMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)

	s := New(Options{Articles: 100_000, Huge: true, NoLog: true})
	srv := server(t, s)
	last := s.path(99_999)
	q := s.sectionSeq(4)
	oldest := s.oldestMonth()
	paths := []string{
		"/", last, s.AMP(last), s.path(0), s.path(50_000),
		"/sport/", pagePath("/sport/", s.pageCount(q.length())),
		"/tag/middle-east/page/100/", "/author/mei-tanaka/page/50/",
		pagePath(archivePath(oldest), s.pageCount(s.monthSeq(oldest).length())),
		"/robots.txt", "/sitemap_index.xml", "/news-sitemap.xml", "/feed.xml",
	}
	for _, p := range paths {
		r := get(t, srv, p)
		require.Equal(t, http.StatusOK, r.status, p)
		assert.Less(t, len(r.body), 64<<10, p)
	}
	body := string(get(t, srv, last).body)
	assert.Contains(t, body, `"@type":"NewsArticle"`)
	assert.Contains(t, body, `<link rel="canonical" href="`+srv.URL+last+`">`)
	assert.Contains(t, string(get(t, srv, "/sport/").body), `href="/sport/page/`+itoa(s.pageCount(q.length()))+`/"`)

	runtime.GC()
	runtime.ReadMemStats(&after)
	grown := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("heap grew by %d bytes", grown)
	assert.Less(t, grown, int64(4<<20))
	runtime.KeepAlive(s)
}

func itoa(n int) string { return string(appendInt(nil, n, 0)) }

// TestConstantCost checks that a page of a huge site costs what the same
// page of a small site costs: allocations do not depend on the article's
// index or on the size of the site.
func TestConstantCost(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts are meaningless under the race detector")
	}
	small := New(Options{NoLog: true})
	huge := New(Options{Huge: true, NoLog: true})
	allocs := func(s *Site, p string) float64 {
		req := httptest.NewRequest(http.MethodGet, p, nil)
		w := &discard{h: http.Header{}}
		return testing.AllocsPerRun(20, func() {
			clear(w.h)
			w.status = 0
			s.Handler().ServeHTTP(w, req)
			if w.status != http.StatusOK {
				t.Fatalf("%s: %d", p, w.status)
			}
		})
	}
	base := allocs(small, small.path(5))
	for _, i := range []int{5, 50_000, 99_999} {
		assert.LessOrEqual(t, allocs(huge, huge.path(i)), base+4, "article %d", i)
	}
	assert.LessOrEqual(t, allocs(huge, "/world/page/400/"), allocs(small, "/world/page/2/")+4)
}

// TestHugeSitemaps reads every article sitemap of a huge site: together
// they list each article once.
func TestHugeSitemaps(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	t.Parallel()
	s := New(Options{Articles: 120_000, NoLog: true})
	srv := server(t, s)
	l := s.Landmarks()
	require.Equal(t, []string{"/sitemap-articles-1.xml.gz", "/sitemap-articles-2.xml.gz", "/sitemap-articles-3.xml.gz"}, l.ArticleSitemaps)
	idx := string(get(t, srv, l.SitemapIndex).body)
	total := 0
	for k, p := range l.ArticleSitemaps {
		assert.Contains(t, idx, "<loc>"+srv.URL+p+"</loc>")
		locs := sitemapLocs(t, get(t, srv, p).body)
		require.LessOrEqual(t, len(locs), sitemapChunk)
		for j := 0; j < len(locs); j += 1009 {
			assert.Equal(t, srv.URL+s.path(k*sitemapChunk+j), locs[j])
		}
		assert.Equal(t, srv.URL+s.path(k*sitemapChunk+len(locs)-1), locs[len(locs)-1])
		total += len(locs)
	}
	assert.Equal(t, s.ArticleCount(), total)
	assert.Equal(t, http.StatusNotFound, get(t, srv, "/sitemap-articles-4.xml.gz").status)
	assert.Equal(t, http.StatusNotFound, get(t, srv, "/sitemap-articles-01.xml.gz").status)
	assert.Equal(t, http.StatusNotFound, get(t, srv, "/sitemap-articles.xml.gz").status)
}

// TestHugeUnique checks that the 100,000 paths of a huge site are distinct,
// dated, and found again by IsArticle.
func TestHugeUnique(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	t.Parallel()
	s := New(Options{Huge: true, NoLog: true})
	arts := s.Articles()
	seen := make(map[string]bool, len(arts))
	for i, p := range arts {
		require.False(t, seen[p], "duplicate %s", p)
		seen[p] = true
		require.Equal(t, i, s.lookup(p), p)
		require.Equal(t, 5, strings.Count(p, "/"), p)
	}
	assert.False(t, s.IsArticle(arts[0]+"-x"))
}
