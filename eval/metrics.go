package eval

import (
	"math/big"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// This file ports the metric helpers of the reference scorer score.py one
// by one (norm, tokens, token_f1, shingles, shingle_tp_fp_fn, prec, rec,
// list_f1, day), keeping its arithmetic in the same order so that the
// figures agree to the last bit, not just to three decimals.

// quoteDash is the translation norm applies after NFKC: curly quotes to
// straight ones, en and em dashes to "-", no-break space to space.
var quoteDash = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201c", `"`, "\u201d", `"`,
	"\u2013", "-", "\u2014", "-", "\u00a0", " ",
)

// fold is Unicode full case folding, Python's str.casefold. The Caser
// returned by cases.Fold is stateless and safe for concurrent use.
var fold = cases.Fold()

// Normalize is score.py's norm: NFKC, curly quotes and en/em dashes made
// ASCII, no-break spaces made spaces, runs of white space collapsed to one
// space and trimmed, then Unicode case folding (Python's str.casefold).
// Headlines, author names, section headings, site names and body snippets
// are compared in this form.
func Normalize(s string) string {
	s = norm.NFKC.String(s)
	s = quoteDash.Replace(s)
	s = strings.Join(strings.FieldsFunc(s, isPySpace), " ")
	return casefold(s)
}

// casefold is Python's str.casefold. cases.Fold folds the Cherokee
// letters to their lower-case forms where CaseFolding.txt (and Python) map
// them to the upper-case ones; the result is mapped back.
func casefold(s string) string {
	s = fold.String(s)
	if !strings.ContainsFunc(s, isCherokeeLower) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 0xAB70 && r <= 0xABBF:
			return r - 0xAB70 + 0x13A0
		case r >= 0x13F8 && r <= 0x13FD:
			return r - 8
		}
		return r
	}, s)
}

func isCherokeeLower(r rune) bool {
	return (r >= 0xAB70 && r <= 0xABBF) || (r >= 0x13F8 && r <= 0x13FD)
}

// isPySpace reports whether Python's str.split() splits at r: Unicode
// White_Space plus the information separators U+001C..U+001F.
func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// isWord reports whether Python's re \w matches r in a str pattern: a
// letter, a number (str.isalnum) or the underscore. Combining marks are
// not word characters, so they split tokens, as in Python.
func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// tokens returns the \w+ runs of s, in order.
func tokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		w := isWord(r)
		switch {
		case w && start < 0:
			start = i
		case !w && start >= 0:
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// counter is a multiset of strings, Python's collections.Counter.
type counter map[string]int

// total is sum(c.values()).
func (c counter) total() int {
	n := 0
	for _, v := range c {
		n += v
	}
	return n
}

// common is sum((a & b).values()): the size of the multiset intersection.
func common(a, b counter) int {
	n := 0
	for k, va := range a {
		n += min(va, b[k])
	}
	return n
}

// f1 is the harmonic mean of the precision common/predicted and the
// recall common/gold, in score.py's order of operations.
func f1(common, gold, pred int) float64 {
	p := float64(common) / float64(pred)
	r := float64(common) / float64(gold)
	return 2 * p * r / (p + r)
}

// tokenF1 is score.py's token_f1(gold, pred): the F1 of the case-folded
// \w+ token multisets; 1 when both have no token.
func tokenF1(gold, pred string) float64 {
	ta, tb := counter{}, counter{}
	for _, t := range tokens(gold) {
		ta[casefold(t)]++
	}
	for _, t := range tokens(pred) {
		tb[casefold(t)]++
	}
	if len(ta) == 0 && len(tb) == 0 {
		return 1
	}
	c := common(ta, tb)
	if c == 0 {
		return 0
	}
	return f1(c, ta.total(), tb.total())
}

// listF1 is score.py's list_f1: the F1 of the multisets of normalised
// strings; 1 when both are empty.
func listF1(gold, pred []string) float64 {
	g, p := counter{}, counter{}
	for _, s := range gold {
		g[Normalize(s)]++
	}
	for _, s := range pred {
		p[Normalize(s)]++
	}
	if len(g) == 0 && len(p) == 0 {
		return 1
	}
	c := common(g, p)
	if c == 0 {
		return 0
	}
	return f1(c, g.total(), p.total())
}

// shingleLen is the n of the body metric's n-gram shingles.
const shingleLen = 4

// shingles is score.py's shingles(text, 4): the multiset of 4-token
// windows over the \w+ tokens (case kept). A text of 1 to 3 tokens gives
// one shingle of all its tokens; no tokens give none. Tokens hold no
// space, so a space-joined window is an unambiguous key.
func shingles(text string) counter {
	t := tokens(text)
	c := counter{}
	for i := 0; i < max(1, len(t)-shingleLen+1); i++ {
		w := t[i:min(i+shingleLen, len(t))]
		if len(w) > 0 {
			c[strings.Join(w, " ")]++
		}
	}
	return c
}

// bodyCounts is one page's shingle true positives, false positives and
// false negatives, each as a fraction of their sum (score.py's
// shingle_tp_fp_fn), or all 0 when both texts have no shingle.
type bodyCounts struct{ tp, fp, fn float64 }

func shingleCounts(gold, pred string) bodyCounts {
	a, b := shingles(gold), shingles(pred)
	var tp, fp, fn float64
	for k, tc := range a {
		pc := b[k]
		tp += float64(min(tc, pc))
		fp += float64(max(0, pc-tc))
		fn += float64(max(0, tc-pc))
	}
	for k, pc := range b {
		if _, ok := a[k]; !ok {
			fp += float64(pc)
		}
	}
	s := tp + fp + fn
	if s == 0 {
		return bodyCounts{}
	}
	return bodyCounts{tp / s, fp / s, fn / s}
}

// prec is score.py's prec.
func (c bodyCounts) prec() float64 {
	switch {
	case c.fp == 0 && c.fn == 0:
		return 1
	case c.tp == 0 && c.fp == 0:
		return 0
	}
	return c.tp / (c.tp + c.fp)
}

// rec is score.py's rec.
func (c bodyCounts) rec() float64 {
	switch {
	case c.fp == 0 && c.fn == 0:
		return 1
	case c.tp == 0 && c.fn == 0:
		return 0
	}
	return c.tp / (c.tp + c.fn)
}

// day is score.py's day: the calendar day of the YYYY-MM-DD at the start
// of s (any Unicode decimal digits, as Python's \d and int accept), as
// days since 1970-01-01, and false when s does not start with a valid day.
func day(s string) (int64, bool) {
	var f [3]int
	widths := [3]int{4, 2, 2}
	i := 0
	for k, w := range widths {
		if k > 0 {
			if i >= len(s) || s[i] != '-' {
				return 0, false
			}
			i++
		}
		for range w {
			r, size := utf8.DecodeRuneInString(s[i:])
			d, ok := digitValue(r)
			if !ok {
				return 0, false
			}
			f[k] = f[k]*10 + d
			i += size
		}
	}
	y, m, d := f[0], f[1], f[2]
	if y < 1 || m < 1 || m > 12 || d < 1 {
		return 0, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // February 30 and the like
		return 0, false
	}
	return t.Unix() / 86400, true
}

// digitValue returns the value of a Unicode decimal digit (category Nd).
// Nd digits come in runs of ten from zero, so the value is the offset
// from the start of r's range in unicode.Nd, modulo 10.
func digitValue(r rune) (int, bool) {
	if r >= '0' && r <= '9' {
		return int(r - '0'), true
	}
	if !unicode.Is(unicode.Nd, r) {
		return 0, false
	}
	for _, rg := range unicode.Nd.R16 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10, true
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10, true
		}
	}
	return 0, false
}

// primaryLang is the primary subtag of a language tag as score.py takes
// it: lower-cased (full Unicode mapping, Python's str.lower), up to the
// first "-".
func primaryLang(tag string) string {
	tag = cases.Lower(language.Und).String(tag)
	before, _, _ := strings.Cut(tag, "-")
	return before
}

// mean is Python's statistics.mean of floats: the exact sum divided by the
// count, rounded once to the nearest float64. It is 0 for no values.
func mean(vs []float64) float64 {
	if len(vs) == 0 {
		return 0
	}
	sum, x := new(big.Rat), new(big.Rat)
	for _, v := range vs {
		sum.Add(sum, x.SetFloat64(v))
	}
	sum.Quo(sum, x.SetInt64(int64(len(vs))))
	f, _ := sum.Float64()
	return f
}
