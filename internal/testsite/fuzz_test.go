package testsite

import (
	"context"
	"net/http"
	"net/url"
	"testing"
)

// FuzzHandler serves arbitrary paths, queries and hosts: the handler never
// panics and answers with one of the site's statuses; an article path
// answers 200 exactly when IsArticle says so (flaky pages aside).
func FuzzHandler(f *testing.F) {
	s := New(Options{Articles: 300, NoLog: true})
	for _, p := range append(append(s.Articles()[:5], s.Hubs()[:10]...),
		"/", "/robots.txt", "/amp"+s.Articles()[7], "/calendar/2025/08/", "/calendar/9999/12/",
		"/old/x", "/private/drafts/", "/sitemap-articles.xml.gz", "/tag/middle-east/page/2/",
		"/world/2025/02/29/x", "/archive/0000/00/", "/world/page/0/", "//", "/%00", "/world/2025/08/18/") {
		f.Add(p, "utm_source=x", "example.com")
	}
	f.Fuzz(func(t *testing.T, path, query, host string) {
		req := (&http.Request{
			Method: http.MethodGet,
			URL:    &url.URL{Path: path, RawQuery: query},
			Host:   host,
			Header: http.Header{},
		}).WithContext(context.Background())
		w := &discard{h: http.Header{}}
		s.Handler().ServeHTTP(w, req)
		switch w.status {
		case http.StatusOK, http.StatusMovedPermanently, http.StatusNotFound,
			http.StatusServiceUnavailable, http.StatusTooManyRequests:
		default:
			t.Fatalf("%q: status %d", path, w.status)
		}
		if s.IsArticle(path) && w.status != http.StatusOK && path != s.unavailable && path != s.tooMany {
			t.Fatalf("%q: article answers %d", path, w.status)
		}
	})
}
