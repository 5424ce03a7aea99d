package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns the comparison key SameText uses: s in Unicode NFKC, lower
// case, without the invisible characters Clean removes, with every run of
// white space, punctuation and symbols (quotes, dashes, pipes, bullets …)
// replaced by one space, trimmed. Letters, digits
// and combining marks are kept, so accents still matter ("resume" and
// "résumé" differ). Fold is safe for concurrent use.
func Fold(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "")
	}
	// Invisible characters go before normalising, so that a combining mark
	// after a soft hyphen composes as it does in Clean(s).
	dropInvisible := func(r rune) bool { return isInvisible(r) && !isSpace(r) }
	if strings.IndexFunc(s, dropInvisible) >= 0 {
		s = strings.Map(func(r rune) rune {
			if dropInvisible(r) {
				return -1
			}
			return r
		}, s)
	}
	s = norm.NFKC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if !isWordRune(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// SameText reports whether a and b are the same text once case, white
// space, Unicode compatibility forms (NFKC: full-width letters, ligatures)
// and punctuation (straight or curly quotes, dashes, ellipses) are
// normalised away: the check behind "is this <h1> the og:title?". Two
// texts without any letter or digit are never the same. SameText is safe
// for concurrent use.
func SameText(a, b string) bool {
	if a == b {
		return a != "" && Fold(a) != ""
	}
	fa := Fold(a)
	return fa != "" && fa == Fold(b)
}

// Similarity returns a score from 0 (nothing shared) to 1 (same words) for
// fuzzy checks between two texts: the Dice coefficient of their sets of
// folded words (see Fold), where each Han, Hiragana or Katakana character
// is a word of its own. Word order and repetitions are ignored. Two empty
// texts score 0. Similarity is safe for concurrent use.
func Similarity(a, b string) float64 {
	ta, tb := tokenSet(Fold(a)), tokenSet(Fold(b))
	if len(ta) == 0 || len(tb) == 0 {
		return 0
	}
	if len(ta) > len(tb) {
		ta, tb = tb, ta
	}
	shared := 0
	for w := range ta {
		if _, ok := tb[w]; ok {
			shared++
		}
	}
	return 2 * float64(shared) / float64(len(ta)+len(tb))
}

// tokenSet splits a folded string into its set of words, one per CJK
// character.
func tokenSet(f string) map[string]struct{} {
	set := make(map[string]struct{})
	for _, w := range strings.Fields(f) {
		start := 0
		for i, r := range w {
			if isCJK(r) {
				if start < i {
					set[w[start:i]] = struct{}{}
				}
				size := utf8.RuneLen(r)
				set[w[i:i+size]] = struct{}{}
				start = i + size
			}
		}
		if start < len(w) {
			set[w[start:]] = struct{}{}
		}
	}
	return set
}
