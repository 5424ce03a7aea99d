package meta

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// corpusDir is the evaluation corpus's pages folder, named by SCOOP_CORPUS
// (e.g. ../shared/corpus/pages); the corpus tests skip without it.
var corpusDir = os.Getenv("SCOOP_CORPUS")

// loadPage reads and parses one corpus page, decoding its charset.
func loadPage(tb testing.TB, dir string) *html.Node {
	tb.Helper()
	doc, _ := loadPageTimed(tb, dir)
	return doc
}

// loadPageTimed is loadPage that also reports how long html.Parse took.
func loadPageTimed(tb testing.TB, dir string) (*html.Node, time.Duration) {
	tb.Helper()
	raw := readGzip(tb, filepath.Join(dir, "source.html.gz"))
	u := raw
	if enc, name, certain := charset.DetermineEncoding(raw, ""); name != "utf-8" && (certain || !utf8.Valid(raw)) {
		if d, err := enc.NewDecoder().Bytes(raw); err == nil {
			u = d
		}
	}
	start := time.Now()
	doc, err := html.Parse(bytes.NewReader(u))
	took := time.Since(start)
	require.NoError(tb, err)
	return doc, took
}

func readGzip(tb testing.TB, path string) []byte {
	tb.Helper()
	f, err := os.Open(path)
	require.NoError(tb, err)
	defer f.Close()
	zr, err := gzip.NewReader(f)
	require.NoError(tb, err)
	raw, err := io.ReadAll(zr)
	require.NoError(tb, err)
	return raw
}

func normHeadline(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(html.UnescapeString(s)), " "))
}

// TestCorpus reads every corpus page: no panic, and it reports how often
// the article entity exists and carries the gold headline.
func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus run skipped in -short mode")
	}
	if _, err := os.Stat(corpusDir); err != nil {
		t.Skip("corpus not available")
	}
	dirs, err := filepath.Glob(filepath.Join(corpusDir, "*"))
	require.NoError(t, err)
	var goldArticle, goldAuthors, authorsEqual, goldDates, datesEqual int
	var pages, withLD, withEntity, withArticle, problemPages, problems, gold, exact, contains int
	var elapsed, parsing time.Duration
	for _, dir := range dirs {
		doc, took := loadPageTimed(t, dir)
		parsing += took
		start := time.Now()
		m := Read(doc)
		elapsed += time.Since(start)
		pages++
		if m.Problems > 0 {
			problemPages++
			problems += m.Problems
			if testing.Verbose() {
				t.Logf("problems %d: %s", m.Problems, filepath.Base(dir))
			}
		}
		for _, e := range m.Entities {
			if e.Source == SourceJSONLD {
				withLD++
				break
			}
		}
		if len(m.Entities) > 0 {
			withEntity++
		}
		a := m.Article()
		if a != nil {
			withArticle++
		}
		var g struct {
			Headline  string   `json:"headline"`
			Authors   []string `json:"authors"`
			Published string   `json:"published"`
		}
		if b, err := os.ReadFile(filepath.Join(dir, "gold.json")); err == nil {
			_ = json.Unmarshal(b, &g)
		}
		if a != nil && len(g.Authors) > 0 {
			goldAuthors++
			var got []string
			for _, p := range a.Authors {
				got = append(got, normHeadline(p.Name))
			}
			var want []string
			for _, n := range g.Authors {
				want = append(want, normHeadline(n))
			}
			if strings.Join(got, "|") == strings.Join(want, "|") {
				authorsEqual++
			}
		}
		if a != nil && len(g.Published) >= 10 {
			goldDates++
			if strings.HasPrefix(a.DatePublished, g.Published[:10]) {
				datesEqual++
			}
		}
		if g.Headline == "" {
			continue
		}
		gold++
		if a == nil {
			continue
		}
		goldArticle++
		h, want := normHeadline(a.Headline), normHeadline(g.Headline)
		if h == "" {
			h = normHeadline(a.Name)
		}
		switch {
		case h == want:
			exact++
			contains++
		case h != "" && (strings.Contains(h, want) || strings.Contains(want, h)):
			contains++
		default:
			if testing.Verbose() && h != "" {
				t.Logf("headline %s:\n  got  %q\n  gold %q", filepath.Base(dir), h, want)
			}
		}
	}
	t.Logf("pages %d, with JSON-LD entities %d, with entities %d, with article %d (%.1f%%)",
		pages, withLD, withEntity, withArticle, 100*float64(withArticle)/float64(pages))
	t.Logf("pages with problems %d (problems %d)", problemPages, problems)
	t.Logf("gold headlines %d: article headline equal %d (%.1f%%), one contains the other %d (%.1f%%)",
		gold, exact, 100*float64(exact)/float64(gold), contains, 100*float64(contains)/float64(gold))
	t.Logf("of %d gold headlines on pages with an article, %d equal (%.1f%%)",
		goldArticle, exact, 100*float64(exact)/float64(goldArticle))
	t.Logf("gold authors on pages with an article %d: equal list %d; gold dates %d: DatePublished starts with the gold day %d",
		goldAuthors, authorsEqual, goldDates, datesEqual)
	t.Logf("Read: %v/page; html.Parse of the same pages: %v/page (Read takes %.1f%% of parsing)",
		elapsed/time.Duration(pages), parsing/time.Duration(pages), 100*float64(elapsed)/float64(parsing))
}
