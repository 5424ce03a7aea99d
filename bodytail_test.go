package scoop

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTailFurnitureLines checks the line rules of bodytail.go on the
// lines they are for and on text that only shares their words.
func TestTailFurnitureLines(t *testing.T) {
	t.Parallel()
	cases := []struct {
		re   string
		in   string
		want bool
	}{
		{"furniture", "JaNein", true},
		{"furniture", "Ja, nein, vielleicht: die Antwort bleibt offen.", false},
		{"furniture", "Newer Posts Home", true},
		{"furniture", "Subscribe to: Posts (Atom)", true},
		{"furniture", "Commenting feature is disabled in your country/region.", true},
		{"furniture", "Comments are closed on this story.", true},
		{"furniture", "Read more on", true},
		{"furniture", "Read more on the council's website, where the plan is published.", false},
		{"furniture", "Notre sélection vidéo", true},
		{"furniture", "Lire la suite", true},
		{"furniture", "مواضيع ساخنة اخرى", true},
		{"furniture", "Schlagworte: Cybercrime, Cyberkrieg, Hacking", true},
		{"furniture", "Tags: Computer science, Fun, Hacks", true},
		{"furniture", "EDITOR’S NOTE — A look at the veracity of claims by political figures.", true},
		{"furniture", "/Editor's note: The disclaimer below refers to advertising posts and does not apply to this story.", true},
		{"furniture", "The editor's notes were lost in the fire.", false},
		{"furniture", "This post is based on a recent piece that the author wrote for Bloomberg.", true},
		{"furniture", "Wir danken dem Autor für das Recht zur Veröffentlichung dieses Beitrags.", true},
		{"appeal", "Don’t have time to read about climate change as much as you’d like? Get a weekly roundup in your inbox instead.", true},
		{"appeal", "Get local news delivered to your inbox!", true},
		{"appeal", "The letter landed in my inbox on Monday.", false},
		{"appeal", "Get the latest news sent straight to your messages by joining our WhatsApp community today.", true},
		{"appeal", "If you're on a desktop, simply scan the QR code above with your phone and click 'Join Community'.", true},
		{"appeal", "My Twitter account is @michaelxpettis.", true},
		{"appeal", "+++ Abonnieren Sie jetzt den apolut-Newsletter: https://apolut.net/newsletter/", true},
		{"appeal", "Möchtest du mehr über unser Klimaschutzpaket wissen? Hier findest du alle Infos!", true},
		{"appeal", "Hier finden Sie alle Infos, die der Rat am Montag beschlossen hat.", false},
		{"translated", "Traduit de l’anglais", true},
		{"translated", "Translated from the German by Jane Doe", true},
		{"translated", "Traduit de l'anglais, le livre a trouvé des milliers de lecteurs en France dès sa sortie en librairie.", false},
	}
	for _, c := range cases {
		t.Run(c.re+"/"+c.in, func(t *testing.T) {
			t.Parallel()
			re := map[string]interface{ MatchString(string) bool }{"furniture": tailFurniture, "appeal": tailAppeal, "translated": translatedNote}[c.re]
			assert.Equal(t, c.want, re.MatchString(c.in))
		})
	}
}

// TestTailJunk checks the rules on whole pages: the furniture after the
// last paragraph and the date lines, notes and credits over the first go.
func TestTailJunk(t *testing.T) {
	t.Parallel()
	cases := []bodyCase{
		{
			name: "a separator and the editor's note under it go",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") + para("Second paragraph.") +
				`<p>___</p><p>EDITOR’S NOTE — A look at the veracity of claims by political figures.</p></article>`,
			wantIn:  []string{"First paragraph.", "Second paragraph."},
			wantOut: []string{"___", "EDITOR"},
		},
		{
			name: "a separator before a contributor line goes, the line stays; an asterism inside the text stays",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") + `<p>* * *</p>` + para("Second paragraph.") + para("Third paragraph.") +
				`<p>- - -</p><p>Jane Doe contributed to this report.</p></article>`,
			wantIn:  []string{"First paragraph.", "* * *", "Third paragraph.", "contributed to this report"},
			wantOut: []string{"- - -"},
		},
		{
			name: "a blog's date header, pager and feed link go",
			html: `<div class="blog-posts"><h2 class="date-header"><span>Wednesday, March 30, 2011</span></h2><div class="post"><div class="post-body">` + para("First paragraph.") + para("Second paragraph.") +
				`</div></div><div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="/">Newer Posts</a></span> <a class="home-link" href="/">Home</a></div>` +
				`<div class="blog-feeds"><div class="feed-links"> Subscribe to: <a class="feed-link" href="/feeds/posts/default">Posts (Atom)</a></div></div></div>`,
			wantIn:  []string{"First paragraph.", "Second paragraph."},
			wantOut: []string{"March 30", "Newer Posts", "Atom"},
		},
		{
			name: "a feedback widget's buttons and a comments notice go",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") + para("Second paragraph.") +
				`<div class="feedback"><p>War dieser Artikel hilfreich?</p><p><span>Ja</span><span>Nein</span></p></div><p>Commenting feature is disabled in your country/region.</p></article>`,
			wantIn:  []string{"First paragraph.", "Second paragraph."},
			wantOut: []string{"JaNein", "Commenting"},
		},
		{
			name: "a messenger community's box goes whole, its short lines between the appeals too",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") + para("Second paragraph.") +
				`<div class="factbox"><p>Get the latest news sent straight to your messages by joining our WhatsApp community today.</p>` +
				`<p>You'll receive daily updates on breaking news as well as the top headlines.</p><p>No one will be able to see who is signed up.</p>` +
				`<p>If you're on a desktop, simply scan the QR code above with your phone and click 'Join Community'.</p>` +
				`<p>To leave our community click on the name at the top of your screen and choose 'exit group'.</p></div></article>`,
			wantIn:  []string{"First paragraph.", "Second paragraph."},
			wantOut: []string{"WhatsApp", "daily updates", "signed up", "QR code", "exit group"},
		},
		{
			name: "a long newsletter appeal under the text goes",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") + para("Second paragraph.") +
				`<p><em>Don’t have time to read about climate change as much as you’d like?</em> <a href="/newsletter">Get a weekly roundup in your inbox instead.</a> Every Wednesday, the environment editor writes Imagine, a short email that goes a little deeper into just one climate issue. Join the 20,000+ readers who’ve subscribed so far.</p></article>`,
			wantIn:  []string{"First paragraph.", "Second paragraph."},
			wantOut: []string{"inbox"},
		},
		{
			name: "a French date line and a translation note over the text go",
			html: `<article><h1>Council agrees the budget for next year</h1><div class="meta"><span>Publié le 2 nov. 2023 à 16:00</span><span>Mis à jour le 2 nov. 2023 à 16:16</span></div><p>Traduit de l’anglais</p>` +
				para("First paragraph.") + para("Second paragraph.") + `</article>`,
			wantIn:  []string{"First paragraph.", "Second paragraph."},
			wantOut: []string{"Publié", "Traduit"},
		},
		{
			name: "an agency's credit and an Arabic date line over the text go",
			html: `<article><h1>Council agrees the budget for next year</h1><div class="article_created">تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً</div><p>EFE</p>` +
				para("First paragraph.") + para("Second paragraph.") + `</article>`,
			wantIn:  []string{"First paragraph.", "Second paragraph."},
			wantOut: []string{"EFE", "نشره"},
		},
	}
	runBodyCases(t, cases, false)
}

// TestTailSiteNameAndKicker checks that the site's name alone under the
// text goes, and a kicker the og:title opens with over it.
func TestTailSiteNameAndKicker(t *testing.T) {
	t.Parallel()
	page := `<html><head><title>Council agrees the budget for next year</title><meta property="og:site_name" content="Stuff">` +
		`<meta property="og:title" content="Gaza. Council agrees the budget for next year"></head><body><article><div class="article-heading"><span class="strapline">Gaza.</span> <h1>Council agrees the budget for next year</h1></div>` +
		para("First paragraph.") + para("Second paragraph.") + `<div class="credit">Stuff</div></article></body></html>`
	a, err := Extract(strings.NewReader(page), "https://example.com/news/budget")
	require.NoError(t, err)
	assert.Contains(t, a.Text, "Second paragraph.")
	assert.False(t, strings.HasPrefix(a.Text, "Gaza."), a.Text)
	assert.False(t, strings.HasSuffix(strings.TrimSpace(a.Text), "Stuff"), a.Text)
}

// TestTailRulesSpareText: the lines the tail, caption, tagline and
// read-also rules look for, said in the article's own sentences, stay.
func TestTailRulesSpareText(t *testing.T) {
	t.Parallel()
	phishing := "<p>Scammers have sent thousands of fake invoices straight to your inbox over the past month, most of them in the name of the city's water works. " +
		"Readers should scan the QR code on a letter only if they trust the sender, and check the address of any site it opens before typing a password; " +
		"the water works' own letters never ask for one, and neither do the banks.</p>"
	runBodyCases(t, []bodyCase{{
		name: "a live blog's heading, a sentence about photos, a long paragraph about phishing, a linked sentence",
		html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") +
			`<h2>The latest on the storm</h2>` + para("Second paragraph.") +
			`<p>The latest updates suggest the virus is spreading</p>` +
			`<p>Photos by the hundreds were shared online after the storm.</p>` +
			`<p>Fotos von Kindern dürfen nicht ohne Erlaubnis veröffentlicht werden.</p><p>Photo by Getty Images.</p>` +
			`<p>Mira <a href="/video/discurso">el discurso completo del presidente</a> y comparte tu opinión con nosotros.</p>` +
			para("Third paragraph.") + phishing + para("Fourth paragraph.") + para("Fifth paragraph.") + `</article>`,
		wantOut: []string{"Photo by Getty Images."},
		wantIn: []string{"The latest updates suggest", "Photos by the hundreds", "Fotos von Kindern", "y comparte tu opinión",
			"Scammers have sent", "Fifth paragraph."},
		wantHeads: []string{"The latest on the storm"},
	}}, true)
}
