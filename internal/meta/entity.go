package meta

import (
	"cmp"
	"encoding/json"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// Sources of an Entity.
const (
	SourceJSONLD    = "json-ld"
	SourceMicrodata = "microdata"
	SourceRDFa      = "rdfa"
)

// Entity is one typed schema.org object found on the page. Text fields are
// plain text: HTML entities decoded, tags stripped, whitespace collapsed
// (Body keeps paragraphs, separated by a blank line). Dates and URLs are as
// written, trimmed; URLs are not made absolute. Values written as objects
// ({"@value": ...}, {"name": ...}), arrays (first non-empty element) or
// numbers are read as text. {"@id": ...} references (and, for people and
// images, strings equal to an @id) are resolved against the objects on the
// page that carry that @id, in any JSON-LD block or microdata item.
//
// An Entity is not modified after Read returns; it is safe for concurrent
// reads.
type Entity struct {
	// Types are the schema.org types without their "https://schema.org/" or
	// "schema:" prefix ("NewsArticle"); types of other vocabularies are
	// kept whole.
	Types []string
	// Source is SourceJSONLD, SourceMicrodata or SourceRDFa.
	Source string
	// Via is the property through which the entity was reached from the
	// enclosing object ("author", "mainEntity", "itemListElement"...); ""
	// for a top-level object or an @graph member.
	Via string
	// Depth counts the entities enclosing this one (0 at top level).
	Depth int
	// ID is @id (JSON-LD), itemid (microdata) or about / resource (RDFa);
	// URL is the url property.
	ID, URL string
	// Headline, AlternativeHeadline, Name and Description are the
	// properties of those names.
	Headline, AlternativeHeadline, Name, Description string
	// DatePublished, DateModified and DateCreated are raw, not parsed.
	DatePublished, DateModified, DateCreated string
	// Authors are the author and creator values, in that order: strings
	// (a name, or a URL when the string is one), objects, arrays.
	Authors []Person
	// Publisher is the first publisher value.
	Publisher *Person
	// Images come from image, thumbnailUrl, associatedMedia (images only)
	// and primaryImageOfPage, without repeated URLs.
	Images []Image
	// Keywords are keywords split at commas and line breaks (a string) or
	// listed (an array).
	Keywords []string
	// Sections are articleSection values.
	Sections []string
	// Body is articleBody, else text.
	Body string
	// InLanguage is inLanguage (else language): a code, or a Language
	// object's alternateName or name.
	InLanguage string
	// IsAccessibleForFree is nil unless the page says true or false.
	IsAccessibleForFree *bool
	// Raw is the object as decoded: JSON-LD values as DecodeJSONLD gives
	// them; for microdata and RDFa, every property holds a []any of strings
	// and nested item objects. It is shared with nested entities' Raw and
	// must not be modified.
	Raw map[string]any
}

// Person is an author, creator or publisher. Type is its first schema.org
// type ("Person", "Organization", "NewsMediaOrganization"...), "" when the
// page gave a plain string.
type Person struct {
	Name, URL, Description, Type string
	SameAs                       []string
}

// Image is a picture an entity declares. Width and Height are 0 when not
// given.
type Image struct {
	URL, Caption, Credit string
	Width, Height        int
}

// Is reports whether e has one of the given types.
func (e *Entity) Is(types ...string) bool {
	for _, t := range e.Types {
		if slices.Contains(types, t) {
			return true
		}
	}
	return false
}

// maxResolve bounds how many @id references and wrapper objects are
// followed to read one value.
const maxResolve = 8

// builder turns decoded objects into entities.
type builder struct {
	ids  map[string]map[string]any
	ents []*Entity
	full bool
	// seen holds the objects already emitted: a microdata item given
	// for two properties (itemprop="author creator") is one object.
	seen map[uintptr]bool
}

func (r *reader) build() {
	b := builder{ids: map[string]map[string]any{}, seen: map[uintptr]bool{}}
	for _, rt := range r.roots {
		for _, v := range rt.vals {
			b.index(v, 0)
		}
	}
	for _, rt := range r.roots {
		for _, v := range rt.vals {
			b.walk(v, rt.src, "", 0, 0)
		}
	}
	r.m.Entities = b.ents
	if b.full {
		r.limited = true
	}
}

// index records every object with an @id, keeping the one with the most
// properties for each id.
func (b *builder) index(v any, guard int) {
	if guard > 3*MaxDepth {
		return
	}
	switch t := v.(type) {
	case map[string]any:
		if id, ok := t["@id"].(string); ok && id != "" {
			if old := b.ids[id]; len(t) > len(old) {
				b.ids[id] = t
			}
		}
		for k, x := range t {
			if k != "@context" {
				b.index(x, guard+1)
			}
		}
	case []any:
		for _, x := range t {
			b.index(x, guard+1)
		}
	}
}

// walk emits the typed objects in v in pre-order; an object's nested
// objects are visited by property name (sorted), arrays in order.
func (b *builder) walk(v any, src, via string, depth, guard int) {
	if b.full || guard > 3*MaxDepth {
		return
	}
	switch t := v.(type) {
	case map[string]any:
		d := depth
		_, isValue := t["@value"]
		if types := typesOf(t["@type"]); len(types) > 0 && !isValue && !b.stub(t) {
			p := reflect.ValueOf(t).Pointer()
			if b.seen[p] {
				return
			}
			b.seen[p] = true
			if len(b.ents) >= MaxEntities {
				b.full = true
				return
			}
			b.ents = append(b.ents, b.entity(t, types, src, via, depth))
			d++
		}
		var keys []string
		for k, x := range t {
			switch x.(type) {
			case map[string]any, []any:
				if k != "@context" {
					keys = append(keys, k)
				}
			}
		}
		slices.Sort(keys)
		for _, k := range keys {
			kv := k
			if k == "@graph" || k == "@list" || k == "@set" {
				kv = via
			}
			b.walk(t[k], src, kv, d, guard+1)
		}
	case []any:
		for _, x := range t {
			b.walk(x, src, via, depth, guard+1)
		}
	}
}

// isRef reports whether m only names an object ({"@id": ..., "@type": ...}).
func isRef(m map[string]any) (string, bool) {
	id, _ := m["@id"].(string)
	if id == "" {
		return "", false
	}
	for k := range m {
		if k != "@id" && k != "@type" && k != "@context" {
			return "", false
		}
	}
	return id, true
}

// stub reports whether m is a reference to a fuller object elsewhere.
func (b *builder) stub(m map[string]any) bool {
	id, ok := isRef(m)
	return ok && len(b.ids[id]) > len(m)
}

// deref returns the object m refers to, or m.
func (b *builder) deref(m map[string]any) map[string]any {
	if id, ok := isRef(m); ok {
		if full := b.ids[id]; len(full) > len(m) {
			return full
		}
	}
	return m
}

func (b *builder) entity(t map[string]any, types []string, src, via string, depth int) *Entity {
	e := &Entity{Types: types, Source: src, Via: via, Depth: depth, Raw: t}
	if id, ok := t["@id"].(string); ok {
		e.ID = strings.TrimSpace(id)
	}
	e.URL = b.url(t["url"], 0)
	e.Headline = b.text(t["headline"])
	e.AlternativeHeadline = b.text(t["alternativeHeadline"])
	e.Name = b.text(t["name"])
	e.Description = b.text(t["description"])
	e.DatePublished = b.plain(t["datePublished"])
	e.DateModified = b.plain(t["dateModified"])
	e.DateCreated = b.plain(t["dateCreated"])
	e.Authors = b.persons(nil, t["author"], 0)
	e.Authors = b.persons(e.Authors, t["creator"], 0)
	if p := b.persons(nil, t["publisher"], 0); len(p) > 0 {
		e.Publisher = &p[0]
	}
	e.Images = b.images(nil, t["image"], false, 0)
	e.Images = b.images(e.Images, t["thumbnailUrl"], false, 0)
	e.Images = b.images(e.Images, t["associatedMedia"], true, 0)
	e.Images = b.images(e.Images, t["primaryImageOfPage"], true, 0)
	e.Keywords = b.list(nil, t["keywords"], true, 0)
	e.Sections = b.list(nil, t["articleSection"], false, 0)
	body := b.scalar(t["articleBody"], 0)
	if strings.TrimSpace(body) == "" {
		body = b.scalar(t["text"], 0)
	}
	e.Body = cleanBody(body)
	e.InLanguage = b.lang(t["inLanguage"], 0)
	if e.InLanguage == "" {
		e.InLanguage = b.lang(t["language"], 0)
	}
	e.IsAccessibleForFree = boolean(t["isAccessibleForFree"])
	return e
}

// typesOf reads @type: a string or an array of strings.
func typesOf(v any) []string {
	switch t := v.(type) {
	case string:
		if s := normType(t); s != "" {
			return []string{s}
		}
	case []any:
		var out []string
		for _, x := range t {
			if s, ok := x.(string); ok {
				if s = normType(s); s != "" && !slices.Contains(out, s) {
					out = append(out, s)
				}
			}
		}
		return out
	}
	return nil
}

// scalar returns the first non-blank string in v: a string or number, an
// object's @value or name, an array's first element that has one.
func (b *builder) scalar(v any, guard int) string {
	if guard > maxResolve {
		return ""
	}
	switch t := v.(type) {
	case string:
		return t
	case json.Number:
		return string(t)
	case map[string]any:
		if x, ok := t["@value"]; ok {
			return b.scalar(x, guard+1)
		}
		return b.scalar(b.deref(t)["name"], guard+1)
	case []any:
		for _, x := range t {
			if s := b.scalar(x, guard+1); strings.TrimSpace(s) != "" {
				return s
			}
		}
	}
	return ""
}

// text is scalar as clean plain text.
func (b *builder) text(v any) string { return cleanText(b.scalar(v, 0)) }

// plain is scalar, trimmed.
func (b *builder) plain(v any) string { return strings.TrimSpace(b.scalar(v, 0)) }

// url reads a URL: a string, or an object's url, contentUrl or @id.
func (b *builder) url(v any, guard int) string {
	if guard > maxResolve {
		return ""
	}
	switch t := v.(type) {
	case string:
		return imgSrc(strings.TrimSpace(unescape(t)))
	case map[string]any:
		t = b.deref(t)
		for _, k := range [...]string{"url", "contentUrl", "@id"} {
			if s := b.url(t[k], guard+1); s != "" {
				return s
			}
		}
	case []any:
		for _, x := range t {
			if s := b.url(x, guard+1); s != "" {
				return s
			}
		}
	}
	return ""
}

// imgSrc returns the src of an <img> tag some sites give where a URL
// belongs, or s.
func imgSrc(s string) string {
	if !strings.HasPrefix(s, "<img") {
		return s
	}
	i := strings.Index(s, " src=")
	if i < 0 {
		return s
	}
	v := s[i+5:]
	if v != "" && (v[0] == '"' || v[0] == '\'') {
		if j := strings.IndexByte(v[1:], v[0]); j >= 0 {
			return strings.TrimSpace(v[1 : j+1])
		}
	}
	return s
}

func isURL(s string) bool {
	return (strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://")) &&
		!strings.ContainsAny(s, " \t\n")
}

// persons appends the people or organisations in v to dst.
func (b *builder) persons(dst []Person, v any, guard int) []Person {
	if guard > maxResolve || len(dst) >= maxList {
		return dst
	}
	var p Person
	switch t := v.(type) {
	case string:
		if node := b.ids[strings.TrimSpace(t)]; node != nil {
			return b.persons(dst, node, guard+1)
		}
		s := cleanText(t)
		if isURL(s) {
			p.URL = s
		} else {
			p.Name = s
		}
	case []any:
		for _, x := range t {
			dst = b.persons(dst, x, guard+1)
		}
		return dst
	case map[string]any:
		t = b.deref(t)
		if x, ok := t["@list"]; ok {
			return b.persons(dst, x, guard+1)
		}
		p.Name = b.text(t["name"])
		if p.Name == "" {
			p.Name = cleanText(b.scalar(t["givenName"], 0) + " " + b.scalar(t["familyName"], 0))
		}
		if p.Name == "" {
			p.Name = b.text(t["alternateName"])
		}
		p.URL = b.url(t["url"], guard+1)
		if id, _ := t["@id"].(string); p.URL == "" && isURL(id) && !strings.Contains(id, "#") {
			p.URL = id
		}
		p.Description = b.text(t["description"])
		if types := typesOf(t["@type"]); len(types) > 0 {
			p.Type = types[0]
		}
		p.SameAs = b.list(nil, t["sameAs"], false, guard+1)
	default:
		return dst
	}
	if p.Name == "" && p.URL == "" {
		return dst
	}
	for i := range dst {
		q := &dst[i]
		if q.Name == p.Name && q.URL == p.URL {
			return dst
		}
		if q.Name != "" && strings.EqualFold(q.Name, p.Name) && (q.URL == "" || p.URL == "") {
			// the same person given twice (author and creator), once
			// with more detail
			q.URL = cmp.Or(q.URL, p.URL)
			q.Description = cmp.Or(q.Description, p.Description)
			q.Type = cmp.Or(q.Type, p.Type)
			if len(q.SameAs) == 0 {
				q.SameAs = p.SameAs
			}
			return dst
		}
	}
	return append(dst, p)
}

// images appends the images in v to dst; with onlyImages, typed objects
// that are not images (videos) are skipped.
func (b *builder) images(dst []Image, v any, onlyImages bool, guard int) []Image {
	if guard > maxResolve || len(dst) >= maxList {
		return dst
	}
	var im Image
	switch t := v.(type) {
	case string:
		if node := b.ids[strings.TrimSpace(t)]; node != nil {
			return b.images(dst, node, onlyImages, guard+1)
		}
		im.URL = imgSrc(strings.TrimSpace(unescape(t)))
	case []any:
		for _, x := range t {
			dst = b.images(dst, x, onlyImages, guard+1)
		}
		return dst
	case map[string]any:
		t = b.deref(t)
		if types := typesOf(t["@type"]); onlyImages && len(types) > 0 &&
			!slices.Contains(types, "ImageObject") && !slices.Contains(types, "Photograph") {
			return dst
		}
		im.URL = b.url(t["url"], guard+1)
		if im.URL == "" {
			im.URL = b.url(t["contentUrl"], guard+1)
		}
		im.Caption = b.text(t["caption"])
		if im.Caption == "" {
			im.Caption = b.text(t["description"])
		}
		im.Credit = b.text(t["creditText"])
		for _, k := range [...]string{"copyrightHolder", "author", "creator"} {
			if im.Credit != "" {
				break
			}
			if ps := b.persons(nil, t[k], guard+1); len(ps) > 0 {
				im.Credit = ps[0].Name
			}
		}
		if im.Credit == "" {
			im.Credit = b.text(t["copyrightNotice"])
		}
		im.Width = b.integer(t["width"], 0)
		im.Height = b.integer(t["height"], 0)
	default:
		return dst
	}
	if im.URL == "" {
		return dst
	}
	for _, o := range dst {
		if o.URL == im.URL {
			return dst
		}
	}
	return append(dst, im)
}

// list appends the strings in v to dst, without repeats; with split, a
// string is split at commas and line breaks.
func (b *builder) list(dst []string, v any, split bool, guard int) []string {
	if guard > maxResolve {
		return dst
	}
	switch t := v.(type) {
	case []any:
		for _, x := range t {
			dst = b.list(dst, x, false, guard+1)
		}
		return dst
	case string:
		if split && strings.ContainsAny(t, ",，\n") {
			for _, s := range strings.FieldsFunc(t, func(r rune) bool { return r == ',' || r == '，' || r == '\n' }) {
				dst = addString(dst, cleanText(s))
			}
			return dst
		}
	}
	return addString(dst, cleanText(b.scalar(v, guard+1)))
}

func addString(dst []string, s string) []string {
	if s == "" || len(dst) >= maxList || slices.Contains(dst, s) {
		return dst
	}
	return append(dst, s)
}

// lang reads inLanguage: a string or a Language object (alternateName is
// the code, name the English name).
func (b *builder) lang(v any, guard int) string {
	if guard > maxResolve {
		return ""
	}
	switch t := v.(type) {
	case map[string]any:
		t = b.deref(t)
		for _, k := range [...]string{"alternateName", "@value", "name"} {
			if s := b.lang(t[k], guard+1); s != "" {
				return s
			}
		}
		return ""
	case []any:
		for _, x := range t {
			if s := b.lang(x, guard+1); s != "" {
				return s
			}
		}
		return ""
	}
	return b.plain(v)
}

// integer reads a pixel size: a number, "1200", "1200px" or a
// QuantitativeValue.
func (b *builder) integer(v any, guard int) int {
	if guard > maxResolve {
		return 0
	}
	var s string
	switch t := v.(type) {
	case json.Number:
		s = string(t)
	case string:
		s = strings.TrimSpace(t)
	case map[string]any:
		if x, ok := t["@value"]; ok {
			return b.integer(x, guard+1)
		}
		return b.integer(t["value"], guard+1)
	case []any:
		if len(t) > 0 {
			return b.integer(t[0], guard+1)
		}
		return 0
	default:
		return 0
	}
	end := 0
	for end < len(s) && (s[end] >= '0' && s[end] <= '9' || s[end] == '.') {
		end++
	}
	f, err := strconv.ParseFloat(s[:end], 64)
	if err != nil || f < 0 || f > 1e6 {
		return 0
	}
	return int(f)
}

// boolean reads true/false, also written as strings ("False", "yes").
func boolean(v any) *bool {
	var x bool
	switch t := v.(type) {
	case bool:
		x = t
	case string:
		switch strings.ToLower(strings.TrimSpace(t)) {
		case "true", "yes", "1":
			x = true
		case "false", "no", "0":
		default:
			return nil
		}
	case []any:
		if len(t) == 1 {
			return boolean(t[0])
		}
		return nil
	default:
		return nil
	}
	return &x
}
