package scoop

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// labelRegexp is an anchored label regexp, `^\W*(label|label…)…`, with an
// exact prefilter. Go's regexp is slow per call on big (?i) alternations
// (the backtracker clears a bitmap of input × program size), and most
// texts fail within their first letters: the prefilter walks a small trie
// of the first prefixDepth runes the rest of the pattern can start with,
// from every position the leading class may skip to. It only ever answers
// "maybe", so the result is always the regexp's.
type labelRegexp struct {
	*regexp.Regexp
	skip   runeSet        // the class the leading repetition may consume (\W)
	root   *prefixNode    // the prefixes the rest of the pattern can start with
	filter bool           // the prefilter applies
	need   *syntax.Regexp // a literal every match holds, or nil
}

// minNeed is the shortest literal worth looking for before a match.
const minNeed = 3

// prefixDepth is how many runes of a label the prefilter reads.
const prefixDepth = 3

// maxPrefixRanges is how many ranges of runes beyond ASCII a trie node may
// follow: more is a class of letters (\pL), which rejects little and would
// grow the trie by its size at each level.
const maxPrefixRanges = 100

// prefixNode is a node of the prefix trie: the runes that may come next
// and, for ASCII ones, the node after them.
type prefixNode struct {
	open  bool // the pattern may end or match anything here: no filter
	first runeSet
	next  map[rune]*prefixNode
}

// labelRegexps matches when one of its regexps matches.
type labelRegexps []*labelRegexp

// labelUnion compiles prefix + label + suffix for each label: the regexp of
// their alternation split in parts, each with its own prefilter.
func labelUnion(prefix, suffix string, labels ...string) labelRegexps {
	u := make(labelRegexps, len(labels))
	for i, l := range labels {
		u[i] = mustLabelRegexp(prefix + l + suffix)
	}
	return u
}

// MatchString reports whether s matches one of the regexps.
func (u labelRegexps) MatchString(s string) bool {
	for _, l := range u {
		if l.MatchString(s) {
			return true
		}
	}
	return false
}

// mustLabelRegexp compiles pattern like regexp.MustCompile and derives its
// prefilter; a pattern not anchored at the start gets none.
func mustLabelRegexp(pattern string) *labelRegexp {
	l := &labelRegexp{Regexp: regexp.MustCompile(pattern)}
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil || re.Op != syntax.OpConcat || len(re.Sub) < 2 || re.Sub[0].Op != syntax.OpBeginText {
		return l
	}
	rest := re.Sub[1:]
	if s := rest[0]; (s.Op == syntax.OpStar || s.Op == syntax.OpRepeat && s.Min == 0) && s.Sub[0].Op == syntax.OpCharClass {
		// A bounded repetition (\W{0,3}) is read as unbounded: the
		// filter may say "maybe" more often, never "no" wrongly.
		l.skip.addRanges(s.Sub[0].Rune)
		rest = rest[1:]
	}
	l.root = newPrefixNode(&syntax.Regexp{Op: syntax.OpConcat, Sub: rest}, prefixDepth)
	l.filter = !l.root.open
	if lit := needLiteral(re); lit != nil && len(lit.Rune) >= minNeed {
		l.need = lit
	}
	return l
}

// needLiteral is a literal that every match of re holds, or nil: the
// needLiterals set when it has one member.
func needLiteral(re *syntax.Regexp) *syntax.Regexp {
	if ls := needLiterals(re); len(ls) == 1 {
		return ls[0]
	}
	return nil
}

// holds reports whether s contains the literal lit, case-folded when its
// flags say so.
func holds(s string, lit *syntax.Regexp) bool {
	fold := lit.Flags&syntax.FoldCase != 0
	for i := range s {
		j, k := i, 0
		for k < len(lit.Rune) && j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !sameRune(lit.Rune[k], r, fold) {
				break
			}
			j, k = j+size, k+1
		}
		if k == len(lit.Rune) {
			return true
		}
	}
	return false
}

// newPrefixNode builds the trie of the runes re can start with, depth deep.
func newPrefixNode(re *syntax.Regexp, depth int) *prefixNode {
	n := &prefixNode{}
	nullable, ok := n.first.addFirst(re)
	if n.open = !ok || nullable || depth == 0 || len(n.first.ranges) > 2*maxPrefixRanges; n.open {
		return n
	}
	n.next = map[rune]*prefixNode{}
	for r := rune(0); r < utf8.RuneSelf; r++ {
		if n.first.ascii[r] {
			n.next[r] = newPrefixNode(derive(re, r), depth-1)
		}
	}
	return n
}

// MatchString reports whether s matches, running the regexp only when the
// prefilter cannot rule the match out.
func (l *labelRegexp) MatchString(s string) bool {
	if l.filter && !l.mayMatch(s) || l.need != nil && !holds(s, l.need) {
		return false
	}
	return l.Regexp.MatchString(s)
}

// mayMatch is false when no position reachable through the leading class
// starts a prefix of the rest of the pattern.
func (l *labelRegexp) mayMatch(s string) bool {
	for i, r := range s {
		if l.root.first.has(r) && l.root.mayStart(s[i:]) {
			return true
		}
		if !l.skip.has(r) {
			return false
		}
	}
	return false
}

// mayStart is false when s cannot start with a prefix in the trie.
func (n *prefixNode) mayStart(s string) bool {
	for _, r := range s {
		if n.open {
			return true
		}
		if !n.first.has(r) {
			return false
		}
		next := n.next[r] // nil for a rune beyond ASCII
		if next == nil {
			return true
		}
		n = next
	}
	return n.open
}

// derive is the Brzozowski derivative of re by the rune c: a pattern
// matching the rest of every text re matches that starts with c.
// Empty-width assertions are read as empty, which only widens it.
func derive(re *syntax.Regexp, c rune) *syntax.Regexp {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 || !sameRune(re.Rune[0], c, re.Flags&syntax.FoldCase != 0) {
			return none
		}
		if len(re.Rune) == 1 {
			return empty
		}
		return &syntax.Regexp{Op: syntax.OpLiteral, Rune: re.Rune[1:], Flags: re.Flags}
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i] <= c && c <= re.Rune[i+1] {
				return empty
			}
		}
		return none
	case syntax.OpAnyChar:
		return empty
	case syntax.OpAnyCharNotNL:
		if c == '\n' {
			return none
		}
		return empty
	case syntax.OpCapture:
		return derive(re.Sub[0], c)
	case syntax.OpStar, syntax.OpPlus:
		star := &syntax.Regexp{Op: syntax.OpStar, Sub: re.Sub[:1], Flags: re.Flags}
		return concat(derive(re.Sub[0], c), star)
	case syntax.OpQuest:
		return derive(re.Sub[0], c)
	case syntax.OpRepeat:
		if re.Max == 0 {
			return none
		}
		after := *re
		after.Min, after.Max = max(re.Min-1, 0), re.Max
		if re.Max > 0 {
			after.Max = re.Max - 1
		}
		return concat(derive(re.Sub[0], c), &after)
	case syntax.OpConcat:
		if len(re.Sub) == 0 {
			return none
		}
		d := derive(re.Sub[0], c)
		if d != none {
			d = concat(d, &syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[1:]})
		}
		var head runeSet
		if nullable, ok := head.addFirst(re.Sub[0]); nullable || !ok {
			d = alternate(d, derive(&syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[1:]}, c))
		}
		return d
	case syntax.OpAlternate:
		d := none
		for _, sub := range re.Sub {
			d = alternate(d, derive(sub, c))
		}
		return d
	}
	return none // empty-width or no match: nothing to consume
}

// none and empty are the shared results of derive; never modified.
var (
	none  = &syntax.Regexp{Op: syntax.OpNoMatch}
	empty = &syntax.Regexp{Op: syntax.OpEmptyMatch}
)

// concat joins a and b, dropping what cannot match.
func concat(a, b *syntax.Regexp) *syntax.Regexp {
	if a.Op == syntax.OpNoMatch {
		return a
	}
	if a.Op == syntax.OpEmptyMatch {
		return b
	}
	return &syntax.Regexp{Op: syntax.OpConcat, Sub: []*syntax.Regexp{a, b}}
}

// alternate joins a and b as alternatives, dropping what cannot match.
func alternate(a, b *syntax.Regexp) *syntax.Regexp {
	if a.Op == syntax.OpNoMatch {
		return b
	}
	if b.Op == syntax.OpNoMatch {
		return a
	}
	return &syntax.Regexp{Op: syntax.OpAlternate, Sub: []*syntax.Regexp{a, b}}
}

// sameRune reports whether r matches c, case-folded when fold is set.
func sameRune(r, c rune, fold bool) bool {
	if r == c {
		return true
	}
	if fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f == c {
				return true
			}
		}
	}
	return false
}

// runeSet is a set of runes: a table for ASCII, ranges for the rest.
type runeSet struct {
	ascii  [utf8.RuneSelf]bool
	ranges []rune // pairs lo, hi
}

// has reports whether r is in the set.
func (s *runeSet) has(r rune) bool {
	if r < utf8.RuneSelf {
		return s.ascii[r]
	}
	for i := 0; i+1 < len(s.ranges); i += 2 {
		if s.ranges[i] <= r && r <= s.ranges[i+1] {
			return true
		}
	}
	return false
}

// addRanges adds the pairs lo, hi of a character class.
func (s *runeSet) addRanges(pairs []rune) {
	for i := 0; i+1 < len(pairs); i += 2 {
		lo, hi := pairs[i], pairs[i+1]
		for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
			s.ascii[r] = true
		}
		if hi >= utf8.RuneSelf {
			s.ranges = append(s.ranges, max(lo, utf8.RuneSelf), hi)
		}
	}
}

// addRune adds r and, when fold is set, its case variants.
func (s *runeSet) addRune(r rune, fold bool) {
	s.addRanges([]rune{r, r})
	if fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			s.addRanges([]rune{f, f})
		}
	}
}

// addFirst adds the runes re can start with; nullable reports that re may
// match the empty string, ok is false when re may start with any rune.
// Empty-width assertions count as empty: that only widens the set.
func (s *runeSet) addFirst(re *syntax.Regexp) (nullable, ok bool) {
	switch re.Op {
	case syntax.OpNoMatch:
		return false, true
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true, true
		}
		s.addRune(re.Rune[0], re.Flags&syntax.FoldCase != 0)
		return false, true
	case syntax.OpCharClass:
		s.addRanges(re.Rune)
		return false, true
	case syntax.OpCapture, syntax.OpPlus:
		return s.addFirst(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		_, ok := s.addFirst(re.Sub[0])
		return true, ok
	case syntax.OpRepeat:
		n, ok := s.addFirst(re.Sub[0])
		return n || re.Min == 0, ok
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			n, ok := s.addFirst(sub)
			if !ok {
				return false, false
			}
			if !n {
				return false, true
			}
		}
		return true, true
	case syntax.OpAlternate:
		nullable := false
		for _, sub := range re.Sub {
			n, ok := s.addFirst(sub)
			if !ok {
				return false, false
			}
			nullable = nullable || n
		}
		return nullable, true
	}
	return false, false // any character: no filter
}

// anyRegexp is a regexp not anchored at the start, with an exact
// prefilter: literals one of which every match holds (one per branch of
// its alternation). A text that holds none of them is rejected without
// running the regexp; otherwise the result is the regexp's.
type anyRegexp struct {
	*regexp.Regexp
	need []string // the literals in canonical case (foldCanon); nil: no prefilter
}

// mustAnyRegexp compiles pattern like regexp.MustCompile and derives its
// literals; a pattern with a branch that needs no literal of minNeed runes
// or more gets no prefilter.
func mustAnyRegexp(pattern string) *anyRegexp {
	a := &anyRegexp{Regexp: regexp.MustCompile(pattern)}
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return a
	}
	lits := needLiterals(re)
	for _, l := range lits {
		if len(l.Rune) < minNeed {
			return a
		}
	}
	for _, l := range lits {
		a.need = append(a.need, foldCanon(string(l.Rune)))
	}
	return a
}

// MatchString reports whether s matches, running the regexp only when s
// holds one of the literals. The text is folded once (foldCanon) and each
// literal looked for with strings.Contains: cheaper, for the dozens of
// literals of an alternation, than a fold-aware scan (holds) per literal.
func (a *anyRegexp) MatchString(s string) bool {
	if a.need != nil {
		f := foldCanon(s)
		if !slices.ContainsFunc(a.need, func(l string) bool { return strings.Contains(f, l) }) {
			return false
		}
	}
	return a.Regexp.MatchString(s)
}

// foldCanon writes each rune of s as the least rune of its case-folding
// orbit ("k", "K" and the Kelvin sign all as "K"; "ſ" as "S"), the
// equivalence (?i) matches by; invalid bytes as U+FFFD, as the regexp
// reads them.
func foldCanon(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteRune(canonRune(r))
	}
	return b.String()
}

// canonRune is the least rune of r's case-folding orbit.
func canonRune(r rune) rune {
	switch {
	case 'a' <= r && r <= 'z':
		return r - 'a' + 'A'
	case r < utf8.RuneSelf:
		return r
	}
	m := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		m = min(m, f)
	}
	return m
}

// needLiterals returns literals one of which every match of re holds: a
// literal of each branch of an alternation, the most selective set of a
// concatenation's parts; nil when some branch needs none.
func needLiterals(re *syntax.Regexp) []*syntax.Regexp {
	switch re.Op {
	case syntax.OpLiteral:
		return []*syntax.Regexp{re}
	case syntax.OpCapture, syntax.OpPlus:
		return needLiterals(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min > 0 {
			return needLiterals(re.Sub[0])
		}
	case syntax.OpConcat:
		var best []*syntax.Regexp
		bestMin := 0
		for _, sub := range re.Sub {
			if ls := needLiterals(sub); ls != nil {
				if m := shortestRunes(ls); best == nil || m > bestMin {
					best, bestMin = ls, m
				}
			}
		}
		return best
	case syntax.OpAlternate:
		var all []*syntax.Regexp
		for _, sub := range re.Sub {
			ls := needLiterals(sub)
			if ls == nil {
				return nil
			}
			all = append(all, ls...)
		}
		return all
	}
	return nil
}

// shortestRunes is the length in runes of the shortest literal of ls.
func shortestRunes(ls []*syntax.Regexp) int {
	m := -1
	for _, l := range ls {
		if m < 0 || len(l.Rune) < m {
			m = len(l.Rune)
		}
	}
	return m
}
