package scoop_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsscoop/scoop"
)

// para is a body paragraph long enough to count as article text.
const para = `<p>The council voted on Tuesday to extend the harbour works by two years, after a long debate about the cost of the new sea wall and the noise the building site makes at night. Residents had asked for limits on the hours of work and for a new study of the traffic on the coast road.</p>`

func authorNames(t *testing.T, page string) []string {
	t.Helper()
	a, err := scoop.Extract(strings.NewReader(page), "https://news.example.com/2024/05/harbour-works")
	require.NoError(t, err)
	var names []string
	for _, au := range a.Authors {
		names = append(names, au.Name)
	}
	return names
}

// TestAuthorRules covers the author rules with small pages modelled on
// real markup (the corpus pages named in each case).
func TestAuthorRules(t *testing.T) {
	t.Parallel()
	head := `<html><head><title>Harbour works extended</title>`
	h1 := `</head><body><article><h1>Harbour works extended</h1>`
	tests := []struct {
		name, page string
		want       []string
	}{
		{
			"name signed in bold italics under the last paragraph (eishockeynews.de)",
			head + h1 + para + para + para + `<p><b><i>Stefan Wasmer</i></b></p></article></body></html>`,
			[]string{"Stefan Wasmer"},
		},
		{
			"right-aligned signature followed by a footnote (alternatives-economiques.fr)",
			head + h1 + para + para + `<p align="right"><em><font size="2">Denis Clerc</font></em></p><p>(1) Figures from the OECD.</p></article></body></html>`,
			[]string{"Denis Clerc"},
		},
		{
			"a bold line under the last paragraph that is not a name",
			head + h1 + para + para + `<p><strong>Der ausgewählte Zeitraum ist zu kurz.</strong></p></article></body></html>`,
			nil,
		},
		{
			"a bold last line is no signature where the meta tags name the author",
			head + `<meta name="author" content="Jane Doe">` + h1 + para + para + `<p><em>Key Takeaways</em></p></article></body></html>`,
			[]string{"Jane Doe"},
		},
		{
			"a bold name in mid-article is not a signature",
			head + h1 + para + `<p><strong>Jane Doe</strong></p>` + para + `</article></body></html>`,
			nil,
		},
		{
			"byline and meta tags against the structured data's poster (wsvn.com)",
			head + `<meta name="author" content="Jessica Holly, Gail Levy"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour works extended","author":{"@type":"Person","name":"Kathleen Ditton"}}</script>` +
				h1 + `<div class="byline">By Jessica Holly, Gail Levy</div>` + para + para + `</article></body></html>`,
			[]string{"Jessica Holly", "Gail Levy"},
		},
		{
			"labelled byline under the headline against the structured data (legrandcontinent.eu)",
			head + `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour works extended","author":{"@type":"Person","name":"Gilles Gressani"}}</script>` +
				h1 + `<div><span>Auteur</span> <span>Uriel Gadessaud</span></div>` + para + para + `</article></body></html>`,
			[]string{"Uriel Gadessaud"},
		},
		{
			"structured-data name in the blogger's own case (hassanchef.com)",
			head + `<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Harbour works extended","author":{"@type":"Person","name":"Mobasir hassan"}}</script>` +
				h1 + para + para + `</article></body></html>`,
			[]string{"Mobasir hassan"},
		},
		{
			"a first name after \"von\" in an author field below the article (ok-magazin.de)",
			head + h1 + strings.Repeat(para, 6) + `<div class="field field-name-author"><div class="field-items"><div class="field-item even">von <a href="/redaktion/ulrike" class="username">Ulrike</a></div></div></div></article></body></html>`,
			[]string{"Ulrike"},
		},
		{
			"a first name after \"von\" below the article, with no author class",
			head + h1 + strings.Repeat(para, 6) + `<div><div>von <a href="/redaktion/ulrike">Ulrike</a></div></div></article></body></html>`,
			nil,
		},
		{
			"a first name after \"von\" in the date line under the headline (vipflash.de)",
			head + h1 + `<h2>Stars <span>06.11.2023 13:30 von Olga</span></h2>` + para + para + `</article></body></html>`,
			[]string{"Olga"},
		},
		{
			"the publisher in og:article:author when nothing else names an author (bbc.com)",
			head + `<meta property="og:site_name" content="BBC News"><meta property="og:article:author" content="BBC News">` + h1 + para + para + `</article></body></html>`,
			[]string{"BBC News"},
		},
		{
			"Drupal's submitted line (creativecommons.at)",
			head + h1 + `<div class="submitted">Gespeichert von <span class="username">rasos</span> am 24. Juli 2017 - 18:55</div>` + para + para + `</article></body></html>`,
			[]string{"rasos"},
		},
		{
			"\"Written by:\" with a colon in the body's first lines (theplanetarypress.com)",
			head + `<meta property="og:site_name" content="The Planetary Press"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour works extended","author":{"@type":"Organization","name":"The Planetary Press"}}</script>` +
				h1 + `<p><em>Courtesy of Forests News</em></p><p><em>Written by: <a href="https://forestsnews.example.org/63537">Julie Mollins</a></em></p>` + para + para + `</article></body></html>`,
			[]string{"Julie Mollins"},
		},
		{
			"a hidden rich-snippet vcard of the poster against the printed byline (courage-online.de)",
			head + `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Harbour works extended","author":{"@type":"Person","name":"Isabell Angele"}}</script>` +
				h1 + `<div class="fusion-meta-info"><span class="vcard rich-snippet-hidden"><span class="fn"><a href="/author/isabell/" rel="author">Isabell Angele</a></span></span></div>` +
				`<div class="fusion-text"><p><strong>Von Mat&shy;thi&shy;as Lauerer</strong></p></div>` + para + para + `</article></body></html>`,
			[]string{"Matthias Lauerer"},
		},
		{
			"a user name the byline links to as its profile (sladisworld.wordpress.com)",
			head + h1 + `<div class="byline">Dezember 10, 2019 &middot; von <span class="author vcard"><a href="https://blog.example.com/author/freeman1984/" rel="author">freeman1984</a></span></div>` +
				`<div class="article-author">Interview: Jens Bergmann Foto: Michael Hudler</div>` + para + para + `</article></body></html>`,
			[]string{"freeman1984"},
		},
		{
			"the description opens with the byline; the page prints only the blog's name (security.googleblog.com)",
			head + `<meta property="og:description" content="Posted by Jane Doe, Ben Roe and Ann Lee - Safe Browsing team   Over the past few years">` +
				h1 + `<span itemprop="author" itemscope itemtype="http://schema.org/Person"><meta itemprop="name" content="Google"></span>` + para + para + `</article></body></html>`,
			[]string{"Jane Doe", "Ben Roe", "Ann Lee"},
		},
		{
			"a description that runs on from the name gives none (newsnet.scot)",
			head + `<meta name="description" content="By Russell Bruce Starmer talks big about growth but the UK is predicted to have the lowest growth">` +
				h1 + para + para + `</article></body></html>`,
			nil,
		},
		{
			"an address far below the headline is the publisher's contact (umweltbundesamt.de)",
			head + h1 + para + para + para + para + para + para + `</article><div class="contact"><address>Wörlitzer Platz 1 06844 Dessau-Roßlau</address></div></body></html>`,
			nil,
		},
		{
			"a meta author that gives another site's address built the site (ekiba.de)",
			head + `<meta name="author" content="Web Commerce GmbH www.w-commerce.de">` + h1 + para + para + `</article></body></html>`,
			nil,
		},
		{
			"a byline under the headline that names the structured data's author and one more, the meta tags both (standard.co.uk)",
			head + `<meta name="author" content="Jane Doe, Ben Roe">` +
				`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour works extended","author":{"@type":"Person","name":"Jane Doe"}}</script>` +
				h1 + `<div class="byline">By Jane Doe and Ben Roe</div>` + para + para + `</article></body></html>`,
			[]string{"Jane Doe", "Ben Roe"},
		},
		{
			"a language switcher entry is no byline: CJK letters are not punctuation before a marker (vaticannews.va)",
			head + `</head><body><header><section class="languageBar"><ul><li><a class="lang" href="/zh.html">简体中文</a><div class="lang-transl">(Simplified Chinese)</div></li><li><a class="lang" href="/zht.html">繁體中文</a><div class="lang-transl">(Traditional Chinese)</div></li></ul></section></header><article><h1>Harbour works extended</h1>` + para + para + `</article></body></html>`,
			nil,
		},
		{
			"the author of a picture licence is a credit, not the byline (infosperber.ch)",
			head + h1 + `<div class="wp-caption"><img src="/a.jpg"><div><p class="media-license"><span class="media-legend">The harbour at night.</span><span class="media-license-info">&copy; </span><span class="media-license-author">zvg </span></p></div></div>` + para + para + `</article></body></html>`,
			nil,
		},
		{
			"a meta author that ends in a legal form is the company, not a person before a publication (faz.net)",
			head + `<meta name="author" content="Frankfurter Allgemeine Zeitung GmbH">` + h1 + para + para + para + para + para + para + para + `<p class="intro">Von Karin Finkenzeller</p>` + para + `</article></body></html>`,
			[]string{"Karin Finkenzeller"},
		},
		{
			"an author card that runs the name into its stat labels gives the name (sohu.com)",
			head + h1 + para + para + `</article><aside><div data-spm="author" id="user-info" class="article-author-card"><a class="article-author-card-box" href="https://mp.example.com/profile?xpt=1"><div class="article-author-card-userinfo"><div class="article-author-card-author-info">Jane Doe</div><div class="article-author-card-message"><span class="article-author-card-message-label">Articles</span><span class="article-author-card-message-value"><em></em></span><span class="article-author-card-message-label">Readers</span></div></div></a></div></aside></body></html>`,
			[]string{"Jane Doe"},
		},
		{
			"an Arabic byline marker (youm7.com)",
			head + h1 + `<div class="articleCont"><span class="writeBy">كتبت أسماء نصار</span></div>` + para + para + `</article></body></html>`,
			[]string{"أسماء نصار"},
		},
		{
			"a vcard byline in a WordPress post whose category class says newsletter (verfassungsblog.de)",
			`<html><head><title>Harbour works extended</title></head><body><article class="post type-post hentry category-kolumne category-newsletter"><div id="sidebar" class="site-content content-area"><header class="entry-header"><h1 class="entry-title">Harbour works extended</h1><div class="entry-meta pf-author"><span class="author vcard"><a href="https://example.org/author/admin/" class="author url fn" rel="author">Maximilian Steinbeis</a></span></div></header></div><div id="content" class="site-content">` + para + para + `</div></article></body></html>`,
			[]string{"Maximilian Steinbeis"},
		},
		{
			"a loose \"Posted by\" line after the title in one block, ended by the category links (nesselsetzer.wordpress.com)",
			head + `</head><body><article><div class="post-info"><h2 class="post-title">Harbour works extended</h2>
	Posted by Nesselsetzer under <a href="/category/news/" rel="category tag">News</a>, <a href="/category/local/" rel="category tag">Local</a> | <a href="/2024/05/harbour-works#comments">Comments</a></div>` + para + para + `</article></body></html>`,
			[]string{"Nesselsetzer"},
		},
		{
			"a label line after the last <br> of a text block, with a role before the name (juraforum.de)",
			head + h1 + `<div>The council voted on Tuesday to extend the harbour works by two years, after a long debate about the cost of the new sea wall.<br/><br/>Residents had asked for limits on the hours of work and for a new study of the traffic on the coast road, which the council refused.<br/><br/>Autor: <a href="/rechtsanwalt/">Rechtsanwalt</a> Sebastian Einbock</div>` + para + `</article></body></html>`,
			[]string{"Sebastian Einbock"},
		},
		{
			"a line of prose after a <br> that opens with \"Vom\" is no byline (blogoff.de)",
			head + h1 + `<p>Anfahrt<br>Vom S-Bahnhof Potsdam mit der Tram bis Haltestelle Vogelpark</p>` + para + para + `</article></body></html>`,
			nil,
		},
		{
			"an Italian byline line after a <br> opens with \"Di\" (Italian sites)",
			head + h1 + `<div>Pubblicato il 3 maggio<br>Di Mario Rossi</div>` + para + para + `</article></body></html>`,
			[]string{"Mario Rossi"},
		},
		{
			"an Italian byline line with the writer's post after the name",
			head + h1 + `<div>Pubblicato il 3 maggio<br>Di Mario Rossi, inviato a Roma</div>` + para + para + `</article></body></html>`,
			[]string{"Mario Rossi"},
		},
		{
			"a Norwegian byline line after a <br> names two people",
			head + h1 + `<div>Publisert 3. mai<br>Av Kari Nordmann og Ola Nordmann</div>` + para + para + `</article></body></html>`,
			[]string{"Kari Nordmann", "Ola Nordmann"},
		},
		{
			"a line of Italian prose after a <br> that opens with \"Da\" is no byline",
			head + h1 + `<div>Orari<br>Da Lunedì a Venerdì dalle 9 alle 18</div>` + para + para + `</article></body></html>`,
			nil,
		},
		{
			"a programme's description with a broadcaster in parentheses is no dateline",
			head + `<meta name="description" content="Die Sendung Panorama (NDR) – heute um 21 Uhr im Ersten, mit einem Bericht über den Hafen.">` + h1 + para + para + `</article></body></html>`,
			nil,
		},
		{
			"a programme's description opening with an article is no dateline",
			head + `<meta name="description" content="Die Sendung Panorama (NDR) – Heute um 21 Uhr im Ersten, mit einem Bericht über den Hafen.">` + h1 + para + para + `</article></body></html>`,
			nil,
		},
		{
			"a broadcaster's code after a programme's name is no dateline, a wire agency's before a quote is",
			head + `<meta name="description" content="Zeit im Bild (ORF) – Die Regierung hat am Montag den Hafen besucht.">` + h1 + para + para + `</article></body></html>`,
			nil,
		},
		{
			"a wire agency's dateline before a quotation",
			head + `<meta name="description" content="Paris (AFP) - « Le président a tranché », a dit son porte-parole lundi soir.">` + h1 + para + para + `</article></body></html>`,
			[]string{"AFP"},
		},
		{
			"an agency's dateline with a place of three words (dpa)",
			head + `<meta name="description" content="Frankfurt am Main (dpa) – Der Hafen wird zwei Jahre länger gebaut, hat der Rat beschlossen.">` + h1 + para + para + `</article></body></html>`,
			[]string{"dpa"},
		},
		{
			"agencies credited under the headline are named without the page's punctuation",
			head + `</head><body><article><header><h1>Harbour works extended</h1><p class="credit">— AFP / JIJI</p></header>` + para + para + `</article></body></html>`,
			[]string{"AFP/JIJI"},
		},
		{
			"an agency's dateline opening the description when nothing names an author (dpa)",
			head + `<meta name="description" content="Hamburg (dpa/lno) – Trotz eines Gespräches zwischen den Studierenden und dem Präsidium bleibt der Streit ungelöst.">` + h1 + `<p>Hamburg (dpa/lno) – Trotz eines Gespräches zwischen den Studierenden und dem Präsidium bleibt der Streit um die Vorlesung ungelöst. Die Universität will am Montag beraten.</p>` + para + `</article></body></html>`,
			[]string{"dpa/lno"},
		},
		{
			"a place in parentheses that is no agency is no author",
			head + `<meta name="description" content="Hamburg (Altona) – Trotz eines Gespräches zwischen den Studierenden und dem Präsidium bleibt der Streit ungelöst.">` + h1 + `<p>Hamburg (Altona) – Trotz eines Gespräches zwischen den Studierenden und dem Präsidium bleibt der Streit um die Vorlesung ungelöst. Die Universität will am Montag beraten.</p>` + para + `</article></body></html>`,
			nil,
		},
		{
			"an agency credited alone right under the headline (japantimes.co.jp)",
			head + `</head><body><article><header><hgroup><h3>National</h3><h1>Harbour works extended</h1></hgroup><p class="credit">JIJI</p></header>` + para + para + `</article></body></html>`,
			[]string{"JIJI"},
		},
		{
			"an agency credit under the headline that goes with a picture is the photo's",
			head + `</head><body><article><header><h1>Harbour works extended</h1><div class="credit"><img src="/a.jpg">AFP</div></header>` + para + para + `</article></body></html>`,
			nil,
		},
		{
			"a first name printed alone is completed from the same person's full name in another byline (steinhau.com)",
			head + h1 + `<div class="entry-meta">Von <span class="author vcard"><a class="url fn n" href="/author/henry/">Henry</a></span></div>` + para + para + `</article><aside><h3 class="widget-title">Mehr von Henry Steinhau</h3></aside></body></html>`,
			[]string{"Henry Steinhau"},
		},
		{
			"a first name is not completed when two full names open with it",
			head + h1 + `<div class="entry-meta">Von <span class="author vcard"><a class="url fn n" href="/author/henry/">Henry</a></span></div>` + para + para + `</article><aside><h3>Mehr von Henry Steinhau</h3><h3>Mehr von Henry Miller</h3></aside></body></html>`,
			[]string{"Henry"},
		},
		{
			"a name ends at a line break before the dateline (aussengedanken.de)",
			head + h1 + `<p>Von <strong><a href="https://example.org/jd">Jane Doe</a></strong> und <strong>John Roe</strong><br/><span id="more-788"></span><br/> Kakuma /Kenia</p>` + para + para + `</article></body></html>`,
			[]string{"Jane Doe", "John Roe"},
		},
		{
			"an agency credited after the last sentence beats the site's own name (fr.de)",
			head + `<meta property="og:site_name" content="Harbour News">` + `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour works extended","author":{"@type":"Person","name":"Redaktion"}}</script>` + h1 + para + para + `<p>The works start in May, the council said. (HN mit dpa)</p><p><em>*Harbour News is part of a network.</em></p></article></body></html>`,
			[]string{"HN mit dpa"},
		},
		{
			"a source line after the article names the desk when the meta author is the site (mdr.de, katholisch.at)",
			head + `<meta property="og:site_name" content="news.example.com"><meta name="author" content="news.example.com">` + h1 + para + para + `</article><div class="mod"><p class="text"><em>Quelle: MDR THÜRINGEN/ls</em></p></div></body></html>`,
			[]string{"MDR THÜRINGEN/ls"},
		},
		{
			"a source line in a picture caption is the photo's (thw.de)",
			head + h1 + `<p><span class="lightbox"><img src="/a.jpg" alt="The harbour"></span><span class="caption">Quelle:&nbsp;<cite>dpa</cite></span></p>` + para + para + `</article></body></html>`,
			nil,
		},
		{
			"a desk that signs the article under its last paragraph beats the account that posted it (israel-nachrichten.org)",
			head + h1 + `<div class="singlepostmeta">Von <a href="/archive/author/harbour-news" rel="author">Harbour News</a></div>` + para + para + `<p><em>HN-Redaktion</em></p><p>Kommentare sind geschlossen.</p></article></body></html>`,
			[]string{"HN-Redaktion"},
		},
		{
			"an agency credit does not replace a person",
			head + `<meta name="author" content="Jane Doe">` + h1 + para + para + `<p>The works start in May, the council said. (dpa)</p></article></body></html>`,
			[]string{"Jane Doe"},
		},
		{
			"a name in parentheses after the last sentence signs the text (osthessen-news.de)",
			head + h1 + para + para + `<p><strong>The works remain a matter of debate.</strong> (Christian P. Stadtfeld) +++</p></article></body></html>`,
			[]string{"Christian P. Stadtfeld"},
		},
		{
			"names in parentheses after quotes are the speakers of a list of quotes (emotion.de)",
			head + h1 + para + `<p><b>1.</b> "Walk by the sea every morning." <b>(Jane Roe)</b></p>` + para + `<p><b>2.</b> "Let it go." <b>(Mary Major)</b></p></article></body></html>`,
			nil,
		},
		{
			"a name in parentheses after a quotation is its speaker's, not a signature",
			head + h1 + para + para + `<p>The mayor closed the meeting with a line from a song. "Let it go!" (Jane Roe)</p></article></body></html>`,
			nil,
		},
		{
			"one name in parentheses is no signature when another paragraph also ends with one",
			head + h1 + `<p>The mayor spoke first, then the engineer answered the residents. (Jane Roe)</p>` + para + `<p>The works start in May, the council said. (Mary Major)</p></article></body></html>`,
			nil,
		},
		{
			"a Korean reporter's name before the title on the date line (daejonilbo.com)",
			head + h1 + `<div><span>이용민 기자 | </span> 2020-03-04 16:52:59</div>` + para + para + `</article></body></html>`,
			[]string{"이용민"},
		},
		{
			"a link to a think tank's expert page under the headline (carnegieendowment.org)",
			head + h1 + `<div class="meta"><ul><li><a href="/chinafinancialmarkets/experts/444">Michael Pettis</a></li></ul></div>` + para + para + `</article></body></html>`,
			[]string{"Michael Pettis"},
		},
		{
			"the experts folder itself is no profile link",
			head + h1 + `<div class="meta"><a href="/experts/?lang=en">Our Experts</a></div>` + para + para + `</article></body></html>`,
			nil,
		},
		{
			"a desk and its agency joined by a slash are one credit (sportnews.bz)",
			head + h1 + `<div class="byline">Von: det/dpa</div>` + para + para + `</article></body></html>`,
			[]string{"det/dpa"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, authorNames(t, tt.page))
		})
	}
}

// TestSiteBadgeUnderHeadline checks that the site's own badge under the
// headline is no agency's credit, though the site's name is an agency's
// (spiegel.de's "SPIEGEL+").
func TestSiteBadgeUnderHeadline(t *testing.T) {
	t.Parallel()
	page := `<html><head><title>Harbour works extended</title><meta property="og:site_name" content="DER SPIEGEL"></head>` +
		`<body><article><header><h1>Harbour works extended</h1><div class="badge">SPIEGEL+</div></header>` + para + para + `</article></body></html>`
	a, err := scoop.Extract(strings.NewReader(page), "https://www.spiegel.de/panorama/harbour-works-a-1234")
	require.NoError(t, err)
	assert.Empty(t, a.Authors)
}

// TestDescriptionByline checks that the byline opening the description
// becomes the byline when it names the authors (security.googleblog.com).
func TestDescriptionByline(t *testing.T) {
	t.Parallel()
	page := `<html><head><title>Harbour works extended</title>` +
		`<meta property="og:description" content="Posted by Jane Doe and Ben Roe - Safe Browsing team   Over the past few years">` +
		`</head><body><article><h1>Harbour works extended</h1>` + para + para + `</article></body></html>`
	a, err := scoop.Extract(strings.NewReader(page), "https://news.example.com/2024/05/harbour-works")
	require.NoError(t, err)
	assert.Equal(t, "Posted by Jane Doe and Ben Roe", a.Byline)

	for _, desc := range []string{"By Election Day - most voters had already cast their ballots", "By Tuesday Evening – crews had cleared the road"} {
		page := strings.Replace(page, "Posted by Jane Doe and Ben Roe - Safe Browsing team   Over the past few years", desc, 1)
		a, err := scoop.Extract(strings.NewReader(page), "https://news.example.com/2024/05/harbour-works")
		require.NoError(t, err)
		assert.Empty(t, a.Authors, "a time is not a byline: %q", desc)
	}
}

// TestTeaserLinkByline covers bylines inside a link that wraps another
// article's headline (emotion.de, stern.de, taipeitimes.com): they name
// that article's authors, not this one's.
// TestPrintedBylineForms covers bylines printed without a byline class.
func TestPrintedBylineForms(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, body string
		want       []string
	}{
		{"writer class under the headline (Japanese sites)",
			`<h1>Apple ニュース一気読み</h1><div><span class="writer">松村太郎</span><span class="date">2019年04月13日 09時00分</span></div>` + para + para,
			[]string{"松村太郎"}},
		{"plural label without a colon after the last paragraph",
			`<h1>Sperrfristen für Dünger</h1>` + para + para + `<p>Autoren Jelko Djuren und Jutta Klaukien</p>`,
			[]string{"Jelko Djuren", "Jutta Klaukien"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, authorNames(t, `<html><head><title>T</title></head><body><article>`+tt.body+`</article></body></html>`))
		})
	}
}

func TestTeaserLinkByline(t *testing.T) {
	t.Parallel()
	head := `<html><head><title>Harbour works extended</title><meta name="author" content="Example News"></head><body><article><h1>Harbour works extended</h1>` + para + para
	tests := []struct {
		name, tail string
		want       []string
	}{
		{"byline in a teaser card link",
			`</article><aside><a href="/2024/05/other-story"><h3>Another story</h3><div class="summary">A teaser text about something else. <span class="author">von Anna Dunst</span></div></a></aside>`,
			[]string{"Example News"}},
		{"byline in a teaser link whose title is a span",
			`</article><div class="more"><a href="/politik/rettet-die-reichen-a-1234"><span><span>Mögliche Garantie für Bankeinlagen: Rettet die Reichen</span></span><span class="text-s">Von Ines Zöttl, Washington</span></a></div>`,
			[]string{"Example News"}},
		{"byline in a link without a headline stays",
			`<p class="byline"><a href="/autor/jane-doe">By Jane Doe</a></p></article>`,
			[]string{"Jane Doe"}},
		{"a long byline link to the author's page stays",
			`<p class="byline"><a href="/autor/jane-doe"><span>By Jane Doe</span> <span>Senior correspondent for Europe and NATO affairs</span></a></p></article>`,
			[]string{"Jane Doe"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, authorNames(t, head+tt.tail+`</body></html>`))
		})
	}
}

// TestInitialSurnameBio covers an author named with an initial for a
// surname ("Ariel H", mydailymagazine.com, whose hidden vcard sits in the
// article): the letter is in any paragraph, so the article's first
// paragraph is no bio of hers and stays text.
func TestInitialSurnameBio(t *testing.T) {
	t.Parallel()
	page := `<html><head><title>Harbour works extended</title></head><body><article><header><h1>Harbour works extended</h1>` +
		`<div class="td-post-author-name"><div class="td-author-by">By</div> <a href="https://news.example.com/author/ariel-h/">Ariel H</a></div></header>` +
		`<div class="td-post-content"><p>Believe it or not, the harbour works are only days away, and the town has much to do before they start.</p>` +
		`<h3>What changes</h3>` + para + `</div>` +
		`<div class="td-author-name vcard author" style="display: none"><span class="fn"><a href="https://news.example.com/author/ariel-h/">Ariel H</a></span></div>` +
		`</article></body></html>`
	a, err := scoop.Extract(strings.NewReader(page), "https://news.example.com/2024/05/harbour-works")
	require.NoError(t, err)
	require.Len(t, a.Authors, 1)
	assert.Equal(t, scoop.Author{Name: "Ariel H", URL: "https://news.example.com/author/ariel-h/"}, a.Authors[0])
	assert.Contains(t, a.Text, "Believe it or not")
}
