package store_test

import (
	"strings"
	"testing"

	"github.com/newsscoop/scoop/internal/store"
	"github.com/stretchr/testify/assert"
)

func TestHost(t *testing.T) {
	t.Parallel()
	tests := []struct {
		url, want string
	}{
		{"https://www.example.com/a/b?c#d", "www.example.com"},
		{"https://User:pw@WWW.Example.COM:443/a", "www.example.com"},
		{"http://example.com.", "example.com"},
		{"http://example.com?q=1", "example.com"},
		{"http://example.com#top", "example.com"},
		{"http://[::1]:8080/x", "[::1]"},
		{"http://[2001:db8::1]/x", "[2001:db8::1]"},
		{"//cdn.example.org/x.js", "cdn.example.org"},
		{"http://a@b@evil.example/", "evil.example"},
		{"http://example.com\\@other/", "example.com"},
		{"mailto:someone@example.com", ""},
		{"/relative/path", ""},
		{"relative?x=http://example.com", ""},
		{"", ""},
		{"https://", ""},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, store.Host(tt.url))
		})
	}
}

func FuzzHost(f *testing.F) {
	for _, s := range []string{"https://www.example.com/a", "http://[::1]:80/", "//x", "a://b@c:d/e", "HTTP://EXAMPLE.COM.", "//\x8bA"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h := store.Host(s)
		if len(h) > len(s) {
			t.Fatalf("host %q longer than URL %q", h, s)
		}
		if strings.ContainsAny(h, "/?#\\@ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			t.Fatalf("Host(%q) = %q", s, h)
		}
	})
}
