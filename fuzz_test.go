package scoop_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/newsscoop/scoop"
)

// FuzzExtract feeds arbitrary bytes to Extract, seeded with the golden
// pages: it must never panic, fail only with the package's errors, and
// return valid UTF-8.
func FuzzExtract(f *testing.F) {
	pages, _ := filepath.Glob("testdata/golden/*/page.html")
	for _, p := range pages {
		if b, err := os.ReadFile(p); err == nil && len(b) < 64<<10 {
			f.Add(b)
		}
	}
	f.Add([]byte("<html><body><article><h1>T</h1><p>Some text.</p></article></body></html>"))
	f.Add([]byte("<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":"))
	f.Add([]byte{0xff, 0xfe, '<', 0, 'p', 0, '>', 0})
	ex := scoop.New(scoop.WithMaxBytes(1 << 20))
	f.Fuzz(func(t *testing.T, page []byte) {
		a, err := ex.Extract(bytes.NewReader(page), "https://example.com/news/2024/05/03/story")
		if err != nil && !errors.Is(err, scoop.ErrEmpty) && !errors.Is(err, scoop.ErrNotHTML) &&
			!errors.Is(err, scoop.ErrNoArticle) && !errors.Is(err, scoop.ErrTooLarge) {
			t.Fatalf("unexpected error kind: %v", err)
		}
		if a == nil {
			return
		}
		for _, s := range []string{a.Headline, a.Standfirst, a.Byline, a.Text, a.HTML, a.SiteName} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in output: %q", s)
			}
		}
	})
}
