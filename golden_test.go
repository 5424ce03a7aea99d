package scoop_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsscoop/scoop"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*/want.json from the extractor's output (read the diff!)")

// goldenCase is one folder of testdata/golden: page.html, want.json and
// either case.json (a corpus page) or seed.json (a seed fixture).
type goldenCase struct {
	Name        string
	Dir         string
	URL         string `json:"url"`
	ExpectError string `json:"expect_error"`
}

func loadCases(t testing.TB) []goldenCase {
	t.Helper()
	dirs, err := filepath.Glob("testdata/golden/*/page.html")
	require.NoError(t, err)
	var cases []goldenCase
	for _, p := range dirs {
		dir := filepath.Dir(p)
		c := goldenCase{Name: filepath.Base(dir), Dir: dir}
		for _, meta := range []string{"case.json", "seed.json"} {
			if b, err := os.ReadFile(filepath.Join(dir, meta)); err == nil {
				require.NoError(t, json.Unmarshal(b, &c), "%s/%s", dir, meta)
				break
			}
		}
		cases = append(cases, c)
	}
	return cases
}

// TestGolden extracts every golden page and compares the whole Article
// with want.json. Run `go test -run Golden -update` to rewrite the want
// files, then read the diff before committing it.
func TestGolden(t *testing.T) {
	cases := loadCases(t)
	require.GreaterOrEqual(t, len(cases), 30, "golden cases")
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			page, err := os.ReadFile(filepath.Join(c.Dir, "page.html"))
			require.NoError(t, err)
			got, err := scoop.Extract(bytes.NewReader(page), c.URL)
			wantFile := filepath.Join(c.Dir, "want.json")
			if c.ExpectError == "no_article" {
				require.ErrorIs(t, err, scoop.ErrNoArticle)
				return
			}
			require.NoError(t, err)
			// Round-trip through JSON: the JSON form is the contract, and
			// it makes times comparable.
			gotJSON, err := json.MarshalIndent(got, "", "  ")
			require.NoError(t, err)
			if *update {
				require.NoError(t, os.WriteFile(wantFile, append(gotJSON, '\n'), 0o644))
				return
			}
			wantJSON, err := os.ReadFile(wantFile)
			require.NoError(t, err, "no want.json: run go test -run Golden -update and read the result")
			var want, have scoop.Article
			require.NoError(t, json.Unmarshal(wantJSON, &want))
			require.NoError(t, json.Unmarshal(gotJSON, &have))
			assert.Equal(t, want, have)
		})
	}
}
