package eval

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLoadCorpus(t *testing.T) {
	t.Parallel()
	dir := writeCorpus(t, synthGold)
	pages, err := LoadCorpus(dir)
	require.NoError(t, err)

	var ids []string
	for _, p := range pages {
		ids = append(ids, p.ID)
	}
	assert.Equal(t, []string{"a1", "a2", "a3", "b1", "b2", "c1"}, ids) // not "notes", not README.md

	assert.Equal(t, Gold{
		Source: "alpha", URL: "https://example.org/a1",
		Headline:        "The \u201cBig\u201d Test \u2013 Part 1",
		Standfirst:      "A quick brown fox jumps over the lazy dog today",
		Authors:         []string{"Jane Doe", "John Smith"},
		Published:       "2024-04-22T15:55:00+02:00",
		SectionHeadings: []string{"Intro", "Stra\u00dfe"},
		BodyText:        "one two three four five six seven eight",
		Language:        "en-GB", SiteName: "The Daily\u00a0Planet",
	}, pages[0].Gold)
	assert.Equal(t, filepath.Join(dir, "a1", SourceFile), pages[0].SourcePath)
	assert.Equal(t, filepath.Join(dir, "b1", SourceFileGz), pages[3].SourcePath)
	assert.Empty(t, pages[1].SourcePath)

	// "section_headings": [] asserts no headings; absent asserts nothing.
	assert.True(t, pages[4].Gold.hasHeadings())
	assert.NotNil(t, pages[4].Gold.SectionHeadings)
	assert.False(t, pages[2].Gold.hasHeadings())
	assert.True(t, pages[1].Gold.hasHeadings()) // section_headings_empty
	assert.Equal(t, "?", pages[5].Gold.source())
}

func TestPageOpen(t *testing.T) {
	t.Parallel()
	pages, err := LoadCorpus(writeCorpus(t, synthGold))
	require.NoError(t, err)
	tests := []struct {
		name    string
		page    Page
		want    string
		wantErr error
	}{
		{name: "plain", page: pages[0], want: "<p>a1</p>"},
		{name: "gzipped", page: pages[3], want: "<p>b1</p>"},
		{name: "no source", page: pages[1], wantErr: ErrNoSource},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rc, err := tt.page.Open()
			if tt.wantErr != nil {
				assert.ErrorIs(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			b, err := io.ReadAll(rc)
			require.NoError(t, err)
			require.NoError(t, rc.Close())
			assert.Equal(t, tt.want, string(b))
		})
	}
}

func TestLoadCorpusErrors(t *testing.T) {
	t.Parallel()
	_, err := LoadCorpus(filepath.Join(t.TempDir(), "nope"))
	assert.ErrorContains(t, err, "eval: reading corpus")

	dir := writeCorpus(t, map[string]string{"p1": `{"headline": "ok"}`, "p2": `{"authors": "not a list"}`})
	_, err = LoadCorpus(dir)
	assert.ErrorContains(t, err, filepath.Join(dir, "p2", GoldFile))

	dir = writeCorpus(t, map[string]string{"a1": `{}`, "b1": `{}`})
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a1", SourceFileGz), []byte("not gzip"), 0o644))
	pages, err := LoadCorpus(dir)
	require.NoError(t, err)
	_, err = pages[0].Open()
	assert.ErrorContains(t, err, SourceFileGz)

	pages, err = LoadCorpus(t.TempDir())
	require.NoError(t, err)
	assert.Empty(t, pages)
}

func TestLoadCorpusPageHTML(t *testing.T) {
	t.Parallel()
	// The layout of testdata/golden: gold.json beside page.html.
	dir := writeCorpus(t, map[string]string{"case": `{"headline": "H"}`})
	require.NoError(t, os.WriteFile(filepath.Join(dir, "case", PageFile), []byte("<p>case</p>"), 0o644))
	pages, err := LoadCorpus(dir)
	require.NoError(t, err)
	require.Len(t, pages, 1)
	assert.Equal(t, filepath.Join(dir, "case", PageFile), pages[0].SourcePath)
}
