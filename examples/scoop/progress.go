package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"golang.org/x/term"
)

// progressInterval is how often the progress line of crawl is redrawn.
const progressInterval = 200 * time.Millisecond

// isTerminal reports whether w is a terminal (not a file, a pipe or
// /dev/null).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// statusLine writes messages to stderr, one line each, from any
// goroutine. On a terminal it also keeps a status line at the bottom,
// redrawn in place with \r, which messages erase and the next update
// redraws.
type statusLine struct {
	mu    sync.Mutex
	w     io.Writer
	tty   bool
	shown bool // the status line is on screen
}

func newStatusLine(w io.Writer, tty bool) *statusLine {
	return &statusLine{w: w, tty: tty}
}

// set draws line as the status line; it does nothing when w is not a
// terminal.
func (s *statusLine) set(line string) {
	if !s.tty {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	io.WriteString(s.w, "\r"+line+"\x1b[K")
	s.shown = true
}

// clear erases the status line.
func (s *statusLine) clear() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.erase()
}

// println writes msg and a newline, above the status line.
func (s *statusLine) println(msg string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.erase()
	io.WriteString(s.w, msg+"\n")
}

func (s *statusLine) erase() {
	if s.shown {
		io.WriteString(s.w, "\r\x1b[K")
		s.shown = false
	}
}

// startProgress redraws the progress line of a crawl from counts every
// interval until the returned function is called, which erases it. It
// does nothing when the status line is not on a terminal.
func startProgress(s *statusLine, counts *crawlCounts, interval time.Duration) (stop func()) {
	start := time.Now()
	return startTicker(s, interval, func() string { return progressLine(counts, time.Since(start)) })
}

// startTicker draws line() as the status line every interval until the
// returned function is called, which erases it. It does nothing when the
// status line is not on a terminal.
func startTicker(s *statusLine, interval time.Duration, line func() string) (stop func()) {
	if !s.tty {
		return func() {}
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				s.set(line())
			}
		}
	})
	var once sync.Once
	return func() {
		once.Do(func() {
			close(done)
			wg.Wait()
			s.clear()
		})
	}
}

// progressLine is the progress line: the library's live counts when it
// has reported them (WithProgress), else what the handlers have seen.
func progressLine(c *crawlCounts, elapsed time.Duration) string {
	secs := elapsed.Seconds()
	if st := c.live.Load(); st != nil {
		rate := 0.0
		if secs > 0 {
			rate = float64(st.Fetched) / secs
		}
		return fmt.Sprintf("scoop crawl: %d pages, %d articles, %d errors, %d duplicates, %d queued in %s, %.1f pages/s",
			st.Fetched, st.Articles, st.Errors, st.Duplicates, st.Queued, elapsed.Truncate(time.Second), rate)
	}
	arts := c.articles.Load()
	rate := 0.0
	if secs > 0 {
		rate = float64(arts) / secs
	}
	return fmt.Sprintf("scoop crawl: %d articles, %d errors, %d skipped (robots) in %s, %.1f articles/s",
		arts, c.errors.Load(), c.skipped.Load(), elapsed.Truncate(time.Second), rate)
}
