package scoop

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBoilerplateLines(t *testing.T) {
	t.Parallel()
	cases := []struct {
		re   string
		in   string
		want bool
	}{
		{"next", "Read more: Recognizing Germany's colonial crimes", true},
		{"next", "Lea también: Impiden ingreso a Nicaragua a reportero", true},
		{"next", "LE PUEDE INTERESAR: La ficha de Juan Orlando Hernández", true},
		{"next", "Lire aussi : Les critiques de la CNIL", true},
		{"next", "Czytaj też: Były dowódca wojsk USA", true},
		{"next", "Read more about the case in the court filing, which runs to 40 pages.", false},
		{"next", "Mira cómo cambió la ciudad en diez años.", false},
		{"credit", "Foto: dpa", true},
		{"credit", "Quelle: Deutscher Jagdverband (DJV)", true},
		{"credit", "Source: the ministry said on Monday that prices would rise by a third over the next two years, citing energy costs.", false},
		{"heading", "Auch interessant", true},
		{"heading", "Schlagwörter zu diesem Artikel", true},
		{"heading", "ALSO READ: Brace for very bad weather in Joburg", true},
		{"heading", "Forum: 5 Postings", true},
		{"heading", "Read more", true},
		{"heading", "Related risks for investors", false},
		{"heading", "Kommentar der Woche", false},
	}
	for _, c := range cases {
		t.Run(c.re+"/"+c.in, func(t *testing.T) {
			t.Parallel()
			re := map[string]interface{ MatchString(string) bool }{"next": readNextLine, "credit": creditLine, "heading": readNextHeading}[c.re]
			assert.Equal(t, c.want, re.MatchString(c.in))
		})
	}
}

// para is a paragraph long enough for readability to score it.
func para(s string) string {
	return "<p>" + s + " " + strings.Repeat("The council met on Monday and agreed the budget after a long debate about schools and roads. ", 3) + "</p>"
}

func TestBodyRules(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name      string
		html      string
		wantIn    []string
		wantOut   []string
		wantHeads []string
	}{
		{
			name: "a WordPress post class does not discard the post",
			html: `<article class="post type-post category-news tag-newsletter"><h1>Council agrees the budget for next year</h1>` +
				para("First paragraph.") + para("Second paragraph.") + `</article>` +
				`<div id="comments" class="comments-area">` + strings.Repeat(para("A long comment."), 6) + `</div>`,
			wantIn:  []string{"First paragraph.", "Second paragraph."},
			wantOut: []string{"A long comment."},
		},
		{
			name: "a related module after the article goes, with its heading",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") +
				`<h2>Schools first</h2>` + para("Second paragraph.") +
				`<h3>Auch interessant</h3><p><a href="/a">Another story about roads</a></p><p><a href="/b">A story about schools</a></p></article>`,
			wantIn:    []string{"First paragraph.", "Second paragraph."},
			wantOut:   []string{"Another story about roads", "Auch interessant"},
			wantHeads: []string{"Schools first"},
		},
		{
			name: "read-more lines and credits go",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") +
				`<p>Read more: <a href="/x">Council rejects the plan</a></p><p>Foto: dpa</p>` + para("Second paragraph.") + `</article>`,
			wantIn:  []string{"First paragraph.", "Second paragraph."},
			wantOut: []string{"Council rejects the plan", "Foto: dpa"},
		},
		{
			name: "a kicker and the headline at the top are not a section heading",
			html: `<article><h1>Council agrees the budget for next year</h1><div><h2>Town hall: Council agrees the budget for next year</h2>` +
				para("First paragraph.") + `<h2>Schools first</h2>` + para("Second paragraph.") + `</div></article>`,
			wantIn:    []string{"First paragraph.", "Second paragraph."},
			wantHeads: []string{"Schools first"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			page := `<html><head><title>Council agrees the budget for next year</title></head><body>` + c.html + `</body></html>`
			a, err := Extract(strings.NewReader(page), "https://example.com/news/budget")
			require.NoError(t, err)
			for _, s := range c.wantIn {
				assert.Contains(t, a.Text, s)
			}
			for _, s := range c.wantOut {
				assert.NotContains(t, a.Text, s)
			}
			var heads []string
			for _, s := range a.Sections {
				if s.Heading != "" {
					heads = append(heads, s.Heading)
				}
			}
			assert.Equal(t, c.wantHeads, heads)
		})
	}
}
