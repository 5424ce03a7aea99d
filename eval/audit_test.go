package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeAudit writes the audit files to a new temporary folder.
func writeAudit(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644))
	}
	return dir
}

// TestAuditWithout scores the synthetic corpus without the gold an audit
// calls wrong or a convention: those pages leave the metric they are
// classed on, those snippets their page; AMBIGUOUS and OURS lines change
// nothing, and the pages given are not modified.
func TestAuditWithout(t *testing.T) {
	t.Parallel()
	pages, err := LoadCorpus(writeCorpus(t, synthGold))
	require.NoError(t, err)
	preds, err := ReadPredictions(strings.NewReader(synthPredictions))
	require.NoError(t, err)
	dir := writeAudit(t, map[string]string{
		"headline.tsv":   "id\tsource\tclass\tscore\tgold\tours\tevidence\na2\talpha\tGOLD-WRONG\t0\tSecond\t\tnot on the page\na3\talpha\tOURS\t0\tThird\t\t\n",
		"authors.tsv":    "id\tsource\tclass\na1\talpha\tGOLD-CONV\nb2\tbeta\tAMBIGUOUS\n",
		"snippets.tsv":   "id\tsource\tclass\tkind\tsnippet\tevidence\nb1\tbeta\tGOLD-WRONG\tmissed\tMISSING  bit\tin a comment\nb1\tbeta\tOURS\tleaked\tshort\t\n",
		"README.md":      "not an audit file",
		"unrelated.tsv":  "x\ty\tz\n",
		"site_name.tsv":  "id\tsource\tclass\n",
		"headings.json":  "{}",
		"body_f1.tsv":    "id\tsource\tclass\n\n",
		"standfirst.tsv": "id\tsource\tclass\nb2\tbeta\tAMBIGUOUS\n",
	})
	audit, err := LoadAudit(dir)
	require.NoError(t, err)
	assert.Equal(t, map[string]int{MetricHeadline: 1, MetricAuthors: 1, MetricSnippetsF1: 1}, audit.Len())

	raw := Score(pages, preds).All
	adj := Score(audit.Without(pages), preds).All
	assert.Equal(t, raw.N[MetricHeadline]-1, adj.N[MetricHeadline])
	assert.Equal(t, raw.N[MetricAuthors]-1, adj.N[MetricAuthors])
	assert.Equal(t, raw.N[MetricSnippetsF1]-1, adj.N[MetricSnippetsF1])
	assert.Equal(t, raw.N[MetricStandfirst], adj.N[MetricStandfirst])
	assert.Greater(t, adj.Scores[MetricHeadline], raw.Scores[MetricHeadline], "a wrong gold headline no longer counts")
	assert.Greater(t, adj.Scores[MetricSnippetsF1], raw.Scores[MetricSnippetsF1])
	assert.Equal(t, raw, Score(pages, preds).All, "pages are not modified")
}

func TestLoadAuditErrors(t *testing.T) {
	t.Parallel()
	for name, files := range map[string]map[string]string{
		"unknown class":  {"headline.tsv": "id\tsource\tclass\na1\talpha\tWRONG\n"},
		"too few":        {"authors.tsv": "a1\talpha\n"},
		"snippet column": {"snippets.tsv": "a1\talpha\tGOLD-WRONG\tmissed\n"},
		"snippet kind":   {"snippets.tsv": "a1\talpha\tGOLD-WRONG\tlost\tx\n"},
	} {
		_, err := LoadAudit(writeAudit(t, files))
		assert.ErrorIs(t, err, ErrBadAudit, name)
	}
	_, err := LoadAudit(writeAudit(t, map[string]string{"notes.txt": "x"}))
	assert.ErrorContains(t, err, "no audit file")
	_, err = LoadAudit(filepath.Join(t.TempDir(), "absent"))
	assert.Error(t, err)
}
