package discover

import (
	"bytes"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// seedFixtures adds every testdata file to the corpus of f.
func seedFixtures(f *testing.F, pattern string) {
	f.Helper()
	names, _ := filepath.Glob(filepath.Join("testdata", pattern))
	for _, n := range names {
		if b, err := os.ReadFile(n); err == nil {
			f.Add(b)
		}
	}
}

// FuzzCanonical checks that Canonical never panics, that what it returns
// is an absolute http(s) URL of printable ASCII without fragment, and a
// fixed point; and that FoldAMP, ClassifyURL and Trap never panic on the
// link or the result.
func FuzzCanonical(f *testing.F) {
	for _, s := range []struct{ base, link string }{
		{"https://www.example.com/politik/a.html?x=1", "../b/c.html?utm_source=x&b=2&a=1#top"},
		{"", "HTTPS://WWW.Example.COM:443/a/./b/../c//d?fbclid=1"},
		{"https://a.example/", "//cdn.example.org/x"},
		{"http://a.example/x/y", "?page=2"},
		{"", "https://www.zürich.ch/caf%c3%a9 x?q=a+b&q=%7e"},
		{"", "https://www-example-com.cdn.ampproject.org/c/s/www.example.com/a/amp/?amp=1"},
		{"", "http://[2001:DB8::1]:8080/a;jsessionid=1"},
		{"https://a.example/", "javascript:void(0)"},
		{"", "https://www.example.com/calendar/2031/05/?date=2031-05-01&_=1714736400123"},
		{"", "https://www.example.com/2024/05/03/some-story-slug-here/"},
		{"https://a.example/", "https:other"},
		{"", "http://a.com:0080/%2e%2E/%zz/100%"},
	} {
		f.Add(s.base, s.link)
	}
	f.Fuzz(func(t *testing.T, base, link string) {
		var b *url.URL
		if base != "" {
			b, _ = url.Parse(base)
		}
		now := time.Date(2024, 5, 3, 0, 0, 0, 0, time.UTC)
		_ = ClassifyURL(link)
		_ = Trap(link, now)
		_, _ = FoldAMP(link)
		got, err := Canonical(b, link)
		if err != nil {
			if got != "" {
				t.Fatalf("error %v with result %q", err, got)
			}
			if !errors.Is(err, ErrInvalidURL) && !errors.Is(err, ErrScheme) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if !strings.HasPrefix(got, "http://") && !strings.HasPrefix(got, "https://") {
			t.Fatalf("not http(s): %q", got)
		}
		for i := 0; i < len(got); i++ {
			if c := got[i]; c <= ' ' || c >= 0x7f || c == '#' {
				t.Fatalf("byte %q in %q", c, got)
			}
		}
		again, err := Canonical(nil, got)
		if err != nil || again != got {
			t.Fatalf("not a fixed point: %q -> %q, %v", got, again, err)
		}
		if _, err := url.Parse(got); err != nil {
			t.Fatalf("result does not parse: %q: %v", got, err)
		}
		_ = ClassifyURL(got)
		_ = Trap(got, now)
		if folded, ok := FoldAMP(got); ok {
			if f2, err := Canonical(nil, folded); err != nil || f2 != folded {
				t.Fatalf("FoldAMP result not canonical: %q -> %q", got, folded)
			}
		}
	})
}

// FuzzParseRobots checks that ParseRobots never panics, that its Robots
// answers within bounds, and that /robots.txt is always allowed.
func FuzzParseRobots(f *testing.F) {
	seedFixtures(f, "robots-*.txt")
	f.Add([]byte("User-agent: *\nDisallow: /*a*b*c$\nAllow: /%7e\nCrawl-delay: 1e9\nSitemap: https://x/s.xml"))
	f.Add([]byte("\ufeffuser-agent:scoop\r\ndisallow:/\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, ua := range []string{"scoop/1.0", "Googlebot", ""} {
			r := ParseRobots(bytes.NewReader(data), ua)
			for _, p := range []string{"/", "/a/b?c=d", "/%E3%83%84", "https://x.example/y", "", "*", "/robots.txt"} {
				_ = r.Allowed(p)
			}
			if !r.Allowed("/robots.txt") {
				t.Fatal("/robots.txt disallowed")
			}
			if d := r.CrawlDelay(); d < 0 || d > MaxCrawlDelay {
				t.Fatalf("crawl delay %v", d)
			}
			for _, s := range r.Sitemaps() {
				if !hasPrefixFold(s, "http://") && !hasPrefixFold(s, "https://") {
					t.Fatalf("sitemap %q", s)
				}
			}
		}
	})
}

// FuzzParseSitemap checks that ParseSitemap and Sniff never panic, stay
// within their limits and return entries only with a URL.
func FuzzParseSitemap(f *testing.F) {
	seedFixtures(f, "sitemap*")
	f.Add(gzipBytes(f, []byte("<urlset><url><loc>https://a.example/</loc></url></urlset>")))
	f.Add([]byte("<urlset><url><loc>https://a.example/?a=1&b=2</loc><news:news><news:title>&nbsp;x</news:title></news:news></url>"))
	f.Add([]byte("https://a.example/1\nhttps://a.example/2"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = Sniff("application/xml", data)
		entries, _, err := ParseSitemap(bytes.NewReader(data))
		if len(entries) > MaxSitemapURLs {
			t.Fatalf("%d entries", len(entries))
		}
		if err == nil && len(entries) > 0 && entries[0].URL == "" {
			t.Fatal("entry without URL")
		}
		for _, e := range entries {
			if e.URL == "" {
				t.Fatal("entry without URL")
			}
		}
		if err != nil && !errors.Is(err, ErrNotSitemap) && !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrTooLarge) {
			t.Fatalf("unexpected error %v", err)
		}
	})
}

// FuzzParseFeed checks that ParseFeed never panics (nor gofeed under it:
// ParseFeed recovers, but the fuzzer should see it), returns entries with
// a URL, and only its own errors.
func FuzzParseFeed(f *testing.F) {
	seedFixtures(f, "feed*")
	f.Add([]byte(`<rss><channel><item><link>x</link><pubDate>Fri, 03 May 2024</pubDate></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="/a"/></entry></feed>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[{"url":"/a"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		entries, err := ParseFeed(bytes.NewReader(data))
		if err != nil {
			if strings.Contains(err.Error(), "parser panic") {
				t.Fatalf("gofeed panicked: %v", err)
			}
			if !errors.Is(err, ErrNotFeed) && !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrTooLarge) {
				t.Fatalf("unexpected error %v", err)
			}
		}
		if len(entries) > MaxFeedItems {
			t.Fatalf("%d entries", len(entries))
		}
		for _, e := range entries {
			if e.URL == "" {
				t.Fatal("entry without URL")
			}
			if !utf8.ValidString(e.Title) && utf8.Valid(data) {
				t.Fatalf("invalid title %q", e.Title)
			}
		}
	})
}
