package scoop_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsscoop/scoop"
)

// datePage builds an article page: head goes in <head>, meta between the
// headline and the body, tail after the body.
func datePage(head, meta, tail string) string {
	para := "<p>" + strings.Repeat("The council met again to discuss the plans for the new bridge over the river. ", 6) + "</p>"
	return `<!doctype html><html lang="de"><head><title>Brücke über den Fluss</title>` + head + `</head><body>
<header><nav><a href="/">Home</a></nav></header>
<article><h1>Brücke über den Fluss</h1>` + meta + strings.Repeat(para, 6) + tail + `</article></body></html>`
}

// TestPublishedRules covers the rules that pick the publication day
// among the dates a page prints and declares.
func TestPublishedRules(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, head, meta, tail, want string
	}{
		{
			name: "date glued to a label of another element",
			meta: `<div class="articleCreationDate"><span class="key">Erstellt am</span><span class="value"><span>09.02.2022</span></span></div>`,
			want: "2022-02-09",
		},
		{
			name: "date glued to the author link",
			meta: `<div><a href="/autor/tk">Tanja Karrasch</a><span class="text-overline">3.11.2023</span></div>`,
			want: "2023-11-03",
		},
		{
			name: "hidden machine date before the printed one",
			head: `<meta property="article:published_time" content="2022-12-25T11:00:00+00:00">`,
			meta: `<div class="fusion-meta-info"><span class="updated rich-snippet-hidden">2022-12-07T10:10:52+01:00</span><span>25. Dezember 2022</span></div>`,
			want: "2022-12-25",
		},
		{
			name: "meta line opening with the date, author name after it",
			meta: `<p class="entry-meta"><span><a href="/?m=202111">5. November 2021</a></span> <span><a href="/?author=1">admin</a></span> <span>News</span></p>`,
			tail: `<aside><p>Fahrbericht: Tesla Model Y 10. Oktober 2021</p></aside>`,
			want: "2021-11-05",
		},
		{
			name: "forum registration date is not the post's",
			meta: `<dl><dd>Beiträge: 1626</dd><dd>Registriert: 18.09.2008, 05:56</dd></dl><p>Beitrag von r23 » 21.01.2009, 05:42</p>`,
			want: "2009-01-21",
		},
		{
			name: "posted by a name on a date",
			meta: `<p>Die Mitglieder fahren voraussichtlich am 23.-26.8.2017 hin.</p>`,
			tail: `<div class="submitted">Gespeichert von rasos am 24. Juli 2017 - 18:55</div>`,
			want: "2017-07-24",
		},
		{
			name: "a labelled data field yields to the dateline the metadata confirms",
			head: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Brücke über den Fluss","datePublished":"2019-09-17T14:54:00+02:00"}</script>`,
			meta: `<p>September 17, 2019 Helmut Rubik</p><p>Kamera: Canon Belichtungszeit: 60 x 3 Minuten Datum: 31/08/2019 Uhrzeit: ab Mitternacht</p>`,
			want: "2019-09-17",
		},
		{
			name: "a photo caption's date at the end of its sentence is not the dateline",
			meta: `<div><img src="/bruecke.jpg" alt="Bürgermeister"><br>FILE PHOTO: Der Bürgermeister spricht bei der Eröffnung der Baustelle an der neuen Brücke nahe Musterstadt, Deutschland, January 16, 2020. Max Muster/Pool via REUTERS</div><p>January 18, 2020</p>`,
			want: "2020-01-18",
		},
		{
			name: "an Arabic publication label",
			meta: `<p>الصورة: 3 مارس 2022</p><p>نشر في 4 مارس 2022</p>`,
			want: "2022-03-04",
		},
		{
			name: "a web address printed in the text names another page's date",
			tail: `<p>Permalink: https://www.example.org/news/2021/03/05/bruecke-ueber-den-fluss/</p><p>Aktualisiert am 17.01.2021.</p>`,
			want: "2021-01-17",
		},
		{
			name: "a related story's teaser dates that story, not the article",
			head: `<meta property="article:published_time" content="2020-10-26T18:10:00+01:00">`,
			meta: `<p><span>Piše: P. Muster</span> <span class="article_published_at">vor 26 Minuten</span></p><p>Der Direktor ist positiv getestet.</p>` +
				`<div class="new-raleted-box"><div class="new-raleted-caption"><a class="new-raleted-title" href="/news/586924/zwei-weitere-tote-49-neue-faelle">Zwei weitere Tote, 49 neue Fälle in der Region</a><div class="article-date-time"><span>09.08.2020 u 10:52</span></div></div></div>`,
			want: "2020-10-26",
		},
		{
			name: "a page that declares no date keeps its first teaser's",
			meta: `<div class="news-content"><h3><a href="/news/blog/59285/">Major palm oil company promises to protect forests</a></h3><span class="date">Blog entry by Annisa Muster | 28 April, 2017</span></div>`,
			want: "2017-04-28",
		},
		{
			name: "a long author link by the dateline is no teaser title",
			head: `<meta property="article:published_time" content="2023-11-09T05:30:59Z">`,
			meta: `<div class="byline"><a href="/author/staff" rel="author">By Staff and news service reports</a> <time datetime="2023-11-08T23:30:59-06:00">November 8, 2023 at 11:30 p.m.</time></div>`,
			want: "2023-11-08",
		},
		{
			name: "meta tags that confirm the dateline outweigh a stale JSON-LD date",
			head: `<meta property="article:published_time" content="2022-12-15T09:13:00"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Brücke über den Fluss","datePublished":"2021-12-06 14:36"}</script>`,
			meta: `<p class="intro">` + strings.Repeat("Die Stadt plant eine neue Brücke über den Fluss, und der Rat berät. ", 5) + `</p><p>Ratgeber 15.12.2022</p>`,
			want: "2022-12-15",
		},
		{
			name: "a list of stories that holds the article dates it",
			meta: `<p>Der Rat berät.</p>`,
			tail: `<div class="related-articles"><article><h2><a href="/news/andere-geschichte">Eine andere Geschichte aus der Stadt</a></h2><span class="date">26. Februar 2020</span></article>` +
				`<article><h2><a href="https://www.example.org/news/bruecke/">Brücke über den Fluss</a></h2><span class="date">18. März 2020</span></article></div>`,
			want: "2020-03-18",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			a, err := scoop.New().Extract(strings.NewReader(datePage(tc.head, tc.meta, tc.tail)), "https://example.org/news/bruecke")
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Published.Time.Format("2006-01-02"))
		})
	}
}

// TestPublishedHiddenHeadline: a copy of the headline in a hidden block of
// structured data (itemprop="headline" before the page's header) does not
// hide the dateline printed under the visible headline.
func TestPublishedHiddenHeadline(t *testing.T) {
	t.Parallel()
	para := "<p>" + strings.Repeat("Vor Beginn der Konferenz ruft das Rote Kreuz zur Stärkung der humanitären Hilfe auf. ", 6) + "</p>"
	page := `<!doctype html><html lang="de"><head><title>Immer mehr Menschen auf Hilfe angewiesen</title>
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-10-27T20:35:36+01:00"}</script></head><body>
<article><div style="display:none"><span itemprop="headline">Immer mehr Menschen auf Hilfe angewiesen</span></div>
<header><h1>Immer mehr Menschen auf Hilfe angewiesen</h1></header><p class="c-article__meta">Berlin, 28.10.2021, 058/21</p>` +
		strings.Repeat(para, 6) + `</article></body></html>`
	a, err := scoop.New().Extract(strings.NewReader(page), "https://example.org/presse/hilfe")
	require.NoError(t, err)
	assert.Equal(t, "2021-10-28", a.Published.Time.Format("2006-01-02"))
}

// TestPublishedTimeOfDay: a printed day takes its time from a declared
// publication time of that day, not from a modification time of the same
// day, and a time with its offset before a bare wall clock.
func TestPublishedTimeOfDay(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, head, want string
	}{
		{
			name: "publication time before a modification time",
			head: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Brücke über den Fluss","dateModified":"2022-12-15T16:00:00+01:00"}</script>` +
				`<meta property="article:published_time" content="2022-12-15T09:13:00+01:00">`,
			want: "2022-12-15T09:13:00+01:00",
		},
		{
			name: "a time with its offset before a bare wall clock",
			head: `<meta property="article:published_time" content="2022-12-15 03:00:00"><meta property="og:article:published_time" content="2022-12-15T08:00:00+00:00">`,
			want: "2022-12-15T08:00:00Z",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			a, err := scoop.New().Extract(strings.NewReader(datePage(tc.head, `<p class="dateline">15.12.2022</p>`, "")), "https://example.org/news/bruecke")
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Published.Time.Format(time.RFC3339))
		})
	}
}
