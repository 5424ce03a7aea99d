package bench

import (
	"bytes"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	readability "codeberg.org/readeck/go-readability/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"

	"github.com/newsscoop/scoop"
)

const pageURL = "https://example.com/news/story"

// pages are scoop's golden pages: real pages of many sizes, CMSs and
// charsets.
func pages(b *testing.B) [][]byte {
	b.Helper()
	paths, err := filepath.Glob("../testdata/golden/*/page.html")
	if err != nil || len(paths) == 0 {
		b.Fatal("no golden pages")
	}
	var out [][]byte
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, data)
	}
	return out
}

// run calls extract on every page once per iteration and reports the
// time per page.
func run(b *testing.B, extract func([]byte) error) {
	ps := pages(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range ps {
			if err := extract(p); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ps))/1e6, "ms/page")
}

// BenchmarkScoop extracts every field scoop knows.
func BenchmarkScoop(b *testing.B) {
	ex := scoop.New()
	run(b, func(p []byte) error {
		_, err := ex.Extract(bytes.NewReader(p), pageURL)
		if err != nil && !errors.Is(err, scoop.ErrNoArticle) {
			return err
		}
		return nil
	})
}

// BenchmarkTrafilatura runs go-trafilatura with its defaults (metadata,
// fallback extractors on).
func BenchmarkTrafilatura(b *testing.B) {
	u, _ := url.Parse(pageURL)
	run(b, func(p []byte) error {
		_, err := trafilatura.Extract(bytes.NewReader(p), trafilatura.Options{OriginalURL: u, EnableFallback: true})
		_ = err // it fails on pages it judges too short; that is its answer
		return nil
	})
}

// BenchmarkReadability runs readeck go-readability's FromReader (body and
// its own metadata).
func BenchmarkReadability(b *testing.B) {
	u, _ := url.Parse(pageURL)
	run(b, func(p []byte) error {
		_, err := readability.FromReader(bytes.NewReader(p), u)
		return err
	})
}
