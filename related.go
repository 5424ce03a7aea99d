package scoop

import (
	"net/url"
	"strings"
	"unicode"

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
		if len(t) > 80 || !selectors.RelatedHeading.MatchString(t) || selectors.NotRelatedHeading.MatchString(t) || p.namesSite(t) {
			continue
		}
		if c := headedModule(h); c != nil && !p.notRelated(c) {
			containers = append(containers, c)
		}
	}
	for _, para := range findAll(p.root, labelledLinkLine) {
		if !p.notRelated(para) {
			containers = append(containers, para)
		}
	}
	self := map[string]bool{normURL(p.pageURL): true, normURL(canonical): true}
	var out []Link
	weak := map[int]bool{}   // titles read from an image's alt text or a title attribute
	headed := map[int]bool{} // links in or around a teaser's heading
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
			headed[len(out)] = teaserHeading(a)
			out = append(out, Link{Title: title, URL: u})
		}
	}
	// Keep links with a real title.
	numbered := numberedArticles(out)
	kept := out[:0]
	for i, l := range out {
		l.Title = strings.TrimSpace(selectors.RelatedTitleTail.ReplaceAllString(l.Title, ""))
		if text.WordCount(l.Title) >= 2 && !selectors.RelatedHeading.MatchString(l.Title) && !bioLinkText.MatchString(l.Title) && !selectors.RelatedLinkUI.MatchString(l.Title) && (headed[i] || !sectionIndex(l, numbered)) {
			kept = append(kept, l)
		}
	}
	if len(kept) > maxRelated {
		kept = kept[:maxRelated]
	}
	return kept
}

// labelledLinkLine reports whether n is a line of the body that points
// to a related article with a label before the link ("<p><strong>RELATED:
// <a>…</a></strong></p>", "Lesen Sie auch: <a>…</a>").
func labelledLinkLine(n *html.Node) bool {
	if n.DataAtom != atom.P && n.DataAtom != atom.Li {
		return false
	}
	t := textLen(n)
	if t == 0 || t > 300 || !linkDense(n) {
		return false
	}
	var b strings.Builder
	done := false
	walk(n, func(c *html.Node) bool {
		if done || c.Type == html.ElementNode && c.DataAtom == atom.A {
			done = true
			return false
		}
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		return b.Len() < 60
	})
	label := text.Clean(b.String())
	return done && label != "" && len(label) < 40 && selectors.RelatedHeading.MatchString(label) && !selectors.NotRelatedHeading.MatchString(label)
}

// namesSite reports whether the heading t is "More from" the site ("More
// from The Telegraph", "More on TIME.com"): its list is the site's, not
// the article's. "Mehr zum Thema bei Tagesspiegel Plus" stays related.
func (p *page) namesSite(t string) bool {
	if !selectors.MoreFromHeading.MatchString(t) {
		return false
	}
	t = strings.ToLower(t)
	for _, n := range p.siteNames {
		if n = strings.ToLower(strings.TrimSpace(n)); len(n) >= 3 && strings.Contains(t, n) {
			return true
		}
	}
	return p.host != "" && strings.Contains(t, strings.TrimPrefix(p.host, "www."))
}

// headedModule returns the links the heading h introduces: the smallest
// ancestor that holds links besides h, unless it reads as the article
// body the heading sits in (links make less than a third of its text and
// it holds several prose paragraphs); else the list right after the
// heading ("<p>Related:</p><ul>…</ul>" in the body). It returns nil when
// h heads no list of links.
func headedModule(h *html.Node) *html.Node {
	for c, i := h.Parent, 0; c != nil && i < 4; c, i = c.Parent, i+1 {
		if c.DataAtom == atom.Body {
			break
		}
		if countLinks(c, h) >= 1 {
			if textLen(c) < 6000 && (linkDense(c) || proseParagraphs(c) < 4) {
				return c
			}
			break
		}
	}
	// The heading is a line of the body: the module is its next sibling.
	for at, i := h, 0; at != nil && i < 2; at, i = at.Parent, i+1 {
		if next := elementSibling(at, true); next != nil {
			if countLinks(next, nil) >= 1 && linkDense(next) {
				return next
			}
			return nil
		}
	}
	return nil
}

// proseParagraphs counts the paragraphs under n that read as prose: at
// least 100 bytes of text outside links.
func proseParagraphs(n *html.Node) int {
	k := 0
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && c.DataAtom == atom.P {
			if textLen(c)-linkTextLen(c) >= 100 {
				k++
			}
			return false
		}
		return true
	})
	return k
}

// linkDense reports whether links make at least a third of the text of
// n, as in a list of teasers with their kickers, dates and excerpts; an
// article body with a few links in its prose stays well below.
func linkDense(n *html.Node) bool {
	return 3*linkTextLen(n) >= textLen(n)
}

// notRelated reports whether container n is, or sits in, a site-wide
// list, or is headed as one; or holds the article's own headline, as a
// page wrapper whose class names a module ("readmore-page") does.
func (p *page) notRelated(n *html.Node) bool {
	if p.headlineNode != nil && contains(n, p.headlineNode) {
		return true
	}
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

// sectionIndex reports whether l leads to the index of a section or a
// topic rather than to an article: a title of up to three words, with no
// number in the path, that the address spells as the last of two or more
// folders ("Local News" at "/news/south-africa/local-news/"). On a site
// whose articles carry numbers (numbered), any such short link without
// one is an index ("Keir Starmer" at "/keir-starmer/"); elsewhere
// articles filed at the root ("/fuchslocker-im-eigenbau/") stay.
func sectionIndex(l Link, numbered bool) bool {
	pu, err := url.Parse(l.URL)
	if err != nil || text.WordCount(l.Title) > 3 || strings.ContainsAny(pu.Path, "0123456789") {
		return false
	}
	if numbered {
		return true
	}
	segs := strings.Split(strings.Trim(strings.ToLower(pu.Path), "/"), "/")
	last := segs[len(segs)-1]
	return len(segs) >= 2 && last == slug(l.Title)
}

// numberedArticles reports whether at least half the links, and two,
// have a number in their path (a date or an id), as a site's articles do.
func numberedArticles(links []Link) bool {
	k := 0
	for _, l := range links {
		if pu, err := url.Parse(l.URL); err == nil && strings.ContainsAny(pu.Path, "0123456789") {
			k++
		}
	}
	return k >= 2 && 2*k >= len(links)
}

// teaserHeading reports whether the link a is, holds or sits in a
// heading, as a teaser's title does; a section's link is a plain label.
func teaserHeading(a *html.Node) bool {
	for n, i := a, 0; n != nil && i < 3; n, i = n.Parent, i+1 {
		if headingLevel(n) > 0 {
			return true
		}
	}
	return findFirst(a, func(n *html.Node) bool { return headingLevel(n) > 0 }) != nil
}

// slug spells a title the way addresses do: lower case words joined by
// hyphens, punctuation dropped.
func slug(t string) string {
	f := strings.FieldsFunc(strings.ToLower(t), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	return strings.Join(f, "-")
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
