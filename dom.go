package scoop

import (
	"net/url"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsscoop/scoop/internal/text"
)

// dom.go: small helpers over golang.org/x/net/html trees.

// cloneWithout returns a deep copy of n without the nodes below it for
// which skip reports true, iteratively.
func cloneWithout(n *html.Node, skip func(*html.Node) bool) *html.Node {
	type pair struct{ src, dst *html.Node }
	root := cloneNode(n)
	stack := []pair{{n, root}}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for c := p.src.FirstChild; c != nil; c = c.NextSibling {
			if skip(c) {
				continue
			}
			cc := cloneNode(c)
			p.dst.AppendChild(cc)
			if c.FirstChild != nil {
				stack = append(stack, pair{c, cc})
			}
		}
	}
	return root
}

// textLenWithout is textLen of n without the nodes for which skip reports
// true.
func textLenWithout(n *html.Node, skip func(*html.Node) bool) int {
	total := 0
	walk(n, func(c *html.Node) bool {
		if c != n && skip(c) || c.Type == html.ElementNode && skipText(c) {
			return false
		}
		if c.Type == html.TextNode {
			total += len(strings.TrimSpace(c.Data))
		}
		return true
	})
	return total
}

func cloneNode(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace}
	if len(n.Attr) > 0 {
		c.Attr = make([]html.Attribute, len(n.Attr))
		copy(c.Attr, n.Attr)
	}
	return c
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// walk calls fn for n and every node below it in document order; fn returns
// false to skip a node's children.
func walk(n *html.Node, fn func(*html.Node) bool) {
	if !fn(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, fn)
	}
}

// skipText lists elements whose text is never visible content, or no
// part of the running text: a ruby annotation (<rt>, the reading printed
// over a Japanese word) without <rp> brackets would run into the word
// ("子こども"); with them it reads as a gloss ("尹錫悦（ユンソンニョル）") and
// stays.
func skipText(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Title, atom.Svg, atom.Iframe, atom.Object, atom.Select, atom.Textarea, atom.Button:
		return true
	case atom.Rt:
		return n.Parent == nil || findFirst(n.Parent, func(c *html.Node) bool { return c.DataAtom == atom.Rp }) == nil
	}
	return false
}

// paraBreak marks a paragraph break written as <br><br> in raw text.
const paraBreak = '\x1e'

// lineBreak marks a single <br> in raw text.
const lineBreak = '\x1f'

// breaks turns both break marks of raw text into spaces.
var breaks = strings.NewReplacer(string(paraBreak), " ", string(lineBreak), " ")

// nodeText returns the visible text of n, whitespace collapsed, with
// spaces between block elements.
func nodeText(n *html.Node) string {
	var b strings.Builder
	appendText(&b, n)
	return text.Clean(breaks.Replace(b.String()))
}

// nodeParas returns the visible text of n split where it has <br><br>
// paragraph breaks, or long text at its single <br>s (see brLines), each
// part cleaned, empty parts dropped.
func nodeParas(n *html.Node) []string {
	var b strings.Builder
	appendText(&b, n)
	var out []string
	for _, s := range strings.Split(b.String(), string(paraBreak)) {
		out = append(out, brLines(s)...)
	}
	return out
}

// Limits of brLines.
const (
	// minBrText is the least text (runes) that brLines splits.
	minBrText = 600
	// minBrLine is the least mean length (runes) of its lines.
	minBrLine = 80
)

// brLines returns raw text s (no paragraph breaks) cleaned: as its lines
// when it is long and its lines are paragraphs (pages that end each
// paragraph with one <br>), else whole; nothing for blank text. Short
// lines (a poem, an address) stay one block.
func brLines(s string) []string {
	if strings.IndexByte(s, lineBreak) >= 0 {
		var lines []string
		total := 0
		for _, l := range strings.Split(s, string(lineBreak)) {
			if l = text.Clean(l); l != "" {
				lines = append(lines, l)
				total += utf8.RuneCountInString(l)
			}
		}
		if len(lines) > 1 && total >= minBrText && total >= minBrLine*len(lines) {
			return lines
		}
	}
	if t := text.Clean(breaks.Replace(s)); t != "" {
		return []string{t}
	}
	return nil
}

func appendText(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		return
	case html.ElementNode:
		if skipText(n) {
			return
		}
		if n.DataAtom == atom.Br {
			if isDoubleBr(n) {
				b.WriteByte(paraBreak)
			} else {
				b.WriteByte(lineBreak)
			}
			return
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	block := n.Type == html.ElementNode && isBlock(n)
	if block {
		b.WriteByte(' ')
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		appendText(b, c)
	}
	if block {
		b.WriteByte(' ')
	}
}

// textLen is the byte length of n's raw text, cheaper than nodeText.
func textLen(n *html.Node) int {
	total := 0
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && skipText(c) {
			return false
		}
		if c.Type == html.TextNode {
			total += len(strings.TrimSpace(c.Data))
		}
		return true
	})
	return total
}

// textBefore returns the length of the visible text inside n that comes
// before b (all of it when b is nil or not in n), counting no further than
// limit: reading stops once the count reaches it.
func textBefore(n, b *html.Node, limit int) int {
	total, done := 0, false
	walk(n, func(c *html.Node) bool {
		if done || c == b || total >= limit {
			done = true
			return false
		}
		if c.Type == html.ElementNode && skipText(c) {
			return false
		}
		if c.Type == html.TextNode {
			total += len(strings.TrimSpace(c.Data))
		}
		return true
	})
	return total
}

// linkTextLen is the byte length of text inside links below n.
func linkTextLen(n *html.Node) int {
	total := 0
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && c.DataAtom == atom.A {
			total += textLen(c)
			return false
		}
		return true
	})
	return total
}

func isBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Ul, atom.Ol,
		atom.Blockquote, atom.Pre, atom.Table, atom.Tr, atom.Td, atom.Th, atom.Section, atom.Article,
		atom.Header, atom.Footer, atom.Aside, atom.Nav, atom.Figure, atom.Figcaption, atom.Dl, atom.Dt, atom.Dd,
		atom.Hr, atom.Main, atom.Address, atom.Details, atom.Summary, atom.Form, atom.Fieldset:
		return true
	}
	return false
}

func headingLevel(n *html.Node) int {
	switch n.DataAtom {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

// contains reports whether a is n or an ancestor of n.
func contains(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// closest returns the nearest ancestor of n (n included) for which fn is
// true, or nil.
func closest(n *html.Node, fn func(*html.Node) bool) *html.Node {
	for ; n != nil; n = n.Parent {
		if n.Type == html.ElementNode && fn(n) {
			return n
		}
	}
	return nil
}

// findAll returns the elements below n (n included) for which fn is true.
func findAll(n *html.Node, fn func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode {
			if skipText(c) && c.DataAtom != atom.Head {
				return false
			}
			if fn(c) {
				out = append(out, c)
			}
		}
		return true
	})
	return out
}

// absURL resolves ref against base; it returns "" for refs that are not
// http(s) links (javascript:, mailto:, fragments only).
func absURL(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" || strings.HasPrefix(ref, "#") {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	if u.Host == "" {
		if base == nil && strings.HasPrefix(ref, "/") {
			return ref
		}
		if base == nil {
			return ""
		}
	}
	return u.String()
}

// classID returns the class and id attributes of n joined, lowercased, for
// keyword tests.
func classID(n *html.Node) string {
	return strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
}

// holdsAny reports whether s holds one of parts (the words of a class
// name: "kicker" in "article__kicker").
func holdsAny(s string, parts []string) bool {
	for _, w := range parts {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// maxImageCaption is the most text (bytes) of a caption printed under its
// picture without figcaption markup.
const maxImageCaption = 300

// isImageCaption reports whether block n is a picture with its caption
// and nothing else: an image (alone or inside a link), a line break, then
// one inline element (em, span, small…) holding a short text. Such a
// block is the figure of a page written without figure markup
// ("<p><img><br><em>Abbildung 3: …</em></p>"), not a paragraph. Without
// the break the text runs beside a floated picture: an intro line, not a
// caption.
func isImageCaption(n *html.Node) bool {
	var img, caption *html.Node
	broken := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.CommentNode:
		case c.Type == html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return false
			}
		case c.Type != html.ElementNode:
			return false
		case c.DataAtom == atom.Br:
			broken = img != nil
		case img == nil && caption == nil && isPictureOnly(c):
			img = c
		case broken && caption == nil && isCaptionInline(c):
			caption = c
		default:
			return false
		}
	}
	if img == nil || caption == nil {
		return false
	}
	l := textLen(caption)
	return l > 0 && l <= maxImageCaption
}

// isPictureOnly reports whether n is an image, or an inline element
// holding one image and no text.
func isPictureOnly(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Img, atom.Picture:
		return true
	case atom.A, atom.Span:
		return textLen(n) == 0 && findFirst(n, func(c *html.Node) bool { return c.DataAtom == atom.Img }) != nil
	}
	return false
}

// isCaptionInline reports whether n is an inline element a caption is set
// in, holding no image.
func isCaptionInline(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Em, atom.I, atom.Span, atom.Small, atom.Sub, atom.Sup, atom.Font, atom.Cite:
		return findFirst(n, func(c *html.Node) bool { return c.DataAtom == atom.Img }) == nil
	}
	return false
}
