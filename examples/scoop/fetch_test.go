package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsscoop/scoop"
)

// newsServer serves the seed page at /article, a redirect to it at /old, a
// PNG at /image.png and 404 elsewhere. It records the User-Agents it saw.
func newsServer(t *testing.T) (*httptest.Server, func() []string) {
	t.Helper()
	page, err := os.ReadFile(pagePath)
	require.NoError(t, err)
	var (
		mu     sync.Mutex
		agents []string
	)
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		agents = append(agents, r.UserAgent())
		mu.Unlock()
		switch r.URL.Path {
		case "/article":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(page)
		case "/old":
			http.Redirect(w, r, "/article", http.StatusMovedPermanently)
		case "/image.png":
			w.Header().Set("Content-Type", "image/png")
			w.Write([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"))
		default:
			http.NotFound(w, r)
		}
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), agents...)
	}
}

func TestExtractURL(t *testing.T) {
	t.Parallel()
	srv, _ := newsServer(t)
	tests := []struct {
		name    string
		path    string
		wantURL string // the article's url; "" when the input fails
		wantErr string
	}{
		{name: "page", path: "/article", wantURL: srv.URL + "/article"},
		{name: "after a redirect", path: "/old", wantURL: srv.URL + "/article"},
		{name: "404", path: "/missing", wantErr: "GET " + srv.URL + "/missing: 404 Not Found"},
		{name: "not html", path: "/image.png", wantErr: scoop.ErrNotHTML.Error()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runScoop(t, "", "extract", srv.URL+tt.path)
			if tt.wantErr != "" {
				require.Error(t, r.err)
				assert.Equal(t, 1, r.code)
				assert.Contains(t, r.err.Error(), tt.wantErr)
				assert.Empty(t, r.stdout)
				return
			}
			require.NoError(t, r.err, "stderr: %s", r.stderr)
			a := decodeArticle(t, r.stdout)
			assert.Equal(t, pageHeadline, a.Headline)
			assert.Equal(t, tt.wantURL, a.URL)
		})
	}
}

func TestExtractURLSeveral(t *testing.T) {
	t.Parallel()
	srv, _ := newsServer(t)
	r := runScoop(t, "", "extract", srv.URL+"/old", srv.URL+"/missing")
	require.Error(t, r.err)
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	require.Len(t, lines, 2, "stdout: %s", r.stdout)
	first := decodeObject(t, lines[0])
	assert.Equal(t, srv.URL+"/old", first["source"], "source is the input as given")
	assert.Equal(t, srv.URL+"/article", first["url"], "url is the final URL")
	second := decodeObject(t, lines[1])
	assert.Equal(t, srv.URL+"/missing", second["source"])
	assert.Contains(t, second["error"], "404 Not Found")
	assert.Contains(t, r.stderr, "404 Not Found")
}

func TestExtractURLUserAgent(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{name: "default", args: nil, want: scoop.DefaultUserAgent},
		{name: "--user-agent", args: []string{"--user-agent", "testbot/1.0"}, want: "testbot/1.0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv, agents := newsServer(t)
			r := runScoop(t, "", append(append([]string{"extract"}, tt.args...), srv.URL+"/old")...)
			require.NoError(t, r.err, "stderr: %s", r.stderr)
			assert.Equal(t, []string{tt.want, tt.want}, agents(), "the redirect keeps the User-Agent")
		})
	}
}

func TestExtractURLTimeout(t *testing.T) {
	t.Parallel()
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	t.Cleanup(func() { close(release); srv.Close() })
	r := runScoop(t, "", "extract", "--timeout", "50ms", srv.URL)
	require.Error(t, r.err)
	assert.Contains(t, r.err.Error(), "Timeout")
	assert.Empty(t, r.stdout)
}
