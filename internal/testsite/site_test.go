package testsite

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"encoding/xml"
	"image/jpeg"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"codeberg.org/readeck/go-readability/v2"
	"github.com/PuerkitoBio/goquery"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestArticlesServe(t *testing.T) {
	t.Parallel()
	s := New(Options{})
	srv := server(t, s)
	arts := s.Articles()
	require.Len(t, arts, DefaultArticles)
	for _, p := range arts {
		t.Run(p, func(t *testing.T) {
			r := getOK(t, srv, p)
			require.Equal(t, http.StatusOK, r.status)
			assert.Equal(t, "text/html; charset=utf-8", r.header.Get("Content-Type"))
			d := doc(t, r.body)
			assert.Equal(t, []string{"NewsArticle"}, types(t, d))
			ld := jsonLD(t, d)[0]
			title := d.Find("title").Text()
			h1 := d.Find("h1").Text()
			got := map[string]any{
				"canonical": attr(d, `link[rel="canonical"]`, "href"),
				"amphtml":   attr(d, `link[rel="amphtml"]`, "href"),
				"ogType":    attr(d, `meta[property="og:type"]`, "content"),
				"ogTitle":   attr(d, `meta[property="og:title"]`, "content"),
				"ogSite":    attr(d, `meta[property="og:site_name"]`, "content"),
				"title":     title,
				"ldTitle":   ld["headline"],
				"ldDate":    ld["datePublished"],
				"pubTime":   attr(d, `meta[property="article:published_time"]`, "content"),
				"byline":    strings.HasPrefix(d.Find(".byline").Text(), "By "+ld["author"].([]any)[0].(map[string]any)["name"].(string)),
				"feed":      attr(d, `link[rel="alternate"][type="application/rss+xml"]`, "href"),
			}
			want := map[string]any{
				"canonical": srv.URL + p,
				"amphtml":   srv.URL + "/amp" + p,
				"ogType":    "article",
				"ogTitle":   h1,
				"ogSite":    "Test Gazette",
				"title":     h1 + " – Test Gazette",
				"ldTitle":   h1,
				"ldDate":    got["pubTime"],
				"pubTime":   got["pubTime"],
				"byline":    true,
				"feed":      "/feed.xml",
			}
			assert.Equal(t, want, got)
			words := 0
			d.Find(".article-body p").Each(func(_ int, p *goquery.Selection) { words += len(strings.Fields(p.Text())) })
			assert.GreaterOrEqual(t, words, minBodyWords)
			paras := d.Find(".article-body p").Length()
			assert.True(t, paras >= 5 && paras <= 9, "%d paragraphs", paras)
			assert.GreaterOrEqual(t, d.Find(".article-body h2").Length(), 2)
			tags := d.Find(`a[rel="tag"]`).Length()
			assert.True(t, tags == 2 || tags == 3, "%d tags", tags)
			assert.Equal(t, min(3, len(arts)-1), d.Find(".related a").Length())
		})
	}
}

func TestReadabilityFindsBody(t *testing.T) {
	t.Parallel()
	s := New(Options{})
	srv := server(t, s)
	for _, p := range s.Articles()[:10] {
		r := getOK(t, srv, p)
		u, _ := http.NewRequest(http.MethodGet, srv.URL+p, nil)
		parser := readability.NewParser()
		art, err := parser.Parse(bytes.NewReader(r.body), u.URL)
		require.NoError(t, err)
		var text strings.Builder
		require.NoError(t, art.RenderText(&text))
		assert.GreaterOrEqual(t, len(strings.Fields(text.String())), 250, p)
		assert.NotContains(t, text.String(), "Most read", p)
	}
}

// TestTextVaries checks that the generated prose differs from article to
// article.
func TestTextVaries(t *testing.T) {
	t.Parallel()
	s := New(Options{})
	seen := map[string]bool{}
	for i := range s.n {
		body := string(s.appendBody(nil, i, ""))
		first := body[:strings.Index(body, "</p>")]
		assert.False(t, seen[first], "article %d repeats a first paragraph", i)
		seen[first] = true
	}
}

func TestHubsServe(t *testing.T) {
	t.Parallel()
	s := New(Options{})
	srv := server(t, s)
	hubs := s.Hubs()
	assert.Equal(t, "/", hubs[0])
	assert.Len(t, hubs, len(slices.Compact(slices.Sorted(slices.Values(hubs)))), "duplicates")
	for _, p := range hubs {
		t.Run(p, func(t *testing.T) {
			r := get(t, srv, p)
			require.Equal(t, http.StatusOK, r.status)
			d := doc(t, r.body)
			assert.NotContains(t, types(t, d), "NewsArticle")
			assert.Equal(t, "website", attr(d, `meta[property="og:type"]`, "content"))
			assert.Equal(t, srv.URL+p, attr(d, `link[rel="canonical"]`, "href"))
			if p != "/" {
				n := d.Find(".teasers > article").Length()
				assert.True(t, n >= 1 && n <= s.perPage+1, "%d teasers", n)
			}
		})
	}
}

func TestNotFound(t *testing.T) {
	t.Parallel()
	s := New(Options{})
	srv := server(t, s)
	a := s.Articles()[7]
	for _, p := range []string{
		s.Landmarks().Missing, "/nope", "/world/page/1/", "/world/page/02/", "/world/page/99/",
		"/world/2025/08/18/no-such-slug", a + "/", "/politics" + a[len("/world"):], "/tag/unknown/",
		"/author/nobody/", "/archive/2031/01/", "/archive/2025/13/", "/calendar/2025/8/",
		"/calendar/0999/12/", "/amp/world/", "/amp" + a + "x", "/private/other", "/old/x",
		"/sitemap-articles-1.xml.gz", "/world/2025/02/31/x",
	} {
		assert.Equal(t, http.StatusNotFound, get(t, srv, p).status, p)
	}
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/", nil)
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode)
}

func TestSitemaps(t *testing.T) {
	t.Parallel()
	s := New(Options{})
	srv := server(t, s)
	l := s.Landmarks()

	idx := get(t, srv, l.SitemapIndex)
	require.Equal(t, http.StatusOK, idx.status)
	var index struct {
		Locs []string `xml:"sitemap>loc"`
	}
	require.NoError(t, xml.Unmarshal(idx.body, &index))
	assert.Equal(t, []string{srv.URL + "/sitemap-articles.xml.gz", srv.URL + "/news-sitemap.xml"}, index.Locs)
	assert.Equal(t, []string{"/sitemap-articles.xml.gz"}, l.ArticleSitemaps)

	r := get(t, srv, "/sitemap-articles.xml.gz")
	require.Equal(t, http.StatusOK, r.status)
	assert.Equal(t, "application/gzip", r.header.Get("Content-Type"))
	assert.Empty(t, r.header.Get("Content-Encoding"))
	locs := sitemapLocs(t, r.body)
	var want []string
	for _, p := range s.Articles() {
		want = append(want, srv.URL+p)
	}
	assert.Equal(t, want, locs)

	news := get(t, srv, l.NewsSitemap)
	var ns struct {
		URLs []struct {
			Loc   string `xml:"loc"`
			Title string `xml:"news>title"`
			Date  string `xml:"news>publication_date"`
			Name  string `xml:"news>publication>name"`
		} `xml:"url"`
	}
	require.NoError(t, xml.Unmarshal(news.body, &ns))
	require.Len(t, ns.URLs, 20)
	for k, u := range ns.URLs {
		assert.Equal(t, want[k], u.Loc)
		assert.NotEmpty(t, u.Title)
		assert.Equal(t, "Test Gazette", u.Name)
		_, err := time.Parse(time.RFC3339, u.Date)
		assert.NoError(t, err)
	}
}

// sitemapLocs gunzips and parses an article sitemap.
func sitemapLocs(t testing.TB, gz []byte) []string {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	require.NoError(t, err)
	raw, err := io.ReadAll(zr)
	require.NoError(t, err)
	var set struct {
		Locs []string `xml:"url>loc"`
	}
	require.NoError(t, xml.Unmarshal(raw, &set))
	return set.Locs
}

func TestFeed(t *testing.T) {
	t.Parallel()
	s := New(Options{})
	srv := server(t, s)
	r := get(t, srv, "/feed.xml")
	require.Equal(t, http.StatusOK, r.status)
	assert.Equal(t, "application/rss+xml; charset=utf-8", r.header.Get("Content-Type"))
	var rss struct {
		Version string `xml:"version,attr"`
		Items   []struct {
			Link    string `xml:"link"`
			GUID    string `xml:"guid"`
			Title   string `xml:"title"`
			PubDate string `xml:"pubDate"`
		} `xml:"channel>item"`
	}
	require.NoError(t, xml.Unmarshal(r.body, &rss))
	assert.Equal(t, "2.0", rss.Version)
	require.Len(t, rss.Items, 20)
	for k, it := range rss.Items {
		want := srv.URL + s.Articles()[k]
		assert.Equal(t, want, it.GUID)
		assert.Equal(t, want+"?utm_source=rss&utm_medium=feed", it.Link)
		_, err := time.Parse(time.RFC1123Z, it.PubDate)
		assert.NoError(t, err)
	}
	home := doc(t, get(t, srv, "/").body)
	assert.Equal(t, "/feed.xml", attr(home, `link[rel="alternate"][type="application/rss+xml"]`, "href"))
	assert.Equal(t, 1, home.Find(`a[href="/feed.xml"]`).Length()-1) // body link besides the footer one
}

func TestAMP(t *testing.T) {
	t.Parallel()
	s := New(Options{})
	srv := server(t, s)
	for _, p := range s.Articles()[:12] {
		r := get(t, srv, s.AMP(p))
		require.Equal(t, http.StatusOK, r.status)
		assert.Contains(t, string(r.body), "<html ⚡ lang=\"en\">")
		d := doc(t, r.body)
		assert.Equal(t, srv.URL+p, attr(d, `link[rel="canonical"]`, "href"))
		assert.Equal(t, 1, d.Find("amp-img").Length())
		art := doc(t, getOK(t, srv, p).body)
		assert.Equal(t, art.Find("h1").Text(), d.Find("h1").Text())
		assert.Equal(t, art.Find(".article-body p").Text(), d.Find("article > p:not(.byline)").Text())
	}
}

func TestFlaky(t *testing.T) {
	t.Parallel()
	s := New(Options{})
	srv := server(t, s)
	l := s.Landmarks()
	require.NotEmpty(t, l.Unavailable)
	require.NotEmpty(t, l.TooMany)
	check := func() {
		for _, c := range []struct {
			path   string
			status int
		}{{l.Unavailable, http.StatusServiceUnavailable}, {l.TooMany, http.StatusTooManyRequests}} {
			r := get(t, srv, c.path+"?utm_source=x")
			assert.Equal(t, c.status, r.status)
			assert.Equal(t, "1", r.header.Get("Retry-After"))
			for range 3 {
				assert.Equal(t, http.StatusOK, get(t, srv, c.path).status)
			}
		}
	}
	check()
	s.Reset()
	check()
	assert.Contains(t, s.Articles(), l.Unavailable)
	assert.Contains(t, s.Articles(), l.TooMany)
}

func TestFlakyConcurrent(t *testing.T) {
	t.Parallel()
	s := New(Options{})
	srv := server(t, s)
	var wg sync.WaitGroup
	statuses := make([]int, 20)
	for k := range statuses {
		wg.Go(func() { statuses[k] = get(t, srv, s.Landmarks().Unavailable).status })
	}
	wg.Wait()
	assert.Equal(t, 1, countOf(statuses, http.StatusServiceUnavailable))
	assert.Equal(t, 19, countOf(statuses, http.StatusOK))
}

func countOf(xs []int, v int) int {
	n := 0
	for _, x := range xs {
		if x == v {
			n++
		}
	}
	return n
}

func TestRobots(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		delay time.Duration
		want  string
	}{{0, "0"}, {1500 * time.Millisecond, "1.5"}, {2 * time.Second, "2"}} {
		s := New(Options{CrawlDelay: c.delay})
		srv := server(t, s)
		r := get(t, srv, "/robots.txt")
		require.Equal(t, http.StatusOK, r.status)
		assert.Equal(t, "text/plain; charset=utf-8", r.header.Get("Content-Type"))
		want := "# robots.txt for Test Gazette\n\nUser-agent: BadBot\nDisallow: /\n\nUser-agent: *\nDisallow: /private/\nCrawl-delay: " +
			c.want + "\n\nSitemap: " + srv.URL + "/sitemap_index.xml\n"
		assert.Equal(t, want, string(r.body))
		assert.Equal(t, "/private/", s.Disallowed())
	}
}

func TestHostAndScheme(t *testing.T) {
	t.Parallel()
	s := New(Options{})
	p := s.Articles()[0]
	for _, c := range []struct{ host, tls, want string }{
		{"news.example:8080", "", "http://news.example:8080" + p},
		{"news.example", "tls", "https://news.example" + p},
		{"evil\"><script>", "", "http://localhost" + p},
		{"", "", "http://localhost" + p},
	} {
		target := p
		if c.tls != "" {
			target = "https://x" + p // httptest sets TLS for https targets
		}
		req := httptest.NewRequest(http.MethodGet, target, nil)
		req.Host = c.host
		w := httptest.NewRecorder()
		s.Handler().ServeHTTP(w, req)
		require.Equal(t, http.StatusOK, w.Code)
		assert.Equal(t, c.want, attr(doc(t, w.Body.Bytes()), `link[rel="canonical"]`, "href"), c.host)
	}
}

func TestLandmarks(t *testing.T) {
	t.Parallel()
	s := New(Options{SlowDelay: time.Hour})
	srv := server(t, s)
	l := s.Landmarks()
	home := get(t, srv, "/")
	hd := doc(t, home.body)
	for _, p := range append(append([]string{l.Missing, l.Redirect, l.Calendar, l.Slow}, l.Private...), l.Assets...) {
		assert.Equal(t, 1, hd.Find(`a[href="`+p+`"]`).Length(), "home links %s", p)
	}
	for _, e := range l.External {
		assert.Equal(t, 1, hd.Find(`a[href="`+e+`"]`).Length(), "home links %s", e)
	}
	assert.Equal(t, 1, hd.Find(`a[href="//`+srv.Listener.Addr().String()+`/tag/analysis/"]`).Length())

	r := get(t, srv, l.Redirect)
	assert.Equal(t, http.StatusMovedPermanently, r.status)
	assert.Equal(t, srv.URL+l.RedirectTarget, r.header.Get("Location"))
	assert.Contains(t, s.Articles(), l.RedirectTarget)
	assert.NotContains(t, s.Articles(), l.Missing)
	assert.Equal(t, http.StatusNotFound, get(t, srv, l.Missing).status)
	front := doc(t, get(t, srv, "/world/").body)
	assert.Equal(t, 1, front.Find(`a[href="`+l.Missing+`"]`).Length())

	for _, p := range l.Private {
		assert.True(t, strings.HasPrefix(p, s.Disallowed()))
		assert.Equal(t, http.StatusOK, get(t, srv, p).status)
	}
	assert.Contains(t, types(t, doc(t, get(t, srv, l.Private[1]).body)), "NewsArticle")

	for _, c := range []struct{ path, ctype, magic string }{
		{"/files/report.pdf", "application/pdf", "%PDF-1.4"},
		{"/img/photo.jpg", "image/jpeg", "\xff\xd8\xff"},
		{"/data.json", "application/json", "{"},
	} {
		r := get(t, srv, c.path)
		assert.Equal(t, http.StatusOK, r.status)
		assert.Equal(t, c.ctype, r.header.Get("Content-Type"))
		assert.True(t, bytes.HasPrefix(r.body, []byte(c.magic)), c.path)
	}
	_, err := jpeg.Decode(bytes.NewReader(get(t, srv, "/img/photo.jpg").body))
	assert.NoError(t, err)
	var data map[string]any
	assert.NoError(t, json.Unmarshal(get(t, srv, "/data.json").body, &data))
	assert.True(t, bytes.HasSuffix(get(t, srv, "/files/report.pdf").body, []byte("%%EOF\n")))
}

func TestCalendarTrap(t *testing.T) {
	t.Parallel()
	s := New(Options{})
	srv := server(t, s)
	type links struct{ prev, next string }
	read := func(p string) links {
		r := get(t, srv, p)
		require.Equal(t, http.StatusOK, r.status, p)
		d := doc(t, r.body)
		return links{attr(d, `.calendar-nav a[rel="prev"]`, "href"), attr(d, `.calendar-nav a[rel="next"]`, "href")}
	}
	assert.Equal(t, links{"/calendar/2025/07/", "/calendar/2025/09/"}, read("/calendar/2025/08/"))
	assert.Equal(t, links{"/calendar/2025/12/", "/calendar/2026/02/"}, read("/calendar/2026/01/"))
	assert.Equal(t, links{"/calendar/9999/11/", ""}, read("/calendar/9999/12/"))
	assert.Equal(t, links{"", "/calendar/1000/02/"}, read("/calendar/1000/01/"))
	p := "/calendar/2025/08/"
	for range 50 { // still going after 50 months
		p = read(p).next
	}
	assert.Equal(t, "/calendar/2029/10/", p)
	assert.NotContains(t, s.Hubs(), "/calendar/2025/08/")
}

func TestSlow(t *testing.T) {
	t.Parallel()
	s := New(Options{SlowDelay: 300 * time.Millisecond})
	srv := server(t, s)
	c := &http.Client{Timeout: 50 * time.Millisecond}
	_, err := c.Get(srv.URL + s.Landmarks().Slow)
	assert.Error(t, err)
	start := time.Now()
	assert.Equal(t, http.StatusOK, get(t, srv, "/slow/").status)
	assert.GreaterOrEqual(t, time.Since(start), 300*time.Millisecond)

	plain := New(Options{})
	assert.Empty(t, plain.Landmarks().Slow)
	assert.Equal(t, http.StatusNotFound, get(t, server(t, plain), "/slow/").status)
}

func TestRequestLog(t *testing.T) {
	t.Parallel()
	s := New(Options{})
	srv := server(t, s)
	before := time.Now()
	var wg sync.WaitGroup
	for range 10 {
		wg.Go(func() { get(t, srv, "/world/?utm_source=x&utm_medium=y") })
	}
	wg.Wait()
	log := s.Requests()
	require.Len(t, log, 10)
	assert.Equal(t, int64(10), s.RequestCount())
	for _, r := range log {
		assert.False(t, r.Time.Before(before))
		r.Time = time.Time{}
		assert.Equal(t, Request{Method: "GET", Path: "/world/", RawQuery: "utm_source=x&utm_medium=y", UserAgent: "scoop-test/1.0"}, r)
	}
	s.Reset()
	assert.Empty(t, s.Requests())
	assert.Zero(t, s.RequestCount())

	quiet := New(Options{NoLog: true})
	get(t, server(t, quiet), "/")
	assert.Nil(t, quiet.Requests())
	assert.Equal(t, int64(1), quiet.RequestCount())
}

func TestOptions(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name     string
		opts     Options
		n        int
		sections []string
		perPage  int
	}{
		{"zero", Options{}, 60, defaultSections[:], 10},
		{"huge", Options{Huge: true}, 100_000, defaultSections[:], 40},
		{"sections", Options{Sections: []string{"News", "news", "tag", "1x", "a b", "", "culture-arts", "sport"}}, 60, []string{"news", "culture-arts", "sport"}, 10},
		{"only bad sections", Options{Sections: []string{"tag", "Amp"}}, 60, defaultSections[:], 10},
		{"limits", Options{Articles: 1 << 40, PerPage: 1 << 20}, MaxArticles, defaultSections[:], MaxPerPage},
		{"negative", Options{Articles: -3, PerPage: -1}, 60, defaultSections[:], 10},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := New(c.opts)
			assert.Equal(t, []any{c.n, c.sections, c.perPage}, []any{s.ArticleCount(), s.sections, s.perPage})
		})
	}
}

// TestSmallSites checks the ground truth of sites of a few articles.
func TestSmallSites(t *testing.T) {
	t.Parallel()
	for _, n := range []int{1, 2, 3, 5, 7} {
		s := New(Options{Articles: n, Sections: []string{"news", "sport"}, PerPage: 2})
		srv := server(t, s)
		require.Len(t, s.Articles(), n)
		for _, p := range s.Articles() {
			assert.Equal(t, http.StatusOK, getOK(t, srv, p).status)
		}
		for _, p := range s.Hubs() {
			assert.Equal(t, http.StatusOK, get(t, srv, p).status, p)
		}
		l := s.Landmarks()
		assert.Equal(t, n >= 2, l.Unavailable != "")
		assert.Equal(t, n >= 3, l.TooMany != "")
		assert.Equal(t, http.StatusMovedPermanently, get(t, srv, l.Redirect).status)
	}
}

func TestDeterministic(t *testing.T) {
	t.Parallel()
	a, b, c := New(Options{}), New(Options{}), New(Options{Seed: 42})
	assert.Equal(t, a.Articles(), b.Articles())
	assert.NotEqual(t, a.Articles(), c.Articles())
	assert.Equal(t, len(a.Hubs()), len(c.Hubs()))
	page := func(s *Site, p string) string {
		w := httptest.NewRecorder()
		s.Handler().ServeHTTP(w, httptest.NewRequest(http.MethodGet, p, nil))
		return w.Body.String()
	}
	for _, p := range []string{"/", a.Articles()[3], "/world/page/2/", "/feed.xml"} {
		assert.Equal(t, page(a, p), page(b, p), p)
	}
}
