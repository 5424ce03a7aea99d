package testsite

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// crawlResult is what the reference crawl found.
type crawlResult struct {
	emitted  []string       // canonical paths of pages with NewsArticle JSON-LD
	claims   map[string]int // pages fetched per emitted path (article + AMP)
	hubs     []string       // other HTML pages answering 200 (calendar excluded)
	statuses map[string]int // by path, of every request made
	assets   []string       // non-HTML answers
}

// referenceCrawl is the simplest correct crawler of the site: breadth
// first from the home page, following <a href> and rel=amphtml on the
// server's host, dropping fragments and utm_ parameters, obeying
// robots.txt (Disallowed), asking again after a 503 or 429, and standing
// in for trap detection by following calendar pages of 2024 to 2026 only.
// A page is an article when its JSON-LD says NewsArticle; it is emitted
// under its rel=canonical.
func referenceCrawl(t *testing.T, s *Site) crawlResult {
	t.Helper()
	srv := server(t, s)
	base, err := url.Parse(srv.URL)
	require.NoError(t, err)
	res := crawlResult{claims: map[string]int{}, statuses: map[string]int{}}
	seen := map[string]bool{}
	queue := []string{srv.URL + "/"}
	seen[queue[0]] = true
	emitted := map[string]bool{}
	for len(queue) > 0 {
		target := queue[0]
		queue = queue[1:]
		resp, err := http.Get(target)
		require.NoError(t, err)
		if resp.StatusCode == http.StatusServiceUnavailable || resp.StatusCode == http.StatusTooManyRequests {
			resp.Body.Close()
			resp, err = http.Get(target)
			require.NoError(t, err)
		}
		final := resp.Request.URL
		res.statuses[final.Path] = resp.StatusCode
		if resp.StatusCode != http.StatusOK {
			resp.Body.Close()
			continue
		}
		if !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
			res.assets = append(res.assets, final.Path)
			resp.Body.Close()
			continue
		}
		d, err := goquery.NewDocumentFromReader(resp.Body)
		resp.Body.Close()
		require.NoError(t, err)
		switch {
		case slices.Contains(types(t, d), "NewsArticle"):
			c, err := url.Parse(attr(d, `link[rel="canonical"]`, "href"))
			require.NoError(t, err)
			emitted[c.Path] = true
			res.claims[c.Path]++
		case !strings.HasPrefix(final.Path, "/calendar/"):
			res.hubs = append(res.hubs, final.Path)
		}
		d.Find(`a[href], link[rel="amphtml"]`).Each(func(_ int, sel *goquery.Selection) {
			href, _ := sel.Attr("href")
			u, err := final.Parse(href)
			if err != nil || u.Host != base.Host || (u.Scheme != "http" && u.Scheme != "https") {
				return
			}
			u.Fragment = ""
			q := u.Query()
			for k := range q {
				if strings.HasPrefix(k, "utm_") {
					q.Del(k)
				}
			}
			u.RawQuery = q.Encode()
			if strings.HasPrefix(u.Path, s.Disallowed()) {
				return
			}
			if y, ok := strings.CutPrefix(u.Path, "/calendar/"); ok && (len(y) < 4 || y[:4] < "2024" || y[:4] > "2026") {
				return
			}
			if !seen[u.String()] {
				seen[u.String()] = true
				queue = append(queue, u.String())
			}
		})
	}
	for p := range emitted {
		res.emitted = append(res.emitted, p)
	}
	for _, r := range s.Requests() {
		assert.False(t, strings.HasPrefix(r.Path, s.Disallowed()), "requested %s", r.Path)
	}
	return res
}

// TestGroundTruth crawls whole sites and checks that Articles and Hubs are
// exactly what a correct crawler finds.
func TestGroundTruth(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name string
		opts Options
	}{
		{"default", Options{}},
		{"bigger", Options{Articles: 700, PerPage: 7, Sections: []string{"news", "sport", "culture"}, Seed: 7}},
		{"tiny", Options{Articles: 3, PerPage: 1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			s := New(c.opts)
			res := referenceCrawl(t, s)
			assert.Equal(t, slices.Sorted(slices.Values(s.Articles())), slices.Sorted(slices.Values(res.emitted)))
			assert.Equal(t, slices.Sorted(slices.Values(s.Hubs())), slices.Sorted(slices.Values(res.hubs)))
			l := s.Landmarks()
			for _, p := range s.Articles() {
				want := 2 // the article and its AMP page
				if p == l.RedirectTarget {
					want++ // and /old/{slug}
				}
				assert.Equal(t, want, res.claims[p], p)
			}
			assert.Equal(t, http.StatusNotFound, res.statuses[l.Missing])
			assert.Equal(t, http.StatusOK, res.statuses[l.RedirectTarget])
			assert.Equal(t, []string{"/files/report.pdf", "/img/photo.jpg", "/data.json", "/feed.xml"}, res.assets)
			if l.Unavailable != "" {
				n := 0
				for _, r := range s.Requests() {
					if r.Path == l.Unavailable {
						n++
					}
				}
				assert.Equal(t, 2, n, "503 then 200")
			}
		})
	}
}
