package main

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsscoop/scoop"
)

// sample is a small article with every field the renderers show, and
// markdown characters to escape.
func sample() *scoop.Article {
	return &scoop.Article{
		URL:        "https://example.com/news/talks",
		Headline:   "Europe *Rejoins* Talks",
		Standfirst: "Leaders meet in Washington.",
		Byline:     "By Jane Doe",
		Authors:    []scoop.Author{{Name: "Jane Doe"}},
		Published:  scoop.Date{Time: time.Date(2025, 8, 18, 14, 32, 0, 0, time.FixedZone("", -4*3600))},
		Image:      &scoop.Image{URL: "https://example.com/a (1).jpg", Caption: "The leaders.", Credit: "AP"},
		Sections: []scoop.Section{
			{Paragraphs: []string{"First paragraph with a_b.", "1. Not a list"}},
			{Heading: "Next steps", Level: 2, Paragraphs: []string{"- not an item either", "Last one."}},
			{Heading: "Detail", Level: 3, Paragraphs: []string{"Deeper."}},
		},
		Text:    "First paragraph with a_b.\n\n1. Not a list\n\n- not an item either\n\nLast one.\n\nDeeper.",
		HTML:    "<p>First paragraph</p>",
		Related: []scoop.Link{{Title: "Other [story]", URL: "https://example.com/other"}, {URL: "https://example.com/untitled"}},
	}
}

func TestWriteText(t *testing.T) {
	t.Parallel()
	dayOnly := sample()
	dayOnly.Published = scoop.Date{Time: time.Date(2025, 8, 18, 0, 0, 0, 0, time.UTC), DayOnly: true}
	dayOnly.Modified = scoop.Date{Time: time.Date(2025, 8, 19, 9, 0, 0, 0, time.UTC)}
	dayOnly.Byline = ""
	dayOnly.Standfirst = ""

	tests := []struct {
		name string
		a    *scoop.Article
		want string
	}{
		{name: "full", a: sample(), want: `Europe *Rejoins* Talks

Leaders meet in Washington.

By Jane Doe
Published 2025-08-18 14:32 -04:00

First paragraph with a_b.

1. Not a list

- not an item either

Last one.

Deeper.
`},
		{name: "day-only date, authors for byline, no standfirst", a: dayOnly, want: `Europe *Rejoins* Talks

Jane Doe
Published 2025-08-18, updated 2025-08-19 09:00 +00:00

First paragraph with a_b.

1. Not a list

- not an item either

Last one.

Deeper.
`},
		{name: "empty", a: &scoop.Article{}, want: ""},
		{name: "sections without text", a: &scoop.Article{Headline: "H", Sections: []scoop.Section{{Paragraphs: []string{"a"}}, {Heading: "S", Paragraphs: []string{"b"}}}}, want: "H\n\na\n\nS\n\nb\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var b bytes.Buffer
			writeText(&b, tt.a)
			assert.Equal(t, tt.want, b.String())
		})
	}
}

func TestWriteMarkdown(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		a    *scoop.Article
		want string
	}{
		{name: "full", a: sample(), want: `# Europe \*Rejoins\* Talks

> Leaders meet in Washington.

*By Jane Doe · Published 2025-08-18 14:32 -04:00*

![The leaders.](https://example.com/a%20%281%29.jpg)

*The leaders. · Credit: AP*

First paragraph with a\_b.

1\. Not a list

## Next steps

\- not an item either

Last one.

### Detail

Deeper.

## Related

- [Other \[story\]](https://example.com/other)
- [https://example.com/untitled](https://example.com/untitled)
`},
		{name: "text without sections", a: &scoop.Article{Headline: "H", Text: "# one\n\ntwo\nlines"}, want: "# H\n\n\\# one\n\ntwo\\\nlines\n"},
		{name: "empty", a: &scoop.Article{}, want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var b bytes.Buffer
			writeMarkdown(&b, tt.a)
			assert.Equal(t, tt.want, b.String())
		})
	}
}

func TestEscapeBlockStart(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain", "plain"},
		{"# x", `\# x`},
		{"> x", `\> x`},
		{"+ x", `\+ x`},
		{"2025. A year", `2025\. A year`},
		{"3) three", `3\) three`},
		{"1234567890. too long for a list", "1234567890. too long for a list"},
		{"In 2025. fine", "In 2025. fine"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, escapeBlockStart(tt.in))
		})
	}
}

func TestRecord(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		lead []field
		a    *scoop.Article
		want string
	}{
		{name: "empty article", lead: []field{{"source", "a.html"}}, a: &scoop.Article{}, want: `{"source":"a.html"}`},
		{name: "fields follow source", lead: []field{{"source", "-"}}, a: &scoop.Article{Headline: "H", WordCount: 2}, want: `{"source":"-","headline":"H","word_count":2}`},
		{name: "html not escaped", lead: []field{{"source", "x&y"}}, a: &scoop.Article{HTML: "<p>a & b</p>"}, want: `{"source":"x&y","html":"<p>a & b</p>"}`},
		{name: "failure without article", lead: []field{{"source", "b"}, {"error", `no "x"`}}, want: `{"source":"b","error":"no \"x\""}`},
		{name: "partial article with its error", lead: []field{{"error", "no article"}}, a: &scoop.Article{Headline: "H"}, want: `{"error":"no article","headline":"H"}`},
		{name: "nothing", want: `{}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := record(tt.a, tt.lead...)
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(got))
			assert.True(t, json.Valid(got))
		})
	}
}
