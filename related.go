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
	weak := map[int]bool{} // titles read from an image's alt text or a title attribute
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
			title, fromAttr := linkTitle(a)
			fromAttr = fromAttr || truncated(title)
			if i, ok := index[u]; ok {
				// A teaser's printed text beats its image's alt text (a
				// photo caption), whatever their lengths.
				if title != "" && (weak[i] && !fromAttr || weak[i] == fromAttr && len(out[i].Title) < len(title)) {
					out[i].Title, weak[i] = title, fromAttr
				}
				continue
			}
			index[u] = len(out)
			weak[len(out)] = fromAttr
			out = append(out, Link{Title: title, URL: u})
		}
	}
	// Keep links with a real title.
	kept := out[:0]
	for _, l := range out {
		if text.WordCount(l.Title) >= 2 && !selectors.RelatedHeading.MatchString(l.Title) && !bioLinkText.MatchString(l.Title) && !selectors.RelatedLinkUI.MatchString(l.Title) {
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
// title attribute or its image's alt text; fromAttr says it is one of the
// last two, which describe a picture more often than the article.
func linkTitle(a *html.Node) (title string, fromAttr bool) {
	if h := findFirst(a, func(n *html.Node) bool { return headingLevel(n) > 0 }); h != nil {
		if t := nodeText(h); t != "" {
			return t, false
		}
	}
	if t := nodeText(a); t != "" {
		if full := text.Clean(attr(a, "title")); truncated(t) && len(full) > len(t) {
			return full, false
		}
		return t, false
	}
	if t := text.Clean(attr(a, "title")); t != "" {
		return t, true
	}
	if img := findFirst(a, func(n *html.Node) bool { return n.DataAtom == atom.Img }); img != nil {
		return text.Clean(attr(img, "alt")), true
	}
	return "", false
}

// truncated reports whether a teaser text was cut short ("Rincian Harga
// Emas Hari Ini di..."): a title attribute may hold it whole.
func truncated(t string) bool {
	return strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…")
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
	return lp != "" && lp != "/" && !profilePage(lp)
}

// profilePage reports whether the lower-case path lp is a person's or a
// topic's page: a folder such as "/autor/" followed by one name
// ("/autoren/12611/", "/topic/supreme-court"). Sites that file articles
// under the author ("/autoren/jane-doe/story-slug") keep them.
func profilePage(lp string) bool {
	segs := strings.Split(strings.Trim(lp, "/"), "/")
	for i, seg := range segs {
		if selectors.ProfileFolder.MatchString(seg) && len(segs)-i <= 2 {
			return true
		}
	}
	return false
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
