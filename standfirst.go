package scoop

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsscoop/scoop/internal/text"
	"github.com/newsscoop/scoop/selectors"
)

// Standfirst lengths outside these bounds are not a dek.
const (
	minStandfirst = 25
	maxStandfirst = 1000
)

// resolveStandfirst finds the dek shown with the headline. A visible
// element wins when it matches a dek rule or follows the headline, and is
// confirmed by the description the page declares (or, with no declaration,
// by its place; a dek-classed element right under the headline needs no
// confirmation). With no visible dek the declared description is the
// standfirst; resolve drops it later if it only repeats the body's lead.
func (p *page) resolveStandfirst() string {
	desc := p.description()
	anchor := p.dekAnchor()
	ok := func(n *html.Node) (string, bool) {
		if n == nil || p.inClutter(n) {
			return "", false
		}
		t := nodeText(n)
		if len(t) < minStandfirst || len(t) > maxStandfirst || text.SameText(t, p.headline) {
			return "", false
		}
		if anchor != nil && (contains(n, anchor) || contains(anchor, n)) {
			return "", false // a header box that holds the headline too
		}
		if findFirst(n, func(c *html.Node) bool {
			return c.DataAtom == atom.Figure || c.DataAtom == atom.Figcaption || c.DataAtom == atom.Img || headingLevel(c) == 1
		}) != nil {
			return "", false // a box with a picture and its caption
		}
		if linkTextLen(n)*2 > len(t) {
			return "", false
		}
		return t, true
	}
	agrees := func(t string) bool {
		return desc != "" && (text.SameText(t, desc) || text.Similarity(t, desc) >= 0.6 ||
			strings.HasPrefix(foldText(t), strings.TrimSuffix(foldText(desc), "...")))
	}
	// 1. A rule-matched element that agrees with the description.
	var ruled []string
	var adjacent *html.Node // the first ruled element right under the headline
	var adjacentText string
	for _, n := range p.matcher(selectors.Standfirst).MatchAll(p.root) {
		if n.DataAtom == atom.Meta {
			continue
		}
		if t, good := ok(n); good {
			if agrees(t) {
				p.dekNode = n
				return p.setStandfirst(tighter(t, desc))
			}
			if anchor != nil && near(anchor, n) {
				ruled = append(ruled, t)
				if p.dekNode == nil {
					p.dekNode = n
				}
				if adjacent == nil && textWithin(anchor, n, 3) && p.plausibleDek(n, t) {
					adjacent, adjacentText = n, t
				}
			}
		}
	}
	// 2. The block right after the headline that restates the description
	// (CSS-module sites whose dek has no telling class).
	if p.headlineNode != nil {
		passed := false // the walk went past the adjacent dek
		for n, i := nextBlock(p.headlineNode), 0; n != nil && i < 6; n, i = nextBlock(n), i+1 {
			if t, good := ok(n); good && agrees(t) {
				if passed && leadParagraph(n) {
					break // the description only opens the text: rule 3
				}
				p.dekNode = n
				return p.setStandfirst(tighter(t, desc))
			}
			if adjacent != nil && (n == adjacent || contains(adjacent, n)) {
				passed = true
			}
		}
	}
	// 3. A dek-classed element next to the headline, unconfirmed: the page
	// shows it as the dek even where its description says something else.
	if len(ruled) > 0 && desc == "" {
		return p.setStandfirst(ruled[0])
	}
	// Right under the headline (within three text blocks) it wins even over
	// a description that says something else.
	if adjacent != nil {
		p.dekNode = adjacent
		return p.setStandfirst(adjacentText)
	}
	// 4. An h2 right after the headline: section headings come after some
	// text, a heading straight under the title is its dek.
	if p.headlineNode != nil {
		if n := nextBlock(p.headlineNode); n != nil && headingLevel(n) == 2 {
			if t, good := ok(n); good && !strings.HasSuffix(t, ":") {
				p.dekNode = n
				return p.setStandfirst(t)
			}
		}
	}
	p.dekNode = nil
	// 5. The declared description.
	if desc != "" && !text.SameText(desc, p.headline) {
		return p.setStandfirst(desc)
	}
	return ""
}

// dekAnchor returns the printed headline the dek sits under: the headline
// element, else the heading closest to the headline, else the page's only
// h1 (a printed title that reads differently from the declared one).
func (p *page) dekAnchor() *html.Node {
	if a := p.headAnchor(); a != nil {
		return a
	}
	var h1 *html.Node
	n := 0
	walk(p.root, func(c *html.Node) bool {
		if c.Type != html.ElementNode || skipText(c) {
			return c.Type != html.ElementNode
		}
		if c.DataAtom == atom.H1 {
			if nodeText(c) != "" && !p.inClutter(c) {
				h1 = c
				n++
			}
			return false
		}
		return true
	})
	if n == 1 {
		return h1
	}
	return nil
}

// plausibleDek reports whether n, shown under the headline with text t but
// not confirmed by the description, reads as a dek: a sentence of some
// words (not a rating or a date line) that does not restate the headline,
// in an element that does not call itself a (second) headline.
func (p *page) plausibleDek(n *html.Node, t string) bool {
	if text.WordCount(t) < 6 || text.Similarity(t, p.headline) >= 0.7 {
		return false
	}
	c := strings.ToLower(attr(n, "class"))
	return strings.Contains(c, "sub") || !(strings.Contains(c, "headline") || strings.Contains(c, "title"))
}

// leadParagraph reports whether n is a plain paragraph followed by another
// paragraph: the opening of the article text rather than a dek.
func leadParagraph(n *html.Node) bool {
	if n.DataAtom != atom.P || attr(n, "class") != "" {
		return false
	}
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode {
			return s.DataAtom == atom.P
		}
	}
	return false
}

// tighter returns desc instead of the printed dek t when t only starts
// with desc and goes on well past it: the element also holds a byline,
// a date or the first paragraph.
func tighter(t, desc string) string {
	d := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(desc), "…"), "...")
	if len(t) > len(d)*13/10 && strings.HasPrefix(foldText(t), foldText(d)) {
		return desc
	}
	return t
}

func (p *page) setStandfirst(s string) string {
	p.standfirst = s
	return s
}

// description is the summary the page declares for itself.
func (p *page) description() string {
	var c []string
	if p.art != nil {
		c = append(c, p.art.Description)
	}
	c = append(c, p.meta.Tag("og:description"), p.meta.Tag("twitter:description"), p.meta.Tag("description", "dc.description", "sailthru.description"))
	for _, d := range c {
		if d = text.Clean(d); len(d) >= minStandfirst && len(d) <= maxStandfirst {
			return d
		}
	}
	return ""
}

// near reports whether b is within a few elements of a in document order
// and after it.
func near(a, b *html.Node) bool { return within(a, b, 8) }

// textWithin reports whether b is among the next k blocks after a that
// show some text (empty icons and links do not count), looking at most
// 4k blocks ahead.
func textWithin(a, b *html.Node, k int) bool {
	seen := 0
	for n, i := nextBlock(a), 0; n != nil && seen < k && i < 4*k; n, i = nextBlock(n), i+1 {
		if n == b || contains(n, b) || contains(b, n) {
			return true
		}
		if nodeText(n) != "" {
			seen++
		}
	}
	return false
}

// within reports whether b is among the next k blocks after a.
func within(a, b *html.Node, k int) bool {
	for n, i := nextBlock(a), 0; n != nil && i < k; n, i = nextBlock(n), i+1 {
		if n == b || contains(n, b) || contains(b, n) {
			return true
		}
	}
	return false
}

// nextBlock returns the next element after n in document order that is not
// inside n and that holds text directly (a leaf-ish block), skipping
// scripts.
func nextBlock(n *html.Node) *html.Node {
	for {
		// Step to the next node in document order, not descending into n.
		for n != nil && n.NextSibling == nil {
			n = n.Parent
		}
		if n == nil {
			return nil
		}
		n = n.NextSibling
		// Descend to the first element that holds text itself.
		for n != nil {
			if n.Type != html.ElementNode || skipText(n) {
				break
			}
			if ownsText(n) {
				return n
			}
			var first *html.Node
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && !skipText(c) {
					first = c
					break
				}
			}
			if first == nil {
				break
			}
			n = first
		}
		if n == nil {
			return nil
		}
	}
}

// ownsText reports whether n has a non-blank text child or is a text block
// (p, headings, li) whose text sits in inline elements.
func ownsText(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Blockquote, atom.Figcaption, atom.Time, atom.Span, atom.A:
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return true
		}
	}
	return false
}

// foldText lowercases and collapses white space, for prefix tests.
func foldText(s string) string { return strings.ToLower(text.Clean(s)) }
