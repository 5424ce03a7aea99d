package scoop

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/newsscoop/scoop/internal/discover"
	"github.com/newsscoop/scoop/internal/store"
	"github.com/newsscoop/scoop/internal/warc"
)

// CrawledArticle is an Article with the facts of its fetch. Its JSON form
// is the Article's fields plus fetched_at, status, final_url, seed,
// referer, depth and key: one line of a crawl's JSONL output.
type CrawledArticle struct {
	Article
	// FetchedAt is when the response arrived.
	FetchedAt time.Time `json:"fetched_at"`
	// Status is the HTTP status code.
	Status int `json:"status"`
	// FinalURL is the address after redirects.
	FinalURL string `json:"final_url"`
	// Seed is the seed the page was reached from.
	Seed string `json:"seed,omitempty"`
	// Referer is the page, feed or sitemap the address was found in
	// ("" for a seed).
	Referer string `json:"referer,omitempty"`
	// Depth is the number of links followed from the seed.
	Depth int `json:"depth"`
	// Key is the canonical address the crawl deduplicates on.
	Key string `json:"key"`
}

// CrawlError reports a page the crawl could not fetch or read. It keeps
// the URL and the HTTP status (0 when there was no response).
type CrawlError struct {
	URL    string
	Status int
	Err    error
}

func (e *CrawlError) Error() string {
	if e.Status != 0 {
		return fmt.Sprintf("scoop: crawl %s: status %d: %v", e.URL, e.Status, e.Err)
	}
	return fmt.Sprintf("scoop: crawl %s: %v", e.URL, e.Err)
}

func (e *CrawlError) Unwrap() error { return e.Err }

// Crawl errors a caller can branch on.
var (
	// ErrStatus: the server answered with an error status.
	ErrStatus = errors.New("scoop: http error status")
	// ErrRobots: robots.txt disallows the URL.
	ErrRobots = errors.New("scoop: disallowed by robots.txt")
	// ErrPrivateAddress: the host resolves to a private, loopback or
	// link-local address and WithAllowPrivate was not given.
	ErrPrivateAddress = errors.New("scoop: private address refused")
)

// CrawlStats counts what a crawl did.
type CrawlStats struct {
	Fetched    int64         `json:"fetched"`    // responses received
	Articles   int64         `json:"articles"`   // articles emitted
	Hubs       int64         `json:"hubs"`       // pages followed but not emitted
	Duplicates int64         `json:"duplicates"` // articles seen before (same key or near-identical text)
	Errors     int64         `json:"errors"`     // failed fetches and pages
	Skipped    int64         `json:"skipped"`    // URLs refused: robots, traps, limits
	Queued     int64         `json:"queued"`     // still in the frontier
	Elapsed    time.Duration `json:"elapsed"`
}

// Crawler crawls news sites and hands each article found to a handler.
// Build it with NewCrawler; Run may be called once at a time. A Crawler
// is safe for concurrent use by the handler's own goroutines, and its
// options are frozen when it is built.
type Crawler struct {
	cfg crawlConfig
}

// NewCrawler returns a Crawler with the options applied in order.
func NewCrawler(opts ...CrawlOption) (*Crawler, error) {
	cfg := defaultCrawlConfig()
	for _, o := range opts {
		if o != nil {
			o(&cfg)
		}
	}
	if cfg.parallel < 1 {
		return nil, fmt.Errorf("scoop: crawler parallelism %d < 1", cfg.parallel)
	}
	if cfg.redisURL != "" && cfg.stateDir != "" {
		return nil, errors.New("scoop: WithRedis and WithStateDir cannot be combined")
	}
	if (cfg.redisURL == "") != (cfg.redisName == "") {
		return nil, errors.New("scoop: WithRedis needs both a URL and a crawl name")
	}
	if cfg.extractor == nil {
		cfg.extractor = New(WithMaxBytes(cfg.maxBody))
	}
	if cfg.logger == nil {
		cfg.logger = slog.New(slog.DiscardHandler)
	}
	return &Crawler{cfg: cfg}, nil
}

// Run crawls from the seeds (home or section pages, sitemaps, feeds) until
// the frontier is empty, a limit is reached or ctx is cancelled. With a
// state directory or WithRedis it continues an earlier run of the same
// crawl; with WithRedis it also shares the crawl with the Crawlers that
// run it at the same time and returns when none of them holds a
// request. It
// returns the counts and the first error that stopped it (not per-page
// errors, which go to the error handler).
func (c *Crawler) Run(ctx context.Context, seeds ...string) (CrawlStats, error) {
	start := time.Now()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	r, err := c.newRun(ctx)
	if err != nil {
		return CrawlStats{}, err
	}
	defer r.close()
	for _, s := range seeds {
		if err := r.seed(s); err != nil {
			return r.stats(start), err
		}
	}
	if fn := c.cfg.progressFn; fn != nil {
		done := make(chan struct{})
		var wg sync.WaitGroup
		defer wg.Wait() // fn never runs after Run returns (defers run last first)
		defer close(done)
		wg.Add(1)
		go func() {
			defer wg.Done()
			t := time.NewTicker(c.cfg.progressGap)
			defer t.Stop()
			for {
				select {
				case <-done:
					return
				case <-t.C:
					fn(r.stats(start))
				}
			}
		}()
	}
	err = r.loop(cancel)
	return r.stats(start), err
}

// run is one Run's state.
type run struct {
	c       *Crawler
	ctx     context.Context
	st      store.Store
	fetcher *fetcher
	warc    *warc.Writer
	allowed map[string]bool // hosts allowed; empty: the seeds' hosts
	robots  *robotsCache

	note notifier

	emitMu   sync.Mutex
	inflight map[string]bool

	budgetMu sync.Mutex
	perHost  map[string]int64 // pages fetched per host, for the host budget

	fetched, articles, hubs, dups, errs, skipped atomic.Int64
	pages                                        atomic.Int64 // fetches started, for MaxPages
}

func (c *Crawler) newRun(ctx context.Context) (*run, error) {
	r := &run{c: c, ctx: ctx, allowed: map[string]bool{}, inflight: map[string]bool{}, perHost: map[string]int64{}}
	for _, h := range c.cfg.hosts {
		r.allowed[normHost(h)] = true
	}
	var err error
	opts := []store.Option{store.WithHostParallelism(c.cfg.hostParallel)}
	switch {
	case c.cfg.stateDir != "":
		r.st, err = openStateStore(c.cfg.stateDir, opts...)
		if err != nil {
			return nil, fmt.Errorf("scoop: opening crawl state: %w", err)
		}
	case c.cfg.redisURL != "":
		r.st, err = store.OpenRedisURL(ctx, c.cfg.redisURL, c.cfg.redisName, opts...)
		if err != nil {
			return nil, fmt.Errorf("scoop: opening crawl state: %w", err)
		}
	default:
		r.st = store.NewMemory(opts...)
	}
	for _, k := range c.cfg.emitted {
		if _, err := r.st.MarkEmitted(ctx, k); err != nil {
			r.st.Close()
			return nil, fmt.Errorf("scoop: restoring emitted keys: %w", err)
		}
	}
	if c.cfg.warcPath != "" {
		r.warc, err = openWARC(c.cfg.warcPath, c.cfg.warcMaxBytes, c.cfg.userAgent)
		if err != nil {
			r.st.Close()
			return nil, err
		}
	}
	r.fetcher = newFetcher(&c.cfg, r.warc)
	r.fetcher.c.Context = ctx // a stop aborts fetches in flight
	r.robots = newRobotsCache(r.fetcher, c.cfg.userAgent, c.cfg.ignoreRobots)
	return r, nil
}

func (r *run) close() {
	if r.warc != nil {
		if err := r.warc.Close(); err != nil {
			r.report(&CrawlError{Err: fmt.Errorf("closing warc: %w", err)})
		}
	}
	if err := r.st.Close(); err != nil {
		r.report(&CrawlError{Err: fmt.Errorf("closing state: %w", err)})
	}
}

func (r *run) stats(start time.Time) CrawlStats {
	s := CrawlStats{
		Fetched: r.fetched.Load(), Articles: r.articles.Load(), Hubs: r.hubs.Load(),
		Duplicates: r.dups.Load(), Errors: r.errs.Load(), Skipped: r.skipped.Load(),
		Elapsed: time.Since(start),
	}
	if st, err := r.st.Stats(context.WithoutCancel(r.ctx)); err == nil {
		s.Queued = st.Queued + st.Leased
	}
	return s
}

// seed canonicalises a seed, allows its host and queues it.
func (r *run) seed(raw string) error {
	u, err := discover.Canonical(nil, strings.TrimSpace(raw))
	if err != nil {
		return fmt.Errorf("scoop: seed %q: %w", raw, err)
	}
	pu, _ := url.Parse(u)
	if len(r.c.cfg.hosts) == 0 {
		r.allowed[normHost(pu.Hostname())] = true
	}
	_, err = r.st.Push(r.ctx, store.Request{URL: u, Depth: 0, Seed: u, Kind: kindOf(u)})
	return err
}

// report hands a per-page error to the error handler.
func (r *run) report(err *CrawlError) {
	r.c.cfg.logger.Debug("crawl error", "url", err.URL, "status", err.Status, "err", err.Err)
	if r.c.cfg.onError != nil {
		r.c.cfg.onError(err)
	}
}

// hostAllowed reports whether links to host may be followed.
func (r *run) hostAllowed(host string) bool {
	h := normHost(host)
	for a := range r.allowed {
		if h == a || strings.HasSuffix(h, "."+a) {
			return true
		}
	}
	return false
}

// spend counts a fetch against host's budget and reports whether the
// budget allowed it.
func (r *run) spend(host string) bool {
	if r.c.cfg.hostBudget <= 0 {
		return true
	}
	r.budgetMu.Lock()
	defer r.budgetMu.Unlock()
	if r.perHost[host] >= r.c.cfg.hostBudget {
		return false
	}
	r.perHost[host]++
	return true
}

func normHost(h string) string {
	return strings.TrimPrefix(strings.ToLower(strings.TrimSpace(h)), "www.")
}
