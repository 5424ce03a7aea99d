package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsscoop/scoop/eval"
)

// evalCases are the golden corpus cases the eval tests use as a corpus:
// case folder -> page id. They cover three sources (fundus, trafilatura,
// synthetic-from-real), gold with and without url, and a non-article.
var evalCases = map[string]string{
	"de-zdf-iran-handel":         "fundus--de-ZDF_2024_04_22",
	"de-computerbild-bundesliga": "trafilatura--d60caba9d12c467b9708ec8981cad8aa",
	"nonarticle-404":             "zz-nonarticle-404",
}

// writeEvalCorpus builds a corpus in a temporary folder from the golden
// cases: the first page's source gzipped, the others plain.
func writeEvalCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for c, id := range evalCases {
		src := filepath.Join("../../testdata/golden", c)
		page, err := os.ReadFile(filepath.Join(src, "page.html"))
		require.NoError(t, err)
		gold, err := os.ReadFile(filepath.Join(src, "gold.json"))
		require.NoError(t, err)
		require.NoError(t, os.MkdirAll(filepath.Join(dir, id), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, id, eval.GoldFile), gold, 0o644))
		if strings.HasPrefix(id, "fundus") {
			var b bytes.Buffer
			zw := gzip.NewWriter(&b)
			_, err := zw.Write(page)
			require.NoError(t, err)
			require.NoError(t, zw.Close())
			page = b.Bytes()
			require.NoError(t, os.WriteFile(filepath.Join(dir, id, eval.SourceFileGz), page, 0o644))
		} else {
			require.NoError(t, os.WriteFile(filepath.Join(dir, id, eval.SourceFile), page, 0o644))
		}
	}
	return dir
}

// rowRE matches one item of a table row: metric, score and count.
var rowRE = regexp.MustCompile(`([a-z_0-9]+)=([01]\.\d{3})\(n=(\d*)\)`)

// rowCounts returns each row's metrics and their n, by source.
func rowCounts(t *testing.T, table string) map[string]map[string]string {
	t.Helper()
	rows := map[string]map[string]string{}
	for _, line := range strings.Split(table, "\n") {
		if !strings.HasPrefix(line, "[") {
			continue
		}
		source, rest, ok := strings.Cut(line[1:], "] ")
		require.True(t, ok, line)
		rows[source] = map[string]string{}
		for _, m := range rowRE.FindAllStringSubmatch(rest, -1) {
			rows[source][m[1]] = m[3]
		}
		assert.Equal(t, len(rows[source]), strings.Count(rest, "(n="), "row %q has malformed items", line)
	}
	return rows
}

func TestEval(t *testing.T) {
	t.Parallel()
	dir := writeEvalCorpus(t)
	out := filepath.Join(t.TempDir(), "predictions.jsonl")
	r := runScoop(t, "", "eval", dir, "--by-source", "--out", out, "--workers", "2")
	require.NoError(t, r.err, "stderr: %s", r.stderr)

	// The table: the n of every metric follows from the gold alone, but
	// for snippets_f1 (4 body_contains snippets, plus the body_excludes
	// ones found: 0 to 4).
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	require.Len(t, lines, 6, r.stdout)
	assert.Equal(t, "pages 3, predictions missing 0", lines[0])
	assert.True(t, strings.HasPrefix(lines[5], "summary: authors="), lines[5])
	assert.NotContains(t, lines[5], "FAILS")
	counts := rowCounts(t, r.stdout)
	for _, row := range []string{"trafilatura", "ALL"} {
		assert.Regexp(t, `^[4-8]$`, counts[row]["snippets_f1"])
		counts[row]["snippets_f1"] = "4-8"
	}
	assert.Equal(t, map[string]map[string]string{
		"fundus": {"authors": "1", "authors_f1": "1", "body_f1": "1", "body_p": "", "body_r": "", "headings": "1",
			"headline": "1", "language": "1", "published": "1", "published_1d": "1", "standfirst": "1"},
		"synthetic-from-real": {"language": "1"},
		"trafilatura": {"authors": "1", "authors_f1": "1", "headline": "1", "published": "1", "published_1d": "1",
			"snippets_f1": "4-8", "standfirst": "1"},
		"ALL": {"authors": "2", "authors_f1": "2", "body_f1": "1", "body_p": "", "body_r": "", "headings": "1",
			"headline": "2", "language": "2", "published": "2", "published_1d": "2", "snippets_f1": "4-8", "standfirst": "2"},
	}, counts)
	assert.True(t, strings.HasPrefix(lines[1], "[fundus] "), "sources in order: %q", lines[1])
	assert.True(t, strings.HasPrefix(lines[4], "[ALL] "), lines[4])

	// The predictions file: one line per page, sorted by id, score.py's
	// format, no html; the non-article is an error line with what the
	// page declared.
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	plines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	require.Len(t, plines, 3)
	var ids []string
	failed := 0
	for _, l := range plines {
		m := decodeObject(t, l)
		ids = append(ids, m["id"].(string))
		if _, ok := m["error"]; ok {
			failed++
			require.Contains(t, m, "article", "the partial article of a page with no article")
			art := m["article"].(map[string]any)
			assert.NotEmpty(t, art["headline"])
			assert.NotContains(t, art, "html")
			continue
		}
		require.Contains(t, m, "article")
		art := m["article"].(map[string]any)
		assert.NotEmpty(t, art["text"])
		assert.NotContains(t, art, "html")
	}
	assert.Equal(t, []string{"fundus--de-ZDF_2024_04_22", "trafilatura--d60caba9d12c467b9708ec8981cad8aa", "zz-nonarticle-404"}, ids)
	assert.Contains(t, plines[2], `"error":"scoop: no article`)
	assert.Contains(t, r.stderr, "scoop eval: 3 pages (1 failed) in ")
	assert.Contains(t, r.stderr, "ms/page worker time (wall × workers / pages)")
	assert.Contains(t, r.stderr, "failed pages: 1 no article (scored on the partial article of a page with no article, as empty otherwise)\n")
	assert.Equal(t, 1, failed)

	// The table is the eval package's score of the file written, which
	// score.py would print too; scoring the file gives the same table.
	pages, err := eval.LoadCorpus(dir)
	require.NoError(t, err)
	f, err := os.Open(out)
	require.NoError(t, err)
	preds, err := eval.ReadPredictions(f)
	f.Close()
	require.NoError(t, err)
	var want bytes.Buffer
	require.NoError(t, eval.Score(pages, preds).Write(&want, true))
	assert.Equal(t, want.String(), r.stdout)

	again := runScoop(t, "", "eval", "--predictions", out, dir, "--by-source")
	require.NoError(t, again.err)
	assert.Equal(t, r.stdout, again.stdout)
	assert.Empty(t, again.stderr)

	// Without --by-source: the ALL row and the summary only.
	plain := runScoop(t, "", "eval", "--predictions", out, dir)
	require.NoError(t, plain.err)
	assert.Equal(t, strings.Join([]string{lines[0], lines[4], lines[5]}, "\n")+"\n", plain.stdout)
}

func TestEvalMin(t *testing.T) {
	t.Parallel()
	dir := writeEvalCorpus(t)
	out := filepath.Join(t.TempDir(), "predictions.jsonl")
	require.NoError(t, runScoop(t, "", "eval", dir, "--out", out).err)

	tests := []struct {
		name      string
		mins      []string
		wantCode  int
		wantFails string // the end of the summary line
	}{
		{name: "passing", mins: []string{"body_f1=0", "--min", "headline=0.0"}},
		{name: "too high", mins: []string{"body_f1=1.01"}, wantCode: 1, wantFails: ` FAILS body_f1=0.\d{3}<1.01$`},
		{name: "unknown metric scores 0", mins: []string{"nosuch=0.5"}, wantCode: 1, wantFails: ` FAILS nosuch=0.000<0.5$`},
		{name: "in the order given", mins: []string{"site_name=1", "--min", "body_f1=2"}, wantCode: 1,
			wantFails: ` FAILS site_name=0.000<1.0 body_f1=0.\d{3}<2.0$`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			args := append([]string{"eval", dir, "--predictions", out, "--min"}, tt.mins...)
			r := runScoop(t, "", args...)
			assert.Equal(t, tt.wantCode, r.code, "err: %v", r.err)
			summary := r.stdout[strings.LastIndex(strings.TrimSuffix(r.stdout, "\n"), "\n")+1:]
			if tt.wantFails == "" {
				assert.NotContains(t, summary, "FAILS")
				return
			}
			assert.Regexp(t, tt.wantFails, strings.TrimSuffix(summary, "\n"))
			assert.ErrorContains(t, r.err, "scoop eval: below --min: ")
		})
	}
}

func TestEvalFailedPages(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for id, src := range map[string]string{"empty": "  \n", "nosource": ""} {
		require.NoError(t, os.MkdirAll(filepath.Join(dir, id), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, id, eval.GoldFile), []byte(`{"source": "s", "headline": "H"}`), 0o644))
		if src != "" {
			require.NoError(t, os.WriteFile(filepath.Join(dir, id, eval.SourceFile), []byte(src), 0o644))
		}
	}
	out := filepath.Join(t.TempDir(), "p.jsonl")
	misses := filepath.Join(t.TempDir(), "misses.tsv")
	r := runScoop(t, "", "eval", dir, "--out", out, "--workers", "8", "--misses", misses)
	require.NoError(t, r.err)
	assert.Equal(t, "pages 2, predictions missing 0\n[ALL] headline=0.000(n=2)\nsummary: headline=0.000\n", r.stdout)
	m, err := os.ReadFile(misses)
	require.NoError(t, err)
	assert.Equal(t, "metric\tid\tsource\tscore\tgold\tgot\nheadline\tempty\ts\t0.000\tH\t\nheadline\tnosource\ts\t0.000\tH\t\n", string(m))
	assert.Contains(t, r.stderr, "2 pages (2 failed)")
	assert.Contains(t, r.stderr, "failed pages: 1 empty, 1 no source file (scored on the partial article of a page with no article, as empty otherwise)\n")
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Equal(t, `{"id":"empty","error":"scoop: empty input"}`+"\n"+
		`{"id":"nosource","error":"eval: page has no source.html.gz, source.html or page.html: nosource"}`+"\n", string(b))
}

func TestEvalUsage(t *testing.T) {
	t.Parallel()
	dir := writeEvalCorpus(t)
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStdout string
		wantStderr string
	}{
		{name: "no corpus", args: []string{"eval"}, wantCode: 2, wantStderr: "no CORPUS_DIR given"},
		{name: "two corpora", args: []string{"eval", dir, dir}, wantCode: 2, wantStderr: "one CORPUS_DIR expected"},
		{name: "zero workers", args: []string{"eval", dir, "--workers", "0"}, wantCode: 2, wantStderr: "--workers must be at least 1"},
		{name: "bad --min", args: []string{"eval", dir, "--min", "body_f1"}, wantCode: 2, wantStderr: "threshold is not METRIC=VALUE"},
		{name: "bad --min value", args: []string{"eval", dir, "--min", "body_f1=high"}, wantCode: 2, wantStderr: "bad value"},
		{name: "--out and --predictions", args: []string{"eval", dir, "--out", "a", "--predictions", "b"}, wantCode: 2, wantStderr: "exclude each other"},
		{name: "missing corpus", args: []string{"eval", filepath.Join(dir, "nope")}, wantCode: 1},
		{name: "empty corpus", args: []string{"eval", t.TempDir()}, wantCode: 1},
		{name: "missing predictions", args: []string{"eval", dir, "--predictions", filepath.Join(dir, "nope.jsonl")}, wantCode: 1},
		{name: "help eval", args: []string{"help", "eval"}, wantStdout: "Usage: scoop eval"},
		{name: "eval -h", args: []string{"eval", "-h"}, wantStderr: "-by-source"},
		{name: "listed in help", args: []string{"help"}, wantStdout: "score the extractor on a corpus"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runScoop(t, "", tt.args...)
			assert.Equal(t, tt.wantCode, r.code, "err: %v", r.err)
			if tt.wantCode == 2 {
				var ue *usageError
				assert.ErrorAs(t, r.err, &ue)
				assert.Contains(t, r.stderr, "Usage: scoop eval")
			}
			if tt.wantStdout == "" {
				assert.Empty(t, r.stdout)
			} else {
				assert.Contains(t, r.stdout, tt.wantStdout)
			}
			assert.Contains(t, r.stderr, tt.wantStderr)
		})
	}
	r := runScoop(t, "", "eval", t.TempDir())
	assert.ErrorContains(t, r.err, "scoop eval: no pages in ")
}

// TestEvalAudit prints, after the table, the table without the gold an
// audit calls wrong or a convention; a bad audit folder is an error
// before any page is extracted.
func TestEvalAudit(t *testing.T) {
	t.Parallel()
	dir := writeEvalCorpus(t)
	out := filepath.Join(t.TempDir(), "predictions.jsonl")
	require.NoError(t, runScoop(t, "", "eval", dir, "--out", out).err)
	audit := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(audit, "headline.tsv"),
		[]byte("id\tsource\tclass\nfundus--de-ZDF_2024_04_22\tfundus\tGOLD-WRONG\nzz-nonarticle-404\t?\tOURS\n"), 0o644))

	r := runScoop(t, "", "eval", "--predictions", out, dir, "--audit", audit)
	require.NoError(t, r.err, r.stderr)
	raw, adjusted, ok := strings.Cut(r.stdout, "\nwithout the gold that "+audit+" calls wrong or a convention (headline 1 pages left out):\n")
	require.True(t, ok, r.stdout)
	plain := runScoop(t, "", "eval", "--predictions", out, dir)
	assert.Equal(t, plain.stdout, raw)
	before, after := rowCounts(t, raw)["ALL"], rowCounts(t, adjusted)["ALL"]
	assert.Regexp(t, `^\d+$`, before["headline"])
	nb, _ := strconv.Atoi(before["headline"])
	na, _ := strconv.Atoi(after["headline"])
	assert.Equal(t, nb-1, na, "the page whose gold headline is wrong no longer counts")

	bad := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(bad, "authors.tsv"), []byte("x\ty\tMAYBE\n"), 0o644))
	r = runScoop(t, "", "eval", dir, "--audit", bad)
	assert.ErrorContains(t, r.err, "unknown class")
}
