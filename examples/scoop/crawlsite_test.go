package main

import (
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"
	"time"

	"github.com/newsscoop/scoop/internal/testsite"
)

// crawlSite is a testsite.Site behind an httptest server. Every answer
// but robots.txt waits slow first (a slow site makes crawls last long
// enough to be killed or interrupted).
type crawlSite struct {
	*testsite.Site
	srv *httptest.Server
}

// newCrawlSite serves a testsite of n articles (0: the default 60).
func newCrawlSite(t *testing.T, n int, slow time.Duration) *crawlSite {
	t.Helper()
	s := testsite.New(testsite.Options{Articles: n})
	h := s.Handler()
	if slow > 0 {
		inner := h
		h = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path != "/robots.txt" {
				select {
				case <-time.After(slow):
				case <-r.Context().Done():
					return
				}
			}
			inner.ServeHTTP(w, r)
		})
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return &crawlSite{Site: s, srv: srv}
}

// seed is the home page URL.
func (s *crawlSite) seed() string { return s.srv.URL + "/" }

// articlePaths are the sorted paths of the articles a crawl must emit.
func (s *crawlSite) articlePaths() []string {
	p := s.Articles()
	slices.Sort(p)
	return p
}

// articleURL is the absolute URL of the i-th article.
func (s *crawlSite) articleURL(i int) string { return s.srv.URL + s.Articles()[i] }

// requested returns the paths requested so far.
func (s *crawlSite) requested() []string {
	var p []string
	for _, r := range s.Requests() {
		p = append(p, r.Path)
	}
	return p
}
