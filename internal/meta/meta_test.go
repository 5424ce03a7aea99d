package meta

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func parse(tb testing.TB, src string) *html.Node {
	tb.Helper()
	doc, err := html.Parse(strings.NewReader(src))
	require.NoError(tb, err)
	return doc
}

func TestReadHead(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		src  string
		want *Meta
	}{
		{"empty", "", &Meta{Tags: map[string][]string{}, Links: map[string][]Link{}}},
		{"title lang base", `<html lang=" de-AT "><head><base href="/news/"><base href="/x/">
			<title>
			  Die  Überschrift &amp; mehr
			</title><title>second</title></head>
			<body><svg><title>icon</title></svg></body></html>`,
			&Meta{Title: "Die Überschrift & mehr", Lang: "de-AT", Base: "/news/",
				Tags: map[string][]string{}, Links: map[string][]Link{}}},
		{"svg title first", `<body><svg><title>icon</title></svg><title>Page</title>`,
			&Meta{Title: "Page", Tags: map[string][]string{}, Links: map[string][]Link{}}},
		{"xml lang", `<html xml:lang="fr"><title>t</title>`,
			&Meta{Title: "t", Lang: "fr", Tags: map[string][]string{}, Links: map[string][]Link{}}},
		{"meta keys", `<head>
			<meta property="og:title" content=" First ">
			<meta property="og:title twitter:title" content="Second">
			<meta name="Description" property="og:description" content="Desc">
			<meta http-equiv="Content-Language" content="en-GB">
			<meta name="dc.date.issued" content="2024-10-15">
			<meta name="empty" content="  ">
			<meta name="nocontent">
			<meta itemprop="datePublished" content="2024-01-02">
			<meta name="sailthru.date" content="2024-11-18 21:26:36">
			<meta charset="utf-8">`,
			&Meta{Tags: map[string][]string{
				"og:title":         {"First", "Second"},
				"twitter:title":    {"Second"},
				"description":      {"Desc"},
				"og:description":   {"Desc"},
				"content-language": {"en-GB"},
				"dc.date.issued":   {"2024-10-15"},
				"datepublished":    {"2024-01-02"},
				"sailthru.date":    {"2024-11-18 21:26:36"},
			}, Links: map[string][]Link{}}},
		{"links", `<head>
			<link rel="Canonical" href=" https://example.com/a ">
			<link rel="alternate" type="application/rss+xml" title="RSS" href="/feed">
			<link rel="alternate" hreflang="de" href="/de/a">
			<link rel="author publisher" href="https://plus.example.com/x">
			<link rel="amphtml" href="">
			</head><body>
			<a rel="author" href="/authors/jane"> Jane
			  Doe </a>
			<a rel="category tag" href="/tag/x" title="Tag X">x</a>
			<a rel="nofollow" href="/elsewhere">no</a>`,
			&Meta{Tags: map[string][]string{}, Links: map[string][]Link{
				"canonical":  {{Href: "https://example.com/a"}},
				"alternate":  {{Href: "/feed", Type: "application/rss+xml", Title: "RSS"}, {Href: "/de/a", HrefLang: "de"}},
				"author":     {{Href: "https://plus.example.com/x"}},
				"publisher":  {{Href: "https://plus.example.com/x"}},
				"a:author":   {{Href: "/authors/jane", Title: "Jane Doe"}},
				"a:category": {{Href: "/tag/x", Title: "Tag X"}},
				"a:tag":      {{Href: "/tag/x", Title: "Tag X"}},
			}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, Read(parse(t, tt.src)))
		})
	}
}

func TestReadNil(t *testing.T) {
	t.Parallel()
	assert.Equal(t, &Meta{Tags: map[string][]string{}, Links: map[string][]Link{}}, Read(nil))
}

func TestTagAndHref(t *testing.T) {
	t.Parallel()
	m := Read(parse(t, `<meta name="twitter:title" content="T"><meta property="og:title" content="O">
		<link rel="shortlink" href="/s"><link rel="canonical" href="/c">`))
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"first name wins", m.Tag("og:title", "twitter:title"), "O"},
		{"order given", m.Tag("twitter:title", "og:title"), "T"},
		{"case-insensitive", m.Tag("OG:Title"), "O"},
		{"missing", m.Tag("description"), ""},
		{"none", m.Tag(), ""},
		{"href", m.Href("canonical", "shortlink"), "/c"},
		{"href fallback", m.Href("amphtml", "shortlink"), "/s"},
		{"href missing", m.Href("amphtml"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, tt.got)
		})
	}
}

// TestReadDoesNotModify renders every fixture before and after Read.
func TestReadDoesNotModify(t *testing.T) {
	t.Parallel()
	for name, src := range fixtures(t) {
		doc := parse(t, src)
		var before, after bytes.Buffer
		require.NoError(t, html.Render(&before, doc))
		_ = Read(doc)
		require.NoError(t, html.Render(&after, doc))
		assert.Equal(t, before.String(), after.String(), name)
	}
}

// TestLimits feeds hostile pages: deep trees, many items, many tags.
func TestLimits(t *testing.T) {
	t.Parallel()
	t.Run("deep tree", func(t *testing.T) {
		t.Parallel()
		// Built by hand: html.Parse would take long on this depth.
		root := &html.Node{Type: html.DocumentNode}
		n := root
		for i := range 200000 {
			c := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: 0}
			if i%2 == 0 {
				c.Attr = []html.Attribute{{Key: "itemscope"}, {Key: "itemprop", Val: "hasPart"},
					{Key: "itemtype", Val: "https://schema.org/Article"}}
			}
			n.AppendChild(c)
			n = c
		}
		n.AppendChild(&html.Node{Type: html.TextNode, Data: "deep"})
		m := Read(root)
		assert.Equal(t, 1, m.Problems)
		assert.Len(t, m.Entities, MaxDepth)
	})
	t.Run("many entities", func(t *testing.T) {
		t.Parallel()
		var b strings.Builder
		b.WriteString(`<script type="application/ld+json">[`)
		for range MaxEntities + 10 {
			b.WriteString(`{"@type":"Thing","name":"x"},`)
		}
		b.WriteString(`]</script>`)
		m := Read(parse(t, b.String()))
		assert.Len(t, m.Entities, MaxEntities)
		assert.Equal(t, 1, m.Problems)
	})
	t.Run("many tags", func(t *testing.T) {
		t.Parallel()
		m := Read(parse(t, strings.Repeat(`<meta name="x" content="y"><link rel="a" href="b">`, MaxTagValues+1)))
		assert.Len(t, m.Tags["x"], MaxTagValues)
		assert.Len(t, m.Links["a"], MaxLinks)
		assert.Equal(t, 1, m.Problems)
	})
	t.Run("nested itemprop text", func(t *testing.T) {
		t.Parallel()
		// Each itemprop value is the text below it: 5,000 nested ones would
		// visit 12.5 million nodes without the text budget.
		root := &html.Node{Type: html.DocumentNode}
		art := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{
			{Key: "itemscope"}, {Key: "itemtype", Val: "https://schema.org/Article"}}}
		root.AppendChild(art)
		n := art
		for range 5000 {
			c := &html.Node{Type: html.ElementNode, Data: "span", Attr: []html.Attribute{{Key: "itemprop", Val: "text"}}}
			c.AppendChild(&html.Node{Type: html.TextNode, Data: "word "})
			n.AppendChild(c)
			n = c
		}
		m := Read(root)
		require.Len(t, m.Entities, 1)
		assert.Equal(t, 1, m.Problems)
		assert.True(t, strings.HasPrefix(m.Entities[0].Body, "word word"))
	})
	t.Run("large json-ld", func(t *testing.T) {
		t.Parallel()
		src := `{"@type":"Article","author":[` + strings.Repeat(`{"@type":"Person","name":"n"},`, 40000) + `]}`
		m := Read(parse(t, wrapJSONLD(src)))
		require.Len(t, m.Entities, MaxEntities)
		assert.Len(t, m.Entities[0].Authors, 1) // all named "n"
		assert.Equal(t, 1, m.Problems)
	})
	t.Run("nested itemprops over a large text", func(t *testing.T) {
		t.Parallel()
		src := `<div itemscope itemtype="https://schema.org/Article">` +
			strings.Repeat(`<span itemprop="articleBody"><i>x</i>`, 500) + strings.Repeat("word ", 2<<20)
		m := Read(parse(t, src))
		require.Len(t, m.Entities, 1)
		assert.LessOrEqual(t, len(m.Entities[0].Body), MaxTextBytes)
		assert.Equal(t, 1, m.Problems)
	})
}
