package scoop

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTailLines checks the line rules for the furniture kept after the
// last paragraph: credits, "MORE :" links, app appeals, a lone "Share".
func TestTailLines(t *testing.T) {
	t.Parallel()
	cases := []struct {
		re   string
		in   string
		want bool
	}{
		{"credit", "Text: Peter Walker Fotos: Diverse", true},
		{"credit", "Words: Rudolf Fischer, Simon Kohler Photos: Simon Kohler", true},
		{"credit", "Text: the statement was short. It said the photos: all of them were lost in the fire", false},
		{"next", "MORE : Storm Ciarán tracker shows how deadly storm will rip right through heart of UK", true},
		{"next", "More than 300 homes lost power: the storm hit at night", false},
		{"next", "यह भी पढ़ें: बिजली बिल पर सपा का प्रदर्शन", true},
		{"boiler", "Share", true},
		{"boiler", "Share prices fell", false},
		{"cta", "Subscribe to Riverfront Times newsletters.", true},
		{"cta", "डाउनलोड करें जागरण एप और न्यूज़ जगत की सभी खबरों के साथ पायें जॉब अलर्ट", true},
		{"cta", "Contact reporter Jane Doe at jane@example.com. Want more stories like this? Subscribe to get unlimited access and support local journalism.", true},
		{"only", "MORE ABOUT", true},
		{"only", "More about the plan is expected next week.", false},
		{"credit", "Źródło zdjęcia głównego: ELVIS GONZALEZ/PAP/EPA", true},
		{"note", "This story was originally published at nytimes.com. Read it here.", true},
		{"note", "SUGGESTED CITATION Steinbeis, Maximilian: The First Decade, VerfBlog, 2019/7/13", true},
		{"note", "The story was first told by her grandmother in 1950.", false},
		{"arrow", "> Laien im Bestattungsdienst", true},
		{"caption", "© dpa-infocom, dpa:230428-99-483045/5", true},
		{"caption", "Lee Elder war beim Masters 1975 der Zuschauermagnet. | © Augusta National/Getty Images", true},
		{"caption", "Son tres los periodos de vacaciones durante el año escolar. Foto: Andina", true},
		{"caption", "Photograph by Ed Marshall, Redonda Restoration Programme", true},
		{"caption", "Abbildung: Vergleich auf dem Aletschgletscher", true},
		{"caption", "Vergrößern Eine kleine runde Aussparung für die Facetime-Kamera", true},
		{"caption", "Die Polizei sucht Zeugen. Foto und Video zeigen den Täter nicht.", false},
		{"caption", "Vergrößern Sie das Bild mit einem Klick.", false},
		{"comment", "Du musst Eingeloggt sein um Kommentare zu schreiben! oder noch gar nicht Registriert?", true},
		{"comment", "Sie sind aktuell nicht eingeloggt.", true},
		{"comment", "Sie sind aktuell nicht eingeloggt, wenn die Sitzung abläuft, und müssen sich neu anmelden.", false},
		{"latest", "The latest on artificial intelligence, from machine learning to computer vision and more", true},
		{"latest", "The latest news came on Monday, when the council voted.", false},
		{"permalink", "Permalien https://p.dw.com/p/RPYx", true},
		{"permalink", "Permalinks are the addresses of posts.", false},
		{"ad", "*Werbung. Dieser Beitrag enthält Werbung für MYMARINI.", true},
		{"ad", "Werbung nervt. Tracking nervt.", false},
		{"note", "Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion des Freitag.", true},
		{"note", "Sofern nicht anders ausgewiesen, stehen Inhalte dieser Website unter CC-BY", true},
		{"note", "Creative Commons licences let authors choose what others may do.", false},
		{"cta", "If you’re seeing this message but you’re already a subscriber, you can log in for immediate access to this story.", true},
		{"address", "www.openpetition.de/petition/online/gegen-die-tarifreform", true},
		{"address", "Bilder des Treffens", false},
		{"download", "Dieses Skript als PDF herunterladen", true},
		{"download", "Informationsschreiben vom 14. Oktober 2021PDF | 38 KB | Datei ist nicht barrierefrei", true},
		{"download", "Der Text ist online als PDF abrufbar und kann dort auch als Druckexemplar bestellt werden.", false},
		{"arrow", "Laien im Bestattungsdienst", false},
	}
	for _, c := range cases {
		t.Run(c.re+"/"+c.in, func(t *testing.T) {
			t.Parallel()
			re := map[string]interface{ MatchString(string) bool }{"next": readNextLine, "credit": creditLine, "boiler": boilerplateBlock, "cta": callToAction, "arrow": arrowLink, "only": readNextOnly, "note": closingNote,
				"caption": captionLine, "comment": commentForm, "latest": latestLine, "permalink": permalinkLine, "ad": adNotice, "address": addressText, "download": downloadLine}[c.re]
			assert.Equal(t, c.want, re.MatchString(c.in))
		})
	}
}

// TestTailAndBoxRules checks the rules on whole pages: the widgets after
// the text go, and headings of a date box, a date line or a kicker over
// the headline are no section headings.
func TestTailAndBoxRules(t *testing.T) {
	t.Parallel()
	cases := []bodyCase{
		{
			name: "page links, a bookmark toast and a Molongui author box after the text go",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") + para("Second paragraph.") +
				`<h3>Beitragsbild:</h3><p>(c) TV Thermen- &amp; Vulkanland | Michael Königshofer</p>` + `<div class="page-links"><span class="page-links-title">Article Pages:</span> <span>1</span> <a href="/2/">2</a></div>` +
				`<div class="bookmark-toast-article"><span class="toast-article-header">Story Saved</span><span class="toast-article-text">You can find this story in <a href="/my-bookmarks">My Bookmarks.</a></span></div>` +
				`<div class="m-a-box"><p>Nothing special. We cover news items that don't necessarily require an author.</p></div>` +
				`<p class="entry-meta">Autor: <span class="author vcard"><a href="/?author=1">kinra</a></span> | Artikel veröffentlicht am <abbr class="published">16.12.2012</abbr> <span class="category">Kategorien: <a href="/?cat=20">Überwachung</a></span></p></article>`,
			wantIn:  []string{"First paragraph.", "Second paragraph."},
			wantOut: []string{"Beitragsbild", "Königshofer", "Article Pages", "Story Saved", "My Bookmarks", "Nothing special", "Kategorien"},
		},
		{
			name: "links under an arrow go; a paragraph with a link in its text stays",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") +
				`<p>The <a href="/plan">plan</a> was agreed by the council on Monday evening after a long debate.</p>` + para("Second paragraph.") +
				`<p><a href="/laien">&gt; Laien im Bestattungsdienst</a></p><p><a href="/sprueche">&gt; Christliche Trauersprüche</a></p></article>`,
			wantIn:  []string{"First paragraph.", "was agreed by the council", "Second paragraph."},
			wantOut: []string{"Laien im", "Trauersprüche"},
		},
		{
			name: "the weekday over the date and a date line set as headings go; a real subhead stays",
			html: `<article><h1>Council agrees the budget for next year</h1><div class="article-meta"><h3 class="article-meta-day">Monday</h3><span class="article-meta-date">Apr 13, 2020 at 4:38 PM</span></div>` +
				`<h3>Datum: 22.12.2012, Rubrik: USA</h3>` + para("First paragraph.") + `<h3>What happens next</h3>` + para("Second paragraph.") + `</article>`,
			wantIn:    []string{"First paragraph.", "Second paragraph."},
			wantOut:   []string{"Rubrik"},
			wantHeads: []string{"What happens next"},
		},
		{
			name: "the site's name in a date line set as a heading goes",
			html: `<article><h1>Council agrees the budget for next year</h1><div class="storytime"><h4>Example News</h4>Mar 28, 2020, 06:15 PM IST</div>` +
				para("First paragraph.") + para("Second paragraph.") + `</article>`,
			wantIn:  []string{"First paragraph.", "Second paragraph."},
			wantOut: []string{"Example News"},
		},
		{
			name: "an h1 after the text's section headings starts a box under the article, which goes",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") + `<h2>What happens next</h2>` + para("Second paragraph.") + para("Third paragraph.") +
				`<div class="message-box"><h1>Congrats!</h1><p>You read this long post all the way down. Do you enjoy reading us? If you do, please support us so that we can keep up our work.</p></div></article>`,
			wantIn:    []string{"First paragraph.", "Third paragraph."},
			wantOut:   []string{"Congrats", "all the way down"},
			wantHeads: []string{"What happens next"},
		},
		{
			name: "h1 subheads of a text that has no lesser headings stay",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") + para("Second paragraph.") + para("Third paragraph.") +
				`<h1>What happens next</h1>` + para("Fourth paragraph.") + `</article>`,
			wantIn:    []string{"First paragraph.", "Fourth paragraph."},
			wantHeads: []string{"What happens next"},
		},
		{
			name: "a kicker heading over the headline goes",
			html: `<article class="article_content"><h4>ESPORTE</h4><h1>Council agrees the budget for next year</h1>` +
				para("First paragraph.") + para("Second paragraph.") + `</article>`,
			wantIn:  []string{"First paragraph.", "Second paragraph."},
			wantOut: []string{"ESPORTE"},
		},
		{
			name: "a link alone on its line after the text goes; a written address and a linked word in a sentence stay",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") +
				`<p>The <a href="/plan">plan</a> was agreed by the council on Monday evening after a long debate.</p>` + para("Second paragraph.") +
				`<p><a href="https://www.openpetition.de/petition/budget">www.openpetition.de/petition/budget</a></p>` +
				`<p><a href="/news/pune">Hier das Einzel-Tableau in Pune</a></p></article>`,
			wantIn:  []string{"First paragraph.", "was agreed by the council", "Second paragraph.", "www.openpetition.de"},
			wantOut: []string{"Einzel-Tableau"},
		},
		{
			name: "captions and credits set as paragraphs go, and a picture's own caption stays in the HTML with it",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") +
				`<p>Lee Elder war beim Masters 1975 der Zuschauermagnet. | © Augusta National/Getty Images</p>` + para("Second paragraph.") +
				`<p><img src="/council.jpg" alt=""> © DVFG/AdobeStock</p><p>Photograph by Ed Marshall, Redonda Restoration Programme</p>` + para("Third paragraph.") + `</article>`,
			wantIn:  []string{"First paragraph.", "Second paragraph.", "Third paragraph."},
			wantOut: []string{"Zuschauermagnet", "Augusta", "DVFG", "Ed Marshall"},
		},
		{
			name: "the paragraph that ends a module of links faces the other rules; a bold appeal goes",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") + para("Second paragraph.") +
				`<h3>Kommentare</h3><p>Sie sind aktuell nicht eingeloggt.</p><p><strong>¡Mira lo que tiene nuestro canal de YouTube!</strong></p></article>`,
			wantIn:  []string{"First paragraph.", "Second paragraph."},
			wantOut: []string{"eingeloggt", "YouTube"},
		},
	}
	runBodyCases(t, cases, true)
}

// TestCaptionKeepsImage checks that a credit in the picture's own
// paragraph leaves the text but not the HTML: the lead image of a page
// that declares none is read from the body.
func TestCaptionKeepsImage(t *testing.T) {
	t.Parallel()
	page := `<html><head><title>Council agrees the budget for next year</title></head><body><article><h1>Council agrees the budget for next year</h1>` +
		`<p><img src="https://example.com/council.jpg" alt=""> © DVFG/AdobeStock</p>` + para("First paragraph.") + para("Second paragraph.") + `</article></body></html>`
	a, err := Extract(strings.NewReader(page), "https://example.com/news/budget")
	require.NoError(t, err)
	assert.NotContains(t, a.Text, "DVFG")
	require.NotNil(t, a.Image)
	assert.Equal(t, "https://example.com/council.jpg", a.Image.URL)
}
