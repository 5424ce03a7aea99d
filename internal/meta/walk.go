package meta

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// reader holds the state of one Read: the Meta being filled, the roots of
// structured data found so far and the open microdata / RDFa items.
type reader struct {
	m          *Meta
	roots      []root
	md, rdfa   []*item
	textBudget int
	textBytes  int
	props      int
	tags       int
	links      int
	limited    bool
	titleSeen  bool
	baseSeen   bool
}

// root is one source of entities: the values of a JSON-LD block or one
// top-level microdata / RDFa item.
type root struct {
	src  string
	vals []any
}

// attr presence flags.
const (
	hasItemscope = 1 << iota
	hasTypeof
	hasContent
	hasDatetime
	hasResource
)

// attrs are the attributes of one element that Read looks at.
type attrs struct {
	has                                         int
	itemprop, itemtype, itemid                  string
	typeof, property, about, resource           string
	content, href, src, rel, name, httpEquiv    string
	typ, title, hreflang, datetime, data, value string
	lang, xmlLang                               string
}

func (a *attrs) scan(as []html.Attribute) {
	for i := range as {
		v := as[i].Val
		switch as[i].Key {
		case "itemscope":
			a.has |= hasItemscope
		case "itemprop":
			a.itemprop = v
		case "itemtype":
			a.itemtype = v
		case "itemid":
			a.itemid = v
		case "typeof":
			a.has |= hasTypeof
			a.typeof = v
		case "property":
			a.property = v
		case "about":
			a.about = v
		case "resource":
			a.has |= hasResource
			a.resource = v
		case "content":
			a.has |= hasContent
			a.content = v
		case "href":
			a.href = v
		case "src":
			a.src = v
		case "rel":
			a.rel = v
		case "name":
			a.name = v
		case "http-equiv":
			a.httpEquiv = v
		case "type":
			a.typ = v
		case "title":
			a.title = v
		case "hreflang":
			a.hreflang = v
		case "datetime":
			a.has |= hasDatetime
			a.datetime = v
		case "data":
			a.data = v
		case "value":
			a.value = v
		case "lang":
			a.lang = v
		case "xml:lang":
			a.xmlLang = v
		}
	}
}

// walk visits every node under doc once, in document order, without
// recursion.
func (r *reader) walk(doc *html.Node) {
	n := doc
	for {
		if r.enter(n) && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for {
			r.leave(n)
			if n == doc {
				return
			}
			if n.NextSibling != nil {
				n = n.NextSibling
				break
			}
			n = n.Parent
			if n == nil {
				return
			}
		}
	}
}

// enter reads one node and reports whether to visit its children.
func (r *reader) enter(n *html.Node) bool {
	switch n.Type {
	case html.DocumentNode:
		return true
	case html.ElementNode:
	default:
		return false
	}
	var a attrs
	a.scan(n.Attr)
	descend := true
	if n.Namespace == "" {
		switch n.DataAtom {
		case atom.Html:
			if r.m.Lang == "" {
				r.m.Lang = strings.TrimSpace(a.lang)
				if r.m.Lang == "" {
					r.m.Lang = strings.TrimSpace(a.xmlLang)
				}
			}
		case atom.Title:
			if !r.titleSeen {
				r.titleSeen = true
				r.m.Title = cleanSpace(r.text(n, false))
			}
			descend = false
		case atom.Base:
			if !r.baseSeen && a.href != "" {
				r.baseSeen = true
				r.m.Base = strings.TrimSpace(a.href)
			}
		case atom.Meta:
			r.meta(&a)
		case atom.Link:
			r.link(&a)
		case atom.A:
			if a.rel != "" {
				r.anchor(n, &a)
			}
		case atom.Script:
			if isJSONLD(a.typ) {
				r.jsonld(n)
			}
			descend = false
		case atom.Style, atom.Template, atom.Textarea:
			descend = false
		}
	}
	if a.has&hasItemscope != 0 || a.itemprop != "" {
		r.microdata(n, &a)
	}
	if a.has&hasTypeof != 0 || a.property != "" && len(r.rdfa) > 0 {
		r.rdfaItem(n, &a)
	}
	return descend
}

// leave closes the items n opened.
func (r *reader) leave(n *html.Node) {
	if k := len(r.md) - 1; k >= 0 && r.md[k].node == n {
		r.md = r.md[:k]
	}
	if k := len(r.rdfa) - 1; k >= 0 && r.rdfa[k].node == n {
		r.rdfa = r.rdfa[:k]
	}
}

func isJSONLD(t string) bool {
	t = strings.TrimSpace(t)
	return len(t) >= 19 && strings.EqualFold(t[:19], "application/ld+json")
}

func (r *reader) meta(a *attrs) {
	if a.has&hasContent == 0 {
		// Some CMSs write <meta name=... value=...>: browsers ignore it,
		// but it is the only place such pages declare their metadata.
		if a.value == "" {
			return
		}
		a.content = a.value
	}
	v := strings.TrimSpace(a.content)
	if v == "" {
		return
	}
	r.addTag(a.name, v)
	for p := range strings.FieldsSeq(a.property) {
		r.addTag(p, v)
	}
	r.addTag(a.httpEquiv, v)
	if len(r.md) == 0 {
		for p := range strings.FieldsSeq(a.itemprop) {
			r.addTag(p, v)
		}
	}
}

func (r *reader) addTag(key, v string) {
	key = strings.ToLower(strings.TrimSpace(key))
	if key == "" {
		return
	}
	if r.tags >= MaxTagValues {
		r.limited = true
		return
	}
	r.tags++
	r.m.Tags[key] = append(r.m.Tags[key], v)
}

func (r *reader) link(a *attrs) {
	href := strings.TrimSpace(a.href)
	if href == "" {
		return
	}
	for rel := range strings.FieldsSeq(a.rel) {
		r.addLink(strings.ToLower(rel), Link{Href: href, Type: strings.TrimSpace(a.typ),
			Title: strings.TrimSpace(a.title), HrefLang: strings.TrimSpace(a.hreflang)})
	}
}

func (r *reader) anchor(n *html.Node, a *attrs) {
	href := strings.TrimSpace(a.href)
	if href == "" {
		return
	}
	title, done := "", false
	for rel := range strings.FieldsSeq(a.rel) {
		rel = strings.ToLower(rel)
		if rel != "author" && rel != "tag" && rel != "category" {
			continue
		}
		if !done {
			done = true
			title = cleanSpace(a.title)
			if title == "" {
				title = cleanSpace(r.text(n, false))
			}
		}
		r.addLink("a:"+rel, Link{Href: href, Type: strings.TrimSpace(a.typ), Title: title,
			HrefLang: strings.TrimSpace(a.hreflang)})
	}
}

func (r *reader) addLink(rel string, l Link) {
	if r.links >= MaxLinks {
		r.limited = true
		return
	}
	r.links++
	r.m.Links[rel] = append(r.m.Links[rel], l)
}

func (r *reader) jsonld(n *html.Node) {
	// The script's text, whole: it is one text node unless the tree was
	// built by hand.
	var src string
	if c := n.FirstChild; c != nil && c.NextSibling == nil && c.Type == html.TextNode {
		src = c.Data
	} else {
		var b strings.Builder
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				b.WriteString(c.Data)
			}
		}
		src = b.String()
	}
	if strings.TrimSpace(src) == "" {
		return
	}
	vals, err := DecodeJSONLD(src)
	if err != nil {
		r.m.Problems++
	}
	if len(vals) > 0 {
		r.roots = append(r.roots, root{src: SourceJSONLD, vals: vals})
	}
}

// text returns the text under n, skipping scripts and styles, at most
// MaxTextBytes. With blocks set, block-level elements are surrounded by line
// breaks. Visits and copied bytes count against the page's text budgets.
func (r *reader) text(n *html.Node, blocks bool) string {
	if c := n.FirstChild; c != nil && c.NextSibling == nil && c.Type == html.TextNode {
		r.textBudget--
		return cut(c.Data, MaxTextBytes)
	}
	var b strings.Builder
	defer func() { r.textBytes -= b.Len() }()
	limit := min(MaxTextBytes, r.textBytes)
	c := n.FirstChild
	for c != nil {
		if r.textBudget--; r.textBudget < 0 {
			r.limited = true
			break
		}
		descend := false
		switch c.Type {
		case html.TextNode:
			if b.Len()+len(c.Data) > limit {
				if limit < MaxTextBytes {
					r.limited = true
				}
				b.WriteString(cut(c.Data, limit-b.Len()))
				return b.String()
			}
			b.WriteString(c.Data)
		case html.ElementNode:
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Template, atom.Noscript:
			default:
				descend = true
			}
			if blocks && isBlock(c.DataAtom) {
				b.WriteByte('\n')
			}
		}
		if descend && c.FirstChild != nil {
			c = c.FirstChild
			continue
		}
		for {
			if c.NextSibling != nil {
				c = c.NextSibling
				break
			}
			c = c.Parent
			if c == n || c == nil {
				return b.String()
			}
			if blocks && isBlock(c.DataAtom) {
				b.WriteByte('\n')
			}
		}
	}
	return b.String()
}

// cut cuts s to at most n bytes on a rune boundary.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Br, atom.Li, atom.Ul, atom.Ol, atom.H1, atom.H2, atom.H3, atom.H4,
		atom.H5, atom.H6, atom.Blockquote, atom.Pre, atom.Section, atom.Article, atom.Header,
		atom.Footer, atom.Figure, atom.Figcaption, atom.Table, atom.Tr, atom.Td, atom.Th, atom.Hr,
		atom.Dl, atom.Dt, atom.Dd, atom.Aside, atom.Main, atom.Address:
		return true
	}
	return false
}

// cleanSpace collapses whitespace and trims, without touching entities or
// tags (for text the HTML parser has already decoded).
func cleanSpace(s string) string {
	if isClean(s) {
		return s
	}
	return collapse(s, false)
}
