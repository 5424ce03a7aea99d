package scoop_test

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsscoop/scoop"
	"github.com/newsscoop/scoop/selectors"
)

const seedURL = "https://www.meridianpost.com/2025/08/18/europe-rejoins-ukraine-peace-talks-after-trump-putin-summit/"

func readSeedPage(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/golden/seed-wordpress/page.html")
	require.NoError(t, err)
	return b
}

// TestExtractDocument gives the same Article as Extract and leaves the
// document as it was.
func TestExtractDocument(t *testing.T) {
	page := readSeedPage(t)
	want, err := scoop.Extract(bytes.NewReader(page), seedURL)
	require.NoError(t, err)

	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(page))
	require.NoError(t, err)
	before, err := doc.Html()
	require.NoError(t, err)
	got, err := scoop.ExtractDocument(doc, seedURL)
	require.NoError(t, err)
	assert.Equal(t, want, got)
	after, err := doc.Html()
	require.NoError(t, err)
	assert.Equal(t, before, after, "the document is not modified")

	_, err = scoop.ExtractDocument(nil, "")
	assert.ErrorIs(t, err, scoop.ErrEmpty)
}

// TestExtractResponse uses the response's final URL and Content-Type.
func TestExtractResponse(t *testing.T) {
	page := readSeedPage(t)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/old" {
			http.Redirect(w, r, "/2025/08/18/story/", http.StatusMovedPermanently)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(page)
	}))
	defer srv.Close()
	resp, err := srv.Client().Get(srv.URL + "/old")
	require.NoError(t, err)
	defer resp.Body.Close()
	a, err := scoop.New().ExtractResponse(resp)
	require.NoError(t, err)
	assert.Equal(t, srv.URL+"/2025/08/18/story/", a.URL)
	assert.Equal(t, "Europe Rejoins Ukraine Peace Talks After Trump-Putin Summit", a.Headline)
}

// TestConcurrentUse shares one Extractor between goroutines (run with
// -race to check it).
func TestConcurrentUse(t *testing.T) {
	page := readSeedPage(t)
	ex := scoop.New()
	want, err := ex.Extract(bytes.NewReader(page), seedURL)
	require.NoError(t, err)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 8 {
		wg.Go(func() {
			got, err := ex.Extract(bytes.NewReader(page), seedURL)
			if err == nil && !assert.ObjectsAreEqual(want, got) {
				err = assert.AnError
			}
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		assert.NoError(t, err)
	}
}

// TestSiteProfile shows a profile changing a field for its host only.
func TestSiteProfile(t *testing.T) {
	page := []byte(`<html><head><title>Budget passes – Example News</title></head><body>
		<article><h1>Budget passes</h1><div class="scribe"><a href="/staff/ann">Ann Smith</a></div>
		<p>` + strings.Repeat("The council passed the budget after a long debate about schools and roads. ", 12) + `</p>
		<p>` + strings.Repeat("Members of the public spoke for and against the plan for several hours. ", 12) + `</p></article></body></html>`)
	rules, err := selectors.Default().Load(strings.NewReader(`{"hosts": ["example.com"], "rules": {"byline": ["div.scribe"]}}`))
	require.NoError(t, err)
	ex := scoop.New(scoop.WithSelectors(rules))

	a, err := ex.Extract(bytes.NewReader(page), "https://news.example.com/budget")
	require.NoError(t, err)
	assert.Equal(t, "Ann Smith", a.Byline)
	assert.Equal(t, []scoop.Author{{Name: "Ann Smith", URL: "https://news.example.com/staff/ann"}}, a.Authors)

	b, err := ex.Extract(bytes.NewReader(page), "https://elsewhere.org/budget")
	require.NoError(t, err)
	assert.Empty(t, b.Byline, "the profile is for example.com only")
}

// TestNoArticle returns the page's metadata beside ErrNoArticle.
func TestNoArticle(t *testing.T) {
	page := `<html lang="en"><head><title>World news – Example</title><meta property="og:site_name" content="Example"></head><body>
		<h1>World</h1><ul>` + strings.Repeat(`<li><a href="/world/story-about-something-happening">A story about something happening somewhere</a></li>`, 40) + `</ul></body></html>`
	a, err := scoop.Extract(strings.NewReader(page), "https://example.com/world/")
	require.ErrorIs(t, err, scoop.ErrNoArticle)
	require.NotNil(t, a)
	assert.Equal(t, "Example", a.SiteName)

	// WithLogger hears why.
	var logs bytes.Buffer
	ex := scoop.New(scoop.WithLogger(slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))))
	_, err = ex.Extract(strings.NewReader(page), "https://example.com/world/")
	require.ErrorIs(t, err, scoop.ErrNoArticle)
	assert.Contains(t, logs.String(), "no article")
	assert.Contains(t, logs.String(), "url=https://example.com/world/")
}

// TestDateJSON writes and reads both forms of Date.
func TestDateJSON(t *testing.T) {
	for _, s := range []string{`"2025-08-18"`, `"2025-08-18T14:32:10-04:00"`, `"2025-08-18T18:32:10Z"`} {
		var d scoop.Date
		require.NoError(t, json.Unmarshal([]byte(s), &d))
		out, err := json.Marshal(d)
		require.NoError(t, err)
		assert.Equal(t, s, string(out))
	}
	var d scoop.Date
	assert.Error(t, json.Unmarshal([]byte(`"18/08/2025"`), &d))
	out, err := json.Marshal(scoop.Article{Headline: "x"})
	require.NoError(t, err)
	assert.Equal(t, `{"headline":"x"}`, string(out), "empty fields are omitted")
}
