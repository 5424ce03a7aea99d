package scoop

import (
	"cmp"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsscoop/scoop/internal/dates"
	"github.com/newsscoop/scoop/internal/meta"
	"github.com/newsscoop/scoop/internal/text"
	"github.com/newsscoop/scoop/selectors"
)

// body is the article body: readability's node, cleaned, and what is read
// from it.
type body struct {
	node     *html.Node
	blocks   []block
	sections []Section
	text     string
	html     string
	linkText int // bytes of link text in the body
	allText  int // bytes of text in the body
}

// block is one paragraph or heading of the body.
type block struct {
	node  *html.Node
	text  string
	level int // heading level, 0 for a paragraph
	// split is the element whose text was split into several blocks
	// (paragraphs set apart by <br>), each without a node of its own.
	split *html.Node
	// box is the element holding the inline run the block was read
	// from, which has no element of its own when node is nil.
	box *html.Node
}

// extractBody runs readability on a pruned clone of the page and reads the
// blocks of its result. What to prune is decided once, on the original
// tree; the page's own body container is measured there too and cloned
// only when it wins.
func (p *page) extractBody() *body {
	drops := p.discards()
	rootSkip := drops.skip(p.root) // one walk of the page for its text length
	clone := cloneWithout(p.root, rootSkip)
	markHeadings(clone)
	parser := readability.NewParser()
	parser.DisableJSONLD = true // scoop reads JSON-LD itself
	res, err := parser.ParseAndMutate(clone, p.base)
	b := &body{}
	if err == nil && res.Node != nil {
		b.node = res.Node
	}
	if alt := p.bodyContainer(); alt != nil {
		skip := drops.skip(alt)
		got, want := 0, textLenWithout(alt, skip)
		if b.node != nil {
			got = textLen(b.node)
		}
		// Readability kept much less than the page's own body container
		// holds, or took much more (a whole column with its lists): take
		// the container, pruned.
		if got < want*2/3 || (want >= 400 && got > want*5/4 && got < want*3) {
			b.node = cloneWithout(alt, skip)
		}
	} else if c := p.paragraphCluster(); c != nil {
		skip := drops.skip(c)
		got, want := 0, textLenWithout(c, skip)
		if b.node != nil {
			got = textLen(b.node)
		}
		// Readability kept much less than the element holding the page's
		// paragraphs: one box of a split body, or a list that scored
		// higher than the prose beside it. Take that element, pruned,
		// provided its own paragraphs are most of what it holds.
		if got < want*2/3 && p.clusterText*5 >= want*2 && holdsPart(c, b.node) {
			b.node = cloneWithout(c, skip)
		}
	}
	if b.node != nil && res.Node == b.node {
		if a := p.headlineArticle(b.node, drops); a != nil {
			b.node = a
		} else {
			p.restoreBetween(b.node, rootSkip)
			p.restoreEdges(b.node, rootSkip)
		}
	}
	got := 0
	if b.node != nil {
		got = textLen(b.node)
		if n := p.continuedBody(b.node, got, rootSkip); n != nil {
			b.node = n
			got = textLen(n)
		}
	}
	if n := p.declaredBody(got, rootSkip); n != nil {
		b.node = n
	} else if got < maxCommentedGot {
		if n := p.commentedBody(); n != nil {
			b.node = n
		}
	}
	if b.node != nil {
		p.restoreHeadings(b.node, rootSkip)
		b.blocks = p.readBlocks(b.node)
	}
	if len(b.blocks) == 0 && p.art != nil && len(p.art.Body) > 200 {
		for _, para := range strings.Split(p.art.Body, "\n") {
			if t := text.Clean(para); t != "" && !isLorem(t) {
				b.blocks = append(b.blocks, block{text: t})
			}
		}
	}
	b.finish()
	return b
}

// minArticleText is the least paragraph text (bytes) of the article
// element holding the headline that headlineArticle takes over
// readability's choice.
const minArticleText = 300

// headlineArticle returns the article element that holds the headline
// (the headline element's, else the one titledArticle finds), pruned,
// when readability's result part lies outside it and the element holds
// paragraphs of its own (minArticleText): readability scored a list of
// other articles' teasers higher than a short text. Else nil.
func (p *page) headlineArticle(part *html.Node, drops discardSet) *html.Node {
	var a *html.Node
	if p.headlineNode != nil {
		a = closest(p.headlineNode, func(n *html.Node) bool { return n.DataAtom == atom.Article })
	} else {
		a = p.titledArticle()
	}
	if a == nil || holdsPart(a, part) {
		return nil
	}
	skip := drops.skip(a)
	if closest(a, skip) != nil || p.inClutter(a) {
		return nil
	}
	c := cloneWithout(a, skip)
	if pTextLen(c) < minArticleText {
		return nil
	}
	return c
}

// maxBetween is the most paragraphs restoreBetween puts back between two
// kept blocks.
const maxBetween = 3

// restoreBetween puts back the paragraphs and section headings
// readability left out between two blocks it kept of the same box:
// readability joins the siblings of its best element one by one, drops a
// paragraph whose link takes a quarter of its text, and a heading whose
// class looks like a page header's. When two consecutive blocks of root (readability's
// result) are siblings in the page with only paragraphs between them (not
// discarded, at most maxBetween, each minLeadParagraph long or more: short
// lines between kept blocks are labels and embeds' leftovers), those are
// text and are cloned back in between. One walk of the original tree finds
// the blocks.
func (p *page) restoreBetween(root *html.Node, skip func(*html.Node) bool) {
	box := root
	for c := onlyElementChild(box); c != nil; c = onlyElementChild(box) {
		box = c // readability's page wrapper, and the wrappers inside it
	}
	var kids []*html.Node
	var probes []string
	var depths []int
	for c := box.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		pr := firstTextOf(c)
		d := 0
		if pr != "" {
			d = probeDepth(c, pr)
		}
		kids, probes, depths = append(kids, c), append(probes, pr), append(depths, d)
	}
	if len(kids) < 2 {
		return
	}
	origs := p.originalsOf(probes...)
	for i := range origs {
		for k := 0; origs[i] != nil && k < depths[i]; k++ {
			origs[i] = origs[i].Parent
		}
	}
	for i := 0; i+1 < len(kids); i++ {
		a, b := origs[i], origs[i+1]
		if a != nil && b != nil && a.Parent != b.Parent {
			// Readability unwraps a box holding one paragraph
			// ("div.wpb_text_column > div.wpb_wrapper > p"): compare the
			// boxes.
			a, b = liftSingle(a), liftSingle(b)
		}
		if a == nil || b == nil || a == b || a.Parent != b.Parent {
			continue
		}
		var between []*html.Node
		for s := a.NextSibling; s != nil && s != b; s = s.NextSibling {
			if s.Type != html.ElementNode {
				continue
			}
			if !(s.DataAtom == atom.P && textLen(s) >= minLeadParagraph || betweenHeading(s)) || skip(s) || len(between) == maxBetween {
				between = nil
				break
			}
			between = append(between, s)
		}
		for _, s := range between {
			box.InsertBefore(cloneWithout(s, skip), kids[i+1])
		}
	}
}

// liftSingle returns the highest ancestor of n that holds nothing but n
// (n itself when its parent holds more).
func liftSingle(n *html.Node) *html.Node {
	for n.Parent != nil && n.Parent.Type == html.ElementNode && n.Parent.DataAtom != atom.Body && onlyElementChild(n.Parent) == n {
		n = n.Parent
	}
	return n
}

// betweenHeading reports whether s is a section heading that
// restoreBetween puts back: an h2 to h4 of a line's length
// (readability drops one whose class reads as a page header,
// "vc_custom_heading running-header").
func betweenHeading(s *html.Node) bool {
	switch s.DataAtom {
	case atom.H2, atom.H3, atom.H4:
		l := textLen(s)
		return l > 0 && l <= maxBetweenHeading
	}
	return false
}

// maxBetweenHeading is the longest heading (bytes) restoreBetween puts
// back.
const maxBetweenHeading = 200

// onlyElementChild returns n's one element child, or nil when it has
// none, several or text of its own.
func onlyElementChild(n *html.Node) *html.Node {
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && only == nil:
			only = c
		default:
			return nil
		}
	}
	return only
}

// probeDepth returns how many levels below n the text node that says
// probe sits, counted from its parent element (0: a child of n).
func probeDepth(n *html.Node, probe string) int {
	depth := -1
	var find func(c *html.Node, d int) bool
	find = func(c *html.Node, d int) bool {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) == probe {
			depth = d - 1
			return true
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			if find(k, d+1) {
				return true
			}
		}
		return false
	}
	find(n, 0)
	return max(depth, 0)
}

// restoreHeadings puts back the section headings readability removed:
// for each paragraph of the body, the heading that comes right before
// it in the original tree (only empty, skipped or unkept boxes between
// them, a product card for one) is cloned before it, unless the body
// already holds a heading that says it. Only a heading of a kind (tag
// and class) the body kept elsewhere comes back: a kind readability
// dropped everywhere is page furniture (a review's score box, a sidebar
// title), and so is a heading whose class readability calls unlikely.
// One walk of the original tree finds the paragraphs by their first
// text.
func (p *page) restoreHeadings(root *html.Node, skip func(*html.Node) bool) {
	have, kinds := map[string]bool{}, map[string]bool{}
	var paras []*html.Node
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return false
		}
		if headingLevel(n) > 0 {
			have[text.Fold(nodeText(n))] = true
			// Readability strips classes: a bare heading stands for
			// every heading of its tag.
			kinds[n.Data+"."+classOf(n)] = true
			return false
		}
		if n.DataAtom == atom.P {
			paras = append(paras, n)
			return false
		}
		return !skipText(n)
	})
	if len(paras) == 0 {
		return
	}
	kept := map[string]*html.Node{}
	for _, n := range paras {
		if k := firstText(n); len(k) >= minRestoreProbe {
			kept[k] = n
		}
	}
	walk(p.root, func(n *html.Node) bool {
		if n.Type != html.ElementNode || skipText(n) {
			return n.Type == html.DocumentNode
		}
		if n.DataAtom != atom.P {
			return true
		}
		dst := kept[firstText(n)]
		if dst == nil {
			return false
		}
		h := headingBefore(n, skip, kept)
		if h == nil || !restorable(h, kinds) || holdsBoxes(h) {
			return false
		}
		t := text.Fold(nodeText(h))
		if t == "" || have[t] || text.SameText(nodeText(h), p.headline) {
			return false
		}
		have[t] = true
		dst.Parent.InsertBefore(cloneWithout(h, skip), dst)
		return false
	})
}

// restorable reports whether heading h is of a kind the body kept (see
// restoreHeadings) and its class and id are not unlikely ones.
func restorable(h *html.Node, kinds map[string]bool) bool {
	if !kinds[h.Data+"."+classOf(h)] && !kinds[h.Data+"."] {
		return false
	}
	return !unlikelyHeading.MatchString(classOf(h) + " " + attr(h, "id"))
}

// unlikelyHeading matches the class or id of a heading readability drops
// on purpose (its unlikely-candidate words): restoreHeadings leaves it
// out.
var unlikelyHeading = regexp.MustCompile(`(?i)header|footer|menu|sidebar|comment|related|social|sponsor|banner|promo`)

// minRestoreProbe is the shortest first text (bytes) by which
// restoreHeadings finds a body paragraph in the original tree.
const minRestoreProbe = 30

// firstText is the first non-blank text node below n, trimmed.
func firstText(n *html.Node) string {
	var t string
	walk(n, func(c *html.Node) bool {
		if t != "" {
			return false
		}
		if c.Type == html.TextNode {
			t = strings.TrimSpace(c.Data)
		}
		return c.Type != html.ElementNode || !skipText(c)
	})
	return t
}

// headingBefore returns the h2–h6 right before paragraph n among its
// siblings, alone or as the only content of a box, passing over boxes
// with no text, skipped ones and at most one box with no kept paragraph
// (a card of the thing the section is about); nil if a paragraph or
// another box comes first.
func headingBefore(n *html.Node, skip func(*html.Node) bool, kept map[string]*html.Node) *html.Node {
	passed := 0
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type != html.ElementNode || skip(s) || textLen(s) == 0 {
			continue
		}
		if headingLevel(s) >= 2 {
			return s
		}
		if s.DataAtom == atom.Div {
			if h := onlyHeading(s); h != nil {
				return h
			}
		}
		if s.DataAtom == atom.P || passed > 0 || holdsKept(s, kept) {
			return nil
		}
		passed++
	}
	return nil
}

// holdsKept reports whether box s is, or holds, a paragraph of the body.
func holdsKept(s *html.Node, kept map[string]*html.Node) bool {
	if kept[firstText(s)] != nil {
		return true
	}
	return findFirst(s, func(c *html.Node) bool { return c.DataAtom == atom.P && kept[firstText(c)] != nil }) != nil
}

// markHeadings wraps the content of each h2–h6 of the clone doc that is
// the only content of a div in a span. Readability counts the text of a
// box only below a div, p, span or the like, so it finds no text in
// <div><h3>…</h3></div> and removes the box as empty, and with it a
// section heading the page wraps in a div of its own; the span keeps the
// markup as it scores it.
//
// A heading that holds paragraphs or boxes and more than a heading's
// text (a page that wraps its whole text, or a gallery's captions, in an
// h2 or h4) becomes a div: it is a box, not a section heading.
func markHeadings(doc *html.Node) {
	walk(doc, func(n *html.Node) bool {
		if n.Type == html.ElementNode && skipText(n) {
			return false
		}
		if headingLevel(n) > 0 && holdsBoxes(n) {
			n.Data, n.DataAtom = "div", atom.Div
			return true
		}
		if n.DataAtom != atom.Div {
			return true
		}
		h := onlyHeading(n)
		if h == nil || counted(h) {
			return true
		}
		span := &html.Node{Type: html.ElementNode, Data: "span", DataAtom: atom.Span}
		for c := h.FirstChild; c != nil; c = h.FirstChild {
			h.RemoveChild(c)
			span.AppendChild(c)
		}
		h.AppendChild(span)
		return false
	})
}

// maxBoxedHeading is the longest text (bytes) of a heading element that
// holds block elements and is still taken for a heading.
const maxBoxedHeading = 200

// holdsBoxes reports whether heading h holds a paragraph, box or figure
// and more than maxBoxedHeading bytes of text. A list in a heading is a
// dek's points, which the dek rules weigh whole.
func holdsBoxes(h *html.Node) bool {
	return textLen(h) > maxBoxedHeading && findFirst(h, func(c *html.Node) bool {
		return c.DataAtom == atom.P || c.DataAtom == atom.Div || c.DataAtom == atom.Figure
	}) != nil
}

// counted reports whether readability already counts the text of heading
// h: it all sits in one span, p or div.
func counted(h *html.Node) bool {
	var only *html.Node
	for c := h.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "", c.Type == html.CommentNode:
		case c.Type == html.ElementNode && only == nil:
			only = c
		default:
			return false
		}
	}
	return only != nil && (only.DataAtom == atom.Span || only.DataAtom == atom.P || only.DataAtom == atom.Div)
}

// onlyHeading returns the h2–h6 that is n's only content, or nil.
func onlyHeading(n *html.Node) *html.Node {
	var h *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "", c.Type == html.CommentNode:
		case c.Type == html.ElementNode && h == nil && headingLevel(c) >= 2:
			h = c
		default:
			return nil
		}
	}
	return h
}

// Limits of continuedBody.
const (
	// maxPartClimb is how many levels above the body's first paragraph
	// continuedBody looks for the box the text is split into.
	maxPartClimb = 8
	// minPartText is the least text (bytes) of the paragraphs of a box
	// that continues the body.
	minPartText = 100
)

// continuedBody rebuilds the body when the page splits its text into
// sibling boxes of one class (a box per few paragraphs, ads or teasers
// between them) and part, the body found (got bytes of text), is one of
// them. It finds the original paragraph that holds part's longest text
// and climbs from it to the boxes whose parent holds other boxes of the
// same tag and class; the run of those from the first to the last that
// hold paragraphs of the same tag and class as that one (outside
// clutter and skipped elements) is cloned in document order into a new
// element, provided it holds more than got. Where that paragraph is a bare
// p (no class), the boxes must be named by more than grid classes, not be
// stories of a list (article, li), and hold bare paragraphs themselves with
// no teaser's linked heading. It returns nil when there is no such run.
func (p *page) continuedBody(part *html.Node, got int, skip func(*html.Node) bool) *html.Node {
	para := p.originalOf(longestParaText(part))
	if para == nil {
		return nil
	}
	bare := classOf(para) == ""
	for a, i := para.Parent, 0; a != nil && a.Parent != nil && i < maxPartClimb; a, i = a.Parent, i+1 {
		if a.DataAtom == atom.Body || a.DataAtom == atom.Html {
			return nil
		}
		if bare && (!storyPart(a) || !hasTwin(a) || !continues(a, para, skip)) {
			continue
		}
		parts := p.sameBoxes(a, para, skip)
		if len(parts) < 2 {
			continue
		}
		out := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
		for _, s := range parts {
			out.AppendChild(cloneWithout(s, skip))
		}
		if textLen(out) > got*5/4 {
			return out
		}
	}
	return nil
}

// gridClass holds the class names of a page's layout grid: boxes of every
// kind carry them, so sharing one says nothing about holding the same
// text.
var gridClass = map[string]bool{"row": true, "container": true, "container-fluid": true, "col": true, "column": true, "clearfix": true}

// storyPart reports whether box a may be one of the boxes a body of bare
// paragraphs (no class) is split into: not an article or list item (one
// story of a list), not a grid row, and named by more than grid classes.
func storyPart(a *html.Node) bool {
	if a.DataAtom == atom.Article || a.DataAtom == atom.Li {
		return false
	}
	named := false
	for _, c := range strings.Fields(strings.ToLower(classOf(a))) {
		if c == "row" {
			return false
		}
		named = named || !gridClass[c]
	}
	return named
}

// hasTwin reports whether element a has a sibling of its tag and class.
func hasTwin(a *html.Node) bool {
	class := classOf(a)
	for s := a.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s != a && s.Type == html.ElementNode && s.DataAtom == a.DataAtom && s.Data == a.Data && classOf(s) == class {
			return true
		}
	}
	return false
}

// sameBoxes returns box a with its siblings of the same tag and class
// (outside clutter and skipped elements) from the first to the last that
// continues the body, in document order; between those, a box that does
// not continue it stays only when it is short (a subheading of its own).
// It returns nil if a has no class.
func (p *page) sameBoxes(a, para *html.Node, skip func(*html.Node) bool) []*html.Node {
	class := classOf(a)
	if class == "" {
		return nil
	}
	var boxes []*html.Node
	first, last := -1, -1
	for s := a.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s.Type != html.ElementNode || s.DataAtom != a.DataAtom || classOf(s) != class || s != a && (skip(s) || p.inClutter(s)) {
			continue
		}
		switch {
		case s == a || continues(s, para, skip):
			if first < 0 {
				first = len(boxes)
			}
			last = len(boxes)
		case textLenWithout(s, skip) >= minPartText:
			continue
		}
		boxes = append(boxes, s)
	}
	return boxes[first : last+1]
}

// continues reports whether box s, a sibling of the body's box, holds
// more of the body: paragraphs like para (at least minPartText bytes) are
// most of its text outside asides, and links are not.
func continues(s, para *html.Node, skip func(*html.Node) bool) bool {
	like := likeText(s, para)
	all := textLenWithout(s, func(n *html.Node) bool {
		return skip(n) || n.DataAtom == atom.Aside || n.DataAtom == atom.Nav || n.DataAtom == atom.Footer
	})
	if like < minPartText || like*3 < all*2 || linkTextLen(s)*3 >= all {
		return false
	}
	// Bare paragraphs (no class) are also the summaries of teaser cards:
	// a box with a linked heading lists other stories; one with a title
	// of its own (an h1, or a title heading and a <time>) is the next
	// story of an endless page.
	return classOf(para) != "" || !hasLinkedHeading(s) && !hasStoryHead(s)
}

// hasStoryHead reports whether box n opens a story of its own: it holds
// an h1, or a heading whose class calls it a title and a <time>.
func hasStoryHead(n *html.Node) bool {
	if findFirst(n, func(c *html.Node) bool { return c.DataAtom == atom.H1 }) != nil {
		return true
	}
	return findFirst(n, func(c *html.Node) bool { return c.DataAtom == atom.Time }) != nil &&
		findFirst(n, func(c *html.Node) bool {
			return headingLevel(c) > 0 && strings.Contains(strings.ToLower(classOf(c)), "title")
		}) != nil
}

// hasLinkedHeading reports whether a heading below n is all link text: the
// title of a teaser card.
func hasLinkedHeading(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found || c.Type != html.ElementNode {
			return false
		}
		if headingLevel(c) > 0 {
			t := textLen(c)
			found = t > 0 && linkTextLen(c) == t
			return false
		}
		return true
	})
	return found
}

// longestParaText returns the longest text (trimmed) in a p below n: a
// paragraph of the body rather than its lead; "" if none has 40 bytes.
func longestParaText(n *html.Node) string {
	probe := ""
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && skipText(c) {
			return false
		}
		if t := strings.TrimSpace(c.Data); c.Type == html.TextNode && len(t) >= 40 && len(t) > len(probe) && c.Parent.DataAtom == atom.P {
			probe = t
		}
		return true
	})
	return probe
}

// originalOf returns the element of the original tree whose text node says
// probe, or nil.
func (p *page) originalOf(probe string) *html.Node {
	return p.originalsOf(probe)[0]
}

// originalsOf returns, for each probe, the element of the original tree
// whose text node says it (nil for "" or where none does), in one walk.
func (p *page) originalsOf(probes ...string) []*html.Node {
	return originalsIn(p.root, probes...)
}

// originalsIn is originalsOf for the tree below root.
func originalsIn(root *html.Node, probes ...string) []*html.Node {
	found := make([]*html.Node, len(probes))
	left := 0
	for _, pr := range probes {
		if pr != "" {
			left++
		}
	}
	if left == 0 {
		return found
	}
	walk(root, func(n *html.Node) bool {
		if left == 0 || n.Type == html.ElementNode && skipText(n) {
			return false
		}
		if n.Type == html.TextNode {
			t := strings.TrimSpace(n.Data)
			for i, pr := range probes {
				if found[i] == nil && pr != "" && t == pr {
					found[i] = n.Parent
					left--
					break
				}
			}
		}
		return true
	})
	return found
}

// likeText is the text length of the elements below n that have the tag
// and class of para.
func likeText(n, para *html.Node) int {
	class, t := classOf(para), 0
	walk(n, func(c *html.Node) bool {
		if c.Type != html.ElementNode || c == n {
			return c == n || c.Type == html.DocumentNode
		}
		if c.DataAtom == para.DataAtom && c.Data == para.Data && classOf(c) == class {
			t += textLen(c)
			return false
		}
		return !skipText(c)
	})
	return t
}

// classOf is the class attribute of n with its spaces normalised.
func classOf(n *html.Node) string {
	return strings.Join(strings.Fields(attr(n, "class")), " ")
}

// Limits of declaredBody.
const (
	// minDeclaredBody is the shortest declared text (JSON-LD articleBody,
	// in bytes) that can overrule readability.
	minDeclaredBody = 1000
	// declaredFound is the part of the declared text (in tenths) that the
	// page's own blocks must hold for them to become the body.
	declaredFound = 6
)

// declaredBody rebuilds the body from the page's own blocks when the page
// declares its text (JSON-LD articleBody) and the body found holds less
// than half of it (got bytes of text): readability kept one of several
// containers the text is split across, or a teaser. The blocks
// (paragraphs, list items, quotes, headings) outside clutter whose words
// the declaration holds (most of their three-word runs) are copied in
// document order into a new element, provided they hold most of the
// declared text; else nil. A JSON-LD declaration is the site's own copy
// of the text: it vouches for paragraphs in a box the discard rules
// dropped (a teaser or paywall wrapper). A microdata or RDFa articleBody
// is only the text of an element of the page, a gallery's captions
// included, so there the elements skip reports stay out.
func (p *page) declaredBody(got int, skip func(*html.Node) bool) *html.Node {
	if p.art == nil || len(p.art.Body) < minDeclaredBody || got*2 >= len(p.art.Body) {
		return nil
	}
	folded := text.Fold(p.art.Body)
	declared := " " + folded + " "
	runs := map[string]struct{}{}
	words := strings.Fields(folded)
	for i := 0; i+3 <= len(words); i++ {
		runs[strings.Join(words[i:i+3], " ")] = struct{}{}
	}
	holds := func(t string, heading bool) bool {
		w := strings.Fields(text.Fold(t))
		if len(w) < 6 {
			if heading && len(w) >= 2 {
				// Declared text often runs a heading into the
				// paragraph after it, without a space.
				return strings.Contains(declared, " "+strings.Join(w, " "))
			}
			return len(w) > 0 && strings.Contains(declared, " "+strings.Join(w, " ")+" ")
		}
		in := 0
		for i := 0; i+3 <= len(w); i++ {
			if _, ok := runs[strings.Join(w[i:i+3], " ")]; ok {
				in++
			}
		}
		return in*5 >= (len(w)-2)*3
	}
	if p.art.Source == meta.SourceJSONLD {
		skip = func(*html.Node) bool { return false }
	}
	out := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	found := 0
	walk(p.root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		if skipText(n) || p.inClutter(n) || skip(n) {
			return false
		}
		least := 3 // words: a short paragraph's words are in any long text
		switch n.DataAtom {
		case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			least = 1
		case atom.P, atom.Li, atom.Blockquote:
		default:
			return true
		}
		if t := nodeText(n); text.WordCount(t) >= least && holds(t, least == 1) {
			out.AppendChild(cloneWithout(n, func(*html.Node) bool { return false }))
			found += len(t)
		}
		return false
	})
	if found*10 < len(p.art.Body)*declaredFound {
		return nil
	}
	return out
}

// Limits of commentedBody.
const (
	// maxCommentedGot is the most text (bytes) of the body found for which
	// commentedBody looks in the page's comments.
	maxCommentedGot = 200
	// minCommentedText is the least paragraph text (bytes) a comment's
	// markup holds to be the body.
	minCommentedText = 1000
	// maxCommented is the most comments commentedBody parses.
	maxCommented = 8
)

// commentedBody returns the body that the page holds as markup inside an
// HTML comment, for a script to reveal once the reader consents (a
// storytelling page whose whole text waits behind a consent layer), when
// the body found is next to nothing: readability's result on the
// comment's markup that holds the most paragraph text, at least
// minCommentedText, or nil. At most maxCommented comments are parsed.
func (p *page) commentedBody() *html.Node {
	var best *html.Node
	bestLen := minCommentedText - 1
	parsed := 0
	walk(p.root, func(n *html.Node) bool {
		if parsed == maxCommented || n.Type == html.ElementNode && skipText(n) {
			return false
		}
		if n.Type != html.CommentNode || len(n.Data) < minCommentedText || !strings.Contains(n.Data, "<p") {
			return true
		}
		parsed++
		doc, err := html.Parse(strings.NewReader(n.Data))
		if err != nil || pTextLen(doc) <= bestLen {
			return true
		}
		parser := readability.NewParser()
		parser.DisableJSONLD = true
		res, err := parser.ParseAndMutate(doc, p.base)
		if err == nil && res.Node != nil {
			if l := pTextLen(res.Node); l > bestLen {
				best, bestLen = res.Node, l
			}
		}
		return true
	})
	return best
}

// bodyContainer returns the page's body container found by the body rules
// in the original tree, or nil.
func (p *page) bodyContainer() *html.Node {
	if p.containerDone {
		return p.container
	}
	p.containerDone = true
	for _, n := range p.matcher(selectors.Body).MatchAll(p.root) {
		if !p.inClutter(n) && textLen(n) > 200 {
			p.container = n
			break
		}
	}
	return p.container
}

// discardSet holds the elements of the original tree that the discard
// rules match, each with the length of its paragraph text.
type discardSet map[*html.Node]int

// skip returns the test that leaves discarded elements out of a clone of
// root, except those holding most of root's paragraph text: a broad class
// on a wrapper must not take the article with it. A list (ul, ol) is no
// such wrapper: a long comment list or a gallery's captions go however
// much text they hold.
func (d discardSet) skip(root *html.Node) func(*html.Node) bool {
	total := pTextLen(root)
	return func(n *html.Node) bool {
		l, ok := d[n]
		return ok && (total == 0 || l <= total*2/5 || n.DataAtom == atom.Ul || n.DataAtom == atom.Ol)
	}
}

// discards finds the clutter that the discard rules match in the original
// tree, once per page. Elements that hold the headline (or the first h1)
// or the page's body container are never clutter: a modifier class on a wrapper
// ("has-sharing", "non-paywall", a WordPress "tag-newsletter" post class)
// says nothing about what it holds.
func (p *page) discards() discardSet {
	if p.drops != nil {
		return p.drops
	}
	keep := map[*html.Node]bool{}
	head := p.headlineNode
	if head == nil {
		head = findFirst(p.root, func(c *html.Node) bool { return c.DataAtom == atom.H1 })
	}
	for _, n := range []*html.Node{head, p.bodyContainer()} {
		for ; n != nil; n = n.Parent {
			keep[n] = true
		}
	}
	m := p.matcher(selectors.Discard)
	d := discardSet{}
	var clusters topNodes
	// visit matches every element and returns the paragraph text length
	// of n, in one pass over the tree; it offers each element to clusters
	// with the text of its own paragraphs (p children).
	var visit func(n *html.Node) int
	visit = func(n *html.Node) int {
		if n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return 0
		}
		if n.DataAtom == atom.Head {
			return 0
		}
		l, own := 0, 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			cl := visit(c)
			l += cl
			if c.DataAtom == atom.P {
				own += cl
			}
		}
		if n.Type != html.ElementNode {
			return l
		}
		if n.DataAtom == atom.P {
			l = textLen(n)
		}
		if n.DataAtom == atom.Form && findFirst(n, func(c *html.Node) bool { return c.DataAtom == atom.Textarea }) != nil {
			l = 0 // a comment or contact form: its labels shield nothing
		}
		clusters.add(n, own)
		switch n.DataAtom {
		case atom.Html, atom.Body:
			return l
		}
		if !keep[n] && m.Match(n) {
			d[n] = l
		}
		return l
	}
	visit(p.root)
	p.drops = d
	p.clusters = clusters
	return d
}

// holdsPart reports whether the original element c holds the first
// sizeable text of part (a node of a clone): readability kept a piece of
// c rather than something else.
func holdsPart(c, part *html.Node) bool {
	if part == nil {
		return false
	}
	probe := ""
	walk(part, func(n *html.Node) bool {
		if probe != "" || n.Type == html.ElementNode && skipText(n) {
			return false
		}
		if t := strings.TrimSpace(n.Data); n.Type == html.TextNode && len(t) >= 40 {
			probe = t
		}
		return true
	})
	found := false
	walk(c, func(n *html.Node) bool {
		if found {
			return false
		}
		found = n.Type == html.TextNode && strings.TrimSpace(n.Data) == probe
		return true
	})
	return probe != "" && found
}

// Limits of paragraphCluster.
const (
	// clusterCandidates is how many elements with the most paragraph text
	// of their own discards keeps for paragraphCluster.
	clusterCandidates = 3
	// minClusterText is the least text (bytes) the paragraphs of a
	// cluster hold.
	minClusterText = 500
)

// topNodes keeps the elements with the largest scores, best first.
type topNodes struct {
	nodes  [clusterCandidates]*html.Node
	scores [clusterCandidates]int
}

// add offers n with score s.
func (t *topNodes) add(n *html.Node, s int) {
	if s <= t.scores[len(t.scores)-1] {
		return
	}
	i := len(t.scores) - 1
	for ; i > 0 && t.scores[i-1] < s; i-- {
		t.nodes[i], t.scores[i] = t.nodes[i-1], t.scores[i-1]
	}
	t.nodes[i], t.scores[i] = n, s
}

// paragraphCluster returns the element whose own p children hold the most
// text (at least minClusterText), outside clutter and discarded elements,
// or nil; it sets p.clusterText to that text's length.
func (p *page) paragraphCluster() *html.Node {
	skip := p.discards().skip(p.root)
	for i, n := range p.clusters.nodes {
		s := p.clusters.scores[i]
		if n == nil || s < minClusterText {
			break
		}
		if p.inClutter(n) || closest(n, skip) != nil {
			continue
		}
		p.clusterText = s
		return n
	}
	return nil
}

// pTextLen is the text length of the p elements below n.
func pTextLen(n *html.Node) int {
	t := 0
	for _, c := range findAll(n, func(c *html.Node) bool { return c.DataAtom == atom.P }) {
		t += textLen(c)
	}
	return t
}

// boilerplateBlock matches blocks that are labels, not content.
var boilerplateBlock = mustLabelRegexp(`(?i)^\W*(advertisement|advertisment|anzeige|werbung|publicité|publicidad|pubblicità|reklama|реклама|广告|sponsored( content)?|continue reading( below)?|story continues below( advertisement)?|article continues below|scroll to continue|read full bio|share( this( article| post| story)?)?|click to share|(möchten sie )?(den|diesen) artikel (teilen|bewerten)|hier können sie (den|diesen) artikel bewerten|(war|ist) (der|dieser) artikel (nützlich|hilfreich)|artikel gefallen\W+vergiss nicht zu teilen|did you (like|enjoy) this (article|post)|was this (article|post) helpful|skip (to|advert)\w*( (the )?(main )?content)?|image|photo|video|zurück( zu[mr]( \pL+){1,3})?|back to (top|overview|index|list)|nach oben|` +
	`(lade|load|show) (weitere|more|mehr)( \pL+)?|mehr|mehr (laden|anzeigen)|weniger anzeigen|(quellen|bild|bilder) (anzeigen|ausblenden)|loading|wird geladen|cargando|carregando|chargement( en cours)?|caricamento( in corso)?|rezept drucken( bei pinterest speichern)?|drucken|druckversion|pdf-version|print( this)?( article| page)?|print(er[- ]friendly)? version|vergrößern|enlarge|alle angaben ohne gewähr)\W*$`)

// readNextLabel matches the "read also" labels of many languages that
// introduce a link to another article, alone or before its title.
const readNextLabel = `read more|read more (in|on|from) [\pL ]{1,30}|read also|more about|in this section|also read|see also|more on this( story)?|related( articles?| stories| content| posts)?|you (might|may) also like|recommended( for you)?|most (read|popular|viewed)( in [\pL ]{1,30})?|latest (news|stories|articles|posts)|more stories|more from [\pL ]{1,30}|` +
	`lesen sie (auch|mehr|hier)( die(se)? (folgenden )?(beiträge|artikel))?|(auch|bitte auch) lesen|lies auch|schon gelesen\??|auch interessant|mehr zum thema|mehr themen|beiträge zum thema|` +
	`(weitere|ähnliche|verwandte|empfohlene|neueste|aktuelle|beliebte) (artikel|beiträge|nachrichten|news|themen)|(weitere|ähnliche|verwandte|mehr) (beiträge|artikel|informationen|infos|news) (zum thema|für dich|für sie)|mehr zum thema( auf [\pL.\- ]{1,30})?|entdecke (weitere|mehr) [\pL ]{1,30}|(das|dieses thema|das thema) könnte (dich|sie) (auch )?interessieren|zum weiterlesen|weiterlesen|weiter lesen|mehr lesen|siehe auch|heute empfehlen wir|weiterführender? links?|(artikel|beiträge|videos)( und (artikel|beiträge|videos))? zum thema|noch mehr infos( für (dich|sie))?|vorschau auf den nächsten artikel|auch auf [\pL.\-]{3,30}\.[a-z]{2,4}|weitere beiträge aus [\pL ]{1,30}|mehr von [\pL ]{1,30}|meist[- ]?(gelesen|diskutiert|kommentiert|geteilt)e?( artikel| beiträge| news)?|` +
	`à lire aussi|lire aussi|lire|voir aussi|(vidéos|articles) sur le (même )?sujet|` +
	`lea (también|además|más)|m[aá]s ?noticias|lee (también|además)|le puede interesar|te puede interesar|te recomendamos|le recomendamos|puedes ver|vea también|ver también|mira|mire|` +
	`leia (também|mais)|veja também|leggi anche|potrebbe interessarti|lees ook|zie ook|läs också|les også|se også|` +
	`czytaj (też|także|również|więcej)|przeczytaj (też|także|również)|dowiedz się więcej|zobacz (też|także|również)|taip pat skaitykite|читайте также|также читайте|читайте також|також читайте|по теме|до теми|baca juga|` +
	`(यह|ये|इसे|इन्हें) भी पढ़ें`

// readNextTopic is the one "read also" label that may open with any word
// ("Infos et vidéos sur le même sujet"): apart from readNextLabel, it would
// leave the label regexps' prefilter nothing to reject.
const readNextTopic = `[\pL]+ et (vidéos|articles) sur le (même )?sujet`

// readNextLine matches a paragraph that only points to another article: a
// label, a colon and a title ("Mehr: …", a label only before a colon).
var readNextLine = labelUnion(`(?i)^\W*(`, `)\s*[:»›]\s*\S.{0,200}$`, readNextLabel, readNextTopic, `mehr|more`)

// readNextLinkLabel matches the "read also" label, with or without a stop
// after it, that opens a paragraph before a link to another article
// ("Lire aussi. <a>…</a>", "Читайте також <a>…</a>"); "pay attention"
// labels only count there.
var readNextLinkLabel = labelUnion(`(?i)^\W*(`, `)\W*$`, readNextLabel, readNextTopic, `зверніть увагу|обратите внимание`)

// Limits of labelledLink.
const (
	// minLinkedTitle is the shortest link text (bytes) taken for the
	// title of another article.
	minLinkedTitle = 15
	// maxLinkLabel is the most text (bytes) outside links that a
	// labelled link holds: the label and its stop.
	maxLinkLabel = 40
)

// labelledLink reports whether n holds a "read also" label outside any
// link, first, then links' titles and nothing else but stops and
// bullets: an inline pointer to other articles ("Lire aussi. <a>title</a>",
// "READ MORE: * <a>title</a> * <a>title</a>", not "Mira <a>el
// discurso</a> y comparte tu opinión"). A sentence that links its own words ("Read <a>more
// about ad blocking here</a>.") is text.
func labelledLink(n *html.Node) bool {
	if n == nil {
		return false
	}
	l := linkTextLen(n)
	outside := textLen(n) - l
	if l < minLinkedTitle || outside > maxLinkLabel {
		return false
	}
	label, first, words := "", true, false
	walk(n, func(c *html.Node) bool {
		switch {
		case words || c.Type == html.ElementNode && skipText(c):
			return false
		case c.DataAtom == atom.A && textLen(c) > 0:
			first = false
			return false
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			if first {
				label, first = c.Data, false
			} else {
				words = strings.IndexFunc(c.Data, isLetterOrDigit) >= 0
			}
		}
		return true
	})
	return label != "" && !words && readNextLinkLabel.MatchString(label)
}

// maxReadNextTitle is the longest "read also" line (bytes) without a
// link that is taken for a title, not a sentence.
const maxReadNextTitle = 100

// readNextOnly matches a "read also" label alone, without the title after
// it, a "further information" or contact label, or the label of a
// comment form: the heading of a module of links (or comments) written as
// a paragraph.
var readNextOnly = labelUnion(`(?i)^\W*(`, `)\W*$`, readNextLabel+`|weitere informationen|mehr informationen|weiterführende informationen|kontakt|further information|more information|weblinks|kommentare? (schreiben|verfassen|hinterlassen)|kommentare insgesamt: \d+|leave a (reply|comment)|post a comment`, readNextTopic)

// readNextHeading matches the heading of a related-articles module.
var readNextHeading = labelUnion(`(?i)^\W*(`, `)\W*(:.{0,200})?$`, readNextLabel+`|trending (now|stories|news|articles|topics)|weitere informationen|mehr informationen|zusatzinformationen|kontakt|further information|more information|schlagwörter.{0,40}|sign in( or create an account)?|forum(: \d+ postings)?|\d+ (postings|comments|kommentare)|kommentare( geschlossen| insgesamt)?|comments|ihre meinung( zählt)?|kommentar (schreiben|verfassen|hinterlassen)|kommentare schreiben|keine kommentare|kommentieren( sie)?|leave a (reply|comment)|post a comment|no comments( yet)?`, readNextTopic)

// phpError matches the error messages a broken PHP site prints into its
// page ("Warning: … in /www/htdocs/…/classes.php on line 407").
var phpError = regexp.MustCompile(`^\W*(?i:warning|notice|deprecated|strict standards|fatal error|parse error|catchable fatal error)\s*:.{1,400}? in \S+\.php on line \d+`)

// commentForm matches the lines of a comment form under the text: the
// notice that only members may comment ("Du musst eingeloggt sein um
// Kommentare zu schreiben!", "Sie sind aktuell nicht eingeloggt.") and
// the box's placeholder ("Gib hier deinen Kommentar ein ...").
var commentForm = regexp.MustCompile(`(?i)^\W*((du musst|sie müssen|you must be) (eingeloggt|angemeldet|logged in|signed in)( sein)?,? (um|to) .{0,30}(kommentar|comment).{0,80}|(sie sind|du bist|you are) (aktuell |derzeit |currently )?(nicht|not) (eingeloggt|angemeldet|logged in|signed in)\W*|um einen kommentar zu (hinterlassen|schreiben|verfassen), .{0,60}|gib hier deinen kommentar ein\W*)$`)

// permalinkLine matches the short link of a post printed under it
// ("Permalink: https://…", German DW's "Permalien https://p.dw.com/p/RPYx").
var permalinkLine = regexp.MustCompile(`(?i)^\W*(permalink|permalien)\s*:?\s*(https?://\S+)?\s*$`)

// downloadLine matches the link to a file of the text or its sources
// under it ("Dieses Skript als PDF herunterladen", "Originalartikel als
// PDF", "Informationsschreiben vom 14. Oktober 2021 PDF | 38 KB | Datei ist
// nicht barrierefrei").
var downloadLine = regexp.MustCompile(`(?i)^(.{0,60}\b(als|as) pdf( herunterladen| downloaden| download(en)?)?\W*|.{0,80}pdf\s*\|\s*[\d.,]+\s*[kmg]b\b.{0,60})$`)

// latestLine matches a site's line about its latest news set in the body
// ("The latest on artificial intelligence, from machine learning to
// computer vision and more", a blog's tagline "The latest news and
// insights from Google on security…"): a label, not a sentence ("The
// latest updates suggest…").
var latestLine = regexp.MustCompile(`(?i)^\W*the latest( news| updates?)?(\s+(on|about|from|and|in|for|at)\b|\s*[,(]|\s*$)[^.!?]{0,120}$`)

// creditLine matches a short photo credit or source line ("Foto: dpa"),
// or the credits of text and pictures on one line under a feature
// ("Text: Peter Walker Fotos: Diverse").
var creditLine = mustLabelRegexp(`(?i)^\W*((foto|fotos|bild|bilder|photo|photos|image|credit|credits|quelle|source|fuente|fonte|źródło|źródło zdjęcia( głównego)?|bildquellen?|(photo|image) credits?|crédits? photos?|titelbild|beitragsbild)\s*:\s*\S.{0,80}|(text|texte|texto|words)\s*:\s*[^:.]{1,60}\s(foto|fotos|bild|bilder|photo|photos|pictures)\s*:\s*\S.{0,60})$`)

// captionLine matches a picture's caption or credit left as a paragraph of
// the body: a copyright credit alone on its line ("© dpa-infocom,
// dpa:230428-99-483045/5", "©iStock"), a photographer's line ("Photograph
// by Ed Marshall, Redonda Restoration Programme"), or a caption that ends
// in its credit, after a bar ("Lee Elder war beim Masters 1975 der
// Zuschauermagnet. | © Augusta National/Getty Images") or after its
// sentence ("Son tres los periodos de vacaciones durante el año escolar.
// Foto: Andina", a cut caption with its archive credit "… jetzt
// ...Archivfoto: ON"), or under a figure's label ("Abbildung: Vergleich auf
// dem Aletschgletscher…", "Image illustrative : …") or the zoom button's
// word before a capital ("Vergrößern Eine kleine runde Aussparung…", not
// the instruction "Vergrößern Sie …"). A paragraph of text carries no
// credit at its end.
var captionLine = regexp.MustCompile(`(?i)^(\W*©\s*\S.{0,100}|\W*(abbildung|abb\.|image illustrative|image d'illustration|photo d'illustration)\s*\d*\s*:\s*\S.*|\W*vergrößern\s+((?-i:\p{Lu})\S{3,}|(?-i:[A-RT-ZÄÖÜ])\S{0,2})\s.*|\W*(photograph|photo|picture|image|foto|bild)s? (by|von|de)\s+(?-i:\p{Lu})(.{0,80}[^.!?]|\S*(\s+\S+){0,3}\.)|.{1,200}(\s\|\s*©|[.!?]\s*(foto|fotos|photo|photos|bild|imagen|image|credit|archivfoto|archivbild)\s*:)\s*[^.|:]{1,60})$`)

// holdsImage reports whether n is or holds an img.
func holdsImage(n *html.Node) bool {
	return n != nil && findFirst(n, func(c *html.Node) bool { return c.DataAtom == atom.Img }) != nil
}

// maxCaptionLine is the longest caption (bytes) captionLine drops: a
// longer block is text.
const maxCaptionLine = 250

// creditLabel matches the label of a picture credit alone on its line or
// set as a heading, the credit on the next ("Beitragsbild:" over "(c) TV
// Thermen- & Vulkanland | Michael Königshofer").
var creditLabel = regexp.MustCompile(`(?i)^\W*(foto|fotos|bild|bilder|photo|photos|credits?|quelle|source|fuente|fonte|źródło|bildquellen?|(photo|image) credits?|titelbild|beitragsbild)\s*:\s*$`)

// maxCredit is the longest credit (bytes) under a creditLabel.
const maxCredit = 100

// arrowLink matches a line opened by an arrow ("> Laien im
// Bestattungsdienst", "» Mehr"): written as a link alone among the last
// blocks, it points to another page.
var arrowLink = regexp.MustCompile(`^\s*[>»›→]\s*\S`)

// callToAction matches the appeals that close many articles, in several
// languages: subscribe, sign up for the newsletter, follow us, download the
// app ("點我下載APP", "डाउनलोड करें जागरण एप"), follow on Google News, support our work, write to
// the editor; the members-only notices of Japanese papers ("この記事は会員限定です",
// "会員登録が必要です"), the paywall's word to those already subscribed
// ("If you're already a subscriber, you can log in"); and the copyright
// and liability notices under the text.
var callToAction = mustAnyRegexp(`(?i)(\bsubscribe (now|today|here)|\bplease subscribe\b|\bto (view|read) the (full|whole|rest of the) (story|article)|\bsubscribe to ((our|the) )?[\pL ]{0,30}(newsletter|edition|channel|podcast|magazine)|\bsign(ing)? up (here|now|today)|(^\W*|[.!?] |\bor )sign up (for|to)\b|\bsign(ing)? up (for|to) (our|this free|a free|(the|his|her|their) [\pL ]{0,20}(newsletter|alerts?|e-?mails?|updates|brief(ing)?|digest))|(^\W*|[.!?] )(download|get) (the|our) .{0,40}\bapps?\b|\bdownload (our|the) .{0,40}\bapps? (for|on) (ios|android|iphone|your)|\bdownload our .{0,40}\bapps?\b|get the latest news .{0,60}\b(app|newsletter|inbox|phone)\b|^\W*get the latest (news|updates)\b.{0,80}\b(at|on|from|in) our\b|(^\W*|[.!?] )follow (us|the \pL[\pL .]{0,40}) on (twitter|facebook|instagram|telegram|whatsapp|youtube|tiktok|linkedin)|join (us|our [\pL ]{0,20}channel) on (whatsapp|telegram)|(would you|please) consider supporting|if you (enjoyed|liked) (reading )?this|we want to hear what you think|want more (stories|articles|news|content) like this\?|submit (a|your) letter to the editor|do you want to be informed|` +
	`下[載载] ?app|用app看新[聞闻]|डाउनलोड करें .{0,40}(एप|ऐप)|` +
	`abonnier(e|en sie) (unseren|den) newsletter|folg(e|en sie) uns (auf|bei)|(melde dich|melden sie sich) (jetzt )?(für|zu) (unseren|den) newsletter|unterstütze(n sie)? unsere arbeit|` +
	`únete (a|desde|en)|suscríbete|suscribirse (aquí )?a nuestr[oa]s? |síguenos|nuestro canal de (youtube|telegram|whatsapp)|hazte miembro|zapraszamy (też )?do subskrypcji|obserwuj nas|abonnez-vous|suivez-nous|inscrivez-vous|iscriviti alla newsletter|seguici su|inscreva-se|siga-nos|` +
	`\bfollow [\pL .&'-]{1,40} on google news\b|\balready a subscriber\b.{0,40}\blog ?in\b|\badd us as a preferred source\b|\balertas (desde|de) google news\b|` +
	`この記事は(有料)?会員限定です|続きをお読みいただけます|会員登録が必要です|会員の方のみご利用いただけます|` +
	`all rights reserved|alle rechte vorbehalten|wszelkie prawa zastrzeżone|todos los derechos reservados|tous droits réservés|copyrighted property|written permission must|is not responsible for the (opinions|content))`)

// reportedSpeech matches a sentence that quotes or reports someone: its
// appeal is news, not the site's.
var reportedSpeech = regexp.MustCompile(`(?i)\b(said|says|urged|urges|told|tells|asked|asks|added|according to|sagte|sagt|erklärte|forderte|a déclaré|dijo|afirmó)\b`)

// embedConsent matches the blocks of a placeholder that stands for an
// embedded post or video until the reader allows it: its label, the
// button and the consent and privacy lines.
var embedConsent = regexp.MustCompile(`(?i)^\W*(empfohlener redaktioneller inhalt|ein klick für den datenschutz|externe[rn]? inhalt( anzeigen| laden)?|[\pL.]+[- ]inhalte? (erlauben|anzeigen|laden)|link zum [\pL.]+[- ]inhalt)\W*$|` +
	`an dieser stelle (findest du|finden sie) .{0,80}externen inhalt|\bich bin (damit )?einverstanden, dass (mir|ich)|um (deine|ihre) persönlichen daten zu schützen|personenbezogene daten (können|werden) an drittplattformen`)

// maxConsent is the longest block (bytes) embedConsent drops.
const maxConsent = 600

// Limits of dropTrailers.
const (
	// trailerBlocks is how many blocks other than appeals at the end of
	// the body dropTrailers reads back over.
	trailerBlocks = 5
	// maxTrailer is the longest appeal (bytes).
	maxTrailer = 300
)

// dropTrailers removes the appeals and notices among the last blocks of
// the body (see callToAction), clearing them from keep: a run of them at
// the end goes whole, however long, and up to trailerBlocks other blocks
// are read back over. An appeal box among them (see appealBox) goes whole.
func dropTrailers(out []block, keep map[*html.Node]bool) []block {
	from, others := len(out), 0
	for from > 0 && others < trailerBlocks {
		from--
		if !isAppeal(out[from]) {
			others++
		}
	}
	kept := out[:from]
	if box := appealBox(out, from); box >= 0 {
		for _, b := range out[box:] {
			delete(keep, b.node)
		}
		out = out[:box]
	}
	for _, b := range out[from:] {
		if isAppeal(b) {
			delete(keep, b.node)
			continue
		}
		kept = append(kept, b)
	}
	return kept
}

// minTextBeforeBox is the least paragraphs before an h1 that
// cutAtBoxTitle takes for the text the h1 follows.
const minTextBeforeBox = 3

// boxAppealBlocks is how many blocks under an h1 cutAtBoxTitle reads for
// an appeal for support.
const boxAppealBlocks = 3

// supportAppeal matches an appeal for donations or support of the site
// ("please support us so that we can keep up our work", "Diese Arbeit ist
// nur mit Ihrer Unterstützung möglich!").
var supportAppeal = regexp.MustCompile(`(?i)\b(please support us|support (our|independent) (work|journalism)|make a donation|donate (now|today)|become a (member|patron|supporter)|mit ihrer (unterstützung|spende)|unterstützen sie (uns|meine arbeit|unsere arbeit|unabhängigen journalismus)|jetzt spenden)\b`)

// cutAtBoxTitle ends the body at an h1 that follows the text's own section
// headings (h2–h6) and heads an appeal for support: a box under the
// article ("Auf Sie kommt es an!", "Congrats! You read this long post…
// please support us"), set under a title of the headline's rank, which no
// section of the article outranks. The blocks from it on, the site's
// boxes after the appeal too, are cleared from keep.
func cutAtBoxTitle(out []block, keep map[*html.Node]bool) []block {
	sub, paras := false, 0
	for i, b := range out {
		switch {
		case b.level == 0:
			paras++
		case b.level > 1:
			sub = true
		case sub && paras >= minTextBeforeBox && headsAppeal(out[i+1:]):
			for _, d := range out[i:] {
				delete(keep, d.node)
			}
			return out[:i]
		}
	}
	return out
}

// headsAppeal reports whether one of the first blocks is an appeal for
// support.
func headsAppeal(blocks []block) bool {
	for i, b := range blocks {
		if i == boxAppealBlocks {
			break
		}
		if supportAppeal.MatchString(b.text) {
			return true
		}
	}
	return false
}

// isAppeal reports whether paragraph b is an appeal or notice that
// dropTrailers removes.
func isAppeal(b block) bool {
	return (b.level == 0 || boldPara(b)) && len(b.text) <= maxTrailer && (callToAction.MatchString(b.text) || tailAppeal.MatchString(b.text)) && !reportedSpeech.MatchString(b.text)
}

// aboutAuthor matches the title of an author box ("Über den Autor",
// "About the author"), set as a heading or a short line of its own.
var aboutAuthor = mustLabelRegexp(`(?i)^\W*(about the (author|writer)s?|über (den|die) autor(in|en|innen)?|zu[mr] autor(in)?|à propos de l'auteur|sobre (el|la|o|a) autor(a)?|sull'autore|l'autore|over de auteur|om forfatteren)\W*$`)

// maxAboutAuthor is the longest paragraph (bytes) that aboutAuthor takes
// for the title of an author box.
const maxAboutAuthor = 40

// maxBioBlocks is the most paragraphs under an author box's title that
// dropNonContent takes for the bio.
const maxBioBlocks = 3

// closingAppeal matches the opening of an appeal for support that closes
// an article, however long it runs ("Hat dir dieser Artikel gefallen?
// Dann … als Supporter …", "If our services have assisted you, … you can
// support …"): only among the body's last blocks.
var closingAppeal = regexp.MustCompile(`(?i)^\W*((hat (dir|ihnen) (dieser|der|unser) (artikel|beitrag) gefallen|gefällt (dir|ihnen) (dieser|der|unser) (artikel|beitrag))\W+.{0,80}\b(unterstütz|supporter|abonn|spende)|(if you (value|enjoyed|liked|appreciate)|did you (enjoy|like)) (this|our) (article|post|story|journalism|work|reporting)\W+.{0,120}\b(support|donat|subscri|contribut)|if our (services|work|journalism|reporting) (has|have) (assisted|helped|informed) you\b.{0,160}\b(support|donat|contribut))`)

// closingNote matches the notes a syndicated or academic post closes
// with: where it first ran ("This story was originally published at
// nytimes.com. Read it here.") and how to cite it ("SUGGESTED CITATION
// Steinbeis, Maximilian: …"), and the disclaimer that the post is its
// author's opinion ("Dieser Beitrag gibt die Meinung des Autors wieder,
// nicht notwendigerweise die der Redaktion", "The views expressed by the
// author are personal"), the licence of the site's texts ("Dieser Text
// wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE") and an
// affiliate disclosure ("*Disclosure: Some of the links above are
// affiliate links"); only among the body's last blocks.
var closingNote = regexp.MustCompile(`(?i)^\W*(this (story|article|post) (was )?(originally|first) (published|appeared) (at|on|in|by)\b|(suggested citation|zitiervorschlag|cite as|how to cite this (article|post))\b)|^.{0,80}\b(gibt|geben) (nicht (notwendigerweise|unbedingt|zwingend) )?die meinung (des autors|der autorin|der autor(inn)?en) wieder\b|^.{0,80}\bthe (views|opinions) expressed (by|in) (the|this) (author|article|post)|^.{0,100}\b(unter|under) (der |einer |the |a )?(lizenz |license |licence )?(cc[- ]by|creative commons)\b|^\W*(affiliate )?disclosure\s*:`)

// adLead matches a paragraph that opens with an ad's label ("ANZEIGE -
// Heute mal ausgehen?…", "Advertisement: …"): an ad block under the text.
var adLead = regexp.MustCompile(`(?i)^\W*(anzeige|werbung|advertisement|publicidad|publicité|pubblicità)\s*[-–—:|]\s*\S`)

// maxLinkTrailer is the longest paragraph (bytes) among the body's last
// blocks that linkLine drops.
const maxLinkTrailer = 100

// linkLine reports whether b is a paragraph (p) that is all one link's
// text, other than an address: after text, a link to another article,
// a gallery or a download ("Hier das Einzel-Tableau in Pune"). A written
// address ("www.openpetition.de/…", "info@example.org") is the text's own
// reference and stays.
func linkLine(b block) bool {
	return b.node != nil && b.node.DataAtom == atom.P && linkTextLen(b.node) == textLen(b.node) && !addressText.MatchString(b.text)
}

// minLinkList is the fewest link paragraphs in a row that are a list the
// text gives (a blogroll, the sources), not links to other articles.
const minLinkList = 4

// inLinkList reports whether in[i] is one of minLinkList or more link
// paragraphs in a row (see linkLine).
func inLinkList(in []block, i int) bool {
	from, to := i, i
	for from > 0 && linkLine(in[from-1]) {
		from--
	}
	for to+1 < len(in) && linkLine(in[to+1]) {
		to++
	}
	return to-from+1 >= minLinkList
}

// addressText matches a web or mail address written out as a link's text.
var addressText = regexp.MustCompile(`(?i)^\W*(https?://|www\.)|@|^\S+\.[a-z]{2,4}(/\S*)?\W*$`)

// adNotice matches the notice over a sponsored or affiliate post that it
// is advertising ("*Werbung. Dieser Beitrag enthält Werbung für …",
// "WERBUNG für Plantur Farbshampoo", "This article contains affiliate
// links to products selected by our editors"): the label set apart by a
// stop, a colon or "für", not a sentence about advertising ("Werbung
// nervt.").
var adNotice = regexp.MustCompile(`(?i)^\W*(\*?(werbung|anzeige)\s*([.:|]|für\s)|(dieser|der) (beitrag|artikel|post) enthält (unbezahlte |unbeauftragte |bezahlte )?(werbung|affiliate[- ]links)|this (article|post) contains affiliate links)`)

// maxAdNotice is the longest notice (bytes) adNotice drops.
const maxAdNotice = 300

// boldPara reports whether b is a paragraph set in bold, which
// readBlocks reads as a heading: an appeal is often set so ("¡Mira lo que
// tiene nuestro canal de YouTube!").
func boldPara(b block) bool {
	return b.level > 0 && b.node != nil && b.node.DataAtom == atom.P
}

// maxInlineAppeal is the longest paragraph (bytes) in the body's run that
// an appeal (callToAction) drops: a line of its own, not a sentence of
// the text.
const maxInlineAppeal = 120

// quoted reports whether n is inside a blockquote.
func quoted(n *html.Node) bool {
	return closest(n, func(c *html.Node) bool { return c.DataAtom == atom.Blockquote }) != nil
}

// maxDateLineWords is the most words beside the date on a date line that
// names its date (dateLabel); a date with one word beside it ("2021-10-16 |
// Botschaft") needs no label.
const maxDateLineWords = 3

// dateLabel matches the labels of publication and update dates in several
// languages, and of the category named beside a date; the Japanese and
// Chinese ones ("更新", "公開", "配信", "发布", "来源" for the
// source) and the Arabic ones ("نشر" published, "تحديث" update) stand
// outside the word boundary, which only ASCII letters have.
var dateLabel = regexp.MustCompile(`(?i)\b(published|updated|posted|last updated|modified|aktualisiert|publiziert|veröffentlicht|veröffentlichung|erstellt|geändert|opublikowano|publikacja|aktualizacja|publicado|actualizado|publicación|publié|mis à jour|pubblicato|aggiornato|gepubliceerd|bijgewerkt|publicerad|uppdaterad|julkaistu|päivitetty|erschienen|submitted|sendung|lesedauer|reading time|kategorie|category|categoría|catégorie|rubrik)|更新|公開|配信|掲載|发布|發佈|發布|发表|發表|来源|來源|投稿|نشر|تحديث`)

// deadlineLabel matches the words that make a dated line a fact of the
// text, not the page's date: a deadline, a closing date, a date to come
// ("Deadline: 1 June 2024", "Anmeldeschluss: 3. Mai").
var deadlineLabel = regexp.MustCompile(`(?i)\b(deadline|closing date|expires?|frist|einsendeschluss|anmeldeschluss|bewerbungsschluss|meldeschluss|annahmeschluss|stichtag|date limite|échéance|fecha límite|plazo|scadenza)\b`)

// dateFiller holds the words that go with a date or a time and do not count
// as words beside it (French "le" and "à": "Publié le 2 nov. 2023 à 16:00").
var dateFiller = map[string]bool{"uhr": true, "am": true, "um": true, "at": true, "on": true, "von": true, "by": true, "le": true, "à": true,
	"min": true, "mins": true, "minuten": true, "minutes": true, "pm": true, "h": true}

// isDateLine reports whether paragraph b is only a date with a label or a
// section name ("Aktualisiert: 11.04.2020, 10:27", "16 marca 2021",
// "2021-10-16 | Botschaft"): page furniture, not text. List items and
// table rows (a timeline) are content.
func isDateLine(b block) bool {
	if b.level > 0 || len(b.text) > 80 {
		return false
	}
	if b.node != nil {
		switch b.node.DataAtom {
		case atom.Li, atom.Dd, atom.Dt, atom.Tr, atom.Td:
			return false
		}
	}
	spans := dates.Find(b.text, "", 2)
	if len(spans) == 0 {
		return false
	}
	rest := b.text
	for i := len(spans) - 1; i >= 0; i-- {
		rest = rest[:spans[i].Start] + " " + rest[spans[i].End:]
	}
	rest = dropCredits(rest)
	words := 0
	for _, w := range strings.Fields(rest) {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 && !dateFiller[strings.ToLower(strings.Trim(w, ".,:;|-"))] {
			words++
		}
	}
	if deadlineLabel.MatchString(rest) || strings.Contains(rest, "。") {
		return false // a deadline, or a Japanese or Chinese sentence
	}
	return words <= 1 || words <= maxDateLineWords && dateLabel.MatchString(rest)
}

// maxBoxText is the most text (bytes) beside a heading that boxHeading
// reads for a date.
const maxBoxText = 120

// boxHeading reports whether heading h, of text t, is furniture of a box
// rather than a section heading: a date line itself ("Datum: 22.12.2012,
// Rubrik: USA"); a heading whose box holds only a date beside it (the
// weekday over the date, "<h3>Monday</h3><span>Apr 13, 2020</span>", the
// site's name in the date line); or a kicker set right over the
// headline's h1.
func boxHeading(h *html.Node, t string) bool {
	if isDateLine(block{text: t}) && dateLabel.MatchString(t) {
		return true
	}
	if h == nil || h.Parent == nil {
		return false
	}
	if overH1(h) {
		return true
	}
	var rest strings.Builder
	for c := h.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c == h {
			continue
		}
		s, ok := boundedText(c, maxBoxText)
		if !ok || rest.Len()+len(s) > maxBoxText {
			return false
		}
		rest.WriteString(s)
		rest.WriteByte(' ')
	}
	r := text.Clean(rest.String())
	return r != "" && isDateLine(block{text: r})
}

// kicker reports whether the heading of text t, the body's first block,
// is set right over the headline's h1 in the page ("<h4>ESPORTE</h4><h1>…"):
// the label over the title, which readability parted from it.
func (p *page) kicker(t string) bool {
	n := p.originalOf(t)
	for i := 0; n != nil && i < 2 && headingLevel(n) == 0; i++ {
		n = n.Parent
	}
	if n == nil || headingLevel(n) == 0 {
		return false
	}
	return overH1(n)
}

// overH1 reports whether heading h is set right over an h1, each maybe
// alone in a box of its own ("div.supratitle > h3", "div.title > h1").
func overH1(h *html.Node) bool {
	next := nextElement(liftSingle(h))
	if next == nil || next.DataAtom == atom.H1 {
		return next != nil
	}
	h1 := findFirst(next, func(c *html.Node) bool { return c.DataAtom == atom.H1 })
	return h1 != nil && liftSingle(h1) == next
}

// nextElement is the element after n among its siblings, or nil.
func nextElement(n *html.Node) *html.Node {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// tableFigure reports whether figure n holds a table and no picture or
// code: a table set in a figure (WordPress's "wp-block-table", a
// comparison table) is text, not an illustration; a code listing laid out
// as a table beside its line numbers (Octopress's "figure.code") is not.
func tableFigure(n *html.Node) bool {
	return findFirst(n, func(c *html.Node) bool { return c.DataAtom == atom.Table }) != nil &&
		findFirst(n, func(c *html.Node) bool {
			return c.DataAtom == atom.Img || c.DataAtom == atom.Picture || c.DataAtom == atom.Pre
		}) == nil
}

// readBlocks turns the body node into paragraphs and headings, leaving out
// figures (a table set in one is read, see tableFigure) and captions, the
// headline, the dek, the byline and labels.
func (p *page) readBlocks(root *html.Node) []block {
	var blocks []block
	heads := p.matcher(selectors.Heading)
	cards := len(findAll(root, func(n *html.Node) bool { return n != root && n.DataAtom == atom.Article }))
	var visit func(n *html.Node)
	flush := func(parts []*html.Node, owner *html.Node) {
		if len(parts) == 0 {
			return
		}
		var sb strings.Builder
		for _, c := range parts {
			appendText(&sb, c)
		}
		lines := brLines(strings.ReplaceAll(sb.String(), string(paraBreak), " "))
		if len(lines) > 1 {
			for _, t := range lines {
				blocks = append(blocks, block{text: t, split: parts[0].Parent})
			}
			return
		}
		for _, t := range lines {
			blocks = append(blocks, block{node: owner, text: t, box: parts[0].Parent})
		}
	}
	visit = func(n *html.Node) {
		if n.Type != html.ElementNode || skipText(n) {
			return
		}
		switch n.DataAtom {
		case atom.Figure:
			if !tableFigure(n) {
				return
			}
		case atom.Figcaption, atom.Picture, atom.Img, atom.Video, atom.Audio, atom.Aside, atom.Nav, atom.Footer:
			return
		case atom.P, atom.Div:
			if isImageCaption(n) {
				return
			}
		case atom.Article:
			if n != root && cards <= maxTeaserCards && isTeaserCard(n, root) {
				return
			}
		}
		if lvl := headingLevel(n); lvl > 0 {
			if t := nodeText(n); t != "" {
				blocks = append(blocks, block{node: n, text: t, level: lvl})
			}
			return
		}
		if heads.Match(n) {
			if t := nodeText(n); t != "" && len(t) < 200 {
				blocks = append(blocks, block{node: n, text: t, level: 3})
				return
			}
		}
		if n.DataAtom == atom.Tr {
			if t, ok := dataRow(n); ok {
				if t != "" {
					blocks = append(blocks, block{node: n, text: t})
				}
				return
			}
		}
		switch n.DataAtom {
		case atom.P, atom.Li, atom.Blockquote, atom.Pre, atom.Dd, atom.Dt, atom.Tr, atom.Address:
			if hasBlockChild(n) && n.DataAtom != atom.P {
				break
			}
			if paras := nodeParas(n); len(paras) > 1 {
				// Several paragraphs in one element, split by <br><br>.
				for _, t := range paras {
					blocks = append(blocks, block{text: t, split: n})
				}
				return
			}
			t := nodeText(n)
			if t == "" {
				return
			}
			lvl := 0
			if n.DataAtom == atom.P && isBoldOnly(n, t) {
				lvl = 3
			}
			blocks = append(blocks, block{node: n, text: t, level: lvl})
			return
		}
		// A container: its inline runs are paragraphs, its blocks visited.
		var run []*html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if isDoubleBr(c) {
				flush(run, nil)
				run = run[:0]
				continue
			}
			if c.Type == html.ElementNode && (isBlock(c) || isAddedPara(c) || hasBlockDescendant(c)) {
				flush(run, nil)
				run = run[:0]
				visit(c)
				continue
			}
			if t, ok := boldLine(c); ok {
				flush(run, nil)
				run = run[:0]
				blocks = append(blocks, block{node: c, text: t, level: 3})
				continue
			}
			run = append(run, c)
		}
		if len(run) > 0 {
			owner := (*html.Node)(nil)
			if len(run) == countChildren(n) {
				owner = n
			}
			flush(run, owner)
		}
	}
	visit(root)
	return p.dropNonContent(joinDropCaps(blocks))
}

// joinDropCaps puts a drop cap set apart from its paragraph back in
// front of it: a block of one capital letter followed by a paragraph that
// starts in lower case ("<span>T</span><p>urkey, Poland…") is one word.
func joinDropCaps(blocks []block) []block {
	out := blocks[:0]
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		if i+1 < len(blocks) && b.level == 0 && blocks[i+1].level == 0 && isDropCap(b.text) && opensWord(blocks[i+1].node) {
			blocks[i+1].text = b.text + blocks[i+1].text
			continue
		}
		out = append(out, b)
	}
	return out
}

// opensWord reports whether the text of n starts with a lower-case
// letter right away, without white space before it: the rest of a word
// ("urkey"), not a word after a one-letter one ("A" then " man").
func opensWord(n *html.Node) bool {
	if n == nil {
		return false
	}
	opens, found := false, false
	walk(n, func(c *html.Node) bool {
		switch {
		case found || c.Type == html.ElementNode && skipText(c):
			return false
		case c.Type == html.TextNode && c.Data != "":
			r, _ := utf8.DecodeRuneInString(c.Data)
			opens, found = unicode.IsLower(r), true
			return false
		}
		return true
	})
	return opens
}

// isDropCap reports whether t is a single capital letter.
func isDropCap(t string) bool {
	r, n := utf8.DecodeRuneInString(t)
	return n == len(t) && unicode.IsUpper(r)
}

// maxDataCell is the longest cell (runes) of a row that dataRow reads
// as a row of data: a layout table's cells hold paragraphs.
const maxDataCell = 100

// dataRowSep goes between the cells of a data row in the text.
const dataRowSep = " | "

// dataRow returns the text of table row n as one line, its cells set apart
// by dataRowSep, and true when n is a row of data: two cells or more, each
// short and holding no block. One block per cell would scatter a table
// of figures ("2020-09-01", "$500", "Steve Baccus") over as many
// paragraphs.
func dataRow(n *html.Node) (string, bool) {
	var cells []string
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom != atom.Td && c.DataAtom != atom.Th || hasBlockDescendant(c) {
			return "", false
		}
		k++
		t := nodeText(c)
		if utf8.RuneCountInString(t) > maxDataCell {
			return "", false
		}
		if t != "" {
			cells = append(cells, t)
		}
	}
	if k < 2 {
		return "", false
	}
	return strings.Join(cells, dataRowSep), true
}

// Limits of isTeaserCard.
const (
	// maxTeaserCard is the most text (bytes) of an article element inside
	// the body that is a teaser of another article rather than part of
	// this one.
	maxTeaserCard = 500
	// maxTeaserCards is the most article elements inside a body whose
	// short ones are teasers: more are the body of a list of posts.
	maxTeaserCards = 2
)

// isTeaserCard reports whether article element n, inside the body root,
// is a teaser of another article set among its paragraphs: a title in a
// heading and a line of text, a small part of the body, and no article
// element beside it (a list of short posts).
func isTeaserCard(n, root *html.Node) bool {
	l := textLen(n)
	if l > maxTeaserCard || l*4 > textLen(root) || findFirst(n, func(c *html.Node) bool { return headingLevel(c) > 0 }) == nil {
		return false
	}
	for s := n.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s != n && s.DataAtom == atom.Article {
			return false
		}
	}
	return true
}

// maxBoldLine is the longest bold line (runes) that boldLine takes for a
// subheading.
const maxBoldLine = 100

// boldLine returns the text of n and true when n is a subheading written
// as a bold line of loose text: a strong or b that starts a paragraph
// (see paraStart) with one <br> after it and the paragraph's
// text right under it ("<strong>Price</strong><br>The plan costs…").
// A label ending in a colon, a question (an interview's) or a sentence
// is not one.
func boldLine(n *html.Node) (string, bool) {
	if n.Type != html.ElementNode || n.DataAtom != atom.Strong && n.DataAtom != atom.B {
		return "", false
	}
	if !paraStart(prevNonBlank(n)) {
		return "", false
	}
	br := nextElement(n)
	if br == nil || br.DataAtom != atom.Br || isDoubleBr(br) || !textBetween(n, br) {
		return "", false
	}
	after := br.NextSibling
	for after != nil && after.Type == html.TextNode && strings.TrimSpace(after.Data) == "" {
		after = after.NextSibling
	}
	if after == nil || after.Type != html.TextNode && (after.Type != html.ElementNode || isBlock(after) || after.DataAtom == atom.Strong || after.DataAtom == atom.B) {
		return "", false
	}
	t := nodeText(n)
	if t == "" || utf8.RuneCountInString(t) > maxBoldLine || strings.ContainsAny(lastRune(t), ".,;:?!。：？！؟") {
		return "", false
	}
	return t, true
}

// prevNonBlank returns n's previous sibling that is not blank text.
func prevNonBlank(n *html.Node) *html.Node {
	prev := n.PrevSibling
	for prev != nil && prev.Type == html.TextNode && strings.TrimSpace(prev.Data) == "" {
		prev = prev.PrevSibling
	}
	return prev
}

// paraStart reports whether what comes after prev, a sibling, starts a
// paragraph: prev is nothing, a block, or a <br> after nothing, a block
// or another <br> (a line after a short line, "RA Prof. X<br><b>Title</b>",
// is not).
func paraStart(prev *html.Node) bool {
	if prev == nil || prev.Type == html.ElementNode && isBlock(prev) {
		return true
	}
	if prev.DataAtom != atom.Br {
		return false
	}
	pp := prevNonBlank(prev)
	return pp == nil || pp.Type == html.ElementNode && (isBlock(pp) || pp.DataAtom == atom.Br)
}

// textBetween reports whether only blank text lies between siblings a and b.
func textBetween(a, b *html.Node) bool {
	for c := a.NextSibling; c != nil && c != b; c = c.NextSibling {
		if c.Type != html.TextNode || strings.TrimSpace(c.Data) != "" {
			return false
		}
	}
	return true
}

// lastRune returns the last rune of t as a string.
func lastRune(t string) string {
	_, n := utf8.DecodeLastRuneInString(t)
	return t[len(t)-n:]
}

// isDoubleBr reports whether n is a <br> followed (white space aside) by
// another <br>: a paragraph break in markup that has no <p>.
func isDoubleBr(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom != atom.Br {
		return false
	}
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
			continue
		}
		return c.Type == html.ElementNode && c.DataAtom == atom.Br
	}
	return false
}

// isAddedPara reports whether n is a p that readability added around the
// loose text of a div: a paragraph of its own, though it has no atom (and
// so is neither a block nor a p to the rules that read atoms, such as the
// bold line taken for a heading).
func isAddedPara(n *html.Node) bool {
	return n.Type == html.ElementNode && n.DataAtom == 0 && n.Data == "p"
}

func countChildren(n *html.Node) int {
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		k++
	}
	return k
}

// hasBlockDescendant reports whether an inline element wraps blocks
// (<font><p>…</p></font> in old markup).
func hasBlockDescendant(n *html.Node) bool {
	return findFirst(n, func(c *html.Node) bool { return c != n && isBlock(c) }) != nil
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isBlock(c) {
			return true
		}
	}
	return false
}

// isBoldOnly reports whether paragraph n is a heading in disguise: all its
// text bold, short, and not a sentence. A bold line in a table cell is the
// cell's content (a row's label), not a heading of the text.
func isBoldOnly(n *html.Node, t string) bool {
	if utf8.RuneCountInString(t) > 120 || strings.HasSuffix(t, ".") || strings.HasSuffix(t, ",") || strings.HasSuffix(t, ";") {
		return false
	}
	if closest(n, func(c *html.Node) bool { return c.DataAtom == atom.Td || c.DataAtom == atom.Th }) != nil {
		return false
	}
	bold, plain := boldText(n)
	return !plain && bold > 0
}

// boldText returns the bytes of bold text among n's children and whether
// n also holds text that is not bold; inline wrappers (a span setting the
// colour around the strong) are looked into.
func boldText(n *html.Node) (bold int, plain bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				plain = true
			}
		case c.Type == html.ElementNode && (c.DataAtom == atom.Strong || c.DataAtom == atom.B):
			bold += textLen(c)
		case c.Type == html.ElementNode && c.DataAtom == atom.Br:
		case c.Type == html.ElementNode && (c.DataAtom == atom.Span || c.DataAtom == atom.Font || c.DataAtom == atom.U):
			b, p := boldText(c)
			bold += b
			plain = plain || p
		default:
			if textLen(c) > 0 {
				plain = true
			}
		}
		if plain {
			return bold, true
		}
	}
	return bold, plain
}

// dropNonContent removes blocks that repeat the headline, the dek or the
// byline, label blocks, and the bio, and turns a trailing bold line into a
// paragraph (a heading needs text after it).
func (p *page) dropNonContent(in []block) []block {
	keep := map[*html.Node]bool{}
	defer func() {
		// Remove what was dropped from the body HTML too.
		for _, b := range in {
			if b.node != nil && !keep[b.node] && b.node.Parent != nil && b.node.Parent.Type == html.ElementNode {
				b.node.Parent.RemoveChild(b.node)
			}
		}
	}()
	out := make([]block, 0, len(in))
	dek := p.standfirst
	if dek != "" && onlyParagraph(in, dek) {
		// The dek is the body's only paragraph: a short post whose text
		// is also its description. It stays body; the standfirst goes.
		dek, p.dekIsBody = "", true
	}
	listed := headingRuns(in)
	module := false // inside a related-articles module, until the next heading
	bio := 0        // paragraphs of an author box still to drop, until the next heading
	credit := false // a picture credit's label alone on its line, among the last blocks
	for i, b := range in {
		if aboutAuthor.MatchString(b.text) && (b.level > 0 || len(b.text) <= maxAboutAuthor) {
			bio = maxBioBlocks // the box's title; the bio under it is no text of the article
			continue
		}
		if bio > 0 && b.level == 0 {
			bio--
			continue
		}
		bio = 0
		if credit && b.level == 0 && len(b.text) <= maxCredit {
			credit = false
			continue // the credit under its label
		}
		credit = i >= len(in)-3 && creditLabel.MatchString(b.text)
		if credit {
			continue
		}
		if b.level > 0 && len(out) == 0 && p.titleLine != "" && text.SameText(b.text, p.titleLine) {
			// The second title line under the headline, which the
			// declared summary outranked as the standfirst (see
			// bareHeading), is no section heading; written as a sentence,
			// the text keeps it as its first paragraph.
			if !endsSentence(b.text) {
				continue
			}
			b.level = 0
		}
		if listed[i] {
			// Not a section heading; the text stays (a listicle's
			// entries, a post written in headings).
			b.level = 0
		}
		if b.level > 0 && !(module && p.linkBlock(b)) {
			module = readNextHeading.MatchString(b.text)
		} else if b.level == 0 && readNextOnly.MatchString(b.text) {
			module = true // a label alone on its line heads the links under it
			continue
		}
		if module {
			// The module's heading and the links under it; a paragraph
			// of its own text ends it, and faces the rules below.
			if b.level > 0 || p.linkBlock(b) {
				continue
			}
			module = false
		}
		switch {
		case boilerplateBlock.MatchString(b.text), creditLine.MatchString(b.text), phpError.MatchString(b.text),
			len(b.text) <= maxTrailer && (commentForm.MatchString(b.text) || permalinkLine.MatchString(b.text) || downloadLine.MatchString(b.text)):
			continue
		case b.level == 0 && (fileCaption.MatchString(b.text) || mediaURL.MatchString(b.text) || videoPromo.MatchString(b.text) || isLorem(b.text)):
			continue // a caption, a player's fallback, a video promo, placeholder text (bodylead.go)
		case b.level == 0 && latestLine.MatchString(b.text):
			continue // a site's tagline, a label
		case b.level == 0 && len(b.text) <= maxCaptionLine && captionLine.MatchString(b.text):
			// A caption or credit; in the picture's own box it stays in
			// the HTML with the picture, as a figure does (the lead image
			// may be read from the body).
			if holdsImage(b.node) {
				keep[b.node] = true
			}
			continue
		case p.isLeadFurniture(in, i, len(out)):
			continue
		case len(out) == 0 && b.level == 0 && i+1 < len(in) && isHeadLine(b):
			continue // the article head's kicker or meta line, before the text
		case readNextLine.MatchString(b.text) && (p.linkBlock(b) || len(b.text) <= maxReadNextTitle && !endsSentence(b.text)):
			// "Read also: <a>title</a>", or a title without its link; a
			// sentence after a label word ("Mira: we expect…") is text.
			continue
		case b.level == 0 && labelledLink(b.node):
			continue // "Lire aussi. <a>title</a>": the label's stop is no colon
		case i >= len(in)-trailerBlocks && b.level == 0 && arrowLink.MatchString(b.text) && p.linkBlock(b):
			continue // a link to another page under an arrow after the text
		case len(b.text) <= maxConsent && embedConsent.MatchString(b.text):
			continue
		case (b.level == 0 || boldPara(b)) && len(b.text) <= maxInlineAppeal && callToAction.MatchString(b.text) && !quoted(b.node) && !reportedSpeech.MatchString(b.text):
			// A newsletter or app appeal between the paragraphs; in a
			// quote (an embedded post) or reported speech ("officials
			// urged residents to sign up for alerts") the words are text.
			continue
		case b.level > 0 && len(out) == 0 && p.repeatsHeadline(b.text):
			continue
		case (i < 6 || b.level > 0) && text.SameText(b.text, p.headline):
			// A section heading never says the headline again: that is a
			// teaser of the article (its audio or video) inside the body.
			continue
		case i < 6 && dek != "" && (text.SameText(b.text, dek) || datedDek(b.text, dek) || p.dekFull != "" && text.SameText(b.text, p.dekFull)) && !p.printedAsParagraph(in, i):
			continue
		case i < 6 && b.level == 0 && p.isBylineText(b.text):
			continue
		case i < 3 && b.level == 0 && bylineWord.MatchString(b.text):
			continue // the word of a byline whose name was a link or a box left out ("By")
		case i < 3 && p.category != "" && text.SameText(b.text, p.category):
			continue
		case b.level > 0 && strings.IndexFunc(b.text, isLetterOrDigit) < 0:
			continue // a separator set as a heading ("+++", "* * *")
		case b.level > 0 && (boxHeading(b.node, b.text) || i < 3 && len(out) == 0 && p.kicker(b.text)):
			continue // a box's heading, or a kicker before any text
		case (i < 6 || i >= len(in)-3) && isDateLine(b), b.level > 0 && len(out) == 0 && isDateLine(block{text: b.text}):
			continue // a date line; a date set as a heading over the text (a blog's date header)
		case i >= len(in)-3 && b.level == 0 && len(b.text) <= maxTrailer && closingNote.MatchString(b.text):
			continue
		case i >= len(in)-3 && len(out) > 0 && b.level == 0 && len(b.text) <= maxLinkTrailer && linkLine(b) && !inLinkList(in, i):
			continue // a link to another page or download after the text ("Bilder des Treffens", "Lesen Sie hier einen weiteren spannenden Beitrag …")
		case i >= len(in)-3 && b.level == 0 && p.isSignature(b.text):
			continue
		case i >= len(in)-trailerBlocks && p.tailLine(b), i >= len(in)-2 && isSeparator(b):
			continue // a widget's or pager's line, the site's name, a separator before a last note (bodytail.go)
		case i < 6 && b.level == 0 && len(b.text) <= maxTranslated && translatedNote.MatchString(b.text):
			continue
		case i < 6 && b.level == 0 && text.AgencyCredit(b.text):
			continue // an agency's credit alone over the text ("EFE")
		case i < 3 && b.level == 0 && len(b.text) <= maxAdNotice && adNotice.MatchString(b.text):
			continue
		case i >= len(in)-3 && b.level == 0 && (closingAppeal.MatchString(b.text) || adLead.MatchString(b.text)) && !quoted(b.node):
			continue
		}
		if p.isBio(b.text) || p.isAuthorName(b.text) {
			continue
		}
		out = append(out, b)
		keep[b.node] = true
	}
	out = dropRepeats(out, keep)
	out = dropTrailers(out, keep)
	out = cutAtAppealBox(out, keep)
	out = cutAtBoxTitle(out, keep)
	for n := len(out); n > 0 && (p.dangling(out[n-1]) || isDateLine(out[n-1]) || isSeparator(out[n-1]) || furnitureLine(out[n-1].text)); n-- {
		// A label with nothing under it, or a date line or the page's
		// furniture left at the end once the blocks after it went.
		keep[out[n-1].node] = false
		out = out[:n-1]
	}
	if n := len(out); n > 0 && out[n-1].level > 0 && out[n-1].node != nil && out[n-1].node.DataAtom == atom.P {
		out[n-1].level = 0
	}
	return out
}

// Limits of dropRepeats.
const (
	// minRepeatedPara is the shortest paragraph (bytes) a repeat run
	// is made of.
	minRepeatedPara = 80
	// minRepeatRun is the fewest paragraphs in a row, said again word for
	// word in the same order, that make a second copy of the text.
	minRepeatRun = 3
)

// dropRepeats drops the second copy of the text when the page prints it
// twice: a run of minRepeatRun paragraphs or more that repeats, in
// order, paragraphs found earlier in the body, and is at least half as
// long as the body before it. A line or a few said again (a pull quote,
// a schedule's rows, the steps of a how-to) stay.
func dropRepeats(out []block, keep map[*html.Node]bool) []block {
	first := map[string]int{}
	for i, b := range out {
		if b.level == 0 && len(b.text) >= minRepeatedPara {
			if _, ok := first[b.text]; !ok {
				first[b.text] = i
			}
		}
	}
	kept := out[:0:0]
	for i := 0; i < len(out); i++ {
		n := repeatRun(out, first, i)
		if n < minRepeatRun || n*2 < i {
			kept = append(kept, out[i])
			continue
		}
		for _, b := range out[i : i+n] {
			keep[b.node] = false
		}
		i += n - 1
	}
	return kept
}

// repeatRun returns how many blocks from out[i] on repeat, in order, the
// blocks from the first earlier occurrence of out[i]'s text.
func repeatRun(out []block, first map[string]int, i int) int {
	j, ok := first[out[i].text]
	if !ok || j >= i || out[i].level != 0 {
		return 0
	}
	n := 0
	for i+n < len(out) && j+n < i && out[i+n].text == out[j+n].text {
		n++
	}
	return n
}

// maxDanglingLabel is the longest label (runes) ending in a colon that
// dangling drops at the end of the body.
const maxDanglingLabel = 80

// dangling reports whether b, the last block of the body, heads nothing:
// a linked heading (a teaser's title), a box's title (boxTitle), or a
// short heading or paragraph
// ending in a colon ("Quellenangaben:", "Die Karte zum Abspeichern:")
// whose list, map or links were left out (a full-width colon ends a
// Chinese or Japanese label, "责任编辑："); or it is furniture left at the
// end: a comment count ("3 Kommentare"), a line of punctuation ("/").
func (p *page) dangling(b block) bool {
	if b.level > 0 && (p.linkBlock(b) || boxTitle(b)) {
		return true
	}
	return (strings.HasSuffix(b.text, ":") || strings.HasSuffix(b.text, "：")) && utf8.RuneCountInString(b.text) <= maxDanglingLabel ||
		b.level == 0 && (commentCount.MatchString(b.text) || strings.IndexFunc(b.text, isLetterOrDigit) < 0)
}

// maxBoxTitle is the longest heading (runes) that boxTitle takes for the
// title of a box.
const maxBoxTitle = 80

// boxTitle reports whether heading b, left last, is the title of a box
// whose content went ("Be the first to know", "Partner Content",
// "Location Details"): a heading element, short and not a sentence. A
// bold paragraph left last is a closing line instead, and stays.
func boxTitle(b block) bool {
	return b.node != nil && b.node.DataAtom != atom.P && utf8.RuneCountInString(b.text) <= maxBoxTitle &&
		!strings.HasSuffix(b.text, ".")
}

// commentCount matches a line that only counts the comments ("3
// Kommentare", "12 comments"): the link to the thread under the text.
var commentCount = regexp.MustCompile(`(?i)^\W*\d+\s*(kommentare?|comments?|commentaires?|comentarios?|commenti|reacties|komentarzy|komentarze)\W*$`)

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// minHeadingRun is the shortest run of same-level headings with no text
// between them that is a list (tags, a table of contents, teaser titles,
// listicle entries) rather than section headings: a section heading heads
// some text.
const minHeadingRun = 3

// headingRuns marks the blocks that belong to such runs.
func headingRuns(blocks []block) []bool {
	marked := make([]bool, len(blocks))
	for i := 0; i < len(blocks); {
		j, module := i, false
		for j < len(blocks) && blocks[j].level > 0 && blocks[j].level == blocks[i].level {
			module = module || readNextHeading.MatchString(blocks[j].text)
			j++
		}
		if j-i >= minHeadingRun && !module { // a related module goes whole, heading and links
			for k := i; k < j; k++ {
				marked[k] = true
			}
		}
		i = max(j, i+1)
	}
	return marked
}

// minLeadParagraph is the shortest block (bytes) that printedAsParagraph
// takes for the body paragraph after the dek: shorter ones may be labels,
// bylines or captions.
const minLeadParagraph = 80

// printedAsParagraph reports whether blocks[i], a block that says the
// dek, is printed as the first paragraph of the body rather than as a
// dek: in the original tree it is the same kind of element (tag and
// class) in the same box as the next body paragraph, and so is the block
// element holding its text. The page prints no dek there; its description
// only repeats the lead, which stays text. A dek styled apart (a lead or
// intro class, a heading, a box of its own, a bold class on the inner p)
// stays out. One walk of the original tree finds both elements.
func (p *page) printedAsParagraph(blocks []block, i int) bool {
	dek := blocks[i]
	if dek.split != nil && i+1 < len(blocks) && blocks[i+1].split == dek.split {
		// One element holds the dek and the next paragraph, set apart
		// by a <br>: a lead printed as the text's first paragraph.
		return true
	}
	if dek.level != 0 || dek.node == nil {
		return false
	}
	var next block
	var nextNode *html.Node // next's element, or the one it was split from
	for _, b := range blocks[i+1:] {
		if n := cmp.Or(b.node, b.split); b.level == 0 && n != nil && len(b.text) >= minLeadParagraph {
			next, nextNode = b, n
			break
		}
	}
	if nextNode == nil {
		// The dek is the whole body: a paywalled page prints its first
		// paragraph only, and that paragraph is the text.
		return true
	}
	pa, pb := firstTextOf(dek.node), firstTextOf(nextNode)
	if pa == "" || pb == "" {
		return false
	}
	ta := p.originalsOf(pa)[0]
	a := widen(ta, dek.text)
	if a == nil || a.Parent == nil {
		return false
	}
	// The next paragraph is looked for beside the dek only: a short probe
	// (a word of a Japanese text) may say something earlier on the page.
	tb := originalsIn(a.Parent, pb)[0]
	b := widen(tb, next.text)
	return b != nil && a != b && a.Parent == b.Parent && sameKind(a, b) &&
		sameKind(closest(ta, isBlock), closest(tb, isBlock)) // a bold p in a wrapper like the body's
}

// sameKind reports whether elements a and b have the same tag and class.
func sameKind(a, b *html.Node) bool {
	return a != nil && b != nil && a.Data == b.Data && classOf(a) == classOf(b)
}

// minProbe is the shortest text node (bytes) that printedAsParagraph
// looks for in the original tree.
const minProbe = 15

// firstTextOf returns the first text node (trimmed) below n that has
// minProbe bytes or more, or "".
func firstTextOf(n *html.Node) string {
	probe := ""
	walk(n, func(c *html.Node) bool {
		if probe != "" || c.Type == html.ElementNode && skipText(c) {
			return false // found, or no text of the block (a ruby reading, a script)
		}
		if t := strings.TrimSpace(c.Data); c.Type == html.TextNode && len(t) >= minProbe {
			probe = t
		}
		return true
	})
	return probe
}

// widen returns the outermost ancestor-or-self of n whose text is t (the
// paragraph rather than a bold or linked run inside it), or nil for nil.
// An inline run that says less than t (a word in a link, in a ruby) is
// left for the element around it first.
func widen(n *html.Node, t string) *html.Node {
	for n != nil && !isBlock(n) && n.Parent != nil && n.Parent.Type == html.ElementNode && !text.SameText(nodeText(n), t) {
		n = n.Parent
	}
	for n != nil && n.Parent != nil && n.Parent.Type == html.ElementNode && text.SameText(nodeText(n.Parent), t) {
		n = n.Parent
	}
	return n
}

// onlyParagraph reports whether dek is the one paragraph of blocks: some
// paragraph says it and no other paragraph is there.
func onlyParagraph(blocks []block, dek string) bool {
	found := false
	for _, b := range blocks {
		if b.level != 0 {
			continue
		}
		if !text.SameText(b.text, dek) {
			return false
		}
		found = true
	}
	return found
}

// linkBlock reports whether block b is mostly link text.
func (p *page) linkBlock(b block) bool {
	return b.node != nil && linkTextLen(b.node)*2 >= textLen(b.node)
}

// repeatsHeadline reports whether heading t, found before any paragraph
// of the body, is the title again: the whole headline with a kicker, a
// variant of it (the printed title where the headline is the declared
// one), or the alternative headline the article entity declares.
func (p *page) repeatsHeadline(t string) bool {
	if p.art != nil && p.art.AlternativeHeadline != "" && text.SameText(t, p.art.AlternativeHeadline) {
		return true
	}
	h := text.Fold(p.headline)
	if utf8.RuneCountInString(h) < 20 {
		return false
	}
	return strings.Contains(text.Fold(t), h) || text.Similarity(t, p.headline) >= 0.4
}

// dekAfterLine reports whether t is the dek after a short byline and date
// line ("Red. / 31.10.2023 Die ehemalige …"): the element the standfirst
// came from, which tighter read as the description.
func dekAfterLine(t, dek string) bool {
	return len(t) > len(dek) && len(t) <= len(dek)+maxDekLead && strings.HasSuffix(foldText(t), foldText(dek))
}

// datedDek reports whether t is the dek after a line that dates it ("Red.
// / 31.10.2023 Die ehemalige …"); a dateline that opens the first
// paragraph ("NAPA COUNTY, Calif. (KGO) -- …") is the paragraph's own.
func datedDek(t, dek string) bool {
	if !dekAfterLine(t, dek) {
		return false
	}
	ft := foldText(t)
	return numericDate.MatchString(ft[:len(ft)-len(foldText(dek))])
}

// numericDate matches a date written in numbers: "31.10.2023", "2023-10-31".
var numericDate = regexp.MustCompile(`\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b`)

// maxDekLead is the longest byline and date line (bytes) before a printed
// dek that dekAfterLine allows.
const maxDekLead = 60

// bylineWord matches a byline's word standing alone ("By", "Von:",
// "Kommentar von").
var bylineWord = regexp.MustCompile(`(?i)^\W*(by|von|por|par|door|av|written by|geschrieben von|(ein |eine )?(kommentar|analyse|gastbeitrag|essay|interview|reportage|glosse|kolumne) von|(an? )?(commentary|analysis|column|essay|opinion|interview) by)\W*$`)

// isBylineText reports whether t is a short line naming the authors, in
// any case ("Por FIDEL RENDÓN MATIENZO" for Fidel Rendón Matienzo).
func (p *page) isBylineText(t string) bool {
	if len(t) > 200 || len(p.authors) == 0 {
		return false
	}
	folded := text.Fold(t)
	for _, a := range p.authors {
		if name := text.Fold(a.Name); name != "" && strings.Contains(folded, name) && len(t) < len(a.Name)+80 {
			return true
		}
	}
	return false
}

// signatureLabel matches the word that signs a closing line with the
// author's name ("Von: Götz Warnke", "By Jane Doe").
var signatureLabel = regexp.MustCompile(`(?i)^\W*(von|by|por|par|di|door|av|autor|autorin|author|text|texto|written by|geschrieben von)\b\s*:?\s*`)

// isSignature reports whether t is an author's name after a byline word:
// the signature that closes some articles.
func (p *page) isSignature(t string) bool {
	loc := signatureLabel.FindStringIndex(t)
	return loc != nil && p.isAuthorName(t[loc[1]:])
}

// isAuthorName reports whether t is just an author's name (a signature).
func (p *page) isAuthorName(t string) bool {
	for _, a := range p.authors {
		if text.SameText(t, a.Name) {
			return true
		}
	}
	return false
}

func (p *page) isBio(t string) bool {
	for _, a := range p.authors {
		if a.Bio != "" && text.SameText(t, a.Bio) {
			return true
		}
	}
	return false
}

// finish builds sections, text and HTML from the blocks.
func (b *body) finish() {
	var sb strings.Builder
	var cur *Section
	for _, bl := range b.blocks {
		if sb.Len() > 0 {
			sb.WriteString("\n\n")
		}
		sb.WriteString(bl.text)
		if bl.level > 0 {
			b.sections = append(b.sections, Section{Heading: bl.text, Level: bl.level})
			cur = &b.sections[len(b.sections)-1]
			continue
		}
		if cur == nil {
			b.sections = append(b.sections, Section{})
			cur = &b.sections[len(b.sections)-1]
		}
		cur.Paragraphs = append(cur.Paragraphs, bl.text)
	}
	b.text = sb.String()
	if b.node != nil {
		b.linkText = linkTextLen(b.node)
		b.allText = textLen(b.node)
		var hb strings.Builder
		if err := html.Render(&hb, b.node); err == nil {
			b.html = hb.String()
		}
	}
}
