package scoop

import (
	"bytes"
	"context"
	"sync"

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

	mu    sync.Mutex
	hosts map[string]*robotsEntry
	order []string
}

type robotsEntry struct {
	once sync.Once
	r    *discover.Robots
}

func newRobotsCache(f *fetcher, ua string, ignore bool) *robotsCache {
	return &robotsCache{f: f, ua: ua, ignore: ignore, hosts: map[string]*robotsEntry{}}
}

// get returns the robots.txt rules of origin ("https://host"), fetching
// them on first use; fresh is true for the call that fetched them. A
// missing or broken robots.txt allows everything; a 5xx answer disallows
// everything for this run (RFC 9309 §2.3.1.4: unreachable means complete
// disallow).
func (c *robotsCache) get(ctx context.Context, origin string) (*discover.Robots, bool) {
	if c.ignore {
		return discover.AllowAll(), false
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
	fresh := false
	e.once.Do(func() {
		fresh = true
		res := c.f.fetch(ctx, origin+"/robots.txt")
		switch {
		case res.err == nil && res.status >= 200 && res.status < 300:
			e.r = discover.ParseRobots(bytes.NewReader(res.body), c.ua)
		case res.status >= 500:
			e.r = discover.DisallowAll()
		default:
			e.r = discover.AllowAll()
		}
	})
	return e.r, fresh
}
