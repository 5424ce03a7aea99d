package eval

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParsePrediction(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		line    string
		want    *Prediction
		wantErr string
	}{
		{
			name: "scoop article",
			line: `{"id": "p1", "article": {"url": "https://x/", "headline": "H", "standfirst": "S", "byline": "By A",
				"authors": [{"name": "A", "url": "https://x/a"}, {"name": "B"}], "published": "2024-04-22T10:00:00Z",
				"language": "en", "site_name": "X", "sections": [{"heading": "One", "level": 2, "paragraphs": ["p"]}, {"paragraphs": ["q"]}],
				"text": "body", "html": "<p>body</p>", "word_count": 1}}`,
			want: &Prediction{ID: "p1", Article: Article{
				Headline: "H", Standfirst: "S", Authors: []string{"A", "B"}, Published: "2024-04-22T10:00:00Z",
				Headings: []string{"One"}, Text: "body", Language: "en", SiteName: "X",
			}},
		},
		{
			name: "loose types",
			line: `{"id": "p2", "article": {"headline": 42, "standfirst": null, "authors": ["Plain", {"url": "x"}, {"name": null}, 7, null],
				"published": {"date": "2024"}, "sections": [{"heading": 3}, "x", {"heading": "ok"}], "text": ["a"]}}`,
			want: &Prediction{ID: "p2", Article: Article{Authors: []string{"Plain", "", "", ""}, Headings: []string{"ok"}}},
		},
		{name: "authors as one string", line: `{"id": "p3", "article": {"authors": "Jane Doe"}}`,
			want: &Prediction{ID: "p3", Article: Article{Authors: []string{"Jane Doe"}}}},
		{name: "error line", line: `{"id": "p4", "error": "scoop: no article on the page"}`,
			want: &Prediction{ID: "p4", Error: "scoop: no article on the page"}},
		{name: "null article", line: `{"id": "p5", "article": null}`, want: &Prediction{ID: "p5"}},
		{name: "article not an object", line: `{"id": "p6", "article": [1, 2]}`, want: &Prediction{ID: "p6"}},
		{name: "error not a string", line: `{"id": "p7", "error": {"code": 1}}`, want: &Prediction{ID: "p7", Error: `{"code": 1}`}},
		{name: "no id", line: `{"article": {}}`, wantErr: "no string id"},
		{name: "numeric id", line: `{"id": 3}`, wantErr: "no string id"},
		{name: "not JSON", line: `{"id": "p8"`, wantErr: "eval: prediction"},
		{name: "not an object", line: `[]`, wantErr: "eval: prediction"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := ParsePrediction([]byte(tt.line))
			if tt.wantErr != "" {
				assert.ErrorContains(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestReadPredictions(t *testing.T) {
	t.Parallel()
	preds, err := ReadPredictions(strings.NewReader(synthPredictions))
	require.NoError(t, err)
	assert.Len(t, preds, 6)
	assert.Equal(t, "the \"big\" test - part 1", preds["a1"].Article.Headline) // the later line wins
	assert.Equal(t, "scoop: no article on the page", preds["a2"].Error)

	// No final newline, CRLF line ends.
	preds, err = ReadPredictions(strings.NewReader("{\"id\": \"x\"}\r\n\r\n{\"id\": \"y\", \"article\": {\"text\": \"t\"}}"))
	require.NoError(t, err)
	assert.Equal(t, map[string]*Prediction{"x": {ID: "x"}, "y": {ID: "y", Article: Article{Text: "t"}}}, preds)

	_, err = ReadPredictions(strings.NewReader("{\"id\": \"x\"}\n\n{oops}\n"))
	assert.ErrorContains(t, err, "line 3")
	_, err = ReadPredictions(strings.NewReader("{\"article\": {}}\n"))
	assert.ErrorIs(t, err, ErrNoID)
}

func TestArticleRoundTrip(t *testing.T) {
	t.Parallel()
	want := Prediction{ID: "p", Article: Article{
		Headline: "H", Standfirst: "S", Authors: []string{"A", "B"}, Published: "2024-04-22",
		Headings: []string{"One", "Two"}, Text: "body", Language: "en", SiteName: "X",
	}}
	b, err := json.Marshal(want)
	require.NoError(t, err)
	got, err := ParsePrediction(b)
	require.NoError(t, err)
	assert.Equal(t, &want, got)
}

func FuzzParsePrediction(f *testing.F) {
	f.Add([]byte(`{"id": "a1", "article": {"headline": "H", "authors": [{"name": "A"}, "B"], "sections": [{"heading": "S"}], "text": "t"}}`))
	f.Add([]byte(`{"id": "a2", "error": "scoop: no article on the page"}`))
	f.Add([]byte(`{"id": "a3", "article": null}`))
	f.Add([]byte(`{"id": 3, "article": [1, {"x": "y"}]}`))
	f.Add([]byte(`{"id": "a4", "article": {"authors": "A", "sections": 7, "published": "2024-13-45"}}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		p, err := ParsePrediction(line)
		if err != nil {
			return
		}
		g := Gold{Headline: "h", Standfirst: "s", Authors: []string{"a"}, Published: "2024-01-01",
			SectionHeadings: []string{}, BodyText: "a b c d e", BodyContains: []string{"a"},
			BodyExcludes: []string{"z"}, Language: "en", SiteName: "x"}
		scorePage(&g, &p.Article, func(Miss) {})
	})
}
