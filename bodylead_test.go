package scoop

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestLeadJunk drops what sites put before the first paragraph (an embed's
// "Loading...", a video promo, a date line with its credits, a word alone
// on its line, a caption, a player's fallback address) and placeholder
// text, and keeps the text those rules must not touch.
func TestLeadJunk(t *testing.T) {
	t.Parallel()
	cases := []bodyCase{
		{
			name: "an embed's loading placeholder goes",
			html: `<article><h1>Council agrees the budget for next year</h1><p class="responsive-embed-x">Loading...</p>` +
				para("First paragraph.") + para("Second paragraph.") + `</article>`,
			wantIn:  []string{"First paragraph.", "Second paragraph."},
			wantOut: []string{"Loading"},
		},
		{
			name: "a video promo over the player goes",
			html: `<article><h1>Council agrees the budget for next year</h1><div><p>Watch more of our videos on Shots! and live on Freeview channel 276</p><p>Visit Shots! now</p></div>` +
				para("First paragraph.") + para("Second paragraph.") + `</article>`,
			wantIn:  []string{"First paragraph.", "Second paragraph."},
			wantOut: []string{"Shots!"},
		},
		{
			name: "a date line with its source and picture credits goes",
			html: `<article><h1>Council agrees the budget for next year</h1><p class="tagline">22/11/2020 - 04:30 - Fonte: Agência Brasil - Foto: Cesar Greco/Palmeiras</p>` +
				para("First paragraph.") + para("Second paragraph.") + `</article>`,
			wantIn:  []string{"First paragraph.", "Second paragraph."},
			wantOut: []string{"Fonte:", "22/11/2020"},
		},
		{
			name: "a place name alone over the text goes; a one-word paragraph inside the text stays",
			html: `<article><h1>Council agrees the budget for next year</h1><div class="field"><p>Singapore</p></div>` +
				para("First paragraph.") + `<p>Why?</p>` + para("Second paragraph.") + `</article>`,
			wantIn:  []string{"First paragraph.", "Why?", "Second paragraph."},
			wantOut: []string{"Singapore"},
		},
		{
			name: "a wire caption and a player's fallback address go",
			html: `<article><h1>Council agrees the budget for next year</h1><p>FILE PHOTO: The mayor speaks during a council meeting in the town hall, January 17, 2020. REUTERS/Jane Doe/File Photo</p>` +
				para("First paragraph.") + `<p>http://cdn.example.com/uploads/2020/01/interview.wav</p>` + para("Second paragraph.") + `</article>`,
			wantIn:  []string{"First paragraph.", "Second paragraph."},
			wantOut: []string{"FILE PHOTO", "interview.wav"},
		},
		{
			name: "a kicker and a meta line in the article head go; a dek written as a sentence stays",
			html: `<article><header><div><span>Entrevista a Federico Achával</span></div><h2>Council agrees the budget for next year</h2>` +
				`<p class="meta">Lesezeit: 2 min</p><p>The council agreed its budget after a long night of talks.</p></header>` +
				para("First paragraph.") + para("Second paragraph.") + `</article>`,
			wantIn:  []string{"long night of talks", "First paragraph.", "Second paragraph."},
			wantOut: []string{"Entrevista", "Lesezeit"},
		},
		{
			name: "a section link, an edit link and a time over the text go; a table of contents stays",
			html: `<article><h1>Council agrees the budget for next year</h1><div class="slug"><a href="/section/fore">1 in Fore!</a></div>` +
				`<div class="edit"><a href="/admin/edit/1">Edit</a></div><div class="date">6:14 a.m.</div>` +
				para("First paragraph.") + para("Second paragraph.") + `</article>`,
			wantIn:  []string{"First paragraph.", "Second paragraph."},
			wantOut: []string{"Fore", "Edit", "6:14"},
		},
		{
			name: "a table of contents over the text stays",
			html: `<article><h1>Council agrees the budget for next year</h1><p><a href="#schools">Schools and roads</a></p>` +
				para("First paragraph.") + para("Second paragraph.") + `</article>`,
			wantIn: []string{"Schools and roads", "First paragraph.", "Second paragraph."},
		},
		{
			name: "placeholder Latin a paywall fills the box with is no body",
			html: `<article><h1>Council agrees the budget for next year</h1><div class="article">` +
				`<p>Dolor ipsam et est cumque. Laboriosam sed delectus rerum sint qui natus tenetur ea. Tenetur debitis aspernatur sapiente iure. Esse voluptatem eos sequi quia.</p>` +
				`<p>Quod repellat ipsa iure et laborum exercitationem. Eos quod nulla voluptatem ut id. Voluptatem consequuntur id illum dolores. Pariatur magnam rerum at cum.</p>` +
				para("First paragraph.") + `</div></article>`,
			wantIn:  []string{"First paragraph."},
			wantOut: []string{"ipsam", "repellat"},
		},
	}
	runBodyCases(t, cases, false)
}

// TestIsLorem tells placeholder Latin from text that quotes some Latin.
func TestIsLorem(t *testing.T) {
	t.Parallel()
	cases := []struct {
		in   string
		want bool
	}{
		{"Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.", true},
		{"Dolor ipsam et est cumque. Laboriosam sed delectus rerum sint qui natus tenetur ea. Tenetur debitis aspernatur sapiente iure.", true},
		{"The pope closed with the words \"Urbi et orbi\" and a blessing for the city and the world, as every year at Easter.", false},
		{"Gallia est omnis divisa in partes tres, quarum unam incolunt Belgae, aliam Aquitani, tertiam qui ipsorum lingua Celtae.", false},
	}
	for _, c := range cases {
		t.Run(c.in[:20], func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, c.want, isLorem(c.in))
		})
	}
}

// TestTitledArticle takes the article element whose heading says the
// headline over a list of teasers readability scored higher, where the
// headline is an h2 and the list prints the same title first.
func TestTitledArticle(t *testing.T) {
	t.Parallel()
	teaser := func(title, time string) string {
		return `<li><a href="/speedreads/1"><div class="sr-content"><h2 class="sr-headline"><p>` + title + `</p></h2><div class="tinytime">` + time + `</div></div></a></li>`
	}
	page := `<html><head><title>Trump visited a golf course on 24 percent of days</title>` +
		`<meta property="og:title" content="Trump visited a golf course on 24 percent of days"></head><body>` +
		`<div class="left-rail"><ul>` + teaser("Trump visited a golf course on 24 percent of days", "6:14 a.m.") +
		teaser("The U.S. is suing a necklace over its owner's taxes", "5:22 p.m.") + teaser("Williamson lays off her entire campaign staff", "3:58 p.m.") +
		teaser("Congressmembers ask the court to overturn the ruling", "3:44 p.m.") + teaser("The owner says happy holidays on the wrong day", "3:20 p.m.") +
		teaser("Trump warns Erdogan against an intervention in Libya", "2:43 p.m.") + teaser("The agency issues a ban on flavored cigarettes", "2:36 p.m.") +
		`</ul></div><section><article class="sr-story"><h2 class="sr-headline"><a href="/speedreads/1"><p>Trump visited a golf course on 24 percent of days</p></a></h2>` +
		`<div class="sr-text"><p>President Trump kicked off 2020 the same way he spent 24 percent of his days in 2019: with a visit to a golf course.</p>` +
		`<p>By one count, Trump visited one of his golf resorts at least 86 days in 2019, more than one day in five, and has now spent 252 days at a golf club.</p>` +
		`<p>Trump, who seems sensitive about the golfing, noted that you can do other things than golf at a golf club.</p></div></article></section></body></html>`
	ex := New()
	root, err := ex.parse([]byte(page), "text/html")
	require.NoError(t, err)
	p := newPage(root, "https://example.com/speedreads/1", &ex.cfg)
	p.headline = "Trump visited a golf course on 24 percent of days"
	got := p.titledArticle()
	require.NotNil(t, got)
	assert.Equal(t, "sr-story", attr(got, "class"))
	p.headline = "The U.S. is suing a necklace over its owner's taxes"
	assert.Nil(t, p.titledArticle(), "a teaser's title outside an article element")
}

// TestRestoreEdges puts back the first and last paragraphs, each one link,
// that readability left out, when the declared articleBody holds them; a
// link paragraph the declaration does not hold stays out.
func TestRestoreEdges(t *testing.T) {
	t.Parallel()
	first := "Taking place at the leisure centre in Park Lane, the indoor market will kick start the festivities with up to 200 stalls."
	last := "This event is hosted by Funyard Events and for more information about what the weekend has to offer, click here."
	body := []string{
		"The event will take place on November 4 and 5 between 9am and 2pm and there is a lot of free parking on the site.",
		"The event is free to enter and there will be lots of things on offer to keep the whole family interested all weekend.",
	}
	wrap := func(s string) string { return `<div class="markup"><p>` + s + `</p></div>` }
	linked := func(s string) string {
		return `<div class="markup"><p><a href="https://events.example.org/market">` + s + `</a></p></div>`
	}
	ld := `{"@context":"https://schema.org","@type":"NewsArticle","headline":"Indoor Christmas market takes place this weekend","articleBody":"` +
		first + "  " + strings.Join(body, "  ") + "  " + last + `"}`
	doc := `<html><head><script type="application/ld+json">` + ld + `</script></head><body><div class="content">` +
		linked("Visit our video channel now and watch more of our films about the town and its people.") + linked(first) +
		`<div class="ad"></div>` + wrap(body[0]) + wrap(body[1]) + `<div class="ad"></div>` + linked(last) + `</div></body></html>`
	ex := New()
	p := articlePage(t, ex, doc, "https://example.com/news/market")
	kept, err := ex.parse([]byte(`<div><div><p>`+body[0]+`</p><p>`+body[1]+`</p></div></div>`), "text/html")
	require.NoError(t, err)
	part := findFirst(kept, func(n *html.Node) bool { return n.DataAtom == atom.Div })
	require.NotNil(t, part)
	p.restoreEdges(part, func(*html.Node) bool { return false })
	got := nodeText(part)
	assert.True(t, strings.HasPrefix(got, "Taking place"), got)
	assert.True(t, strings.HasSuffix(strings.TrimSpace(got), "click here."), got)
	assert.NotContains(t, got, "video channel")
}
