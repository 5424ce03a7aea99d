package testsite

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/stretchr/testify/require"
)

// server starts a test server for s, closed at the end of the test.
func server(t testing.TB, s *Site) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	return srv
}

// response is what get returns.
type response struct {
	status int
	header http.Header
	body   []byte
}

// noRedirect is a client that does not follow redirects.
var noRedirect = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

// get fetches path from srv without following redirects.
func get(t testing.TB, srv *httptest.Server, path string) response {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, srv.URL+path, nil)
	require.NoError(t, err)
	req.Header.Set("User-Agent", "scoop-test/1.0")
	resp, err := noRedirect.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return response{resp.StatusCode, resp.Header, body}
}

// doc parses an HTML body.
func doc(t testing.TB, body []byte) *goquery.Document {
	t.Helper()
	d, err := goquery.NewDocumentFromReader(strings.NewReader(string(body)))
	require.NoError(t, err)
	return d
}

// jsonLD returns the JSON-LD objects of d (top level and @graph members).
func jsonLD(t testing.TB, d *goquery.Document) []map[string]any {
	t.Helper()
	var out []map[string]any
	d.Find(`script[type="application/ld+json"]`).Each(func(_ int, sel *goquery.Selection) {
		var obj map[string]any
		require.NoError(t, json.Unmarshal([]byte(sel.Text()), &obj), sel.Text())
		out = append(out, obj)
		if g, ok := obj["@graph"].([]any); ok {
			for _, m := range g {
				out = append(out, m.(map[string]any))
			}
		}
	})
	return out
}

// types returns the @type values of the JSON-LD of d.
func types(t testing.TB, d *goquery.Document) []string {
	t.Helper()
	var out []string
	for _, o := range jsonLD(t, d) {
		if s, ok := o["@type"].(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// attr returns the attribute of the first match of sel in d.
func attr(d *goquery.Document, sel, name string) string {
	v, _ := d.Find(sel).First().Attr(name)
	return v
}

// getOK fetches path like get, asking again once after a 503 or 429 (the
// flaky pages), as a polite crawler does.
func getOK(t testing.TB, srv *httptest.Server, path string) response {
	t.Helper()
	r := get(t, srv, path)
	if r.status == http.StatusServiceUnavailable || r.status == http.StatusTooManyRequests {
		r = get(t, srv, path)
	}
	return r
}
