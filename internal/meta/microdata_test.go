package meta

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMicrodata(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		src  string
		want []Entity
	}{
		{"article with nested author", `<meta itemprop="name" content="outside any item">
			<article itemscope itemtype="https://schema.org/NewsArticle" itemid="https://ex.com/a">
			<h1 itemprop="headline name">The   <em>headline</em></h1>
			<meta itemprop="datePublished" content="2024-05-01T10:00:00Z">
			<time itemprop="dateModified" datetime="2024-05-02">May 2</time>
			<time itemprop="dateCreated">2024-04-30</time>
			<link itemprop="url" href="https://ex.com/a">
			<span itemprop="author creator" itemscope itemtype="http://schema.org/Person">
			  <a itemprop="url" href="/by/jane"><span itemprop="name">Jane Doe</span></a></span>
			<a itemprop="author" href="/by/sam">Sam Roe</a>
			<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Daily"></div>
			<img itemprop="image" src="/lead.jpg">
			<span itemprop="articleSection">World</span>
			<a itemprop="keywords" href="/tag/x">x</a>
			<span itemprop="isAccessibleForFree" content="false"></span>
			<div itemprop="articleBody"><p>One</p><script>var x;</script><p>Two</p></div>
			</article>`,
			[]Entity{
				{Types: []string{"NewsArticle"}, Source: "microdata", ID: "https://ex.com/a", URL: "https://ex.com/a",
					Headline: "The headline", Name: "The headline", DatePublished: "2024-05-01T10:00:00Z",
					DateModified: "2024-05-02", DateCreated: "2024-04-30",
					Authors:   []Person{{Name: "Jane Doe", URL: "/by/jane", Type: "Person"}, {Name: "Sam Roe", URL: "/by/sam"}},
					Publisher: &Person{Name: "Daily", Type: "Organization"},
					Images:    []Image{{URL: "/lead.jpg"}}, Sections: []string{"World"}, Keywords: []string{"x"},
					IsAccessibleForFree: ptr(false), Body: "One\n\nTwo"},
				{Types: []string{"Person"}, Source: "microdata", Via: "author", Depth: 1, Name: "Jane Doe", URL: "/by/jane"},
				{Types: []string{"Organization"}, Source: "microdata", Via: "publisher", Depth: 1, Name: "Daily"},
			}},
		{"separate items in document order", `<div itemscope itemtype="https://schema.org/WebPage">
			<span itemprop="name">Page</span>
			<div itemscope itemtype="https://schema.org/BlogPosting"><h2 itemprop="headline">Post</h2></div>
			</div><div itemscope><span itemprop="name">untyped</span>
			<div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">In untyped</span></div></div>`,
			[]Entity{
				{Types: []string{"WebPage"}, Source: "microdata", Name: "Page"},
				{Types: []string{"BlogPosting"}, Source: "microdata", Headline: "Post"},
				{Types: []string{"Person"}, Source: "microdata", Via: "author", Name: "In untyped"},
			}},
		{"element values", `<div itemscope itemtype="https://schema.org/VideoObject">
			<video itemprop="contentUrl" src=" /v.mp4 "></video><object itemprop="embedUrl" data="/e"></object>
			<data itemprop="duration" value="PT1M">one minute</data><meter itemprop="ratingValue" value="4">4</meter>
			<a itemprop="thumbnailUrl" href="/t.jpg">thumb</a></div>`,
			[]Entity{{Types: []string{"VideoObject"}, Source: "microdata", Images: []Image{{URL: "/t.jpg"}}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, plainEntities(Read(parse(t, tt.src))))
		})
	}
}

func TestMicrodataRaw(t *testing.T) {
	t.Parallel()
	m := Read(parse(t, `<div itemscope itemtype="https://schema.org/Article https://schema.org/NewsArticle">
		<span itemprop="headline">H</span><span itemprop="https://schema.org/about">A</span><span itemprop="about">B</span>
		<div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">N</span></div></div>`))
	assert.Equal(t, map[string]any{
		"@type":    []any{"Article", "NewsArticle"},
		"headline": []any{"H"},
		"about":    []any{"A", "B"},
		"author":   []any{map[string]any{"@type": []any{"Person"}, "name": []any{"N"}}},
	}, m.Entities[0].Raw)
}

func TestRDFa(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		src  string
		want []Entity
	}{
		{"drupal schema article", `<body vocab="http://schema.org/">
			<article about="/node/1" typeof="schema:Article">
			<span property="schema:name" content="Title from content"></span>
			<h1 property="schema:headline">Shown <b>title</b></h1>
			<span property="schema:datePublished" content="2021-11-02T10:00:00+01:00"></span>
			<div property="schema:author" typeof="schema:Person"><span property="schema:name">Ann</span></div>
			<a property="author" href="/user/7">Bob</a>
			<div property="schema:image" resource="/media/1"><img src="/img.jpg"></div>
			<div property="schema:text"><p>Body.</p></div>
			<span property="og:title">ignored by entities</span>
			</article></body>`,
			[]Entity{
				{Types: []string{"Article"}, Source: "rdfa", ID: "/node/1", Name: "Title from content",
					Headline: "Shown title", DatePublished: "2021-11-02T10:00:00+01:00",
					Authors: []Person{{Name: "Ann", Type: "Person"}, {Name: "Bob", URL: "/user/7"}},
					Images:  []Image{{URL: "/media/1"}}, Body: "Body."},
				{Types: []string{"Person"}, Source: "rdfa", Via: "author", Depth: 1, Name: "Ann"},
			}},
		{"drupal 7 sioc item", `<div about="/n/2" typeof="sioc:Item foaf:Document">
			<span property="dc:title" content="T"></span><span property="dc:date dc:created" content="2020-12-05T09:00:00-05:00"></span>
			<img typeof="foaf:Image" src="/i.jpg"></div><span property="schema:name">outside</span>`,
			[]Entity{
				{Types: []string{"sioc:Item", "foaf:Document"}, Source: "rdfa", ID: "/n/2"},
				{Types: []string{"foaf:Image"}, Source: "rdfa"},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, plainEntities(Read(parse(t, tt.src))))
		})
	}
}
