package selectors

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// A needle is a cheap test that every element a selector matches passes:
// its tag name, or an attribute it has, or a piece of an attribute's
// value. Matching a rule first tries its needles, one per alternative of
// the selector group, and runs the compiled selector only when one passes:
// most elements of a page fail every needle of most rules, and a needle
// costs a fraction of a cascadia match (which lower-cases the attribute
// again for each [attr*=… i] alternative).
//
// A needle is taken from the selector's subject (its last compound
// selector) and never from inside :not(), :has() or any other
// parenthesised argument, so it is a necessary condition of the match.
// Values are compared without regard to ASCII case, which only makes the
// test weaker than the selector, never stronger.
type needle struct {
	tag  string // the element's tag name, or ""
	attr string // an attribute the element has, if tag is ""
	sub  string // lower-cased piece of that attribute's value ("" for presence)
}

// guard is the needles of a rule, grouped for one pass over an element's
// attributes.
type guard struct {
	tags  []string
	attrs []attrNeedles
}

// attrNeedles are the needles on one attribute.
type attrNeedles struct {
	key  string
	subs []string // "" for presence
}

// newGuard groups needles; nil needles give a nil guard.
func newGuard(needles []needle) *guard {
	if needles == nil {
		return nil
	}
	g := &guard{}
	for _, nd := range needles {
		if nd.tag != "" {
			g.tags = append(g.tags, nd.tag)
			continue
		}
		i := 0
		for i < len(g.attrs) && g.attrs[i].key != nd.attr {
			i++
		}
		if i == len(g.attrs) {
			g.attrs = append(g.attrs, attrNeedles{key: nd.attr})
		}
		g.attrs[i].subs = append(g.attrs[i].subs, nd.sub)
	}
	return g
}

// pass reports whether element n passes any needle. Tag names and
// attribute keys compare exactly, as cascadia compares them (the HTML
// parser and cascadia both lower-case them); values regardless of case.
func (g *guard) pass(n *html.Node) bool {
	for _, t := range g.tags {
		if n.Data == t {
			return true
		}
	}
	for i := range n.Attr {
		a := &n.Attr[i]
		for j := range g.attrs {
			if g.attrs[j].key != a.Key {
				continue
			}
			for _, sub := range g.attrs[j].subs {
				if containsFold(a.Val, sub) {
					return true
				}
			}
		}
	}
	return false
}

// containsFold reports whether s contains sub (lower-case) regardless of
// ASCII case, without allocating.
func containsFold(s, sub string) bool {
	if len(sub) == 0 {
		return true
	}
	first := sub[0]
	upper := first
	if 'a' <= first && first <= 'z' {
		upper -= 'a' - 'A'
	}
	for i := 0; i+len(sub) <= len(s); i++ {
		if c := s[i]; c != first && c != upper {
			continue
		}
		j := 1
		for ; j < len(sub); j++ {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != sub[j] {
				break
			}
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

// needlesOf returns one needle per alternative of the selector group, or
// nil when an alternative has none (the rule then always runs its
// selector).
func needlesOf(group string) []needle {
	// Escapes, comments and the rarer white space change where compounds
	// and identifiers end; such selectors always run.
	if strings.Contains(group, "/*") || strings.ContainsAny(group, "\\\r\f") {
		return nil
	}
	var out []needle
	for _, alt := range splitTop(group, ',') {
		nd, ok := subjectNeedle(lastCompound(alt))
		if !ok {
			return nil
		}
		out = append(out, nd)
	}
	return out
}

// scanTop calls fn with the index of every byte of s outside quotes and
// the nesting depth of parentheses and brackets there: an opening byte is
// reported at the depth outside it, a closing one at the depth it returns
// to. fn returns false to stop the scan. needlesOf refuses escapes before
// any scan.
func scanTop(s string, fn func(i, depth int) bool) {
	depth := 0
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
			continue
		case c == '"' || c == '\'':
			quote = c
			continue
		case c == ')' || c == ']':
			depth--
		}
		if !fn(i, depth) {
			return
		}
		if c == '(' || c == '[' {
			depth++
		}
	}
}

// eachTop calls fn with the index of every byte of s outside quotes,
// parentheses and brackets.
func eachTop(s string, fn func(i int)) {
	scanTop(s, func(i, depth int) bool {
		if c := s[i]; depth == 0 && c != '(' && c != '[' && c != ')' && c != ']' {
			fn(i)
		}
		return true
	})
}

// splitTop splits s at sep outside quotes, parentheses and brackets.
func splitTop(s string, sep byte) []string {
	var parts []string
	start := 0
	eachTop(s, func(i int) {
		if s[i] == sep {
			parts = append(parts, s[start:i])
			start = i + 1
		}
	})
	return append(parts, s[start:])
}

// lastCompound returns the subject of a complex selector: what follows its
// last top-level combinator (white space, >, + or ~).
func lastCompound(sel string) string {
	sel = strings.TrimSpace(sel)
	start := 0
	eachTop(sel, func(i int) {
		switch sel[i] {
		case ' ', '\t', '\n', '>', '+', '~':
			start = i + 1
		}
	})
	return sel[start:]
}

// subjectNeedle picks the needle of one compound selector: its tag name,
// else its first class, id or attribute test. Pseudo-classes and their
// arguments are skipped. ok is false when the compound has none, or uses
// syntax this reader does not know (escapes, namespaces).
func subjectNeedle(c string) (needle, bool) {
	if c == "" || strings.Contains(c, "|") && !strings.Contains(c, "|=") {
		return needle{}, false
	}
	if n := identLen(c); n > 0 {
		if n < len(c) && c[n] >= utf8.RuneSelf {
			return needle{}, false // a non-ASCII name: identLen stopped inside it
		}
		return needle{tag: strings.ToLower(c[:n])}, true
	}
	for i := 0; i < len(c); {
		switch c[i] {
		case '.', '#':
			n := identLen(c[i+1:])
			if n == 0 {
				return needle{}, false
			}
			attr := "class"
			if c[i] == '#' {
				attr = "id"
			}
			return needle{attr: attr, sub: strings.ToLower(c[i+1 : i+1+n])}, true
		case '[':
			end := strings.IndexByte(c[i:], ']')
			if end < 0 {
				return needle{}, false
			}
			return attrNeedle(c[i+1 : i+end])
		case ':':
			i = skipPseudo(c, i)
		case '*':
			i++
		default:
			return needle{}, false
		}
	}
	return needle{}, false
}

// attrNeedle reads the inside of an attribute selector: name, or name,
// operator and quoted value, with an optional " i" or " s" flag.
func attrNeedle(in string) (needle, bool) {
	in = strings.TrimSpace(in)
	n := identLen(in)
	if n == 0 {
		return needle{}, false
	}
	nd := needle{attr: strings.ToLower(in[:n])}
	rest := strings.TrimSpace(in[n:])
	if rest == "" {
		return nd, true
	}
	op := strings.IndexByte(rest, '=')
	if op < 0 || op > 1 || op == 1 && !strings.ContainsRune("*^$~|", rune(rest[0])) {
		// Only substring-implying operators: cascadia's != and #=
		// (regexp) match elements without the value.
		return needle{}, false
	}
	val := strings.TrimSpace(rest[op+1:])
	if len(val) >= 2 && (val[0] == '"' || val[0] == '\'') {
		end := strings.IndexByte(val[1:], val[0])
		if end < 0 {
			return needle{}, false
		}
		val = val[1 : 1+end]
	} else if k := identLen(val); k > 0 {
		val = val[:k]
	} else {
		return needle{}, false
	}
	nd.sub = strings.ToLower(val)
	return nd, true
}

// skipPseudo returns the index after the pseudo-class or pseudo-element
// that starts at c[i] (':'), its parenthesised argument included.
func skipPseudo(c string, i int) int {
	i++
	if i < len(c) && c[i] == ':' {
		i++
	}
	i += identLen(c[i:])
	if i < len(c) && c[i] == '(' {
		i += closingParen(c[i:]) + 1
	}
	return i
}

// closingParen returns the index of the ')' that closes the '(' at s[0],
// outside quotes, or len(s) when there is none.
func closingParen(s string) int {
	end := len(s)
	scanTop(s, func(i, depth int) bool {
		if s[i] == ')' && depth == 0 {
			end = i
			return false
		}
		return true
	})
	return end
}

// identLen is the length of the CSS identifier (ASCII letters, digits,
// '-' and '_', not starting with a digit) at the start of s.
func identLen(s string) int {
	i := 0
	for i < len(s) {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '-' || c == '_' || i > 0 && '0' <= c && c <= '9' {
			i++
			continue
		}
		break
	}
	return i
}
