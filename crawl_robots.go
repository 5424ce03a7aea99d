package scoop

import (
	"bytes"
	"context"
	"sync"
	"time"

	"github.com/newsscoop/scoop/internal/discover"
)

// maxRobotsHosts bounds the robots.txt cache; past it the oldest half is
// dropped (colly's own cache grows without limit).
const maxRobotsHosts = 10_000

// robotsCache fetches and keeps each host's robots.txt.
type robotsCache struct {
	f      *fetcher
	ua     string
	ignore bool
	after  time.Duration // robotsRetry; tests shorten it

	mu    sync.Mutex
	hosts map[string]*robotsEntry
	order []string
}

type robotsEntry struct {
	mu    sync.Mutex
	r     *discover.Robots // nil until fetched
	retry time.Time        // unreachable: fetch again at this time
	fails int              // unreachable answers so far
}

// robotsRetry is how long an unreachable robots.txt (5xx, network error)
// keeps its host's requests waiting before it is fetched again; after
// robotsTries unreachable answers the host stays disallowed for the run.
const (
	robotsRetry = time.Minute
	robotsTries = 3
)

func newRobotsCache(f *fetcher, ua string, ignore bool) *robotsCache {
	return &robotsCache{f: f, ua: ua, ignore: ignore, after: robotsRetry, hosts: map[string]*robotsEntry{}}
}

// get returns the robots.txt rules of origin ("https://host"), fetching
// them on first use; fresh is true for the call that fetched them. A
// missing or broken robots.txt allows everything, as does one that cannot
// be fetched for a reason the page fetch will meet and report itself (a
// refused private address, an unknown host). An unreachable one (a 5xx
// answer, a timeout, a reset connection) means complete disallow (RFC 9309
// §2.3.1.4): get then returns the time until which the host's requests
// should wait, not be dropped, and fetches it again after robotsRetry;
// after robotsTries such answers the host is disallowed for the run (wait
// zero, rules that disallow everything).
func (c *robotsCache) get(ctx context.Context, origin string) (r *discover.Robots, fresh bool, wait time.Time) {
	if c.ignore {
		return discover.AllowAll(), false, time.Time{}
	}
	c.mu.Lock()
	e := c.hosts[origin]
	if e == nil {
		if len(c.order) >= maxRobotsHosts {
			for _, h := range c.order[:len(c.order)/2] {
				delete(c.hosts, h)
			}
			c.order = append(c.order[:0], c.order[len(c.order)/2:]...)
		}
		e = &robotsEntry{}
		c.hosts[origin] = e
		c.order = append(c.order, origin)
	}
	c.mu.Unlock()
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.r != nil && (e.retry.IsZero() || time.Now().Before(e.retry)) {
		return e.r, false, e.retry
	}
	res := c.f.fetch(ctx, origin+"/robots.txt", "")
	again, _ := retryable(res)
	switch {
	case res.err == nil && res.status >= 200 && res.status < 300:
		e.r, e.retry = discover.ParseRobots(bytes.NewReader(res.body), c.ua), time.Time{}
	case ctx.Err() != nil:
		// Stopping: ask again next time.
		return discover.DisallowAll(), false, time.Now()
	case res.status >= 500 || again:
		e.r, e.retry = discover.DisallowAll(), time.Now().Add(c.after)
		if e.fails++; e.fails >= robotsTries {
			e.retry = time.Time{} // given up: disallowed, requests dropped
		}
	default:
		e.r, e.retry = discover.AllowAll(), time.Time{}
	}
	return e.r, true, e.retry
}
