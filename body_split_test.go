package scoop

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// sentence is a paragraph-long text that starts with s.
func sentence(s string) string {
	return s + " " + strings.Repeat("The council met on Monday and agreed the budget after a long debate about schools and roads. ", 2)
}

// TestBodyParagraphs checks where the body's paragraphs begin and end:
// text that readability wraps in new paragraphs, paragraphs set apart by
// single <br>s, paragraphs marked as behind a paywall and rows of a data
// table.
func TestBodyParagraphs(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		head string
		html string
		want []string
	}{
		{
			name: "plain divs after the paragraphs are paragraphs of their own",
			html: `<article><h1>Council agrees the budget for next year</h1><div class="field-item">` +
				`<p>` + sentence("One.") + `</p><p>` + sentence("Two.") + `</p>` +
				`<div>` + sentence("Three.") + `</div><div> </div><div>` + sentence("Four.") + `</div></div></article>`,
			want: []string{sentence("One."), sentence("Two."), sentence("Three."), sentence("Four.")},
		},
		{
			name: "long text whose paragraphs end in one <br> is split there",
			html: `<article><h1>Council agrees the budget for next year</h1><div class="main-news">` +
				sentence("One.") + `<br/> ` + sentence("Two.") + `<br/> A short subheading<br/> ` + sentence("Three.") + `<br/> ` + sentence("Four.") + `<br/></div></article>`,
			want: []string{sentence("One."), sentence("Two."), "A short subheading", sentence("Three."), sentence("Four.")},
		},
		{
			name: "a lead set apart by one <br> stays text though the description repeats it",
			head: `<meta name="description" content="` + strings.TrimSpace(sentence("One.")) + `">`,
			html: `<article><h1>Council agrees the budget for next year</h1><div class="main-news">` +
				sentence("One.") + `<br/> ` + sentence("Two.") + `<br/> ` + sentence("Three.") + `<br/> ` + sentence("Four.") + `<br/></div></article>`,
			want: []string{sentence("One."), sentence("Two."), sentence("Three."), sentence("Four.")},
		},
		{
			name: "short lines set apart by <br> stay one paragraph",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") +
				`<p>Town Hall<br>1 Market Square<br>Springfield</p>` + para("Second paragraph.") + `</article>`,
			want: []string{para("First paragraph.")[3 : len(para("First paragraph."))-5], "Town Hall 1 Market Square Springfield",
				para("Second paragraph.")[3 : len(para("Second paragraph."))-5]},
		},
		{
			name: "paragraphs and headings marked as behind the paywall are text",
			html: `<article><h1>Council agrees the budget for next year</h1><div class="article-body">` +
				`<p class="body-paragraph">` + sentence("One.") + `</p><p class="body-paragraph paywall">` + sentence("Two.") + `</p>` +
				`<h2 class="paywall">What it costs</h2><p class="body-paragraph paywall">` + sentence("Three.") + `</p>` +
				`<p class="body-paragraph paywall">` + sentence("Four.") + `</p></div>` +
				`<div class="paywall-box"><p>Subscribe for full access.</p></div></article>`,
			want: []string{sentence("One."), sentence("Two."), "What it costs", sentence("Three."), sentence("Four.")},
		},
		{
			name: "a data table is read a row per line",
			html: `<article><h1>Council agrees the budget for next year</h1>` + `<p>` + sentence("One.") + `</p>` +
				`<table class="hle"><thead><tr><th>Date</th><th>Amount</th><th>Contributor</th></tr></thead><tbody>` +
				`<tr><td>2020-09-01</td><td>$2,800</td><td>Mark Dings</td></tr><tr><td>2020-09-03</td><td>$500</td><td>Thomas Peebles</td></tr>` +
				`<tr><td>2020-09-05</td><td>$250</td><td>Theodora Hancock</td></tr><tr><td>2020-09-07</td><td>$1,000</td><td></td></tr>` +
				`</tbody></table><p>` + sentence("Two.") + `</p></article>`,
			want: []string{sentence("One."), "Date | Amount | Contributor", "2020-09-01 | $2,800 | Mark Dings",
				"2020-09-03 | $500 | Thomas Peebles", "2020-09-05 | $250 | Theodora Hancock", "2020-09-07 | $1,000", sentence("Two.")},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			page := `<html><head><title>Council agrees the budget for next year</title>` + c.head + `</head><body>` + c.html + `</body></html>`
			a, err := Extract(strings.NewReader(page), "https://example.com/news/budget")
			require.NoError(t, err)
			var got []string
			for _, s := range a.Sections {
				if s.Heading != "" {
					got = append(got, s.Heading)
				}
				got = append(got, s.Paragraphs...)
			}
			for i := range c.want {
				c.want[i] = strings.TrimSpace(c.want[i])
			}
			assert.Equal(t, c.want, got)
		})
	}
}

// TestRestoreBetween puts back the paragraphs readability leaves out
// between two blocks it keeps (a paragraph half link), but not short
// lines, nor paragraphs beside another kind of element.
func TestRestoreBetween(t *testing.T) {
	t.Parallel()
	one, two := strings.TrimSpace(sentence("One.")), strings.TrimSpace(sentence("Two."))
	linked := `Now is the time, said <a href="/people/chair">the chair of the association of savings banks (DSGV)</a>, who speaks for the 380 banks.`
	cases := []struct {
		name    string
		between string
		want    []string
	}{
		{"a paragraph half link comes back", `<p>` + linked + `</p>`,
			[]string{one, "Now is the time, said the chair of the association of savings banks (DSGV), who speaks for the 380 banks.", two}},
		{"a short line stays out", `<p>Embedded video</p>`, []string{one, two}},
		{"nothing comes back beside a box", `<p>` + linked + `</p><div class="box">Box</div>`, []string{one, two}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			page := `<html><body><div class="body"><p>` + sentence("One.") + `</p>` + c.between +
				`<div class="rest"><p>` + sentence("Two.") + `</p></div></div></body></html>`
			root, err := html.Parse(strings.NewReader(page))
			require.NoError(t, err)
			kept, err := html.Parse(strings.NewReader(`<div id="readability-page-1"><p>` + sentence("One.") +
				`</p><div><p>` + sentence("Two.") + `</p></div></div>`))
			require.NoError(t, err)
			res := findFirst(kept, func(n *html.Node) bool { return n.Data == "div" })
			p := newPage(root, "https://example.com/news/budget", &New().cfg)
			p.restoreBetween(res, func(*html.Node) bool { return false })
			var got []string
			for _, n := range findAll(res, func(n *html.Node) bool { return n.Data == "p" }) {
				got = append(got, nodeText(n))
			}
			assert.Equal(t, c.want, got)
		})
	}
}

// TestCommentedBody reads the text a page keeps inside an HTML comment
// until a script reveals it, when the page shows next to no text; a page
// with a body of its own keeps it.
func TestCommentedBody(t *testing.T) {
	t.Parallel()
	story := `<div class="storyContainer"><h1>The sun rises again</h1><p>` + sentence("One.") + `</p><p>` + sentence("Two.") +
		`</p><p>` + sentence("Three.") + `</p><p>` + sentence("Four.") + `</p><p>` + sentence("Five.") + `</p><p>` + sentence("Six.") + `</p></div>`
	cases := []struct {
		name    string
		shown   string
		wantIn  string
		wantOut string
	}{
		{"the commented story is the body", `<div class="short-url">https://example.com/-abc</div>`, "Six. The council met", "example.com/-abc"},
		{"a shown body stays", `<article><h1>The sun rises again</h1>` + para("Shown one.") + para("Shown two.") + para("Shown three.") + `</article>`,
			"Shown three.", "Six. The council met"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			page := `<html><head><title>The sun rises again</title></head><body>` + c.shown +
				`<div data-gdpr-embedding><!--` + story + `--></div></body></html>`
			a, err := Extract(strings.NewReader(page), "https://example.com/travel/sun")
			require.NoError(t, err)
			assert.Contains(t, a.Text, c.wantIn)
			assert.NotContains(t, a.Text, c.wantOut)
		})
	}
}

// TestHeadlineArticle takes the article element that holds the headline
// when readability picks a list of other articles' teasers outside it.
func TestHeadlineArticle(t *testing.T) {
	t.Parallel()
	var teasers strings.Builder
	for _, w := range []string{"One", "Two", "Three", "Four", "Five", "Six"} {
		teasers.WriteString(`<li class="item"><article class="entry"><a href="/other-` + w + `"><strong>Other story ` + w + `</strong></a>` +
			`<div class="introduction"><p>` + sentence("Teaser "+w+", with commas, and more, of them.") + `</p><p>` + sentence("More of teaser "+w+",") + `</p></div></article></li>`)
	}
	page := `<html><head><title>The mayor wishes the banker well</title></head><body><div id="content"><article><header><h1>The mayor wishes the banker well</h1></header>` +
		`<div class="main"><div class="texte"><p><strong>Dear reader,</strong></p><p>` + sentence("I have a good one for you.") + `</p><p>` +
		sentence("Instead of punishing it, we should celebrate it.") + `</p><p>Enjoy.</p></div></div></article></div>` +
		`<div id="more"><ul class="liste-items">` + teasers.String() + `</ul></div></body></html>`
	a, err := Extract(strings.NewReader(page), "https://example.com/chronicles/mayor")
	require.NoError(t, err)
	assert.Contains(t, a.Text, "I have a good one for you.")
	assert.NotContains(t, a.Text, "Teaser One")
}
