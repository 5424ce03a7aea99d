package eval

import (
	"bytes"
	"compress/gzip"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// synthGold is a small corpus that exercises every metric and its edge
// cases: page id -> gold.json.
var synthGold = map[string]string{
	// Every field, partly right.
	"a1": `{"source": "alpha", "url": "https://example.org/a1",
		"headline": "The \u201cBig\u201d Test \u2013 Part 1",
		"standfirst": "A quick brown fox jumps over the lazy dog today",
		"authors": ["Jane Doe", "John Smith"],
		"published": "2024-04-22T15:55:00+02:00",
		"section_headings": ["Intro", "Stra\u00dfe"],
		"body_text": "one two three four five six seven eight",
		"language": "en-GB", "site_name": "The Daily\u00a0Planet"}`,
	// Failed prediction; headings asserted empty; snippets.
	"a2": `{"source": "alpha", "headline": "Second", "published": "2024-01-01",
		"section_headings_empty": true, "body_text": "alpha beta gamma delta",
		"body_contains": ["gamma delta"], "body_excludes": ["Cookie"]}`,
	// No prediction at all.
	"a3": `{"source": "alpha", "headline": "Third", "language": "fr", "authors": ["Anne"]}`,
	// Unicode: NFKC headline, Arabic-Indic digits, case-kept shingles.
	"b1": `{"source": "beta", "headline": "\u00dcn\u00efcode \ufb01le",
		"published": "\u0662\u0660\u0662\u0664-\u0660\u0664-\u0662\u0662",
		"section_headings": ["A", "B", "C"],
		"body_text": "short text",
		"body_contains": ["Short  TEXT", "missing bit"], "body_excludes": ["short"]}`,
	// Invalid gold date, tokenless gold body, authors as strings and nameless objects.
	"b2": `{"source": "beta", "site_name": "Beta News", "language": "pt-BR",
		"standfirst": "Totally different words", "authors": ["Jos\u00e9 \u00c1lvarez"],
		"published": "2024-13-01", "body_text": "!!! ???", "section_headings": []}`,
	// No source: the "?" row.
	"c1": `{"headline": "Q", "body_contains": ["x"]}`,
}

// synthPredictions is the predictions file of the synthetic corpus.
const synthPredictions = `{"id": "a1", "article": {"headline": "overwritten by the next line"}}
{"id": "a1", "article": {"headline": "the \"big\" test - part 1", "standfirst": "A quick brown fox jumps over the lazy cat today", "authors": [{"name": "jane doe"}, {"name": "Someone", "url": "https://x"}], "published": "2024-04-23", "sections": [{"heading": "intro", "paragraphs": ["p"]}, {"heading": ""}, {"heading": "STRASSE"}], "text": "one two three four five six nine ten", "language": "en", "site_name": "the daily planet", "html": "<p>ignored</p>"}}
{"id": "a2", "error": "scoop: no article on the page"}

{"id": "b1", "article": {"headline": "\u00fcn\u00efcode file", "published": "2024-04-21T23:00:00Z", "sections": [{"heading": "a"}, {"heading": "x"}], "text": "Short text"}}
{"id": "b2", "article": {"site_name": "Beta  News ", "language": "PT", "authors": ["JOS\u00c9 \u00c1LVAREZ", {"url": "x"}], "published": "2024-13-01"}}
{"id": "c1", "article": {"headline": "q", "text": "x"}}
{"id": "zzz", "article": {"headline": "not a page"}}
`

// writeCorpus writes the gold files as a corpus in a new temporary folder,
// with a source file for pages a1 (plain) and b1 (gzipped) if present,
// plus a folder and a file that are not pages.
func writeCorpus(t *testing.T, gold map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for id, g := range gold {
		require.NoError(t, os.MkdirAll(filepath.Join(dir, id), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, id, GoldFile), []byte(g), 0o644))
	}
	if _, ok := gold["a1"]; ok {
		require.NoError(t, os.WriteFile(filepath.Join(dir, "a1", SourceFile), []byte("<p>a1</p>"), 0o644))
	}
	if _, ok := gold["b1"]; ok {
		var gz bytes.Buffer
		zw := gzip.NewWriter(&gz)
		_, err := zw.Write([]byte("<p>b1</p>"))
		require.NoError(t, err)
		require.NoError(t, zw.Close())
		require.NoError(t, os.WriteFile(filepath.Join(dir, "b1", SourceFileGz), gz.Bytes(), 0o644))
	}
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "notes"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "README.md"), []byte("# corpus"), 0o644))
	return dir
}

// The expected tables are what score.py printed for the same corpus and
// predictions:
//
//	score.py DIR predictions.jsonl --by-source --min body_f1=0.5 --min headline=0.1 \
//	    --min nosuch=0.2 --min headline=0.9
const wantBySource = `pages 6, predictions missing 1
[?] headline=1.000(n=1)  snippets_f1=1.000(n=1)
[alpha] authors=0.000(n=2)  authors_f1=0.250(n=2)  body_f1=0.400(n=2)  body_p=0.600(n=)  body_r=0.300(n=)  headings=1.000(n=2)  headline=0.333(n=3)  language=0.500(n=2)  published=0.000(n=2)  published_1d=0.500(n=2)  site_name=1.000(n=1)  snippets_f1=0.000(n=1)  standfirst=1.000(n=1)
[beta] authors=0.000(n=1)  authors_f1=0.667(n=1)  body_f1=0.000(n=2)  body_p=0.000(n=)  body_r=0.000(n=)  headings=0.700(n=2)  headline=1.000(n=1)  language=1.000(n=1)  published=0.000(n=2)  published_1d=0.500(n=2)  site_name=1.000(n=1)  snippets_f1=0.500(n=3)  standfirst=0.000(n=1)
[ALL] authors=0.000(n=3)  authors_f1=0.389(n=3)  body_f1=0.240(n=4)  body_p=0.300(n=)  body_r=0.200(n=)  headings=0.850(n=4)  headline=0.600(n=5)  language=0.667(n=3)  published=0.000(n=4)  published_1d=0.500(n=4)  site_name=1.000(n=2)  snippets_f1=0.571(n=5)  standfirst=0.500(n=2)
summary: authors=0.000 authors_f1=0.389 body_f1=0.240 body_p=0.300 body_r=0.200 headings=0.850 headline=0.600 language=0.667 published=0.000 published_1d=0.500 site_name=1.000 snippets_f1=0.571 standfirst=0.500 FAILS body_f1=0.240<0.5 headline=0.600<0.9 nosuch=0.000<0.2
`

// wantAll is score.py's table without --by-source and --min.
const wantAll = `pages 6, predictions missing 1
[ALL] authors=0.000(n=3)  authors_f1=0.389(n=3)  body_f1=0.240(n=4)  body_p=0.300(n=)  body_r=0.200(n=)  headings=0.850(n=4)  headline=0.600(n=5)  language=0.667(n=3)  published=0.000(n=4)  published_1d=0.500(n=4)  site_name=1.000(n=2)  snippets_f1=0.571(n=5)  standfirst=0.500(n=2)
summary: authors=0.000 authors_f1=0.389 body_f1=0.240 body_p=0.300 body_r=0.200 headings=0.850 headline=0.600 language=0.667 published=0.000 published_1d=0.500 site_name=1.000 snippets_f1=0.571 standfirst=0.500
`

func TestScoreMatchesScorePy(t *testing.T) {
	t.Parallel()
	pages, err := LoadCorpus(writeCorpus(t, synthGold))
	require.NoError(t, err)
	preds, err := ReadPredictions(strings.NewReader(synthPredictions))
	require.NoError(t, err)
	report := Score(pages, preds)

	mins := []Threshold{{"body_f1", 0.5}, {"headline", 0.1}, {"nosuch", 0.2}, {"headline", 0.9}}
	var b bytes.Buffer
	require.NoError(t, report.Write(&b, true, mins...))
	assert.Equal(t, wantBySource, b.String())

	b.Reset()
	require.NoError(t, report.Write(&b, false))
	assert.Equal(t, wantAll, b.String())

	assert.Equal(t, []string{"body_f1=0.240<0.5", "headline=0.600<0.9", "nosuch=0.000<0.2"}, report.Check(mins))
	assert.Empty(t, report.Check([]Threshold{{MetricHeadline, 0.6}, {MetricSiteName, 1}}))
}

func TestScoreRows(t *testing.T) {
	t.Parallel()
	pages, err := LoadCorpus(writeCorpus(t, synthGold))
	require.NoError(t, err)
	preds, err := ReadPredictions(strings.NewReader(synthPredictions))
	require.NoError(t, err)
	report := Score(pages, preds)

	assert.Equal(t, 6, report.Pages)
	assert.Equal(t, 1, report.Missing)
	var sources []string
	for _, r := range report.Sources {
		sources = append(sources, r.Source)
	}
	assert.Equal(t, []string{"?", "alpha", "beta"}, sources)
	// beta: b1 heading F1 0.4 (p 1/2, r 1/3), b2 asserts none and predicts none: 1.
	assert.Equal(t, Row{
		Source: "beta",
		Scores: map[string]float64{
			"authors": 0, "authors_f1": 2.0 / 3, "body_f1": 0, "body_p": 0, "body_r": 0,
			"headings": 0.7, "headline": 1, "language": 1, "published": 0, "published_1d": 0.5,
			"site_name": 1, "snippets_f1": 0.5, "standfirst": 0,
		},
		N: map[string]int{
			"authors": 1, "authors_f1": 1, "body_f1": 2, "headings": 2, "headline": 1, "language": 1,
			"published": 2, "published_1d": 2, "site_name": 1, "snippets_f1": 3, "standfirst": 1,
		},
	}, report.Sources[2])
	// The ALL row to the last bit, as score.py computes it (repr of its
	// values): the per-page body fractions and statistics.mean's exact
	// sums give 0.30000000000000004, not 0.3.
	assert.Equal(t, map[string]float64{
		"authors": 0, "authors_f1": 0.3888888888888889, "body_f1": 0.24000000000000002,
		"body_p": 0.30000000000000004, "body_r": 0.20000000000000004, "headings": 0.85, "headline": 0.6,
		"language": 0.6666666666666666, "published": 0, "published_1d": 0.5, "site_name": 1,
		"snippets_f1": 0.5714285714285715, "standfirst": 0.5,
	}, report.All.Scores)
}

func TestScoreEmpty(t *testing.T) {
	t.Parallel()
	report := Score(nil, nil)
	var b bytes.Buffer
	require.NoError(t, report.Write(&b, true, Threshold{"body_f1", 0.5}))
	// score.py prints an empty ALL row and summary, then the failure.
	assert.Equal(t, "pages 0, predictions missing 0\n[ALL] \nsummary:  FAILS body_f1=0.000<0.5\n", b.String())
}

func TestParseThreshold(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in      string
		want    Threshold
		wantErr bool
	}{
		{in: "body_f1=0.95", want: Threshold{"body_f1", 0.95}},
		{in: "headline=1", want: Threshold{"headline", 1}},
		{in: "headline= 0.5 ", want: Threshold{"headline", 0.5}},
		{in: "headline", wantErr: true},
		{in: "headline=0.5=1", wantErr: true},
		{in: "=0.5", wantErr: true},
		{in: "headline=high", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			got, err := ParseThreshold(tt.in)
			if tt.wantErr {
				assert.ErrorIs(t, err, ErrBadThreshold)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
	assert.Equal(t, "headline=1.0", Threshold{"headline", 1}.String())
}

// TestMisses lists the synthetic corpus's misses, metric by metric.
func TestMisses(t *testing.T) {
	t.Parallel()
	pages, err := LoadCorpus(writeCorpus(t, synthGold))
	require.NoError(t, err)
	preds, err := ReadPredictions(strings.NewReader(synthPredictions))
	require.NoError(t, err)
	type line struct {
		metric, id string
		score      float64
		gold, got  string
	}
	var got []line
	for _, m := range Misses(pages, preds) {
		got = append(got, line{m.Metric, m.ID, math.Round(m.Score*1000) / 1000, m.Gold, m.Got})
	}
	assert.Equal(t, []line{
		{MetricHeadline, "a2", 0, "Second", ""},
		{MetricHeadline, "a3", 0, "Third", ""},
		{MetricStandfirst, "b2", 0, "Totally different words", ""},
		{MetricAuthors, "a1", 0.5, "Jane Doe | John Smith", "jane doe | Someone"},
		{MetricAuthors, "a3", 0, "Anne", ""},
		{MetricAuthors, "b2", 0.667, "José Álvarez", "JOSÉ ÁLVAREZ | "},
		{MetricPublished, "a1", 0, "2024-04-22T15:55:00+02:00", "2024-04-23"},
		{MetricPublished, "a2", 0, "2024-01-01", ""},
		{MetricPublished, "b1", 0, "٢٠٢٤-٠٤-٢٢", "2024-04-21T23:00:00Z"},
		{MetricPublished, "b2", 0, "2024-13-01", "2024-13-01"},
		{MetricHeadings, "b1", 0.4, "A | B | C", "a | x"},
		{MetricBodyF1, "a1", 0.6, "one two three four five six seven eight", "one two three four five six nine ten"},
		{MetricBodyF1, "a2", 0, "alpha beta gamma delta", ""},
		{MetricBodyF1, "b1", 0, "short text", "Short text"},
		{MetricSnippetsF1, "a2", 0, "gamma delta", ""},
		{MetricSnippetsF1, "b1", 0.5, "missing bit", "short"},
		{MetricLanguage, "a3", 0, "fr", ""},
	}, got)

	// Snippets are pooled over the corpus: one lost snippet is a miss even
	// when the page's own F1 is high.
	g := Gold{BodyContains: []string{"one", "two", "three", "four", "five"}, BodyExcludes: []string{"Cookie"}}
	var ms []Miss
	scorePage(&g, &Article{Text: "one two three four"}, func(m Miss) { ms = append(ms, m) })
	require.Len(t, ms, 1)
	assert.Equal(t, Miss{Metric: MetricSnippetsF1, Score: ms[0].Score, Gold: "five"}, ms[0])
	assert.InDelta(t, 8.0/9, ms[0].Score, 1e-9)
	ms = nil
	scorePage(&g, &Article{Text: "one two three four five"}, func(m Miss) { ms = append(ms, m) })
	assert.Empty(t, ms)

	var b bytes.Buffer
	require.NoError(t, WriteMisses(&b, []Miss{{ID: "p\t1", Source: "s", Metric: MetricHeadline, Gold: "two\nlines", Got: "x"}}))
	assert.Equal(t, "metric\tid\tsource\tscore\tgold\tgot\nheadline\tp 1\ts\t0.000\ttwo lines\tx\n", b.String())
}
