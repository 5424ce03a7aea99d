package scoop

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsscoop/scoop/internal/meta"
	"github.com/newsscoop/scoop/internal/text"
	"github.com/newsscoop/scoop/selectors"
)

// Standfirst lengths outside these bounds are not a dek.
const (
	minStandfirst = 25
	maxStandfirst = 1000
	minDeclared   = 15 // a declared sentence of three words or more
	// minRestated is the share of words (see text.Similarity) a printed
	// bold lead has in common with a description it says in other words.
	minRestated = 0.2
)

// resolveStandfirst finds the dek shown with the headline. A visible
// element wins when it matches a dek rule or follows the headline, and is
// confirmed by the description the page declares (or, with no declaration,
// by its place; a dek-classed element right under the headline needs no
// confirmation, but a bare heading there loses to a declared sentence).
// A paragraph set in bold that opens the text is the dek where nothing is
// declared or the description says it in other words. With no visible
// dek the declared description
// is the standfirst, even when it is the body's lead cut short: the page
// declares it as its summary. A body block that says the same as the
// standfirst is left out of the text, unless the page prints it as the
// body's first paragraph (printedAsParagraph in body.go).
func (p *page) resolveStandfirst() string {
	desc, declared := p.description()
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
		if p.headline != "" && findFirst(n, func(c *html.Node) bool {
			return c != n && (isBlock(c) || headingLevel(c) > 0) && text.SameText(nodeText(c), p.headline)
		}) != nil {
			return "", false // a teaser box that repeats the headline above its text
		}
		if findFirst(n, func(c *html.Node) bool {
			return c.DataAtom == atom.Figure || c.DataAtom == atom.Figcaption || c.DataAtom == atom.Img ||
				headingLevel(c) == 1 || (c != n && headingLevel(c) > 0)
		}) != nil {
			return "", false // a box with a picture and its caption, or a teaser card with its title
		}
		if linkTextLen(n)*2 > len(t) {
			return "", false
		}
		if manyParagraphs(n) {
			return "", false // the whole text in a box with a dek's class
		}
		return t, true
	}
	// A dek-classed element agrees when it restates any declared
	// description: the vote picks the one to use without a printed dek, but
	// an edited variant in the meta tags must not hide the JSON-LD wording
	// the page prints. A block with no dek class must restate the
	// description the vote chose.
	agrees := func(t string) bool { return agreesWith(t, declared) }
	agreesDesc := func(t string) bool { return agreesWith(t, []string{desc}) }
	// 1. A rule-matched element that agrees with the description.
	var ruled []string
	var adjacent *html.Node // the first ruled element right under the headline
	var adjacentText string
	matches := p.matcher(selectors.Standfirst).MatchAll(p.root)
	for i, n := range matches {
		if n.DataAtom == atom.Meta {
			continue
		}
		if t, good := ok(n); good {
			if agrees(t) {
				// A dek box that also holds the picture's caption: the
				// innermost match that agrees is the dek itself.
				for _, m := range matches[i+1:] {
					if contains(n, m) && m != n {
						if mt, good := ok(m); good && agrees(mt) {
							n, t = m, mt
						}
					}
				}
				p.dekNode = n
				if n.DataAtom == atom.P {
					// A dek-classed paragraph is the dek in full, also
					// where the description is only its first sentence.
					return p.setStandfirst(t)
				}
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
			if t, good := ok(n); good && agreesDesc(t) {
				if excerpt(t, desc) {
					break // the description runs on past the opening paragraph
				}
				if passed && leadParagraph(n) {
					break // the description only opens the text: rule 3
				}
				p.dekNode = n
				if run := printedRun(n, t, declared); run != "" {
					return p.setStandfirst(run)
				}
				if boldLead(n) {
					return p.setStandfirst(t) // the full dek the description was cut from
				}
				if n.DataAtom == atom.P && attr(n, "class") == "" && !sameOpening(t, desc) {
					// A plain paragraph that only resembles the
					// description: the description is the summary, the
					// paragraph stays text.
					p.dekNode = nil
					return p.setStandfirst(desc)
				}
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
	// a description that says something else, unless it is a bare heading
	// (a second title line) and the description a sentence.
	if adjacent != nil && bareHeading(adjacent, desc) {
		p.titleLine = adjacentText
	} else if adjacent != nil {
		p.dekNode = adjacent
		return p.setStandfirst(adjacentText)
	}
	// 4. An h2 right after the headline: section headings come after some
	// text, a heading straight under the title is its dek.
	if p.headlineNode != nil {
		if n := nextBlock(p.headlineNode); n != nil && headingLevel(n) == 2 {
			if t, good := ok(n); good && !strings.HasSuffix(t, ":") {
				switch {
				case opens(t, desc):
					// The heading only opens the declared summary: the
					// summary is the dek in full.
					return p.setStandfirst(desc)
				case bareHeading(n, desc):
					p.titleLine = t // a title line: the description is the dek
				default:
					p.dekNode = n
					return p.setStandfirst(t)
				}
			}
		}
	}
	// 5. A sentence that shares a small title box with the headline and
	// nothing else: the box is the printed header, the line its dek.
	if n := p.titleBoxDek(); n != nil && !bareHeading(n, desc) {
		p.dekNode = n
		return p.setStandfirst(nodeText(n))
	}
	// 6. A bold paragraph opening the text, with nothing declared or a
	// description it says in other words (the page's own rewrite for
	// search results and shares; not an excerpt that runs on past it).
	if n := p.boldLeadDek(); n != nil {
		if t, good := ok(n); good && endsSentence(t) && (desc == "" || restated(t, desc)) {
			p.dekNode = n
			return p.setStandfirst(t)
		}
	}
	p.dekNode = nil
	// 7. The declared description.
	if desc != "" && !text.SameText(desc, p.headline) {
		if d := dropCutTail(desc); d != desc {
			p.dekFull = desc // the body may print it whole as its first paragraph
			return p.setStandfirst(d)
		}
		return p.setStandfirst(desc)
	}
	if d := p.shortDescription(); d != "" && !text.SameText(d, p.headline) {
		return p.setStandfirst(d)
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

// titleBoxDek returns the element after the headline when the two are
// the only elements with text in their parent: a title box whose second
// line is a sentence that reads as a dek (see plausibleDek), not a byline
// or a date line.
func (p *page) titleBoxDek() *html.Node {
	h := p.headlineNode
	if h == nil || h.Parent == nil {
		return nil
	}
	var next *html.Node
	n := 0
	for c := h.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || skipText(c) || nodeText(c) == "" {
			continue
		}
		n++
		if next == nil && c != h && n == 2 {
			next = c
		}
	}
	if n != 2 || next == nil || next.DataAtom == atom.Time {
		return nil
	}
	t := nodeText(next)
	if len(t) < minStandfirst || len(t) > maxStandfirst || p.inClutter(next) || linkTextLen(next)*2 > len(t) ||
		p.isBylineText(t) || !endsSentence(t) || manyParagraphs(next) || !p.plausibleDek(next, t) {
		return nil
	}
	if findFirst(next, func(c *html.Node) bool {
		return c.DataAtom == atom.Time || c.DataAtom == atom.Img || c.DataAtom == atom.Figure || headingLevel(c) > 0
	}) != nil {
		return nil
	}
	return next
}

// restated reports whether the printed lead t and the declared
// description desc say the same in other words: they share some of their
// words, and desc is not an excerpt that runs on past t.
func restated(t, desc string) bool {
	return text.Similarity(t, desc) >= minRestated && !excerpt(t, desc)
}

// boldLeadDek returns the first paragraph after the headline when it is
// set in bold as a whole (see boldLead), or nil: the walk stops at the
// first plain paragraph of some length, where the text has begun.
func (p *page) boldLeadDek() *html.Node {
	if p.headlineNode == nil {
		return nil
	}
	for n, i := nextBlock(p.headlineNode), 0; n != nil && i < 8; n, i = nextBlock(n), i+1 {
		if boldLead(n) {
			return n
		}
		if n.DataAtom == atom.P && textLen(n) >= 80 && !inCaption(n) &&
			!strings.Contains(strings.ToLower(attr(n, "class")), "caption") {
			return nil
		}
	}
	return nil
}

// boldLead reports whether n is a paragraph whose text is all inside
// <strong> or <b> children: the lead many sites print in bold as the dek.
func boldLead(n *html.Node) bool {
	if n.DataAtom != atom.P {
		return false
	}
	bold := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return false
			}
		case c.Type != html.ElementNode:
		case c.DataAtom == atom.Strong || c.DataAtom == atom.B:
			bold = bold || textLen(c) > 0
		case c.DataAtom == atom.Br || textLen(c) == 0:
		default:
			return false
		}
	}
	return bold
}

// bareHeading reports whether n, an unconfirmed line under the headline,
// is a heading whose class does not call it a dek while the page declares
// a summary that is a sentence of its own: the heading is then a second
// title line or a kicker, and the declared sentence is the summary. A
// declaration that is no sentence (a site's slogan, a list of keywords)
// does not outrank the printed line.
func bareHeading(n *html.Node, desc string) bool {
	if headingLevel(n) == 0 || !endsSentence(desc) {
		return false
	}
	return !holdsAny(strings.ToLower(attr(n, "class")), dekClassWords)
}

// dekClassWords are the parts of a class name that call an element the
// dek (subheadline, article-dek, standfirst, abstract, sp-descp...).
var dekClassWords = []string{"sub", "dek", "deck", "standfirst", "strap", "summ", "abstract", "desc", "lead", "intro", "excerpt", "teaser"}

// endsSentence reports whether t ends with a full stop, a question or an
// exclamation mark (Latin or CJK), possibly inside closing quotes.
func endsSentence(t string) bool {
	t = strings.TrimRight(t, "\"'”’»)")
	for _, e := range []string{".", "!", "?", "。", "！", "？"} {
		if strings.HasSuffix(t, e) && !strings.HasSuffix(t, "...") {
			return true
		}
	}
	return false
}

// plausibleDek reports whether n, shown under the headline with text t but
// not confirmed by the description, reads as a dek: a sentence of some
// words (not a rating or a date line) that does not restate the headline,
// in an element that does not call itself a (second) headline.
func (p *page) plausibleDek(n *html.Node, t string) bool {
	if text.WordCount(t) < 6 || text.Similarity(t, p.headline) >= 0.7 || notDek.MatchString(t) {
		return false
	}
	c := strings.ToLower(attr(n, "class"))
	return strings.Contains(c, "sub") || !(strings.Contains(c, "headline") || strings.Contains(c, "title"))
}

// notDek matches the lines printed under a headline that are not its
// dek: an age notice, an audio player's label, a picture credit, a call to
// sign up or subscribe.
var notDek = regexp.MustCompile(`(?i)^\W*(this (article|story|content|page) is (more than|over) |listen to (this|the) (article|story)|(photo|photograph|picture|image|illustration|video|foto|bild)s?( by)?\s*:|(sign up|subscribe|register) (for|to|now|today)|(jetzt )?(anmelden|abonnieren))`)

// printedRun returns the declared description that paragraph n, with
// text t, opens and that the paragraphs right after it print to its end:
// a dek set as several paragraphs, whose first one alone is declared too
// (the plain meta description cut to a sentence). Else it returns "".
func printedRun(n *html.Node, t string, declared []string) string {
	ft := foldText(t)
	for _, d := range declared {
		fd := foldText(d)
		if len(fd) <= len(ft) || !strings.HasPrefix(fd, ft) {
			continue
		}
		run := ft
		for s := n.NextSibling; s != nil; s = s.NextSibling {
			if s.Type != html.ElementNode {
				continue
			}
			if s.DataAtom != atom.P {
				break
			}
			next := run + " " + foldText(nodeText(s))
			if !strings.HasPrefix(fd, next) {
				break
			}
			if run = next; run == fd {
				return d
			}
		}
	}
	return ""
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

// excerpt reports whether desc is an excerpt of the text that t is only a
// part of: desc holds t and runs well past it (the opening paragraph; also
// where the two differ only in punctuation and symbols, as an emoticon
// the page shows as an emoji), or t's opening words sit inside desc after
// other text (the paragraph after a kicker line the excerpt began with).
func excerpt(t, desc string) bool {
	ft := strings.ReplaceAll(foldText(trimEllipsis(t)), "…", "...")
	fd := strings.ReplaceAll(foldText(desc), "…", "...")
	ft = strings.TrimPrefix(ft, "...")
	if len(fd) > len(ft)*6/5 && strings.Contains(fd, ft) {
		return true
	}
	if kt, kd := text.Fold(trimEllipsis(t)), text.Fold(desc); len(kt) >= 40 && len(kd) > len(kt)*6/5 && strings.Contains(kd, kt) {
		return true
	}
	const opening = 60 // bytes of t that must recur inside desc
	if len(ft) < opening {
		return false
	}
	cut := opening
	for cut < len(ft) && !utf8.RuneStart(ft[cut]) {
		cut++
	}
	return strings.Index(fd, ft[:cut]) > 0
}

// trimEllipsis removes a trailing ellipsis ("...", "…", "[…]", "[...]").
func trimEllipsis(s string) string {
	s = strings.TrimSpace(s)
	for _, e := range []string{"[…]", "[...]", "(…)", "(...)", "…", "..."} {
		if strings.HasSuffix(s, e) {
			return strings.TrimSpace(strings.TrimSuffix(s, e))
		}
	}
	return s
}

// agreesWith reports whether the printed text t restates one of the
// declared descriptions: the same text, a close variant, or t opening
// with it.
func agreesWith(t string, declared []string) bool {
	for _, d := range declared {
		if d != "" && (text.SameText(t, d) || text.Similarity(t, d) >= 0.6 ||
			strings.HasPrefix(foldText(t), strings.TrimSuffix(foldText(d), "..."))) {
			return true
		}
	}
	return false
}

// ellipses mark where a declared description was cut short.
var ellipses = []string{"[…]", "[...]", "(…)", "(...)", "…", "...", ".."}

// cutStem returns the part of desc before the first ellipsis, or "" when
// desc has none: what is left of the text desc was cut from.
func cutStem(desc string) string {
	cut := -1
	for _, e := range ellipses {
		if i := strings.Index(desc, e); i >= 0 && (cut < 0 || i < cut) {
			cut = i
		}
	}
	if cut < 0 {
		return ""
	}
	return strings.TrimSpace(desc[:cut])
}

// cutFrom reports whether desc is t cut short: desc stops at an ellipsis
// (anything after it, like "Continue reading", aside), and t opens with
// the 40 bytes or more before it and runs on past them.
func cutFrom(desc, t string) bool {
	stem := foldText(cutStem(desc))
	ft := foldText(t)
	return len(stem) >= 40 && len(ft) > len(stem) && strings.HasPrefix(ft, stem)
}

// cutMidWord reports whether desc is t cut short with no ellipsis: t
// opens with desc (40 bytes or more, not a full sentence) and runs on
// with more of the same word, as a tag filled to a byte limit is cut.
func cutMidWord(desc, t string) bool {
	fd, ft := foldText(desc), foldText(t)
	if len(fd) < 40 || len(ft) <= len(fd) || endsSentence(desc) || !strings.HasPrefix(ft, fd) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ft[len(fd):])
	return unicode.IsLetter(r)
}

// sameOpening reports whether a and b open with the same 40 bytes once
// case and punctuation are folded away (or are the same text): one is the
// other, cut short or run on.
func sameOpening(a, b string) bool {
	fa, fb := text.Fold(a), text.Fold(b)
	const n = 40
	if len(fa) < n || len(fb) < n {
		return fa == fb
	}
	return fa[:n] == fb[:n]
}

// opens reports whether t is the opening of desc: desc starts with t and
// goes on for at least as much again.
func opens(t, desc string) bool {
	ft, fd := foldText(t), foldText(desc)
	return ft != "" && len(fd) >= 2*len(ft) && strings.HasPrefix(fd, ft)
}

// tighter returns desc instead of the printed dek t when t only starts
// with desc (up to its ellipsis, when desc was cut short) and goes on well
// past it: the element also holds a byline, a date or the first
// paragraph, or is the first paragraph; or when t is desc after a short
// byline and date line.
func tighter(t, desc string) string {
	d := trimEllipsis(desc)
	if stem := cutStem(desc); len(stem) >= 40 {
		d = stem
	}
	if len(t) > len(d)*13/10 && strings.HasPrefix(foldText(t), foldText(d)) {
		return desc
	}
	if cutStem(desc) == "" && dekAfterLine(t, d) {
		return desc // "Red. / 31.10.2023 Die ehemalige …": a byline and date before it
	}
	return t
}

// dropCutTail removes the last fragment of a description of several
// sentences that stops without a full stop or ellipsis, as a tag filled to
// a byte limit is cut ("… se derrumbaron. Fue un mo", "… said. The
// incident happened near Read More"): the description ends with its last
// full sentence. A fragment longer than a quarter of the text is kept.
func dropCutTail(d string) string {
	last, _ := utf8.DecodeLastRuneInString(d)
	if !unicode.IsLetter(last) {
		return d
	}
	cut := -1
	for _, e := range []string{". ", "! ", "? ", "。", "！", "？"} {
		if i := strings.LastIndex(d, e); i >= 0 && i+len(strings.TrimSpace(e)) > cut {
			cut = i + len(strings.TrimSpace(e))
		}
	}
	if cut < len(d)*3/4 || cutStem(d[:cut]) != "" {
		return d
	}
	return d[:cut]
}

func (p *page) setStandfirst(s string) string {
	p.standfirst = s
	return s
}

// description is the summary the page declares for itself: the text most
// of its declarations agree on (JSON-LD, og:, twitter: and the plain meta
// description), the earliest of them on a tie. A JSON-LD description that
// is really the lead image's caption loses to meta tags that agree with
// each other; one that only repeats the headline takes no part. all lists
// every usable declaration, in that order.
func (p *page) description() (best string, all []string) {
	var raw []string
	if p.art != nil && !describesBody(p.art) {
		raw = append(raw, p.art.Description)
	}
	raw = append(raw, p.descTag("og:description"), p.descTag("twitter:description"), p.descTag("description", "dc.description", "sailthru.description"))
	var c []string
	for _, d := range raw {
		if d = cleanDescription(d); len(d) >= minStandfirst && len(d) <= maxStandfirst && !notSummary(d) && !text.SameText(d, p.headline) && !p.slogan(d) && !p.siteBlurb(d) {
			c = append(c, d)
		}
	}
	for i, d := range c {
		// A declaration cut short stands for the full one it was cut from.
		for _, e := range c {
			if (cutFrom(d, e) || cutMidWord(d, e)) && cutStem(e) == "" {
				c[i] = e
				break
			}
		}
	}
	votes := 0
	for _, d := range c {
		n := 0
		for _, e := range c {
			if text.SameText(d, e) {
				n++
			}
		}
		if n > votes {
			best, votes = d, n
		}
	}
	if votes < len(c) {
		// The declarations disagree: one that the page prints as a
		// paragraph of its own wins the vote.
		if printed := p.printedText(c); printed != "" {
			best = printed
		}
	}
	return best, c
}

// describesBody reports whether the entity's description is its whole
// text: Blogger marks the post body itemprop="description articleBody";
// that description is the text, not a summary of it, and takes no part in
// the vote. Meta tags that copy the text cut short still do: corpus gold
// keeps such excerpts as the standfirst.
func describesBody(e *meta.Entity) bool {
	d, b := len(e.Description), len(e.Body)
	// Texts of very different lengths are not the same: no need to fold
	// a whole articleBody to know it.
	return d > 0 && b > 0 && d <= 2*b && b <= 2*d && text.SameText(e.Description, e.Body)
}

// descTag returns the first value of the first of the meta tags names
// that is not a byline or a placeholder (see notSummary), or "": a page
// may declare a tag twice, the byline first and the summary after it.
func (p *page) descTag(names ...string) string {
	for _, n := range names {
		vs := p.meta.Tags[n]
		for i, v := range vs {
			if d := cleanDescription(v); d != "" && !notSummary(d) {
				for _, w := range vs[i+1:] {
					if cutMidWord(d, cleanDescription(w)) {
						return w // a later copy of the tag in full
					}
				}
				return v
			}
		}
	}
	return ""
}

// shortDescription returns the first declared description that is too
// short to take part in the vote but is still a sentence of three words
// or more ("A preventable crisis."), or "".
func (p *page) shortDescription() string {
	raw := []string{p.descTag("og:description"), p.descTag("twitter:description"), p.descTag("description", "dc.description", "sailthru.description")}
	if p.art != nil && !describesBody(p.art) {
		raw = append([]string{p.art.Description}, raw...)
	}
	for _, d := range raw {
		d = cleanDescription(d)
		if notSummary(d) {
			continue
		}
		if len(d) >= minDeclared && len(d) < minStandfirst && text.WordCount(d) >= 3 && endsSentence(d) {
			return d
		}
	}
	return ""
}

// printedText returns the first of texts that a paragraph of the page
// (outside clutter and captions, see captionBox) shows, or "".
func (p *page) printedText(texts []string) string {
	found := ""
	walk(p.root, func(n *html.Node) bool {
		if found != "" || n.Type != html.ElementNode {
			return found == "" && n.Type == html.DocumentNode
		}
		if skipText(n) {
			return false
		}
		if n.DataAtom != atom.P {
			return true
		}
		t := nodeText(n)
		for _, d := range texts {
			if len(t) >= len(d)/2 && text.SameText(t, d) && !p.inClutter(n) && !captionBox(n) {
				found = d
				break
			}
		}
		return false
	})
	return found
}

// manyParagraphs reports whether n holds three paragraphs or more of
// 100 bytes or more: the text itself, not a dek (a dek box may add a short
// kicker or byline paragraph).
func manyParagraphs(n *html.Node) bool {
	k := 0
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && c.DataAtom == atom.P {
			if textLen(c) >= 100 {
				k++
			}
			return false
		}
		return k < 3
	})
	return k >= 3
}

// slogan reports whether d is a site's slogan with its address ("++
// lokalo.de Blaulicht ++"): a few words, no sentence, the page's host.
func (p *page) slogan(d string) bool {
	if p.base == nil || text.WordCount(d) > 6 || endsSentence(d) {
		return false
	}
	return strings.Contains(strings.ToLower(d), strings.TrimPrefix(strings.ToLower(p.base.Hostname()), "www."))
}

// siteBlurb reports whether d describes the site rather than the
// article, as a template declares on every page ("Official site of The
// Week Magazine, offering commentary…", "Breaking News … from OANN.com"):
// it names the host's label in its first five words, or the host's
// address anywhere, and shares no word of four letters or more with a
// headline of three such words or more.
func (p *page) siteBlurb(d string) bool {
	if p.host == "" || p.headline == "" {
		return false
	}
	hs := hostNames(p.host)
	label := hs[len(hs)-1]
	words := strings.Fields(text.Fold(d))
	if len(label) < 4 || len(words) < 5 {
		return false
	}
	if !strings.Contains(strings.Join(words[:5], ""), label) && !strings.Contains(strings.ToLower(d), hs[0]) {
		return false // the site named in the opening words or by its address
	}
	head := map[string]bool{}
	for _, w := range strings.Fields(text.Fold(p.headline)) {
		if len(w) >= 4 {
			head[w] = true
		}
	}
	if len(head) < 3 {
		return false // too few words to tell (CJK headlines)
	}
	for _, w := range strings.Fields(text.Fold(d)) {
		if head[w] {
			return false
		}
	}
	return true
}

// cleanDescription collapses white space in a declared description,
// decodes entities left escaped twice (&amp;quot; in the source) and drops
// a date stamp before it (see dateStamp).
func cleanDescription(s string) string {
	if strings.Contains(s, "&") && strings.Contains(s, ";") {
		s = html.UnescapeString(s)
	}
	if strings.Contains(s, "<") {
		s = markupTag.ReplaceAllString(s, " ")
	}
	s = text.Clean(s)
	if m := dateStamp.FindStringIndex(s); m != nil && m[1] < len(s) {
		s = s[m[1]:]
	}
	return s
}

// dateStamp matches a date and time that open a declared description,
// before a separator: "06.11.2023, 11.41 Uhr : In Nord wurde …".
var dateStamp = regexp.MustCompile(`^\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}),?\s*(?:\d{1,2}[.:]\d{2}\s*(?:Uhr\s*)?)?[:|–—-]\s+`)

// notSummary reports whether a declared description is not a summary of
// the article: a byline ("Written by Jane Doe", "Par Jane Doe (Le Blog,
// 21 juin 2018)") or a CMS's placeholder text.
func notSummary(d string) bool {
	if placeholderDescription[strings.ToLower(d)] {
		return true
	}
	return text.WordCount(d) <= 12 && !endsSentence(d) && bylineDescription.MatchString(d)
}

// placeholderDescription holds descriptions a CMS declares for a post
// that has no excerpt (WordPress.com and Jetpack: "Visit the post for
// more."), lowercased.
var placeholderDescription = map[string]bool{
	"visit the post for more.": true,
}

// bylineDescription matches a description that opens with a byline marker
// and a capitalised name.
var bylineDescription = regexp.MustCompile(`^(?i:(written |posted |geschrieben )?(by|von|par|por|door|di|av))\s+\p{Lu}`)

// markupTag matches an HTML tag left in a declared description ("<p>",
// "<a href=...>", "</em>"), or one cut off at its end.
var markupTag = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?(>|$)`)

// near reports whether b is within a few elements of a in document order
// and after it.
func near(a, b *html.Node) bool { return within(a, b, 8) }

// textWithin reports whether b is among the next k blocks after a that
// show some text (empty icons and links do not count, nor the caption of
// a lead picture between the headline and the dek), looking at most 4k
// blocks ahead. Inside a block that holds b, b must come before
// maxTextBefore bytes of its text: a block that holds the whole body text
// directly does not bring everything in it close to the headline.
func textWithin(a, b *html.Node, k int) bool {
	seen := 0
	for n, i := nextBlock(a), 0; n != nil && seen < k && i < 4*k; n, i = nextBlock(n), i+1 {
		if n == b || contains(b, n) {
			return true
		}
		if contains(n, b) {
			// A block that holds b: b counts only near its top, not
			// deep in a body container that holds text directly.
			return textBefore(n, b, maxTextBefore) < maxTextBefore
		}
		if nodeText(n) != "" && !inCaption(n) {
			seen++
		}
	}
	return false
}

// maxTextBefore is the text (in bytes) a block may show before an element
// inside it that still counts as the block's opening.
const maxTextBefore = 200

// inCaption reports whether n is a figure's caption or sits in one, looking
// a few levels up.
func inCaption(n *html.Node) bool {
	for i := 0; n != nil && i < 4; n, i = n.Parent, i+1 {
		if n.DataAtom == atom.Figcaption {
			return true
		}
	}
	return false
}

// captionBox reports whether n is a caption or sits in one a few levels
// up: a figcaption, or an element whose class calls it a caption (the
// box under a lead video that repeats one of the page's descriptions).
func captionBox(n *html.Node) bool {
	for i := 0; n != nil && i < 4; n, i = n.Parent, i+1 {
		if n.DataAtom == atom.Figcaption || strings.Contains(strings.ToLower(attr(n, "class")), "caption") {
			return true
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
