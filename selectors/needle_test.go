package selectors

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func TestNeedlesOf(t *testing.T) {
	tests := []struct {
		group string
		want  []needle // nil: the rule always runs its selector
	}{
		{`h1`, []needle{{tag: "h1"}}},
		{`article h1, main > h1, [role="main"] h1`, []needle{{tag: "h1"}, {tag: "h1"}, {tag: "h1"}}},
		{`.vcard .fn`, []needle{{attr: "class", sub: "fn"}}},
		{`#jp-relatedposts`, []needle{{attr: "id", sub: "jp-relatedposts"}}},
		{`[class*="AuthorBio"]`, []needle{{attr: "class", sub: "authorbio"}}},
		{`[class*="promo" i]:not([class*="promoted" i])`, []needle{{attr: "class", sub: "promo"}}},
		{`:not(.x)[data-testid*="dek" i]`, []needle{{attr: "data-testid", sub: "dek"}}},
		{`[paywall]:not(:has(p ~ p ~ p)), [hidden]`, []needle{{attr: "paywall"}, {attr: "hidden"}}},
		{`a[rel~="tag"]:not([rel~="category"])`, []needle{{tag: "a"}}},
		{`[rel~=author]`, []needle{{attr: "rel", sub: "author"}}},
		{`p[style*="text-align:right" i] > strong:only-child`, []needle{{tag: "strong"}}},
		{`[lang|="en"]`, []needle{{attr: "lang", sub: "en"}}},
		{`[x=""]`, []needle{{attr: "x"}}},
		{`*.byline`, []needle{{attr: "class", sub: "byline"}}},
		{`h1, :is(.a, .b)`, nil},   // an alternative without a needle
		{`:not(.a)`, nil},          // only a negation
		{`svg|rect`, nil},          // a namespace
		{`.a\:b`, nil},             // an escape
		{`div:has(> .x) + *`, nil}, // the subject is any element
		{`.post ~ [data-x="a,b"]`, []needle{{attr: "data-x", sub: "a,b"}}},
		{`[rel!=author]`, nil},        // cascadia's "not equal"
		{`[itemprop#=authors?]`, nil}, // cascadia's regexp operator
		{`my-élément`, nil},           // a non-ASCII tag name
		{`.foo\>bar`, nil},            // an escaped combinator
		{`.c/**/em`, nil},             // a comment as a combinator
		{"div\fspan", nil},            // form feed as a combinator
		{".my-élément", []needle{{attr: "class", sub: "my-"}}}, // a substring of the class: still necessary
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, needlesOf(tt.group), tt.group)
	}
}

func TestContainsFold(t *testing.T) {
	for _, tt := range []struct {
		s, sub string
		want   bool
	}{
		{"Article-Body", "article-body", true},
		{"c-AuthorBio__x", "authorbio", true},
		{"author", "authorbio", false},
		{"", "a", false},
		{"x", "", true},
		{"ÄUTHOR", "author", false},
	} {
		assert.Equal(t, tt.want, containsFold(tt.s, tt.sub), "%q in %q", tt.sub, tt.s)
	}
}

// TestNeedlesNeverChangeAMatch checks the needles against the selectors
// they guard: on every element of every golden page, every rule of every
// field (and of the date matchers) matches with needles exactly where its
// compiled selector alone matches.
func TestNeedlesNeverChangeAMatch(t *testing.T) {
	pages, err := filepath.Glob("../testdata/golden/*/page.html")
	require.NoError(t, err)
	require.NotEmpty(t, pages)
	var rules []Rule
	for _, f := range Fields {
		rules = append(rules, Default().Generic(f)...)
	}
	rules = append(rules, DateClutter...)
	rules = append(rules, DateSide...)
	guarded := 0
	for _, r := range rules {
		if r.guard != nil {
			guarded++
		}
	}
	assert.Greater(t, guarded, len(rules)*3/4, "most rules have needles")
	matches := 0
	for _, p := range pages {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		doc, err := html.Parse(strings.NewReader(string(b)))
		require.NoError(t, err)
		var walk func(n *html.Node)
		walk = func(n *html.Node) {
			for i := range rules {
				r := &rules[i]
				want := r.sel.Match(n)
				if want {
					matches++
				}
				if got := r.Match(n); got != want {
					t.Errorf("%s: rule %q on <%s class=%q>: needles say %v, selector %v", p, r.Selector, n.Data, attrOf(n, "class"), got, want)
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
	}
	assert.Greater(t, matches, 1000, "the rules match plenty of elements")
}

func attrOf(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// TestNeedlesTrickySelectors compares guarded and bare matching of
// selectors a profile may hold on markup made to trip the needles.
func TestNeedlesTrickySelectors(t *testing.T) {
	const page = `<html><body class="one-sidebar"><div class="foo>bar" rel="me" itemprop="author">
		<p class="c"><em>x</em></p><my-élément>y</my-élément><a href="/v" rel="Author">a</a>
		<span LANG="en-GB" data-x="a,b" class="AuthorBio">z</span><div hidden></div>
		<svg viewBox="0 0 1 1"><foreignObject><p class="c">w</p></foreignObject><clipPath id="k"/></svg>
		<math><mi class="c">m</mi></math></div></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	sels := []string{`[rel!=author]`, `[itemprop#=authors?]`, `my-élément`, `.foo\>bar`, `.c/**/em`, "div\fspan",
		`.my-élément`, `foreignObject`, `foreignobject`, `clipPath`, `svg [viewBox]`, `[lang|=en]`, `[rel~="author" i]`,
		`[class*="authorbio"]`, `[class*="AuthorBio" s]`, `*[hidden]`, `mi.c`, `p.c em`, `div > p.c`, `:not(p) > em`,
		`[data-x="a,b"]`, `span[LANG^="EN" i]`, `#k`}
	for _, sel := range sels {
		r := Rule{Selector: sel}
		if err := r.compile(Headline); err != nil {
			continue // syntax cascadia refuses: never a rule
		}
		var walk func(n *html.Node)
		walk = func(n *html.Node) {
			if got, want := r.Match(n), r.sel.Match(n); got != want {
				t.Errorf("%q on <%s %v>: needles say %v, selector %v", sel, n.Data, n.Attr, got, want)
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
	}
}

// FuzzNeedles checks, for any selector cascadia accepts and any page, that
// the needles never reject an element the selector matches.
func FuzzNeedles(f *testing.F) {
	for _, s := range []string{`h1`, `.a .b`, `[class*="x" i]:not(.y)`, `a[rel~=tag]`, `#id > p`, `[x!=y]`, `div:has(> .x) + *`, `my-élément`} {
		f.Add(s, `<div class="a x"><p class="b" id="id" rel="tag" x="z"><a rel="tag">t</a></p><my-élément/></div>`)
	}
	f.Fuzz(func(t *testing.T, sel, page string) {
		r := Rule{Selector: sel}
		if r.compile(Headline) != nil {
			return
		}
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			return
		}
		var walk func(n *html.Node)
		walk = func(n *html.Node) {
			if r.sel.Match(n) && !r.Match(n) {
				t.Fatalf("%q rejects <%s %v> that cascadia matches", sel, n.Data, n.Attr)
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
	})
}
