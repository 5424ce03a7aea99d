package main

import (
	"bytes"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStatusLine(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		tty  bool
		want string
	}{
		{name: "terminal", tty: true, want: "\r1 done\x1b[K\r2 done\x1b[K\r\x1b[Kan error\n\r3 done\x1b[K\r\x1b[Ksummary\n"},
		{name: "not a terminal", tty: false, want: "an error\nsummary\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var b bytes.Buffer
			s := newStatusLine(&b, tt.tty)
			s.set("1 done")
			s.set("2 done")
			s.println("an error")
			s.set("3 done")
			s.clear()
			s.clear()
			s.println("summary")
			assert.Equal(t, tt.want, b.String())
		})
	}
}

// syncBuffer is a bytes.Buffer safe for concurrent use.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (w *syncBuffer) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(p)
}

func (w *syncBuffer) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.String()
}

func TestStartProgress(t *testing.T) {
	t.Parallel()
	var counts crawlCounts
	counts.articles.Store(12)
	counts.errors.Store(3)
	counts.skipped.Store(1)

	var w syncBuffer
	stop := startProgress(newStatusLine(&w, true), &counts, 5*time.Millisecond)
	assert.Eventually(t, func() bool { return strings.Count(w.String(), "\r") >= 2 }, 5*time.Second, time.Millisecond)
	stop()
	got := w.String()
	assert.Contains(t, got, "\rscoop crawl: 12 articles, 3 errors, 1 skipped (robots) in ")
	assert.True(t, strings.HasSuffix(got, "\x1b[K\r\x1b[K"), "erased at the end: %q", got)

	var quiet syncBuffer
	startProgress(newStatusLine(&quiet, false), &counts, time.Millisecond)()
	assert.Empty(t, quiet.String(), "no progress line off a terminal")
}

func TestProgressLine(t *testing.T) {
	t.Parallel()
	var c crawlCounts
	c.articles.Store(25)
	c.errors.Store(2)
	assert.Equal(t, "scoop crawl: 25 articles, 2 errors, 0 skipped (robots) in 10s, 2.4 articles/s", progressLine(&c, 10*time.Second+300*time.Millisecond))
	assert.Equal(t, "scoop crawl: 0 articles, 0 errors, 0 skipped (robots) in 0s, 0.0 articles/s", progressLine(&crawlCounts{}, 0))
}

func TestIsTerminal(t *testing.T) {
	t.Parallel()
	assert.False(t, isTerminal(&bytes.Buffer{}))
	f, err := os.Open(os.DevNull)
	require.NoError(t, err)
	defer f.Close()
	assert.False(t, isTerminal(f), "/dev/null is a character device but not a terminal")
}
