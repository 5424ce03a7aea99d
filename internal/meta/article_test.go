package meta

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestArticle(t *testing.T) {
	t.Parallel()
	ld := func(s string) string { return `<script type="application/ld+json">` + s + `</script>` }
	tests := []struct {
		name string
		src  string
		want string // headline (or name) of the chosen entity; "" for nil
	}{
		{"none", ld(`{"@type":"Organization","name":"Org"}`), ""},
		{"plain article", ld(`{"@type":"NewsArticle","headline":"A"}`), "A"},
		{"json-ld over microdata", `<div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Micro</h1></div>` +
			ld(`{"@type":"NewsArticle","headline":"LD"}`), "LD"},
		{"complete over bare", ld(`[{"@type":"Article","headline":"Bare"},
			{"@type":"Article","headline":"Full","articleBody":"b","author":"x","datePublished":"2024"}]`), "Full"},
		{"main entity of a web page", ld(`[{"@type":"NewsArticle","headline":"Sidebar","datePublished":"2024"},
			{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","headline":"Main","datePublished":"2024"}}]`), "Main"},
		{"main entity by reference", ld(`{"@graph":[{"@type":"NewsArticle","@id":"#a1","headline":"One"},
			{"@type":"NewsArticle","@id":"#a2","headline":"Two"},{"@type":"WebPage","mainEntity":{"@id":"#a2"}}]}`), "Two"},
		{"listed articles lose", ld(`[{"@type":"ItemList","itemListElement":[{"@type":"ListItem","item":{"@type":"NewsArticle","headline":"Listed","articleBody":"b"}}]},
			{"@type":"BlogPosting","headline":"Own"}]`), "Own"},
		{"listed article only beats nothing", ld(`{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","headline":"Listed"}]}`), "Listed"},
		{"web page with headline", ld(`[{"@type":"WebPage","headline":"Page"},{"@type":"WebSite","name":"Site"}]`), "Page"},
		{"web page with name and date", ld(`{"@type":"WebPage","name":"Page - Site","datePublished":"2024"}`), "Page - Site"},
		{"web page with name only", ld(`{"@type":"WebPage","name":"Page - Site"}`), ""},
		{"article over web page", ld(`[{"@type":"WebPage","headline":"Page"},{"@type":"Article","name":"Art"}]`), "Art"},
		{"nested review is not the article", ld(`{"@type":"Recipe","name":"R","review":{"@type":"Review","name":"Yum"}}`), ""},
		{"top-level review", ld(`{"@type":"Review","name":"Film review"}`), "Film review"},
		{"canonical match", `<link rel="canonical" href="https://ex.com/b/">` +
			ld(`[{"@type":"NewsArticle","headline":"A","url":"https://ex.com/a"},{"@type":"NewsArticle","headline":"B","url":"https://ex.com/b"}]`), "B"},
		{"first of equals", ld(`[{"@type":"NewsArticle","headline":"First"},{"@type":"NewsArticle","headline":"Second"}]`), "First"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			a := Read(parse(t, tt.src)).Article()
			got := ""
			if a != nil {
				got = a.Headline
				if got == "" {
					got = a.Name
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestURLPath(t *testing.T) {
	t.Parallel()
	tests := map[string]string{
		"https://ex.com/a/b/?x=1#f": "/a/b",
		"//ex.com/a":                "/a",
		"/a/":                       "/a",
		"https://ex.com":            "",
		"relative/a":                "",
		"":                          "",
	}
	for in, want := range tests {
		assert.Equal(t, want, urlPath(in), in)
	}
}
