package scoop

import (
	"log/slog"
	"time"
)

// DefaultUserAgent names scoop and where to read about it, as polite
// crawlers do.
const DefaultUserAgent = "scoop/0.1 (+https://github.com/newsscoop/scoop)"

// A CrawlOption configures a Crawler; options are applied in order by
// NewCrawler and frozen there.
type CrawlOption func(*crawlConfig)

type crawlConfig struct {
	handler      func(*CrawledArticle) error
	onError      func(*CrawlError)
	stateDir     string
	redisURL     string
	redisName    string
	warcPath     string
	warcMaxBytes int64
	maxPages     int64
	hostBudget   int64
	maxDepth     int
	delay        time.Duration
	parallel     int
	hostParallel int
	userAgent    string
	hosts        []string
	allowPrivate bool
	ignoreRobots bool
	maxBody      int64
	timeout      time.Duration
	retries      int
	retryBase    time.Duration
	maxRedirects int
	emitted      []string
	extractor    *Extractor
	logger       *slog.Logger
	dupDistance  int
	progressFn   func(CrawlStats)
	progressGap  time.Duration
}

func defaultCrawlConfig() crawlConfig {
	return crawlConfig{
		maxDepth:     5,
		delay:        500 * time.Millisecond,
		parallel:     4,
		hostParallel: 1,
		userAgent:    DefaultUserAgent,
		maxBody:      10 << 20,
		timeout:      30 * time.Second,
		retries:      3,
		retryBase:    time.Second,
		maxRedirects: 10,
		warcMaxBytes: 1 << 30,
		dupDistance:  3,
	}
}

// WithHandler sets the function that receives each article, once, in the
// crawl's goroutines (it may be called concurrently). An error it returns
// stops the crawl. The article is the handler's to keep.
func WithHandler(h func(*CrawledArticle) error) CrawlOption {
	return func(c *crawlConfig) { c.handler = h }
}

// WithErrorHandler sets the function that receives per-page errors
// (failed fetches, error statuses after retries, unreadable pages). It may
// be called concurrently. Without it errors are only counted.
func WithErrorHandler(h func(*CrawlError)) CrawlOption {
	return func(c *crawlConfig) { c.onError = h }
}

// WithStateDir keeps the crawl's frontier, visited set and dedup
// fingerprints in dir (an embedded bbolt database), so that running the
// same crawl again continues where it stopped, even after a kill.
func WithStateDir(dir string) CrawlOption {
	return func(c *crawlConfig) { c.stateDir = dir }
}

// WithRedis keeps the crawl's state in the Redis server at url
// ("redis://host:6379/0", "rediss://…", "unix:///path/to/socket") under
// the crawl name name, so that several Crawlers, in one process or on
// several machines, share one crawl: one frontier, visited set,
// politeness clock per host, near-duplicate index and set of emitted
// articles. Run each with the same name and seeds; together they emit
// each article once, and each Run returns when the shared frontier is
// empty and no worker holds a request. A worker that is killed holds its
// requests until their lease lapses (5 minutes), so the others wait that
// long before they finish or fetch them again. Running the same crawl
// again continues it, as with WithStateDir, with which it cannot be
// combined. Limits (WithMaxPages, WithHostBudget) count per Crawler.
// Every Crawler of one crawl must use the same per-host parallelism
// (WithParallelism), else Run fails.
func WithRedis(url, name string) CrawlOption {
	return func(c *crawlConfig) { c.redisURL, c.redisName = url, name }
}

// WithWARC archives every request and response as WARC/1.1 in files named
// after path (path's folder, its name as the prefix), rotated when a file
// passes maxBytes (0: 1 GiB).
func WithWARC(path string, maxBytes int64) CrawlOption {
	return func(c *crawlConfig) {
		c.warcPath = path
		if maxBytes > 0 {
			c.warcMaxBytes = maxBytes
		}
	}
}

// WithMaxPages stops the crawl after n fetches (0: no limit).
func WithMaxPages(n int64) CrawlOption { return func(c *crawlConfig) { c.maxPages = n } }

// WithHostBudget stops fetching from a host after n pages (0: no limit):
// a defence against sites that generate pages without end.
func WithHostBudget(n int64) CrawlOption { return func(c *crawlConfig) { c.hostBudget = n } }

// WithMaxDepth sets how many links from a seed are followed (default 5).
// Sitemap and feed entries count as seeds. Each URL keeps the shallowest
// depth it was found at, whatever order links arrive in.
func WithMaxDepth(n int) CrawlOption { return func(c *crawlConfig) { c.maxDepth = n } }

// WithDelay sets the least time between two requests to one host (default
// 500ms); a longer Crawl-delay in robots.txt wins.
func WithDelay(d time.Duration) CrawlOption { return func(c *crawlConfig) { c.delay = d } }

// WithParallelism sets how many fetches run at once across hosts (default
// 4) and how many per host (default 1).
func WithParallelism(total, perHost int) CrawlOption {
	return func(c *crawlConfig) {
		c.parallel = total
		if perHost > 0 {
			c.hostParallel = perHost
		}
	}
}

// WithUserAgent sets the User-Agent header and the robots.txt product
// token's source (default DefaultUserAgent).
func WithUserAgent(ua string) CrawlOption {
	return func(c *crawlConfig) {
		if ua != "" {
			c.userAgent = ua
		}
	}
}

// WithAllowedHosts sets the hosts whose links are followed (subdomains
// included). Without it, the seeds' hosts.
func WithAllowedHosts(hosts ...string) CrawlOption {
	return func(c *crawlConfig) { c.hosts = append(c.hosts, hosts...) }
}

// WithAllowPrivate lets the crawler connect to private, loopback and
// link-local addresses (local tests, intranets). Off by default.
func WithAllowPrivate(allow bool) CrawlOption { return func(c *crawlConfig) { c.allowPrivate = allow } }

// WithIgnoreRobots makes the crawler ignore robots.txt. Off by default.
func WithIgnoreRobots(ignore bool) CrawlOption {
	return func(c *crawlConfig) { c.ignoreRobots = ignore }
}

// WithMaxBodySize sets the most bytes read of a response (default 10 MiB).
// A longer response is neither extracted nor followed: it is reported as
// a CrawlError whose Err is a *LimitError (errors.Is(err, ErrTooLarge)).
func WithMaxBodySize(n int64) CrawlOption {
	return func(c *crawlConfig) {
		if n > 0 {
			c.maxBody = n
		}
	}
}

// WithTimeout sets the time limit of one request (default 30s).
func WithTimeout(d time.Duration) CrawlOption {
	return func(c *crawlConfig) {
		if d > 0 {
			c.timeout = d
		}
	}
}

// WithRetries sets how often a fetch that failed with 429, a 5xx status or
// a timeout is tried again (default 3), waiting base, 2×base, 4×base …
// (default base 1s) or the server's Retry-After.
func WithRetries(n int, base time.Duration) CrawlOption {
	return func(c *crawlConfig) {
		c.retries = n
		if base > 0 {
			c.retryBase = base
		}
	}
}

// WithEmitted names article keys already written by an earlier run (for
// example read back from its output file): they are never emitted again.
// With WithStateDir and an append-only output this makes a resumed crawl
// emit each article exactly once, even when it was killed between writing
// an article and recording it.
func WithEmitted(keys ...string) CrawlOption {
	return func(c *crawlConfig) { c.emitted = append(c.emitted, keys...) }
}

// WithExtractor sets the Extractor used on fetched pages (default New with
// the body size limit).
func WithExtractor(e *Extractor) CrawlOption { return func(c *crawlConfig) { c.extractor = e } }

// WithCrawlLogger sets where the crawler logs (debug level); default
// discard.
func WithCrawlLogger(l *slog.Logger) CrawlOption { return func(c *crawlConfig) { c.logger = l } }

// WithProgress calls fn with the crawl's counts every interval while Run
// runs (from one goroutine), for progress displays.
func WithProgress(interval time.Duration, fn func(CrawlStats)) CrawlOption {
	return func(c *crawlConfig) {
		if interval > 0 {
			c.progressFn, c.progressGap = fn, interval
		}
	}
}
