package meta

import (
	"strings"

	"golang.org/x/net/html"
)

// Limits applied by Read and DecodeJSONLD. Input beyond them is ignored and
// counted once in Meta.Problems.
const (
	// MaxDepth bounds JSON nesting and the nesting of microdata / RDFa items.
	MaxDepth = 64
	// MaxEntities bounds len(Meta.Entities).
	MaxEntities = 1000
	// MaxTagValues bounds the number of <meta> values kept, all keys together.
	MaxTagValues = 4096
	// MaxLinks bounds the number of <link>/<a> targets kept.
	MaxLinks = 4096
	// MaxTextBytes bounds the text taken from one element for a microdata or
	// RDFa value, or for an <a rel> title.
	MaxTextBytes = 1 << 20
	// maxTextNodes bounds the nodes visited to collect element text over a
	// whole page (nested itemprops visit their text more than once).
	maxTextNodes = 1 << 21
	// maxTextTotal bounds the bytes copied to collect element text over a
	// whole page.
	maxTextTotal = 16 << 20
	// maxProps bounds the microdata and RDFa properties kept per page.
	maxProps = 1 << 16
	// maxList bounds authors, images, keywords and sections of one entity.
	maxList = 100
)

// Meta is the metadata evidence of one page. Read builds it; afterwards it
// is not modified, so it is safe for concurrent reads. The caller owns it.
type Meta struct {
	// Title is the text of the first <title> outside SVG, whitespace
	// collapsed.
	Title string
	// Lang is the lang (else xml:lang) attribute of <html>, trimmed. Other
	// language declarations are in Tags: "content-language" (http-equiv),
	// "og:locale", "language", "dc.language".
	Lang string
	// Base is the href of the first <base>, as written.
	Base string
	// Tags holds <meta content> values keyed by the lowercased name,
	// property (each space-separated token), http-equiv, and itemprop of
	// meta elements that are not inside a microdata item: "og:title",
	// "description", "twitter:title", "article:published_time",
	// "dc.date.issued", "author", "parsely-pub-date", "og:locale",
	// "content-language"... Values are trimmed, empty ones skipped, in
	// document order.
	Tags map[string][]string
	// Links holds <link href> targets by lowercased rel token ("canonical",
	// "amphtml", "author", "alternate", "publisher", "image_src"...). Anchors
	// whose rel has the token author, tag or category are kept under
	// "a:author", "a:tag", "a:category", with the anchor text as Title when
	// it has no title attribute. Hrefs are as written (not made absolute).
	Links map[string][]Link
	// Entities are the typed schema.org objects of JSON-LD, microdata and
	// RDFa, in document order, flattened: an object nested in another
	// (author, publisher, mainEntity...) follows it as an entity of its own.
	Entities []*Entity
	// Problems counts JSON-LD blocks that could not be read in full (their
	// readable leading values are kept), plus one if any limit was reached.
	Problems int
}

// Link is one <link> (or <a rel>) target.
type Link struct {
	Href, Type, Title, HrefLang string
}

// Tag returns the first non-empty value of the first name (lowercased) that
// has one, or "".
func (m *Meta) Tag(names ...string) string {
	for _, n := range names {
		for _, v := range m.Tags[strings.ToLower(n)] {
			if v != "" {
				return v
			}
		}
	}
	return ""
}

// Href returns the href of the first link with the first rel (lowercased)
// that has one, or "".
func (m *Meta) Href(rels ...string) string {
	for _, r := range rels {
		for _, l := range m.Links[strings.ToLower(r)] {
			if l.Href != "" {
				return l.Href
			}
		}
	}
	return ""
}

// Read collects the metadata of the tree rooted at doc (normally the
// *html.Node of html.Parse; a subtree also works). It reads the tree
// without modifying it and keeps no reference to it; strings may share
// memory with the tree. A nil doc gives an empty Meta. Read never panics
// and is safe for concurrent use on the same tree.
func Read(doc *html.Node) *Meta {
	m := &Meta{Tags: map[string][]string{}, Links: map[string][]Link{}}
	if doc == nil {
		return m
	}
	r := reader{m: m, textBudget: maxTextNodes, textBytes: maxTextTotal}
	r.walk(doc)
	r.build()
	if r.limited {
		m.Problems++
	}
	return m
}
