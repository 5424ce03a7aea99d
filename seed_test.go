package scoop_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsscoop/scoop"
)

// seedArticle is the user's example as a reader saw it
// (testdata/seed/article.txt), split into its parts.
type seedArticle struct {
	Headline, Standfirst string
	Headings             []string
	Paragraphs           []string
	Blocks               []string // headings and paragraphs in order: the body text
	Author, Bio          string
}

func readSeed(t *testing.T) seedArticle {
	t.Helper()
	b, err := os.ReadFile("testdata/seed/article.txt")
	require.NoError(t, err)
	var blocks []string
	for _, s := range strings.Split(string(b), "\n") {
		if s = strings.TrimSpace(s); s != "" {
			blocks = append(blocks, s)
		}
	}
	bio := -1
	for i, s := range blocks {
		if strings.HasPrefix(s, "Read full bio") {
			bio = i - 1
		}
	}
	require.Greater(t, bio, 3, "seed layout")
	s := seedArticle{Headline: blocks[0], Standfirst: blocks[1], Author: blocks[bio-1], Bio: blocks[bio]}
	for _, blk := range blocks[2 : bio-1] {
		s.Blocks = append(s.Blocks, blk)
		if strings.ContainsAny(blk[len(blk)-1:], ".\"”") {
			s.Paragraphs = append(s.Paragraphs, blk)
		} else {
			s.Headings = append(s.Headings, blk)
		}
	}
	return s
}

// seedWant is the hand-written part of a seed fixture's expectations.
type seedWant struct {
	URL       string       `json:"url"`
	SiteName  string       `json:"site_name"`
	Author    scoop.Author `json:"author"`
	Published string       `json:"published"`
	Related   []scoop.Link `json:"related"`
	Tags      []string     `json:"tags"`
	Category  string       `json:"category"`
	Image     *scoop.Image `json:"image"`
}

// TestSeed checks every field of the user's seed article on each markup
// it is rendered in, against the seed text itself and the fixture's
// hand-written seed.json, not against extractor output.
func TestSeed(t *testing.T) {
	seed := readSeed(t)
	require.Len(t, seed.Headings, 5)
	require.Len(t, seed.Paragraphs, 9)
	dirs, err := filepath.Glob("testdata/golden/seed-*")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(dirs), 3)
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			t.Parallel()
			var want seedWant
			b, err := os.ReadFile(filepath.Join(dir, "seed.json"))
			require.NoError(t, err)
			require.NoError(t, json.Unmarshal(b, &want))
			page, err := os.ReadFile(filepath.Join(dir, "page.html"))
			require.NoError(t, err)
			a, err := scoop.Extract(bytes.NewReader(page), want.URL)
			require.NoError(t, err)

			assert.Equal(t, seed.Headline, a.Headline, "headline")
			assert.Equal(t, seed.Standfirst, a.Standfirst, "standfirst")
			var headings, paras []string
			for _, s := range a.Sections {
				if s.Heading != "" {
					headings = append(headings, s.Heading)
				}
				paras = append(paras, s.Paragraphs...)
			}
			assert.Equal(t, seed.Headings, headings, "section headings")
			assert.Equal(t, seed.Paragraphs, paras, "paragraphs")
			assert.Equal(t, strings.Join(seed.Blocks, "\n\n"), a.Text, "body text")
			assert.Contains(t, a.Byline, seed.Author, "byline")
			assert.Equal(t, []scoop.Author{{Name: seed.Author, URL: want.Author.URL, Bio: seed.Bio}}, a.Authors, "authors")
			assert.Equal(t, want.Related, a.Related, "related")
			assert.Equal(t, want.Published, a.Published.String(), "published")
			assert.Equal(t, want.SiteName, a.SiteName, "site name")
			assert.Equal(t, want.Tags, a.Tags, "tags")
			assert.Equal(t, want.Category, a.Category, "category")
			assert.Equal(t, want.Image, a.Image, "image")
			assert.Equal(t, "en", strings.Split(a.Language, "-")[0], "language")
		})
	}
}
