package scoop

import (
	"golang.org/x/net/html"

	"github.com/newsscoop/scoop/internal/text"
	"github.com/newsscoop/scoop/selectors"
)

// resolveHeadline picks the article's title. The printed headline element
// wins when it agrees with a title the page declares (JSON-LD headline,
// og:title, <title>): that keeps the wording readers saw without picking a
// logo or a teaser h1. Without agreement the declared titles decide,
// cleaned of site names.
func (p *page) resolveHeadline() string {
	var declared []string
	if p.art != nil {
		declared = append(declared, p.art.Headline, p.art.Name)
	}
	declared = append(declared,
		p.meta.Tag("og:title"), p.meta.Tag("twitter:title"), p.meta.Tag("parsely-title", "sailthru.title", "dc.title", "title", "headline"),
		p.meta.Title)
	var cleaned []string
	for _, d := range declared {
		if d = text.Clean(d); d != "" {
			cleaned = append(cleaned, d, text.CleanTitle(d, p.siteNames...))
		}
	}

	seen := map[*html.Node]bool{}
	var firstH1 *html.Node
	for _, rule := range p.cfg.rules.Rules(selectors.Headline, p.host) {
		for _, n := range selectors.Matcher([]selectors.Rule{rule}).MatchAll(p.root) {
			if seen[n] || p.inClutter(n) {
				continue
			}
			seen[n] = true
			t := nodeText(n)
			if len(t) < 3 || len(t) > 400 || p.isSiteName(t) {
				continue
			}
			if firstH1 == nil && n.Data == "h1" {
				firstH1 = n
			}
			for _, c := range cleaned {
				if text.SameText(t, c) || text.Similarity(t, c) >= 0.85 {
					p.headlineNode = n
					return t
				}
			}
		}
	}
	// No printed headline agrees: trust the declarations, most specific
	// first (JSON-LD headline, og:title, then the <title>).
	for _, d := range declared {
		if d = text.Clean(d); d != "" && !p.isSiteName(d) {
			return text.CleanTitle(d, p.siteNames...)
		}
	}
	if firstH1 != nil {
		p.headlineNode = firstH1
		return nodeText(firstH1)
	}
	return ""
}

// isSiteName reports whether s is just the site's name (a logo h1).
func (p *page) isSiteName(s string) bool {
	for _, n := range p.siteNames {
		if text.SameText(s, n) {
			return true
		}
	}
	return false
}
