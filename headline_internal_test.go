package scoop

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// TestDropDecoration: the arrows and bullets a theme prints before a
// heading are not the headline's.
func TestDropDecoration(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"[> Jens Weber":           "Jens Weber",
		"> Council passes budget": "Council passes budget",
		"»Abzocke wird verkauft«": "»Abzocke wird verkauft«",
		"• Storm hits the coast":  "Storm hits the coast",
		"[Update] Storm hits":     "[Update] Storm hits",
		"(Video) Storm hits":      "(Video) Storm hits",
		">>":                      ">>",
		"Council passes budget":   "Council passes budget",
	} {
		assert.Equal(t, want, dropDecoration(in), in)
	}
}

// TestDropComposed: a candidate made of two others goes, and one made of
// a dropped candidate and another goes too (the list is read whole).
func TestDropComposed(t *testing.T) {
	t.Parallel()
	doc, err := html.Parse(strings.NewReader(`<div id="y"><div id="x"><span id="a">A</span> <span id="b">B</span></div> <span id="c">C</span></div>`))
	require.NoError(t, err)
	byID := map[string]*html.Node{}
	walk(doc, func(n *html.Node) bool {
		if id := attr(n, "id"); id != "" {
			byID[id] = n
		}
		return true
	})
	cand := func(id, t string) bylineCand { return bylineCand{node: byID[id], text: t} }
	got := dropComposed([]bylineCand{cand("x", "A B"), cand("a", "A"), cand("b", "B"), cand("y", "A B C"), cand("c", "C")})
	var texts []string
	for _, c := range got {
		texts = append(texts, c.text)
	}
	assert.Equal(t, []string{"A", "B", "C"}, texts)
}
