package meta

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
)

// plain returns m's entities without Raw, for comparing whole values.
func plainEntities(m *Meta) []Entity {
	var out []Entity
	for _, e := range m.Entities {
		c := *e
		c.Raw = nil
		out = append(out, c)
	}
	return out
}

func ptr[T any](v T) *T { return &v }

func TestJSONLDEntities(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		src  string
		want []Entity
	}{
		{"types and text values", `{"@context":"https://schema.org","@type":["https://schema.org/NewsArticle","schema:Article","newsArticle","@id"],
			"@id":"https://ex.com/a#article","url":{"@id":"https://ex.com/a"},
			"headline":{"@value":"Head &amp;amp; line"},"alternativeHeadline":["", "Alt"],"name":42,
			"description":"<p>First&nbsp;para.</p><p>Second &lt;b&gt;bold&lt;/b&gt;</p>",
			"datePublished":" 2024-01-02T03:04:05Z ","dateModified":{"@type":"DateTime","@value":"2024-01-03"},"dateCreated":["2024-01-01"],
			"articleBody":"<p>One.</p>\r\n\r\n<p>Two\n  lines.</p>","inLanguage":{"@type":"Language","name":"German","alternateName":"de"},
			"isAccessibleForFree":"False","keywords":"a, b ,a,,c","articleSection":["News","Politics"]}`,
			[]Entity{{Types: []string{"NewsArticle", "Article"}, Source: "json-ld", ID: "https://ex.com/a#article",
				URL: "https://ex.com/a", Headline: "Head & line", AlternativeHeadline: "Alt", Name: "42",
				Description: "First para. Second bold", DatePublished: "2024-01-02T03:04:05Z", DateModified: "2024-01-03",
				DateCreated: "2024-01-01", Body: "One.\n\nTwo lines.", InLanguage: "de",
				IsAccessibleForFree: ptr(false), Keywords: []string{"a", "b", "c"}, Sections: []string{"News", "Politics"}},
				{Types: []string{"Language"}, Source: "json-ld", Via: "inLanguage", Depth: 1, Name: "German"}}},
		{"authors in all forms", `{"@type":"Article","author":["Jane Roe","https://ex.com/by/sam",
			{"@type":"Person","givenName":"Ann","familyName":"Lee","sameAs":["https://x.com/ann","https://x.com/ann"]},
			{"@type":"Person","name":{"@value":"Jane Roe"},"url":["https://ex.com/jane"],"description":"Writes."},
			{"name":""}, 7],
			"creator":{"@list":[{"@type":"Organization","name":"Wire"}]},
			"publisher":[{"@type":"NewsMediaOrganization","name":"Daily","url":"https://ex.com"},{"name":"Other"}]}`,
			[]Entity{
				{Types: []string{"Article"}, Source: "json-ld",
					Authors: []Person{
						{Name: "Jane Roe", URL: "https://ex.com/jane", Description: "Writes.", Type: "Person"},
						{URL: "https://ex.com/by/sam"},
						{Name: "Ann Lee", Type: "Person", SameAs: []string{"https://x.com/ann"}},
						{Name: "Wire", Type: "Organization"}},
					Publisher: &Person{Name: "Daily", URL: "https://ex.com", Type: "NewsMediaOrganization"}},
				{Types: []string{"Person"}, Source: "json-ld", Via: "author", Depth: 1},
				{Types: []string{"Person"}, Source: "json-ld", Via: "author", Depth: 1, Name: "Jane Roe", URL: "https://ex.com/jane", Description: "Writes."},
				{Types: []string{"Organization"}, Source: "json-ld", Via: "creator", Depth: 1, Name: "Wire"},
				{Types: []string{"NewsMediaOrganization"}, Source: "json-ld", Via: "publisher", Depth: 1, Name: "Daily", URL: "https://ex.com"},
			}},
		{"graph with references", `{"@context":"https://schema.org","@graph":[
			{"@type":"WebPage","@id":"https://ex.com/a/#webpage","name":"A - Site","primaryImageOfPage":{"@id":"https://ex.com/a/#img"}},
			{"@type":"ImageObject","@id":"https://ex.com/a/#img","contentUrl":"https://ex.com/a.jpg","caption":"Cap","width":"1200px","height":{"@type":"QuantitativeValue","value":800}},
			{"@type":"Article","@id":"https://ex.com/a/#article","headline":"A","isPartOf":{"@id":"https://ex.com/a/#webpage"},
			 "author":{"@id":"https://ex.com/#/schema/person/1"},"publisher":"https://ex.com/#org","image":{"@id":"https://ex.com/a/#img"},
			 "thumbnailUrl":"https://ex.com/a.jpg","mainEntityOfPage":{"@id":"https://ex.com/a/#webpage"}},
			{"@type":["Person"],"@id":"https://ex.com/#/schema/person/1","name":"Jo","url":"https://ex.com/author/jo/"},
			{"@type":"Organization","@id":"https://ex.com/#org","name":"Site"},
			{"@type":"Person","@id":"https://ex.com/#/schema/person/1"}]}`,
			[]Entity{
				{Types: []string{"WebPage"}, Source: "json-ld", ID: "https://ex.com/a/#webpage", Name: "A - Site",
					Images: []Image{{URL: "https://ex.com/a.jpg", Caption: "Cap", Width: 1200, Height: 800}}},
				{Types: []string{"ImageObject"}, Source: "json-ld", ID: "https://ex.com/a/#img"},
				{Types: []string{"QuantitativeValue"}, Source: "json-ld", Via: "height", Depth: 1},
				{Types: []string{"Article"}, Source: "json-ld", ID: "https://ex.com/a/#article", Headline: "A",
					Authors:   []Person{{Name: "Jo", URL: "https://ex.com/author/jo/", Type: "Person"}},
					Publisher: &Person{Name: "Site", Type: "Organization"},
					Images:    []Image{{URL: "https://ex.com/a.jpg", Caption: "Cap", Width: 1200, Height: 800}}},
				{Types: []string{"Person"}, Source: "json-ld", ID: "https://ex.com/#/schema/person/1", Name: "Jo", URL: "https://ex.com/author/jo/"},
				{Types: []string{"Organization"}, Source: "json-ld", ID: "https://ex.com/#org", Name: "Site"},
			}},
		{"images", `{"@type":"NewsArticle","image":["https://ex.com/1.jpg",
			{"@type":"ImageObject","url":"https://ex.com/2.jpg?a=1&amp;b=2","creditText":"Photo: AP","width":640,"height":"480"},
			{"@type":"ImageObject","contentUrl":"https://ex.com/3.jpg","description":"Desc","copyrightHolder":{"@type":"Organization","name":"Reuters"}},
			{"@type":"ImageObject","url":"https://ex.com/1.jpg","caption":"dup"}],
			"associatedMedia":[{"@type":"VideoObject","contentUrl":"https://ex.com/v.mp4"},{"@type":"ImageObject","url":"https://ex.com/4.jpg","author":"Ann"}],
			"thumbnailUrl":"<img width=\"300\" src=\"https://ex.com/5.jpg\" />"}`,
			[]Entity{
				{Types: []string{"NewsArticle"}, Source: "json-ld", Images: []Image{
					{URL: "https://ex.com/1.jpg"},
					{URL: "https://ex.com/2.jpg?a=1&b=2", Credit: "Photo: AP", Width: 640, Height: 480},
					{URL: "https://ex.com/3.jpg", Caption: "Desc", Credit: "Reuters"},
					{URL: "https://ex.com/5.jpg"},
					{URL: "https://ex.com/4.jpg", Credit: "Ann"}}},
				{Types: []string{"VideoObject"}, Source: "json-ld", Via: "associatedMedia", Depth: 1},
				{Types: []string{"ImageObject"}, Source: "json-ld", Via: "associatedMedia", Depth: 1,
					URL: "https://ex.com/4.jpg", Authors: []Person{{Name: "Ann"}}},
				{Types: []string{"ImageObject"}, Source: "json-ld", Via: "image", Depth: 1, URL: "https://ex.com/2.jpg?a=1&b=2"},
				{Types: []string{"ImageObject"}, Source: "json-ld", Via: "image", Depth: 1, Description: "Desc"},
				{Types: []string{"Organization"}, Source: "json-ld", Via: "copyrightHolder", Depth: 2, Name: "Reuters"},
				{Types: []string{"ImageObject"}, Source: "json-ld", Via: "image", Depth: 1, URL: "https://ex.com/1.jpg"},
			}},
		{"nested main entity and lists", `[{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","headline":"Main",
			"isAccessibleForFree":true,"keywords":["x","y , z"]}},
			{"@type":"ItemList","itemListElement":[{"@type":"ListItem","item":{"@type":"Article","headline":"Other"}}]}]`,
			[]Entity{
				{Types: []string{"WebPage"}, Source: "json-ld"},
				{Types: []string{"NewsArticle"}, Source: "json-ld", Via: "mainEntity", Depth: 1, Headline: "Main",
					IsAccessibleForFree: ptr(true), Keywords: []string{"x", "y , z"}},
				{Types: []string{"ItemList"}, Source: "json-ld"},
				{Types: []string{"ListItem"}, Source: "json-ld", Via: "itemListElement", Depth: 1},
				{Types: []string{"Article"}, Source: "json-ld", Via: "item", Depth: 2, Headline: "Other"},
			}},
		{"untyped objects are not entities", `{"@context":{"@vocab":"http://schema.org/","x":{"@id":"Text","@type":"@id"}},
			"author":{"@type":"Person","name":"In untyped"}}`,
			[]Entity{{Types: []string{"Person"}, Source: "json-ld", Via: "author", Name: "In untyped"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			m := Read(parse(t, wrapJSONLD(tt.src)))
			assert.Equal(t, 0, m.Problems)
			assert.Equal(t, tt.want, plainEntities(m))
		})
	}
}

func TestJSONLDRaw(t *testing.T) {
	t.Parallel()
	m := Read(parse(t, wrapJSONLD(`{"@type":"Article","wordCount":12,"speakable":{"cssSelector":["h1"]}}`)))
	assert.Equal(t, map[string]any{"@type": "Article", "wordCount": json.Number("12"),
		"speakable": map[string]any{"cssSelector": []any{"h1"}}}, m.Entities[0].Raw)
}

func TestEntityIs(t *testing.T) {
	t.Parallel()
	e := &Entity{Types: []string{"NewsArticle", "Article"}}
	assert.Equal(t, []bool{true, true, false, false},
		[]bool{e.Is("Article"), e.Is("BlogPosting", "NewsArticle"), e.Is("WebPage"), e.Is()})
}
