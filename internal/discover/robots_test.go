package discover

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return b
}

// TestRobotsRFC9309 checks the example file of RFC 9309 section 5.1 for
// each of its crawlers.
func TestRobotsRFC9309(t *testing.T) {
	t.Parallel()
	file := readFixture(t, "robots-rfc9309.txt")
	tests := []struct {
		agent, path string
		want        bool
	}{
		// "*" group.
		{"otherbot/1.0", "/", true},
		{"otherbot/1.0", "/example/", false},
		{"otherbot/1.0", "/example/page.html", false},
		{"otherbot/1.0", "/publications/", true},
		{"otherbot/1.0", "/images/cat.gif", false},
		{"otherbot/1.0", "/images/cat.gif?size=2", true}, // $ anchors the end
		{"otherbot/1.0", "/images/cat.GIF", true},
		// foobot: everything disallowed but two pages.
		{"FooBot/2.0 (+https://foo.example)", "/", false},
		{"foobot", "/example/page.html", true},
		{"foobot", "/example/allowed.gif", true},
		{"foobot", "/example/other.html", false},
		{"foobot", "/robots.txt", true},
		// barbot and bazbot share a group; "*" rules do not apply.
		{"barbot", "/example/page.html", false},
		{"bazbot", "/example/page.html", false},
		{"bazbot", "/example/", true},
		{"bazbot", "/images/cat.gif", true},
		// quxbot's group is empty: everything allowed.
		{"quxbot", "/example/page.html", true},
	}
	for _, tt := range tests {
		t.Run(tt.agent+tt.path, func(t *testing.T) {
			t.Parallel()
			r := ParseRobots(bytes.NewReader(file), tt.agent)
			assert.Equal(t, tt.want, r.Allowed(tt.path))
		})
	}
}

func TestRobotsMatching(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, file, path string
		want             bool
	}{
		// RFC 9309 section 5.2: the longest match wins.
		{"longest match", "User-agent: *\nAllow: /example/page/\nDisallow: /example/page/disallowed.gif\n", "/example/page/disallowed.gif", false},
		{"longest match allow", "User-agent: *\nAllow: /example/page/\nDisallow: /example/page/disallowed.gif\n", "/example/page/allowed.gif", true},
		{"allow wins tie", "User-agent: *\nDisallow: /page\nAllow: /page\n", "/page", true},
		{"allow wins tie order", "User-agent: *\nAllow: /page\nDisallow: /page\n", "/page", true},
		{"longer disallow wins", "User-agent: *\nAllow: /p\nDisallow: /page\n", "/page", false},
		{"prefix match", "User-agent: *\nDisallow: /fish\n", "/fish.html", false},
		{"prefix no match", "User-agent: *\nDisallow: /fish\n", "/Fish.html", true},
		{"query matched", "User-agent: *\nDisallow: /*?*sort=\n", "/news?page=2&sort=asc", false},
		{"query not matched", "User-agent: *\nDisallow: /*?*sort=\n", "/news?page=2", true},
		// Section 2.2.3: special characters.
		{"dollar exact", "User-agent: *\nDisallow: /\nAllow: /this/path/exactly$\n", "/this/path/exactly", true},
		{"dollar longer", "User-agent: *\nDisallow: /\nAllow: /this/path/exactly$\n", "/this/path/exactly/not", false},
		{"star", "User-agent: *\nDisallow: /\nAllow: /this/*/exactly\n", "/this/path/but/exactly", true},
		{"star end", "User-agent: *\nDisallow: /*.php$\n", "/index.php", false},
		{"star end query", "User-agent: *\nDisallow: /*.php$\n", "/index.php?x=1", true},
		{"many stars", "User-agent: *\nDisallow: /a*b*c*d$\n", "/axxbyyczzd", false},
		{"comment", "User-agent: * # all\nDisallow: /private # secret\n", "/private/x", false},
		// Section 2.2.2: percent-encoding.
		{"query pattern", "User-agent: *\nDisallow: /foo/bar?baz=quz\n", "/foo/bar?baz=quz", false},
		{"utf8 pattern", "User-agent: *\nDisallow: /foo/bar/ツ\n", "/foo/bar/%E3%83%84", false},
		{"escaped pattern", "User-agent: *\nDisallow: /foo/bar/%E3%83%84\n", "/foo/bar/ツ", false},
		{"lower-case escapes", "User-agent: *\nDisallow: /foo/bar/%e3%83%84\n", "/foo/bar/%E3%83%84", false},
		{"unreserved escapes", "User-agent: *\nDisallow: /foo/bar/%62%61%7A\n", "/foo/bar/baz", false},
		{"encoded slash differs", "User-agent: *\nDisallow: /a/b\n", "/a%2Fb", true},
		// Groups and agents.
		{"empty disallow", "User-agent: *\nDisallow:\n", "/anything", true},
		{"no group", "Disallow: /\n", "/x", true},
		{"rules before group ignored", "Disallow: /\nUser-agent: *\nDisallow: /a\n", "/x", true},
		{"no star group", "User-agent: otherbot\nDisallow: /\n", "/x", true},
		{"agent case", "User-agent: SCOOP\nDisallow: /x\n", "/x", false},
		{"agent with version", "User-agent: scoop/2.0\nDisallow: /x\n", "/x", false},
		{"agent prefix is not agent", "User-agent: scoopbot\nDisallow: /x\n", "/x", true},
		{"own group beats star", "User-agent: *\nDisallow: /\n\nUser-agent: scoop\nDisallow: /x\n", "/y", true},
		{"own groups merged", "User-agent: scoop\nDisallow: /a\n\nUser-agent: other\nDisallow: /b\n\nUser-agent: scoop\nDisallow: /c\n", "/c", false},
		{"sitemap does not end agents", "User-agent: a\nSitemap: https://x.example/s.xml\nUser-agent: scoop\nDisallow: /x\n", "/x", false},
		{"misspelled keys", "useragent: *\ndissallow: /x\n", "/x/y", false},
		{"full url", "User-agent: *\nDisallow: /private\n", "https://example.com/private/a?b", false},
		{"missing slash", "User-agent: *\nDisallow: /private\n", "private", false},
		{"fragment ignored", "User-agent: *\nDisallow: /a$\n", "/a#top", false},
		{"cr line ends", "User-agent: *\rDisallow: /x\r", "/x", false},
		{"bom", "\ufeffUser-agent: *\nDisallow: /x\n", "/x", false},
		{"garbage", "\x00\x01<html><body>Not found</body></html>", "/x", true},
		{"empty", "", "/x", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := ParseRobots(strings.NewReader(tt.file), "scoop/1.0 (+https://scoop.example/bot)")
			assert.Equal(t, tt.want, r.Allowed(tt.path))
		})
	}
}

func TestRobotsNewsSite(t *testing.T) {
	t.Parallel()
	file := readFixture(t, "robots-news.txt")
	sitemaps := []string{"https://www.example-news.com/sitemaps/news.xml", "https://www.example-news.com/sitemaps/index.xml"}
	type result struct {
		Delay    time.Duration
		Allowed  map[string]bool
		Sitemaps []string
	}
	paths := []string{"/", "/politik/a-1.html", "/search?q=x", "/api/public/x", "/api/private", "/paywall/x", "/paywall/free-x",
		"/sport/liveticker/123", "/data/x.json", "/data/x.json?y", "/preview/x", "/politik/a-1.html?service=print"}
	tests := []struct {
		agent string
		want  result
	}{
		{"scoop/1.0", result{500 * time.Millisecond, map[string]bool{
			"/": true, "/politik/a-1.html": true, "/search?q=x": true, "/api/public/x": true, "/api/private": true,
			"/paywall/x": false, "/paywall/free-x": true, "/sport/liveticker/123": false, "/data/x.json": true,
			"/data/x.json?y": true, "/preview/x": true, "/politik/a-1.html?service=print": true}, sitemaps}},
		{"Mozilla/5.0 (compatible; otherbot/2.1)", result{2 * time.Second, map[string]bool{
			"/": true, "/politik/a-1.html": true, "/search?q=x": false, "/api/public/x": true, "/api/private": false,
			"/paywall/x": true, "/paywall/free-x": true, "/sport/liveticker/123": true, "/data/x.json": false,
			"/data/x.json?y": true, "/preview/x": false, "/politik/a-1.html?service=print": false}, sitemaps}},
		{"GPTBot/1.0", result{0, map[string]bool{
			"/": false, "/politik/a-1.html": false, "/search?q=x": false, "/api/public/x": false, "/api/private": false,
			"/paywall/x": false, "/paywall/free-x": false, "/sport/liveticker/123": false, "/data/x.json": false,
			"/data/x.json?y": false, "/preview/x": false, "/politik/a-1.html?service=print": false}, sitemaps}},
		{"bingbot/2.0", result{10 * time.Second, map[string]bool{
			"/": true, "/politik/a-1.html": true, "/search?q=x": false, "/api/public/x": true, "/api/private": true,
			"/paywall/x": true, "/paywall/free-x": true, "/sport/liveticker/123": true, "/data/x.json": true,
			"/data/x.json?y": true, "/preview/x": true, "/politik/a-1.html?service=print": true}, sitemaps}},
	}
	for _, tt := range tests {
		t.Run(tt.agent, func(t *testing.T) {
			t.Parallel()
			r := ParseRobots(bytes.NewReader(file), tt.agent)
			got := result{Delay: r.CrawlDelay(), Allowed: map[string]bool{}, Sitemaps: r.Sitemaps()}
			for _, p := range paths {
				got.Allowed[p] = r.Allowed(p)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestRobotsCrawlDelayAndSitemaps(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, file string
		delay      time.Duration
		sitemaps   []string
	}{
		{"crlf fixture", string(readFixture(t, "robots-crlf.txt")), 5 * time.Second, []string{"https://www.example.org/sitemap.xml"}},
		{"fraction", "User-agent: *\nCrawl-delay: 1.5\n", 1500 * time.Millisecond, nil},
		{"capped", "User-agent: *\nCrawl-delay: 86400\n", MaxCrawlDelay, nil},
		{"negative", "User-agent: *\nCrawl-delay: -3\n", 0, nil},
		{"nan", "User-agent: *\nCrawl-delay: NaN\n", 0, nil},
		{"garbage", "User-agent: *\nCrawl-delay: soon\n", 0, nil},
		{"first wins", "User-agent: *\nCrawl-delay: 3\nCrawl-delay: 9\n", 3 * time.Second, nil},
		{"other group", "User-agent: other\nCrawl-delay: 3\n", 0, nil},
		{"sitemap anywhere", "Sitemap: https://a.example/1.xml\nUser-agent: x\nSitemap: HTTPS://a.example/2.xml\nSitemap: ftp://a.example/3.xml\n", 0,
			[]string{"https://a.example/1.xml", "HTTPS://a.example/2.xml"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := ParseRobots(strings.NewReader(tt.file), "scoop")
			assert.Equal(t, tt.delay, r.CrawlDelay())
			assert.Equal(t, tt.sitemaps, r.Sitemaps())
		})
	}
}

func TestRobotsHelpers(t *testing.T) {
	t.Parallel()
	var nilRobots *Robots
	assert.True(t, nilRobots.Allowed("/x"))
	assert.Zero(t, nilRobots.CrawlDelay())
	assert.Nil(t, nilRobots.Sitemaps())
	assert.True(t, AllowAll().Allowed("/x"))
	assert.False(t, DisallowAll().Allowed("/x"))
	assert.False(t, DisallowAll().Allowed("/"))
	assert.True(t, DisallowAll().Allowed("/robots.txt"))
	// Sitemaps returns a copy.
	r := ParseRobots(strings.NewReader("Sitemap: https://a.example/s.xml\n"), "scoop")
	r.Sitemaps()[0] = "changed"
	assert.Equal(t, []string{"https://a.example/s.xml"}, r.Sitemaps())
}

// TestRobotsHostile checks the size cap: rules past 500 KiB are not read,
// and a huge line or pathological patterns neither panic nor hang.
func TestRobotsHostile(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString("User-agent: *\n")
	for b.Len() < MaxRobotsBytes {
		b.WriteString("Disallow: /filler/path/to/nowhere\n")
	}
	b.WriteString("Disallow: /late\n")
	r := ParseRobots(strings.NewReader(b.String()), "scoop")
	assert.True(t, r.Allowed("/late"))
	assert.False(t, r.Allowed("/filler/path/to/nowhere/x"))

	long := "User-agent: *\nDisallow: /" + strings.Repeat("a", 2*MaxRobotsBytes) + "\n"
	r = ParseRobots(strings.NewReader(long), "scoop")
	assert.True(t, r.Allowed("/b"))

	stars := "User-agent: *\nDisallow: /" + strings.Repeat("*a", 2000) + "b$\n"
	r = ParseRobots(strings.NewReader(stars), "scoop")
	start := time.Now()
	assert.True(t, r.Allowed("/"+strings.Repeat("a", 2000)))
	assert.Less(t, time.Since(start), 10*time.Second)
}
