package meta

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// DecodeJSONLD decodes the text of one <script type="application/ld+json">
// block. It returns every top-level value in the order written: objects as
// map[string]any, arrays as []any, strings, json.Number, bool and nil, like
// encoding/json with UseNumber. Duplicate keys keep the last value.
//
// Besides strict JSON it reads the breakage found on real pages: HTML
// comment and CDATA wrappers, // and /* */ comments, several values one
// after another with or without commas, trailing and doubled commas, a
// missing comma between members on separate lines, single-quoted strings,
// unquoted keys and bare words as values, raw control characters and
// unescaped quotes inside strings (a quote ends a string only where a
// string can end: before : } ] or the end of input, before a comma and the
// start of a next member or element, or before a line break and a quote),
// invalid escapes, and stray closing brackets or semicolons after a value.
// A block written entirely with HTML entities (&quot;) is unescaped and
// read again. Valid JSON reads as encoding/json reads it.
//
// On a block it cannot read it returns the values decoded before the fault
// and an error wrapping ErrSyntax, ErrTruncated or ErrTooDeep. Memory is
// linear in len(src) and nesting is limited to MaxDepth. The returned
// strings may share memory with src. Safe for concurrent use.
func DecodeJSONLD(src string) ([]any, error) {
	vals, err := decodeJSON(src)
	if err != nil && len(vals) == 0 && (strings.Contains(src, "&quot;") || strings.Contains(src, "&#34;")) {
		if v2, err2 := decodeJSON(html.UnescapeString(src)); err2 == nil {
			return v2, nil
		}
	}
	return vals, err
}

func decodeJSON(src string) ([]any, error) {
	p := parser{s: src}
	var out []any
	for {
		p.skipJunk()
		if p.i >= len(p.s) {
			return out, nil
		}
		if c := p.s[p.i]; c != '{' && c != '[' {
			return out, p.fail(ErrSyntax)
		}
		v, err := p.value()
		if err != nil {
			return out, err
		}
		out = append(out, v)
	}
}

// parser is a lenient recursive-descent JSON reader over one string.
type parser struct {
	s     string
	i     int
	depth int
	buf   []byte
}

func (p *parser) fail(err error) error {
	return fmt.Errorf("meta: json-ld at offset %d: %w", p.i, err)
}

// skipJunk skips what may surround or separate top-level values.
func (p *parser) skipJunk() {
	for p.i < len(p.s) {
		p.skipWS()
		if p.i >= len(p.s) {
			return
		}
		rest := p.s[p.i:]
		switch {
		case strings.HasPrefix(rest, "<!--"):
			p.i += 4
		case strings.HasPrefix(rest, "-->"), strings.HasPrefix(rest, "]]>"):
			p.i += 3
		case strings.HasPrefix(rest, "<![CDATA["):
			p.i += 9
		case rest[0] == ';' || rest[0] == ',' || rest[0] == '}' || rest[0] == ']' || rest[0] == ')':
			p.i++
		default:
			return
		}
	}
}

// skipWS skips JSON whitespace, no-break spaces, byte order marks and
// JavaScript comments.
func (p *parser) skipWS() {
	for p.i < len(p.s) {
		switch c := p.s[p.i]; c {
		case ' ', '\t', '\n', '\r', '\f', '\v':
			p.i++
		case 0xC2: // U+00A0
			if p.i+1 < len(p.s) && p.s[p.i+1] == 0xA0 {
				p.i += 2
				continue
			}
			return
		case 0xEF: // U+FEFF
			if strings.HasPrefix(p.s[p.i:], "\uFEFF") {
				p.i += 3
				continue
			}
			return
		case '/':
			if p.i+1 >= len(p.s) {
				return
			}
			switch p.s[p.i+1] {
			case '/':
				j := strings.IndexByte(p.s[p.i:], '\n')
				if j < 0 {
					p.i = len(p.s)
				} else {
					p.i += j + 1
				}
			case '*':
				j := strings.Index(p.s[p.i+2:], "*/")
				if j < 0 {
					p.i = len(p.s)
				} else {
					p.i += j + 4
				}
			default:
				return
			}
		default:
			return
		}
	}
}

func (p *parser) value() (any, error) {
	p.skipWS()
	if p.i >= len(p.s) {
		return nil, p.fail(ErrTruncated)
	}
	switch c := p.s[p.i]; c {
	case '{':
		return p.object()
	case '[':
		return p.array()
	case '"', '\'':
		return p.str(c)
	case '-', '+', '.', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return p.number(), nil
	default:
		return p.bare(), nil
	}
}

func (p *parser) enter() error {
	p.depth++
	if p.depth > MaxDepth {
		return p.fail(ErrTooDeep)
	}
	p.i++
	return nil
}

func (p *parser) object() (any, error) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	m := make(map[string]any, 8)
	for {
		p.skipWS()
		if p.i >= len(p.s) {
			return nil, p.fail(ErrTruncated)
		}
		switch p.s[p.i] {
		case '}':
			p.i++
			p.depth--
			return m, nil
		case ',':
			p.i++
			continue
		case ']':
			return nil, p.fail(ErrSyntax)
		}
		key, err := p.key()
		if err != nil {
			return nil, err
		}
		p.skipWS()
		if p.i >= len(p.s) {
			return nil, p.fail(ErrTruncated)
		}
		if p.s[p.i] != ':' {
			return nil, p.fail(ErrSyntax)
		}
		p.i++
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		m[key] = v
		p.skipWS()
		if p.i >= len(p.s) {
			return nil, p.fail(ErrTruncated)
		}
		switch c := p.s[p.i]; {
		case c == ',':
			p.i++
		case c == '}' || c == '"' || c == '\'' || isIdent(c):
			// end, or a missing comma before the next key
		default:
			return nil, p.fail(ErrSyntax)
		}
	}
}

func (p *parser) key() (string, error) {
	if c := p.s[p.i]; c == '"' || c == '\'' {
		v, err := p.str(c)
		if err != nil {
			return "", err
		}
		s, _ := v.(string)
		return s, nil
	}
	start := p.i
	for p.i < len(p.s) && isIdent(p.s[p.i]) {
		p.i++
	}
	if p.i == start {
		return "", p.fail(ErrSyntax)
	}
	return p.s[start:p.i], nil
}

func isIdent(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '_' || c == '$' || c == '@' || c == '-' || c >= 0x80
}

func (p *parser) array() (any, error) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	a := make([]any, 0, 4)
	for {
		p.skipWS()
		if p.i >= len(p.s) {
			return nil, p.fail(ErrTruncated)
		}
		switch p.s[p.i] {
		case ']':
			p.i++
			p.depth--
			return a, nil
		case ',':
			p.i++
			continue
		case '}':
			return nil, p.fail(ErrSyntax)
		}
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		a = append(a, v)
	}
}

// str reads a string quoted with q. A quote ends the string only when the
// next significant byte can follow a string (, : } ] or the end of input),
// or when a line break and a new key follow; other quotes are kept as text.
func (p *parser) str(q byte) (any, error) {
	p.i++
	start := p.i
	p.buf = p.buf[:0]
	escaped := false
	next := -1 // position of the next quote at or after j
	for j := p.i; ; {
		if next < j {
			if next = strings.IndexByte(p.s[j:], q); next < 0 {
				next = len(p.s)
			} else {
				next += j
			}
		}
		k := next
		if b := strings.IndexByte(p.s[j:k], '\\'); b >= 0 {
			k = j + b
		}
		if k >= len(p.s) {
			p.i = k
			return nil, p.fail(ErrTruncated)
		}
		if p.s[k] == '\\' {
			if !escaped {
				escaped = true
			}
			p.buf = append(p.buf, p.s[start:k]...)
			n, ok := p.escape(k)
			if !ok {
				p.i = k
				return nil, p.fail(ErrTruncated)
			}
			j = k + n
			start = j
			continue
		}
		if !p.endsString(k + 1) {
			j = k + 1
			continue
		}
		p.i = k + 1
		if !escaped {
			return p.s[start:k], nil
		}
		p.buf = append(p.buf, p.s[start:k]...)
		return string(p.buf), nil
	}
}

func (p *parser) endsString(k int) bool {
	newline := false
	for ; k < len(p.s); k++ {
		switch c := p.s[k]; c {
		case ' ', '\t', '\r', '\f':
		case '\n':
			newline = true
		case ':', '}', ']':
			return true
		case ',':
			return p.valueFollows(k + 1)
		case '"', '\'':
			return newline
		case '/':
			return k+1 < len(p.s) && (p.s[k+1] == '/' || p.s[k+1] == '*')
		default:
			return false
		}
	}
	return true
}

// valueFollows reports whether what follows a comma at k-1 can start the
// next member or element, so that the quote before the comma ended a
// string: a line break, a quote, a bracket, a number or a key and colon.
func (p *parser) valueFollows(k int) bool {
	for ; k < len(p.s); k++ {
		switch c := p.s[k]; {
		case c == ' ' || c == '\t' || c == '\r' || c == '\f':
		case c == '\n', c == '"', c == '\'', c == '{', c == '[', c == '}', c == ']', c == '-',
			c >= '0' && c <= '9', c == '/':
			return true
		case isIdent(c):
			for k < len(p.s) && isIdent(p.s[k]) {
				k++
			}
			for k < len(p.s) && (p.s[k] == ' ' || p.s[k] == '\t') {
				k++
			}
			return k >= len(p.s) || p.s[k] == ':' || p.s[k] == ',' || p.s[k] == '}' || p.s[k] == ']'
		default:
			return false
		}
	}
	return true
}

// escape appends the character escaped at p.s[k] ('\\') to p.buf and
// returns the length of the escape; ok is false when the input ends.
func (p *parser) escape(k int) (n int, ok bool) {
	if k+1 >= len(p.s) {
		return 0, false
	}
	switch c := p.s[k+1]; c {
	case 'b':
		p.buf = append(p.buf, '\b')
	case 'f':
		p.buf = append(p.buf, '\f')
	case 'n':
		p.buf = append(p.buf, '\n')
	case 'r':
		p.buf = append(p.buf, '\r')
	case 't':
		p.buf = append(p.buf, '\t')
	case 'u':
		r, ok := hex4(p.s, k+2)
		if !ok {
			p.buf = append(p.buf, 'u')
			return 2, true
		}
		n = 6
		if utf16.IsSurrogate(r) {
			r2, ok2 := rune(0), false
			if k+7 < len(p.s) && p.s[k+6] == '\\' && p.s[k+7] == 'u' {
				r2, ok2 = hex4(p.s, k+8)
			}
			if d := utf16.DecodeRune(r, r2); ok2 && d != utf8.RuneError {
				r = d
				n = 12
			} else {
				r = utf8.RuneError
			}
		}
		p.buf = utf8.AppendRune(p.buf, r)
		return n, true
	default:
		// \" \\ \/ and invalid escapes such as \' keep the character.
		if c < utf8.RuneSelf {
			p.buf = append(p.buf, c)
		} else {
			return 1, true
		}
	}
	return 2, true
}

func hex4(s string, i int) (rune, bool) {
	if i+4 > len(s) {
		return 0, false
	}
	var r rune
	for _, c := range []byte(s[i : i+4]) {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c -= 'a' - 10
		case c >= 'A' && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// number reads a number; text like 300px falls back to a bare word.
func (p *parser) number() any {
	start := p.i
	for p.i < len(p.s) {
		c := p.s[p.i]
		if c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E' {
			p.i++
			continue
		}
		break
	}
	num := p.s[start:p.i]
	if p.i < len(p.s) && isIdent(p.s[p.i]) || strings.IndexAny(num, "0123456789") < 0 {
		p.i = start
		return p.bare()
	}
	return json.Number(num)
}

// bare reads an unquoted value up to the next , } ] or line end. It
// consumes nothing (and returns nil) when the value is missing.
func (p *parser) bare() any {
	start := p.i
	for p.i < len(p.s) {
		c := p.s[p.i]
		if c == ',' || c == '}' || c == ']' || c == '\n' || c == '\r' {
			break
		}
		p.i++
	}
	switch w := strings.TrimSpace(p.s[start:p.i]); w {
	case "true":
		return true
	case "false":
		return false
	case "", "null", "undefined", "NaN":
		return nil
	default:
		return w
	}
}
