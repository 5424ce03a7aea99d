// Package selectors holds scoop's field rules as data: for each field an
// ordered list of CSS selectors, most specific first, each with a note naming
// the markup it is for. A Set compiles them once; per-site profiles, keyed by
// host, put their own rules before the generic ones and can be loaded at run
// time from JSON (see Load) without changing code.
//
// Files: set.go (Set, Rule, Field), profile.go (JSON profiles), and one file
// per field of rules: headline.go, standfirst.go, byline.go, bio.go,
// related.go, sections.go, date.go, taxonomy.go, discard.go.
package selectors

import (
	"fmt"
	"strings"
	"sync"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// Field names one list of rules.
type Field string

// The fields that have rules.
const (
	Headline   Field = "headline"    // the article title element
	Standfirst Field = "standfirst"  // the dek / summary shown with the headline
	Byline     Field = "byline"      // the printed author line
	AuthorBox  Field = "author_box"  // the box about the author near the article
	Bio        Field = "bio"         // the bio text inside an author box
	Related    Field = "related"     // containers of related-article links
	NotRelated Field = "not_related" // containers that look related but are site-wide lists
	Heading    Field = "heading"     // section headings a CMS marks with classes
	Date       Field = "date"        // visible publication dates
	Tags       Field = "tags"        // links to tag pages
	Category   Field = "category"    // the site section
	Caption    Field = "caption"     // image captions
	Credit     Field = "credit"      // image credits
	Discard    Field = "discard"     // clutter removed before body extraction
	Body       Field = "body"        // article body containers, used to check readability
)

// Fields lists every Field, in a fixed order.
var Fields = []Field{Headline, Standfirst, Byline, AuthorBox, Bio, Related, NotRelated,
	Heading, Date, Tags, Category, Caption, Credit, Discard, Body}

// Rule is one CSS selector for a field.
type Rule struct {
	// Selector is the CSS selector (cascadia syntax).
	Selector string `json:"selector"`
	// Note says what markup the rule is for.
	Note string `json:"note,omitempty"`

	sel   cascadia.Matcher
	guard *guard // the needles of the alternatives; nil: always run sel
}

// Match reports whether n matches the rule.
func (r *Rule) Match(n *html.Node) bool {
	if r.guard != nil && (n.Type != html.ElementNode || !r.guard.pass(n)) {
		return false
	}
	return r.sel.Match(n)
}

// compile fills r.sel or says why the selector is invalid.
func (r *Rule) compile(f Field) error {
	s, err := cascadia.ParseGroup(r.Selector)
	if err != nil {
		return fmt.Errorf("selectors: %s rule %q: %w", f, r.Selector, err)
	}
	r.sel = s
	r.guard = newGuard(needlesOf(r.Selector))
	return nil
}

// Set is a compiled collection of rules: the generic rules per field and
// the site profiles. A Set is immutable once built and safe for concurrent
// use.
type Set struct {
	generic  map[Field][]Rule
	profiles []Profile // compiled, in load order
}

var defaultSet = sync.OnceValue(func() *Set {
	s, err := build(defaultRules(), nil)
	if err != nil {
		// The built-in rules are tested; an invalid one is a programming
		// error caught by every test run.
		panic(err)
	}
	return s
})

// Default returns the built-in rules. The Set is shared: do not modify it.
func Default() *Set { return defaultSet() }

func defaultRules() map[Field][]Rule {
	return map[Field][]Rule{
		Headline:   headlineRules,
		Standfirst: standfirstRules,
		Byline:     bylineRules,
		AuthorBox:  authorBoxRules,
		Bio:        bioRules,
		Related:    relatedRules,
		NotRelated: notRelatedRules,
		Heading:    headingRules,
		Date:       dateRules,
		Tags:       tagRules,
		Category:   categoryRules,
		Caption:    captionRules,
		Credit:     creditRules,
		Discard:    discardRules,
		Body:       bodyRules,
	}
}

func build(generic map[Field][]Rule, profiles []Profile) (*Set, error) {
	s := &Set{generic: make(map[Field][]Rule, len(generic))}
	for f, rules := range generic {
		cp := make([]Rule, len(rules))
		copy(cp, rules)
		for i := range cp {
			if err := cp[i].compile(f); err != nil {
				return nil, err
			}
		}
		s.generic[f] = cp
	}
	for _, p := range profiles {
		cp, err := p.compile()
		if err != nil {
			return nil, err
		}
		s.profiles = append(s.profiles, cp)
	}
	return s, nil
}

// Rules returns the rules for field f on a page of host: the rules of every
// profile whose hosts match host first (most recently added profile first),
// then the generic rules. host may be "". The returned slice must not be
// modified.
func (s *Set) Rules(f Field, host string) []Rule {
	var prof []Rule
	host = strings.TrimPrefix(strings.ToLower(host), "www.")
	for i := len(s.profiles) - 1; i >= 0; i-- {
		p := &s.profiles[i]
		if host != "" && p.matches(host) {
			prof = append(prof, p.rules[f]...)
		}
	}
	if len(prof) == 0 {
		return s.generic[f]
	}
	return append(prof, s.generic[f]...)
}

// Matcher returns a goquery-compatible matcher that matches any rule of f
// for host.
func (s *Set) Matcher(f Field, host string) Matcher {
	return Matcher(s.Rules(f, host))
}

// Matcher matches a node when any of its rules does. It implements
// goquery.Matcher.
type Matcher []Rule

// Match reports whether any rule matches n.
func (m Matcher) Match(n *html.Node) bool {
	for i := range m {
		if m[i].Match(n) {
			return true
		}
	}
	return false
}

// MatchAll returns the nodes below and including n that match, in document
// order.
func (m Matcher) MatchAll(n *html.Node) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && m.Match(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

// Filter returns the nodes that match.
func (m Matcher) Filter(nodes []*html.Node) []*html.Node {
	var out []*html.Node
	for _, n := range nodes {
		if m.Match(n) {
			out = append(out, n)
		}
	}
	return out
}

// MatchFirst returns the first node below and including n that matches, or
// nil.
func (m Matcher) MatchFirst(n *html.Node) *html.Node {
	if n.Type == html.ElementNode && m.Match(n) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := m.MatchFirst(c); f != nil {
			return f
		}
	}
	return nil
}

// Generic returns the generic rules of f, for tests and documentation.
func (s *Set) Generic(f Field) []Rule { return s.generic[f] }
