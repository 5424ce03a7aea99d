package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	"github.com/newsscoop/scoop"
)

// warcConfig is the parsed command line of warc.
type warcConfig struct {
	out            string
	workers        int
	keepDuplicates bool
	noHTML         bool
	verbose        bool
	userAgent      string
	timeout        time.Duration
	index          string
	archiveBase    string
	inputs         []string
}

func warcUsage(w io.Writer) {
	fs, _ := warcFlags(w)
	io.WriteString(w, `Usage: scoop warc [flags] INPUT...
       scoop warc [flags] --index CDX [--archive-base URL|DIR]

Extract the articles archived in WARC files, offline: each INPUT is a
.warc or .warc.gz file (Common Crawl's CC-NEWS and CC-MAIN files, the
archives of scoop crawl --warc, wget's), an http(s) URL of one (read as
it downloads), or "-" for standard input. Each article is written as one
JSON line, in the files' order: "source" (the input), the article's
fields, and warc_record_id, fetched_at (the WARC-Date), status, key and
warc_truncated (when the archive holds only the start of the page).
Records that hold no article (redirects, error answers, images, section
fronts) are counted and skipped.

An article whose key (its canonical URL) was already written is a
duplicate and is skipped, unless --keep-duplicates. With --out the lines
are appended to a file; an existing file is read first and the articles
it holds are not written again, so running the same command again after
a stop writes only what is missing.

With --index, the records are read one by one where a CDX index says
they are (Common Crawl's index server output=json lines, or the CDXJ
lines of its cdx-*.gz files, gzip or not, "-" for stdin): each line's
filename, offset and length, the filename joined to --archive-base (a URL
read with Range requests, retried on 429 and 5xx, or a local directory).
Lines whose status is not 2xx are skipped unread. Each JSON line then
also has warc_offset, and source is the archive file.

Flags (one or two dashes; they may follow the inputs):
`)
	fs.PrintDefaults()
}

// warcFlags defines the flags of warc on a new FlagSet writing to w.
func warcFlags(w io.Writer) (*flag.FlagSet, *warcConfig) {
	cfg := &warcConfig{}
	fs := flag.NewFlagSet("warc", flag.ContinueOnError)
	fs.SetOutput(w)
	fs.StringVar(&cfg.out, "out", "", "append the JSON lines to `file` (default stdout); articles already in it are not written again")
	fs.IntVar(&cfg.workers, "workers", runtime.GOMAXPROCS(0), "pages extracted at once")
	fs.BoolVar(&cfg.keepDuplicates, "keep-duplicates", false, "write every article, even one whose key was already written")
	fs.BoolVar(&cfg.noHTML, "no-html", false, "omit the html field")
	fs.BoolVar(&cfg.verbose, "verbose", false, "print each record that gave no article on stderr")
	fs.BoolVar(&cfg.verbose, "v", false, "short for --verbose")
	fs.StringVar(&cfg.userAgent, "user-agent", scoop.DefaultUserAgent, "User-Agent header for downloading URL inputs")
	fs.DurationVar(&cfg.timeout, "timeout", 30*time.Second, "time limit for a URL input's server to answer (the download itself is not limited)")
	fs.StringVar(&cfg.index, "index", "", "read the records listed in the CDX index `file` (\"-\" for stdin) instead of whole inputs")
	fs.StringVar(&cfg.archiveBase, "archive-base", defaultArchiveBase, "URL or directory the index's filenames are relative to")
	return fs, cfg
}

// parseWARC parses and checks the command line of warc.
func parseWARC(e *env, args []string) (*warcConfig, error) {
	fs, cfg := warcFlags(e.stderr)
	fs.Usage = func() { warcUsage(fs.Output()) }
	inputs, err := parseFlags(fs, args)
	if err != nil {
		return nil, err
	}
	bad := func(format string, args ...any) error {
		return usagef(e.stderr, warcUsage, "scoop warc: "+format, args...)
	}
	switch {
	case cfg.index != "" && len(inputs) > 0:
		return nil, bad("--index reads the records it lists: give no INPUT with it")
	case cfg.index == "" && len(inputs) == 0:
		return nil, bad("no input given (a WARC file, a URL, or - for stdin)")
	case cfg.workers <= 0:
		return nil, bad("--workers must be positive, not %d", cfg.workers)
	case cfg.timeout <= 0:
		return nil, bad("--timeout must be positive, not %s", cfg.timeout)
	case strings.TrimSpace(cfg.userAgent) == "":
		return nil, bad("--user-agent must not be empty")
	}
	if _, err := checkInputs(inputs); err != nil {
		return nil, bad("%v", err)
	}
	cfg.inputs = inputs
	return cfg, nil
}

// warcCounts are the counts of a warc run, for its progress line and
// summary.
type warcCounts struct {
	records, articles, duplicates, noArticle, skipped, bad atomic.Int64
}

// warcLine is one line of output: the input and the article; with
// --index, the record's offset in the input.
type warcLine struct {
	Source string `json:"source"`
	Offset *int64 `json:"warc_offset,omitempty"`
	*scoop.ArchivedArticle
}

// runWARC is the warc command.
func runWARC(ctx context.Context, e *env, args []string) error {
	cfg, err := parseWARC(e, args)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return err
	}
	status := newStatusLine(e.stderr, isTerminal(e.stderr))
	out, err := openCrawlOutput(e, cfg.out, "warc", status)
	if err != nil {
		return fmt.Errorf("scoop warc: %w", err)
	}
	defer out.close()
	written := make(map[string]bool, len(out.keys))
	for _, k := range out.keys {
		written[k] = true
	}
	out.keys = nil

	ex := scoop.New(scoop.WithMaxBytes(maxPageBytes))
	var counts warcCounts
	start := time.Now()
	stopProgress := startTicker(status, progressInterval, func() string { return warcProgress(&counts, time.Since(start)) })
	// write handles one pair of ExtractWARC read from source.
	write := func(source string, offset *int64, a *scoop.ArchivedArticle, err error) error {
		counts.records.Add(1)
		if err != nil {
			countArchiveError(&counts, err)
			if cfg.verbose {
				status.println("scoop warc: " + source + ": " + strings.TrimPrefix(err.Error(), "scoop: "))
			}
			return nil
		}
		if !cfg.keepDuplicates {
			if written[a.Key] {
				counts.duplicates.Add(1)
				return nil
			}
			written[a.Key] = true
		}
		if cfg.noHTML {
			a.HTML = ""
		}
		if err := out.writeJSON(warcLine{Source: source, Offset: offset, ArchivedArticle: a}); err != nil {
			return &writeError{err}
		}
		counts.articles.Add(1)
		return nil
	}
	failed, what := 0, fmt.Sprintf("%d inputs could not be read to their end", len(cfg.inputs))
	if cfg.index != "" {
		var entries int
		err := readIndex(ctx, e, ex, cfg, func(res indexResult) error {
			entries++
			if res.err != nil {
				if ctx.Err() == nil {
					failed++
					status.println("scoop warc: " + strings.TrimPrefix(res.err.Error(), "scoop: "))
				}
				return nil
			}
			if res.entry.skipped() {
				counts.skipped.Add(1)
				return nil
			}
			for _, p := range res.pairs {
				if err := write(res.loc, &res.entry.Offset.n, p.a, p.err); err != nil {
					return err
				}
			}
			return nil
		})
		var we *writeError
		switch {
		case errors.As(err, &we):
			stopProgress()
			return fmt.Errorf("scoop warc: %w", we.err)
		case err != nil && ctx.Err() == nil:
			stopProgress()
			return fmt.Errorf("scoop warc: %w", err) // its errors name the index
		}
		what = fmt.Sprintf("%d index lines could not be read", entries)
	}
	for _, in := range cfg.inputs {
		if ctx.Err() != nil {
			break
		}
		err := extractArchive(ctx, e, ex, cfg, in, func(a *scoop.ArchivedArticle, err error) error {
			return write(in, nil, a, err)
		})
		if err != nil {
			var we *writeError
			if errors.As(err, &we) {
				stopProgress()
				return fmt.Errorf("scoop warc: %w", we.err)
			}
			if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
				break
			}
			failed++
			status.println(fmt.Sprintf("scoop warc: %s: %v", in, err))
		}
	}
	stopProgress()
	closeErr := out.close()
	status.println(warcSummary(&counts, time.Since(start), ctx.Err() != nil, cfg.out != ""))
	switch {
	case closeErr != nil:
		return fmt.Errorf("scoop warc: %w", closeErr)
	case failed > 0:
		return fmt.Errorf("scoop warc: %d of %s", failed, what)
	}
	return nil
}

// writeError is a failed write of the output, which stops the run.
type writeError struct{ err error }

func (e *writeError) Error() string { return e.err.Error() }

// extractArchive opens one input and hands each pair of
// Extractor.ExtractWARC to handle. It returns the error that ended the
// input early (an unreadable archive, a failed download, ctx's error), or
// handle's error.
func extractArchive(ctx context.Context, e *env, ex *scoop.Extractor, cfg *warcConfig, in string, handle func(*scoop.ArchivedArticle, error) error) error {
	r, err := openArchive(ctx, e, cfg, in)
	if err != nil {
		return err
	}
	defer r.Close()
	for a, err := range ex.ExtractWARC(ctx, r, cfg.workers) {
		var ae *scoop.ArchiveError
		if err != nil && !errors.As(err, &ae) {
			return err
		}
		if err := handle(a, err); err != nil {
			return err
		}
	}
	return nil
}

// openArchive opens a WARC input: stdin, a file, or the body of a GET of
// a URL.
func openArchive(ctx context.Context, e *env, cfg *warcConfig, in string) (io.ReadCloser, error) {
	switch {
	case in == "-":
		return io.NopCloser(e.stdin), nil
	case isURL(in):
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, in, nil)
		if err != nil {
			return nil, err
		}
		req.Header.Set("User-Agent", cfg.userAgent)
		client := &http.Client{Transport: &http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			ResponseHeaderTimeout: cfg.timeout,
			TLSHandshakeTimeout:   cfg.timeout,
		}}
		resp, err := client.Do(req)
		if err != nil {
			return nil, err
		}
		if resp.StatusCode != http.StatusOK {
			resp.Body.Close()
			return nil, &statusError{URL: resp.Request.URL.String(), Status: resp.Status, Code: resp.StatusCode}
		}
		return resp.Body, nil
	default:
		return os.Open(in)
	}
}

// countArchiveError counts a record that gave no article.
func countArchiveError(c *warcCounts, err error) {
	switch {
	case errors.Is(err, scoop.ErrNoArticle):
		c.noArticle.Add(1)
	case errors.Is(err, scoop.ErrStatus), errors.Is(err, scoop.ErrNotHTML), errors.Is(err, scoop.ErrEmpty):
		c.skipped.Add(1)
	default: // unreadable records, digest mismatches, pages over the size limit
		c.bad.Add(1)
	}
}

// warcProgress is the progress line of warc.
func warcProgress(c *warcCounts, elapsed time.Duration) string {
	rate := 0.0
	if s := elapsed.Seconds(); s > 0 {
		rate = float64(c.records.Load()) / s
	}
	return fmt.Sprintf("scoop warc: %d records, %d articles, %d duplicates in %s, %.1f records/s",
		c.records.Load(), c.articles.Load(), c.duplicates.Load(), elapsed.Truncate(time.Second), rate)
}

// warcSummary is the line printed when warc ends.
func warcSummary(c *warcCounts, elapsed time.Duration, interrupted, resumable bool) string {
	line := fmt.Sprintf("scoop warc: %d response records: %d articles written, %d duplicates, %d without an article, %d not pages (redirects, errors, other types), %d unreadable or too large, in %.1fs",
		c.records.Load(), c.articles.Load(), c.duplicates.Load(), c.noArticle.Load(), c.skipped.Load(), c.bad.Load(), elapsed.Seconds())
	if interrupted {
		line += "; interrupted"
		if resumable {
			line += " (run the same command again to write what is missing)"
		}
	}
	return line
}
