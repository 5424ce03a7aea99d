package testsite

import (
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Limits and defaults of Options.
const (
	// DefaultArticles is the number of articles of a site made without
	// Options.Articles; DefaultHugeArticles the same in Huge mode.
	DefaultArticles     = 60
	DefaultHugeArticles = 100_000
	// MaxArticles caps Options.Articles (publication dates stay after the
	// year 1000 and per-day lookups short).
	MaxArticles = 10_000_000
	// DefaultPerPage and DefaultHugePerPage are the teasers per listing
	// page; MaxPerPage caps Options.PerPage.
	DefaultPerPage     = 10
	DefaultHugePerPage = 40
	MaxPerPage         = 1000
	// defaultSeed seeds the text generator when Options.Seed is zero.
	defaultSeed = 0x5c0017e57517e
)

// Fixed paths of the site.
const (
	privatePrefix = "/private/"
	privateDrafts = "/private/drafts/"
	privateStory  = "/private/2025/08/18/embargoed-budget-leak-reveals-deep-spending-cuts"
	calendarStart = "/calendar/2025/08/"
	slowPath      = "/slow/"
)

// Options configure a Site. The zero value is a small site of 60 articles
// in five sections. Options are copied by New.
type Options struct {
	// Articles is the number of real articles, spread round-robin over the
	// sections (default 60, or 100,000 with Huge; at most MaxArticles).
	// Article 0 is the newest, published 2025-08-18 09:30 UTC; the others
	// reach back about 26 hours each (less on sites of more than 3,371
	// articles, so that they span about ten years, but at least 10
	// minutes apart).
	Articles int
	// Sections are the section names, which become the first path segment
	// (default world, politics, business, tech, sport). Names are
	// lower-cased; names that are not a letter followed by letters, digits
	// and hyphens, duplicates and names the site uses itself (tag, author,
	// amp, ...) are skipped. Short words make the URLs classify as hubs.
	Sections []string
	// PerPage is the number of teasers per listing page (default 10, or 40
	// with Huge; at most MaxPerPage).
	PerPage int
	// Huge is the benchmark profile: it changes the defaults of Articles
	// and PerPage, nothing else. Every Site builds its pages on the fly
	// from the URL with O(1) memory per request and keeps no table of
	// pages, so Huge sites of any size serve in flat memory; only
	// Articles() and Hubs() grow with the site.
	Huge bool
	// CrawlDelay is the Crawl-delay of robots.txt (default 0, so tests
	// run fast).
	CrawlDelay time.Duration
	// SlowDelay, when positive, adds a page at /slow/ (linked from the
	// home page) that answers 200 after this delay, or 503 as soon as the
	// request is cancelled: for timeout tests. It is neither an article
	// nor a hub.
	SlowDelay time.Duration
	// Seed varies headlines and text (default: a fixed seed). Paths and
	// dates depend on it too; the structure of the site does not.
	Seed uint64
	// NoLog turns the request log off (Requests returns nil); set it in
	// benchmarks so that memory stays flat however many requests arrive.
	NoLog bool
}

// Request is one request received by a Site.
type Request struct {
	Method    string
	Path      string // r.URL.Path, decoded
	RawQuery  string
	UserAgent string
	Time      time.Time
}

// Site is a deterministic fake news site: it serves its pages through
// Handler and knows the ground truth of what a correct crawler finds on
// it. All methods are safe for concurrent use. A Site holds no per-article
// state: its memory does not grow with Options.Articles.
type Site struct {
	n             int
	sections      []string
	sectionTitles []string
	tagTitles     [numTags]string
	authorSlugs   [len(authorNames)]string
	perPage       int
	iv            int64
	seed          uint64
	crawlDelay    time.Duration
	slowDelay     time.Duration
	noLog         bool

	missing      string // linked, answers 404
	redirectFrom string // /old/{slug}, answers 301
	redirectTo   int
	unavailable  string // answers 503 once
	tooMany      string // answers 429 once

	jpeg, pdf, json []byte

	handler http.Handler
	pages   sync.Pool // *page
	gz      sync.Pool // *gzip.Writer

	mu        sync.Mutex
	log       []Request
	count     atomic.Int64
	served503 atomic.Bool
	served429 atomic.Bool
}

// New returns a Site for opts (see Options for defaults and limits).
func New(opts Options) *Site {
	s := &Site{
		n:          opts.Articles,
		perPage:    opts.PerPage,
		seed:       opts.Seed,
		crawlDelay: max(opts.CrawlDelay, 0),
		slowDelay:  opts.SlowDelay,
		noLog:      opts.NoLog,
	}
	if s.n <= 0 {
		s.n = DefaultArticles
		if opts.Huge {
			s.n = DefaultHugeArticles
		}
	}
	s.n = min(s.n, MaxArticles)
	if s.perPage <= 0 {
		s.perPage = DefaultPerPage
		if opts.Huge {
			s.perPage = DefaultHugePerPage
		}
	}
	s.perPage = min(s.perPage, MaxPerPage)
	if s.seed == 0 {
		s.seed = defaultSeed
	}
	s.iv = interval(s.n)
	for _, name := range opts.Sections {
		name = strings.ToLower(name)
		if validSection(name) && s.sectionIndex(name) < 0 {
			s.sections = append(s.sections, name)
		}
	}
	if len(s.sections) == 0 {
		s.sections = append(s.sections, defaultSections[:]...)
	}
	for _, sec := range s.sections {
		s.sectionTitles = append(s.sectionTitles, titleCase(sec))
	}
	for k := range numTags {
		s.tagTitles[k] = titleCase(tagName(k))
	}
	for k := range authorNames {
		s.authorSlugs[k] = authorSlug(k)
	}

	s.missing = "/" + s.sections[0] + "/2025/01/01/deleted-story"
	if s.n > 4 {
		s.redirectTo = 4
	}
	var b [160]byte
	s.redirectFrom = "/old/" + string(s.appendSlug(b[:0], s.redirectTo))
	if s.n >= 2 {
		s.unavailable = s.path(1)
	}
	if s.n >= 3 {
		s.tooMany = s.path(2)
	}
	s.jpeg, s.pdf, s.json = makeJPEG(), makePDF(), s.makeJSON()
	s.handler = http.HandlerFunc(s.serve)
	return s
}

// validSection reports whether name may be a section.
func validSection(name string) bool {
	if name == "" || len(name) > 40 || name[0] < 'a' || name[0] > 'z' {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	for _, r := range reserved {
		if name == r {
			return false
		}
	}
	return true
}

// Handler returns the handler that serves the site. Links are relative or
// absolute to the host the request names (r.Host; "localhost" when it is
// missing or malformed), with https when the request came over TLS.
func (s *Site) Handler() http.Handler { return s.handler }

// ArticleCount returns the number of real articles.
func (s *Site) ArticleCount() int { return s.n }

// Articles returns the canonical paths of every real article, newest first,
// each exactly once: what a correct crawler emits (as absolute URLs on the
// server's host), no more, no less. It builds the whole list (about 70
// bytes per article); on huge sites prefer ArticleCount and IsArticle.
func (s *Site) Articles() []string {
	out := make([]string, s.n)
	for i := range out {
		out[i] = s.path(i)
	}
	return out
}

// IsArticle reports whether path (no query, no host) is the canonical path
// of a real article, in time independent of the size of the site.
func (s *Site) IsArticle(path string) bool { return s.lookup(path) >= 0 }

// Hubs returns the paths of every listing page, all reachable by links
// from the home page, that a crawler must fetch but never emit: the home
// page, section fronts /{section}/, tag pages /tag/{tag}/, author pages
// /author/{name}/ and month archives /archive/{yyyy}/{mm}/, each with its
// pagination .../page/{n}/. Calendar, private and slow pages are not hubs
// (see Landmarks).
func (s *Site) Hubs() []string {
	out := []string{"/"}
	list := func(base string, q seq) {
		for k := range s.pageCount(q.length()) {
			out = append(out, pagePath(base, k+1))
		}
	}
	for k, sec := range s.sections {
		list("/"+sec+"/", s.sectionSeq(k))
	}
	for k := range numTags {
		if q := s.tagSeq(k); q.length() > 0 {
			list("/tag/"+tagName(k)+"/", q)
		}
	}
	for k := range authorNames {
		if q := s.authorSeq(k); q.length() > 0 {
			list("/author/"+s.authorSlugs[k]+"/", q)
		}
	}
	for m, old := s.newestMonth(), s.oldestMonth(); !m.before(old); m = m.prev() {
		if q := s.monthSeq(m); q.length() > 0 {
			list(archivePath(m), q)
		}
	}
	return out
}

// Disallowed returns the path prefix robots.txt disallows for every
// crawler: "/private/".
func (s *Site) Disallowed() string { return privatePrefix }

// Landmarks names the special pages of a Site by path. Fields are empty
// when the site is too small to have them.
type Landmarks struct {
	// Robots, Feed, SitemapIndex, NewsSitemap and ArticleSitemaps are the
	// discovery documents; robots.txt names the sitemap index, which names
	// the others; the home page announces the feed.
	Robots, Feed, SitemapIndex, NewsSitemap string
	ArticleSitemaps                         []string
	// Unavailable is the article that answers 503 with Retry-After: 1 to
	// its first request (any method, any query), 200 after; TooMany answers 429 once in the same
	// way (empty on sites of fewer than 2 or 3 articles). Reset re-arms
	// both.
	Unavailable, TooMany string
	// Redirect (/old/{slug}, linked from the home page) answers 301 to
	// RedirectTarget, an article.
	Redirect, RedirectTarget string
	// Missing is an article-shaped path linked from the home page and the
	// first section front that answers 404.
	Missing string
	// Calendar is the first page of the calendar trap /calendar/{yyyy}/{mm}/:
	// every month links to the next and previous ones, for years 1000 to
	// 9999.
	Calendar string
	// Private are pages under Disallowed(), linked from the home page;
	// one of them looks like an article in every respect.
	Private []string
	// Assets are non-HTML links: a PDF, a JPEG and a JSON document.
	Assets []string
	// External are links that leave the site (in every page footer).
	External []string
	// Slow is the slow page, "" unless Options.SlowDelay is set.
	Slow string
}

// Landmarks returns the special pages of the site.
func (s *Site) Landmarks() Landmarks {
	l := Landmarks{
		Robots:         "/robots.txt",
		Feed:           "/feed.xml",
		SitemapIndex:   "/sitemap_index.xml",
		NewsSitemap:    "/news-sitemap.xml",
		Unavailable:    s.unavailable,
		TooMany:        s.tooMany,
		Redirect:       s.redirectFrom,
		RedirectTarget: s.path(s.redirectTo),
		Missing:        s.missing,
		Calendar:       calendarStart,
		Private:        []string{privateDrafts, privateStory},
		Assets:         []string{"/files/report.pdf", "/img/photo.jpg", "/data.json"},
		External: []string{
			"https://external.example/about-us", "https://external.example/careers",
			"https://external.example/advertise", "https://external.example/privacy",
			"https://external.example/terms", "https://twitter.com/testgazette",
			"https://www.facebook.com/testgazette",
		},
	}
	for k := range s.sitemapCount() {
		l.ArticleSitemaps = append(l.ArticleSitemaps, s.sitemapPath(k))
	}
	if s.slowDelay > 0 {
		l.Slow = slowPath
	}
	return l
}

// AMP returns the path of the AMP version of the article at path:
// "/amp" + path. The AMP page names path as its rel=canonical.
func (s *Site) AMP(path string) string { return "/amp" + path }

// Requests returns a copy of the log of requests received since New or the
// last Reset, in arrival order (nil with Options.NoLog).
func (s *Site) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.log == nil {
		return nil
	}
	return append([]Request(nil), s.log...)
}

// RequestCount returns the number of requests received since New or the
// last Reset, counted even with Options.NoLog.
func (s *Site) RequestCount() int64 { return s.count.Load() }

// Reset clears the request log and the count and re-arms the flaky pages,
// so that one Site can serve several crawls.
func (s *Site) Reset() {
	s.mu.Lock()
	s.log = nil
	s.count.Store(0)
	s.served503.Store(false)
	s.served429.Store(false)
	s.mu.Unlock()
}

func (s *Site) record(r *http.Request) {
	s.count.Add(1)
	if s.noLog {
		return
	}
	req := Request{Method: r.Method, Path: r.URL.Path, RawQuery: r.URL.RawQuery, UserAgent: r.UserAgent(), Time: time.Now()}
	s.mu.Lock()
	s.log = append(s.log, req)
	s.mu.Unlock()
}

// origin returns scheme://host of r, with a host checked for characters
// that could break out of an attribute, JSON or XML.
func origin(r *http.Request) string {
	scheme := "http://"
	if r.TLS != nil {
		scheme = "https://"
	}
	host := r.Host
	ok := host != "" && len(host) <= 255
	for i := 0; ok && i < len(host); i++ {
		c := host[i]
		ok = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
			c == '.' || c == '-' || c == ':' || c == '[' || c == ']' || c == '_'
	}
	if !ok {
		host = "localhost"
	}
	return scheme + host
}

// serve answers one request.
func (s *Site) serve(w http.ResponseWriter, r *http.Request) {
	s.record(r)
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p, _ := s.pages.Get().(*page)
	if p == nil {
		p = &page{b: make([]byte, 0, 32<<10)}
	}
	p.b = p.b[:0]
	p.origin = origin(r)
	defer s.pages.Put(p)

	status := s.route(w, r, p)
	if status == 0 {
		return // streamed
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(p.b)))
	w.WriteHeader(status)
	_, _ = w.Write(p.b)
}

const (
	htmlType = "text/html; charset=utf-8"
	xmlType  = "application/xml; charset=utf-8"
)

// route writes the answer to r into p and returns its status, or 0 when it
// has written the answer itself.
func (s *Site) route(w http.ResponseWriter, r *http.Request, p *page) int {
	path := r.URL.Path
	switch path {
	case "/":
		setType(w, htmlType)
		s.homePage(p)
		return http.StatusOK
	case "/robots.txt":
		setType(w, "text/plain; charset=utf-8")
		s.robots(p)
		return http.StatusOK
	case "/sitemap_index.xml":
		setType(w, xmlType)
		s.sitemapIndexDoc(p)
		return http.StatusOK
	case "/news-sitemap.xml":
		setType(w, xmlType)
		s.newsSitemap(p)
		return http.StatusOK
	case "/feed.xml":
		setType(w, "application/rss+xml; charset=utf-8")
		s.feed(p)
		return http.StatusOK
	case "/files/report.pdf":
		setType(w, "application/pdf")
		p.byt(s.pdf)
		return http.StatusOK
	case "/img/photo.jpg":
		setType(w, "image/jpeg")
		p.byt(s.jpeg)
		return http.StatusOK
	case "/data.json":
		setType(w, "application/json")
		p.byt(s.json)
		return http.StatusOK
	case privateDrafts:
		setType(w, htmlType)
		s.simplePage(p, privateDrafts, "Drafts", "<ul><li><a href=\""+privateStory+"\">Embargoed budget leak</a></li></ul>\n")
		return http.StatusOK
	case privateStory:
		setType(w, htmlType)
		s.privateStoryPage(p)
		return http.StatusOK
	case slowPath:
		if s.slowDelay > 0 {
			t := time.NewTimer(s.slowDelay)
			select {
			case <-t.C:
			case <-r.Context().Done():
				t.Stop()
				return http.StatusServiceUnavailable
			}
			setType(w, htmlType)
			s.simplePage(p, slowPath, "Live blog", "<p>Updates will appear here.</p>\n")
			return http.StatusOK
		}
	case s.redirectFrom:
		w.Header().Set("Location", p.origin+s.path(s.redirectTo))
		setType(w, htmlType)
		p.str("<!DOCTYPE html>\n<title>Moved</title><p>Moved permanently.</p>\n")
		return http.StatusMovedPermanently
	}
	if k := s.sitemapIndex(path); k >= 0 {
		setType(w, "application/gzip")
		if r.Method == http.MethodHead {
			w.WriteHeader(http.StatusOK)
			return 0
		}
		w.WriteHeader(http.StatusOK)
		_ = s.articleSitemap(w, p, k) // a write error means the client left
		return 0
	}

	first, rest, _ := strings.Cut(strings.TrimPrefix(path, "/"), "/")
	if !strings.HasPrefix(path, "/") {
		first = "" // no route
	}
	switch first {
	case "tag":
		name, rest, ok := strings.Cut(rest, "/")
		if k := tagIndex(name); ok && k >= 0 {
			if n, ok := s.pageNumber(rest, s.tagSeq(k)); ok {
				setType(w, htmlType)
				s.listPage(p, "/tag/"+name+"/", s.tagTitles[k], "tag", s.tagSeq(k), n, "")
				return http.StatusOK
			}
		}
	case "author":
		name, rest, ok := strings.Cut(rest, "/")
		if k := authorIndex(name); ok && k >= 0 {
			if n, ok := s.pageNumber(rest, s.authorSeq(k)); ok {
				setType(w, htmlType)
				s.listPage(p, "/author/"+name+"/", authorNames[k], "author", s.authorSeq(k), n, "")
				return http.StatusOK
			}
		}
	case "archive":
		if m, rest, ok := parseMonth(rest); ok {
			if q := s.monthSeq(m); q.length() > 0 {
				if n, ok := s.pageNumber(rest, q); ok {
					setType(w, htmlType)
					s.listPage(p, archivePath(m), "Archive: "+time.Month(m.m).String()+" "+strconv.Itoa(m.y), "archive", q, n, "")
					return http.StatusOK
				}
			}
		}
	case "calendar":
		if m, rest, ok := parseMonth(rest); ok && rest == "" && m.y >= minCalendarYear && m.y <= maxCalendarYear {
			setType(w, htmlType)
			s.calendarPage(p, m)
			return http.StatusOK
		}
	case "amp":
		if i := s.lookup(path[len("/amp"):]); i >= 0 {
			setType(w, htmlType)
			s.ampPage(p, i)
			return http.StatusOK
		}
	default:
		if k := s.sectionIndex(first); k >= 0 {
			if n, ok := s.pageNumber(rest, s.sectionSeq(k)); ok {
				extra := ""
				if k == 0 && n == 1 {
					extra = "<article class=\"teaser\">\n<h3><a href=\"" + s.missing + "\">A story that was taken down</a></h3>\n</article>\n"
				}
				setType(w, htmlType)
				s.listPage(p, "/"+first+"/", s.sectionTitles[k], "section", s.sectionSeq(k), n, extra)
				return http.StatusOK
			}
			if i := s.lookup(path); i >= 0 {
				if path == s.unavailable && s.served503.CompareAndSwap(false, true) {
					return s.refuse(w, p, http.StatusServiceUnavailable)
				}
				if path == s.tooMany && s.served429.CompareAndSwap(false, true) {
					return s.refuse(w, p, http.StatusTooManyRequests)
				}
				setType(w, htmlType)
				s.articlePage(p, i)
				return http.StatusOK
			}
		}
	}
	setType(w, htmlType)
	s.simplePage(p, path, "Page not found", "<p>Sorry, we could not find that page. Try the <a href=\"/\">home page</a>.</p>\n")
	return http.StatusNotFound
}

// refuse writes a 503 or 429 answer with Retry-After: 1.
func (s *Site) refuse(w http.ResponseWriter, p *page, status int) int {
	w.Header().Set("Retry-After", "1")
	setType(w, htmlType)
	p.str("<!DOCTYPE html>\n<title>")
	p.str(http.StatusText(status))
	p.str("</title><p>Please try again in a moment.</p>\n")
	return status
}

// pageNumber parses the rest of a listing path: "" is page 1, "page/{n}/"
// page n for 2 <= n <= the last page of q.
func (s *Site) pageNumber(rest string, q seq) (int, bool) {
	if rest == "" {
		return 1, true
	}
	digits, ok := strings.CutPrefix(rest, "page/")
	if !ok {
		return 0, false
	}
	digits, ok = strings.CutSuffix(digits, "/")
	n, ok2 := atoi(digits)
	if !ok || !ok2 || n < 2 || digits[0] == '0' || n > s.pageCount(q.length()) {
		return 0, false
	}
	return n, true
}

// parseMonth parses "yyyy/mm/" at the start of rest.
func parseMonth(rest string) (month, string, bool) {
	if len(rest) < 8 || rest[4] != '/' || rest[7] != '/' {
		return month{}, "", false
	}
	y, ok1 := atoi(rest[:4])
	m, ok2 := atoi(rest[5:7])
	if !ok1 || !ok2 || m < 1 || m > 12 {
		return month{}, "", false
	}
	return month{y, m}, rest[8:], true
}
