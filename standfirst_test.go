package scoop_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsscoop/scoop"
)

// standfirstPage builds a small article page: the description in the head,
// the given markup between the headline and the text.
func standfirstPage(desc, underHeadline string) string {
	para := "The council met on Tuesday evening to discuss the budget for the coming year, and members argued at length about the cost of repairs to the old bridge across the river. "
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><title>Council approves bridge repairs</title>`)
	if desc != "" {
		b.WriteString(`<meta name="description" content="` + desc + `">`)
	}
	b.WriteString(`</head><body><article><header><h1>Council approves bridge repairs</h1>`)
	b.WriteString(underHeadline)
	b.WriteString(`<p class="byline">By Jane Doe</p></header><div class="article-body">`)
	for i := range 6 {
		b.WriteString("<p>" + strings.Repeat(para, 2) + "Paragraph " + string(rune('A'+i)) + ".</p>")
	}
	b.WriteString(`</div></article></body></html>`)
	return b.String()
}

// TestStandfirstVisibleDek covers the dek printed under the headline when
// the page's description says something else.
func TestStandfirstVisibleDek(t *testing.T) {
	t.Parallel()
	const desc = "Members of the council spent the evening arguing about the budget for next year."
	const dek = "Repairs to the old river bridge will cost twice as much as planned."
	cases := []struct {
		name, desc, markup, want string
	}{
		{"excerpt class under the headline wins over the description", desc,
			`<p class="post__excerpt">` + dek + `</p>`, dek},
		{"sub-headline h2 (BEM subheading) wins", desc,
			`<h2 class="article-subheading">` + dek + `</h2>`, dek},
		{"data-testid subtitle wins", desc,
			`<p class="text-m" data-testid="article-details-subtitle">` + dek + `</p>`, dek},
		{"a second headline is not a dek", desc,
			`<span class="kicker">Bridges</span><h2 class="dm_article_headline">Council approves the repairs to the river bridge today</h2>`, desc},
		{"a rating line is not a dek", desc,
			`<div class="fivestar-summary">Average: 4.6 (7 votes)</div>`, desc},
		{"a line restating the headline is not a dek", desc,
			`<p class="subtitle">Council approves the bridge repairs, finally</p>`, desc},
		{"no description: the dek-classed element", "",
			`<p class="lead">` + dek + `</p>`, dek},
		{"a bare h2 is a title line: a declared sentence wins", desc,
			`<h2>` + dek + `</h2>`, desc},
		{"a bare h2 wins over a declared slogan", "Bringing the town to the world and the world to the town",
			`<h2>` + dek + `</h2>`, dek},
		{"no description: an article-description box after the byline (blog.wikimedia.org)", "",
			`<div class="article-meta"><p class="meta">By <a href="/author/joe/" rel="author">Joe Matazzoni</a>, Wikimedia Foundation<br>June 28th, 2018</p></div><div class="article-description"><p>` + dek + `</p></div>`, dek},
		{"intro after the lead picture and its caption wins", desc,
			`<p class="meta-info">von Max Kolter</p><p class="meta-info">20.10.2025</p><figure><img src="/bridge.jpg" alt=""><figcaption><p>The old bridge across the river, seen from the north bank.</p></figcaption></figure><div class="reader__intro"><strong><p>` + dek + `</p></strong></div>`, dek},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			a, err := scoop.Extract(strings.NewReader(standfirstPage(c.desc, c.markup)), "https://example.com/news/bridge")
			require.NoError(t, err)
			assert.Equal(t, c.want, a.Standfirst)
			if c.want == dek {
				assert.NotContains(t, a.Text, dek, "the body does not repeat the standfirst")
			}
		})
	}
}

// TestStandfirstSubtitleBeforeLead keeps the printed subtitle when the
// description only restates the opening paragraph of the text.
func TestStandfirstSubtitleBeforeLead(t *testing.T) {
	t.Parallel()
	lead := "The council met on Tuesday evening to discuss the budget for the coming year, and members argued at length about the cost of repairs to the old bridge across the river."
	page := `<!DOCTYPE html><html lang="en"><head><title>Bridge repairs</title><meta name="description" content="` + lead + `"></head><body>
<div class="headlines"><h1>Council approves bridge repairs</h1><h2 class="subheadline">Repairs will cost twice as much as first planned</h2></div>
<div class="article-content"><p>` + lead + ` ` + lead + `</p><p>` + strings.Repeat(lead+" ", 3) + `</p><p>` + strings.Repeat(lead+" ", 3) + `</p></div></body></html>`
	a, err := scoop.Extract(strings.NewReader(page), "https://example.com/news/bridge")
	require.NoError(t, err)
	assert.Equal(t, "Repairs will cost twice as much as first planned", a.Standfirst)
	assert.True(t, strings.HasPrefix(a.Text, lead), "the text keeps its opening paragraph")
}

// TestStandfirstDeclared covers which declared description wins and the
// visible blocks that only take part in an excerpt of the text.
func TestStandfirstDeclared(t *testing.T) {
	t.Parallel()
	const summary = "Repairs to the old river bridge will cost twice as much as the council had planned."
	const caption = "The old river bridge seen from the east bank on Monday. (Archive photo)"
	lead := "The council met on Tuesday evening to discuss the budget for the coming year, and members argued at length about the cost of repairs."
	body := strings.Repeat("Members argued at length about the cost of repairs to the old bridge across the river, and about who should pay for them. ", 4)
	page := func(head, header, text string) string {
		return `<!DOCTYPE html><html lang="en"><head><title>Council approves bridge repairs</title>` + head +
			`</head><body><article><header><h1>Council approves bridge repairs</h1>` + header + `</header><div class="article-body">` +
			text + `<p>` + body + `</p><p>` + body + `</p><p>` + body + `</p></div></article></body></html>`
	}
	cases := []struct {
		name, html, want string
	}{
		{"meta tags that agree outvote a JSON-LD caption",
			page(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council approves bridge repairs","description":"`+caption+`"}</script>`+
				`<meta property="og:description" content="`+summary+`"><meta name="twitter:description" content="`+summary+`"><meta name="description" content="`+summary+`">`, ``, ``),
			summary},
		{"entities escaped twice are decoded",
			page(`<meta name="description" content="Repairs to the &amp;quot;old bridge&amp;quot; will cost twice as much as planned.">`, ``, ``),
			`Repairs to the "old bridge" will cost twice as much as planned.`},
		{"the opening paragraph is not the dek of a longer excerpt",
			page(`<meta name="description" content="`+lead+` Members argued at length about the cost…">`, ``, `<p>`+lead+`</p>`),
			lead + " Members argued at length about the cost…"},
		{"an excerpt that writes the paragraph's emoji as an emoticon still runs past it",
			page(`<meta property="og:description" content="Happy new year to all of you, full of luck and mischief :) A new year begins…">`, ``,
				`<p><em>Happy new year to all of you, full of luck and mischief 🙂</em></p>`),
			"Happy new year to all of you, full of luck and mischief :) A new year begins…"},
		{"a paragraph the excerpt runs into after a kicker is not the dek",
			page(`<meta name="description" content="Bridges: a long story. `+lead+`">`, ``, `<p>`+lead+` And more was said.</p>`),
			"Bridges: a long story. " + lead},
		{"the declaration the page prints wins over an edited variant in the meta tags",
			page(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council approves bridge repairs","description":"`+summary+`"}</script>`+
				`<meta property="og:description" content="Bridge repairs will cost twice the plan.">`+
				`<meta name="twitter:description" content="Bridge repairs will cost twice the plan.">`+
				`<meta name="description" content="Bridge repairs will cost twice the plan.">`,
				`<div class="meta"><span>By Jane Doe</span><time datetime="2024-04-22">22.04.2024</time></div>`+
					strings.Repeat(`<div class="b1"><button>Share</button><span>|</span></div>`, 10)+`<div class="x1"><p class="c7f">`+summary+`</p></div>`, ``),
			summary},
		{"a description cut mid-word ends with its last full sentence",
			page(`<meta name="description" content="`+summary+` Work starts next mo">`, ``, ``),
			summary},
		{"a description cut before a Read More link ends with its last full sentence (whdh.com)",
			page(`<meta name="description" content="`+summary+` Work starts near Read More">`, ``, ``),
			summary},
		{"a site-wide description that gives the host's address is no standfirst (oann.com)",
			page(`<meta name="description" content="Breaking News, Latest News and Current News from EXAMPLE.com. Breaking news and video. Latest Current News: U.S., World, Entertainment.">`, ``, ``),
			""},
		{"a site-wide description that names the host and not the story is no standfirst",
			page(`<meta name="description" content="Official site of Example Magazine, offering commentary and analysis of the day's breaking news and current events.">`, ``, ``),
			""},
		{"a description printed only as the lead video's caption does not win the vote",
			page(`<meta property="og:description" content="`+summary+`"><meta name="twitter:description" content="`+summary+`">`+
				`<meta name="description" content="`+caption+`">`,
				`<div class="video-wrapper"><iframe src="https://example.com/embed/1"></iframe><div class="meta image-caption player"><textarea>embed code</textarea><p>`+caption+`</p></div></div>`, ``),
			summary},
		{"a byline declared as the description is not the summary",
			page(`<meta property="og:description" content="Written by Jane Doe, Staff Reporter"><meta name="description" content="`+summary+`">`, ``, ``),
			summary},
		{"a CMS placeholder is not the summary",
			page(`<meta property="og:description" content="Visit the post for more."><meta name="twitter:description" content="Visit the post for more.">`, ``, ``),
			""},
		{"a byline in the first copy of a tag gives way to the summary in the next",
			page(`<meta property="og:description" content="Written by Jane Doe"><meta property="og:description" content="`+summary+`">`, ``, ``),
			summary},
		{"a description cut mid-word stands for a later copy in full",
			page(`<meta name="description" content="Repairs to the old river bridge will cost twice as mu">`+
				`<meta name="twitter:description" content="Repairs to the old river bridge will cost twice as mu">`+
				`<meta name="twitter:description" content="`+summary+`">`, ``, ``),
			summary},
		{"a teaser card with a heading of its own is not the dek",
			page(`<meta name="description" content="`+summary+`">`,
				`<div class="summary"><h3>Summary:</h3><p>Another story about the old bridge, told in a few more words than needed.</p></div>`, ``),
			summary},
		{"a box that repeats the headline above its text is not the dek",
			page(`<meta name="description" content="`+summary+`">`,
				`<div class="summary-box"><p>Council approves bridge repairs</p><p>Members approved the plan after a long debate about the costs.</p></div><p class="byline">By Jane Doe</p>`, ``),
			summary},
		{"a teaser paragraph is the dek in full where the description is its first sentence",
			page(`<meta name="description" content="`+summary+`">`,
				`<p class="u-text-teaser">`+summary+` The work starts in May and should end by the summer of next year.</p>`, ``),
			summary + " The work starts in May and should end by the summer of next year."},
		{"a declaration that repeats the headline takes no part in the vote",
			page(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council approves bridge repairs","description":"Council approves bridge repairs"}</script>`+
				`<meta property="og:description" content="`+summary+`"><meta name="description" content="Council approves bridge repairs">`, ``, ``),
			summary},
		{"a plain paragraph that only resembles the description stays text",
			page(`<meta name="description" content="`+summary+`">`, ``,
				`<p>On Tuesday the council heard that repairs to the old river bridge will cost twice as much as planned.</p>`),
			summary},
		{"the innermost dek box leaves the caption out",
			page(`<meta name="description" content="`+summary+`">`,
				`<div class="article-intro"><p class="image-caption">`+caption+`</p><p class="article-intro-text">`+summary+`</p></div>`, ``),
			summary},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			a, err := scoop.Extract(strings.NewReader(c.html), "https://example.com/news/bridge")
			require.NoError(t, err)
			assert.Equal(t, c.want, a.Standfirst)
		})
	}
}

// TestStandfirstTitleBox takes the sentence that shares a small title box
// with the headline, and leaves a byline or a date line there alone.
func TestStandfirstTitleBox(t *testing.T) {
	t.Parallel()
	const desc = "Members of the council spent the evening arguing about the budget for next year."
	body := strings.Repeat("Members argued at length about the cost of repairs to the old bridge across the river, and about who should pay for them. ", 4)
	page := func(second string) string {
		return `<!DOCTYPE html><html lang="en"><head><title>Council approves bridge repairs</title><meta name="description" content="` + desc + `"></head><body><article>
<div class="title-mark"><h1>Council approves bridge repairs</h1><div class="t-d4 c-gray-3">` + second + `</div></div>
<section class="meta"><span>By Jane Doe</span></section><div class="article-body"><p>` + body + `</p><p>` + body + `</p><p>` + body + `</p></div></article></body></html>`
	}
	cases := []struct {
		name, second, want string
	}{
		{"a sentence under the headline", "Emergency, healthcare and transit workers won't need to pay.", "Emergency, healthcare and transit workers won't need to pay."},
		{"a date and source line", "2020-01-02 17:11 Source: City News Service, share to:", desc},
		{"an unfinished line", "Jane Doe Created: 4 hours ago Updated: 20 hours ago 4 min read", desc},
		{"an age notice", "This article is more than 5 years old and may be out of date.", desc},
		{"an audio player's label", "Listen to this article now, read by an automated voice.", desc},
		{"a picture credit", "Photo: Jane Doe for Example News, taken at the town hall.", desc},
		{"a call to sign up", "Sign up for our free newsletter to get the news every morning.", desc},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			a, err := scoop.Extract(strings.NewReader(page(c.second)), "https://example.com/news/bridge")
			require.NoError(t, err)
			assert.Equal(t, c.want, a.Standfirst)
		})
	}
}

// TestStandfirstCutShort covers declared descriptions cut short with an
// ellipsis, and declared descriptions that carry markup or are short.
func TestStandfirstCutShort(t *testing.T) {
	t.Parallel()
	lead := "The council met on Tuesday evening to discuss the budget for the coming year, and members argued at length about the cost of repairs."
	full := "Repairs to the old river bridge will cost twice as much as the council had planned, and the work will take a year longer."
	body := strings.Repeat("Members argued at length about the cost of repairs to the old bridge across the river, and about who should pay for them. ", 4)
	page := func(head, text string) string {
		return `<!DOCTYPE html><html lang="en" class="header-menu-nav--closed"><head><title>Council approves bridge repairs</title>` + head +
			`</head><body><article><h1>Council approves bridge repairs</h1><div class="article-body">` +
			text + `<p>` + body + `</p><p>` + body + `</p><p>` + body + `</p></div></article></body></html>`
	}
	cases := []struct {
		name, html, want string
	}{
		{"the lead cut short is still the declared standfirst",
			page(`<meta name="description" content="`+lead[:90]+`…">`, `<p>`+lead+`</p>`),
			lead[:90] + "…"},
		{"the printed lead paragraph gives way to the excerpt declared from it",
			page(`<meta property="og:description" content="`+lead[:70]+`… Continue reading">`, `<p>`+lead+`</p>`),
			lead[:70] + "… Continue reading"},
		{"a declaration cut short stands for the full one",
			page(`<meta property="og:description" content="`+full[:50]+`..."><meta name="twitter:description" content="`+full+`">`, ``),
			full},
		{"markup left in a declaration is removed",
			page(`<meta property="og:description" content="&lt;p&gt;`+full+`&lt;/p&gt;">`, ``),
			full},
		{"a short declared sentence",
			page(`<meta name="description" content="A costly repair.">`, ``),
			"A costly repair."},
		{"a dek set as several paragraphs is the longer declaration in full",
			page(`<meta name="description" content="Repairs to the old river bridge will cost twice as much as planned."><meta property="og:description" content="Repairs to the old river bridge will cost twice as much as planned. The work will take a year longer. Drivers face detours until 2026.">`+
				`<meta name="twitter:description" content="Repairs to the old river bridge will cost twice as much as planned. The work will take a year longer. Drivers face detours until 2026.">`,
				`<div class="article__preamble"><p>Repairs to the old river bridge will cost twice as much as planned.</p><p>The work will take a year longer.</p><p>Drivers face detours until 2026.</p><figure><video></video></figure></div>`),
			"Repairs to the old river bridge will cost twice as much as planned. The work will take a year longer. Drivers face detours until 2026."},
		{"a heading that only opens the declared summary",
			page(`<meta name="description" content="What will the repairs cost? `+full+`">`, `<h2>What will the repairs cost?</h2>`),
			"What will the repairs cost? " + full},
		{"a plain paragraph after the headline that only restates the outvoted JSON-LD is not the dek",
			page(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","description":"Engineers found rust in every steel beam of the old river bridge during the spring survey."}</script>`+
				`<meta property="og:description" content="`+full+`"><meta name="description" content="`+full+`">`,
				`<p>Engineers found rust in every steel beam of the old river bridge during their survey this spring.</p>`),
			full},
		{"a dek-classed line under the headline despite a clutter class on html",
			page(`<meta name="description" content="`+full+`">`, `<p class="article-subtitle">Members of the council spent the evening arguing about next year.</p>`),
			"Members of the council spent the evening arguing about next year."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			a, err := scoop.Extract(strings.NewReader(c.html), "https://example.com/news/bridge")
			require.NoError(t, err)
			assert.Equal(t, c.want, a.Standfirst)
		})
	}
}

// TestStandfirstBoldLead takes a paragraph set in bold as a whole at the
// top of the text as the dek when nothing else declares one, or when the
// description was cut short from it.
func TestStandfirstBoldLead(t *testing.T) {
	t.Parallel()
	const dek = "Repairs to the old river bridge will cost twice as much as the council had planned, members heard on Tuesday."
	cases := []struct {
		name, desc, markup, want string
	}{
		{"no description: the bold opening paragraph", "",
			`<p><strong>` + dek + `</strong></p>`, dek},
		{"a description cut short from it", "Repairs to the old river bridge will cost twice as much as the...",
			`<p><strong>` + dek + `</strong></p>`, dek},
		{"a description that says it in other words", "Council members heard on Tuesday that the bridge will need a new budget.",
			`<p><strong>` + dek + `</strong></p>`, dek},
		{"a description about something else", "A new playground opens in the park next month for local families.",
			`<p><strong>` + dek + `</strong></p>`, "A new playground opens in the park next month for local families."},
		{"a paragraph only partly bold is text", "",
			`<p><strong>Repairs to the old river bridge</strong> will cost twice as much as the council had planned, members heard on Tuesday.</p>`, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			a, err := scoop.Extract(strings.NewReader(standfirstPage(c.desc, c.markup)), "https://example.com/news/bridge")
			require.NoError(t, err)
			assert.Equal(t, c.want, a.Standfirst)
			if c.want != "" && c.want != c.desc {
				assert.NotContains(t, a.Text, c.want, "the body does not repeat the standfirst")
			}
		})
	}
}

// TestStandfirstInText covers when the dek is also body text: when the page
// prints it as the first paragraph of the body (the same element, tag and
// class, in the same box as the paragraphs after it), its description only
// repeats the lead, and the text keeps it; a dek styled apart stays out.
func TestStandfirstInText(t *testing.T) {
	t.Parallel()
	const lead = "Repairs to the old river bridge will cost twice as much as the council had planned last spring."
	body := strings.Repeat("Members argued at length about the cost of repairs to the old bridge across the river, and about who should pay for them. ", 3)
	page := func(header, text string) string {
		return `<!DOCTYPE html><html lang="en"><head><title>Council approves bridge repairs</title>` +
			`<meta name="description" content="` + lead + `"></head><body><article><header><h1>Council approves bridge repairs</h1>` +
			header + `<p class="byline">By Jane Doe</p></header>` + text + `</article></body></html>`
	}
	paras := func(open, close string) string {
		return strings.Repeat(open+body+close, 4)
	}
	cases := []struct {
		name, html string
		inText     bool
	}{
		{"WordPress post: the description repeats the first paragraph",
			page(``, `<div class="entry-content"><p>`+lead+`</p>`+paras(`<p>`, `</p>`)+`</div>`), true},
		{"paragraphs sharing a class: the first one is the lead",
			page(``, `<div class="article__content"><p class="paragraph inline-placeholder">`+lead+`</p>`+
				paras(`<p class="paragraph inline-placeholder">`, `</p>`)+`</div>`), true},
		{"a lead-classed paragraph in the body is a dek",
			page(``, `<div class="entry-content"><p class="lead">`+lead+`</p>`+paras(`<p>`, `</p>`)+`</div>`), false},
		{"a bold paragraph in a wrapper like the body's is a dek",
			page(``, `<div class="body"><div class="px-24 pt-16"><p class="font-bold text-18">`+lead+`</p></div>`+
				paras(`<div class="px-24 pt-16"><p>`, `</p></div>`)+`</div>`), false},
		{"a dek printed under the headline is not body",
			page(`<p>`+lead+`</p>`, `<div class="article-body">`+paras(`<p>`, `</p>`)+`</div>`), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			a, err := scoop.Extract(strings.NewReader(c.html), "https://example.com/news/bridge")
			require.NoError(t, err)
			assert.Equal(t, lead, a.Standfirst, "the standfirst holds the dek either way")
			if c.inText {
				assert.True(t, strings.HasPrefix(a.Text, lead), "the text opens with the lead: %q", a.Text)
			} else {
				assert.NotContains(t, a.Text, lead)
			}
		})
	}
}

// TestStandfirstTitleLine covers a bare heading right under the headline
// that loses to the declared summary: it is a second title line, so it is
// not a section heading of the text either.
func TestStandfirstTitleLine(t *testing.T) {
	t.Parallel()
	const desc = "Members of the council spent the evening arguing about the budget for next year."
	const line = "Town hall: repairs to the old river bridge will cost twice as much as planned"
	body := strings.Repeat("Members argued at length about the cost of repairs to the old bridge across the river, and about who should pay for them. ", 3)
	page := `<!DOCTYPE html><html lang="en"><head><title>Council approves bridge repairs</title>` +
		`<meta name="description" content="` + desc + `"></head><body><article><h1>Council approves bridge repairs</h1>` +
		`<div class="article-body"><h2>` + line + `</h2>` + strings.Repeat(`<p>`+body+`</p>`, 4) +
		`<h2>Who pays</h2>` + strings.Repeat(`<p>`+body+`</p>`, 2) + `</div></article></body></html>`
	a, err := scoop.Extract(strings.NewReader(page), "https://example.com/news/bridge")
	require.NoError(t, err)
	assert.Equal(t, desc, a.Standfirst)
	assert.NotContains(t, a.Text, line)
	var headings []string
	for _, s := range a.Sections {
		headings = append(headings, s.Heading)
	}
	assert.Equal(t, []string{"", "Who pays"}, headings)
}

// TestStandfirstPaywallTeaser keeps the dek in the text where it is the
// body's only paragraph: a paywalled page prints its lead and nothing more.
func TestStandfirstPaywallTeaser(t *testing.T) {
	t.Parallel()
	teaser := strings.TrimSpace(strings.Repeat("A senior prison official has said in a sworn affidavit that anyone with sufficient determination to escape could do so. ", 3))
	page := `<!DOCTYPE html><html lang="en"><head><title>Prison official: anyone could escape</title>` +
		`<meta name="description" content="` + teaser + `"></head><body><article><h1>Prison official: anyone could escape</h1>` +
		`<div class="td-post-content"><p>Read the full story with a subscription to the Compass.</p><p>` + teaser + `</p><div id="s-pay-barrier"></div></div></article></body></html>`
	a, err := scoop.Extract(strings.NewReader(page), "https://example.com/news/prison")
	require.NoError(t, err)
	assert.Equal(t, teaser, a.Standfirst)
	assert.Contains(t, a.Text, teaser)
}

// TestStandfirstSentenceHeading: a heading under the headline written as a
// sentence, outranked by the declared summary, stays in the text as its
// first paragraph: the printed line is not lost.
func TestStandfirstSentenceHeading(t *testing.T) {
	t.Parallel()
	const dek = "Spending on roads doubles while the library fund is cut by a third."
	const desc = "The council met on Tuesday night to vote on next year's budget."
	body := strings.Repeat("Members argued at length about the cost of repairs to the old bridge across the river, and about who should pay for them. ", 3)
	page := `<!DOCTYPE html><html lang="en"><head><title>Council approves new budget</title>` +
		`<meta name="description" content="` + desc + `"></head><body><article>` +
		`<h1>Council approves new budget</h1><h2>` + dek + `</h2>` + strings.Repeat(`<p>`+body+`</p>`, 4) + `</article></body></html>`
	a, err := scoop.Extract(strings.NewReader(page), "https://example.com/news/budget")
	require.NoError(t, err)
	assert.Equal(t, desc, a.Standfirst)
	assert.True(t, strings.HasPrefix(a.Text, dek), "the text opens with the printed line: %.80q", a.Text)
	for _, s := range a.Sections {
		assert.NotEqual(t, dek, s.Heading)
	}
}

// TestStandfirstDeepInBody leaves alone a dek-classed element that sits
// deep in a body container holding its text directly (a link preview's
// summary of another story): it is not under the headline.
func TestStandfirstDeepInBody(t *testing.T) {
	t.Parallel()
	const desc = "Repairs to the old river bridge will cost twice as much as the council had planned."
	const other = "While the town argues about the bridge, the ferry across the river has doubled its fares for good."
	body := strings.Repeat("Members argued at length about the cost of repairs to the old bridge across the river, and about who should pay for them. ", 4)
	page := `<!DOCTYPE html><html lang="en"><head><title>Council approves bridge repairs</title>` +
		`<meta property="og:description" content="` + desc + `"></head><body><article>` +
		`<h1>Council approves bridge repairs</h1><ul><li>Published 6 Nov 2023</li><li>No comments</li></ul>` +
		`<div class="content">By Jane Doe<br>` + body + `<br><br>` + body + `<br><br>` + body +
		`<h3>More from Jane Doe</h3><div class="link-preview"><div class="link-title">Ferry fares double</div>` +
		`<div class="link-summary">` + other + `</div></div></div></article></body></html>`
	a, err := scoop.Extract(strings.NewReader(page), "https://example.com/news/bridge")
	require.NoError(t, err)
	assert.Equal(t, desc, a.Standfirst)
}

// TestStandfirstNotText covers text a rule or the meta tags offer as the
// dek that is not one: a box with the whole text (a ColorMag theme's
// div.cm-entry-summary, hildesheimer-presse.de), whose bold opening
// paragraph is the dek, and a slogan with the site's address in the
// description ("++ lokalo.de Blaulicht ++").
func TestStandfirstNotText(t *testing.T) {
	t.Parallel()
	const lead = "Repairs to the old river bridge will cost twice as much as the council had planned, members heard on Tuesday."
	const text = "The council met on Tuesday evening to discuss the budget for the coming year, and members argued at length about the cost of repairs to the old bridge across the river."
	summary := `<!DOCTYPE html><html lang="de"><head><title>Council approves bridge repairs</title></head><body><article><header class="cm-entry-header"><h1 class="cm-entry-title">Council approves bridge repairs</h1><div class="cm-below-entry-meta"><span class="cm-post-date">1. November 2023</span></div></header>` +
		`<div class="cm-entry-summary"><p><strong>` + lead + `</strong></p><p>` + text + `</p><p>` + text + `</p><p>` + text + `</p></div></article></body></html>`
	slogan := strings.Replace(standfirstPage("", ""), "<title>", `<meta property="og:description" content="++ example.com Blaulicht ++"><title>`, 1)
	cases := []struct {
		name, page, want string
	}{
		{"a summary box that holds the whole text gives its bold lead", summary, lead},
		{"a slogan with the site's address is no description", slogan, ""},
		{"a date stamp before the description is left out (nnz-online.de, kyffhaeuser-nachrichten.de)",
			standfirstPage("06.11.2023, 11.41 Uhr : "+lead, ""), lead},
		{"a byline and date before the dek in its paragraph are left out (infosperber.ch)",
			standfirstPage(lead, `<p class="author-meta"><em><a href="mailto:red@example.com">Red.</a> / </em><em><time datetime="2023-10-31">31.10.2023</time></em> <strong>`+lead+`</strong></p>`), lead},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			a, err := scoop.Extract(strings.NewReader(c.page), "https://example.com/news/bridge")
			require.NoError(t, err)
			assert.Equal(t, c.want, a.Standfirst)
		})
	}
}

// TestStandfirstBodyAsDescription covers a description that is the whole
// text: Blogger's post body marked itemprop="description articleBody" is
// not a summary of it.
func TestStandfirstBodyAsDescription(t *testing.T) {
	t.Parallel()
	post := "This is where my blog used to be; I only still have the name because I used it for OpenID in the past and soon discovered that no blog = no login."
	page := `<!DOCTYPE html><html lang="en"><head><title>Old Blog: 2011</title><meta content='' property='og:description'/></head><body>` +
		`<div class="blog-posts hfeed"><h2 class="date-header"><span>Wednesday, March 30, 2011</span></h2>` +
		`<div class="post hentry" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">` +
		`<h3 class="post-title entry-title" itemprop="name"><a href="http://old.example.org/2011/03/old.html">This Is My Old Blog</a></h3>` +
		`<div class="post-body entry-content" itemprop="description articleBody">` + post + ` :-p</div></div></div></body></html>`
	assert.Empty(t, extractTest(t, page, "http://old.example.org/2011/").Standfirst)
}
