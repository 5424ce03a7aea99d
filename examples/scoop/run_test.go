package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsscoop/scoop"
)

const (
	pagePath     = "../../testdata/golden/seed-wordpress/page.html"
	pageHeadline = "Europe Rejoins Ukraine Peace Talks After Trump-Putin Summit"
)

// result is what one run of scoop did.
type result struct {
	stdout, stderr string
	err            error
	code           int // the exit status main would give
}

// runScoop calls run as main would, with stdin as standard input.
func runScoop(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), args, strings.NewReader(stdin), &stdout, &stderr)
	return result{stdout: stdout.String(), stderr: stderr.String(), err: err, code: exitCode(err, io.Discard)}
}

func readPage(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(pagePath)
	require.NoError(t, err)
	return string(b)
}

// decodeArticle decodes the JSON of one article, failing on unknown fields
// other than source.
func decodeArticle(t *testing.T, s string) scoop.Article {
	t.Helper()
	var a scoop.Article
	require.NoError(t, json.Unmarshal([]byte(s), &a), "output: %q", s)
	return a
}

// decodeObject decodes one JSON object.
func decodeObject(t *testing.T, s string) map[string]any {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal([]byte(s), &m), "output: %q", s)
	return m
}

func TestExtractOneInput(t *testing.T) {
	t.Parallel()
	page := readPage(t)
	const pageURL = "https://www.meridianpost.com/2025/08/18/europe-rejoins-ukraine-peace-talks-after-trump-putin-summit/"
	tests := []struct {
		name    string
		stdin   string
		args    []string
		wantURL string
	}{
		{name: "file", args: []string{"extract", pagePath}},
		{name: "file with --url", args: []string{"extract", "--url", pageURL, pagePath}, wantURL: pageURL},
		{name: "flags after the input", args: []string{"extract", pagePath, "-url", pageURL, "--format=json"}, wantURL: pageURL},
		{name: "input after --", args: []string{"extract", "--", pagePath}},
		{name: "stdin by default", stdin: page, args: []string{"extract"}},
		{name: "stdin as -", stdin: page, args: []string{"extract", "--url", pageURL, "-"}, wantURL: pageURL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runScoop(t, tt.stdin, tt.args...)
			require.NoError(t, r.err, "stderr: %s", r.stderr)
			assert.Empty(t, r.stderr)
			assert.True(t, strings.HasPrefix(r.stdout, "{\n  \""), "indented JSON: %.40q", r.stdout)
			a := decodeArticle(t, r.stdout)
			assert.Equal(t, pageHeadline, a.Headline)
			assert.Equal(t, tt.wantURL, a.URL)
			assert.NotContains(t, decodeObject(t, r.stdout), "source", "one json article has no source")
		})
	}
}

func TestExtractSeveralInputs(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.html")
	require.NoError(t, os.WriteFile(empty, nil, 0o600))
	missing := filepath.Join(dir, "missing.html")
	args := []string{pagePath, missing, empty}

	t.Run("jsonl", func(t *testing.T) {
		t.Parallel()
		r := runScoop(t, "", append([]string{"extract"}, args...)...)
		require.Error(t, r.err)
		assert.Equal(t, 1, r.code)
		assert.Contains(t, r.err.Error(), "2 of 3 inputs failed")

		lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
		require.Len(t, lines, 3, "stdout: %s", r.stdout)
		for i, l := range lines {
			assert.True(t, strings.HasPrefix(l, `{"source":`), "line %d starts with source: %.40q", i, l)
		}
		ok := decodeObject(t, lines[0])
		assert.Equal(t, pagePath, ok["source"])
		assert.Equal(t, pageHeadline, ok["headline"])
		assert.NotContains(t, ok, "error")

		for i, want := range []struct{ source, err string }{
			{missing, "no such file"},
			{empty, scoop.ErrEmpty.Error()},
		} {
			m := decodeObject(t, lines[i+1])
			assert.Len(t, m, 2, "line %d: %s", i+1, lines[i+1])
			assert.Equal(t, want.source, m["source"])
			assert.Contains(t, m["error"], want.err)
		}
		assert.Contains(t, r.stderr, missing)
		assert.Contains(t, r.stderr, empty)
	})

	t.Run("json array", func(t *testing.T) {
		t.Parallel()
		r := runScoop(t, "", append([]string{"extract", "--format", "json", "--no-html"}, args...)...)
		require.Error(t, r.err)
		var recs []map[string]any
		require.NoError(t, json.Unmarshal([]byte(r.stdout), &recs), "stdout: %s", r.stdout)
		require.Len(t, recs, 3)
		assert.Equal(t, pageHeadline, recs[0]["headline"])
		assert.NotContains(t, recs[0], "html")
		assert.Equal(t, missing, recs[1]["source"])
		assert.Contains(t, recs[2], "error")
	})

	t.Run("all succeed", func(t *testing.T) {
		t.Parallel()
		r := runScoop(t, readPage(t), "extract", pagePath, "-")
		require.NoError(t, r.err, "stderr: %s", r.stderr)
		lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
		require.Len(t, lines, 2)
		assert.Equal(t, "-", decodeObject(t, lines[1])["source"])
		assert.Equal(t, pageHeadline, decodeObject(t, lines[1])["headline"])
	})
}

func TestExtractOneInputFails(t *testing.T) {
	t.Parallel()
	// An error page: the library returns ErrNoArticle with a partial
	// article, which the CLI prints (JSON only) while failing.
	const errorPage = `<!doctype html><html><head><title>Page not found</title></head>
<body><h1>Page not found</h1><p>Sorry, we could not find that page.</p></body></html>`
	_, libErr := scoop.Extract(strings.NewReader(errorPage), "https://example.com/nope")
	require.ErrorIs(t, libErr, scoop.ErrNoArticle, "precondition: the library sees no article")

	tests := []struct {
		name    string
		stdin   string
		args    []string
		wantErr error
		wantMsg string
		partial bool // stdout holds the page's partial article
	}{
		{name: "no article", stdin: errorPage, args: []string{"extract", "--url", "https://example.com/nope"}, wantErr: scoop.ErrNoArticle, wantMsg: "no article", partial: true},
		{name: "no article, text format", stdin: errorPage, args: []string{"extract", "--format", "text", "-"}, wantErr: scoop.ErrNoArticle, wantMsg: "no article"},
		{name: "no article, jsonl", stdin: errorPage, args: []string{"extract", "--format", "jsonl", "--url", "https://example.com/nope"}, wantErr: scoop.ErrNoArticle, wantMsg: "no article", partial: true},
		{name: "empty stdin", args: []string{"extract"}, wantErr: scoop.ErrEmpty},
		{name: "not html", stdin: "just some words, no markup", args: []string{"extract", "-"}, wantErr: scoop.ErrNotHTML},
		{name: "content type not html", stdin: errorPage, args: []string{"extract", "--content-type", "image/png"}, wantErr: scoop.ErrNotHTML},
		{name: "missing file", args: []string{"extract", "no-such-file.html"}, wantErr: os.ErrNotExist, wantMsg: "no-such-file.html"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runScoop(t, tt.stdin, tt.args...)
			require.ErrorIs(t, r.err, tt.wantErr)
			assert.Equal(t, 1, r.code)
			if tt.partial {
				a := decodeObject(t, r.stdout)
				assert.Equal(t, "Page not found", a["headline"])
				assert.Equal(t, "https://example.com/nope", a["url"])
				assert.Contains(t, a["error"], "no article", "a partial article says why it failed")
				if !slices.Contains(tt.args, "jsonl") {
					assert.True(t, strings.HasPrefix(r.stdout, "{\n  \"error\": "), "indented, error first: %.40q", r.stdout)
				} else {
					assert.True(t, strings.HasPrefix(r.stdout, `{"source":"-","error":`), "a record: %.40q", r.stdout)
				}
			} else {
				assert.Empty(t, r.stdout)
			}
			assert.Contains(t, r.err.Error(), "scoop extract: ")
			assert.Contains(t, r.err.Error(), tt.wantMsg)
		})
	}
}

func TestExtractFormats(t *testing.T) {
	t.Parallel()
	f, err := os.Open(pagePath)
	require.NoError(t, err)
	lib, err := scoop.Extract(f, "")
	f.Close()
	require.NoError(t, err)

	t.Run("text", func(t *testing.T) {
		t.Parallel()
		r := runScoop(t, "", "extract", "--format", "text", pagePath)
		require.NoError(t, r.err, "stderr: %s", r.stderr)
		assert.True(t, strings.HasPrefix(r.stdout, pageHeadline+"\n\n"), "starts with the headline: %.80q", r.stdout)
		if lib.Standfirst != "" {
			assert.Contains(t, r.stdout, "\n\n"+lib.Standfirst+"\n\n")
		}
		assert.NotContains(t, r.stdout, "<p>")
		assert.True(t, strings.HasSuffix(r.stdout, "\n") && !strings.HasSuffix(r.stdout, "\n\n"))
	})
	t.Run("markdown", func(t *testing.T) {
		t.Parallel()
		r := runScoop(t, "", "extract", "--format", "markdown", pagePath)
		require.NoError(t, r.err, "stderr: %s", r.stderr)
		assert.True(t, strings.HasPrefix(r.stdout, "# "+pageHeadline+"\n\n"), "starts with the headline: %.80q", r.stdout)
		for _, s := range lib.Sections {
			if s.Heading != "" {
				assert.Contains(t, r.stdout, "\n## "+escapeInline(s.Heading)+"\n")
			}
		}
		if len(lib.Related) > 0 {
			assert.Contains(t, r.stdout, "\n## Related\n\n- [")
		}
	})
	t.Run("text with several inputs", func(t *testing.T) {
		t.Parallel()
		r := runScoop(t, readPage(t), "extract", "--format", "text", pagePath, "-")
		require.NoError(t, r.err, "stderr: %s", r.stderr)
		assert.True(t, strings.HasPrefix(r.stdout, "==> "+pagePath+" <==\n\n"+pageHeadline+"\n"))
		assert.Contains(t, r.stdout, "\n\n==> - <==\n\n"+pageHeadline+"\n")
	})
	t.Run("jsonl with one input", func(t *testing.T) {
		t.Parallel()
		r := runScoop(t, "", "extract", "--format", "jsonl", pagePath)
		require.NoError(t, r.err, "stderr: %s", r.stderr)
		require.Equal(t, 1, strings.Count(r.stdout, "\n"))
		assert.Equal(t, pagePath, decodeObject(t, r.stdout)["source"])
	})
}

func TestExtractNoHTML(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		args     []string
		wantHTML bool
	}{
		{name: "json", args: []string{"extract", pagePath}, wantHTML: true},
		{name: "json --no-html", args: []string{"extract", "--no-html", pagePath}},
		{name: "jsonl", args: []string{"extract", "--format", "jsonl", pagePath}, wantHTML: true},
		{name: "jsonl --no-html", args: []string{"extract", "--format", "jsonl", pagePath, "--no-html"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runScoop(t, "", tt.args...)
			require.NoError(t, r.err, "stderr: %s", r.stderr)
			m := decodeObject(t, r.stdout)
			assert.Equal(t, pageHeadline, m["headline"])
			if tt.wantHTML {
				assert.NotEmpty(t, m["html"])
			} else {
				assert.NotContains(t, m, "html")
				assert.NotEmpty(t, m["text"])
			}
		})
	}
}

func TestUsage(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStdout string // substring of stdout ("" for empty stdout)
		wantStderr string // substring of stderr
	}{
		{name: "no command", args: nil, wantCode: 2, wantStderr: "Usage: scoop <command>"},
		{name: "unknown command", args: []string{"bogus"}, wantCode: 2, wantStderr: `unknown command "bogus"`},
		{name: "flag before command", args: []string{"--format", "json"}, wantCode: 2, wantStderr: "Usage: scoop"},
		{name: "unknown flag", args: []string{"extract", "--bogus", pagePath}, wantCode: 2, wantStderr: "flag provided but not defined: -bogus"},
		{name: "unknown flag after input", args: []string{"extract", pagePath, "--bogus"}, wantCode: 2, wantStderr: "Usage: scoop extract"},
		{name: "flag without value", args: []string{"extract", "--format"}, wantCode: 2, wantStderr: "flag needs an argument"},
		{name: "bad format", args: []string{"extract", "--format", "xml", pagePath}, wantCode: 2, wantStderr: `unknown --format "xml"`},
		{name: "bad timeout", args: []string{"extract", "--timeout", "0s", pagePath}, wantCode: 2, wantStderr: "--timeout must be positive"},
		{name: "bad duration", args: []string{"extract", "--timeout", "soon", pagePath}, wantCode: 2, wantStderr: "invalid value"},
		{name: "relative --url", args: []string{"extract", "--url", "/a/b", pagePath}, wantCode: 2, wantStderr: "not an absolute URL"},
		{name: "--url with two files", args: []string{"extract", "--url", "https://example.com/a", pagePath, pagePath}, wantCode: 2, wantStderr: "exactly one file or stdin input"},
		{name: "--url with a URL input", args: []string{"extract", "--url", "https://example.com/a", "https://example.com/b"}, wantCode: 2, wantStderr: "exactly one file or stdin input"},
		{name: "stdin twice", args: []string{"extract", "-", "-"}, wantCode: 2, wantStderr: "more than once"},
		{name: "help", args: []string{"help"}, wantStdout: "Usage: scoop <command>"},
		{name: "-h", args: []string{"-h"}, wantStdout: "extract"},
		{name: "--help", args: []string{"--help"}, wantStdout: "Usage: scoop"},
		{name: "help extract", args: []string{"help", "extract"}, wantStdout: "-format"},
		{name: "help unknown", args: []string{"help", "bogus"}, wantCode: 2, wantStderr: `unknown command "bogus"`},
		{name: "extract -h", args: []string{"extract", "-h"}, wantStderr: "Usage: scoop extract"},
		{name: "extract --help after input", args: []string{"extract", pagePath, "--help"}, wantStderr: "-no-html"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runScoop(t, "", tt.args...)
			assert.Equal(t, tt.wantCode, r.code, "err: %v", r.err)
			if tt.wantCode == 2 {
				var ue *usageError
				assert.ErrorAs(t, r.err, &ue)
			}
			if tt.wantStdout == "" {
				assert.Empty(t, r.stdout)
			} else {
				assert.Contains(t, r.stdout, tt.wantStdout)
			}
			assert.Contains(t, r.stderr, tt.wantStderr)
		})
	}
}

func TestExitCode(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		err     error
		want    int
		wantMsg string
	}{
		{name: "success", err: nil, want: 0},
		{name: "usage error, already reported", err: &usageError{err: errors.New("scoop: no command given")}, want: 2},
		{name: "failure", err: errors.New("scoop extract: x.html: scoop: empty input"), want: 1, wantMsg: "scoop extract: x.html: scoop: empty input\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var w bytes.Buffer
			assert.Equal(t, tt.want, exitCode(tt.err, &w))
			assert.Equal(t, tt.wantMsg, w.String())
		})
	}
}

func TestParseFlags(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		args       []string
		wantPos    []string
		wantFormat string
	}{
		{name: "none", args: nil, wantPos: nil},
		{name: "flags first", args: []string{"--format", "text", "a", "b"}, wantPos: []string{"a", "b"}, wantFormat: "text"},
		{name: "flags between and after", args: []string{"a", "-format=text", "b", "--no-html"}, wantPos: []string{"a", "b"}, wantFormat: "text"},
		{name: "stdin dash", args: []string{"-", "--format", "text"}, wantPos: []string{"-"}, wantFormat: "text"},
		{name: "after -- all positional", args: []string{"a", "--", "--format", "text"}, wantPos: []string{"a", "--format", "text"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			fs, cfg := extractFlags(io.Discard)
			pos, err := parseFlags(fs, tt.args)
			require.NoError(t, err)
			assert.Equal(t, tt.wantPos, pos)
			assert.Equal(t, tt.wantFormat, cfg.format)
		})
	}
}

// TestExtractSeveralInputsPartial gives the failure record of a page with
// no article the fields of the partial article the library found.
func TestExtractSeveralInputsPartial(t *testing.T) {
	t.Parallel()
	nope := filepath.Join(t.TempDir(), "nope.html")
	require.NoError(t, os.WriteFile(nope, []byte(`<!doctype html><html><head><title>Page not found</title></head>
<body><h1>Page not found</h1><p>Sorry, we could not find that page.</p></body></html>`), 0o600))
	r := runScoop(t, "", "extract", "--no-html", pagePath, nope)
	require.Error(t, r.err)
	assert.Contains(t, r.err.Error(), "1 of 2 inputs failed")
	assert.Equal(t, 1, r.code)
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	require.Len(t, lines, 2, "stdout: %s", r.stdout)
	assert.NotContains(t, decodeObject(t, lines[0]), "error")
	m := decodeObject(t, lines[1])
	assert.Equal(t, nope, m["source"])
	assert.Contains(t, m["error"], "no article")
	assert.Equal(t, "Page not found", m["headline"], "the partial article's fields follow the error")
	assert.NotContains(t, m, "html", "--no-html holds for the partial article")
}

// TestVersion prints the versions that decide scoop's output.
func TestVersion(t *testing.T) {
	r := runScoop(t, "", "version")
	require.NoError(t, r.err)
	assert.Contains(t, r.stdout, "codeberg.org/readeck/go-readability/v2 v2.")
	assert.Contains(t, r.stdout, runtime.Version())
	r = runScoop(t, "", "version", "extra")
	assert.Equal(t, 2, r.code)
}
