package meta

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// FuzzRead parses arbitrary HTML and reads it: no panic, limits hold.
func FuzzRead(f *testing.F) {
	for _, src := range fixtures(f) {
		f.Add(src)
	}
	f.Add(`<div itemscope itemtype="https://schema.org/Article"><span itemprop="author" itemscope><a itemprop="name" href="/x">N</a></span></div>`)
	f.Add(`<article typeof="schema:Article" about="/a"><span property="schema:author" typeof="Person"><b property="name">A</b></span></article>`)
	f.Fuzz(func(t *testing.T, src string) {
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			return
		}
		m := Read(doc)
		if len(m.Entities) > MaxEntities {
			t.Fatalf("%d entities", len(m.Entities))
		}
		if a := m.Article(); a != nil && len(a.Types) == 0 {
			t.Fatal("article without type")
		}
	})
}

// FuzzJSONLD decodes arbitrary JSON-LD text and builds entities from it.
func FuzzJSONLD(f *testing.F) {
	paths, _ := filepath.Glob("testdata/jsonld/*.json")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err == nil {
			f.Add(string(b))
		}
	}
	f.Add(`{"@graph":[{"@id":"a","@type":"Person","name":{"@id":"a"}},{"@type":"Article","author":"a","image":"a"}]}`)
	f.Add(`{'a': "x "y", b: [1,,2,], c: undefined} // c` + "\n" + `<!-- {"d": {"@list": [{"@value": 1}]}} -->`)
	f.Fuzz(func(t *testing.T, src string) {
		vals, err := DecodeJSONLD(src)
		if err != nil && !strings.HasPrefix(err.Error(), "meta: json-ld at offset") {
			t.Fatalf("unexpected error text %q", err)
		}
		b := builder{ids: map[string]map[string]any{}, seen: map[uintptr]bool{}}
		for _, v := range vals {
			b.index(v, 0)
		}
		for _, v := range vals {
			b.walk(v, SourceJSONLD, "", 0, 0)
		}
		m := &Meta{Entities: b.ents}
		_ = m.Article()
	})
}
