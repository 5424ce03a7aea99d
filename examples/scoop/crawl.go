package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"strings"
	"sync/atomic"
	"time"
	"unicode"

	"github.com/newsscoop/scoop"
)

// Defaults of crawl that are not the library's.
const (
	crawlDefaultParallel = 4
	crawlDefaultWARCMax  = 1 << 30
)

// crawlConfig is the parsed command line of crawl.
type crawlConfig struct {
	out          string
	state        string
	redis        string
	crawlName    string
	warc         string
	warcMaxBytes int64
	maxPages     int64
	maxDepth     int
	delay        time.Duration
	parallel     int
	perHost      int
	userAgent    string
	allowHosts   []string
	allowPrivate bool
	ignoreRobots bool
	timeout      time.Duration
	noHTML       bool
	verbose      bool
	seeds        []string
}

func crawlUsage(w io.Writer) {
	fs, _ := crawlFlags(w)
	io.WriteString(w, `Usage: scoop crawl [flags] SEED...

Crawl news sites from the SEED URLs (home or section pages, sitemaps,
feeds) and write each article found as one JSON line: the article's
fields plus fetched_at, status, final_url, seed, depth and key. Links are
followed on the seeds' hosts (or the --allow-host ones), robots.txt is
obeyed, and each host gets one request at a time, --delay apart.

With --out the lines are appended to a file; an existing file is read
first, and the articles it holds (by key) are never written again, so
running the same command again resumes a crawl that was stopped or
killed (use --state to keep the frontier too). A last line cut by a
crash is repaired first.

With --redis and --crawl-name the crawl state lives in a Redis server,
and several workers (on one machine or many) that run the same command
with the same --crawl-name share one crawl: each article is written once,
by one of them, and each worker ends when the whole crawl is finished.
Give each worker its own --out file. Ctrl-C stops cleanly: the output is complete,
a summary is printed and the exit status is 0.

Flags (one or two dashes; they may follow the seeds):
`)
	fs.PrintDefaults()
}

// crawlFlags defines the flags of crawl on a new FlagSet writing to w.
func crawlFlags(w io.Writer) (*flag.FlagSet, *crawlConfig) {
	cfg := &crawlConfig{}
	fs := flag.NewFlagSet("crawl", flag.ContinueOnError)
	fs.SetOutput(w)
	fs.StringVar(&cfg.out, "out", "", "append the JSON lines to `file` (default stdout); articles already in it are not written again")
	fs.StringVar(&cfg.state, "state", "", "keep the crawl state (frontier, visited URLs, dedup) in `dir`, so that a stopped crawl resumes")
	fs.StringVar(&cfg.redis, "redis", "", "keep the crawl state in the Redis server at `URL` (redis://host:6379/0, rediss://…, unix:///path), shared with the other workers of --crawl-name")
	fs.StringVar(&cfg.crawlName, "crawl-name", "", "the `name` of the crawl in Redis: workers with the same name share the crawl")
	fs.StringVar(&cfg.warc, "warc", "", "archive every exchange as WARC files named after `path` (its folder, its name as the prefix)")
	fs.Int64Var(&cfg.warcMaxBytes, "warc-max-bytes", crawlDefaultWARCMax, "start a new WARC file when one passes `n` bytes")
	fs.Int64Var(&cfg.maxPages, "max-pages", 0, "stop after `n` fetches (0: no limit)")
	fs.IntVar(&cfg.maxDepth, "max-depth", 5, "follow links up to `n` steps from a seed")
	fs.DurationVar(&cfg.delay, "delay", 500*time.Millisecond, "least time between two requests to one host (a longer robots.txt Crawl-delay wins)")
	fs.IntVar(&cfg.parallel, "parallel", crawlDefaultParallel, "fetches at once, across hosts")
	fs.IntVar(&cfg.perHost, "per-host", 1, "fetches at once to one host")
	fs.StringVar(&cfg.userAgent, "user-agent", scoop.DefaultUserAgent, "User-Agent header, and the name robots.txt rules are matched against")
	fs.Func("allow-host", "follow links to `host` and its subdomains (repeatable; default: the seeds' hosts)", func(s string) error {
		h := strings.TrimSpace(s)
		if h == "" || strings.ContainsAny(h, "/:@ ") {
			return fmt.Errorf("%q is not a host name", s)
		}
		cfg.allowHosts = append(cfg.allowHosts, h)
		return nil
	})
	fs.BoolVar(&cfg.allowPrivate, "allow-private", false, "allow loopback, private and link-local addresses (local test sites, intranets)")
	fs.BoolVar(&cfg.ignoreRobots, "ignore-robots", false, "ignore robots.txt")
	fs.DurationVar(&cfg.timeout, "timeout", 30*time.Second, "time limit of one request")
	fs.BoolVar(&cfg.noHTML, "no-html", false, "omit the html field")
	fs.BoolVar(&cfg.verbose, "verbose", false, "print each failed page on stderr")
	fs.BoolVar(&cfg.verbose, "v", false, "short for --verbose")
	return fs, cfg
}

// parseCrawl parses and checks the command line of crawl. Seeds are
// checked by checkSeeds: a bad seed is a failed run, not a usage error.
func parseCrawl(e *env, args []string) (*crawlConfig, error) {
	fs, cfg := crawlFlags(e.stderr)
	fs.Usage = func() { crawlUsage(fs.Output()) }
	seeds, err := parseFlags(fs, args)
	if err != nil {
		return nil, err
	}
	bad := func(format string, args ...any) error {
		return usagef(e.stderr, crawlUsage, "scoop crawl: "+format, args...)
	}
	if len(seeds) == 0 {
		return nil, bad("no SEED given")
	}
	cfg.seeds = seeds
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	switch {
	case cfg.maxPages < 0:
		return nil, bad("--max-pages must not be negative, not %d", cfg.maxPages)
	case cfg.maxDepth < 0:
		return nil, bad("--max-depth must not be negative, not %d", cfg.maxDepth)
	case cfg.delay < 0:
		return nil, bad("--delay must not be negative, not %s", cfg.delay)
	case cfg.parallel < 1:
		return nil, bad("--parallel must be at least 1, not %d", cfg.parallel)
	case cfg.perHost < 1:
		return nil, bad("--per-host must be at least 1, not %d", cfg.perHost)
	case cfg.timeout <= 0:
		return nil, bad("--timeout must be positive, not %s", cfg.timeout)
	case strings.TrimSpace(cfg.userAgent) == "":
		return nil, bad("--user-agent must not be empty")
	case cfg.warcMaxBytes <= 0:
		return nil, bad("--warc-max-bytes must be positive, not %d", cfg.warcMaxBytes)
	case set["warc-max-bytes"] && cfg.warc == "":
		return nil, bad("--warc-max-bytes needs --warc")
	case cfg.redis != "" && cfg.state != "":
		return nil, bad("--redis and --state cannot be combined")
	case cfg.redis != "" && cfg.crawlName == "":
		return nil, bad("--redis needs --crawl-name")
	case cfg.redis == "" && set["crawl-name"]:
		return nil, bad("--crawl-name needs --redis")
	case cfg.redis != "" && !isRedisURL(cfg.redis):
		return nil, bad("--redis must be a redis://, rediss:// or unix:// URL, not %q", cfg.redis)
	case strings.ContainsAny(cfg.crawlName, "{}") || strings.IndexFunc(cfg.crawlName, unicode.IsControl) >= 0:
		return nil, bad("--crawl-name must not have braces or control characters: %q", cfg.crawlName)
	}
	return cfg, nil
}

// isRedisURL reports whether s looks like a URL go-redis accepts.
func isRedisURL(s string) bool {
	u, err := url.Parse(s)
	if err != nil {
		return false
	}
	switch u.Scheme {
	case "redis", "rediss":
		return u.Host != ""
	case "unix":
		return u.Path != ""
	}
	return false
}

// checkSeeds reports the first seed that is not an absolute http or https
// URL.
func checkSeeds(seeds []string) error {
	for _, s := range seeds {
		u, err := url.Parse(strings.TrimSpace(s))
		if err != nil {
			return fmt.Errorf("bad seed %q: %w", s, err)
		}
		if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("bad seed %q: not an http or https URL", s)
		}
	}
	return nil
}

// crawlCounts is what the command sees of a running crawl through its
// handlers.
type crawlCounts struct {
	articles, errors, skipped atomic.Int64
	live                      atomic.Pointer[scoop.CrawlStats] // the library's counts, via WithProgress
}

// runCrawl is the crawl command.
func runCrawl(ctx context.Context, e *env, args []string) error {
	cfg, err := parseCrawl(e, args)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return err
	}
	if err := checkSeeds(cfg.seeds); err != nil {
		return fmt.Errorf("scoop crawl: %w", err)
	}
	status := newStatusLine(e.stderr, isTerminal(e.stderr))
	out, err := openCrawlOutput(e, cfg.out, "crawl", status)
	if err != nil {
		return fmt.Errorf("scoop crawl: %w", err)
	}
	defer out.close()

	// A failed write also cancels crawlCtx, so the crawl stops at once
	// whatever the library does with the handler's error.
	crawlCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	var counts crawlCounts
	opts := []scoop.CrawlOption{
		scoop.WithHandler(func(a *scoop.CrawledArticle) error {
			if err := out.write(a, cfg.noHTML); err != nil {
				cancel()
				return err
			}
			counts.articles.Add(1)
			return nil
		}),
		scoop.WithErrorHandler(func(ce *scoop.CrawlError) {
			if errors.Is(ce, scoop.ErrRobots) {
				counts.skipped.Add(1)
			} else {
				counts.errors.Add(1)
			}
			if cfg.verbose {
				status.println("scoop crawl: " + strings.TrimPrefix(ce.Error(), "scoop: crawl "))
			}
		}),
		scoop.WithEmitted(out.keys...),
		scoop.WithMaxPages(cfg.maxPages),
		scoop.WithMaxDepth(cfg.maxDepth),
		scoop.WithDelay(cfg.delay),
		scoop.WithParallelism(cfg.parallel, cfg.perHost),
		scoop.WithUserAgent(cfg.userAgent),
		scoop.WithAllowPrivate(cfg.allowPrivate),
		scoop.WithIgnoreRobots(cfg.ignoreRobots),
		scoop.WithTimeout(cfg.timeout),
	}
	out.keys = nil // the crawler has its own copy
	if len(cfg.allowHosts) > 0 {
		opts = append(opts, scoop.WithAllowedHosts(cfg.allowHosts...))
	}
	if cfg.state != "" {
		opts = append(opts, scoop.WithStateDir(cfg.state))
	}
	if cfg.redis != "" {
		opts = append(opts, scoop.WithRedis(cfg.redis, cfg.crawlName))
	}
	if status.tty {
		opts = append(opts, scoop.WithProgress(progressInterval, func(st scoop.CrawlStats) { counts.live.Store(&st) }))
	}
	if cfg.warc != "" {
		opts = append(opts, scoop.WithWARC(cfg.warc, cfg.warcMaxBytes))
	}
	c, err := scoop.NewCrawler(opts...)
	if err != nil {
		return fmt.Errorf("scoop crawl: %w", err)
	}

	stopProgress := startProgress(status, &counts, progressInterval)
	stats, runErr := c.Run(crawlCtx, cfg.seeds...)
	stopProgress()
	closeErr := out.close()

	interrupted := ctx.Err() != nil && (runErr == nil || errors.Is(runErr, ctx.Err()))
	if runErr == nil || stats != (scoop.CrawlStats{}) { // zero: Run failed before crawling
		status.println(summary(stats, interrupted, cfg.state != "" || cfg.redis != ""))
	}
	switch {
	case runErr != nil && !interrupted:
		return fmt.Errorf("scoop crawl: %w", runErr)
	case closeErr != nil:
		return fmt.Errorf("scoop crawl: %w", closeErr)
	}
	return nil
}

// summary is the line printed when a crawl ends.
func summary(s scoop.CrawlStats, interrupted, resumable bool) string {
	secs := s.Elapsed.Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(s.Fetched) / secs
	}
	line := fmt.Sprintf("scoop crawl: %d pages, %d articles, %d errors, %d duplicates, %d skipped in %.1fs (%.1f pages/s)",
		s.Fetched, s.Articles, s.Errors, s.Duplicates, s.Skipped, secs, rate)
	if interrupted {
		line += fmt.Sprintf("; interrupted with %d URLs queued", s.Queued)
		if resumable {
			line += " (run the same command again to resume)"
		}
	}
	return line
}
