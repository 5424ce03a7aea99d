package discover

import (
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func mustURL(t testing.TB, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	require.NoError(t, err)
	return u
}

func TestCanonical(t *testing.T) {
	t.Parallel()
	base := mustURL(t, "https://www.example.com/politik/ausland/story-one.html?page=2#top")
	tests := []struct {
		name, base, link, want string
	}{
		// Resolution.
		{"absolute", "", "https://www.zeit.de/politik/2024-05/wahl", "https://www.zeit.de/politik/2024-05/wahl"},
		{"root relative", "page", "/sport/fussball/", "https://www.example.com/sport/fussball/"},
		{"relative", "page", "story-two.html", "https://www.example.com/politik/ausland/story-two.html"},
		{"dot relative", "page", "./story-two.html", "https://www.example.com/politik/ausland/story-two.html"},
		{"dot dot", "page", "../inland/a.html", "https://www.example.com/politik/inland/a.html"},
		{"dot dot above root", "page", "../../../../a.html", "https://www.example.com/a.html"},
		{"protocol relative", "page", "//cdn.example.org/x/y", "https://cdn.example.org/x/y"},
		{"query only", "page", "?page=3", "https://www.example.com/politik/ausland/story-one.html?page=3"},
		{"fragment only", "page", "#comments", "https://www.example.com/politik/ausland/story-one.html?page=2"},
		{"empty link is the page", "page", "", "https://www.example.com/politik/ausland/story-one.html?page=2"},
		{"http colon relative", "page", "https:other.html", "https://www.example.com/politik/ausland/other.html"},
		// Case, ports, host.
		{"scheme and host case", "", "HTTPS://WWW.Spiegel.DE/Politik/Ausland/", "https://www.spiegel.de/Politik/Ausland/"},
		{"default https port", "", "https://www.bbc.co.uk:443/news", "https://www.bbc.co.uk/news"},
		{"default http port", "", "http://www.bbc.co.uk:80/news", "http://www.bbc.co.uk/news"},
		{"other port kept", "", "http://localhost:8080/a", "http://localhost:8080/a"},
		{"port with zeros", "", "https://example.com:0443/a", "https://example.com/a"},
		{"empty port", "", "https://example.com:/a", "https://example.com/a"},
		{"trailing dot host", "", "https://www.lemonde.fr./international/", "https://www.lemonde.fr/international/"},
		{"user info dropped", "", "https://user:pw@example.com/a", "https://example.com/a"},
		{"idn host", "", "https://www.zürich.ch/nachrichten", "https://www.xn--zrich-kva.ch/nachrichten"},
		{"ipv6 host", "", "http://[2001:DB8::1]:8080/a", "http://[2001:db8::1]:8080/a"},
		{"empty path", "", "https://www.faz.net", "https://www.faz.net/"},
		{"empty path with query", "", "https://www.faz.net?b=2&a=1", "https://www.faz.net/?a=1&b=2"},
		// Fragments.
		{"fragment dropped", "", "https://www.nzz.ch/a-ld.1759794#comments", "https://www.nzz.ch/a-ld.1759794"},
		{"hashbang dropped", "", "https://example.com/a#!/news/x", "https://example.com/a"},
		// Tracking parameters.
		{"utm stripped", "", "https://www.politico.eu/article/x/?utm_source=RSS_Feed&utm_medium=RSS&utm_campaign=RSS_Syndication", "https://www.politico.eu/article/x/"},
		{"utm uppercase key", "", "https://example.com/a?UTM_Source=x&id=4", "https://example.com/a?id=4"},
		{"fbclid gclid", "", "https://example.com/a?fbclid=IwAR0x&gclid=Cj0K&b=1", "https://example.com/a?b=1"},
		{"mailchimp", "", "https://example.com/a?mc_cid=abc&mc_eid=def", "https://example.com/a"},
		{"ref rss", "", "https://www.theargus.co.uk/news/18701511.woman-hurt/?ref=rss", "https://www.theargus.co.uk/news/18701511.woman-hurt/"},
		{"guardian CMP", "", "https://www.theguardian.com/world/2024/may/03/x?CMP=share_btn_tw", "https://www.theguardian.com/world/2024/may/03/x"},
		{"webtrekk wt_zmc", "", "https://www.zeit.de/a?wt_zmc=sm.ext&utm_medium=sm", "https://www.zeit.de/a"},
		{"ocid msn", "", "https://www.msn.com/de-de/a/ar-AA1?ocid=msedgntp&cvid=1", "https://www.msn.com/de-de/a/ar-AA1?cvid=1"},
		{"matomo prefix", "", "https://example.com/a?pk_campaign=x&mtm_source=y&q=1", "https://example.com/a?q=1"},
		{"session id param", "", "https://example.com/a?PHPSESSID=abc123&id=7", "https://example.com/a?id=7"},
		{"functional params kept", "", "https://example.com/a?p=123&page=2&id=5", "https://example.com/a?id=5&p=123&page=2"},
		// Query normalisation.
		{"query sorted", "", "https://example.com/s?z=1&a=2&m=3", "https://example.com/s?a=2&m=3&z=1"},
		{"repeated keys keep order", "", "https://example.com/s?b=2&a=9&b=1", "https://example.com/s?a=9&b=2&b=1"},
		{"empty params dropped", "", "https://example.com/s?&a=1&&b=2&", "https://example.com/s?a=1&b=2"},
		{"empty query dropped", "", "https://example.com/s?", "https://example.com/s"},
		{"only tracking query dropped", "", "https://example.com/s?utm_source=x", "https://example.com/s"},
		{"query escapes", "", "https://example.com/s?q=caf%c3%a9&x=a b", "https://example.com/s?q=caf%C3%A9&x=a%20b"},
		{"plus kept", "", "https://example.com/s?q=a+b", "https://example.com/s?q=a+b"},
		{"brackets escaped", "", "https://example.com/s?tx[news]=3", "https://example.com/s?tx%5Bnews%5D=3"},
		// Paths.
		{"double slashes", "", "http://www.republicoftogo.com//Toutes-les-rubriques//Sport/", "http://www.republicoftogo.com/Toutes-les-rubriques/Sport/"},
		{"dot segments absolute", "", "https://example.com/a/./b/../c", "https://example.com/a/c"},
		{"trailing dot dot", "", "https://example.com/a/b/..", "https://example.com/a/"},
		{"trailing slash kept", "", "https://example.com/a/", "https://example.com/a/"},
		{"unreserved escapes decoded", "", "https://example.com/%7Euser/%41bc", "https://example.com/~user/Abc"},
		{"escapes upper-cased", "", "https://example.com/caf%c3%a9", "https://example.com/caf%C3%A9"},
		{"unicode path escaped", "", "https://www.yjc.ir/fa/news/7349926/از-کشف", "https://www.yjc.ir/fa/news/7349926/%D8%A7%D8%B2-%DA%A9%D8%B4%D9%81"},
		{"space escaped", "", "https://example.com/a b", "https://example.com/a%20b"},
		{"stray percent", "", "https://example.com/100%-sicher", "https://example.com/100%25-sicher"},
		{"encoded slash kept", "", "https://example.com/a%2fb", "https://example.com/a%2Fb"},
		{"jsessionid removed", "", "https://www.bmel.de/DE/a.html;jsessionid=ED5DD.live922", "https://www.bmel.de/DE/a.html"},
		{"white space trimmed", "", "  \n https://example.com/a\t \n", "https://example.com/a"},
		{"newline inside removed", "", "https://example.com/a\nb", "https://example.com/ab"},
		// AMP URLs are canonicalised but not folded.
		{"amp kept", "", "https://www.example.com/news/slug/amp/?utm_source=x", "https://www.example.com/news/slug/amp/"},
		{"amp cache", "", "https://www-example-com.cdn.ampproject.org/c/s/www.example.com/a?amp=1", "https://www-example-com.cdn.ampproject.org/c/s/www.example.com/a?amp=1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var b *url.URL
			if tt.base == "page" {
				b = base
			}
			got, err := Canonical(b, tt.link)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			// Canonical forms are fixed points.
			again, err := Canonical(nil, got)
			require.NoError(t, err)
			assert.Equal(t, got, again)
		})
	}
}

func TestCanonicalErrors(t *testing.T) {
	t.Parallel()
	base := mustURL(t, "https://example.com/a/b")
	tests := []struct {
		name string
		base *url.URL
		link string
		want error
	}{
		{"mailto", base, "mailto:redaktion@example.com", ErrScheme},
		{"javascript", base, "javascript:void(0)", ErrScheme},
		{"tel", base, "tel:+4930123", ErrScheme},
		{"data", base, "data:image/png;base64,AAAA", ErrScheme},
		{"ftp", nil, "ftp://example.com/file", ErrScheme},
		{"whatsapp", base, "whatsapp://send?text=x", ErrScheme},
		{"relative without base", nil, "/a/b", ErrInvalidURL},
		{"no host", nil, "https:///a", ErrInvalidURL},
		{"http colon without base", nil, "http:foo", ErrInvalidURL},
		{"bad port", nil, "https://example.com:80a/", ErrInvalidURL},
		{"big port", nil, "https://example.com:99999/", ErrInvalidURL},
		{"bad host char", nil, "https://exa mple.com/", ErrInvalidURL},
		{"host with percent", nil, "https://exa%41mple.com/", ErrInvalidURL},
		{"empty label", nil, "https://a..b.com/", ErrInvalidURL},
		{"unclosed ipv6", nil, "http://[::1/a", ErrInvalidURL},
		{"base not http", mustURL(t, "file:///tmp/x"), "a", ErrScheme},
		{"too long", nil, "https://example.com/" + strings.Repeat("a", MaxLinkBytes), ErrInvalidURL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := Canonical(tt.base, tt.link)
			assert.ErrorIs(t, err, tt.want)
			assert.Empty(t, got)
		})
	}
}

func TestFoldAMP(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want string // "" for not AMP
	}{
		{"https://www.example.com/news/some-story-slug/amp/", "https://www.example.com/news/some-story-slug/"},
		{"https://www.example.com/news/some-story-slug/amp", "https://www.example.com/news/some-story-slug"},
		{"https://www.example.com/amp/news/some-story-slug", "https://www.example.com/news/some-story-slug"},
		{"https://www.example.com/amp/s/news/x", "https://www.example.com/s/news/x"},
		{"https://www.example.com/news/story.amp.html", "https://www.example.com/news/story.html"},
		{"https://www.example.com/news/story-123/amp.html", "https://www.example.com/news/story-123/"},
		{"https://www.example.com/news/story-123.amp", "https://www.example.com/news/story-123"},
		{"https://www.example.com/news/story?amp=1", "https://www.example.com/news/story"},
		{"https://www.example.com/news/story?amp", "https://www.example.com/news/story"},
		{"https://www.example.com/news/story?id=4&amp=true", "https://www.example.com/news/story?id=4"},
		{"https://www.washingtonpost.com/politics/2024/05/03/x/?outputType=amp", "https://www.washingtonpost.com/politics/2024/05/03/x/"},
		{"https://amp.theguardian.com/world/2024/may/03/x", "https://www.theguardian.com/world/2024/may/03/x"},
		{"https://amp.bbc.co.uk/news/x", "https://www.bbc.co.uk/news/x"},
		{"https://amp.news.example.com/x", "https://news.example.com/x"},
		{"https://www-example-com.cdn.ampproject.org/c/s/www.example.com/news/x/amp/", "https://www.example.com/news/x/"},
		{"https://www-example-com.cdn.ampproject.org/v/s/www.example.com/a.amp.html?amp_js_v=0.1&usqp=mq331AQ", "https://www.example.com/a.html"},
		{"https://example-com.cdn.ampproject.org/c/example.com/a", "http://example.com/a"},
		{"https://www.google.com/amp/s/www.example.com/news/x.amp", "https://www.example.com/news/x"},
		{"https://www.example.com/AMP/x?utm_source=t", "https://www.example.com/x"},
		{"https://www.example.com/news/campaign-example/", ""},
		{"https://www.example.com/news/x", ""},
		{"https://www.example.com/ampel-koalition/", ""},
		{"https://cdn.ampproject.org/v0.js", ""},
		{"mailto:amp@example.com", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			got, ok := FoldAMP(tt.in)
			assert.Equal(t, tt.want != "", ok)
			assert.Equal(t, tt.want, got)
		})
	}
}
