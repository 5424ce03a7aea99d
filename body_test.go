package scoop

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsscoop/scoop/internal/meta"
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
		{"boiler", "Möchten Sie den Artikel teilen?", true},
		{"boiler", "War der Artikel nützlich?", true},
		{"boiler", "War der Artikel nützlich für die Vorbereitung auf die Prüfung im Herbst?", false},
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
		{"heading", "Beiträge zum Thema", true},
		{"heading", "Neueste Artikel", true},
		{"heading", "Schon gelesen?", true},
		{"heading", "Lesen Sie auch die folgenden Beiträge:", true},
		{"heading", "Keine Kommentare", true},
		{"heading", "Leave a Reply", true},
		{"heading", "Neueste Entwicklungen im Prozess", false},
		{"next", "Auch lesen: Warum Hummeln früher fliegen", true},
		{"heading", "read more in politics", true},
		{"heading", "Trending Stories", true},
		{"heading", "Te recomendamos ⬇", true},
		{"next", "Baca juga: Menhub Lobi Sri Mulyani dan Airlangga", true},
		{"next", "Читайте також: Прорив в українському правосудді", true},
		{"heading", "Weiterführende Links", true},
		{"only", "À lire aussi", true},
		{"only", "À lire aussi : la réforme", false},
		{"only", "Siehe auch die Tabelle unten.", false},
		{"only", "Weitere Informationen:", true},
		{"only", "Kontaktieren Sie uns", false},
		{"heading", "Weitere Beiträge zum Thema", true},
		{"heading", "Mehr zum Thema auf Example.de", true},
		{"heading", "Audios et vidéos sur le sujet", true},
		{"next", "À lire aussi » Ballonnements, lourdeurs", true},
		{"next", "Dowiedz się więcej: Kto jak głosował", true},
		{"php", "Warning: Creating default object from empty value in /www/htdocs/w0094d70/wp-includes/classes.php on line 407", true},
		{"php", "Strict Standards: Non-static method nggGallery::get_option() should not be called statically in /www/htdocs/nggfunctions.php on line 813", true},
		{"php", "Warning: the bridge is closed on line 4 of the map in the town centre.", false},
		{"cta", "Follow TechRadar on Google News and add us as a preferred source to get our expert news, reviews, and opinion in your feeds.", true},
		{"cta", "Recibe alertas desde Google News", true},
		{"cta", "The story first ran on Google News on Monday.", false},
		{"cta", "この記事は会員限定です。 紙の新聞の定期購読者の方は、無料で会員登録できます。", true},
		{"cta", "記事に『リアクション』ができます。ご利用には会員登録が必要です。", true},
		{"cta", "Subscribe now to our eNATION edition for the full story.", true},
		{"cta", "For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.", true},
		{"cta", "Follow The Gleaner on Twitter and Instagram @JamaicaGleaner", true},
		{"cta", "Abonniere unseren Newsletter und erfahre alles Wissenswerte.", true},
		{"cta", "¿Ya sabías que tenemos canal de Telegram? Únete desde aquí.", true},
		{"cta", "© 2022, Example News. All rights reserved.", true},
		{"cta", "The minister said she would follow the advice of the committee on Twitter policy.", false},
		{"cta", "Readers who subscribe to the service pay less.", false},
		{"cta", "不用抽 不用搶 現在用APP看新聞 保證天天中獎 點我下載APP 按我看活動辦法", true},
		{"heading", "Mehr lesen:", true},
		{"heading", "Weiterlesen:", true},
		{"heading", "Weiterführender Link", true},
		{"heading", "Das Thema könnte dich auch interessieren:", true},
		{"heading", "Artikel und Videos zum Thema", true},
		{"heading", "meist-diskutiert", true},
		{"heading", "Meistgelesene Artikel", true},
		{"heading", "Weitere Informationen:", true},
		{"heading", "Kontakt:", true},
		{"heading", "Weiterlesen lohnt sich nicht immer", false},
		{"only", "Noch mehr Infos für dich", true},
		{"only", "Auch auf gofeminin.de", true},
		{"only", "Auch auf dem Land wird gebaut.", false},
		{"only", "Kommentare schreiben", true},
		{"only", "Kommentare insgesamt: 0", true},
		{"only", "Kommentare schreiben ist hier ausdrücklich erwünscht.", false},
		{"next", "Mehr lesen: Warum Hummeln früher fliegen", true},
		{"boiler", "zurück", true},
		{"boiler", "Zurück zum Inhaltsverzeichnis", true},
		{"boiler", "zurück zur Listenansicht", true},
		{"boiler", "Back to top", true},
		{"boiler", "Zurück in die Zukunft ist ein Film von 1985.", false},
		{"boiler", "Skip to Content", true},
		{"boiler", "Lade weitere Inhalte ...", true},
		{"boiler", "Quellen ausblenden", true},
		{"boiler", "Rezept drucken Bei Pinterest speichern", true},
		{"boiler", "Drucken Sie das Formular aus und senden Sie es ein.", false},
		{"consent", "Empfohlener redaktioneller Inhalt", true},
		{"consent", "YouTube-Inhalte erlauben", true},
		{"consent", "Ein Klick für den Datenschutz", true},
		{"consent", "Externen Inhalt anzeigen", true},
		{"consent", "Ich bin damit einverstanden, dass mir Inhalte von YouTube angezeigt werden.", true},
		{"consent", "Externer InhaltUm Deine persönlichen Daten zu schützen, haben wir das automatische Laden blockiert.", true},
		{"consent", "Der Minister war damit einverstanden, dass die Schulen öffnen.", false},
		{"heading", "IN THIS SECTION", true},
		{"heading", "Másnoticias", true},
		{"heading", "Más noticias", true},
		{"heading", "In this section of the report we look at costs", false},
		{"next", "Mehr: Deutsche Banken haben den Niedrigzinsen mit einem scharfen Wachstumskurs getrotzt.", true},
		{"next", "Mehr als die Hälfte der Befragten: sie wollen weniger zahlen", false},
		{"boiler", "Druckversion", true},
		{"boiler", "mehr...", true},
		{"boiler", "Mehr Transparenz", false},
		{"boiler", "PDF-Version", true},
		{"boiler", "Printer-friendly version", true},
		{"cta", "Get the latest updates from the 2024 campaign trail, exclusive interviews and more at our Fox News Digital election hub.", true},
		{"cta", "Get the latest updates on the storm as officials said more rain is coming.", false},
		{"about", "Über den Autor", true},
		{"about", "About the author", true},
		{"about", "About the author's new book, critics were divided", false},
		{"closing", "Hat dir dieser Artikel gefallen? Dann würde es uns sehr freuen, wenn auch du uns als Supporter mit einem monatlichen Beitrag unterstützt.", true},
		{"closing", "Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende.", true},
		{"closing", "If our services have assisted you, our work would be much more secure with your help - For as little as £5, you can support ZimEye", true},
		{"closing", "Hat dir dieser Artikel gefallen? Schreib uns in die Kommentare.", false},
		{"closing", "If you enjoyed this article, you will like the next one too.", false},
	}
	for _, c := range cases {
		t.Run(c.re+"/"+c.in, func(t *testing.T) {
			t.Parallel()
			re := map[string]interface{ MatchString(string) bool }{"next": readNextLine, "credit": creditLine, "heading": readNextHeading, "only": readNextOnly, "boiler": boilerplateBlock, "cta": callToAction, "consent": embedConsent, "php": phpError, "about": aboutAuthor, "closing": closingAppeal}[c.re]
			assert.Equal(t, c.want, re.MatchString(c.in))
		})
	}
}

func TestIsDateLine(t *testing.T) {
	t.Parallel()
	cases := []struct {
		in   string
		want bool
	}{
		{"Aktualisiert: 11.04.2020, 10:27", true},
		{"16 marca 2021", true},
		{"2021-10-16 | Botschaft", true},
		{"06. 01. 2026, 14:59 Uhr Lesedauer: 4 Minuten", true},
		{"Submitted on Mon, 2019-01-21 13:49", true},
		{"24.01.2022 11:38 Kategorie: News", true},
		{"2023-11-02 20:13 来源: 搜狐政务 发布于：北京市", true},
		{"Einsendeschluss: 03.11.2019 (Poststempel)", false},
		{"Deadline: 1 June 2024", false},
		{"Anmeldeschluss: 03.11.2019", false},
		{"On 3 March 2020 the council met again.", false},
		{"The council met.", false},
		{"2025年1月14日 01時28分 (1月14日 01時40分更新)", true},
		{"2023-11-02 20:13 来源: 搜狐政务 发布于：北京市", true},
		{"2025年1月14日に公開された映画。", false},
		{"22/11/2020 - 04:30 - Fonte: Agência Brasil - Foto: Cesar Greco/Palmeiras", true},
		{"22/11/2020 - Fonte: Agência Brasil - The council met again on Monday", false},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, c.want, isDateLine(block{text: c.in}))
		})
	}
	li := &html.Node{Type: html.ElementNode, Data: "li", DataAtom: atom.Li}
	assert.False(t, isDateLine(block{node: li, text: "16 marca 2021"}), "a list item is a timeline entry")
}

// para is a paragraph long enough for readability to score it.
func para(s string) string {
	return "<p>" + s + " " + strings.Repeat("The council met on Monday and agreed the budget after a long debate about schools and roads. ", 3) + "</p>"
}

// bodyCase is a page body under the headline "Council agrees the budget
// for next year", the texts its extracted body must and must not hold,
// and its section headings.
type bodyCase struct {
	name      string
	html      string
	wantIn    []string
	wantOut   []string
	wantHeads []string
}

// articlePage parses doc as the page at pageURL with its metadata read,
// and requires the article entity it declares.
func articlePage(t *testing.T, ex *Extractor, doc, pageURL string) *page {
	t.Helper()
	root, err := ex.parse([]byte(doc), "text/html")
	require.NoError(t, err)
	p := newPage(root, pageURL, &ex.cfg)
	p.meta = meta.Read(root)
	p.art = p.meta.Article()
	require.NotNil(t, p.art)
	return p
}

// runBodyCases extracts each case and checks its text, and its headings
// when heads is true.
func runBodyCases(t *testing.T, cases []bodyCase, heads bool) {
	t.Helper()
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
			if !heads {
				return
			}
			var got []string
			for _, s := range a.Sections {
				if s.Heading != "" {
					got = append(got, s.Heading)
				}
			}
			assert.Equal(t, c.wantHeads, got)
		})
	}
}

func TestBodyRules(t *testing.T) {
	t.Parallel()
	cases := []bodyCase{
		{
			name: "a drop cap set apart from its paragraph starts the paragraph again",
			html: `<article><h1>Council agrees the budget for next year</h1><div><span class="cap">T</span>` +
				para("he council agreed the budget.") + `</div>` + para("Second paragraph.") +
				`<div><span>A</span>` + para("A list label stays apart.") + `</div>` +
				`<div><span class="dropcap">A</span><p> man in the public gallery shouted. ` + strings.Repeat("The council met on Monday. ", 5) + `</p></div></article>`,
			wantIn:  []string{"The council agreed the budget.", "Second paragraph.", "man in the public gallery"},
			wantOut: []string{"Ahe", "AA list", "Aman"},
		},
		{
			name: "a box's title left last once its box went heads nothing; a bold closing line stays",
			html: `<article><h1>Council agrees the budget for next year</h1><h2>Schools</h2>` + para("First paragraph.") +
				`<p><b>This closing line stays</b></p><h3>Be the first to know</h3><div class="newsletter"><form><input type="email"></form></div></article>`,
			wantIn:    []string{"First paragraph.", "This closing line stays"},
			wantOut:   []string{"Be the first to know"},
			wantHeads: []string{"Schools"},
		},
		{
			name: "a WordPress post class does not discard the post",
			html: `<article class="post type-post category-news tag-newsletter"><h1>Council agrees the budget for next year</h1>` +
				para("First paragraph.") + para("Second paragraph.") + `</article>` +
				`<div id="comments" class="comments-area">` + strings.Repeat(para("A long comment."), 6) + `</div>`,
			wantIn:  []string{"First paragraph.", "Second paragraph."},
			wantOut: []string{"A long comment."},
		},
		{
			name: "a section heading readability drops for its header class is put back between the blocks it kept",
			html: `<article><h1>Council agrees the budget for next year</h1><div class="article-body">` +
				`<div class="wpb_text_column"><div class="wpb_wrapper">` + para("First paragraph.") + `</div></div>` +
				`<h2 class="vc_custom_heading running-header">Schools get more money</h2>` +
				`<div class="wpb_text_column"><div class="wpb_wrapper">` + para("Second paragraph.") + `</div></div>` +
				`<h2 class="vc_custom_heading running-header">Roads wait another year</h2>` +
				`<div class="wpb_text_column"><div class="wpb_wrapper">` + para("Third paragraph.") + `</div></div></div></article>`,
			wantIn:    []string{"First paragraph.", "Second paragraph.", "Third paragraph."},
			wantHeads: []string{"Schools get more money", "Roads wait another year"},
		},
		{
			name: "a byline word left without its name and furniture at the end go (comment count, a lone slash)",
			html: `<article><h1>Council agrees the budget for next year</h1><p>Kommentar von</p>` + para("First paragraph.") +
				para("Second paragraph.") + `<p>3 Kommentare</p><p>/</p></article>`,
			wantIn:  []string{"First paragraph.", "Second paragraph."},
			wantOut: []string{"Kommentar von", "Kommentare", "/"},
		},
		{
			name: "a label ending in a colon with nothing after it goes; one with text after it stays",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") +
				`<p>Die Zahlen im Überblick:</p>` + para("Second paragraph.") + `<p>Quellenangaben:</p></article>`,
			wantIn:  []string{"First paragraph.", "Die Zahlen im Überblick:", "Second paragraph."},
			wantOut: []string{"Quellenangaben"},
		},
		{
			name: "a box hidden by its class goes; one a responsive class shows stays",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") +
				`<div class="article-block hidden"><p>THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY</p><ul><li>Unlimited digital access.</li></ul></div>` +
				`<div class="hidden md:block">` + para("Second paragraph.") + `</div>` + para("Third paragraph.") + `</article>`,
			wantIn:  []string{"First paragraph.", "Second paragraph.", "Third paragraph."},
			wantOut: []string{"RESERVED", "Unlimited"},
		},
		{
			name: "a newsletter appeal between the paragraphs goes; one in a quoted post stays",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") +
				`<p>Never miss the latest news by signing up to our newsletter today!</p>` + para("Second paragraph.") +
				`<blockquote class="twitter-tweet"><p>I didn't sign up for the city's emergency alert system to be woken at 4am.</p></blockquote>` +
				para("Third paragraph.") + para("Fourth paragraph.") + para("Fifth paragraph.") + `</article>`,
			wantIn:  []string{"First paragraph.", "Second paragraph.", "emergency alert system", "Fifth paragraph."},
			wantOut: []string{"Never miss"},
		},
		{
			name: "a closing signature with the author's name goes; a sentence naming the author stays",
			html: `<html><head><meta name="author" content="Jane Doe"></head><body><article><h1>Council agrees the budget for next year</h1>` +
				para("First paragraph.") + para("Second paragraph.") + para("Third paragraph.") + para("Fourth paragraph.") + para("Fifth paragraph.") +
				para("Sixth paragraph.") + `<p>Jane Doe spoke to the mayor after the vote.</p>` + `<p>Von: Jane Doe</p></article></body></html>`,
			wantIn:  []string{"First paragraph.", "Jane Doe spoke to the mayor"},
			wantOut: []string{"Von: Jane Doe"},
		},
		{
			name: "a kicker, a breadcrumb, a video's running time and the logo link over the article go",
			html: `<header class="main-header"><h2><a id="express-logo" href="/"><span>Express. Home of the Daily and Sunday Express.</span></a></h2></header>` +
				`<div id="crumbs">You are here: <a href="/">Home</a> / <a href="/showbiz/">Showbiz</a> / Council agrees the budget</div>` +
				`<article><header class="article__header"><p class="article__header__dachzeile">Semesterstart</p>` +
				`<div class="ue-c-article__kicker-container"><div class="ue-c-article__kicker">Política</div></div><h1>Council agrees the budget for next year</h1></header>` +
				`<div class="video-container"><div class="image"><img src="/v.jpg" alt=""><span class="duration">17m</span></div></div>` +
				para("First paragraph.") + `<p>The <a class="transition-colors duration-200" href="/a">council's own report</a> was read out.</p>` + para("Second paragraph.") + `</article>`,
			wantIn:  []string{"First paragraph.", "council's own report", "Second paragraph."},
			wantOut: []string{"Express. Home", "You are here", "Semesterstart", "Política", "17m"},
		},
		{
			name: "subscription boxes, tag lists, tickers, latest-news lists and each comment of a long thread go",
			html: `<div class="stock-bar"><div class="marquee"><span>ATX 3078.02 -0.24%</span></div></div>` +
				`<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") +
				`<div class="mensaje_suscripcion_nota"><p>Las noticias locales nunca fueron tan importantes SUSCRIBITE</p></div>` + para("Second paragraph.") +
				`<div class="affiliate_info">Die mit einem Symbol gekennzeichneten Links sind Affiliate-Links. Kommt darüber ein Einkauf zustande, erhalten wir eine Provision.</div>` +
				`<div class="nl_subscription_form"><p>Informiert sein, verstehen, die richtigen Entscheidungen treffen. Jeden Freitag als Newsletter.</p></div>` +
				`<ul class="ue-c-article__tags"><li class="ue-c-article__tags-item"><a href="/t/psoe">PSOE</a></li><li class="ue-c-article__tags-item"><a href="/t/erc">ERC</a></li></ul></article>` +
				`<div class="article-latest-news"><div class="item"><span>13 Minuten Ago</span><p>Der Betrugsprozess gegen den ehemaligen CEO ist in vollem Gange....</p></div></div>` +
				`<ul class="comments-list">` + strings.Repeat(`<li class="comment"><div class="comment-body"><cite>Reader</cite> sagt:`+para("A long comment.")+`</div></li>`, 8) + `</ul>`,
			wantIn:  []string{"First paragraph.", "Second paragraph."},
			wantOut: []string{"ATX", "SUSCRIBITE", "Affiliate-Links", "Jeden Freitag", "PSOE", "Betrugsprozess", "A long comment."},
		},
		{
			name: "a byline in capitals and a byline word alone before the text go",
			html: `<html><head><meta name="author" content="Fidel Rendón Matienzo"></head><body><article><h1>Council agrees the budget for next year</h1>` +
				`<div class="the-content"><p>By:</p><p>Por FIDEL RENDÓN MATIENZO</p>` + para("First paragraph.") + para("Second paragraph.") +
				para("Third paragraph.") + para("Fourth paragraph.") + `</div></article></body></html>`,
			wantIn:  []string{"First paragraph.", "Second paragraph."},
			wantOut: []string{"FIDEL", "By:"},
		},
		{
			name: "a long appeal for support and a labelled ad closing the article go",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") + para("Second paragraph.") +
				para("Third paragraph.") + para("Fourth paragraph.") + para("Fifth paragraph.") + para("Sixth paragraph.") +
				`<p>Hat dir dieser Artikel gefallen? Dann würde es uns sehr freuen, wenn auch du uns als Supporter mit einem monatlichen Beitrag unterstützt. Als Supporter bekommst du alle Artikel ohne Werbung.</p>` +
				`<p>Words: Jane Doe Photos: John Roe</p><div class="code-block"><p>ANZEIGE - Heute mal ausgehen/bestellen? Wie wäre es mit: Pizza.</p></div></article>`,
			wantIn:  []string{"First paragraph.", "Sixth paragraph."},
			wantOut: []string{"Supporter", "ANZEIGE"},
		},
		{
			name: "an author box, a section's link list and a dangling full-width label go",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") + para("Second paragraph.") +
				`<div class="InfoBox"><h6 class="InfoBox-title">Über den Autor</h6><p>Martin Gerecke ist Rechtsanwalt in Hamburg. Er berät Unternehmen im Medienrecht und schreibt über Werbung.</p></div>` +
				`<h2>IN THIS SECTION</h2><ul><li><a href="/a">Another story about the council</a></li></ul><p>责任编辑：</p></article>`,
			wantIn:  []string{"First paragraph.", "Second paragraph."},
			wantOut: []string{"Über den Autor", "Rechtsanwalt", "IN THIS SECTION", "Another story", "责任编辑"},
		},
		{
			name: "an embed's consent placeholder goes",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") +
				`<div class="box"><div class="h3">Empfohlener redaktioneller Inhalt</div><p>An dieser Stelle findest du einen externen Inhalt von YouTube, der den Artikel ergänzt.</p>` +
				`<label>YouTube-Inhalte erlauben</label><p class="info">Ich bin damit einverstanden, dass mir Inhalte von YouTube angezeigt werden.</p></div>` +
				para("Second paragraph.") + `</article>`,
			wantIn:  []string{"First paragraph.", "Second paragraph."},
			wantOut: []string{"Empfohlener", "externen Inhalt", "erlauben", "einverstanden"},
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
			name: "a sentence after a label word is text; a read-next title without its link goes",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") +
				`<p>Mira: We expect the first buses to run in June, and the trams a year later.</p>` +
				`<p>Related: the council rejected a similar plan in 2019 after a long debate.</p>` + para("Second paragraph.") +
				`<p>Zum Weiterlesen: Claudia Duwe, Der Zukunft wieder vertrauen, Patmos Verlag</p></article>`,
			wantIn:  []string{"We expect the first buses", "the council rejected a similar plan", "Second paragraph."},
			wantOut: []string{"Claudia Duwe"},
		},
		{
			name: "closing sentences that only mention signing up or an app stay; appeals go",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") + para("Second paragraph.") +
				`<p>Residents can sign up for the new evening route at any library from Monday.</p>` +
				`<p>Riders will be able to download the new city transit app before the launch.</p>` +
				`<p>La sesión será transmitida en el canal de YouTube del ayuntamiento.</p>` +
				`<p>Want more council news? Sign up for the Town Hall Brief to get it every week.</p></article>`,
			wantIn:  []string{"Residents can sign up", "download the new city transit app", "canal de YouTube del ayuntamiento"},
			wantOut: []string{"Town Hall Brief"},
		},
		{
			name: "an appeal someone makes in the news is text",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") +
				`<p>Officials urged residents to sign up for the emergency alerts.</p>` + para("Second paragraph.") +
				`<p>"Please consider supporting the food bank this winter," Smith said.</p>` + para("Third paragraph.") + `</article>`,
			wantIn: []string{"sign up for the emergency alerts", "consider supporting the food bank"},
		},
		{
			name: "read-more lines and credits go",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") +
				`<p>Read more: <a href="/x">Council rejects the plan</a></p><p>Foto: dpa</p>` + para("Second paragraph.") + `</article>`,
			wantIn:  []string{"First paragraph.", "Second paragraph."},
			wantOut: []string{"Council rejects the plan", "Foto: dpa"},
		},
		{
			name: "a caption outside figcaption goes",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") +
				`<div class="media"><img src="/a.jpg"><p class="media__caption">The town hall on Monday evening, seen from the market square</p></div>` +
				para("Second paragraph.") + `</article>`,
			wantIn:  []string{"First paragraph.", "Second paragraph."},
			wantOut: []string{"seen from the market square"},
		},
		{
			name: "a read-also label on its own line goes with the links under it",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") +
				`<p>À lire aussi</p><p><a href="/a">Another story about roads</a></p>` + para("Second paragraph.") + `</article>`,
			wantIn:  []string{"First paragraph.", "Second paragraph."},
			wantOut: []string{"lire aussi", "Another story about roads"},
		},
		{
			name: "a kicker and the headline at the top are not a section heading",
			html: `<article><h1>Council agrees the budget for next year</h1><div><h2>Town hall: Council agrees the budget for next year</h2>` +
				para("First paragraph.") + `<h2>Schools first</h2>` + para("Second paragraph.") + `</div></article>`,
			wantIn:    []string{"First paragraph.", "Second paragraph."},
			wantHeads: []string{"Schools first"},
		},
		{
			name: "a run of headings with no text between them is a list, not sections",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") +
				`<h2>Schools first</h2>` + para("Second paragraph.") +
				`<h3>Council</h3><h3>Budget</h3><h3>Schools</h3><h3>Roads</h3></article>`,
			wantIn:    []string{"First paragraph.", "Second paragraph.", "Roads"},
			wantHeads: []string{"Schools first"},
		},
		{
			name: "appeals and notices at the end go, and a date line",
			html: `<article><h1>Council agrees the budget for next year</h1><p>Aktualisiert: 11.04.2020, 10:27</p>` + para("First paragraph.") +
				para("Second paragraph.") + `<p>Subscribe now to our e-paper edition for the full story.</p>` +
				`<p>This article is the copyrighted property of Example News. Written permission must be obtained before reprint.</p></article>`,
			wantIn:  []string{"First paragraph.", "Second paragraph."},
			wantOut: []string{"Aktualisiert", "Subscribe now", "copyrighted property"},
		},
		{
			name: "disclaimers, rating widgets, author boxes spelled without a dash and captions named legend go",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") +
				`<p class="aawp-disclaimer">Bei den Verlinkungen handelt es sich um Affiliate-Links.</p>` + para("Second paragraph.") +
				`<p><span class="post-ratings">War der Artikel nützlich? (Noch keine Bewertungen)</span></p>` +
				`<div class="TestReport__AuthorBox"><p>Jane Doe ist Redakteurin und schreibt über Technik.</p></div>` +
				`<div class="rightImage"><img src="/a.jpg"><div class="legend">Der Hirschkäfer im lichten Wald. Foto © Jane Doe</div></div>` +
				`<div class="postmetadata">This entry was posted on Monday in News.</div></article>`,
			wantIn:  []string{"First paragraph.", "Second paragraph."},
			wantOut: []string{"Affiliate-Links", "Bewertungen", "Redakteurin", "Hirschkäfer", "This entry was posted"},
		},
		{
			name: "a related module of linked headings still goes whole",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") +
				`<h2>Schools first</h2>` + para("Second paragraph.") +
				`<h3>Related stories</h3><h3><a href="/a">Another story about roads</a></h3><h3><a href="/b">A story about schools</a></h3></article>`,
			wantIn:    []string{"First paragraph.", "Second paragraph."},
			wantOut:   []string{"Related stories", "Another story about roads"},
			wantHeads: []string{"Schools first"},
		},
		{
			name: "a linked heading with nothing after it is a teaser",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") +
				`<h2>Schools first</h2>` + para("Second paragraph.") +
				`<h3><a href="/news/roads">Mayor promises new roads for the north of the city</a></h3></article>`,
			wantIn:    []string{"First paragraph.", "Second paragraph."},
			wantOut:   []string{"Mayor promises new roads"},
			wantHeads: []string{"Schools first"},
		},
		{
			name: "a teaser card of another article among the paragraphs goes",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") + para("Second paragraph.") +
				`<article class="teaser"><h3><span>Roads:</span> Mayor promises new roads</h3><p>The north of the city gets three new roads by 2030.</p></article>` +
				para("Third paragraph.") + para("Fourth paragraph.") + `</article>`,
			wantIn:  []string{"First paragraph.", "Fourth paragraph."},
			wantOut: []string{"Mayor promises new roads", "three new roads"},
		},
		{
			name: "a bold line in a coloured span is a subheading",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") +
				`<p><span style="color: #808080;"><strong>Schools first</strong></span></p>` + para("Second paragraph.") + `</article>`,
			wantIn:    []string{"First paragraph.", "Second paragraph."},
			wantHeads: []string{"Schools first"},
		},
		{
			name: "a heading that says the headline deep in the body is a teaser, not a section",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") +
				`<h2>Schools first</h2>` + para("Second paragraph.") + para("Third paragraph.") + para("Fourth paragraph.") +
				para("Fifth paragraph.") + para("Sixth paragraph.") + `<div class="player"><h3>Council agrees the budget for next year</h3></div>` +
				para("Seventh paragraph.") + `</article>`,
			wantIn:    []string{"First paragraph.", "Seventh paragraph."},
			wantHeads: []string{"Schools first"},
		},
		{
			name: "a kicker set as a heading over the headline is not a section heading",
			html: `<article><div class="body"><header><h2 class="article-kicker">Extremism</h2></header>` +
				para("First paragraph.") + `<h2>Schools first</h2>` + para("Second paragraph.") + `</div></article>`,
			wantIn:    []string{"First paragraph.", "Second paragraph."},
			wantOut:   []string{"Extremism"},
			wantHeads: []string{"Schools first"},
		},
		{
			name: "a printed title the article entity declares as its alternative headline is not a section heading",
			html: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council agrees the budget for next year",` +
				`"alternativeHeadline":"Town hall - Schools win, roads wait","description":"The council met on Monday."}</script>` +
				`<article><header><h1>Council agrees the budget for next year</h1><p>The council met on Monday.</p></header>` +
				`<div class="body"><h2>Town hall: Schools win, roads wait</h2>` +
				para("First paragraph.") + `<h2>Schools first</h2>` + para("Second paragraph.") + `</div></article>`,
			wantIn:    []string{"First paragraph.", "Second paragraph."},
			wantOut:   []string{"roads wait"},
			wantHeads: []string{"Schools first"},
		},
		{
			name: "a picture with its caption under a line break goes; a line beside a floated picture stays",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") +
				`<p><img src="/a.jpg"><br><em><sub>Abbildung 3: The town hall before the vote.</sub></em></p>` +
				`<p><a href="/b.jpg"><img src="/b-small.jpg" class="alignleft"></a><em>And now for the roads:</em></p>` +
				para("Second paragraph.") + `</article>`,
			wantIn:  []string{"First paragraph.", "And now for the roads:", "Second paragraph."},
			wantOut: []string{"Abbildung 3"},
		},
		{
			name: "paragraphs and headings marked as paywalled stay; the paywall box goes",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") +
				`<h2 class="paywall">Schools first</h2><p class="paywall">Second paragraph. ` + strings.Repeat("The schools get most of the money this year. ", 4) + `</p>` +
				`<p class="paywall">Third paragraph. ` + strings.Repeat("The roads wait until next year. ", 4) + `</p>` +
				`<div class="paywall-prompt"><p>Subscribe to keep reading our journalism.</p></div>` + para("Fourth paragraph.") + `</article>`,
			wantIn:    []string{"First paragraph.", "Second paragraph.", "Third paragraph.", "Fourth paragraph."},
			wantOut:   []string{"Subscribe to keep reading"},
			wantHeads: []string{"Schools first"},
		},
		{
			name: "the article's own teaser paragraph stays; a teaser of another article goes",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") + para("More.") + para("More.") + para("More.") + para("More.") + para("More.") +
				`<p class="article-teaser">Schools win, roads wait: what the new budget means for the town and its people.</p>` +
				para("Second paragraph.") + `<div class="teaser"><a href="/other"><h3>Mayor opens the new swimming pool</h3></a></div>` +
				para("Third paragraph.") + `</article>`,
			wantIn:  []string{"Schools win, roads wait", "First paragraph.", "Second paragraph."},
			wantOut: []string{"swimming pool"},
		},
		{
			name: "a bold line in a table cell is no section heading; one between paragraphs is",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") +
				`<table><tr><td><p><strong>Schools</strong></p></td><td><p>Four million euros for repairs to old buildings.</p></td></tr>` +
				`<tr><td><p><strong>Roads</strong></p></td><td><p>Works on the ring road start in the spring.</p></td></tr></table>` +
				`<p><strong>What happens next</strong></p>` + para("Second paragraph.") + `</article>`,
			wantIn:    []string{"First paragraph.", "Four million euros", "Second paragraph."},
			wantHeads: []string{"What happens next"},
		},
		{
			name: "a date line left at the end of the body goes",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") + para("Second paragraph.") + para("Third paragraph.") +
				para("Fourth paragraph.") + para("Fifth paragraph.") + para("Sixth paragraph.") + para("Seventh paragraph.") + `<p>2024.03.17 08:00</p>` + strings.Repeat(`<p>Sign up for our newsletter today!</p>`, 4) + `</article>`,
			wantIn:  []string{"First paragraph.", "Seventh paragraph."},
			wantOut: []string{"2024.03.17"},
		},
		{
			name: "a comment list goes even when it holds most of the page's paragraphs",
			html: `<article><h1>Council agrees the budget for next year</h1><div class="entry-content">` + para("First paragraph.") + para("Second paragraph.") +
				`<ol class="comment-list">` + strings.Repeat(`<li>`+para("A long comment.")+`</li>`, 6) + `</ol></div></article>`,
			wantIn:  []string{"First paragraph.", "Second paragraph."},
			wantOut: []string{"A long comment."},
		},
		{
			name: "a table set in a figure is text; a code listing beside its line numbers is not (thebalance.com, treyhunner.com)",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") +
				`<figure class="wp-block-table"><table><thead><tr><th>Account</th><th>Fees</th></tr></thead><tbody>` +
				`<tr><td>Wire Transfer</td><td>$10 ($25 outgoing)</td></tr><tr><td>SWIFT (GBP)</td><td>Free deposit, 1 GBP withdrawal</td></tr></tbody></table>` +
				`<figcaption>Fees by account type</figcaption></figure>` + para("Second paragraph.") +
				`<figure class="code"><div class="highlight"><table><tr><td class="gutter"><pre class="line-numbers">1 2</pre></td>` +
				`<td class="code"><pre>import os.path</pre></td></tr></table></div></figure>` + para("Third paragraph.") + `</article>`,
			wantIn:  []string{"First paragraph.", "SWIFT (GBP) | Free deposit, 1 GBP withdrawal", "Second paragraph.", "Third paragraph."},
			wantOut: []string{"Fees by account type", "import os.path"},
		},
		{
			name: "the labels of a comment form do not shield the comment section of a short post (knowledge-on-air.de, gnaur.wordpress.com)",
			html: `<article><h1>Council agrees the budget for next year</h1><div class="entry-content">` + para("First paragraph.") + `</div></article>` +
				`<div id="comments"><div id="respond" class="comment-respond"><h3>Kommentar verfassen</h3><form id="commentform" class="comment-form">` +
				`<label for="comment">Gib hier deinen Kommentar ein ...</label><textarea id="comment"></textarea>` +
				strings.Repeat(`<p>Trage deine Daten unten ein oder klicke ein Icon um dich einzuloggen, mit Deinem WordPress.com-Konto, Google-Konto oder Twitter-Konto.</p>`, 4) +
				`</form></div></div>`,
			wantIn:  []string{"First paragraph."},
			wantOut: []string{"Trage deine Daten", "Gib hier deinen Kommentar"},
		},
		{
			name: "a read-also label before one link goes, whatever its stop (ouest-france.fr, 24tv.ua, kompas.com); a sentence linking its own words stays",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") +
				`<p><strong>Lire aussi.</strong>&nbsp;<a href="/a">TÉMOIGNAGES. « C’est le chaos » : à Gaza, les hôpitaux au bord de l’effondrement</a></p>` +
				para("Second paragraph.") +
				`<p class="read-also cke-markup">Зверніть увагу <a class="more-link" href="/b">Справа про хабар нардепу Юрченку: НАБУ опублікувало відео</a></p>` +
				`<p><strong>Baca juga: <a href="/c">Menhub Lobi Sri Mulyani dan Airlangga untuk Bebaskan Pajak Impor</a></strong></p>` +
				para("Third paragraph.") + `<p>Read <a href="/d">more about ad blocking here</a>.</p></article>`,
			wantIn:  []string{"First paragraph.", "Second paragraph.", "Third paragraph.", "Read more about ad blocking here."},
			wantOut: []string{"Lire aussi", "TÉMOIGNAGES", "Зверніть увагу", "Baca juga"},
		},
		{
			name: "a heading that holds the text or a gallery's captions is a box, not a section heading (daejonilbo.com, osthessen-news.de)",
			html: `<article><h1>Council agrees the budget for next year</h1><h4><div id="imgbox"><img src="/a.jpg"><br><div><span>The mayor hands over the cheque.</span></div></div>` +
				`<div class="m_cont">` + strings.Repeat("The council met on Monday and agreed the budget after a long debate about schools and roads. ", 3) +
				`<br><br>` + strings.Repeat("The mayor said the money would go to the schools first and to the roads next year. ", 3) + `</div></h4>` +
				para("Second paragraph.") + `<h2><div class="simage"><div class="imgbox"><img src="/b.jpg"><p class="img-text">Ab 1. März 2024 die neue Rathauschefin am Petersberg: Claudia Brandes. ...<cite>Archivfoto: ON</cite></p></div>` +
				`<div class="imgbox"><img src="/c.jpg"><p class="img-text">Claudia Brandes und das links-grüne Bündnis, das sie getragen hat, müssen jetzt ...<cite>Foto: Bensing &amp; Reith</cite></p></div>` +
				`<div class="imgbox"><img src="/d.jpg"><p class="img-text">Amtsinhaber und Verwaltungsmann Carsten Froß (54) sowie die Petersberger CDU stehen ...<cite>Archivfoto: ON</cite></p></div></div></h2>` +
				para("Third paragraph.") + `</article>`,
			wantIn:  []string{"The council met on Monday", "The mayor said the money would go", "Second paragraph.", "Third paragraph."},
			wantOut: []string{"Archivfoto", "Bensing"},
		},
		{
			name: "a blog's date header over the post, or a separator set as a heading, is no section heading (Blogger h2.date-header, apolut.net h3 \"+++\")",
			html: `<div class="blog-posts hfeed"><div class="date-outer"><h2 class="date-header"><span>Wednesday, March 30, 2011</span></h2>` +
				`<div class="post hentry"><h3 class="post-title entry-title">Council agrees the budget for next year</h3><div class="post-body entry-content">` +
				para("First paragraph.") + `<h2>Schools first</h2>` + para("Second paragraph.") + `<h3>+++</h3>` + para("Third paragraph.") + `</div></div></div></div>`,
			wantIn:    []string{"First paragraph.", "Second paragraph."},
			wantOut:   []string{"March 30", "+++"},
			wantHeads: []string{"Schools first"},
		},
		{
			name: "a bold line that starts a paragraph of loose text is its subheading; a bold title after a short line, or a question, is not (prtimes.jp)",
			html: `<article><h1>Council agrees the budget for next year</h1><div class="rich-text">` + para("First paragraph.") +
				`<br /> <strong>Schools get more money</strong><br /> The council gives the schools a third more than last year, after a long debate about the roads.<br /> <br /> ` +
				`<strong>Was the vote close?</strong><br /> It was, with one vote in it, after a long debate about the schools and the roads that lasted the whole night.<br /> <br /> ` +
				`RA Prof. Jane Doe<br /> <b>Internet law</b><br /> Publisher, 5th edition, 2014, 896 pages, ISBN 978-3-504-56095-9</div></article>`,
			wantIn:    []string{"First paragraph.", "The council gives the schools a third more", "Was the vote close? It was, with one vote in it", "Internet law"},
			wantHeads: []string{"Schools get more money"},
		},
		{
			name: "paragraphs a paywall shows blurred are no text (ga.de div.blur-sm)",
			html: `<article><h1>Council agrees the budget for next year</h1>` + para("First paragraph.") + para("Second paragraph.") +
				`<div class="my-6 blur-sm park-container-small pointer-events-none">` +
				strings.Repeat(`<p class="richtext">Bjagybpvymp Tfcfh dr Hqsemx, ahp Oogu iah fudvs Kvd gof gqnxvdzczdo rxnq mhe Wwfc vthwk Ujzc mrl duezohzewkey.</p>`, 3) +
				`</div></article>`,
			wantIn:  []string{"First paragraph.", "Second paragraph."},
			wantOut: []string{"Bjagybpvymp"},
		},
		{
			name: "a kicker in a box of its own right over the h1's box is no section heading (lainformacion.com h3.supratitle)",
			html: `<article><section class="article-titles"><div class="supratitle-container"><h3 class="supratitle">En Minsk (Bielorrusia)</h3></div>` +
				`<div class="title"><h1 class="article-title">Council agrees the budget for next year</h1></div></section>` +
				para("First paragraph.") + `<h3>Schools first</h3>` + para("Second paragraph.") + `</article>`,
			wantIn:    []string{"First paragraph.", "Second paragraph."},
			wantOut:   []string{"Minsk"},
			wantHeads: []string{"Schools first"},
		},
	}
	runBodyCases(t, cases, true)
}

// TestDeclaredBody rebuilds the body from the page's own blocks that the
// JSON-LD articleBody holds, when the body found holds less than half of
// it: a paragraph worded slightly differently still counts; teasers,
// navigation and scripts do not; a microdata body does not bring back
// what the discard rules dropped; too little of the declared text on the
// page gives nil.
func TestDeclaredBody(t *testing.T) {
	t.Parallel()
	paras := []string{
		"The city council approved the new budget on Monday after a debate that lasted well into the night.",
		"Schools will receive an extra four million euros, most of it for repairs to buildings that are decades old.",
		"Road works on the ring road will start in the spring and last until the end of next year, the mayor said.",
		"Opposition members said the plan relied on optimistic forecasts of tax income from the new business park.",
		"The budget still needs the approval of the regional government, which is expected before the summer.",
	}
	for i := range paras {
		paras[i] += " Officials in the finance department described the figures as prudent and the timetable as realistic."
	}
	// Declared text often runs a subheading into the paragraph after it.
	declared := strings.Join(paras[:2], " ") + " Roads ahead" + strings.Join(paras[2:], " ") + " More on the budget follows in the coming weeks."
	page := func(body string) string {
		ld, err := json.Marshal(map[string]any{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council approves budget", "articleBody": declared})
		require.NoError(t, err)
		return `<html><head><title>Council approves budget</title><script type="application/ld+json">` + string(ld) + `</script></head><body>` + body + `</body></html>`
	}
	ex := New()
	run := func(t *testing.T, doc string) *html.Node {
		p := articlePage(t, ex, doc, "https://example.com/news/budget")
		return p.declaredBody(0, p.discards().skip(p.root))
	}

	t.Run("split containers", func(t *testing.T) {
		t.Parallel()
		doc := page(`<h1>Council approves budget</h1><div class="teaser"><p>` + paras[0] + `</p></div>` +
			`<aside class="related"><p>Most read: Mayor opens new swimming pool in the north of the city today</p></aside>` +
			`<div class="paywall" hidden><p>` + paras[1] + `</p><h2>Roads ahead</h2><p>` + strings.Replace(paras[2], "the mayor said", "said the mayor", 1) + `</p>` +
			`<p>` + paras[3] + `</p><p>` + paras[4] + `</p></div>` +
			`<script>var x = "` + paras[4] + `";</script>`)
		n := run(t, doc)
		require.NotNil(t, n)
		got := nodeText(n)
		for _, want := range []string{paras[0], paras[1], "Roads ahead", "Road works on the ring road", paras[3], paras[4]} {
			assert.Contains(t, got, want)
		}
		assert.NotContains(t, got, "Most read")
		assert.Equal(t, 1, strings.Count(got, paras[4]), "the script's copy is not text")
	})
	t.Run("microdata body keeps out discarded boxes", func(t *testing.T) {
		t.Parallel()
		// A microdata articleBody is the element's own text, a gallery's
		// captions included: it does not vouch for them.
		doc := `<html><head><title>Council approves budget</title></head><body><div itemscope itemtype="https://schema.org/NewsArticle">` +
			`<h1 itemprop="headline">Council approves budget</h1><div itemprop="articleBody"><p>` + strings.Join(paras[:3], `</p><p>`) + `</p>` +
			`<ul class="legends"><li><h2>1/2 Mayor at the podium</h2><p>The mayor presents the figures to the press in the town hall before the vote on Monday evening.</p></li>` +
			`<li><h2>2/2 The old school</h2><p>The primary school in the old town, whose roof is the first repair the new budget pays for this year.</p></li></ul>` +
			`<p>` + strings.Join(paras[3:], `</p><p>`) + `</p></div></div></body></html>`
		p := articlePage(t, ex, doc, "https://example.com/news/budget")
		require.Contains(t, p.art.Body, "The mayor presents the figures")
		n := p.declaredBody(0, p.discards().skip(p.root))
		require.NotNil(t, n)
		got := nodeText(n)
		assert.Contains(t, got, paras[0])
		assert.Contains(t, got, paras[4])
		assert.NotContains(t, got, "The mayor presents the figures")
	})
	t.Run("not on the page", func(t *testing.T) {
		t.Parallel()
		assert.Nil(t, run(t, page(`<h1>Council approves budget</h1><p>`+paras[0]+`</p><p>Something else entirely, about the weather and the football results this weekend.</p>`)))
	})
}

// TestParagraphCluster finds the element whose own paragraphs hold the
// most text, outside clutter, and tells whether it holds a piece that
// readability kept.
func TestParagraphCluster(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("The council met on Monday and agreed the budget after a long debate about schools and roads. ", 3)
	doc := `<html><body><h1>Council agrees the budget</h1>` +
		`<div class="related-posts"><p>` + long + long + `</p><p>` + long + `</p></div>` +
		`<div id="text"><p>First ` + long + `</p><p>Second ` + long + `</p>` +
		`<div class="names"><p>Jane Doe, writer; John Roe, poet; and one hundred more who signed the letter.</p></div></div>` +
		`</body></html>`
	ex := New()
	root, err := ex.parse([]byte(doc), "text/html")
	require.NoError(t, err)
	p := newPage(root, "https://example.com/news/budget", &ex.cfg)
	c := p.paragraphCluster()
	require.NotNil(t, c)
	assert.Equal(t, "text", attr(c, "id"), "the related list has more text but is clutter")
	names := findFirst(root, func(n *html.Node) bool { return attr(n, "class") == "names" })
	require.NotNil(t, names)
	assert.True(t, holdsPart(c, cloneWithout(names, func(*html.Node) bool { return false })))
	related := findFirst(root, func(n *html.Node) bool { return attr(n, "class") == "related-posts" })
	assert.False(t, holdsPart(c, cloneWithout(related, func(*html.Node) bool { return false })))
	assert.False(t, holdsPart(c, nil))
}

// TestContinuedBody joins the sibling boxes of one class that a page
// splits its text into, from the box the body was found in: boxes whose
// paragraphs have another class (teasers) or that are long and hold no
// such paragraphs stay out, a short box between two parts (a subheading)
// stays in, and a page whose paragraphs have no class gives nil.
func TestContinuedBody(t *testing.T) {
	t.Parallel()
	box := func(ps ...string) string {
		out := `<div class="body article-body">`
		for _, s := range ps {
			out += strings.Replace(para(s), "<p>", `<p class="article-paragraph">`, 1)
		}
		return out + `</div>`
	}
	teaser := `<div class="body article-body"><p class="teaser-text">` + strings.Repeat("Another story about the roads of the town and its schools. ", 4) + `</p></div>`
	doc := `<html><body><h1>Council agrees the budget</h1><main>` + box("First part.") +
		`<div class="ad">Advertisement</div>` + box("Second part.", "Second part again.") +
		`<div class="body article-body"><h2>Schools first</h2></div>` + box("Third part.") + teaser + `</main></body></html>`
	cases := []struct {
		name    string
		doc     string
		wantIn  []string
		wantOut []string
	}{
		{
			name:    "boxes of one class",
			doc:     doc,
			wantIn:  []string{"First part.", "Second part again.", "Schools first", "Third part."},
			wantOut: []string{"Advertisement", "Another story"},
		},
		{
			name:    "bare paragraphs in boxes of one named class",
			doc:     strings.ReplaceAll(doc, ` class="article-paragraph"`, ""),
			wantIn:  []string{"First part.", "Second part again.", "Schools first", "Third part."},
			wantOut: []string{"Advertisement", "Another story"},
		},
		{
			name: "bare paragraphs in grid rows",
			doc:  strings.ReplaceAll(strings.ReplaceAll(doc, ` class="article-paragraph"`, ""), `"body article-body"`, `"row"`),
		},
		{
			name: "bare paragraphs in the stories of a list",
			doc: strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(doc, ` class="article-paragraph"`, ""),
				`<div class="body article-body">`, `<article class="list__item">`), `</div>`, `</article>`),
		},
		{
			name: "bare paragraphs under a teaser's linked heading",
			doc: strings.ReplaceAll(strings.ReplaceAll(doc, ` class="article-paragraph"`, ""), `<div class="ad">Advertisement</div>`,
				`<div class="body article-body"><h3><a href="/news/roads">Roads to be resurfaced</a></h3>`+para("Another story.")+`</div>`),
			wantIn:  []string{"First part.", "Second part again.", "Third part."},
			wantOut: []string{"Another story", "Roads to be resurfaced"},
		},
		{
			name: "bare paragraphs of the next story on an endless page",
			doc: strings.ReplaceAll(strings.ReplaceAll(doc, ` class="article-paragraph"`, ""), `<div class="ad">Advertisement</div>`,
				`<div class="body article-body"><h2 class="story-title">Bridge reopens after repairs</h2><p>By Jane Doe, <time datetime="2024-05-01">May 1, 2024</time></p>`+para("Another story.")+`</div>`),
			wantIn:  []string{"First part.", "Second part again.", "Third part."},
			wantOut: []string{"Another story", "Bridge reopens"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			ex := New()
			root, err := ex.parse([]byte(c.doc), "text/html")
			require.NoError(t, err)
			p := newPage(root, "https://example.com/news/budget", &ex.cfg)
			second := findFirst(root, func(n *html.Node) bool {
				return n.Parent != nil && n.Parent.DataAtom == atom.Main && strings.Contains(nodeText(n), "Second part again.")
			})
			require.NotNil(t, second)
			part := cloneWithout(second, func(*html.Node) bool { return false })
			got := p.continuedBody(part, textLen(part), p.discards().skip(root))
			if len(c.wantIn) == 0 {
				assert.Nil(t, got)
				return
			}
			require.NotNil(t, got)
			all := nodeText(got)
			for _, s := range c.wantIn {
				assert.Contains(t, all, s)
			}
			for _, s := range c.wantOut {
				assert.NotContains(t, all, s)
			}
		})
	}
}

// TestMarkHeadings wraps the text of a heading that is the only content
// of a div in a span, so that readability finds text in the box, and
// leaves other headings alone.
func TestMarkHeadings(t *testing.T) {
	t.Parallel()
	doc, err := html.Parse(strings.NewReader(`<div class="inline">
<h3>Schools <em>first</em></h3>
</div><div><h3>Roads</h3><p>Text.</p></div><div><h1>Title</h1></div><div><h2><span>Schools</span></h2></div><script><h3>x</h3></script>`))
	require.NoError(t, err)
	markHeadings(doc)
	var sb strings.Builder
	require.NoError(t, html.Render(&sb, doc))
	got := sb.String()
	assert.Contains(t, got, `<div class="inline">
<h3><span>Schools <em>first</em></span></h3>
</div>`)
	assert.Contains(t, got, `<div><h3>Roads</h3><p>Text.</p></div>`, "a heading with text beside it")
	assert.Contains(t, got, `<div><h1>Title</h1></div>`, "the title is not a subheading")
	assert.Contains(t, got, `<div><h2><span>Schools</span></h2></div>`, "readability counts text in a span")
}

// TestRestoreHeadings puts back before a body paragraph the heading that
// precedes it in the original tree, across a product card, when the body
// kept headings of its kind; not a heading of a kind readability drops on
// purpose, nor the headline, nor one the body already holds.
func TestRestoreHeadings(t *testing.T) {
	t.Parallel()
	long := func(s string) string {
		return "<p>" + s + " holds the warmth well and packs down small for a long trip.</p>"
	}
	orig, err := html.Parse(strings.NewReader(`<div>` +
		`<div id="pick"><h2 class="x">Best for backpackers</h2></div>` +
		`<div class="card"><img src="/a.jpg"><p>Photo: Jane Doe</p><div><a href="/buy">$285 at a shop</a></div></div>` + long("Bishop Pass") +
		`<h2 class="x">Best for car campers</h2>` + long("Siesta") +
		`<h2 class="x subheader">Newsletter</h2>` + long("Questar") +
		`<h2 class="x">Council agrees the budget</h2>` + long("Magma") +
		`<h3 class="x">Specs</h3>` + long("Spark") +
		`<h2 class="x">Best for backpackers</h2>` + long("Forte") + `</div>`))
	require.NoError(t, err)
	body, err := html.Parse(strings.NewReader(`<div>` + long("Bishop Pass") + `<h2>Best for car campers</h2>` + long("Siesta") +
		long("Questar") + long("Magma") + long("Spark") + long("Forte") + `</div>`))
	require.NoError(t, err)
	root := findFirst(body, func(n *html.Node) bool { return n.DataAtom == atom.Div })
	p := &page{root: orig, headline: "Council agrees the budget"}
	p.restoreHeadings(root, func(*html.Node) bool { return false })
	var heads []string
	for _, h := range findAll(root, func(n *html.Node) bool { return headingLevel(n) > 0 }) {
		heads = append(heads, nodeText(h))
	}
	assert.Equal(t, []string{"Best for backpackers", "Best for car campers"}, heads)
	first := findFirst(root, func(n *html.Node) bool { return n.Type == html.ElementNode && n != root })
	assert.Equal(t, "Best for backpackers", nodeText(first), "the heading goes before its paragraph")
}

func TestTopNodes(t *testing.T) {
	t.Parallel()
	var top topNodes
	nodes := make([]*html.Node, 5)
	for i, s := range []int{5, 9, 1, 7, 9} {
		nodes[i] = &html.Node{Type: html.ElementNode, Data: "div"}
		top.add(nodes[i], s)
	}
	assert.Equal(t, [clusterCandidates]int{9, 9, 7}, top.scores)
	assert.Equal(t, [clusterCandidates]*html.Node{nodes[1], nodes[4], nodes[3]}, top.nodes, "ties keep the first offered")
}

// TestIsImageCaption tells a picture printed with its caption under a line
// break from a paragraph that holds a picture.
func TestIsImageCaption(t *testing.T) {
	t.Parallel()
	cases := []struct {
		html string
		want bool
	}{
		{`<p><img src="a.jpg"><br><em><sub>Abbildung 3: Grosser Schneekristall.</sub></em></p>`, true},
		{`<p><a href="a.jpg"> <img src="a-small.jpg"></a>
			<br><em>Portrait by <a href="/p">George</a></em> </p>`, true},
		{`<p><img src="a.jpg"><br><i><span style="font-size:10px">The state epidemiologist. Photo: AFP</span></i></p>`, true},
		{`<p><a href="a.jpg"><img src="a.jpg" class="alignleft"></a><em>Und noch mal was mit Wasser:</em></p>`, false},
		{`<p><img src="a.jpg"><br>The council met on Monday.</p>`, false},
		{`<p><img src="a.jpg"><br><strong>Schools first</strong></p>`, false},
		{`<p><em>No picture here.</em></p>`, false},
		{`<p><img src="a.jpg"><br><em>` + strings.Repeat("A caption far too long to be one. ", 12) + `</em></p>`, false},
	}
	for _, c := range cases {
		doc, err := html.Parse(strings.NewReader(c.html))
		require.NoError(t, err)
		p := findFirst(doc, func(n *html.Node) bool { return n.DataAtom == atom.P })
		require.NotNil(t, p)
		assert.Equal(t, c.want, isImageCaption(p), c.html)
	}
}

// TestDropTrailers removes the appeals at the end of the body however many
// there are, reading back over at most trailerBlocks other blocks.
func TestDropTrailers(t *testing.T) {
	t.Parallel()
	var in []block
	for _, s := range []string{"First paragraph of the story.", "Sign up for our newsletter today!", "Second paragraph of the story.", "Last paragraph of the story."} {
		in = append(in, block{text: s})
	}
	for range 6 {
		in = append(in, block{text: "記事に『リアクション』ができます。ご利用には会員登録が必要です。"})
	}
	var got []string
	for _, b := range dropTrailers(in, map[*html.Node]bool{}) {
		got = append(got, b.text)
	}
	assert.Equal(t, []string{"First paragraph of the story.", "Second paragraph of the story.", "Last paragraph of the story."}, got)
}

// TestDatedDek: the dek after a byline and date line is the dek; a
// dateline opening the first paragraph is the paragraph's own.
func TestDatedDek(t *testing.T) {
	t.Parallel()
	dek := "Die ehemalige Ministerin wirft der Regierung vor, die Insel im Stich zu lassen."
	assert.True(t, datedDek("Red. / 31.10.2023 "+dek, dek))
	assert.True(t, datedDek("2023-10-31 · "+dek, dek))
	lead := "A plan to bring a Margaritaville Resort to the Bay Area is one step closer."
	assert.False(t, datedDek("NAPA COUNTY, Calif. (KGO) -- "+lead, lead))
	assert.False(t, datedDek(dek, dek))
	assert.False(t, datedDek("Red. / 31.10.2023 "+strings.Repeat("Vorspann ", 10)+dek, dek), "too long a line before it")
}

// TestLeadRestatedByDescription covers a description that says the
// body's first paragraph, printed like the paragraphs after it: the
// paragraph stays text also where the next paragraph opens with a word in
// a nested inline run (a dictionary link around a ruby, nhk.or.jp; a
// linked file name, knowledge-on-air.de) that a link earlier on the page
// says too.
func TestLeadRestatedByDescription(t *testing.T) {
	t.Parallel()
	lead := "The council met on Monday and agreed next year's budget after a long debate about schools and roads."
	page := `<html><head><title>Council agrees the budget for next year</title><meta name="description" content="` + lead + `"></head><body>` +
		`<div class="topics"><a href="/schools">the town's schools</a></div>` +
		`<article><h1>Council agrees the budget for next year</h1><div class="entry-content"><p>` + lead + `</p>` +
		`<p>So <a href="/glossary/schools" class="dicWin"><ruby><span class="under">the town's schools</span><rt>s</rt></ruby></a> get four million euros for repairs, and the ring road works start in the spring of next year.</p>` +
		para("Third paragraph.") + `</div></article></body></html>`
	a, err := Extract(strings.NewReader(page), "https://example.com/news/budget")
	require.NoError(t, err)
	assert.Contains(t, a.Text, lead)
	assert.Contains(t, a.Text, "So the town's schools get four million euros")
}

// TestRubyText covers ruby annotations: a reading without <rp> brackets
// would run into its word and goes; one in brackets reads as a gloss and
// stays.
func TestRubyText(t *testing.T) {
	t.Parallel()
	html := `<article><h1>Council agrees the budget for next year</h1>` +
		`<p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>虐待<rt>ぎゃくたい</rt></ruby>をなくすための<ruby>法律<rt>ほうりつ</rt></ruby>ができました。</p>` +
		`<p>韓国の<ruby>尹錫悦<rp>（</rp><rt>ユンソンニョル</rt><rp>）</rp></ruby>大統領は３日夜、緊急談話を出した。</p>` + para("First paragraph.") + `</article>`
	runBodyCases(t, []bodyCase{{
		name:    "ruby readings",
		html:    html,
		wantIn:  []string{"子どもへの虐待をなくすための法律ができました。", "尹錫悦（ユンソンニョル）大統領"},
		wantOut: []string{"こども", "ぎゃくたい"},
	}}, false)
}

// TestDropRepeats drops a second copy of the text printed after the
// first (elsoldemexico.com.mx prints its body twice), not a few
// paragraphs said again deep in a longer text.
func TestDropRepeats(t *testing.T) {
	t.Parallel()
	long := func(s string) block {
		return block{text: s + " " + strings.Repeat("The council met on Monday and agreed the budget. ", 2)}
	}
	texts := func(bs []block) []string {
		var out []string
		for _, b := range bs {
			out = append(out, b.text[:2])
		}
		return out
	}
	body := []block{long("A1"), long("A2"), {text: "H1 Schools", level: 3}, long("A3")}
	twice := append(append([]block{}, body...), body...)
	assert.Equal(t, []string{"A1", "A2", "H1", "A3"}, texts(dropRepeats(twice, map[*html.Node]bool{})))

	rows := []block{long("B1"), long("B2"), long("B3"), long("B4"), long("B5"), long("B6"), long("B7"), long("B8"), long("B1"), long("B2"), long("B3"), long("B9")}
	assert.Equal(t, texts(rows), texts(dropRepeats(rows, map[*html.Node]bool{})), "three rows said again after eight stay")
}
