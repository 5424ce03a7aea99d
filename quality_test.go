package scoop_test

import (
	"encoding/json"
	"io"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsscoop/scoop"
	"github.com/newsscoop/scoop/eval"
)

// TestQualityFloor is the regression guard: it scores the extractor on
// the corpus pages kept in testdata/golden (each with its gold.json) with
// the same metrics as the corpus scorer, and fails when a field drops
// below the level recorded in testdata/quality.json. Raise the levels
// when a change earns it; never lower them to make a test pass.
func TestQualityFloor(t *testing.T) {
	pages, err := eval.LoadCorpus("testdata/golden")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(pages), 25)
	ex := scoop.New()
	preds := map[string]*eval.Prediction{}
	for _, p := range pages {
		rc, err := p.Open()
		require.NoError(t, err)
		body, err := io.ReadAll(rc)
		rc.Close()
		require.NoError(t, err)
		pred := &eval.Prediction{ID: p.ID}
		a, err := ex.Extract(bytesReader(body), p.Gold.URL)
		if err != nil && a == nil {
			pred.Error = err.Error()
		} else {
			b, err := json.Marshal(a)
			require.NoError(t, err)
			got, err := eval.ParsePrediction([]byte(`{"id":"x","article":` + string(b) + `}`))
			require.NoError(t, err)
			pred.Article = got.Article
		}
		preds[p.ID] = pred
	}
	report := eval.Score(pages, preds)
	for metric, v := range report.All.Scores {
		t.Logf("%-12s %.3f (n=%d)", metric, v, report.All.N[metric])
	}

	var floor map[string]float64
	b, err := os.ReadFile("testdata/quality.json")
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &floor))
	require.NotEmpty(t, floor)
	for metric, min := range floor {
		got, ok := report.All.Scores[metric]
		if assert.True(t, ok, "metric %s not scored", metric) {
			assert.GreaterOrEqual(t, got, min, "%s fell below its recorded level", metric)
		}
	}
}
