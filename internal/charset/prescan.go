package charset

import (
	"bytes"
	"mime"
	"strings"
)

// Prescan windows. WHATWG browsers look at the first 1024 bytes; many real
// pages put their <meta charset> after 4 KB of scripts and styles, so a body
// that is valid UTF-8 (where the declaration rarely matters) gets metaLen
// bytes, and one that is not gets up to metaLongLen, stopping at <body> past
// metaLen so that markup quoted in the page body is not taken for its
// declaration.
const (
	metaLen     = 4 << 10
	metaLongLen = 64 << 10
)

// headerCharset returns the charset parameter of an HTTP Content-Type value,
// or "". Malformed values are read with the lenient WHATWG algorithm.
func headerCharset(contentType string) string {
	if contentType == "" {
		return ""
	}
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		return strings.TrimSpace(params["charset"])
	}
	return contentCharset([]byte(contentType))
}

// contentCharset implements the WHATWG "extract a character encoding from a
// meta element" algorithm on the value of a content attribute (or a
// Content-Type header): the value after "charset=", quoted or up to the next
// space or semicolon. It returns "" when there is none.
func contentCharset(s []byte) string {
	for {
		i := indexFold(s, "charset")
		if i < 0 {
			return ""
		}
		s = s[i+len("charset"):]
		s = trimSpaceLeft(s)
		if len(s) == 0 || s[0] != '=' {
			continue
		}
		s = trimSpaceLeft(s[1:])
		if len(s) == 0 {
			return ""
		}
		if q := s[0]; q == '"' || q == '\'' {
			end := bytes.IndexByte(s[1:], q)
			if end < 0 {
				return ""
			}
			return string(s[1 : 1+end])
		}
		end := bytes.IndexAny(s, "\t\n\f\r ;")
		if end < 0 {
			end = len(s)
		}
		return string(s[:end])
	}
}

// prescan implements the WHATWG "prescan a byte stream to determine its
// encoding" algorithm on b and returns the label of the first usable <meta>
// declaration (charset attribute, or http-equiv=Content-Type with a content
// attribute naming a charset), or "". A <body> start tag at or after offset
// bodyStop ends the scan. The returned label has been resolved by lookup.
func prescan(b []byte, bodyStop int) string {
	p := 0
	for p < len(b) {
		if b[p] != '<' {
			i := bytes.IndexByte(b[p:], '<')
			if i < 0 {
				return ""
			}
			p += i
			continue
		}
		rest := b[p:]
		switch {
		case bytes.HasPrefix(rest, []byte("<!--")):
			// The closing "-->" may share its dashes with the opening.
			i := bytes.Index(rest[2:], []byte("-->"))
			if i < 0 {
				return ""
			}
			p += 2 + i + 3
		case len(rest) > 5 && hasPrefixFold(rest, "<meta") && (isSpace(rest[5]) || rest[5] == '/'):
			name, next, ok := metaCharset(b, p+5)
			if !ok {
				return ""
			}
			p = next
			if name != "" {
				return name
			}
		case len(rest) > 1 && (isLetter(rest[1]) || rest[1] == '/' && len(rest) > 2 && isLetter(rest[2])):
			start := p + 1
			if rest[1] == '/' {
				start++
			}
			end := start
			for end < len(b) && !isSpace(b[end]) && b[end] != '>' {
				end++
			}
			if rest[1] != '/' && p >= bodyStop && equalFold(b[start:end], "body") {
				return ""
			}
			p = end
			for {
				_, _, next, ok := nextAttr(b, p)
				if next < 0 {
					return ""
				}
				p = next
				if !ok {
					break
				}
			}
			p++
		case len(rest) > 1 && (rest[1] == '!' || rest[1] == '/' || rest[1] == '?'):
			i := bytes.IndexByte(rest, '>')
			if i < 0 {
				return ""
			}
			p += i + 1
		default:
			p++
		}
	}
	return ""
}

// metaCharset reads the attributes of a <meta> tag whose attributes start
// at p and returns the encoding name it declares ("" if none), the position
// after the tag, and ok=false if b ends inside the tag.
func metaCharset(b []byte, p int) (name string, next int, ok bool) {
	var (
		seen       [8]string // the spec ignores repeated attributes
		nseen      int
		gotPragma  bool
		needPragma = -1 // -1 null, 0 false, 1 true
		charset    string
		found      bool
	)
attrs:
	for {
		k, v, n, more := nextAttr(b, p)
		if n < 0 {
			return "", 0, false
		}
		p = n
		if !more {
			break
		}
		for _, s := range seen[:nseen] {
			if s == k {
				continue attrs
			}
		}
		if nseen < len(seen) {
			seen[nseen] = k
			nseen++
		}
		switch k {
		case "http-equiv":
			if v == "content-type" {
				gotPragma = true
			}
		case "content":
			if !found {
				if c := contentCharset([]byte(v)); c != "" {
					charset, found, needPragma = c, true, 1
				}
			}
		case "charset":
			if !found {
				charset, found, needPragma = v, true, 0
			}
		}
	}
	p++ // past '>'
	if needPragma < 0 || needPragma == 1 && !gotPragma || !found {
		return "", p, true
	}
	_, name = lookup(charset)
	switch name {
	case "utf-16le", "utf-16be":
		// A document that can declare itself in ASCII is not UTF-16.
		name = "utf-8"
	case "x-user-defined":
		name = "windows-1252"
	}
	return name, p, true
}

// nextAttr implements the WHATWG "get an attribute" algorithm from position
// p. It returns the lowercased name and value, the position after the
// attribute, and more=false when the tag ended (position at '>'). next < 0
// means b ended first.
func nextAttr(b []byte, p int) (name, value string, next int, more bool) {
	for p < len(b) && (isSpace(b[p]) || b[p] == '/') {
		p++
	}
	if p >= len(b) {
		return "", "", -1, false
	}
	if b[p] == '>' {
		return "", "", p, false
	}
	var nb, vb []byte
	for {
		if p >= len(b) {
			return "", "", -1, false
		}
		c := b[p]
		if c == '=' && len(nb) > 0 {
			p++
			goto value
		}
		if isSpace(c) {
			break
		}
		if c == '/' || c == '>' {
			return string(nb), "", p, true
		}
		nb = append(nb, toLower(c))
		p++
	}
	for p < len(b) && isSpace(b[p]) {
		p++
	}
	if p >= len(b) {
		return "", "", -1, false
	}
	if b[p] != '=' {
		return string(nb), "", p, true
	}
	p++
value:
	for p < len(b) && isSpace(b[p]) {
		p++
	}
	if p >= len(b) {
		return "", "", -1, false
	}
	if q := b[p]; q == '"' || q == '\'' {
		p++
		for {
			if p >= len(b) {
				return "", "", -1, false
			}
			if b[p] == q {
				return string(nb), string(vb), p + 1, true
			}
			vb = append(vb, toLower(b[p]))
			p++
		}
	}
	if b[p] == '>' {
		return string(nb), "", p, true
	}
	for {
		if p >= len(b) {
			return "", "", -1, false
		}
		c := b[p]
		if isSpace(c) || c == '>' {
			return string(nb), string(vb), p, true
		}
		vb = append(vb, toLower(c))
		p++
	}
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

func isLetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func toLower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func trimSpaceLeft(s []byte) []byte {
	for len(s) > 0 && isSpace(s[0]) {
		s = s[1:]
	}
	return s
}

// equalFold reports whether b equals the lowercase ASCII string s, ignoring
// ASCII case.
func equalFold(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i := range len(s) {
		if toLower(b[i]) != s[i] {
			return false
		}
	}
	return true
}

// hasPrefixFold reports whether b starts with the lowercase ASCII string s,
// ignoring ASCII case.
func hasPrefixFold(b []byte, s string) bool {
	return len(b) >= len(s) && equalFold(b[:len(s)], s)
}

// indexFold returns the index of the first occurrence of the lowercase ASCII
// string s in b, ignoring ASCII case, or -1. It jumps between candidate
// first bytes with bytes.IndexByte, so it runs at memchr speed on markup.
func indexFold(b []byte, s string) int {
	if s == "" {
		return 0
	}
	lower, upper := s[0], s[0]
	if 'a' <= lower && lower <= 'z' {
		upper = lower - 'a' + 'A'
	}
	// Next positions of each form of the first byte at or after i
	// (len(b) when there is none), recomputed only once passed, so that
	// the search stays linear.
	nextL, nextU := -1, -1
	if upper == lower {
		nextU = len(b)
	}
	next := func(c byte, from int) int {
		if k := bytes.IndexByte(b[from:], c); k >= 0 {
			return from + k
		}
		return len(b)
	}
	for i := 0; i+len(s) <= len(b); {
		if nextL < i {
			nextL = next(lower, i)
		}
		if nextU < i {
			nextU = next(upper, i)
		}
		i = min(nextL, nextU)
		if i+len(s) > len(b) {
			return -1
		}
		if equalFold(b[i:i+len(s)], s) {
			return i
		}
		i++
	}
	return -1
}
