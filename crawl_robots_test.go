package scoop

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRobotsUnreachable: a robots.txt that answers 503 keeps the host's
// requests waiting (a wait time, everything disallowed meanwhile) and is
// fetched again; one that keeps failing disallows the host for the run.
func TestRobotsUnreachable(t *testing.T) {
	t.Parallel()
	var calls atomic.Int32
	failFirst := int32(2)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := calls.Add(1)
		if r.URL.Path == "/down/robots.txt" || n <= failFirst {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		_, _ = w.Write([]byte("User-agent: *\nDisallow: /private/\n"))
	}))
	defer srv.Close()
	c, err := NewCrawler(WithAllowPrivate(true))
	require.NoError(t, err)
	cache := newRobotsCache(newFetcher(&c.cfg, nil), c.cfg.userAgent, false)
	cache.after = 20 * time.Millisecond
	ctx := context.Background()

	for range failFirst {
		r, fresh, wait := cache.get(ctx, srv.URL)
		assert.True(t, fresh)
		assert.False(t, wait.IsZero(), "unreachable: wait")
		assert.False(t, r.Allowed("/news/a.html"))
		_, fresh, _ = cache.get(ctx, srv.URL)
		assert.False(t, fresh, "not fetched again before the wait is over")
		time.Sleep(30 * time.Millisecond)
	}
	r, fresh, wait := cache.get(ctx, srv.URL)
	assert.True(t, fresh)
	assert.True(t, wait.IsZero())
	assert.True(t, r.Allowed("/news/a.html"))
	assert.False(t, r.Allowed("/private/x"))
	assert.Equal(t, failFirst+1, calls.Load())

	// Always down: after robotsTries answers, disallowed without a wait.
	var last time.Time
	for range robotsTries {
		_, _, last = cache.get(ctx, srv.URL+"/down")
		time.Sleep(30 * time.Millisecond)
	}
	r, _, wait = cache.get(ctx, srv.URL+"/down")
	assert.True(t, wait.IsZero(), "given up after %d tries (last wait %v)", robotsTries, last)
	assert.False(t, r.Allowed("/news/a.html"))
}

// TestRefererFor follows browsers' default referrer policy.
func TestRefererFor(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ u, referer, want string }{
		{"https://a.example/story", "", ""},
		{"https://a.example/story", "https://a.example/news/?page=2#top", "https://a.example/news/?page=2"},
		{"https://b.example/story", "https://a.example/news/?page=2", "https://a.example/"},
		{"http://a.example/story", "https://a.example/news/", ""},
		{"https://a.example/story", "http://a.example/news/", "http://a.example/"},
		{"https://a.example/story", "not a url", ""},
	} {
		assert.Equal(t, tt.want, refererFor(tt.u, tt.referer), "%s from %s", tt.u, tt.referer)
	}
}
