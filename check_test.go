package scoop_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsscoop/scoop"
)

// TestArticleCheck tells short articles from pages that hold none.
func TestArticleCheck(t *testing.T) {
	// A short news item, 70 words in two paragraphs, not declared an
	// article by metadata.
	story := `<h1>Council approves the new river bridge after long debate</h1>
		<p>The city council approved the new river bridge on Tuesday evening after a debate that lasted almost four hours and drew a large crowd to the town hall.</p>
		<p>Construction is expected to begin next spring and to take about two years, the mayor said, adding that the old bridge will stay open to pedestrians until the work is done.</p>`
	signIn := `<form><input name="user"><input type="password" name="pw"><button>Sign in</button></form>`
	tests := []struct {
		name, url, head, body string
		wantErr               string // "" when the page is an article
	}{
		{name: "sign-in box in the header", url: "https://example.com/news/council-bridge",
			body: `<header class="site-header"><div class="login-container">` + signIn + `</div></header><main>` + story + `</main>`},
		{name: "sign-in box in a modal", url: "https://example.com/news/council-bridge",
			body: `<div id="login-modal" class="modal fade">` + signIn + `</div><main>` + story + `</main>`},
		{name: "sign-in page", url: "https://example.com/account",
			body:    `<main><h1>Sign in to your account</h1><p>Enter your user name and password to read on.</p>` + signIn + `</main>`,
			wantErr: "a login form"},
		{name: "home page", url: "https://example.com/",
			body: `<main>` + story + `</main>`, wantErr: "a home page"},
		{name: "stored without its address, canonical names the article", url: "https://example.com/",
			head: `<link rel="canonical" href="https://example.com/news/2024/05/01/council-approves-the-new-river-bridge">`,
			body: `<main>` + story + `</main>`},
		{name: "home page whose canonical is a language front", url: "https://example.com/",
			head: `<link rel="canonical" href="https://example.com/en/">`,
			body: `<main>` + story + `</main>`, wantErr: "a home page"},
		{name: "sign-in page of a layout with a sidebar", url: "https://example.com/account",
			body:    `<div class="page has-sidebar"><main><h1>Sign in to your account</h1><p>Enter your user name and password to read on.</p>` + signIn + `</main></div>`,
			wantErr: "a login form"},
		{name: "stored without its address, canonical names the home page", url: "https://example.com/",
			head: `<link rel="canonical" href="https://example.com/">`,
			body: `<main>` + story + `</main>`, wantErr: "a home page"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<!doctype html><html lang="en"><head><title>Example</title>` + tt.head + `</head><body class="one-sidebar sidebar-first">` + tt.body + `</body></html>`
			a, err := scoop.Extract(strings.NewReader(page), tt.url)
			if tt.wantErr == "" {
				require.NoError(t, err)
				assert.Contains(t, a.Text, "Construction is expected")
				return
			}
			require.ErrorIs(t, err, scoop.ErrNoArticle)
			assert.Contains(t, err.Error(), tt.wantErr)
		})
	}
}

// TestDekIsOnlyParagraph keeps a short post's only paragraph in the body
// when the page also declares it as its description: the body is not
// emptied to make a standfirst.
func TestDekIsOnlyParagraph(t *testing.T) {
	const para = `Im Jahr des Jubiläums der portierten Lizenzen wird es endlich spannend rund um die Frage, was das Lizenzelement für öffentlich-rechtliche Nachnutzende bedeutet, in diesem Falle für den Rundfunk. Das Landgericht Köln steht wieder mit einer Entscheidung im Mittelpunkt, und wir hoffen, dass der Rechtsstreit vor die zweite Instanz kommt.`
	page := `<!doctype html><html lang="de"><head><title>Endlich wird es spannend</title>
		<meta name="description" content="` + para + `"></head><body>
		<article><header><h1>Endlich wird es spannend</h1></header>
		<div class="entry-content"><p>` + para + `</p></div></article></body></html>`
	a, err := scoop.Extract(strings.NewReader(page), "https://example.org/2014/03/20/endlich/")
	require.NoError(t, err)
	assert.Equal(t, para, a.Text)
	assert.Empty(t, a.Standfirst, "the standfirst never repeats a body paragraph")
}

// TestDekNotInBody keeps the declared description as the standfirst of a
// page whose body holds no paragraph saying it (a video page).
func TestDekNotInBody(t *testing.T) {
	const desc = "The council approved the new river bridge on Tuesday evening after a long debate."
	page := `<!doctype html><html lang="en"><head><title>Bridge approved</title><meta property="og:type" content="article">
		<meta name="description" content="` + desc + `"></head><body><article><h1>Bridge approved</h1>
		<video src="/v.mp4"></video><h2>Watch the debate</h2><h2>What happens next</h2></article></body></html>`
	a, _ := scoop.Extract(strings.NewReader(page), "https://example.com/news/2024/05/01/bridge-approved")
	require.NotNil(t, a)
	assert.Equal(t, desc, a.Standfirst)
}
