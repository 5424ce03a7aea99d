package dates

import (
	"unicode"
	"unicode/utf8"
)

// tkind is the kind of a token.
type tkind uint8

const (
	tNum   tkind = iota + 1 // a run of decimal digits (ASCII or full width)
	tWord                   // a run of letters, or one Han/Kana character
	tPunct                  // any other single character
)

// token is one lexical unit of a date expression. Offsets are bytes in the
// scanned string.
type token struct {
	start, end int
	val        int32 // number value (tNum, of the first 9 digits), rune (tPunct)
	info       wordInfo
	kind       tkind
	nd         uint8 // digit count (tNum), capped at 255
	sp         bool  // whitespace (or the start of the text) precedes the token
}

// isWS reports whether r separates tokens like a space does.
func isWS(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', 0xA0, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x3000:
		return true
	}
	return r > 0x7F && unicode.IsSpace(r)
}

// digitVal returns the value of a decimal digit of any script (ASCII,
// full width, Arabic-Indic, Devanagari...), or -1.
func digitVal(r rune) int {
	switch {
	case '0' <= r && r <= '9':
		return int(r - '0')
	case r < 0x660:
		return -1
	case '０' <= r && r <= '９':
		return int(r - '０')
	case !unicode.IsDigit(r):
		return -1
	}
	// Decimal digits come in runs starting at zero: find the start.
	z := r
	for n := 0; n < 64 && unicode.IsDigit(z-1); n++ {
		z--
	}
	return int(r-z) % 10
}

// isCJK reports whether r is a Han, Hiragana or Katakana character; each
// is a token of its own since those scripts do not separate words.
func isCJK(r rune) bool {
	return r >= 0x3040 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r))
}

// isLetter reports whether r belongs in a word: a letter or a combining mark.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || isMark(r)
}

// isMark reports whether r is a combining mark (category Mn). Letters of
// Latin, Greek and Cyrillic below U+0483 are answered without a table.
func isMark(r rune) bool {
	switch {
	case r < 0x300:
		return false
	case r <= 0x36F:
		return true
	case r < 0x483:
		return false
	}
	return unicode.Is(unicode.Mn, r)
}

// normPunct maps look-alike punctuation to its ASCII form.
func normPunct(r rune) rune {
	switch r {
	case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFF0D, 0xFE63:
		return '-'
	case 0xFF1A, 0xFE55:
		return ':'
	case 0xFF0C, 0x3001, 0xFE50, 0x060C:
		return ','
	case 0xFF0E, 0x3002:
		return '.'
	case 0xFF0F:
		return '/'
	case 0xFF0B:
		return '+'
	case 0xFF08:
		return '('
	case 0xFF09:
		return ')'
	}
	return r
}

// lexer produces tokens from src, starting at a byte offset.
type lexer struct {
	src string
	pos int
}

// next returns the next token, or false at the end of src.
func (lx *lexer) next() (token, bool) {
	src := lx.src
	sp := lx.pos == 0
	for lx.pos < len(src) {
		if c := src[lx.pos]; c < utf8.RuneSelf {
			if c != ' ' && (c < '\t' || c > '\r') {
				break
			}
			sp = true
			lx.pos++
			continue
		}
		r, n := utf8.DecodeRuneInString(src[lx.pos:])
		if !isWS(r) {
			break
		}
		sp = true
		lx.pos += n
	}
	if lx.pos >= len(src) {
		return token{}, false
	}
	start := lx.pos
	r, n := utf8.DecodeRuneInString(src[start:])
	if dv := digitVal(r); dv >= 0 {
		var v int32
		nd := 0
		p := start
		for p < len(src) {
			r, n := utf8.DecodeRuneInString(src[p:])
			dv := digitVal(r)
			if dv < 0 {
				break
			}
			if nd < 9 {
				v = v*10 + int32(dv)
			}
			nd++
			p += n
		}
		lx.pos = p
		if nd > 255 {
			nd = 255
		}
		return token{start: start, end: p, val: v, kind: tNum, nd: uint8(nd), sp: sp}, true
	}
	if isCJK(r) {
		lx.pos = start + n
		return token{start: start, end: lx.pos, kind: tWord, sp: sp, info: lookupWord(src[start:lx.pos])}, true
	}
	if isLetter(r) {
		p := start + n
		for p < len(src) {
			if c := src[p]; c < utf8.RuneSelf {
				if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
					break
				}
				p++
				continue
			}
			r, n := utf8.DecodeRuneInString(src[p:])
			if isCJK(r) || !isLetter(r) {
				break
			}
			p += n
		}
		lx.pos = p
		return token{start: start, end: p, kind: tWord, sp: sp, info: lookupWord(src[start:p])}, true
	}
	lx.pos = start + n
	return token{start: start, end: lx.pos, val: normPunct(r), kind: tPunct, sp: sp}, true
}
