package dates

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// corpusDir is the evaluation corpus's pages folder, named by SCOOP_CORPUS
// (e.g. ../shared/corpus/pages); the corpus tests skip without it.
var corpusDir = os.Getenv("SCOOP_CORPUS")

// TestCorpusGold parses the "published" gold value of every corpus page
// (RFC 3339, with or without zone, or a bare day) and checks it keeps its
// instant, offset and precision.
func TestCorpusGold(t *testing.T) {
	t.Parallel()
	if corpusDir == "" {
		t.Skip("set SCOOP_CORPUS to the corpus pages folder")
	}
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*", "gold.json"))
	if len(files) == 0 {
		t.Skip("corpus not available")
	}
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		var gold struct {
			Published string `json:"published"`
		}
		require.NoError(t, json.Unmarshal(b, &gold), f)
		if gold.Published == "" {
			continue
		}
		n++
		d, ok := Parse(gold.Published, "")
		if _, err := time.Parse("2006-01-02", gold.Published[:min(10, len(gold.Published))]); err != nil {
			// A few gold values are themselves impossible ("2022-29-11").
			assert.False(t, ok, "%s: %q", f, gold.Published)
			continue
		}
		if !assert.True(t, ok, "%s: %q", f, gold.Published) {
			continue
		}
		switch len(gold.Published) {
		case 10:
			assert.True(t, d.DayOnly, gold.Published)
			assert.Equal(t, gold.Published, show(t, d))
		case 19:
			assert.False(t, d.Zone, gold.Published)
			assert.Equal(t, gold.Published, d.Time.Format("2006-01-02T15:04:05"))
		default:
			want, err := time.Parse(time.RFC3339Nano, gold.Published)
			if err != nil {
				continue // not RFC 3339 (e.g. "2024-11-26T21:45+0800")
			}
			assert.True(t, d.Zone, gold.Published)
			assert.True(t, want.Equal(d.Time), "%s: got %v", gold.Published, d.Time)
			_, wo := want.Zone()
			_, do := d.Time.Zone()
			assert.Equal(t, wo, do, gold.Published)
		}
	}
	assert.Greater(t, n, 1000)
}
