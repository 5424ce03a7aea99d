package discover

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func TestParseFeed(t *testing.T) {
	t.Parallel()
	utc := func(s string) time.Time { return date(t, s).UTC() }
	rss := []Entry{
		{URL: "https://www.example-news.com/politik/bundestag-beschliesst-haushalt-a-1234567.html?utm_source=rss",
			Title: "Bundestag beschließt Haushalt & Schuldenbremse", Published: utc("2024-05-03T07:45:00Z"), Lang: "de-DE"},
		{URL: "https://www.example-news.com/politik/ohne-link-mit-guid-a-1234568.html",
			Title: "Ohne Link, mit Permalink-GUID", Published: utc("2024-05-03T08:00:00Z"), Lang: "de-DE"},
		{URL: "https://www.example-news.com/politik/kaputtes-datum-a-1234570.html", Title: "Kaputtes Datum", Lang: "de-DE"},
	}
	tests := []struct {
		name    string
		body    []byte
		want    []Entry
		wantErr error
	}{
		{"rss 2.0", readFixture(t, "feed-rss2.xml"), rss, nil},
		{"gzipped rss 2.0", gzipBytes(t, readFixture(t, "feed-rss2.xml")), rss, nil},
		{"atom", readFixture(t, "feed-atom.xml"), []Entry{
			{URL: "https://www.example-times.com/2024/05/03/world/ceasefire-talks-resume-cairo.html", Title: "Ceasefire talks resume in Cairo",
				Published: utc("2024-05-03T13:30:00Z"), Modified: utc("2024-05-03T15:02:00Z"), Lang: "en"},
			// gofeed fills a missing date from the other.
			{URL: "/2024/05/02/world/relative-link-entry.html", Title: "Relative link entry",
				Published: utc("2024-05-02T08:00:00Z"), Modified: utc("2024-05-02T08:00:00Z"), Lang: "en"},
		}, nil},
		{"rss 1.0", readFixture(t, "feed-rss1.rdf"), []Entry{
			{URL: "https://www.example.jp/news/20240503-123456/", Title: "東京で新しい駅が開業",
				Published: utc("2024-05-03T01:00:00Z"), Modified: utc("2024-05-03T01:00:00Z"), Lang: "ja"},
		}, nil},
		{"json feed", readFixture(t, "feed.json"), []Entry{
			{URL: "https://blog.example.org/2024/05/03/json-feeds-are-still-around/", Title: "JSON feeds are still around",
				Published: utc("2024-05-03T06:00:00Z"), Modified: utc("2024-05-03T08:00:00Z"), Lang: "en-GB"},
		}, nil},
		{"empty channel", []byte(`<rss version="2.0"><channel><title>x</title></channel></rss>`), nil, nil},
		{"sitemap", readFixture(t, "sitemap-news.xml"), nil, ErrNotFeed},
		{"html", readFixture(t, "page-feeds.html"), nil, ErrNotFeed},
		{"empty", nil, nil, ErrNotFeed},
		{"broken gzip", []byte{0x1f, 0x8b, 0x08, 0x00, 0x01}, nil, ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := ParseFeed(bytes.NewReader(tt.body))
			if tt.wantErr != nil {
				assert.ErrorIs(t, err, tt.wantErr)
			} else {
				require.NoError(t, err)
			}
			// Compare instants: gofeed keeps the feed's zones.
			for i := range got {
				got[i].Published, got[i].Modified = utcOrZero(got[i].Published), utcOrZero(got[i].Modified)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func utcOrZero(t time.Time) time.Time {
	if t.IsZero() {
		return time.Time{}
	}
	return t.UTC()
}

func TestParseFeedTooLarge(t *testing.T) {
	t.Parallel()
	for _, b := range []struct{ prefix, fill string }{
		{`<rss version="2.0"><channel><title>`, "a"},
		{`<rss version="2.0"><channel><item a0="" `, "b"},
		{`<rss version="2.0"><channel>`, "<item><title>x</title><link>https://a.example/</link></item>"},
		{`{"version":"https://jsonfeed.org/version/1.1","items":[`, `{"url":"https://a.example/"},`},
		{`<rss version="2.0"><channel>`, "<item/>"},
		{`<feed xmlns="http://www.w3.org/2005/Atom"><entry>`, "<x:y/>"},
	} {
		z := bomb(t, b.prefix, b.fill, 64<<20)
		start := time.Now()
		_, err := ParseFeed(bytes.NewReader(z))
		assert.ErrorIs(t, err, ErrTooLarge)
		assert.Less(t, time.Since(start), 20*time.Second)
	}
}

func TestFeedLinks(t *testing.T) {
	t.Parallel()
	doc, err := html.Parse(bytes.NewReader(readFixture(t, "page-feeds.html")))
	require.NoError(t, err)
	base := mustURL(t, "https://www.example-news.com/politik/index.html")
	assert.Equal(t, []string{
		"https://www.example-news.com/politik/index.rss",
		"https://www.example-news.com/politik/atom.xml",
		"https://www.example-news.com/politik/feed.json",
		"https://www.example-news.com/body-feed.rss",
	}, FeedLinks(doc, base))

	// Without <base>, relative links resolve against base; without base
	// they are skipped.
	doc, err = html.Parse(strings.NewReader(`<link rel=alternate type=application/rss+xml href=feed.xml>` +
		`<link rel=alternate type=application/atom+xml href="https://a.example/atom">`))
	require.NoError(t, err)
	assert.Equal(t, []string{"https://a.example/x/feed.xml", "https://a.example/atom"}, FeedLinks(doc, mustURL(t, "https://a.example/x/y")))
	assert.Equal(t, []string{"https://a.example/atom"}, FeedLinks(doc, nil))
	assert.Nil(t, FeedLinks(nil, base))

	// Deep trees (html.Parse allows 512 levels) are walked without
	// recursion; the result is capped.
	var b strings.Builder
	b.WriteString(strings.Repeat("<div>", 500))
	for i := range 80 {
		b.WriteString(`<link rel="alternate" type="application/rss+xml" href="/f` + string(rune('a'+i%26)) + strings.Repeat("x", i) + `">`)
	}
	doc, err = html.Parse(strings.NewReader(b.String()))
	require.NoError(t, err)
	assert.Len(t, FeedLinks(doc, base), maxFeedLinks)
}
