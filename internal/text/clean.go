package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clean returns s with every run of Unicode white space (ASCII space, tab,
// newline, NBSP, the U+2000–U+200A spaces, narrow NBSP, ideographic space,
// line and paragraph separators …) replaced by one ASCII space and the ends
// trimmed. Invisible characters are removed: soft hyphen, zero-width space,
// word joiner, byte order mark, bidirectional marks and embeddings, and
// control characters. Invalid UTF-8 bytes are dropped, so the result is
// always valid UTF-8.
//
// Zero-width joiner and non-joiner (U+200D, U+200C) are kept: they are part
// of emoji sequences and of Persian and Indic spelling.
//
// Clean does not allocate when s is already clean. It is safe for concurrent
// use and runs in time linear in len(s).
func Clean(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is pending
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError && size <= 1 {
			continue // invalid byte
		}
		if isSpace(r) {
			space = b.Len() > 0
			continue
		}
		if isInvisible(r) {
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isClean reports whether s is printable ASCII with single inner spaces and
// no leading or trailing space, i.e. whether Clean(s) == s can be decided
// without decoding. Non-ASCII input returns false.
func isClean(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prevSpace := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case c > ' ' && c < 0x7f:
			prevSpace = false
		default:
			return false
		}
	}
	return true
}

// isSpace reports whether r separates words: Unicode white space plus the
// line and paragraph separators.
func isSpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || (r >= '\t' && r <= '\r')
	}
	return unicode.IsSpace(r) || r == '\u2028' || r == '\u2029'
}

// isInvisible reports whether r is removed by Clean.
func isInvisible(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0:
		return true // C0 and C1 controls (white space was handled before)
	case r == '\u00ad', // soft hyphen
		r == '\u034f',                // combining grapheme joiner
		r == '\u061c',                // Arabic letter mark
		r == '\u180e',                // Mongolian vowel separator
		r == '\u200b',                // zero-width space
		r == '\u200e', r == '\u200f', // LRM, RLM
		r >= '\u202a' && r <= '\u202e', // bidi embeddings and overrides
		r >= '\u2060' && r <= '\u2064', // word joiner, invisible operators
		r >= '\u2066' && r <= '\u2069', // bidi isolates
		r == '\ufeff',                  // BOM / zero-width no-break space
		r >= '\ufff9' && r <= '\ufffb': // interlinear annotation
		return true
	}
	return false
}

// isCJK reports whether r is a Han, Hiragana or Katakana character: scripts
// written without spaces between words.
func isCJK(r rune) bool {
	if r < 0x2e80 {
		return false
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || r == 'ー'
}

// isWordRune reports whether r can be part of a word: a letter, mark or
// digit.
func isWordRune(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// WordCount returns the number of words in s. A word is a run of
// non-space characters containing at least one letter or digit, so
// free-standing punctuation ("—", "|") does not count; Han, Hiragana and
// Katakana characters count one word each, since those scripts do not
// separate words with spaces. Hangul is counted by its spaces like Latin
// script. Invisible characters (soft hyphen, zero-width space) do not
// separate words, so WordCount(s) == WordCount(Clean(s)). WordCount does
// not allocate and is safe for concurrent use.
func WordCount(s string) int {
	n := 0
	inWord, hasWord := false, false
	for _, r := range s {
		switch {
		case isSpace(r):
			if inWord && hasWord {
				n++
			}
			inWord, hasWord = false, false
		case isInvisible(r):
			// Removed by Clean: joins the letters around it.
		case isCJK(r):
			if inWord && hasWord {
				n++
			}
			inWord, hasWord = false, false
			if unicode.IsLetter(r) {
				n++
			}
		default:
			inWord = true
			if isWordRune(r) {
				hasWord = true
			}
		}
	}
	if inWord && hasWord {
		n++
	}
	return n
}
