package discover

import (
	"net/url"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// benchLinks are hrefs as they stand on a news front page: relative and
// absolute, with tracking parameters and fragments.
var benchLinks = []string{
	"/politik/ausland/wahl-in-frankreich-macron-verliert-mehrheit-a-1234567.html",
	"https://www.example-news.com/wirtschaft/inflation-sinkt-auf-2-prozent-a-1234568.html?utm_source=twitter&utm_medium=social",
	"../sport/fussball/",
	"/politik/",
	"https://www.example-news.com/2024/05/03/some-long-story-slug-here/#comments",
	"//cdn.example-news.com/img/2024/05/03/photo.jpg",
	"story-two.html?page=2",
	"https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.example-news.com%2Fa",
	"/thema/klimawandel",
	"https://WWW.Example-News.com:443/kultur/kino/cannes-festival-eroeffnet-1.6543210?ref=rss#top",
}

// BenchmarkCanonical canonicalises one link of benchLinks per iteration
// against the page's URL.
func BenchmarkCanonical(b *testing.B) {
	base, err := url.Parse("https://www.example-news.com/politik/ausland/index.html")
	require.NoError(b, err)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		got, err := Canonical(base, benchLinks[i%len(benchLinks)])
		if err != nil || got == "" {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkNetURL is the baseline: what colly does per link, url.Parse,
// ResolveReference and String, without any normalisation.
func BenchmarkNetURL(b *testing.B) {
	base, err := url.Parse("https://www.example-news.com/politik/ausland/index.html")
	require.NoError(b, err)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		u, err := url.Parse(benchLinks[i%len(benchLinks)])
		if err != nil {
			b.Fatal(err)
		}
		if base.ResolveReference(u).String() == "" {
			b.Fatal("empty")
		}
		i++
	}
}

// benchURLs are canonical URLs of all kinds.
var benchURLs = []string{
	"https://www.example-news.com/politik/ausland/wahl-in-frankreich-macron-verliert-mehrheit-a-1234567.html",
	"https://www.example-news.com/2024/05/03/some-long-story-slug-here/",
	"https://www.example-news.com/politik/",
	"https://www.example-news.com/thema/klimawandel",
	"https://www.example-news.com/politik/page/2/",
	"https://cdn.example-news.com/img/2024/05/03/photo.jpg",
	"https://www.example-news.com/kultur/kino/cannes-festival-eroeffnet-1.6543210",
	"https://www.example-news.com/search?q=wahl",
	"https://www.example-news.com/feed/",
	"https://www.example-news.com/impressum.html",
}

// BenchmarkClassifyURL classifies one URL of benchURLs per iteration.
func BenchmarkClassifyURL(b *testing.B) {
	b.ReportAllocs()
	i := 0
	n := 0
	for b.Loop() {
		if ClassifyURL(benchURLs[i%len(benchURLs)]) == Article {
			n++
		}
		i++
	}
	if n == 0 {
		b.Fatal("no article")
	}
}

// BenchmarkTrap checks one URL of benchURLs per iteration.
func BenchmarkTrap(b *testing.B) {
	now := time.Date(2024, 5, 3, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if Trap(benchURLs[i%len(benchURLs)], now) != "" {
			b.Fatal("trap")
		}
		i++
	}
}
