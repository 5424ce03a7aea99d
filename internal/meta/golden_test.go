package meta

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// summary is what the golden files record of a Meta: everything but the
// entities' Raw objects, plus the index of Article().
type summary struct {
	Title    string              `json:"title,omitempty"`
	Lang     string              `json:"lang,omitempty"`
	Base     string              `json:"base,omitempty"`
	Tags     map[string][]string `json:"tags,omitempty"`
	Links    map[string][]Link   `json:"links,omitempty"`
	Entities []Entity            `json:"entities,omitempty"`
	Problems int                 `json:"problems,omitempty"`
	Article  int                 `json:"article"`
}

func summarize(m *Meta) summary {
	s := summary{Title: m.Title, Lang: m.Lang, Base: m.Base, Tags: m.Tags, Links: m.Links,
		Problems: m.Problems, Article: -1}
	a := m.Article()
	for i, e := range m.Entities {
		c := *e
		c.Raw = nil
		s.Entities = append(s.Entities, c)
		if e == a {
			s.Article = i
		}
	}
	return s
}

// fixtures returns the testdata inputs as HTML: pages as they are, JSON-LD
// blocks wrapped in a script element.
func fixtures(tb testing.TB) map[string]string {
	tb.Helper()
	out := map[string]string{}
	pages, err := filepath.Glob("testdata/pages/*.html")
	require.NoError(tb, err)
	for _, p := range pages {
		b, err := os.ReadFile(p)
		require.NoError(tb, err)
		out[strings.TrimSuffix(filepath.Base(p), ".html")] = string(b)
	}
	blocks, err := filepath.Glob("testdata/jsonld/*.json")
	require.NoError(tb, err)
	for _, p := range blocks {
		b, err := os.ReadFile(p)
		require.NoError(tb, err)
		out["jsonld-"+strings.TrimSuffix(filepath.Base(p), ".json")] = wrapJSONLD(string(b))
	}
	require.NotEmpty(tb, out)
	return out
}

func wrapJSONLD(s string) string {
	return `<html><head><script type="application/ld+json">` + s + `</script></head><body></body></html>`
}

// TestGolden reads every fixture and compares the result with
// testdata/golden/<name>.json; run with -update to rewrite them, then read
// the diff.
func TestGolden(t *testing.T) {
	for name, src := range fixtures(t) {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			doc, err := html.Parse(strings.NewReader(src))
			require.NoError(t, err)
			got, err := json.Marshal(summarize(Read(doc)))
			require.NoError(t, err)
			var tree any
			require.NoError(t, json.Unmarshal(got, &tree))
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			require.NoError(t, enc.Encode(prune(tree)))
			got = buf.Bytes()
			path := filepath.Join("testdata", "golden", name+".json")
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
				require.NoError(t, os.WriteFile(path, got, 0o644))
				return
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "missing golden file: run go test -run Golden -update")
			assert.Equal(t, string(want), string(got))
		})
	}
}

// prune drops empty strings, zero numbers, nulls and empty containers from
// decoded JSON, to keep golden files short.
func prune(v any) any {
	switch t := v.(type) {
	case map[string]any:
		for k, x := range t {
			if x = prune(x); x == nil {
				delete(t, k)
			} else {
				t[k] = x
			}
		}
		if len(t) == 0 {
			return nil
		}
	case []any:
		if len(t) == 0 {
			return nil
		}
		for i, x := range t {
			if x = prune(x); x == nil {
				x = map[string]any{}
			}
			t[i] = x
		}
	case string:
		if t == "" {
			return nil
		}
	case float64:
		if t == 0 {
			return nil
		}
	}
	return v
}
