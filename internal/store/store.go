package store

import (
	"context"
	"fmt"
	"time"
)

// Request is one URL in the crawl frontier with what the crawler needs to
// fetch and account for it. The store treats URL as an opaque key: the
// crawler canonicalises it before pushing (two spellings of one page are
// two requests).
type Request struct {
	// URL is the absolute URL to fetch: at most MaxURLBytes bytes, no
	// ASCII control characters.
	URL string
	// Depth is the number of links followed from the seed (0 for a seed).
	Depth int
	// Seed is the seed URL the request was discovered from.
	Seed string
	// Kind is the crawler's classification (article, hub, feed, sitemap,
	// robots …); the store only keeps it.
	Kind uint8
	// Attempt counts earlier failed fetches; the caller sets it on Retry.
	Attempt int
	// NotBefore is the earliest time the request may be popped; zero
	// means at once. The store keeps it in UTC at nanosecond precision.
	NotBefore time.Time
	// Referer is the page the URL was found on.
	Referer string
}

// Stats counts the requests a store holds. Seen = Queued + Leased + Done.
type Stats struct {
	Queued       int64 // in the frontier, not leased (Delayed included)
	Delayed      int64 // queued with a NotBefore not yet reached at the last Pop
	Leased       int64 // popped, neither Done nor Retry-ed yet
	Done         int64 // finished: never popped again (until a Retry)
	Seen         int64 // distinct URLs ever pushed
	Emitted      int64 // distinct keys passed to MarkEmitted
	Fingerprints int64 // fingerprints stored by AddFingerprint
}

// Store is the crawler's persistent state: the frontier (a queue of
// requests with leases), the set of URLs ever pushed, the per-host
// politeness clock, the simhash fingerprints of emitted articles and the
// set of emitted article keys. Implementations are safe for concurrent
// use by many goroutines; a crawler opens one Store per crawl.
//
// Order: Pop returns the shallowest due request first and, within one
// depth, the one pushed (or Retry-ed) first, among the hosts that may be
// fetched now. A deep backlog therefore never delays a hub or an article
// found at a smaller depth, and politeness delays keep one host's backlog
// from starving the others.
//
// Politeness: a host is "busy" while it has HostParallelism leased
// requests (default 1) or while its HostNext time is in the future. The
// crawler sets HostNext (fetch time plus crawl delay) with SetHostNext
// before it calls Done or Retry for the fetched request.
//
// Leases: Pop leases a request for the lease time (WithLease). A request
// neither Done nor Retry-ed within it is popped again, unchanged; a
// request leased when the process died is popped again by the next
// process that opens the store (by the Redis store, which live workers
// share, once its lease expires). A crawler that must give up on URLs that
// keep killing it counts attempts itself (Retry with Attempt+1 before a
// risky fetch).
type Store interface {
	// Push adds r to the frontier unless its URL was pushed before, in
	// which case it returns added=false. If the URL is still queued (not
	// leased) with a larger Depth, the queued request takes r's Depth,
	// Seed and Referer, so the shallowest path to a URL wins however the
	// links were discovered. A non-zero r.NotBefore delays the request.
	// Push returns an error wrapping ErrInvalid for an empty or too long
	// URL, a URL with control characters, a Depth or Attempt out of
	// range or a NotBefore outside the years 1700 to 2200.
	Push(ctx context.Context, r Request) (added bool, err error)
	// PushAll pushes every request in rs like Push, in order, in one
	// batch (one disk commit), and returns how many were added. On an
	// invalid request nothing is pushed.
	PushAll(ctx context.Context, rs []Request) (added int, err error)
	// Pop leases and returns the next request that is due at now and
	// whose host is not busy (see the type's doc), or ok=false when there
	// is none. It first returns expired leases to the frontier and moves
	// delayed requests whose NotBefore is at or before now into it. Time
	// is the caller's: leases expire relative to the now values passed.
	Pop(ctx context.Context, now time.Time) (r Request, ok bool, err error)
	// Done marks url finished: it leaves the frontier (whether leased or
	// still queued) and is never popped again, and its host's lease is
	// released. Done on a finished URL does nothing; on a URL never
	// pushed it returns an error wrapping ErrNotFound.
	Done(ctx context.Context, url string) error
	// Retry puts r back into the frontier with the caller's NotBefore,
	// Attempt and Depth, behind the requests of the same depth queued
	// before. It releases r's lease if it has one and also works on a
	// finished URL (for revisiting a hub or feed later). On a URL never
	// pushed it returns an error wrapping ErrNotFound.
	Retry(ctx context.Context, r Request) error
	// Seen reports whether url was ever pushed.
	Seen(ctx context.Context, url string) (bool, error)
	// HostNext returns the earliest time the next request of host may be
	// fetched, as set by SetHostNext. A zero time or any time in the past
	// means no wait; a store may forget times that have passed. host is
	// the key Host returns.
	HostNext(ctx context.Context, host string) (time.Time, error)
	// SetHostNext sets host's earliest next fetch time to t (which may
	// be earlier than the current one).
	SetHostNext(ctx context.Context, host string, t time.Time) error
	// NextDue returns the earliest time at which Pop may return a
	// request if nothing else changes: the zero time when one is due
	// already, otherwise the soonest of the hosts' next fetch times, the
	// delayed requests' NotBefore and the lease expiries. ok is false
	// when the store holds no queued or leased request.
	NextDue(ctx context.Context) (at time.Time, ok bool, err error)
	// AddFingerprint looks for a fingerprint stored for another URL
	// within maxDistance bits (Hamming distance) of fp. If there is one
	// it returns dup=true and that URL (the nearest; the earliest stored
	// among equals); otherwise it stores fp for url. maxDistance must be
	// between 0 and the store's WithFingerprintDistance (default 3),
	// else the error wraps ErrInvalid. Lookups use a block index, not a
	// scan of all fingerprints.
	AddFingerprint(ctx context.Context, url string, fp uint64, maxDistance int) (dup bool, of string, err error)
	// MarkEmitted records that the article with the given key (its
	// canonical URL) was written and reports whether this is the first
	// time, so that a resumed crawl never emits an article twice.
	MarkEmitted(ctx context.Context, key string) (first bool, err error)
	// Emitted reports whether key was passed to MarkEmitted, without
	// marking it: the crawler checks, writes the article, then marks, so
	// that a failed write or a kill before the mark loses nothing.
	Emitted(ctx context.Context, key string) (bool, error)
	// Stats returns the current counts.
	Stats(ctx context.Context) (Stats, error)
	// Close releases the store; later calls return ErrClosed. Closing
	// twice returns nil. Leased requests stay in the store and are popped
	// again after a reopen (the Redis store gives the requests this
	// handle leased back to the frontier at Close).
	Close() error
}

// Claimer is implemented by the stores that several processes share
// (OpenRedis). There, checking Emitted, writing and then calling
// MarkEmitted is not enough to emit an article once: two workers may
// check the same key before either marks it. A worker claims the key
// instead of checking it, writes, then calls MarkEmitted (which drops
// the claim), or ReleaseEmit when the write failed.
type Claimer interface {
	// ClaimEmit reports whether key was neither emitted nor claimed by a
	// claim that is still live at now, and if so claims it until
	// now+ttl. A claim that was neither marked nor released (its worker
	// died) lapses at its expiry, so choose ttl above the time a write
	// takes and below the lease time, so that the request, popped again
	// when its lease expires, finds the claim gone.
	ClaimEmit(ctx context.Context, key string, now time.Time, ttl time.Duration) (claimed bool, err error)
	// ReleaseEmit drops this handle's claim of key, if it holds one.
	ReleaseEmit(ctx context.Context, key string) error
}

// Limits on the values a Store accepts.
const (
	// MaxURLBytes is the longest URL, Seed or Referer accepted.
	MaxURLBytes = 8 << 10
	// MaxDepth is the largest Depth accepted.
	MaxDepth = 1 << 20
	// MaxFingerprintDistance is the largest WithFingerprintDistance.
	MaxFingerprintDistance = 15
)

// minTime and maxTime bound NotBefore to what UnixNano represents.
var (
	minTime = time.Date(1700, 1, 1, 0, 0, 0, 0, time.UTC)
	maxTime = time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC)
)

// normalizeAll normalizes every request of rs into a new slice, or fails
// on the first invalid one.
func normalizeAll(rs []Request) ([]Request, error) {
	norm := make([]Request, len(rs))
	for i, r := range rs {
		var err error
		if norm[i], err = normalize(r); err != nil {
			return nil, err
		}
	}
	return norm, nil
}

// normalize checks r and returns it with NotBefore in the stored form.
func normalize(r Request) (Request, error) {
	switch {
	case r.URL == "":
		return r, fmt.Errorf("store: empty URL: %w", ErrInvalid)
	case len(r.URL) > MaxURLBytes || len(r.Seed) > MaxURLBytes || len(r.Referer) > MaxURLBytes:
		return r, fmt.Errorf("store: URL, seed or referer longer than %d bytes: %w", MaxURLBytes, ErrInvalid)
	case hasControl(r.URL):
		return r, fmt.Errorf("store: control character in URL %q: %w", r.URL, ErrInvalid)
	case r.Depth < 0 || r.Depth > MaxDepth:
		return r, fmt.Errorf("store: depth %d out of range: %w", r.Depth, ErrInvalid)
	case r.Attempt < 0 || r.Attempt > 1<<30:
		return r, fmt.Errorf("store: attempt %d out of range: %w", r.Attempt, ErrInvalid)
	}
	var err error
	if r.NotBefore, err = normTime(r.NotBefore); err != nil {
		return r, err
	}
	return r, nil
}

// hasControl reports whether s has an ASCII control character, which a
// canonical URL never has (it would be percent-encoded).
func hasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] == 0x7f {
			return true
		}
	}
	return false
}

// normTime returns t in UTC at nanosecond precision without a monotonic
// reading, the form both implementations store.
func normTime(t time.Time) (time.Time, error) {
	if t.IsZero() {
		return time.Time{}, nil
	}
	if t.Before(minTime) || t.After(maxTime) {
		return time.Time{}, fmt.Errorf("store: time %v out of range: %w", t, ErrInvalid)
	}
	return time.Unix(0, t.UnixNano()).UTC(), nil
}

// checkDistance validates AddFingerprint's maxDistance against the limit
// the store was opened with.
func checkDistance(maxDistance, limit int) error {
	if maxDistance < 0 || maxDistance > limit {
		return fmt.Errorf("store: fingerprint distance %d outside 0..%d (see WithFingerprintDistance): %w", maxDistance, limit, ErrInvalid)
	}
	return nil
}

// keyOf returns the 64-bit key under which a URL or emitted key is kept:
// FNV-1a 64 of its bytes. With 10 million URLs the chance that any two
// share a key is about 3 in a million; a collision makes the crawler treat
// the second URL as seen.
func keyOf(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}
