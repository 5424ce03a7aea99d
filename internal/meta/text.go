package meta

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// cleanText makes one line of plain text from a metadata value: HTML
// entities decoded (twice when the page double-encoded them), tags
// removed, whitespace collapsed and trimmed.
func cleanText(s string) string {
	if isClean(s) {
		return s
	}
	return collapse(stripTags(unescape(s), false), false)
}

// cleanBody is cleanText for article bodies: paragraphs are kept,
// separated by a blank line. A body written in HTML is split at its
// block-level tags, plain text at its line breaks.
func cleanBody(s string) string {
	s = unescape(s)
	if hasBlockTag(s) {
		s = strings.NewReplacer("\r", " ", "\n", " ").Replace(s)
	}
	return collapse(stripTags(s, true), true)
}

// hasBlockTag reports whether s contains a <p>, <br> or <div> tag.
func hasBlockTag(s string) bool {
	for i := strings.IndexByte(s, '<'); i >= 0; {
		t := s[i+1:]
		if len(t) >= 2 && (t[0]|0x20 == 'p' && (t[1] == '>' || t[1] == ' ') ||
			t[0]|0x20 == 'b' && t[1]|0x20 == 'r' || t[0]|0x20 == 'd' && t[1]|0x20 == 'i') {
			return true
		}
		j := strings.IndexByte(t, '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// isClean reports whether s is printable ASCII without markup, entities or
// runs of spaces, so that cleanText would return it unchanged.
func isClean(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prev := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c >= utf8.RuneSelf || c == '&' || c == '<' || c == ' ' && prev == ' ' {
			return false
		}
		prev = c
	}
	return true
}

func unescape(s string) string {
	if strings.IndexByte(s, '&') < 0 {
		return s
	}
	u := html.UnescapeString(s)
	if u != s && strings.IndexByte(u, '&') >= 0 && strings.IndexByte(u, ';') >= 0 {
		u = html.UnescapeString(u)
	}
	return u
}

// stripTags removes HTML tags; with block set, block-level tags become line
// breaks, otherwise spaces. Inline tags vanish. A '<' not starting a tag is
// kept.
func stripTags(s string, block bool) string {
	if strings.IndexByte(s, '<') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c != '<' || i+1 >= len(s) || !(isLetter(s[i+1]) || s[i+1] == '/' || s[i+1] == '!') {
			b.WriteByte(c)
			i++
			continue
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			b.WriteString(s[i:])
			break
		}
		if isBlockTag(s[i+1 : i+j]) {
			if block {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		}
		i += j + 1
	}
	return b.String()
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// isBlockTag reports whether the inside of a tag ("p class=x", "/div",
// "br/") names an element that separates text.
func isBlockTag(t string) bool {
	t = strings.TrimPrefix(t, "/")
	end := 0
	for end < len(t) && (isLetter(t[end]) || t[end] >= '0' && t[end] <= '9') {
		end++
	}
	switch strings.ToLower(t[:end]) {
	case "p", "br", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
		"blockquote", "pre", "table", "tr", "td", "th", "section", "article", "header", "footer",
		"figure", "figcaption", "hr", "aside", "main", "nav", "address":
		return true
	}
	return false
}

// collapse turns whitespace runs into one space and trims. With paras set,
// runs containing a line break become a blank line. Invalid UTF-8 is kept.
func collapse(s string, paras bool) string {
	var b strings.Builder
	b.Grow(len(s))
	space, br := false, false
	for i := 0; i < len(s); {
		c, size := s[i], 1
		isSpace, isBreak := false, false
		if c < utf8.RuneSelf {
			switch c {
			case ' ', '\t', '\r', '\f', '\v':
				isSpace = true
			case '\n':
				isSpace, isBreak = true, true
			}
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) || r == '\u200b' {
				isSpace, isBreak = true, r == '\u2028' || r == '\u2029' || r == '\u0085'
			}
		}
		if isSpace {
			space, br = true, br || isBreak
			i += size
			continue
		}
		if space && b.Len() > 0 {
			if paras && br {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		space, br = false, false
		// copy at once the run of bytes that need no change: ones that
		// cannot start a space, and single spaces between them
		j := i + size
		for j < len(s) {
			if plain(s[j]) || s[j] == ' ' && j+1 < len(s) && plain(s[j+1]) {
				j++
				continue
			}
			break
		}
		b.WriteString(s[i:j])
		i = j
	}
	return b.String()
}

// plain reports whether byte c of UTF-8 text can be copied by collapse
// without decoding: it is neither ASCII space or control nor the first byte
// of a multi-byte space (U+0085, U+00A0, U+1680, U+2000-U+200B, U+2028,
// U+2029, U+202F, U+205F, U+3000 start with C2, E1, E2 or E3).
func plain(c byte) bool {
	return c > ' ' && c != 0xC2 && c != 0xE1 && c != 0xE2 && c != 0xE3
}
