package selectors_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/newsscoop/scoop/selectors"
)

// TestEveryRuleMatchesAFixture keeps the rule lists honest: a rule that
// matches no golden page is either dead or untested, and fails here.
func TestEveryRuleMatchesAFixture(t *testing.T) {
	pages, err := filepath.Glob("../testdata/golden/*/page.html")
	require.NoError(t, err)
	require.NotEmpty(t, pages)
	var docs []*html.Node
	for _, p := range pages {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		doc, err := html.Parse(strings.NewReader(string(b)))
		require.NoError(t, err)
		docs = append(docs, doc)
	}
	set := selectors.Default()
	for _, f := range selectors.Fields {
		for _, r := range set.Generic(f) {
			matched := false
			for _, d := range docs {
				if selectors.Matcher([]selectors.Rule{r}).MatchFirst(d) != nil {
					matched = true
					break
				}
			}
			assert.True(t, matched, "%s rule %q (%s) matches no golden page", f, r.Selector, r.Note)
		}
	}
}

func TestProfiles(t *testing.T) {
	set, err := selectors.Default().Load(strings.NewReader(`[
		{"name": "example", "hosts": ["example.com"], "rules": {"byline": ["div.writer > a"], "discard": [".promo-box"]}},
		{"name": "other", "hosts": ["www.Other.org"], "rules": {"headline": ["h2.big"]}}
	]`))
	require.NoError(t, err)

	byline := set.Rules(selectors.Byline, "news.example.com")
	require.Greater(t, len(byline), 1)
	assert.Equal(t, "div.writer > a", byline[0].Selector, "profile rules come first")
	assert.Equal(t, selectors.Default().Generic(selectors.Byline), byline[1:], "then the generic ones")
	assert.Equal(t, selectors.Default().Generic(selectors.Byline), set.Rules(selectors.Byline, "notexample.com"), "suffix match is by label")
	assert.Equal(t, "h2.big", set.Rules(selectors.Headline, "other.org")[0].Selector, "www. is ignored")
	assert.Equal(t, selectors.Default().Generic(selectors.Headline), set.Rules(selectors.Headline, ""), "no host, no profile")

	one, err := selectors.Default().Load(strings.NewReader(`{"hosts": ["a.test"], "rules": {"tags": [".t a"]}}`))
	require.NoError(t, err)
	assert.Equal(t, ".t a", one.Rules(selectors.Tags, "a.test")[0].Selector, "a single object loads too")
}

func TestProfileErrors(t *testing.T) {
	cases := map[string]string{
		"invalid selector": `{"hosts": ["a.test"], "rules": {"byline": ["div[[["]}}`,
		"unknown field":    `{"hosts": ["a.test"], "rules": {"bylines": ["div"]}}`,
		"no hosts":         `{"rules": {"byline": ["div"]}}`,
		"not json":         `{"hosts": [`,
	}
	for name, in := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := selectors.Default().Load(strings.NewReader(in))
			require.Error(t, err)
			assert.True(t, strings.HasPrefix(err.Error(), "selectors: "), err.Error())
		})
	}
}

func TestRelatedHeading(t *testing.T) {
	for _, s := range []string{"You Might Also Like", "Related articles", "More on this story", "Read more", "Lesen Sie auch", "À lire aussi", "Leia também", "関連記事"} {
		assert.True(t, selectors.RelatedHeading.MatchString(s), s)
	}
	for _, s := range []string{"Most popular", "Trending now", "Meistgelesen"} {
		assert.True(t, selectors.NotRelatedHeading.MatchString(s), s)
	}
	for _, s := range []string{"Diplomatic Momentum Builds", "Path Forward", "Unrelated matters"} {
		assert.False(t, selectors.RelatedHeading.MatchString(s), s)
	}
}
