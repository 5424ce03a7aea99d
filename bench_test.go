package scoop_test

import (
	"bytes"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	readability "codeberg.org/readeck/go-readability/v2"

	"github.com/newsscoop/scoop"
)

// benchPages are the golden pages: real pages of many sizes, CMSs and
// charsets.
func benchPages(b *testing.B) [][]byte {
	b.Helper()
	paths, err := filepath.Glob("testdata/golden/*/page.html")
	if err != nil || len(paths) == 0 {
		b.Fatal("no golden pages")
	}
	var pages [][]byte
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
	}
	return pages
}

// BenchmarkExtract extracts every golden page once per iteration.
// Compare with BenchmarkReadability, the baseline run in the same
// process: go test -run ^$ -bench . -benchmem
func BenchmarkExtract(b *testing.B) {
	pages := benchPages(b)
	ex := scoop.New()
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			a, err := ex.Extract(bytes.NewReader(p), "https://example.com/news/story")
			if err == nil && a.Headline == "" {
				b.Fatal("no headline")
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(pages))/1e6, "ms/page")
}

// BenchmarkReadability is the baseline: readeck go-readability's
// FromReader on the same pages (body and its own metadata only).
func BenchmarkReadability(b *testing.B) {
	pages := benchPages(b)
	u, _ := url.Parse("https://example.com/news/story")
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := readability.FromReader(bytes.NewReader(p), u); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(pages))/1e6, "ms/page")
}

func bytesReader(b []byte) *bytes.Reader { return bytes.NewReader(b) }
