package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsscoop/scoop/internal/store/redistest"
	"github.com/newsscoop/scoop/internal/warc"
)

// summaryRE matches the summary line of crawl.
var summaryRE = regexp.MustCompile(`(?m)^scoop crawl: (\d+) pages, (\d+) articles, (\d+) errors, (\d+) duplicates, (\d+) skipped in \d+\.\ds \(\d+\.\d pages/s\)`)

// crawlArgs are the flags every test crawl of a crawlSite uses.
func crawlArgs(extra ...string) []string {
	return append([]string{"crawl", "--allow-private", "--delay", "1ms", "--parallel", "4"}, extra...)
}

// crawledLine is what the tests read back of an output line.
type crawledLine struct {
	Key      string `json:"key"`
	FinalURL string `json:"final_url"`
	Headline string `json:"headline"`
	Status   int    `json:"status"`
	Seed     string `json:"seed"`
	Depth    int    `json:"depth"`
	HTML     string `json:"html"`
	Text     string `json:"text"`
}

// readLines decodes JSON lines, failing the test on a broken one.
func readLines(t *testing.T, data string) []crawledLine {
	t.Helper()
	var out []crawledLine
	for i, l := range strings.SplitAfter(data, "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		require.True(t, strings.HasSuffix(l, "\n"), "line %d has no newline: %.80q", i+1, l)
		var c crawledLine
		require.NoError(t, json.Unmarshal([]byte(l), &c), "line %d: %.80q", i+1, l)
		out = append(out, c)
	}
	return out
}

// keyPaths returns the sorted paths of the lines' keys.
func keyPaths(t *testing.T, lines []crawledLine) []string {
	t.Helper()
	var p []string
	for _, l := range lines {
		u, err := url.Parse(l.Key)
		require.NoError(t, err)
		p = append(p, u.Path)
	}
	slices.Sort(p)
	return p
}

// checkSiteRequests asserts that nothing under the disallowed path was
// requested.
func checkSiteRequests(t *testing.T, site *crawlSite) {
	t.Helper()
	for _, p := range site.requested() {
		assert.False(t, strings.HasPrefix(p, site.Disallowed()), "requested %s", p)
	}
}

func TestCrawlSite(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		toFile bool
		noHTML bool
	}{
		{name: "stdout"},
		{name: "out file", toFile: true},
		{name: "out file, no html", toFile: true, noHTML: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			site := newCrawlSite(t, 0, 0)
			args := crawlArgs()
			out := filepath.Join(t.TempDir(), "out.jsonl")
			if tt.toFile {
				args = append(args, "--out", out)
			}
			if tt.noHTML {
				args = append(args, "--no-html")
			}
			r := runScoop(t, "", append(args, site.seed())...)
			require.NoError(t, r.err, "stderr: %s", r.stderr)
			data := r.stdout
			if tt.toFile {
				assert.Empty(t, r.stdout)
				b, err := os.ReadFile(out)
				require.NoError(t, err)
				data = string(b)
			}
			lines := readLines(t, data)
			assert.Equal(t, site.articlePaths(), keyPaths(t, lines), "every article once")
			hubs := site.Hubs()
			for _, l := range lines {
				u, err := url.Parse(l.FinalURL)
				require.NoError(t, err)
				assert.NotContains(t, hubs, u.Path, "no hub emitted")
				assert.Equal(t, 200, l.Status)
				assert.Equal(t, site.seed(), l.Seed)
				assert.NotEmpty(t, l.Headline)
				assert.NotEmpty(t, l.Text)
				assert.Equal(t, tt.noHTML, l.HTML == "", "html field")
			}
			checkSiteRequests(t, site)

			m := summaryRE.FindStringSubmatch(r.stderr)
			require.NotNil(t, m, "summary in stderr: %s", r.stderr)
			lm := site.Landmarks()
			assert.Equal(t, []string{strconv.Itoa(site.ArticleCount()), "1", strconv.Itoa(len(lm.Private))}, []string{m[2], m[3], m[5]},
				"articles, errors (the 404 of Landmarks.Missing), skipped (Landmarks.Private, disallowed)")
			assert.NotContains(t, r.stderr, "\r", "no progress line when stderr is not a terminal")
			assert.NotContains(t, r.stderr, "interrupted")
		})
	}
}

// buildScoop builds the scoop command into a temporary folder and returns
// its path.
func buildScoop(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "scoop")
	cmd := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), "build", "-o", bin, ".")
	b, err := cmd.CombinedOutput()
	require.NoError(t, err, "go build: %s", b)
	return bin
}

// countLines returns the number of newlines in the file at path (0 if it
// does not exist).
func countLines(path string) int {
	b, _ := os.ReadFile(path)
	return bytes.Count(b, []byte{'\n'})
}

// TestCrawlCommand runs the built command: killed with SIGKILL and run
// again, or stopped with SIGINT.
func TestCrawlCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and crawls for seconds")
	}
	t.Parallel()
	bin := buildScoop(t)

	// SIGKILL just after the first line and halfway, then a run to the
	// end: every article is in the output exactly once and every line is
	// whole JSON.
	t.Run("kill and resume", func(t *testing.T) {
		t.Parallel()
		site := newCrawlSite(t, 0, 25*time.Millisecond)
		killAfterLines := []int{1, site.ArticleCount() / 2}
		killAndResume(t, site, bin, len(killAfterLines), func(i int, out string) {
			deadline := time.Now().Add(20 * time.Second)
			for countLines(out) < killAfterLines[i] && time.Now().Before(deadline) {
				time.Sleep(2 * time.Millisecond)
			}
		})
	})

	// SIGKILL at random moments, so that some kills fall between the
	// state and the output file being updated.
	t.Run("kill anywhere", func(t *testing.T) {
		t.Parallel()
		site := newCrawlSite(t, 0, 25*time.Millisecond)
		killAndResume(t, site, bin, 6, func(int, string) {
			time.Sleep(time.Duration(150+rand.IntN(500)) * time.Millisecond)
		})
	})

	// SIGINT after the first line: a clean stop with status 0, a whole
	// output and a summary that says so.
	t.Run("SIGINT", func(t *testing.T) {
		t.Parallel()
		site := newCrawlSite(t, 0, 25*time.Millisecond)
		out := filepath.Join(t.TempDir(), "out.jsonl")
		var stderr bytes.Buffer
		cmd := exec.Command(bin, "crawl", "--out", out, "--allow-private", "--delay", "5ms", site.seed())
		cmd.Stderr = &stderr
		require.NoError(t, cmd.Start())
		deadline := time.Now().Add(20 * time.Second)
		for countLines(out) < 1 && time.Now().Before(deadline) {
			time.Sleep(2 * time.Millisecond)
		}
		require.NoError(t, cmd.Process.Signal(os.Interrupt))
		require.NoError(t, cmd.Wait(), "stderr: %s", stderr.String())
		b, err := os.ReadFile(out)
		require.NoError(t, err)
		lines := readLines(t, string(b))
		assert.Less(t, len(lines), site.ArticleCount())
		assert.Regexp(t, summaryRE, stderr.String())
		assert.Contains(t, stderr.String(), "; interrupted with ")
	})
}

// killAndResume runs a crawl of site with the command bin, kills it kills
// times with SIGKILL when wait returns, then runs it to the end, and
// checks that the output holds every article exactly once.
func killAndResume(t *testing.T, site *crawlSite, bin string, kills int, wait func(kill int, out string)) {
	t.Helper()
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	args := []string{"crawl", "--out", out, "--state", filepath.Join(dir, "state"), "--allow-private", "--delay", "5ms", site.seed()}
	for i := range kills {
		var stderr bytes.Buffer
		cmd := exec.Command(bin, args...)
		cmd.Stderr = &stderr
		require.NoError(t, cmd.Start())
		wait(i, out)
		require.NoError(t, cmd.Process.Kill())
		if err := cmd.Wait(); err == nil {
			// On a fast machine the crawl may finish between two kills:
			// nothing left to interrupt, the final run checks the file.
			t.Logf("kill %d: the crawl had already ended", i+1)
			break
		}
		t.Logf("kill %d after %d lines", i+1, countLines(out))
	}

	start := time.Now()
	var stderr bytes.Buffer
	cmd := exec.Command(bin, args...)
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Run(), "stderr: %s", stderr.String())
	t.Logf("last run, %s:\n%s", time.Since(start), strings.TrimSpace(stderr.String()))
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Equal(t, site.articlePaths(), keyPaths(t, readLines(t, string(b))), "every article exactly once")
	assert.Regexp(t, summaryRE, stderr.String())
	checkSiteRequests(t, site)
}

// failingWriter accepts n writes, then fails.
type failingWriter struct {
	mu sync.Mutex
	n  int
	b  bytes.Buffer
}

var errDiskFull = errors.New("no space left on device")

func (w *failingWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.n == 0 {
		return 0, errDiskFull
	}
	w.n--
	return w.b.Write(p)
}

// TestCrawlResumeAfterWriteFailure stops a crawl by failing its third
// write (a full disk), then runs it again with the same state: the
// article whose write failed must come in the second run.
func TestCrawlResumeAfterWriteFailure(t *testing.T) {
	t.Parallel()
	site := newCrawlSite(t, 8, 0)
	state := filepath.Join(t.TempDir(), "state")
	args := crawlArgs("--state", state, "--parallel", "1", site.seed())

	w := &failingWriter{n: 2}
	var stderr bytes.Buffer
	err := run(context.Background(), args, strings.NewReader(""), w, &stderr)
	require.Error(t, err)
	assert.Equal(t, 1, exitCode(err, io.Discard))
	assert.ErrorIs(t, err, errDiskFull)
	assert.Regexp(t, summaryRE, stderr.String())
	first := readLines(t, w.b.String())
	require.Len(t, first, 2)

	r := runScoop(t, "", args...)
	require.NoError(t, r.err, "stderr: %s", r.stderr)
	all := append(first, readLines(t, r.stdout)...)
	assert.Equal(t, site.articlePaths(), keyPaths(t, all), "every article exactly once over both runs")
}

// cancelWriter cancels a context on its first write.
type cancelWriter struct {
	mu     sync.Mutex
	cancel context.CancelFunc
	b      bytes.Buffer
}

func (w *cancelWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.cancel()
	return w.b.Write(p)
}

// TestCrawlInterrupt cancels the crawl's context (what SIGINT and SIGTERM
// do) after the first article: the crawl stops cleanly with status 0 and
// says it was interrupted.
func TestCrawlInterrupt(t *testing.T) {
	t.Parallel()
	site := newCrawlSite(t, 0, 5*time.Millisecond)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w := &cancelWriter{cancel: cancel}
	var stderr bytes.Buffer
	state := filepath.Join(t.TempDir(), "state")
	err := run(ctx, crawlArgs("--state", state, site.seed()), strings.NewReader(""), w, &stderr)
	require.NoError(t, err, "stderr: %s", stderr.String())
	lines := readLines(t, w.b.String())
	assert.NotEmpty(t, lines)
	assert.Less(t, len(lines), site.ArticleCount())
	assert.Regexp(t, summaryRE, stderr.String())
	assert.Contains(t, stderr.String(), "URLs queued (run the same command again to resume)")
}

// TestCrawlInterruptDuringFetch cancels the crawl while a page is being
// fetched from a server that takes seconds to answer: the crawl must stop
// at once, not when the fetch ends.
func TestCrawlInterruptDuringFetch(t *testing.T) {
	t.Parallel()
	site := newCrawlSite(t, 4, 5*time.Second)
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	var stdout, stderr bytes.Buffer
	err := run(ctx, crawlArgs(site.seed()), strings.NewReader(""), &stdout, &stderr)
	took := time.Since(start)
	require.NoError(t, err, "stderr: %s", stderr.String())
	assert.Contains(t, stderr.String(), "interrupted")
	assert.Less(t, took, 2*time.Second, "time to stop after the interrupt")
}

func TestCrawlWARC(t *testing.T) {
	t.Parallel()
	site := newCrawlSite(t, 8, 0)
	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, "arc"), 0o755))
	r := runScoop(t, "", crawlArgs("--warc", filepath.Join(dir, "arc", "news"), "--warc-max-bytes", "20000", "--no-html", site.seed())...)
	require.NoError(t, r.err, "stderr: %s", r.stderr)
	files, err := filepath.Glob(filepath.Join(dir, "arc", "news*.warc.gz"))
	require.NoError(t, err)
	assert.Greater(t, len(files), 1, "rotated")
	var archived []string
	articles := map[string]bool{}
	var redirect struct {
		status   int
		location string
	}
	for _, name := range files {
		f, err := os.Open(name)
		require.NoError(t, err)
		wr, err := warc.NewReader(f)
		require.NoError(t, err)
		for {
			rec, err := wr.Next()
			if errors.Is(err, io.EOF) {
				break
			}
			require.NoError(t, err, "%s", name)
			u, err := url.Parse(rec.TargetURI)
			require.NoError(t, err)
			archived = append(archived, u.Path)
			if u.Path == site.Landmarks().Redirect {
				redirect.status, redirect.location = rec.Status, rec.Header.Get("Location")
			}
			if site.IsArticle(u.Path) && rec.Status == 200 {
				articles[u.Path] = true
				assert.Contains(t, string(rec.Body), "</html>", "%s", u)
			}
		}
		f.Close()
	}
	slices.Sort(archived)
	requested := site.requested()
	slices.Sort(requested)
	assert.Equal(t, requested, archived, "a response record for every request, redirects included")
	assert.Equal(t, http.StatusMovedPermanently, redirect.status, "the redirect answer (Landmarks.Redirect) is archived")
	assert.NotEmpty(t, redirect.location)
	assert.Len(t, articles, site.ArticleCount(), "every article archived")

	// Offline, scoop warc reads the same articles back out of the archive.
	slices.Sort(files)
	back := runScoop(t, "", append([]string{"warc", "--no-html"}, files...)...)
	require.NoError(t, back.err, "stderr: %s", back.stderr)
	crawled, offline := readLines(t, r.stdout), readLines(t, back.stdout)
	assert.Equal(t, keyPaths(t, crawled), keyPaths(t, offline), "the articles of the crawl, by key")
	byKey := map[string]crawledLine{}
	for _, c := range crawled {
		byKey[c.Key] = c
	}
	for _, o := range offline {
		assert.Equal(t, byKey[o.Key].Headline, o.Headline, o.Key)
		assert.Equal(t, byKey[o.Key].Text, o.Text, o.Key)
	}
}

// TestCrawlExistingOutput runs a crawl with an --out file that holds
// earlier lines: the articles in it are not written again, a cut last line
// is removed, a whole last line missing its newline is completed, and a
// file that is not JSON lines is refused and left untouched.
func TestCrawlExistingOutput(t *testing.T) {
	t.Parallel()
	line := func(site *crawlSite, i int) string {
		return `{"headline":"earlier","key":"` + site.articleURL(i) + `"}`
	}
	tests := []struct {
		name string
		// content returns the file's content before the crawl and the
		// whole lines it should still start with after it.
		content    func(site *crawlSite) (before, kept string)
		wantCode   int
		wantStderr string
	}{
		{
			name:    "empty",
			content: func(*crawlSite) (string, string) { return "", "" },
		},
		{
			name: "articles of an earlier run",
			content: func(s *crawlSite) (string, string) {
				c := line(s, 0) + "\n" + line(s, 5) + "\n\n" + line(s, 5) + "\n"
				return c, c
			},
			wantStderr: "holds 2 articles: they will not be written again",
		},
		{
			name: "cut last line",
			content: func(s *crawlSite) (string, string) {
				c := line(s, 0) + "\n" + line(s, 1) + "\n"
				return c + line(s, 2)[:40], c
			},
			wantStderr: "removed its last line, cut short by a crash (40 bytes)",
		},
		{
			name: "last line without newline",
			content: func(s *crawlSite) (string, string) {
				c := line(s, 0) + "\n" + line(s, 1)
				return c, c + "\n"
			},
			wantStderr: "added the newline missing at its end",
		},
		{
			name: "lines without key",
			content: func(s *crawlSite) (string, string) {
				c := `{"source":"a.html","error":"no article"}` + "\n"
				return c, c
			},
			wantStderr: `1 lines without a "key" field ignored`,
		},
		{
			name:       "not JSON lines",
			content:    func(*crawlSite) (string, string) { return "dear diary\ntoday I", "dear diary\ntoday I" },
			wantCode:   1,
			wantStderr: ":1: not a JSON object",
		},
		{
			name: "last line not JSON",
			content: func(s *crawlSite) (string, string) {
				c := line(s, 0) + "\nPS: do not delete"
				return c, c
			},
			wantCode:   1,
			wantStderr: "its last line is not a JSON object",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			site := newCrawlSite(t, 8, 0)
			out := filepath.Join(t.TempDir(), "out.jsonl")
			before, kept := tt.content(site)
			require.NoError(t, os.WriteFile(out, []byte(before), 0o644))
			r := runScoop(t, "", crawlArgs("--out", out, site.seed())...)
			assert.Equal(t, tt.wantCode, r.code, "err: %v, stderr: %s", r.err, r.stderr)
			if tt.wantCode != 0 {
				r.stderr += r.err.Error()
			}
			assert.Contains(t, r.stderr, tt.wantStderr)
			b, err := os.ReadFile(out)
			require.NoError(t, err)
			require.True(t, strings.HasPrefix(string(b), kept), "file starts with %q:\n%s", kept, b)
			if tt.wantCode != 0 {
				assert.Equal(t, before, string(b), "untouched")
				assert.NotRegexp(t, summaryRE, r.stderr)
				return
			}
			var earlier []crawledLine
			for _, l := range readLines(t, kept) {
				if l.Key != "" {
					earlier = append(earlier, l)
				}
			}
			written := keyPaths(t, readLines(t, string(b[len(kept):])))
			all := append(slices.Compact(keyPaths(t, earlier)), written...)
			slices.Sort(all)
			assert.Equal(t, site.articlePaths(), all, "every article once, earlier ones not written again")
		})
	}
}

func TestCrawlUsage(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	notDir := filepath.Join(dir, "file")
	require.NoError(t, os.WriteFile(notDir, nil, 0o644))
	const seed = "http://127.0.0.1:1/"
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStdout string // substring of stdout ("" for empty stdout)
		wantStderr string // substring of stderr and the error
	}{
		{name: "no seed", args: []string{"crawl", "--out", "x"}, wantCode: 2, wantStderr: "no SEED given"},
		{name: "unknown flag", args: []string{"crawl", "--bogus", seed}, wantCode: 2, wantStderr: "flag provided but not defined: -bogus"},
		{name: "flag without value", args: []string{"crawl", seed, "--out"}, wantCode: 2, wantStderr: "flag needs an argument"},
		{name: "bad number", args: []string{"crawl", "--max-pages", "many", seed}, wantCode: 2, wantStderr: "invalid value"},
		{name: "negative max pages", args: []string{"crawl", "--max-pages", "-1", seed}, wantCode: 2, wantStderr: "--max-pages must not be negative"},
		{name: "negative max depth", args: []string{"crawl", "--max-depth", "-1", seed}, wantCode: 2, wantStderr: "--max-depth must not be negative"},
		{name: "negative delay", args: []string{"crawl", "--delay", "-1s", seed}, wantCode: 2, wantStderr: "--delay must not be negative"},
		{name: "zero parallel", args: []string{"crawl", "--parallel", "0", seed}, wantCode: 2, wantStderr: "--parallel must be at least 1"},
		{name: "zero per host", args: []string{"crawl", "--per-host", "0", seed}, wantCode: 2, wantStderr: "--per-host must be at least 1"},
		{name: "zero timeout", args: []string{"crawl", "--timeout", "0s", seed}, wantCode: 2, wantStderr: "--timeout must be positive"},
		{name: "empty user agent", args: []string{"crawl", "--user-agent", " ", seed}, wantCode: 2, wantStderr: "--user-agent must not be empty"},
		{name: "zero warc size", args: []string{"crawl", "--warc", "a", "--warc-max-bytes", "0", seed}, wantCode: 2, wantStderr: "--warc-max-bytes must be positive"},
		{name: "warc size without warc", args: []string{"crawl", "--warc-max-bytes", "1000", seed}, wantCode: 2, wantStderr: "--warc-max-bytes needs --warc"},
		{name: "redis with state", args: []string{"crawl", "--redis", "redis://127.0.0.1:1/0", "--crawl-name", "x", "--state", dir, seed}, wantCode: 2, wantStderr: "--redis and --state cannot be combined"},
		{name: "redis without a name", args: []string{"crawl", "--redis", "redis://127.0.0.1:1/0", seed}, wantCode: 2, wantStderr: "--redis needs --crawl-name"},
		{name: "name without redis", args: []string{"crawl", "--crawl-name", "x", seed}, wantCode: 2, wantStderr: "--crawl-name needs --redis"},
		{name: "redis not a URL", args: []string{"crawl", "--redis", "127.0.0.1:6379", "--crawl-name", "x", seed}, wantCode: 2, wantStderr: "--redis must be a redis://"},
		{name: "redis http URL", args: []string{"crawl", "--redis", "http://127.0.0.1:6379/", "--crawl-name", "x", seed}, wantCode: 2, wantStderr: "--redis must be a redis://"},
		{name: "crawl name with a brace", args: []string{"crawl", "--redis", "redis://127.0.0.1:1/0", "--crawl-name", "a{b}", seed}, wantCode: 2, wantStderr: "--crawl-name must not have braces"},
		{name: "redis unreachable", args: []string{"crawl", "--out", filepath.Join(dir, "redis.jsonl"), "--redis", "redis://127.0.0.1:1/0?max_retries=-1&dial_timeout=1s", "--crawl-name", "x", seed}, wantCode: 1, wantStderr: "crawl state"},
		{name: "allow-host with a URL", args: []string{"crawl", "--allow-host", "https://example.com/", seed}, wantCode: 2, wantStderr: "is not a host name"},
		{name: "bad seed", args: []string{"crawl", "example.com"}, wantCode: 1, wantStderr: `bad seed "example.com": not an http or https URL`},
		{name: "ftp seed", args: []string{"crawl", seed, "ftp://example.com/"}, wantCode: 1, wantStderr: "not an http or https URL"},
		{name: "unparsable seed", args: []string{"crawl", "http://[::1"}, wantCode: 1, wantStderr: "bad seed"},
		{name: "output not writable", args: []string{"crawl", "--out", filepath.Join(dir, "missing", "out.jsonl"), seed}, wantCode: 1, wantStderr: "opening output"},
		{name: "state dir unusable", args: []string{"crawl", "--out", filepath.Join(dir, "state.jsonl"), "--state", notDir, seed}, wantCode: 1, wantStderr: "crawl state"},
		{name: "warc folder unusable", args: []string{"crawl", "--out", filepath.Join(dir, "warc.jsonl"), "--warc", filepath.Join(notDir, "w"), seed}, wantCode: 1, wantStderr: "opening warc"},
		{name: "help crawl", args: []string{"help", "crawl"}, wantStdout: "Usage: scoop crawl [flags] SEED..."},
		{name: "crawl -h", args: []string{"crawl", "-h"}, wantStderr: "-allow-private"},
		{name: "main help lists crawl", args: []string{"help"}, wantStdout: "  crawl "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runScoop(t, "", tt.args...)
			assert.Equal(t, tt.wantCode, r.code, "err: %v", r.err)
			if tt.wantCode == 2 {
				var ue *usageError
				assert.ErrorAs(t, r.err, &ue)
				assert.Contains(t, r.stderr, "Usage: scoop crawl")
			}
			msg := r.stderr
			if r.err != nil {
				msg += r.err.Error()
			}
			if tt.wantStdout == "" {
				assert.Empty(t, r.stdout)
			} else {
				assert.Contains(t, r.stdout, tt.wantStdout)
			}
			assert.Contains(t, msg, tt.wantStderr)
		})
	}
}

func TestCrawlVerbose(t *testing.T) {
	t.Parallel()
	site := newCrawlSite(t, 8, 0)
	for _, flag := range []string{"-v", "--verbose"} {
		r := runScoop(t, "", crawlArgs(flag, "--no-html", site.seed())...)
		require.NoError(t, r.err)
		lm := site.Landmarks()
		assert.Contains(t, r.stderr, "scoop crawl: "+site.srv.URL+lm.Missing+": status 404: ", flag)
		for _, p := range lm.Private {
			assert.Contains(t, r.stderr, "scoop crawl: "+site.srv.URL+p+": scoop: disallowed by robots.txt", flag)
		}
	}
	r := runScoop(t, "", crawlArgs("--no-html", site.seed())...)
	require.NoError(t, r.err)
	assert.NotContains(t, r.stderr, "404")
}

// TestCrawlOutputLocked runs a crawl into a file another crawl is
// writing.
func TestCrawlOutputLocked(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no flock")
	}
	t.Parallel()
	out := filepath.Join(t.TempDir(), "out.jsonl")
	f, err := os.Create(out)
	require.NoError(t, err)
	defer f.Close()
	require.NoError(t, lockFile(f))
	r := runScoop(t, "", "crawl", "--out", out, "http://127.0.0.1:1/")
	assert.Equal(t, 1, r.code)
	assert.ErrorContains(t, r.err, "in use by another scoop process")
}

// TestCrawlWriteFailure fails the writes of the output: the crawl stops
// with status 1.
func TestCrawlWriteFailure(t *testing.T) {
	t.Parallel()
	site := newCrawlSite(t, 8, 0)
	var stderr bytes.Buffer
	err := run(context.Background(), crawlArgs(site.seed()), strings.NewReader(""), &failingWriter{}, &stderr)
	assert.Equal(t, 1, exitCode(err, io.Discard))
	assert.ErrorIs(t, err, errDiskFull)
	assert.ErrorContains(t, err, "scoop crawl: ")
	assert.Regexp(t, summaryRE, stderr.String())
}

// TestCrawlOptions checks that the flags reach the crawler.
func TestCrawlOptions(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		args  []string
		check func(t *testing.T, site *crawlSite, stats []string)
	}{
		{
			name: "max pages",
			args: []string{"--max-pages", "5"},
			check: func(t *testing.T, site *crawlSite, stats []string) {
				pages, err := strconv.Atoi(stats[1])
				require.NoError(t, err)
				assert.LessOrEqual(t, pages, 5)
				assert.Len(t, slices.DeleteFunc(site.requested(), func(p string) bool { return p == "/robots.txt" }), 5, "fetches")
			},
		},
		{
			name: "max depth 0: the seed only",
			args: []string{"--max-depth", "0", "--ignore-robots"}, // robots.txt names sitemaps, whose entries count as seeds
			check: func(t *testing.T, site *crawlSite, stats []string) {
				assert.Equal(t, []string{"1", "0"}, stats[1:3], "pages, articles")
				assert.Equal(t, []string{"/"}, site.requested())
			},
		},
		{
			name: "user agent",
			args: []string{"--user-agent", "testbot/1.0"},
			check: func(t *testing.T, site *crawlSite, _ []string) {
				for _, r := range site.Requests() {
					assert.Equal(t, "testbot/1.0", r.UserAgent, r.Path)
				}
			},
		},
		{
			name: "ignore robots",
			args: []string{"--ignore-robots"},
			check: func(t *testing.T, site *crawlSite, stats []string) {
				assert.Equal(t, "0", stats[5], "skipped")
				requested := site.requested()
				for _, p := range site.Landmarks().Private {
					assert.Contains(t, requested, p)
				}
				assert.NotContains(t, requested, "/robots.txt")
			},
		},
		{
			name: "allowed hosts without the seed's",
			args: []string{"--allow-host", "example.com"},
			check: func(t *testing.T, site *crawlSite, stats []string) {
				assert.Equal(t, []string{"1", "0"}, stats[1:3], "pages, articles")
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			site := newCrawlSite(t, 8, 0)
			r := runScoop(t, "", crawlArgs(append(tt.args, "--no-html", site.seed())...)...)
			require.NoError(t, r.err, "stderr: %s", r.stderr)
			m := summaryRE.FindStringSubmatch(r.stderr)
			require.NotNil(t, m, "stderr: %s", r.stderr)
			tt.check(t, site, m)
		})
	}
}

// TestCrawlRedis runs two crawl commands at once on one Redis crawl, each
// with its own output file, as two workers would: together the files
// hold every article exactly once.
func TestCrawlRedis(t *testing.T) {
	t.Parallel()
	srv := redistest.Start(t)
	site := newCrawlSite(t, 0, 0)
	dir := t.TempDir()
	name := srv.Name("cli")
	outs := []string{filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl")}
	results := make([]result, len(outs))
	var wg sync.WaitGroup
	for i, out := range outs {
		wg.Go(func() {
			results[i] = runScoop(t, "", crawlArgs("--redis", srv.URL, "--crawl-name", name, "--out", out, "--no-html", site.seed())...)
		})
	}
	wg.Wait()
	var lines []crawledLine
	for i, r := range results {
		require.NoError(t, r.err, "worker %d: %s", i, r.stderr)
		assert.Regexp(t, summaryRE, r.stderr)
		b, err := os.ReadFile(outs[i])
		require.NoError(t, err)
		lines = append(lines, readLines(t, string(b))...)
	}
	assert.Equal(t, site.articlePaths(), keyPaths(t, lines), "every article exactly once, across both files")
	checkSiteRequests(t, site)
}
