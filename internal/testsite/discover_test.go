package testsite

// These tests hold the site against the crawler's own building blocks in
// internal/discover, so that URL shapes, robots.txt, sitemaps and feeds
// are read the way the crawler reads them.

import (
	"bytes"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/newsscoop/scoop/internal/discover"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDiscoverClassify(t *testing.T) {
	t.Parallel()
	for _, opts := range []Options{{}, {Huge: true, Articles: 5000}} {
		s := New(opts)
		l := s.Landmarks()
		now := time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)
		for _, p := range s.Articles() {
			u := "http://127.0.0.1:1234" + p
			assert.Equal(t, discover.Article, discover.ClassifyURL(u), p)
			assert.Empty(t, discover.Trap(u, now), p)
			folded, ok := discover.FoldAMP("http://127.0.0.1:1234" + s.AMP(p))
			assert.True(t, ok, p)
			assert.Equal(t, u, folded)
			c, err := discover.Canonical(nil, u+"?utm_source=gazette&utm_medium=teaser#comments")
			require.NoError(t, err)
			assert.Equal(t, u, c)
		}
		for _, p := range s.Hubs() {
			assert.Equal(t, discover.Hub, discover.ClassifyURL("http://127.0.0.1:1234"+p), p)
		}
		for _, p := range l.Assets[:2] {
			assert.Equal(t, discover.Asset, discover.ClassifyURL("http://127.0.0.1:1234"+p), p)
		}
		for _, p := range append([]string{l.Feed, l.SitemapIndex, l.NewsSitemap}, l.ArticleSitemaps...) {
			assert.Equal(t, discover.Feed, discover.ClassifyURL("http://127.0.0.1:1234"+p), p)
		}
		assert.Equal(t, discover.Article, discover.ClassifyURL("http://127.0.0.1:1234"+l.Missing))
		assert.Empty(t, discover.Trap("http://h"+l.Calendar, now))
		assert.Equal(t, discover.TrapCalendar, discover.Trap("http://h/calendar/2029/10/", now))
	}
}

func TestDiscoverRobotsSitemapsFeed(t *testing.T) {
	t.Parallel()
	s := New(Options{CrawlDelay: 250 * time.Millisecond})
	srv := server(t, s)
	robots := discover.ParseRobots(bytes.NewReader(get(t, srv, "/robots.txt").body), "scoop/1.0 (+https://example.org)")
	assert.Equal(t, 250*time.Millisecond, robots.CrawlDelay())
	assert.Equal(t, []string{srv.URL + "/sitemap_index.xml"}, robots.Sitemaps())
	for _, p := range s.Landmarks().Private {
		assert.False(t, robots.Allowed(p), p)
	}
	assert.True(t, robots.Allowed(s.Articles()[0]))
	bad := discover.ParseRobots(bytes.NewReader(get(t, srv, "/robots.txt").body), "BadBot/2.0")
	assert.False(t, bad.Allowed("/"))

	entries, index, err := discover.ParseSitemap(bytes.NewReader(get(t, srv, "/sitemap_index.xml").body))
	require.NoError(t, err)
	require.True(t, index)
	require.Len(t, entries, 2)
	var got []string
	for _, e := range entries {
		u, err := url.Parse(e.URL)
		require.NoError(t, err)
		sub, index, err := discover.ParseSitemap(bytes.NewReader(get(t, srv, u.Path).body))
		require.NoError(t, err)
		require.False(t, index)
		for _, e := range sub {
			if e.News {
				assert.NotEmpty(t, e.Title)
				assert.False(t, e.Published.IsZero())
				continue
			}
			got = append(got, strings.TrimPrefix(e.URL, srv.URL))
			assert.False(t, e.Modified.IsZero())
		}
	}
	assert.Equal(t, s.Articles(), got)

	items, err := discover.ParseFeed(bytes.NewReader(get(t, srv, "/feed.xml").body))
	require.NoError(t, err)
	require.Len(t, items, 20)
	for k, it := range items {
		c, err := discover.Canonical(nil, it.URL)
		require.NoError(t, err)
		assert.Equal(t, srv.URL+s.Articles()[k], c)
		assert.False(t, it.Published.IsZero())
	}
}
