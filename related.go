package scoop

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsscoop/scoop/internal/text"
	"github.com/newsscoop/scoop/selectors"
)

const maxRelated = 30

// resolveRelated returns the links the page presents as related to the
// article: containers the related rules match, and blocks introduced by a
// heading such as "You Might Also Like" or "Related". Site-wide lists
// (most popular, trending), navigation, share and tag links are left out.
func (p *page) resolveRelated(canonical string) []Link {
	var containers []*html.Node
	for _, n := range p.matcher(selectors.Related).MatchAll(p.root) {
		if !p.notRelated(n) {
			containers = append(containers, n)
		}
	}
	for _, h := range findAll(p.root, isHeadingLike) {
		t := nodeText(h)
		if len(t) > 80 || !selectors.RelatedHeading.MatchString(t) || selectors.NotRelatedHeading.MatchString(t) {
			continue
		}
		// The module is the smallest ancestor that holds links besides the
		// heading itself.
		for c, i := h.Parent, 0; c != nil && i < 4; c, i = c.Parent, i+1 {
			if c.DataAtom == atom.Body {
				break
			}
			if countLinks(c, h) >= 1 {
				if !p.notRelated(c) && textLen(c) < 6000 {
					containers = append(containers, c)
				}
				break
			}
		}
	}
	self := map[string]bool{normURL(p.pageURL): true, normURL(canonical): true}
	var out []Link
	index := map[string]int{}
	seenNode := map[*html.Node]bool{}
	for _, c := range containers {
		for _, a := range findAll(c, func(n *html.Node) bool { return n.DataAtom == atom.A }) {
			if seenNode[a] {
				continue
			}
			seenNode[a] = true
			u := absURL(p.base, attr(a, "href"))
			if u == "" || self[normURL(u)] || !articleLink(u) || hasRel(a, "tag") || hasRel(a, "author") {
				continue
			}
			title := linkTitle(a)
			if i, ok := index[u]; ok {
				if len(out[i].Title) < len(title) {
					out[i].Title = title
				}
				continue
			}
			index[u] = len(out)
			out = append(out, Link{Title: title, URL: u})
		}
	}
	// Keep links with a real title.
	kept := out[:0]
	for _, l := range out {
		if text.WordCount(l.Title) >= 2 && !selectors.RelatedHeading.MatchString(l.Title) && !bioLinkText.MatchString(l.Title) {
			kept = append(kept, l)
		}
	}
	if len(kept) > maxRelated {
		kept = kept[:maxRelated]
	}
	return kept
}

// notRelated reports whether container n is, or sits in, a site-wide
// list, or is headed as one.
func (p *page) notRelated(n *html.Node) bool {
	nr := p.matcher(selectors.NotRelated)
	for c := n; c != nil; c = c.Parent {
		if c.Type == html.ElementNode && nr.Match(c) {
			return true
		}
	}
	if h := findFirst(n, isHeadingLike); h != nil {
		if t := nodeText(h); len(t) < 80 && selectors.NotRelatedHeading.MatchString(t) {
			return true
		}
	}
	return false
}

func isHeadingLike(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Strong, atom.B, atom.Span, atom.P, atom.Div, atom.Td, atom.Header, atom.Legend:
		if headingLevel(n) > 0 {
			return true
		}
		return !hasBlockChild(n) && textLen(n) < 80 && linkTextLen(n) == 0
	}
	return false
}

// countLinks counts the links under n that are not inside skip.
func countLinks(n, skip *html.Node) int {
	k := 0
	walk(n, func(c *html.Node) bool {
		if c == skip {
			return false
		}
		if c.Type == html.ElementNode && c.DataAtom == atom.A && attr(c, "href") != "" {
			k++
		}
		return true
	})
	return k
}

// linkTitle is the title of a teaser link: its heading, its text, its
// title attribute or its image's alt text.
func linkTitle(a *html.Node) string {
	if h := findFirst(a, func(n *html.Node) bool { return headingLevel(n) > 0 }); h != nil {
		if t := nodeText(h); t != "" {
			return t
		}
	}
	if t := nodeText(a); t != "" {
		return t
	}
	if t := text.Clean(attr(a, "title")); t != "" {
		return t
	}
	if img := findFirst(a, func(n *html.Node) bool { return n.DataAtom == atom.Img }); img != nil {
		return text.Clean(attr(img, "alt"))
	}
	return ""
}

// articleLink reports whether u can be an article: not a share, tag,
// author, search or feed link.
func articleLink(u string) bool {
	pu, err := url.Parse(u)
	if err != nil {
		return false
	}
	host := strings.ToLower(pu.Host)
	for _, h := range []string{"facebook.com", "twitter.com", "x.com", "linkedin.com", "pinterest.", "reddit.com/submit", "whatsapp", "t.me", "telegram.", "plus.google"} {
		if strings.Contains(host, h) {
			return false
		}
	}
	lp := strings.ToLower(pu.Path)
	for _, seg := range []string{"/tag/", "/tags/", "/author/", "/authors/", "/category/", "/search", "/feed", "/rss", "/login", "/subscribe", "/newsletter"} {
		if strings.Contains(lp, seg) {
			return false
		}
	}
	return lp != "" && lp != "/"
}

// normURL is a URL without scheme, "www.", fragment and trailing slash, for
// telling whether two links are the same page.
func normURL(s string) string {
	u, err := url.Parse(s)
	if err != nil || s == "" {
		return s
	}
	return strings.TrimPrefix(strings.ToLower(u.Host), "www.") + strings.TrimSuffix(u.EscapedPath(), "/") + "?" + u.RawQuery
}
