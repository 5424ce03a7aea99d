package meta

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// item is an open microdata or RDFa item: the element that opened it and
// its properties as a JSON-LD-like object (every property holds a []any).
type item struct {
	node  *html.Node
	props map[string]any
}

// microdata handles an element with itemscope and/or itemprop. Values
// follow the HTML spec (content attribute, then src / href / data / value /
// datetime by element, else the text), except for <a> elements: one given
// for a text property (name, headline, description...) yields its text, and
// one given for author, creator, publisher, contributor or editor yields
// {"name": text, "url": href}, so that the name is not lost. itemref is not
// followed.
func (r *reader) microdata(n *html.Node, a *attrs) {
	var parent *item
	if k := len(r.md); k > 0 {
		parent = r.md[k-1]
	}
	if a.has&hasItemscope == 0 {
		if parent != nil {
			r.addProps(parent, a.itemprop, r.value(n, a, a.itemprop, false))
		}
		return
	}
	if len(r.md) >= MaxDepth {
		r.limited = true
		return
	}
	it := &item{node: n, props: make(map[string]any, 8)}
	if types := splitTypes(a.itemtype); len(types) > 0 {
		it.props["@type"] = types
	}
	if id := strings.TrimSpace(a.itemid); id != "" {
		it.props["@id"] = id
	}
	if parent != nil && strings.TrimSpace(a.itemprop) != "" {
		r.addProps(parent, a.itemprop, it.props)
	} else {
		r.roots = append(r.roots, root{src: SourceMicrodata, vals: []any{it.props}})
	}
	r.md = append(r.md, it)
}

// rdfaItem handles an element with typeof and/or property (RDFa Lite):
// typeof opens an item (about or resource is its @id), property adds a
// value to the innermost open item: content, else resource, href, src,
// datetime, else the text. Names and types lose their schema: or
// schema.org prefix; other prefixes (dc:, og:, foaf:) are kept.
func (r *reader) rdfaItem(n *html.Node, a *attrs) {
	var parent *item
	if k := len(r.rdfa); k > 0 {
		parent = r.rdfa[k-1]
	}
	if a.has&hasTypeof == 0 {
		if parent != nil {
			r.addProps(parent, a.property, r.value(n, a, a.property, true))
		}
		return
	}
	if len(r.rdfa) >= MaxDepth {
		r.limited = true
		return
	}
	it := &item{node: n, props: make(map[string]any, 8)}
	if types := splitTypes(a.typeof); len(types) > 0 {
		it.props["@type"] = types
	}
	id := strings.TrimSpace(a.about)
	if id == "" {
		id = strings.TrimSpace(a.resource)
	}
	if id != "" {
		it.props["@id"] = id
	}
	if parent != nil && strings.TrimSpace(a.property) != "" {
		r.addProps(parent, a.property, it.props)
	} else {
		r.roots = append(r.roots, root{src: SourceRDFa, vals: []any{it.props}})
	}
	r.rdfa = append(r.rdfa, it)
}

// addProps appends v under each space-separated name.
func (r *reader) addProps(it *item, names string, v any) {
	for name := range strings.FieldsSeq(names) {
		name = trimVocab(name)
		if name == "" || name[0] == '@' {
			continue
		}
		if r.props >= maxProps {
			r.limited = true
			return
		}
		r.props++
		list, _ := it.props[name].([]any)
		it.props[name] = append(list, v)
	}
}

// value is the value of a microdata itemprop (rdfa false) or RDFa property.
func (r *reader) value(n *html.Node, a *attrs, names string, rdfa bool) any {
	if a.has&hasContent != 0 {
		return strings.TrimSpace(a.content)
	}
	if rdfa && a.has&hasResource != 0 {
		return strings.TrimSpace(a.resource)
	}
	switch n.DataAtom {
	case atom.Meta:
		return ""
	case atom.Audio, atom.Embed, atom.Iframe, atom.Img, atom.Source, atom.Track, atom.Video:
		return strings.TrimSpace(a.src)
	case atom.A, atom.Area, atom.Link:
		href := strings.TrimSpace(a.href)
		if n.DataAtom == atom.A && isTextProp(names) {
			if text := r.text(n, false); strings.TrimSpace(text) != "" {
				return text
			}
		}
		if n.DataAtom == atom.A && isPersonProp(names) {
			if name := r.text(n, false); strings.TrimSpace(name) != "" {
				if href == "" {
					return name
				}
				return map[string]any{"name": name, "url": href}
			}
		}
		if href == "" && rdfa {
			break
		}
		return href
	case atom.Object:
		return strings.TrimSpace(a.data)
	case atom.Data, atom.Meter:
		return strings.TrimSpace(a.value)
	case atom.Time:
		if a.has&hasDatetime != 0 {
			return strings.TrimSpace(a.datetime)
		}
	}
	return r.text(n, true)
}

// isTextProp reports whether names has a property whose value is text, for
// which an <a> gives its text rather than its href.
func isTextProp(names string) bool {
	for n := range strings.FieldsSeq(names) {
		switch trimVocab(n) {
		case "name", "headline", "alternativeHeadline", "alternateName", "description",
			"articleSection", "genre", "keywords", "caption", "givenName", "familyName",
			"jobTitle", "articleBody", "text":
			return true
		}
	}
	return false
}

func isPersonProp(names string) bool {
	for n := range strings.FieldsSeq(names) {
		switch trimVocab(n) {
		case "author", "creator", "publisher", "contributor", "editor":
			return true
		}
	}
	return false
}

// splitTypes splits an itemtype or typeof attribute into schema.org type
// names.
func splitTypes(s string) []any {
	var out []any
	for t := range strings.FieldsSeq(s) {
		if t = normType(t); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// vocabPrefixes are the prefixes removed from types and property names,
// matched case-insensitively.
var vocabPrefixes = [...]string{
	"https://schema.org/", "http://schema.org/", "https://www.schema.org/", "http://www.schema.org/",
	"//schema.org/", "schema.org/", "schema:",
	"https://data-vocabulary.org/", "http://data-vocabulary.org/",
	"https://www.data-vocabulary.org/", "http://www.data-vocabulary.org/",
}

// trimVocab removes a schema.org (or data-vocabulary.org) prefix.
func trimVocab(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range vocabPrefixes {
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) {
			return s[len(p):]
		}
	}
	return s
}

// normType is trimVocab for types; JSON-LD keywords ("@id") are dropped
// and a lowercase first letter of a bare name ("newsArticle") is raised,
// as schema.org types are capitalised.
func normType(s string) string {
	s = strings.TrimSuffix(trimVocab(s), "/")
	if s == "" || s[0] == '@' {
		return ""
	}
	if c := s[0]; c >= 'a' && c <= 'z' && !strings.ContainsAny(s, ":/#") {
		return string(c-'a'+'A') + s[1:]
	}
	return s
}
