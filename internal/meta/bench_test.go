package meta

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// walkAll is the baseline for BenchmarkRead: an iterative visit of every
// node that only counts elements.
func walkAll(doc *html.Node) int {
	n, count := doc, 0
	for n != nil {
		if n.Type == html.ElementNode {
			count++
		}
		if n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for n != nil && n.NextSibling == nil {
			n = n.Parent
		}
		if n != nil {
			n = n.NextSibling
		}
	}
	return count
}

// benchPages are real pages: a 2.5 MB CNN page with JSON-LD and
// microdata, and a 200 KB Yoast (@graph) page; skipped without the corpus.
var benchPages = []string{"newspaper4k--cnn_001", "trafilatura--bewusster-leben.de.hope"}

func BenchmarkRead(b *testing.B) {
	for _, id := range benchPages {
		dir := filepath.Join(corpusDir, id)
		if _, err := os.Stat(dir); err != nil {
			b.Skip("corpus not available")
		}
		doc := loadPage(b, dir)
		b.Run(id, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				m := Read(doc)
				if m.Article() == nil {
					b.Fatal("no article")
				}
			}
		})
		b.Run(id+"/baseline-walk", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if walkAll(doc) == 0 {
					b.Fatal("no elements")
				}
			}
		})
	}
}

// BenchmarkReadFixtures reads the testdata pages, which are always there.
func BenchmarkReadFixtures(b *testing.B) {
	var docs []*html.Node
	for _, src := range fixtures(b) {
		doc, err := html.Parse(strings.NewReader(src))
		require.NoError(b, err)
		docs = append(docs, doc)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, doc := range docs {
			_ = Read(doc)
		}
	}
}

func BenchmarkDecodeJSONLD(b *testing.B) {
	src, err := os.ReadFile("testdata/jsonld/context-object.json")
	require.NoError(b, err)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if v, err := DecodeJSONLD(string(src)); err != nil || len(v) == 0 {
			b.Fatal(err)
		}
	}
}
