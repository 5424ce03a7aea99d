package scoop_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsscoop/scoop"
)

// The fields no corpus metric scores (image, category, tags, related,
// bio) must still not be plainly wrong: a logo for a picture, a CMS
// placeholder for a category, a "Read more" button for a related story.

const unscoredURL = "https://news.example.com/world/2024/05/03/storm-hits-coast"

// unscoredPage wraps head and body markup in an article page with enough
// text for the body extractor.
func unscoredPage(head, body string) string {
	para := "<p>" + strings.Repeat("The storm reached the coast on Friday and the town prepared for the worst. ", 6) + "</p>"
	return `<html><head><title>Storm hits coast</title>` + head + `</head><body><article><h1>Storm hits coast</h1>` +
		para + para + para + `</article>` + body + `</body></html>`
}

func extractUnscored(t *testing.T, head, body string) *scoop.Article {
	t.Helper()
	a, err := scoop.Extract(strings.NewReader(unscoredPage(head, body)), unscoredURL)
	require.NoError(t, err)
	return a
}

func TestImageSkipsPlaceholders(t *testing.T) {
	tests := []struct {
		name, head, want string
	}{
		{"wordpress.com blank", `<meta property="og:image" content="https://s0.wp.com/i/blank.jpg">`, ""},
		{"gravatar blavatar", `<meta property="og:image" content="https://secure.gravatar.com/blavatar/bf69?s=200">`, ""},
		{"site logo", `<meta property="og:image" content="https://cdn.example.com/img/header-logo.png">`, ""},
		{"favicon", `<meta property="og:image" content="https://example.com/favicon-96.ico">`, ""},
		{"theme asset", `<meta property="og:image" content="https://example.com/wp-content/themes/x/img/facebook.jpg">`, ""},
		{"logo then twitter photo", `<meta property="og:image" content="https://example.com/logo.png"><meta name="twitter:image" content="https://example.com/photos/storm.jpg">`, "https://example.com/photos/storm.jpg"},
		{"logo in the query only", `<meta property="og:image" content="https://example.com/content/storm.jpeg?impolicy=logo-overlay">`, "https://example.com/content/storm.jpeg?impolicy=logo-overlay"},
		{"a word ending in logo", `<meta property="og:image" content="https://example.com/uploads/psicologo-consulta.jpg">`, "https://example.com/uploads/psicologo-consulta.jpg"},
		{"the site's one share image", `<meta property="og:image" content="https://example.com/images/facebook.png">`, ""},
		{"a numbered picture of a brand", `<meta property="og:image" content="https://example.com/uploads/Facebook-1024.jpg">`, "https://example.com/uploads/Facebook-1024.jpg"},
		{"drupal default folder", `<meta property="og:image" content="https://example.com/sites/default/files/storm.jpg">`, "https://example.com/sites/default/files/storm.jpg"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := extractUnscored(t, tt.head, "")
			got := ""
			if a.Image != nil {
				got = a.Image.URL
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestCategorySkipsPlaceholdersAndStrayLinks(t *testing.T) {
	tests := []struct {
		name, head, body, want string
	}{
		{"uncategorized", `<meta property="article:section" content="Uncategorized">`, "", ""},
		{"template name", `<meta property="article:section" content="tags">`, "", ""},
		{"front page", `<meta name="parsely-section" content="front-page">`, "", ""},
		{"WordPress default in German", `<meta property="article:section" content="Allgemein">`, "", ""},
		{"placeholder then a real one", `<meta property="article:section" content="Uncategorized"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm hits coast","articleSection":"Weather"}</script>`, "", "Weather"},
		{"comma list keeps the first", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm hits coast","articleSection":"Politics,World"}</script>`, "", "Politics"},
		{"category link", "", `<div class="cat-links"><a href="/category/weather/">Weather</a></div>`, "Weather"},
		{"link whose slug spells it", "", `<div class="post-category"><a href="https://news.example.com/fr/entretiens">Entretiens</a></div>`, "Entretiens"},
		{"link in a post classed by category", "", `<div class="post category-news"><p>Read it <a href="https://other.example.org/report">here</a>.</p></div>`, ""},
		{"label printed with the section", "", `<span class="entry-terms category" itemprop="articleSection">Posted in <a href="/category/news" rel="tag">News</a></span>`, "News"},
		{"date in a category box", "", `<div class="entry-category"><a href="/category/2024/">3. Mai 2024</a></div>`, ""},
		{"year in a category box", "", `<div class="entry-category"><a href="/category/2024/">2024</a></div>`, ""},
		{"an event named by its year", "", `<div class="cat-links"><a href="/category/euro-2024/">Euro 2024</a></div>`, "Euro 2024"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, extractUnscored(t, tt.head, tt.body).Category)
		})
	}
}

func TestTagsSkipPlaceholders(t *testing.T) {
	a := extractUnscored(t, `<meta property="article:tag" content="Uncategorized"><meta property="article:tag" content="Storms"><meta property="article:tag" content="home page">`, "")
	assert.Equal(t, []string{"Storms"}, a.Tags)
}

func TestRelatedSkipsThePageWrapper(t *testing.T) {
	para := "<p>" + strings.Repeat("The storm reached the coast on Friday and the town prepared for the worst. ", 6) + "</p>"
	page := `<html><head><title>Storm hits coast</title></head><body><main class="wrapper readmore-page"><article><h1>Storm hits coast</h1>` +
		para + para + para + `</article><aside><a href="/world/2024/04/27/snow">Snow closes the mountain pass</a></aside></main></body></html>`
	a, err := scoop.Extract(strings.NewReader(page), unscoredURL)
	require.NoError(t, err)
	assert.Empty(t, a.Related)
}

func TestTagsSkipCloudsAndLabels(t *testing.T) {
	tests := []struct {
		name, head, body string
		want             []string
	}{
		{"WordPress tag cloud widget", "",
			`<div class="tags"><a href="/tag/storms/" rel="tag">Storms</a></div>
			<section class="widget widget_tag_cloud"><div class="tagcloud"><a href="/tag/cuba/" class="tag-cloud-link tag-link-5" aria-label="Cuba (625 items)">Cuba</a><a href="/tag/music/" class="tag-cloud-link">Music</a></div></section>`,
			[]string{"Storms"}},
		{"the tag index link before the list", "",
			`<section class="article__tags"><a class="title" href="/thema" title="Themen">THEMEN</a><ul><li><a href="/thema/kunst">Kunst</a></li></ul></section>`,
			[]string{"Kunst"}},
		{"a layout class that only says a sidebar exists", "",
			`<div class="article__container article__container-sidebar"><div class="tags"><a href="/tag/storms/">Storms</a></div></div>`,
			[]string{"Storms"}},
		{"microdata label printed before the tags",
			"", `<div itemscope itemtype="https://schema.org/BlogPosting"><h2 itemprop="headline">Storm hits coast</h2><span itemprop="keywords">Tagged <a href="/tag/jobs" rel="tag">jobs</a>, <a href="/tag/stack-overflow" rel="tag">stack overflow</a></span></div>`,
			[]string{"jobs", "stack overflow"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, extractUnscored(t, tt.head, tt.body).Tags)
		})
	}
}

func TestRelatedLinks(t *testing.T) {
	tests := []struct {
		name, body string
		want       []scoop.Link
	}{
		{"teaser text beats the photo's alt text",
			`<div class="related-posts"><a href="/world/2024/05/02/flood-warning"><img src="/f.jpg" alt="Residents carry sandbags past a flooded street on Thursday, May 2, 2024. (AP Photo/Jane Doe)"></a>
			<a href="/world/2024/05/02/flood-warning">Flood warning issued for the bay</a></div>`,
			[]scoop.Link{{Title: "Flood warning issued for the bay", URL: "https://news.example.com/world/2024/05/02/flood-warning"}}},
		{"buttons and profile pages are left out",
			`<div class="related-posts"><a href="/world/2024/05/01/wind">Wind speeds break records</a><a href="/world/2024/05/01/wind">Read more</a>
			<a href="/videos">More Videos</a><a href="/autoren/12611/">Simone Jung</a><a href="/topic/supreme-court">Supreme Court</a></div>`,
			[]scoop.Link{{Title: "Wind speeds break records", URL: "https://news.example.com/world/2024/05/01/wind"}}},
		{"articles filed under the author stay",
			`<div class="related-posts"><a href="/autoren/der-freitag/klimakrise-auf-den-philippinen">Klimakrise auf den Philippinen</a></div>`,
			[]scoop.Link{{Title: "Klimakrise auf den Philippinen", URL: "https://news.example.com/autoren/der-freitag/klimakrise-auf-den-philippinen"}}},
		{"a heading in the body takes the list after it, not the body",
			`<div class="story"><p>` + strings.Repeat("Officials said the <a href=\"/world/2024/05/01/dam\">old river dam</a> held through the night and crews checked it again. ", 3) + `</p>
			<p>` + strings.Repeat("Residents were told to stay indoors until the morning while the water fell. ", 3) + `</p>
			<p>` + strings.Repeat("The council will meet on Monday to count the cost of the storm damage. ", 3) + `</p>
			<p>` + strings.Repeat("Schools reopen next week once the roads are clear of debris and mud. ", 3) + `</p>
			<p>Related:</p><ul><li><a href="/world/2024/04/30/levee">Levee repairs finish ahead of storm season</a></li></ul></div>`,
			[]scoop.Link{{Title: "Levee repairs finish ahead of storm season", URL: "https://news.example.com/world/2024/04/30/levee"}}},
		{"a labelled link line in the body",
			`<p><strong>RELATED: <a href="/world/2024/04/29/pier">Old pier washed away by high tide</a></strong></p>`,
			[]scoop.Link{{Title: "Old pier washed away by high tide", URL: "https://news.example.com/world/2024/04/29/pier"}}},
		{"a list headed with the site's name is the site's",
			`<aside class="all-sections"><h3>More from Example News</h3><ul><li><a href="/contact-us/app/how-to-download/">Download our app</a></li><li><a href="/vouchercodes/shoes">Voucher codes for shoes</a></li></ul></aside>`,
			nil},
		{"section indexes and list buttons are left out",
			`<div class="related-posts"><a href="/world/2024/05/01/wind">Wind speeds break records | mehr</a><a href="/news/world/local-news/">Local News</a>
			<a href="/news/">View All News</a><a href="/world/2024/04/28/hail"><h3>Hail in May</h3></a></div>`,
			[]scoop.Link{{Title: "Wind speeds break records", URL: "https://news.example.com/world/2024/05/01/wind"}, {Title: "Hail in May", URL: "https://news.example.com/world/2024/04/28/hail"}}},
		{"topic pages among numbered articles",
			`<div class="article__related"><a href="/keir-starmer/">Keir Starmer,</a><a href="/labour-party/">Labour Party</a>
			<a href="/world/2024/05/01/wind">Wind speeds break records</a><a href="/world/2024/04/28/hail">Hail falls in May</a></div>`,
			[]scoop.Link{{Title: "Wind speeds break records", URL: "https://news.example.com/world/2024/05/01/wind"}, {Title: "Hail falls in May", URL: "https://news.example.com/world/2024/04/28/hail"}}},
		{"short titles at the root of an unnumbered site stay",
			`<div class="related-posts"><a href="/fuchslocker-im-eigenbau/">Fuchslocker im Eigenbau</a><a href="/blatten-mit-dem-buchenblatt/">Blatten mit dem Buchenblatt</a></div>`,
			[]scoop.Link{{Title: "Fuchslocker im Eigenbau", URL: "https://news.example.com/fuchslocker-im-eigenbau/"}, {Title: "Blatten mit dem Buchenblatt", URL: "https://news.example.com/blatten-mit-dem-buchenblatt/"}}},
		{"a cut teaser yields to the whole title",
			`<div class="related-posts"><a href="/world/2024/05/01/tide" title="Tide tables change along the whole coast">Tide tables change along...</a></div>`,
			[]scoop.Link{{Title: "Tide tables change along the whole coast", URL: "https://news.example.com/world/2024/05/01/tide"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, extractUnscored(t, "", tt.body).Related)
		})
	}
}

func TestBioIsProse(t *testing.T) {
	tests := []struct {
		name, desc, want string
	}{
		{"a bio", "Jane Doe covers the weather for the Post.", "Jane Doe covers the weather for the Post."},
		{"an address", "www.example.com", ""},
		{"a follow prompt", "Follow me on Twitter", ""},
		{"a subscribe form", "Enter your email address to subscribe to this blog and receive notifications of new posts by email.", ""},
		{"template filler", "Text BIO", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			head := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm hits coast","author":{"@type":"Person","name":"Jane Doe","description":"` + tt.desc + `"}}</script>`
			a := extractUnscored(t, head, "")
			require.Len(t, a.Authors, 1)
			assert.Equal(t, tt.want, a.Authors[0].Bio)
		})
	}
}
