package scoop_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsscoop/scoop"
)

// articlePage wraps head and the markup before the body text in a page
// with enough paragraphs to count as an article.
func articlePage(head, top string) string {
	para := "<p>" + strings.Repeat("The council met on Tuesday evening to discuss the proposal in detail. ", 6) + "</p>"
	return "<!doctype html><html><head>" + head + "</head><body>" + top +
		"<article><div class=\"body\">" + strings.Repeat(para, 5) + "</div></article></body></html>"
}

func extractTest(t *testing.T, page, pageURL string) *scoop.Article {
	t.Helper()
	a, err := scoop.Extract(strings.NewReader(page), pageURL)
	if err != nil && !errors.Is(err, scoop.ErrNoArticle) {
		require.NoError(t, err)
	}
	require.NotNil(t, a)
	return a
}

// TestHeadline covers the rules that pick the printed headline over the
// declared titles, and what they leave out of it.
func TestHeadline(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, head, top, want string
		url                   string // default https://news.example.org/2024/05/story
	}{
		{
			name: "a quote's speaker after a dash stays when the <title> puts the site after it (dailymail.co.uk)",
			head: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Man Utd ace Dean Henderson would be 'morally' right to finish season at Sheff Utd - Wilder"}</script><title>Man Utd ace Dean Henderson would be 'morally' right to finish season at Sheff Utd - Wilder | Daily Mail Online</title>`,
			top:  `<div class="shareArticles"><h1>Man Utd ace Dean Henderson would be 'morally' right to finish season at Sheff Utd - Wilder</h1></div>`,
			want: "Man Utd ace Dean Henderson would be 'morally' right to finish season at Sheff Utd - Wilder",
		},
		{
			name: "a site name the title opens with is cut although the <title> runs on with the rest",
			head: `<meta property="og:site_name" content="Daily Mail"><meta property="og:title" content="Daily Mail | Man Utd ace Dean Henderson would be 'morally' right to finish season at Sheff Utd - Wilder"><title>Daily Mail | Man Utd ace Dean Henderson would be 'morally' right to finish season at Sheff Utd - Wilder | Daily Mail Online</title>`,
			want: "Man Utd ace Dean Henderson would be 'morally' right to finish season at Sheff Utd - Wilder",
		},
		{
			name: "a site name the <title> runs on with is cut",
			head: `<meta property="og:site_name" content="Daily Mail"><meta property="og:title" content="Council approves the new budget for all the schools - Daily Mail"><title>Council approves the new budget for all the schools - Daily Mail | Daily Mail Online</title>`,
			want: "Council approves the new budget for all the schools",
		},
		{
			name: "a section label the <title> runs on with is cut",
			head: `<meta property="og:title" content="Council approves the new budget for all the schools - Opinion"><title>Council approves the new budget for all the schools - Opinion | Example Times</title>`,
			want: "Council approves the new budget for all the schools",
		},
		{
			name: "a date the <title> runs on with is cut",
			head: `<meta property="og:title" content="Council approves the new budget for all the schools - 12.03.2024"><title>Council approves the new budget for all the schools - 12.03.2024 | Example Times</title>`,
			want: "Council approves the new budget for all the schools",
		},
		{
			name: "kicker span with a class is dropped",
			head: `<meta property="og:title" content="Klimaschutz: Bohren, bis es heiß wird">`,
			top:  `<h1 class="article-heading"><span class="article-heading__kicker">Klimaschutz</span><span class="visually-hidden">:</span> <span class="article-heading__title">Bohren, bis es heiß wird</span></h1>`,
			want: "Bohren, bis es heiß wird",
		},
		{
			name: "Dachzeile before a headline span",
			head: `<title>Corona-Lockerungen: Autohäuser rechnen mit langsamem Anlaufen des Geschäfts | MDR.DE</title>`,
			top:  `<h1><span class="dachzeile">Nach Corona-Lockerungen</span> <span class="headline">Autohäuser rechnen mit langsamem Anlaufen des Geschäfts</span></h1>`,
			want: "Autohäuser rechnen mit langsamem Anlaufen des Geschäfts",
		},
		{
			name: "first span classed as small print is a kicker",
			head: `<title>Initiative EnergieEffizienz - kostenloser Stromcheck | Ökologisch Bauen</title>`,
			top:  `<h1><span class="h1small">Initiative EnergieEffizienz</span> Kostenloser Stromcheck für private Haushalte </h1>`,
			want: "Kostenloser Stromcheck für private Haushalte",
		},
		{
			name: "highline span before the headline is a kicker",
			head: `<meta property="og:title" content="Kind krank? Was Arbeitgeber jetzt wissen müssen">`,
			top:  `<div itemscope itemtype="http://schema.org/Article"><header><div class="imp-h1" itemprop="headline"><span class="highline">Kind krank</span> Was Arbeitgeber über die Rechte von Eltern wissen müssen</div></header></div>`,
			want: "Was Arbeitgeber über die Rechte von Eltern wissen müssen",
		},
		{
			name: "small before a line break is a kicker",
			head: `<meta property="og:title" content="Große Aufgaben für die neue Regierung">`,
			top:  `<h1 itemprop="headline"><small>Tunesien</small><br> Große Aufgaben für die neue Regierung</h1>`,
			want: "Große Aufgaben für die neue Regierung",
		},
		{
			name: "italic title at the start is kept",
			head: `<meta property="og:title" content="The Crown season four review: a royal mess">`,
			top:  `<h1><em>The Crown</em> season four review: a royal mess</h1>`,
			want: "The Crown season four review: a royal mess",
		},
		{
			name: "screen-reader label is dropped",
			head: `<title>Energiewende und gesellschaftlicher Wandel</title>`,
			top:  `<h1 class="document-title"><div class="document-title__headline"><span class="visuallyhidden">Headline:</span> Energiewende und gesellschaftlicher Wandel</div></h1>`,
			want: "Energiewende und gesellschaftlicher Wandel",
		},
		{
			name: "an editor button with display:none inside the h1 is dropped, the hidden separator kept (noz.de)",
			head: `<meta property="og:title" content="Kindergottesdienst in Velpe macht Spaß"><title>Singen, basteln, spielen: Kindergottesdienst in Velpe macht Spaß | NOZ</title>`,
			top:  `<h1 itemprop="headline"><i class="subline">Singen, basteln, spielen</i><i class="hidden">: </i><span> Kindergottesdienst in Velpe macht Spaß <a href="https://cockpit.example/editor" class="btn flat-button" id="ce-edit-button" style="display: none">CC-Editor öffnen</a></span></h1>`,
			want: "Singen, basteln, spielen: Kindergottesdienst in Velpe macht Spaß",
		},
		{
			name: "sole h1 worded differently from og:title",
			head: `<meta property="og:title" content="Lady Gaga Shares Pic of Ex Taylor Kinney With Her Mom">`,
			top:  `<h1 class="content-title">Lady Gaga Shares Photo of Ex Taylor Kinney Hanging With Her Mom and Now We're Confused</h1>`,
			want: "Lady Gaga Shares Photo of Ex Taylor Kinney Hanging With Her Mom and Now We're Confused",
		},
		{
			name: "sole h1 that is the title without its labels",
			head: `<title>1000 Euro Kredit » 1000 EUR sofort aufs Konto</title>`,
			top:  `<h1>1000 Euro Kredit</h1>`,
			want: "1000 Euro Kredit",
		},
		{
			name: "blog name before a colon is not the headline, and an h1 linking home cuts it off the title",
			head: `<title>Silicon Exposed: Open Verilog flow for Silego GreenPak4 programmable logic devices</title>`,
			top:  `<h1 class="title"><a href="/">Silicon Exposed</a></h1>`,
			want: "Open Verilog flow for Silego GreenPak4 programmable logic devices",
		},
		{
			name: "h1 naming the label the title carries is skipped",
			head: `<title>Das vermutlich schwulste Musikvideo der Welt : Krimiblog-Archiv | Ermittlungen zum Verfall eines Genres | Gegründet 2005 | 6. Jahrgang</title>`,
			top:  `<h1 class="vcard author"><a class="fn" href="/">Krimiblog-Archiv</a></h1>`,
			want: "Das vermutlich schwulste Musikvideo der Welt",
			url:  "https://archiv.krimiblog.de/2895",
		},
		{
			name: "date before the declared title",
			head: `<meta property="og:title" content="Das vielleicht schönste Ende der Welt: Montauk">`,
			top:  `<h1 class="entry-title"><span class="date">Jun 17</span> Das vielleicht schönste Ende der Welt: Montauk</h1>`,
			want: "Das vielleicht schönste Ende der Welt: Montauk",
		},
		{
			name: "h1 of a post whose body class names menus and breadcrumbs",
			head: `<meta property="og:title" content="Saftiger Zitronenkuchen vom Blech | Backen macht glücklich"><meta property="og:site_name" content="Backen macht glücklich">`,
			top:  `<header class="entry-header"><h1 class="entry-title">Saftiger Zitronenkuchen vom Blech: einfach köstlich!</h1></header>`,
			want: "Saftiger Zitronenkuchen vom Blech: einfach köstlich!",
		},
		{
			name: "only h1 worded apart from the title of a landing page",
			head: `<title>Autofinanzierung – Autokredit oder doch besser Leasing?</title>`,
			top:  `<h1>Finanzierung Ihres Autos</h1>`,
			want: "Finanzierung Ihres Autos",
		},
		{
			name: "only h1 names the blog when an h3 prints the title",
			head: `<meta property="og:title" content="Open Verilog flow for Silego GreenPak4 programmable logic devices">`,
			top:  `<h1 class="title"><a href="/">Silicon Exposed</a></h1><h3 class="post-title">Open Verilog flow for Silego GreenPak4 programmable logic devices</h3>`,
			want: "Open Verilog flow for Silego GreenPak4 programmable logic devices",
		},
		{
			name: "only h1 holding the title and a date is not the headline",
			head: `<title>Zuschauerrückkehr bei den Proficlubs der Region</title>`,
			top:  `<h1>Zuschauerrückkehr bei den Proficlubs der Region <span>02.02.2022 • HVW-Verband, Presse</span></h1>`,
			want: "Zuschauerrückkehr bei den Proficlubs der Region",
		},
		{
			name: "heading printing the start of a title with an unknown blog name",
			head: `<title>Alles Neue mach der Mai… | Bibliothek 2.0 und mehr</title>`,
			top:  `<h2><a href="/2014/05/18/alles-neue">Alles Neue mach der Mai…</a></h2>`,
			want: "Alles Neue mach der Mai…",
		},
		{
			name: "later heading printing the end of a title after a logo h1",
			head: `<title>Time 4 talks » Blog Archiv » Weitere Digitalisierung der Schweizer Kinos</title>`,
			top:  `<div id="kopf"><h1>Time 4 talks</h1></div><div class="post"><h2>Weitere Digitalisierung der Schweizer Kinos</h2></div>`,
			want: "Weitere Digitalisierung der Schweizer Kinos",
		},
		{
			name: "hidden section h1 is skipped",
			head: `<meta property="og:title" content="Auf das erste Elektron kommt es an"><title>News - Eawag</title>`,
			top:  `<h1 class="header pagetitle hidden">News</h1><h1>Auf das erste Elektron kommt es an</h1>`,
			want: "Auf das erste Elektron kommt es an",
		},
		{
			name: "application-name repeating the title is not a site name",
			head: `<meta name="application-name" content="Veteran Wraps Baby in American Flag, Photo Sparks Controversy"><meta property="og:title" content="Veteran Wraps Baby in American Flag, Photo Sparks Controversy">`,
			top:  `<h1 class="headline">Veteran Wraps Baby in American Flag, Photo Sparks Controversy</h1>`,
			want: "Veteran Wraps Baby in American Flag, Photo Sparks Controversy",
		},
		{
			name: "microdata headline on the dek box is the description, not a title",
			head: `<meta property="og:title" content="Les clés pour donner les bonnes bactéries à son intestin"><meta name="description" content="Pour aller bien en haut, commençons par aller bien en bas. Mode d'emploi pour prendre soin de son ventre.">`,
			top:  `<div itemscope itemtype="http://schema.org/Article"><h1 class="mad__titre" itemprop="name">Les clés pour donner les bonnes bactéries à son intestin</h1><section class="mad__article__chapo" itemprop="headline"><p>Pour aller bien en haut, commençons par aller bien en bas. Mode d'emploi pour prendre soin de son ventre.</p></section></div>`,
			want: "Les clés pour donner les bonnes bactéries à son intestin",
		},
		{
			name: "a date printed before the headline is not part of it",
			head: `<title>23.01.2022 - Dorothea Wierer darf beim Antholz-Abschluss noch jubeln - Biathlon Antholz</title>`,
			top:  `<h2 class="headline t1">23.01.2022 - Dorothea Wierer darf beim Antholz-Abschluss noch jubeln</h2>`,
			want: "Dorothea Wierer darf beim Antholz-Abschluss noch jubeln",
		},
		{
			name: "unmarked first span is a kicker when the declared title starts after it",
			head: `<title>Impfen und Boostern ist bis Ende Februar noch überall möglich</title><meta property="og:title" content="Medienmitteilungen">`,
			top:  `<h1 data-testid="title" class="css-3003lo"><span class="css-umyvef">Medienmitteilung der Gesundheitsdirektion <span class="css-1ftw2zb">:</span></span>Impfen und Boostern ist bis Ende Februar noch überall möglich</h1>`,
			want: "Impfen und Boostern ist bis Ende Februar noch überall möglich",
		},
		{
			name: "an h1 classed as the site title is not the headline",
			head: `<title>Truckwash A31Das etwas andere Branchenbuch | Das etwas andere Branchenbuch</title>`,
			top:  `<h1 class="site-title pull-left"><a href="/" rel="home">Das etwas andere Branchenbuch</a></h1><h1 class="page-title">Truckwash A31</h1>`,
			want: "Truckwash A31",
		},
		{
			name: "an h1 that links to the home page names the site and is cut off the title",
			head: `<title>Enchufla Figuren - Salsa-Figuren - Rueda in Berlin</title>`,
			top:  `<h1><a href="/"><span>Salsa-Figuren - Rueda in Berlin</span></a></h1><div id="page-content"><h2>Ansagen nach Grundschritt</h2></div>`,
			want: "Enchufla Figuren",
		},
		{
			name: "an h1 that links to the home page by its full address",
			head: `<title>Historischer Markt › Historische Wehranlage in Horka e.V</title>`,
			top:  `<h1><a href="https://www.example.org" title="zur Startseite">Historische Wehranlage in Horka e.V</a></h1><h2>Historischer Markt</h2>`,
			url:  "http://example.org/887",
			want: "Historischer Markt",
		},
		{
			name: "an h1 that links to the article itself is still the headline",
			head: `<title>Council approves the new budget - Example Post</title>`,
			top:  `<h1><a href="/2024/05/council-budget">Council approves the new budget</a></h1>`,
			want: "Council approves the new budget",
		},
		{
			name: "the only h1 wins over a one-word section title it mentions",
			head: `<title>Arbeit - BÜNDNIS 90/DIE GRÜNEN</title><meta property="og:title" content="Arbeit"><meta property="og:site_name" content="BÜNDNIS 90/DIE GRÜNEN">`,
			top:  `<h1 class="styles-module--headline--niWjO">Wir kämpfen für gute Arbeit</h1>`,
			want: "Wir kämpfen für gute Arbeit",
		},
		{
			name: "h2 headline when the h1 is a logo",
			head: `<meta property="og:title" content="Hillary Clinton Gets More Faithless Electors Than Trump">`,
			top:  `<h2 class="post-title">Hillary Clinton Gets More Faithless Electors Than Trump</h2>`,
			want: "Hillary Clinton Gets More Faithless Electors Than Trump",
		},
		{
			name: "h2 with a kicker under an h1 in the breadcrumb",
			head: `<meta property="og:title" content="Covid-19: Lässt sich die Ausbreitung in Deutschland kontrollieren?">`,
			top:  `<ol class="breadcrumb"><li><a href="/">Startseite</a></li><li><h1>Covid-19: Lässt sich die Ausbreitung in Deutschland kontrollieren?</h1></li></ol><h2 class="content__headline"><span class="content__kicker">Covid-19</span><span class="sr-only">: </span><span class="content__title">Lässt sich die Ausbreitung in Deutschland kontrollieren?</span></h2>`,
			want: "Lässt sich die Ausbreitung in Deutschland kontrollieren?",
		},
		{
			name: "plain h2 under an h1 in the breadcrumb is not the headline",
			head: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bergisch Gladbach: die Stadt verklagt die Baufirma"}</script><meta property="og:title" content="Pflaster-Desaster: Gladbacher Fußgängerzone in schlechtem Zustand">`,
			top:  `<div class="breadcrumb"><a href="/">Home</a><h1>Bergisch Gladbach: die Stadt verklagt die Baufirma</h1></div><h2 class="article-headline"><strong>Pflaster-Desaster</strong>: Gladbacher Fußgängerzone in schlechtem Zustand</h2>`,
			want: "Bergisch Gladbach: die Stadt verklagt die Baufirma",
		},
		{
			name: "an h1 that the social title runs on after a colon is the headline",
			head: `<meta property="og:title" content="Council approves new budget: What it means for you">`,
			top:  `<h1>Council approves new budget</h1>`,
			want: "Council approves new budget",
		},
		{
			name: "an h2 after the text has begun is a subheading, not the title",
			head: `<meta property="og:title" content="Storm leaves thousands without power across the coast">`,
			top: `<div class="article-title">Storm leaves thousands without power across the coast</div>` +
				`<p>The storm reached the coast on Sunday night and brought down power lines in dozens of towns, officials said on Monday morning.</p>` +
				`<h2>Thousands without power</h2>`,
			want: "Storm leaves thousands without power across the coast",
		},
		{
			name: "an italic work title opening the headline is no kicker",
			head: `<title>The Meridian Post</title>`,
			top:  `<h1><em>Succession</em> finale draws record audience for HBO</h1>`,
			want: "Succession finale draws record audience for HBO",
		},
		{
			name: "a first span before a dash hidden from screen readers is a kicker",
			head: `<meta property="og:title" content="Coronavirus und andere Zoonosen – Wie Umweltzerstörung neue Epidemien begünstigt">`,
			top:  `<h1 class="ContentHead_title__1wA2g"><span class="ContentHead_titleheader__MSrlO">Coronavirus und andere Zoonosen</span><span class="ContentHead_hiddendash__2INVx" aria-hidden="true" role="presentation"> – </span><span class="ContentHead_text__NId_w">Wie Umweltzerstörung neue Epidemien begünstigt</span></h1>`,
			want: "Wie Umweltzerstörung neue Epidemien begünstigt",
		},
		{
			name: "an h2 printing the declared title wins over h1s in the post body",
			head: `<meta property="og:title" content="NWO – PSYOP UNITEDWESTRIKE Radio-Marathon">`,
			top:  `<h2 class="entry-title"><a href="/2016/07/09/nwo/">NWO – PSYOP UNITEDWESTRIKE&nbsp;Radio-Marathon</a></h2><h1 class="western">EU-Pakt mit Nato beendet Neutralität von Österreich und Schweden</h1><h1 class="western">EU und Nato wollen Regeln für eine Weltordnung erstellen</h1>`,
			want: "NWO – PSYOP UNITEDWESTRIKE Radio-Marathon",
		},
		{
			name: "a blog name h1 before a colon in the title is not the headline",
			head: `<meta property="og:title" content="SibenLab privacy policy"><title>privacy policy: SibenLab privacy policy</title>`,
			top:  `<h1 class="title"><a href="https://sibenlab.blogspot.com/">privacy policy</a></h1><h3 class="post-title entry-title" itemprop="name">SibenLab privacy policy</h3>`,
			url:  "https://sibenlab.blogspot.com/p/privacy-policy.html",
			want: "SibenLab privacy policy",
		},
		{
			name: "without an h1 the first h2 is the title worded for print",
			head: `<title>Feuerwehr Oldenburg - Ausbildung</title>`,
			top:  `<nav><h2>Menü und Navigation</h2></nav><h2 class="date-header">Samstag, 5. Oktober 2013</h2><h2 id="bootsdienst-ausbildung">Bootsdienst Ausbildung</h2>`,
			want: "Bootsdienst Ausbildung",
		},
		{
			name: "without an h1 an h2 worded apart from the title does not win",
			head: `<title>Coronavirus rammer trafikken i Danmark</title>`,
			top:  `<h2>Få fuld adgang til sn.dk og læs resten af artiklen</h2>`,
			want: "Coronavirus rammer trafikken i Danmark",
		},
		{
			name: "a slider of teaser titles does not stand for the h1",
			head: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ultium Cells erhöht Gigafactory-Kapazität"}</script><title>Ultium Cells erhöht Gigafactory-Kapazität - Battery-News.de</title>`,
			top: `<h1 style="text-align: center;">Ultium Cells erhöht Gigafactory-Kapazität in Tennessee</h1>` +
				`<div class="avia-content-slider"><h3 class="slide-entry-title entry-title" itemprop="headline">Ultium Cells erhöht Gigafactory-Kapazität</h3>` +
				`<h3 class="slide-entry-title entry-title" itemprop="headline">Customcells plant weitere Fertigungen</h3>` +
				`<h3 class="slide-entry-title entry-title" itemprop="headline">Dekra baut neues Batterietestzentrum</h3></div>`,
			want: "Ultium Cells erhöht Gigafactory-Kapazität in Tennessee",
		},
		{
			name: "an h1 that carries on the declared title's sentence is the headline",
			head: `<meta property="og:title" content="City council approves new budget">`,
			top:  `<h1>City council approves new budget for schools</h1>`,
			want: "City council approves new budget for schools",
		},
		{
			name: "the header of an opinion piece is no comment section (horizont.net)",
			head: `<meta property="og:title" content="Influencer Marketing: Was sich nach dem Vreni-Frost-Urteil ändert (und ändern muss)">`,
			top:  `<div class="ArticleHeaderComment"><div class="ArticleHeaderComment_subject"><div class="Tagline ArticleHeaderComment_tagline">Influencer Marketing</div><h1 class="ArticleHeaderComment_headline"><span class="stickytitle">Was sich nach dem Vreni-Frost-Urteil ändert (und ändern muss)</span></h1></div></div>`,
			want: "Was sich nach dem Vreni-Frost-Urteil ändert (und ändern muss)",
		},
		{
			name: "a badge span at the end of the h1 is not part of the headline (la-bas.org)",
			head: `<meta property="og:title" content="Didier Porte souhaite la Santé à Balkany | Chroniques | Là-bas si j&#039;y suis"><title>Didier Porte souhaite la Santé à Balkany | Chroniques | Là-bas si j'y suis</title>`,
			top:  `<h1 id="logo_site_spip"><a href="/"><img src="/logo.png" alt="Là-bas si j'y suis"></a></h1><h1 class="crayon article-titre-5593 ">Didier Porte souhaite la Santé à Balkany <span class="label abo">Abonnés</span></h1>`,
			want: "Didier Porte souhaite la Santé à Balkany",
		},
		{
			name: "a subtitle span at the end of the heading is not part of the headline (ebene11.com)",
			head: `<title>Dateien mit Migrationshintergrund - Ein Ablaufplan für den effizienten Umgang mit fremden dwg-Dateien in AutoCAD | Ebene 11 - Webentwicklung . AutoCAD . Schulung</title>`,
			top:  `<h1><a href="/"><img src="/logo.png" alt="Ebene 11"></a></h1><h2>Dateien mit Migrationshintergrund <span>Ein Ablaufplan für den effizienten Umgang mit fremden dwg-Dateien in AutoCAD</span></h2>`,
			url:  "https://www.ebene11.com/blog/dateien",
			want: "Dateien mit Migrationshintergrund",
		},
		{
			name: "an h1 that adds a date to the declared title is not the headline",
			head: `<meta property="og:title" content="Harbour tunnel reopens after repairs">`,
			top:  `<h1>Harbour tunnel reopens after repairs 12 May 2024</h1>`,
			want: "Harbour tunnel reopens after repairs",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			page := articlePage(c.head, c.top)
			if strings.Contains(c.name, "body class") {
				page = strings.Replace(page, "<body>", `<body class="single mega-menu-primary genesis-breadcrumbs-visible">`, 1)
			}
			u := c.url
			if u == "" {
				u = "https://news.example.org/2024/05/story"
			}
			a := extractTest(t, page, u)
			assert.Equal(t, c.want, a.Headline)
		})
	}
}

// TestSiteName covers the choice among declared site names.
func TestSiteName(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, head, body, url, want string
	}{
		{
			name: "section in og:site_name loses to the publisher the host confirms",
			head: `<meta property="og:site_name" content="U.S."><script type="application/ld+json">{"@type":"NewsArticle","headline":"Parasite scores upset","publisher":{"@type":"Organization","name":"Reuters"}}</script><title>Parasite scores upset | Reuters</title>`,
			url:  "https://www.reuters.com/article/parasite",
			want: "Reuters",
		},
		{
			name: "slogan dropped when another declaration names the site",
			head: `<meta property="og:site_name" content="Aktuálně.cz - Víte, co se právě děje"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Zpráva dne","publisher":{"@type":"Organization","name":"Aktuálně.cz"}}</script>`,
			want: "Aktuálně.cz",
		},
		{
			name: "application-name repeating the page title is skipped",
			head: `<meta name="application-name" content="UK university student halls too full to be safe, experts warn"><title>UK university student halls too full to be safe, experts warn</title>`,
			url:  "https://news.example.org/story",
			want: "",
		},
		{
			name: "unconfirmed names keep the first",
			head: `<meta property="og:site_name" content="The Meridian Post"><meta name="application-name" content="Meridian">`,
			url:  "https://news.example.org/story",
			want: "The Meridian Post",
		},
		{
			name: "name after a box-drawing bar in the title",
			head: `<title>Produkttester werden &amp; gratis testen│Nestlé Marktplatz</title>`,
			url:  "https://www.nestle-marktplatz.de/produkttest",
			want: "Nestlé Marktplatz",
		},
		{
			name: "title stripped at both ends names the site by its end",
			head: `<title>News - Site Update - Leseprobe Band 14 / Kapitel 121 - Love Hina</title>`,
			url:  "https://www.love-hina.ch/news/0409",
			want: "Love Hina",
		},
		{
			name: "title suffix that spells the host, with the site's slogan after it (ebene11.com)",
			head: `<title>Dateien mit Migrationshintergrund - Ein Ablaufplan | Ebene 11 - Webentwicklung . AutoCAD . Schulung</title>`,
			url:  "https://www.ebene11.com/blog/dateien",
			want: "Ebene 11",
		},
		{
			name: "the publisher's bare domain loses to an og:site_name that names the host's word (volksblatt.at)",
			head: `<meta property="og:site_name" content="Oberösterreichisches Volksblatt"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Zpráva dne","publisher":{"@type":"Organization","name":"volksblatt.at"}}</script>`,
			url:  "https://volksblatt.at/story",
			want: "Oberösterreichisches Volksblatt",
		},
		{
			name: "a slogan before the bar, the name that spells the host after it (whdh.com)",
			head: `<meta property="og:site_name" content="Boston News, Weather, Sports | WHDH 7News">`,
			url:  "https://whdh.com/news/story",
			want: "WHDH 7News",
		},
		{
			name: "a title that is only the host's name (medef.com)",
			head: `<title>MEDEF</title>`,
			url:  "http://www.medef.com/en/content/story",
			want: "MEDEF",
		},
		{
			name: "a letter l as the bar before the host's name (world.kbs.co.kr)",
			head: `<title>Colder Temperatures Forecast for Wed. after Cold Wave Alert Tues. l KBS WORLD</title>`,
			url:  "https://world.kbs.co.kr/service/news_view.htm",
			want: "KBS WORLD",
		},
		{
			name: "a person's name in the publisher meta tag is not the site (der-farang.com)",
			head: `<meta name="publisher" content="Bussaba Rueegsegger-Panthumhinda"><title>Frei erfunden: Grab-Bote fliegt nach Singapur, Thailand</title>`,
			url:  "https://der-farang.com/de/pages/story",
			want: "",
		},
		{
			name: "a web address in og:site_name loses to a declared name with the host's word (inquirer.com)",
			head: `<meta name="application-name" content="The Philadelphia Inquirer, LLC"><meta property="og:site_name" content="https://www.inquirer.com">`,
			url:  "https://www.inquirer.com/news/story.html",
			want: "The Philadelphia Inquirer",
		},
		{
			name: "a web address in og:site_name stays beside a bare domain (tmz.com)",
			head: `<meta property="og:site_name" content="http://www.tmz.com"><meta name="application-name" content="TMZ.COM">`,
			url:  "https://www.tmz.com/2016/story",
			want: "http://www.tmz.com",
		},
		{
			name: "the lone title part after the headline, nothing declared (loldf.org)",
			head: `<title>Sur la PMA avec les juristes Marie Mesnil et Laurence Brunet - Les oreilles loin du front</title>`,
			body: `<h1>Sur la PMA avec les juristes Marie Mesnil et Laurence Brunet</h1>`,
			url:  "http://www.loldf.org/spip.php?article717",
			want: "Les oreilles loin du front",
		},
		{
			name: "a blog named after its author after a guillemet (pbrunst.de)",
			head: `<title>Kein Cyberterrorismus (diesmal) &laquo;  Dr. Phillip W. Brunst</title>`,
			body: `<h1>Kein Cyberterrorismus (diesmal)</h1>`,
			url:  "http://www.pbrunst.de/news/2011/12/kein-cyberterrorismus-diesmal/",
			want: "Dr. Phillip W. Brunst",
		},
		{
			name: "after section labels the part that spells the host",
			head: `<title>How to Save Money on Groceries - Your Money Today - Your Life - MSN Lifestyle</title>`,
			body: `<h1>How to Save Money on Groceries</h1>`,
			url:  "http://lifestyle.msn.com/your-life/story",
			want: "MSN Lifestyle",
		},
		{
			name: "a blog's archive page titled by its name and a year (blogspot)",
			head: `<title>Old Blog: 2011</title>`,
			body: `<h2 class="date-header">Wednesday, March 30, 2011</h2><h3 class="post-title entry-title">This Is My Old Blog</h3>`,
			url:  "http://unexpecteduser.blogspot.de/2011/",
			want: "Old Blog",
		},
		{
			name: "a page number after the headline is no name",
			head: `<title>Microsoft beginnt mit der Auslieferung des Updates - Seite 34</title>`,
			body: `<h1>Microsoft beginnt mit der Auslieferung des Updates</h1>`,
			want: "",
		},
		{
			name: "an issue label after the headline is no name",
			head: `<title>Trump is indeed a billionaire | Die Weltwoche, Ausgabe 4/2019</title>`,
			body: `<h1>Trump is indeed a billionaire</h1>`,
			want: "",
		},
		{
			name: "a comment label after the headline is no name",
			head: `<title>Die Regierung muss jetzt endlich handeln - Kommentar</title>`,
			body: `<h1>Die Regierung muss jetzt endlich handeln</h1>`,
			want: "",
		},
		{
			name: "a live label after the headline is no name",
			head: `<title>Storm hits the coast as thousands lose power - Live updates</title>`,
			body: `<h1>Storm hits the coast as thousands lose power</h1>`,
			want: "",
		},
		{
			name: "a name that ends in the host's number (munich2022.com)",
			head: `<title>Europas Topathleten fit für München 2022 - European Championships Munich 2022</title>`,
			body: `<h1>Europas Topathleten fit für München 2022</h1>`,
			url:  "https://www.munich2022.com/de/europas-topathleten-fit-fur-munchen-2022",
			want: "European Championships Munich 2022",
		},
		{
			name: "a section's archive page titled by a year is no name",
			head: `<title>Archives: 2011</title>`,
			body: `<h2 class="date-header">Wednesday, March 30, 2011</h2><h3 class="post-title entry-title">This Is My Old Blog</h3>`,
			want: "",
		},
		{
			name: "a section label after a kicker and the headline is no name",
			head: `<title>Neu - Japanisches Mini-SUV auf dem Vormarsch - Vorstellung</title>`,
			body: `<h1>Japanisches Mini-SUV auf dem Vormarsch</h1>`,
			want: "",
		},
		{
			name: "the title's name beats a company in the publisher tag (almadenahnews.com)",
			head: `<meta name="Publisher" content="شركة قنوات البث الأردنية"><title>أميركا :50 الفا حصيلة الوفيات بسبب فيروس كورونا - المدينة نيوز </title>`,
			body: `<h1>أميركا :50 الفا حصيلة الوفيات بسبب فيروس كورونا</h1>`,
			url:  "https://www.almadenahnews.com/article/825076",
			want: "المدينة نيوز",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			body := c.body
			if body == "" {
				body = "<h1>Zpráva dne o něčem důležitém</h1>"
			}
			a := extractTest(t, articlePage(c.head, body), c.url)
			assert.Equal(t, c.want, a.SiteName)
		})
	}
}
