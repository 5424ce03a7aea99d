package main

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsscoop/scoop"
)

func TestLastLineEnd(t *testing.T) {
	t.Parallel()
	big := strings.Repeat("x", 200<<10) // several of lastLineEnd's 64 KiB reads
	tests := []struct {
		name string
		data string
		want int64
	}{
		{name: "empty", data: "", want: 0},
		{name: "no newline", data: "abc", want: 0},
		{name: "ends with newline", data: "a\nb\n", want: 4},
		{name: "cut last line", data: "a\nbc", want: 2},
		{name: "long cut line", data: "a\n" + big, want: 2},
		{name: "long cut line, no newline", data: big, want: 0},
		{name: "long whole line", data: big + "\n" + big[:10], want: int64(len(big)) + 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := lastLineEnd(strings.NewReader(tt.data), int64(len(tt.data)))
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestReadKeys(t *testing.T) {
	t.Parallel()
	long := `{"html":"` + strings.Repeat("<p>x</p>", 400<<10) + `","key":"https://a.example/long"}` // over the reader's 1 MiB buffer
	tests := []struct {
		name      string
		data      string
		wantKeys  []string
		wantNoKey int
		wantErr   string
	}{
		{name: "empty", data: ""},
		{name: "keys", data: `{"key":"k1"}` + "\n" + `{"key":"k2","x":[1,2]}` + "\n", wantKeys: []string{"k1", "k2"}},
		{name: "duplicates once", data: `{"key":"k1"}` + "\n" + `{"key":"k1"}` + "\n", wantKeys: []string{"k1"}},
		{name: "blank lines", data: "\n" + `{"key":"k1"}` + "\n  \n\r\n", wantKeys: []string{"k1"}},
		{name: "no key", data: `{"a":1}` + "\n" + `{"key":""}` + "\n" + `{"key":"k"}` + "\n", wantKeys: []string{"k"}, wantNoKey: 2},
		{name: "lines longer than the buffer", data: long + "\n" + `{"key":"k"}` + "\n" + long + "\n", wantKeys: []string{"https://a.example/long", "k"}},
		{name: "CRLF", data: `{"key":"k1"}` + "\r\n", wantKeys: []string{"k1"}},
		{name: "not JSON", data: `{"key":"k1"}` + "\nhello\n", wantErr: "out.jsonl:2: not a JSON object"},
		{name: "array", data: "[1]\n", wantErr: "out.jsonl:1: not a JSON object"},
		{name: "key of another type", data: `{"key":5}` + "\n", wantErr: "out.jsonl:1: not a JSON object"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			keys, noKey, err := readKeys(strings.NewReader(tt.data), "out.jsonl", "crawl")
			if tt.wantErr != "" {
				assert.ErrorContains(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.wantKeys, keys)
			assert.Equal(t, tt.wantNoKey, noKey)
		})
	}
}

// callRecorder records the Write calls it gets.
type callRecorder struct {
	mu    sync.Mutex
	calls []string
}

func (w *callRecorder) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.calls = append(w.calls, string(p))
	return len(p), nil
}

// TestCrawlOutputWrite checks that each article is one Write of one whole
// line, from many goroutines at once.
func TestCrawlOutputWrite(t *testing.T) {
	t.Parallel()
	for _, noHTML := range []bool{false, true} {
		w := &callRecorder{}
		o := &crawlOutput{w: w}
		var wg sync.WaitGroup
		for i := range 50 {
			wg.Go(func() {
				a := &scoop.CrawledArticle{Key: fmt.Sprintf("https://a.example/%d", i), Status: 200}
				a.Headline = "Line\nbreaks\u2028stay escaped"
				a.HTML = "<p>a & b</p>"
				assert.NoError(t, o.write(a, noHTML))
			})
		}
		wg.Wait()
		require.NoError(t, o.close())
		require.Len(t, w.calls, 50)
		for _, c := range w.calls {
			assert.Equal(t, 1, strings.Count(c, "\n"), "one line per write: %q", c)
			assert.True(t, strings.HasSuffix(c, "\n"))
			assert.Equal(t, !noHTML, strings.Contains(c, `"html":"<p>a & b</p>"`), "%q", c)
		}
		assert.ErrorContains(t, o.write(&scoop.CrawledArticle{}, noHTML), "closed")
	}
}

func TestCrawlOutputWriteError(t *testing.T) {
	t.Parallel()
	o := &crawlOutput{w: &failingWriter{n: 1}}
	require.NoError(t, o.write(&scoop.CrawledArticle{Key: "a"}, false))
	err := o.write(&scoop.CrawledArticle{Key: "b"}, false)
	assert.ErrorIs(t, err, errDiskFull)
	assert.Equal(t, err, o.write(&scoop.CrawledArticle{Key: "c"}, false), "the first error sticks")
}
