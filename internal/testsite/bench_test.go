package testsite

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// discard is a ResponseWriter that keeps only the status and the byte
// count, so benchmarks measure the site, not the recorder.
type discard struct {
	h      http.Header
	status int
	n      int
}

func (d *discard) Header() http.Header { return d.h }
func (d *discard) WriteHeader(s int)   { d.status = s }
func (d *discard) Write(b []byte) (int, error) {
	if d.status == 0 {
		d.status = http.StatusOK
	}
	d.n += len(b)
	return len(b), nil
}

// serveBench serves the paths in turn and checks every answer is a 200.
func serveBench(b *testing.B, s *Site, paths []string) {
	b.Helper()
	reqs := make([]*http.Request, len(paths))
	for k, p := range paths {
		reqs[k] = httptest.NewRequest(http.MethodGet, p, nil)
	}
	h := s.Handler()
	w := &discard{h: http.Header{}}
	b.ReportAllocs()
	k, bytes := 0, 0
	for b.Loop() {
		clear(w.h)
		w.status, w.n = 0, 0
		h.ServeHTTP(w, reqs[k%len(reqs)])
		if w.status != http.StatusOK || w.n == 0 {
			b.Fatalf("%s: status %d, %d bytes", paths[k%len(paths)], w.status, w.n)
		}
		bytes += w.n
		k++
	}
	b.SetBytes(int64(bytes / max(k, 1)))
}

func hugeSite() *Site { return New(Options{Huge: true, NoLog: true}) }

func BenchmarkArticle(b *testing.B) {
	s := hugeSite()
	var paths []string
	for i := 3; i < s.n; i += 997 {
		paths = append(paths, s.path(i))
	}
	serveBench(b, s, paths)
}

func BenchmarkSectionPage(b *testing.B) {
	s := hugeSite()
	serveBench(b, s, []string{"/world/", "/world/page/2/", "/sport/page/400/", "/tag/europe/page/77/", "/archive/2020/03/page/3/"})
}

func BenchmarkHome(b *testing.B) {
	serveBench(b, hugeSite(), []string{"/"})
}

func BenchmarkAMP(b *testing.B) {
	s := hugeSite()
	serveBench(b, s, []string{s.AMP(s.path(12345))})
}

func BenchmarkIsArticle(b *testing.B) {
	s := hugeSite()
	p := s.path(77_777)
	b.ReportAllocs()
	for b.Loop() {
		if !s.IsArticle(p) {
			b.Fatal("not found")
		}
	}
}

func BenchmarkArticleSitemap(b *testing.B) {
	s := hugeSite()
	serveBench(b, s, []string{"/sitemap-articles-2.xml.gz"})
}
