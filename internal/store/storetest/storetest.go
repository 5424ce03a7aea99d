// Package storetest is the behaviour every store.Store implementation must
// show, as a test suite that each implementation's tests run: Run for the
// frontier, visited set, politeness, fingerprints and emitted keys, and
// RunDurable for what must survive closing and reopening a store.
//
// It is imported by tests only. A new implementation (Redis, say) passes
// when
//
//	func TestRedis(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) store.Store { return openEmptyRedis(t) })
//	}
//
// passes. The suite uses the default options (DefaultLease,
// DefaultHostParallelism, DefaultFingerprintDistance) and its own clock:
// every time it passes to Pop is relative to T0.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"math/bits"
	"math/rand/v2"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsscoop/scoop/internal/store"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// T0 is the suite's "now".
var T0 = time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)

// Lease is the lease time the suite expects (the default).
const Lease = store.DefaultLease

// req returns a request for url at depth.
func req(url string, depth int) store.Request {
	return store.Request{URL: url, Depth: depth, Seed: "https://seed.example/", Kind: 1, Referer: "https://seed.example/"}
}

// Run runs the shared suite. open must return a new, empty store opened
// with default options; the suite closes it.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	tests := []struct {
		name string
		run  func(t *testing.T, s store.Store)
	}{
		{"PushDedup", testPushDedup},
		{"PushAll", testPushAll},
		{"Invalid", testInvalid},
		{"PopOrder", testPopOrder},
		{"ShallowBeforeDeepBacklog", testShallowBeforeBacklog},
		{"DepthMin", testDepthMin},
		{"LeaseExpiry", testLeaseExpiry},
		{"Done", testDone},
		{"Retry", testRetry},
		{"RetryDone", testRetryDone},
		{"HostPoliteness", testHostPoliteness},
		{"HostParallelism", testHostParallelism},
		{"NextDue", testNextDue},
		{"Fingerprints", testFingerprints},
		{"FingerprintIndexMatchesScan", testFingerprintScan},
		{"MarkEmitted", testMarkEmitted},
		{"Concurrent", testConcurrent},
		{"Context", testContext},
		{"Closed", testClosed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := open(t)
			t.Cleanup(func() { _ = s.Close() })
			tt.run(t, s)
		})
	}
}

// pop pops at now and requires a request.
func pop(t *testing.T, s store.Store, now time.Time) store.Request {
	t.Helper()
	r, ok, err := s.Pop(context.Background(), now)
	require.NoError(t, err)
	require.True(t, ok, "Pop at %v returned nothing", now)
	return r
}

// popNone requires that Pop at now returns nothing.
func popNone(t *testing.T, s store.Store, now time.Time) {
	t.Helper()
	r, ok, err := s.Pop(context.Background(), now)
	require.NoError(t, err)
	require.False(t, ok, "Pop at %v returned %q", now, r.URL)
}

// popAll pops until nothing is due at now and returns the URLs.
func popAll(t *testing.T, s store.Store, now time.Time) []string {
	t.Helper()
	var urls []string
	for {
		r, ok, err := s.Pop(context.Background(), now)
		require.NoError(t, err)
		if !ok {
			return urls
		}
		urls = append(urls, r.URL)
	}
}

func push(t *testing.T, s store.Store, rs ...store.Request) {
	t.Helper()
	for _, r := range rs {
		added, err := s.Push(context.Background(), r)
		require.NoError(t, err)
		require.True(t, added, r.URL)
	}
}

func stats(t *testing.T, s store.Store) store.Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	require.NoError(t, err)
	return st
}

func testPushDedup(t *testing.T, s store.Store) {
	ctx := context.Background()
	added, err := s.Push(ctx, req("https://a.example/1", 2))
	require.NoError(t, err)
	assert.True(t, added)
	for _, depth := range []int{2, 5, 1} {
		added, err = s.Push(ctx, req("https://a.example/1", depth))
		require.NoError(t, err)
		assert.False(t, added, "depth %d", depth)
	}
	seen, err := s.Seen(ctx, "https://a.example/1")
	require.NoError(t, err)
	assert.True(t, seen)
	seen, err = s.Seen(ctx, "https://a.example/2")
	require.NoError(t, err)
	assert.False(t, seen)
	assert.Equal(t, store.Stats{Queued: 1, Seen: 1}, stats(t, s))

	// Still seen once done: never queued again.
	r := pop(t, s, T0)
	require.NoError(t, s.Done(ctx, r.URL))
	added, err = s.Push(ctx, req("https://a.example/1", 0))
	require.NoError(t, err)
	assert.False(t, added)
	popNone(t, s, T0.Add(time.Hour))
	assert.Equal(t, store.Stats{Done: 1, Seen: 1}, stats(t, s))
}

func testPushAll(t *testing.T, s store.Store) {
	ctx := context.Background()
	n, err := s.PushAll(ctx, []store.Request{
		req("https://a.example/1", 1), req("https://b.example/1", 1), req("https://a.example/1", 1), req("https://c.example/1", 0),
	})
	require.NoError(t, err)
	assert.Equal(t, 3, n)
	n, err = s.PushAll(ctx, nil)
	require.NoError(t, err)
	assert.Equal(t, 0, n)
	// One invalid request: nothing pushed.
	n, err = s.PushAll(ctx, []store.Request{req("https://d.example/1", 1), req("", 1)})
	require.ErrorIs(t, err, store.ErrInvalid)
	assert.Equal(t, 0, n)
	seen, err := s.Seen(ctx, "https://d.example/1")
	require.NoError(t, err)
	assert.False(t, seen)
	assert.Equal(t, []string{"https://c.example/1", "https://a.example/1", "https://b.example/1"}, popAll(t, s, T0))
}

func testInvalid(t *testing.T, s store.Store) {
	ctx := context.Background()
	long := "https://a.example/" + strings.Repeat("x", store.MaxURLBytes)
	for _, r := range []store.Request{
		{},
		{URL: long},
		{URL: "https://a.example/", Referer: long},
		{URL: "https://a.example/", Depth: -1},
		{URL: "https://a.example/", Depth: store.MaxDepth + 1},
		{URL: "https://a.example/", Attempt: -1},
		{URL: "https://a.example/", NotBefore: time.Date(1500, 1, 1, 0, 0, 0, 0, time.UTC)},
	} {
		_, err := s.Push(ctx, r)
		assert.ErrorIs(t, err, store.ErrInvalid, "push %+v", r)
		assert.ErrorIs(t, s.Retry(ctx, r), store.ErrInvalid, "retry %+v", r)
	}
	assert.ErrorIs(t, s.Done(ctx, "https://never.example/"), store.ErrNotFound)
	assert.ErrorIs(t, s.Retry(ctx, req("https://never.example/", 0)), store.ErrNotFound)
	for _, d := range []int{-1, store.DefaultFingerprintDistance + 1} {
		_, _, err := s.AddFingerprint(ctx, "https://a.example/", 1, d)
		assert.ErrorIs(t, err, store.ErrInvalid, "distance %d", d)
	}
	assert.Equal(t, store.Stats{}, stats(t, s))
}

func testPopOrder(t *testing.T, s store.Store) {
	// One host each, so politeness plays no part: depth first, then
	// push order.
	push(t, s,
		req("https://a.example/", 2),
		req("https://b.example/", 1),
		req("https://c.example/", 1),
		req("https://d.example/", 0),
		req("https://e.example/", 2),
	)
	got := popAll(t, s, T0)
	assert.Equal(t, []string{
		"https://d.example/", "https://b.example/", "https://c.example/", "https://a.example/", "https://e.example/",
	}, got)
	assert.Equal(t, store.Stats{Leased: 5, Seen: 5}, stats(t, s))

	// The request comes back as pushed.
	want := store.Request{URL: "https://f.example/x", Depth: 3, Seed: "https://f.example/", Kind: 7, Attempt: 2, Referer: "https://f.example/y"}
	push(t, s, want)
	assert.Equal(t, want, pop(t, s, T0))
}

func testShallowBeforeBacklog(t *testing.T, s store.Store) {
	ctx := context.Background()
	var backlog []store.Request
	for i := range 2000 {
		backlog = append(backlog, req(fmt.Sprintf("https://h%d.example/deep/%d", i%20, i), 4))
	}
	n, err := s.PushAll(ctx, backlog)
	require.NoError(t, err)
	require.Equal(t, 2000, n)
	push(t, s, req("https://h7.example/hub", 1), req("https://other.example/a", 2))
	assert.Equal(t, "https://h7.example/hub", pop(t, s, T0).URL)
	assert.Equal(t, "https://other.example/a", pop(t, s, T0).URL)
	// Then FIFO through the backlog, one per host (host parallelism 1):
	// h0 … h19 minus h7, which is leased.
	var got []string
	for _, u := range popAll(t, s, T0) {
		got = append(got, u)
	}
	require.Len(t, got, 19)
	assert.Equal(t, "https://h0.example/deep/0", got[0])
	assert.Equal(t, "https://h19.example/deep/19", got[18])
}

func testDepthMin(t *testing.T, s store.Store) {
	ctx := context.Background()
	// Two requests of one host: the second becomes shallower and goes
	// first.
	push(t, s, req("https://a.example/1", 3), req("https://a.example/2", 3))
	shallow := store.Request{URL: "https://a.example/2", Depth: 1, Seed: "https://seed2.example/", Kind: 9, Referer: "https://a.example/hub"}
	added, err := s.Push(ctx, shallow)
	require.NoError(t, err)
	assert.False(t, added)
	// A deeper push changes nothing.
	_, err = s.Push(ctx, req("https://a.example/1", 5))
	require.NoError(t, err)
	// Depth, Seed and Referer come from the shallower link; Kind stays.
	assert.Equal(t, store.Request{URL: "https://a.example/2", Depth: 1, Seed: "https://seed2.example/", Kind: 1, Referer: "https://a.example/hub"}, pop(t, s, T0))
	require.NoError(t, s.Done(ctx, "https://a.example/2"))
	assert.Equal(t, req("https://a.example/1", 3), pop(t, s, T0))

	// A leased request keeps its depth (the crawler has fetched it or is
	// fetching it).
	_, err = s.Push(ctx, req("https://a.example/1", 0))
	require.NoError(t, err)
	assert.Equal(t, 3, pop(t, s, T0.Add(Lease)).Depth, "after lease expiry")

	// A delayed request takes the smaller depth too.
	push(t, s, store.Request{URL: "https://b.example/1", Depth: 4, NotBefore: T0.Add(time.Minute)})
	_, err = s.Push(ctx, req("https://b.example/1", 2))
	require.NoError(t, err)
	popNone(t, s, T0)
	got := pop(t, s, T0.Add(time.Minute))
	assert.Equal(t, 2, got.Depth)
}

func testLeaseExpiry(t *testing.T, s store.Store) {
	ctx := context.Background()
	push(t, s, req("https://a.example/1", 0), req("https://b.example/1", 1))
	first := pop(t, s, T0)
	assert.Equal(t, req("https://a.example/1", 0), first)
	assert.Equal(t, "https://b.example/1", pop(t, s, T0.Add(time.Second)).URL)
	popNone(t, s, T0.Add(Lease-time.Second))
	assert.Equal(t, store.Stats{Leased: 2, Seen: 2}, stats(t, s))
	// a's lease ran out: it comes back unchanged; b's has not yet.
	assert.Equal(t, first, pop(t, s, T0.Add(Lease)))
	assert.Equal(t, store.Stats{Leased: 2, Seen: 2}, stats(t, s))
	require.NoError(t, s.Done(ctx, "https://a.example/1"))
	// b's lease runs out; the re-delivered request gets a new lease.
	assert.Equal(t, "https://b.example/1", pop(t, s, T0.Add(Lease+time.Second)).URL)
	popNone(t, s, T0.Add(2*Lease))
	assert.Equal(t, "https://b.example/1", pop(t, s, T0.Add(2*Lease+time.Second)).URL)
	require.NoError(t, s.Done(ctx, "https://b.example/1"))
	popNone(t, s, T0.Add(10*Lease))
	assert.Equal(t, store.Stats{Done: 2, Seen: 2}, stats(t, s))
}

func testDone(t *testing.T, s store.Store) {
	ctx := context.Background()
	push(t, s, req("https://a.example/1", 0), req("https://a.example/2", 0), req("https://b.example/1", 0))
	// Done on a queued request removes it from the frontier.
	require.NoError(t, s.Done(ctx, "https://a.example/1"))
	require.NoError(t, s.Done(ctx, "https://a.example/1"))
	assert.Equal(t, store.Stats{Queued: 2, Done: 1, Seen: 3}, stats(t, s))
	assert.Equal(t, []string{"https://a.example/2", "https://b.example/1"}, popAll(t, s, T0))
	require.NoError(t, s.Done(ctx, "https://a.example/2"))
	require.NoError(t, s.Done(ctx, "https://b.example/1"))
	popNone(t, s, T0.Add(10*Lease))
	assert.Equal(t, store.Stats{Done: 3, Seen: 3}, stats(t, s))
}

func testRetry(t *testing.T, s store.Store) {
	ctx := context.Background()
	push(t, s, req("https://a.example/1", 1), req("https://b.example/1", 1))
	r := pop(t, s, T0)
	require.Equal(t, "https://a.example/1", r.URL)

	// Retry without delay: behind b, which was pushed before the retry.
	require.NoError(t, s.Retry(ctx, r))
	assert.Equal(t, []string{"https://b.example/1", "https://a.example/1"}, popAll(t, s, T0))
	require.NoError(t, s.Done(ctx, "https://b.example/1"))

	// Retry with a delay: not before NotBefore.
	r.Attempt = 1
	r.NotBefore = T0.Add(10 * time.Minute)
	require.NoError(t, s.Retry(ctx, r))
	assert.Equal(t, store.Stats{Queued: 1, Delayed: 1, Done: 1, Seen: 2}, stats(t, s))
	popNone(t, s, T0.Add(10*time.Minute-time.Nanosecond))
	got := pop(t, s, T0.Add(10*time.Minute))
	assert.Equal(t, r, got)
	assert.Equal(t, store.Stats{Leased: 1, Done: 1, Seen: 2}, stats(t, s))

	// NotBefore in another time zone and with a monotonic reading comes
	// back as the same instant in UTC.
	local := time.Now().In(time.FixedZone("X", 3600)).Add(time.Hour)
	r.NotBefore = local
	require.NoError(t, s.Retry(ctx, r))
	got = pop(t, s, local)
	assert.True(t, got.NotBefore.Equal(local))
	assert.Equal(t, time.UTC, got.NotBefore.Location())

	// Retry of a queued request replaces it.
	push(t, s, req("https://c.example/1", 1))
	c := req("https://c.example/1", 2)
	c.Attempt = 3
	require.NoError(t, s.Retry(ctx, c))
	assert.Equal(t, c, pop(t, s, T0))
}

func testRetryDone(t *testing.T, s store.Store) {
	ctx := context.Background()
	hub := req("https://a.example/", 0)
	push(t, s, hub)
	pop(t, s, T0)
	require.NoError(t, s.Done(ctx, hub.URL))
	assert.Equal(t, store.Stats{Done: 1, Seen: 1}, stats(t, s))
	// Revisit the hub in an hour.
	hub.NotBefore = T0.Add(time.Hour)
	require.NoError(t, s.Retry(ctx, hub))
	assert.Equal(t, store.Stats{Queued: 1, Delayed: 1, Seen: 1}, stats(t, s))
	popNone(t, s, T0.Add(30*time.Minute))
	assert.Equal(t, hub, pop(t, s, T0.Add(time.Hour)))
}

func testHostPoliteness(t *testing.T, s store.Store) {
	ctx := context.Background()
	host := store.Host("https://a.example/1")
	require.Equal(t, "a.example", host)
	push(t, s, req("https://a.example/1", 1), req("https://a.example/2", 1), req("https://A.example:8443/3", 1), req("https://b.example/1", 1))

	a1 := pop(t, s, T0)
	assert.Equal(t, "https://a.example/1", a1.URL)
	// a.example is busy with a1: b goes next, then nothing.
	assert.Equal(t, "https://b.example/1", pop(t, s, T0).URL)
	popNone(t, s, T0)
	require.NoError(t, s.Done(ctx, "https://b.example/1"))

	// The crawler fetched a1 and sets a 10 s crawl delay, then Done.
	require.NoError(t, s.SetHostNext(ctx, host, T0.Add(10*time.Second)))
	require.NoError(t, s.Done(ctx, a1.URL))
	next, err := s.HostNext(ctx, host)
	require.NoError(t, err)
	assert.True(t, next.Equal(T0.Add(10*time.Second)), "HostNext %v", next)
	popNone(t, s, T0.Add(5*time.Second))
	assert.Equal(t, "https://a.example/2", pop(t, s, T0.Add(10*time.Second)).URL)

	// The port does not make another host.
	require.NoError(t, s.SetHostNext(ctx, host, T0.Add(20*time.Second)))
	require.NoError(t, s.Done(ctx, "https://a.example/2"))
	popNone(t, s, T0.Add(19*time.Second))
	assert.Equal(t, "https://A.example:8443/3", pop(t, s, T0.Add(20*time.Second)).URL)
	require.NoError(t, s.Done(ctx, "https://A.example:8443/3"))

	// SetHostNext may move the time back; an unknown host has no wait.
	require.NoError(t, s.SetHostNext(ctx, host, T0))
	next, err = s.HostNext(ctx, host)
	require.NoError(t, err)
	assert.False(t, next.After(T0), "HostNext %v after moving it back to T0", next)
	next, err = s.HostNext(ctx, "unknown.example")
	require.NoError(t, err)
	assert.True(t, next.IsZero())

	// A host delay set before any of its requests is pushed holds.
	require.NoError(t, s.SetHostNext(ctx, "c.example", T0.Add(time.Hour)))
	push(t, s, req("https://c.example/1", 0))
	popNone(t, s, T0.Add(30*time.Minute))
	assert.Equal(t, "https://c.example/1", pop(t, s, T0.Add(time.Hour)).URL)
}

func testHostParallelism(t *testing.T, s store.Store) {
	ctx := context.Background()
	push(t, s, req("https://a.example/1", 0), req("https://a.example/2", 0), req("https://a.example/3", 0))
	// Default parallelism 1: Retry releases the host too.
	r := pop(t, s, T0)
	popNone(t, s, T0)
	require.NoError(t, s.Retry(ctx, r))
	assert.Equal(t, "https://a.example/2", pop(t, s, T0).URL)
	popNone(t, s, T0)
}

func testNextDue(t *testing.T, s store.Store) {
	ctx := context.Background()
	_, ok, err := s.NextDue(ctx)
	require.NoError(t, err)
	assert.False(t, ok, "empty store")

	push(t, s, store.Request{URL: "https://a.example/1", NotBefore: T0.Add(time.Minute)})
	at, ok, err := s.NextDue(ctx)
	require.NoError(t, err)
	assert.True(t, ok)
	assert.True(t, at.Equal(T0.Add(time.Minute)), "delayed: %v", at)

	push(t, s, req("https://b.example/1", 0))
	at, ok, err = s.NextDue(ctx)
	require.NoError(t, err)
	assert.True(t, ok)
	assert.True(t, at.IsZero(), "due now: %v", at)

	b := pop(t, s, T0)
	at, _, err = s.NextDue(ctx)
	require.NoError(t, err)
	assert.True(t, at.Equal(T0.Add(time.Minute)), "delayed before lease expiry: %v", at)

	require.NoError(t, s.SetHostNext(ctx, "b.example", T0.Add(30*time.Second)))
	require.NoError(t, s.Retry(ctx, b))
	at, _, err = s.NextDue(ctx)
	require.NoError(t, err)
	assert.True(t, at.Equal(T0.Add(30*time.Second)), "host delay: %v", at)

	require.NoError(t, s.Done(ctx, b.URL))
	require.NoError(t, s.Done(ctx, "https://a.example/1"))
	_, ok, err = s.NextDue(ctx)
	require.NoError(t, err)
	assert.False(t, ok, "all done")
}

func testFingerprints(t *testing.T, s store.Store) {
	ctx := context.Background()
	const fp = uint64(0x0123_4567_89ab_cdef)
	add := func(url string, fp uint64, maxDistance int) (bool, string) {
		t.Helper()
		dup, of, err := s.AddFingerprint(ctx, url, fp, maxDistance)
		require.NoError(t, err)
		return dup, of
	}
	type res struct {
		Dup bool
		Of  string
	}
	check := func(name string, dup bool, of string, want res) {
		t.Helper()
		assert.Equal(t, want, res{dup, of}, name)
	}
	dup, of := add("u1", fp, 3)
	check("first", dup, of, res{})
	dup, of = add("u2", fp^0b111, 3)
	check("3 bits", dup, of, res{true, "u1"})
	// Differences spread over three of the four 16-bit blocks.
	dup, of = add("u3", fp^(1|1<<16|1<<32), 3)
	check("3 blocks", dup, of, res{true, "u1"})
	dup, of = add("u4", fp^0xf, 3)
	check("4 bits: stored", dup, of, res{})
	dup, of = add("u5", fp^0xf, 0)
	check("exact", dup, of, res{true, "u4"})
	dup, of = add("u6", fp^0x8, 3)
	check("nearest", dup, of, res{true, "u1"})
	dup, of = add("u7", fp^0x3, 2)
	check("equal distance: earliest", dup, of, res{true, "u1"})
	dup, of = add("u8", fp^0x7, 2)
	check("distance 1 to u4", dup, of, res{true, "u4"})
	// Adding a URL's own fingerprint again is not a duplicate and not
	// stored twice.
	dup, of = add("u1", fp, 3)
	check("own", dup, of, res{})
	dup, of = add("u9", ^fp, 3)
	check("far", dup, of, res{})
	assert.Equal(t, store.Stats{Fingerprints: 3}, stats(t, s))
}

func testFingerprintScan(t *testing.T, s store.Store) {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(1, 2))
	type entry struct {
		url string
		fp  uint64
	}
	var stored []entry
	for i := range 1500 {
		fp := rng.Uint64()
		if i > 0 && rng.IntN(3) == 0 {
			// A near copy of an earlier one, 0 to 5 bits off.
			fp = stored[rng.IntN(len(stored))].fp
			for range rng.IntN(6) {
				fp ^= 1 << rng.IntN(64)
			}
		}
		url := fmt.Sprintf("https://x.example/%d", i)
		// Brute force: the nearest within 3, earliest among equals.
		best, bestD := "", 4
		for _, e := range stored {
			if d := bits.OnesCount64(e.fp ^ fp); d < bestD {
				best, bestD = e.url, d
			}
		}
		dup, of, err := s.AddFingerprint(ctx, url, fp, 3)
		require.NoError(t, err)
		require.Equal(t, best != "", dup, "fingerprint %d", i)
		require.Equal(t, best, of, "fingerprint %d", i)
		if !dup {
			stored = append(stored, entry{url, fp})
		}
	}
	assert.Equal(t, int64(len(stored)), stats(t, s).Fingerprints)
}

func testMarkEmitted(t *testing.T, s store.Store) {
	ctx := context.Background()
	for _, tc := range []struct {
		key   string
		first bool
	}{
		{"https://a.example/1", true},
		{"https://a.example/1", false},
		{"https://a.example/2", true},
		{"https://a.example/1", false},
	} {
		before, err := s.Emitted(ctx, tc.key)
		require.NoError(t, err)
		assert.Equal(t, !tc.first, before, "Emitted before marking %s", tc.key)
		first, err := s.MarkEmitted(ctx, tc.key)
		require.NoError(t, err)
		assert.Equal(t, tc.first, first, tc.key)
		after, err := s.Emitted(ctx, tc.key)
		require.NoError(t, err)
		assert.True(t, after, tc.key)
	}
	assert.Equal(t, store.Stats{Emitted: 2}, stats(t, s))
}

// testConcurrent runs pushers (each pushing every URL, in different
// orders) and poppers (Done after each pop) at once: every URL must be
// added once and popped once.
func testConcurrent(t *testing.T, s store.Store) { Concurrent(t, s) }

// Concurrent pushes the same 1,000 URLs on 25 hosts through every handle
// (four pushers each: two one by one, two in batches) while four poppers
// per handle pop, check and finish them. Handles are stores of one crawl
// (one handle, or several opened on a shared store such as Redis, as
// several workers would). No URL may be added twice or leased twice, and
// at the end every handle counts every URL done and nothing pending.
func Concurrent(t *testing.T, handles ...store.Store) {
	t.Helper()
	ctx := context.Background()
	const (
		urls    = 1000
		hosts   = 25
		pushers = 4
		poppers = 4
	)
	all := make([]store.Request, urls)
	for i := range all {
		all[i] = req(fmt.Sprintf("https://h%d.example/%d", i%hosts, i), i%3)
	}
	var (
		added, done atomic.Int64
		popped      sync.Map
		wg          sync.WaitGroup
		errs        = make(chan error, len(handles)*(pushers+poppers))
	)
	deadline := time.Now().Add(time.Minute)
	for w, s := range handles {
		for p := range pushers {
			wg.Go(func() {
				rng := rand.New(rand.NewPCG(uint64(w*pushers+p), 9))
				order := rng.Perm(urls)
				for i := 0; i < len(order); {
					if p%2 == 0 { // two push one by one, two in batches
						ok, err := s.Push(ctx, all[order[i]])
						if err != nil {
							errs <- err
							return
						}
						if ok {
							added.Add(1)
						}
						i++
						continue
					}
					j := min(i+50, len(order))
					batch := make([]store.Request, 0, j-i)
					for _, k := range order[i:j] {
						batch = append(batch, all[k])
					}
					n, err := s.PushAll(ctx, batch)
					if err != nil {
						errs <- err
						return
					}
					added.Add(int64(n))
					i = j
				}
			})
		}
		for range poppers {
			wg.Go(func() {
				for done.Load() < urls {
					if time.Now().After(deadline) {
						errs <- errors.New("poppers timed out")
						return
					}
					r, ok, err := s.Pop(ctx, T0)
					if err != nil {
						errs <- err
						return
					}
					if !ok {
						time.Sleep(100 * time.Microsecond)
						continue
					}
					if prev, dup := popped.LoadOrStore(r.URL, w); dup {
						errs <- fmt.Errorf("%s popped by handle %d and again by %d", r.URL, prev, w)
						return
					}
					if _, err := s.Seen(ctx, r.URL); err != nil {
						errs <- err
						return
					}
					if err := s.Done(ctx, r.URL); err != nil {
						errs <- err
						return
					}
					done.Add(1)
				}
			})
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	assert.Equal(t, int64(urls), added.Load())
	for _, s := range handles {
		assert.Equal(t, store.Stats{Done: urls, Seen: urls}, stats(t, s))
		_, pending, err := s.NextDue(ctx)
		require.NoError(t, err)
		assert.False(t, pending)
	}
}

func testContext(t *testing.T, s store.Store) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := s.Push(ctx, req("https://a.example/", 0))
	assert.ErrorIs(t, err, context.Canceled)
	_, _, err = s.Pop(ctx, T0)
	assert.ErrorIs(t, err, context.Canceled)
	_, err = s.Seen(ctx, "https://a.example/")
	assert.ErrorIs(t, err, context.Canceled)
	_, err = s.MarkEmitted(ctx, "k")
	assert.ErrorIs(t, err, context.Canceled)
}

func testClosed(t *testing.T, s store.Store) {
	ctx := context.Background()
	push(t, s, req("https://a.example/", 0))
	require.NoError(t, s.Close())
	require.NoError(t, s.Close(), "second Close")
	_, err := s.Push(ctx, req("https://b.example/", 0))
	assert.ErrorIs(t, err, store.ErrClosed)
	_, _, err = s.Pop(ctx, T0)
	assert.ErrorIs(t, err, store.ErrClosed)
	assert.ErrorIs(t, s.Done(ctx, "https://a.example/"), store.ErrClosed)
	_, err = s.Stats(ctx)
	assert.ErrorIs(t, err, store.ErrClosed)
	_, _, err = s.AddFingerprint(ctx, "u", 1, 0)
	assert.ErrorIs(t, err, store.ErrClosed)
}

// RunDurable runs the tests of what survives Close and reopening. open
// opens the store called name (a file name, a key prefix …), creating it
// empty the first time; the suite calls it again with the same name after
// Close, and closes what it opens.
func RunDurable(t *testing.T, open func(t *testing.T, name string) store.Store) {
	tests := []struct {
		name string
		run  func(t *testing.T, reopen func() store.Store)
	}{
		{"ReopenAndContinue", testReopen},
		{"LeasedComeBack", testLeasedComeBack},
		{"DelayedAndDepthSurvive", testDelayedSurvive},
		{"HostNextSurvives", testHostNextSurvives},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			name := fmt.Sprintf("durable-%d", i)
			var cur store.Store
			reopen := func() store.Store {
				if cur != nil {
					require.NoError(t, cur.Close())
				}
				cur = open(t, name)
				return cur
			}
			t.Cleanup(func() {
				if cur != nil {
					_ = cur.Close()
				}
			})
			tt.run(t, reopen)
		})
	}
}

func testReopen(t *testing.T, reopen func() store.Store) {
	ctx := context.Background()
	s := reopen()
	push(t, s, req("https://a.example/1", 0), req("https://b.example/1", 1), req("https://c.example/1", 2), req("https://c.example/2", 2))
	a := pop(t, s, T0)
	require.NoError(t, s.Done(ctx, a.URL))
	first, err := s.MarkEmitted(ctx, a.URL)
	require.NoError(t, err)
	require.True(t, first)
	dup, _, err := s.AddFingerprint(ctx, a.URL, 0xabcdef, 3)
	require.NoError(t, err)
	require.False(t, dup)
	want := store.Stats{Queued: 3, Done: 1, Seen: 4, Emitted: 1, Fingerprints: 1}
	require.Equal(t, want, stats(t, s))

	s = reopen()
	assert.Equal(t, want, stats(t, s))
	for _, u := range []string{a.URL, "https://b.example/1", "https://c.example/2"} {
		seen, err := s.Seen(ctx, u)
		require.NoError(t, err)
		assert.True(t, seen, u)
	}
	added, err := s.Push(ctx, req(a.URL, 0))
	require.NoError(t, err)
	assert.False(t, added, "done URL pushed again")
	first, err = s.MarkEmitted(ctx, a.URL)
	require.NoError(t, err)
	assert.False(t, first, "emitted twice")
	dup, of, err := s.AddFingerprint(ctx, "https://copy.example/", 0xabcdee, 3)
	require.NoError(t, err)
	assert.True(t, dup)
	assert.Equal(t, a.URL, of)

	// The frontier continues in order, new pushes behind old ones.
	push(t, s, req("https://d.example/1", 2))
	assert.Equal(t, []string{"https://b.example/1", "https://c.example/1", "https://d.example/1"}, popAll(t, s, T0))
	require.NoError(t, s.Done(ctx, "https://c.example/1"))
	assert.Equal(t, req("https://c.example/2", 2), pop(t, s, T0))
}

func testLeasedComeBack(t *testing.T, reopen func() store.Store) {
	ctx := context.Background()
	s := reopen()
	push(t, s, req("https://a.example/1", 0), req("https://a.example/2", 0), req("https://b.example/1", 1))
	a := pop(t, s, T0)
	b := pop(t, s, T0)
	require.Equal(t, "https://b.example/1", b.URL)
	require.NoError(t, s.Done(ctx, b.URL))
	// The process stops without Done for a: its lease is not kept.
	s = reopen()
	assert.Equal(t, store.Stats{Queued: 2, Done: 1, Seen: 3}, stats(t, s))
	assert.Equal(t, a, pop(t, s, T0), "leased request popped again, unchanged")
	require.NoError(t, s.Done(ctx, a.URL))
	assert.Equal(t, "https://a.example/2", pop(t, s, T0).URL)
	popNone(t, s, T0)
}

func testDelayedSurvive(t *testing.T, reopen func() store.Store) {
	ctx := context.Background()
	s := reopen()
	push(t, s, req("https://a.example/1", 0), req("https://b.example/1", 5))
	a := pop(t, s, T0)
	a.Attempt, a.NotBefore = 1, T0.Add(time.Hour)
	require.NoError(t, s.Retry(ctx, a))
	_, err := s.Push(ctx, req("https://b.example/1", 2))
	require.NoError(t, err)

	s = reopen()
	assert.Equal(t, store.Stats{Queued: 2, Delayed: 1, Seen: 2}, stats(t, s))
	got := pop(t, s, T0)
	assert.Equal(t, "https://b.example/1", got.URL)
	assert.Equal(t, 2, got.Depth, "depth rule kept")
	require.NoError(t, s.Done(ctx, got.URL))
	popNone(t, s, T0.Add(time.Hour-time.Second))
	assert.Equal(t, a, pop(t, s, T0.Add(time.Hour)))
}

func testHostNextSurvives(t *testing.T, reopen func() store.Store) {
	ctx := context.Background()
	s := reopen()
	push(t, s, req("https://a.example/1", 0), req("https://a.example/2", 0))
	a := pop(t, s, T0)
	require.NoError(t, s.SetHostNext(ctx, "a.example", T0.Add(time.Minute)))
	require.NoError(t, s.SetHostNext(ctx, "idle.example", T0.Add(time.Hour)))
	require.NoError(t, s.Done(ctx, a.URL))

	s = reopen()
	next, err := s.HostNext(ctx, "idle.example")
	require.NoError(t, err)
	assert.True(t, next.Equal(T0.Add(time.Hour)), "idle host: %v", next)
	popNone(t, s, T0.Add(30*time.Second))
	assert.Equal(t, "https://a.example/2", pop(t, s, T0.Add(time.Minute)).URL)
}
