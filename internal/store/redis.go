package store

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/redis/go-redis/v9"
)

// redisFormat is the layout version OpenRedis writes into a new crawl and
// requires of an existing one.
const redisFormat = "1"

// MaxRedisNameBytes is the longest crawl name OpenRedis accepts.
const MaxRedisNameBytes = 200

// redisStore is the Store kept in a Redis server and shared by every
// handle opened with the same crawl name, in this process or others.
// Everything is in Redis; a handle holds only its identity (owner), the
// URL keys it leased and has not settled (released at Close) and its
// closed flag.
type redisStore struct {
	cfg    config
	rdb    redis.UniversalClient
	own    bool   // Close closes rdb
	meta   string // the meta key, KEYS[1] of every script
	prefix string
	layout blocks
	owner  string // 8 random bytes naming this handle's leases and claims
	limit  int    // host parallelism, as stored in the crawl

	closed atomic.Bool
	mu     sync.Mutex
	leased map[string]struct{} // URL keys this handle popped and has not settled
}

// OpenRedis opens the crawl called name in the Redis server (or cluster)
// client talks to, creating it empty the first time, and returns a Store
// that shares it with every other handle opened with the same name, in
// this process or on other machines: several crawl workers share one
// frontier, seen set, politeness clock, fingerprint index and emitted
// set. The caller keeps ownership of client (Close does not close it).
// The Store is safe for concurrent use; each call is one atomic script or
// transaction in Redis.
//
// All keys start with "scoop:{name}:"; the braces are a hash tag, so a
// Redis Cluster keeps a crawl in one slot (the scripts derive their keys
// from the one they are given, which Redis Cluster allows within a
// slot). name must be 1 to MaxRedisNameBytes bytes without braces or
// control characters, else the error wraps ErrInvalid.
//
// Options: WithHostParallelism and WithFingerprintDistance are stored
// when the crawl is created; opening it later with other values fails
// with ErrInvalid, because workers that disagreed would corrupt the
// index or the politeness. WithLease is per handle (the lease of a
// request is the one of the handle that popped it). WithNoSync is
// ignored: durability is the server's configuration (RDB, AOF).
//
// Leases differ from the bbolt store's, because other workers are alive
// while one stops: a lease is kept in Redis with its expiry. Close
// returns the requests this handle leased and did not settle to the
// frontier at once; the leases of a handle that was never closed (a
// killed worker) come back when they expire, relative to the times the
// workers pass to Pop. Time is always the caller's (Pop's now), never the
// server's, so the workers' clocks should agree to within a small part
// of the lease.
//
// Memory in Redis: about 250 bytes per queued request plus its URL,
// seed and referer, and about 90 bytes per finished URL (a 64-bit key);
// see TestRedisMemoryPerURL. A call costs one round trip: Push, Pop and
// Done of one URL about three (BenchmarkPushPopDone/redis).
func OpenRedis(ctx context.Context, client redis.UniversalClient, name string, opts ...Option) (Store, error) {
	if client == nil {
		return nil, fmt.Errorf("store: redis: nil client: %w", ErrInvalid)
	}
	return openRedis(ctx, client, false, name, opts)
}

// OpenRedisURL is OpenRedis with a client made from url
// ("redis://[user:password@]host:port/db", "rediss://…" for TLS or
// "unix:///path/to/socket"; see go-redis's ParseURL). The Store owns that
// client and closes it at Close.
func OpenRedisURL(ctx context.Context, url, name string, opts ...Option) (Store, error) {
	ro, err := redis.ParseURL(url)
	if err != nil {
		return nil, fmt.Errorf("store: redis: %w: %w", err, ErrInvalid)
	}
	ro.DisableIdentity = true // CLIENT SETINFO is unknown before Redis 7.2
	client := redis.NewClient(ro)
	s, err := openRedis(ctx, client, true, name, opts)
	if err != nil {
		_ = client.Close()
		return nil, err
	}
	return s, nil
}

func openRedis(ctx context.Context, client redis.UniversalClient, own bool, name string, opts []Option) (Store, error) {
	if err := checkRedisName(name); err != nil {
		return nil, err
	}
	cfg := newConfig(opts)
	prefix := "scoop:{" + name + "}:"
	s := &redisStore{
		cfg:    cfg,
		rdb:    client,
		own:    own,
		meta:   prefix + "m",
		prefix: prefix,
		layout: layoutFor(cfg.maxDistance),
		owner:  string(binary.BigEndian.AppendUint64(nil, rand.Uint64())),
		limit:  cfg.perHost,
		leased: make(map[string]struct{}),
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	want := []string{redisFormat, strconv.Itoa(int(s.layout)), strconv.Itoa(cfg.perHost)}
	fields := []string{"version", "blocks", "perhost"}
	var got *redis.SliceCmd
	_, err := client.TxPipelined(ctx, func(p redis.Pipeliner) error {
		for i, f := range fields {
			p.HSetNX(ctx, s.meta, f, want[i])
		}
		got = p.HMGet(ctx, s.meta, fields...)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: redis: open %q: %w", name, err)
	}
	for i, v := range got.Val() {
		str, _ := v.(string)
		switch {
		case str == want[i]:
		case fields[i] == "version":
			return nil, fmt.Errorf("store: redis: crawl %q has format %q, want %s: %w", name, str, redisFormat, ErrCorrupt)
		default:
			return nil, fmt.Errorf("store: redis: crawl %q was created with %s %s, not %s (see WithHostParallelism, WithFingerprintDistance): %w",
				name, fields[i], str, want[i], ErrInvalid)
		}
	}
	return s, nil
}

// checkRedisName validates a crawl name.
func checkRedisName(name string) error {
	switch {
	case name == "" || len(name) > MaxRedisNameBytes:
		return fmt.Errorf("store: redis: crawl name must be 1 to %d bytes: %w", MaxRedisNameBytes, ErrInvalid)
	case hasControl(name) || strings.ContainsAny(name, "{}"):
		return fmt.Errorf("store: redis: crawl name %q has a brace or control character: %w", name, ErrInvalid)
	}
	return nil
}

// check returns an error if ctx is done or the store is closed.
func (s *redisStore) check(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("store: %w", err)
	}
	if s.closed.Load() {
		return ErrClosed
	}
	return nil
}

// run runs a script with the meta key.
func (s *redisStore) run(ctx context.Context, sc *redis.Script, args ...any) (any, error) {
	return sc.Run(ctx, s.rdb, []string{s.meta}, args...).Result()
}

// redisErr wraps an error of the Redis call op.
func redisErr(op string, err error) error {
	return fmt.Errorf("store: redis: %s: %w", op, err)
}

// redisKey returns the 8-byte key of a URL or emitted key, as a string.
func redisKey(s string) string { return string(key8(s)) }

// redisTime returns the 8-byte sortable form of a normalised time.
func redisTime(t time.Time) string {
	return string(binary.BigEndian.AppendUint64(nil, sortableTime(t)))
}

// fromRedisTime decodes redisTime; ok is false for a malformed value.
func fromRedisTime(v string) (time.Time, bool) {
	if len(v) < 8 {
		return time.Time{}, false
	}
	return fromSortable(binary.BigEndian.Uint64([]byte(v[:8]))), true
}

// redisEncodeA encodes the parts of r that Push's depth rule keeps: kind,
// attempt, NotBefore and URL.
func redisEncodeA(r Request) string {
	b := make([]byte, 0, 16+len(r.URL))
	b = append(b, requestVersion, r.Kind)
	b = binary.AppendUvarint(b, uint64(r.Attempt))
	var nb int64
	if !r.NotBefore.IsZero() {
		nb = r.NotBefore.UnixNano()
	}
	b = binary.AppendVarint(b, nb)
	return string(append(b, r.URL...))
}

// redisEncodeB encodes the parts of r that Push's depth rule replaces
// (with Depth, which the scripts keep as a number): seed and referer.
func redisEncodeB(r Request) string {
	b := make([]byte, 0, 4+len(r.Seed)+len(r.Referer))
	b = binary.AppendUvarint(b, uint64(len(r.Seed)))
	b = append(b, r.Seed...)
	return string(append(b, r.Referer...))
}

// redisDecode rebuilds a request from its encoded parts; it never panics.
func redisDecode(a, b string, depth int64) (Request, error) {
	bad := func(what string) (Request, error) {
		return Request{}, fmt.Errorf("store: redis: request record (%s): %w", what, ErrCorrupt)
	}
	if len(a) < 2 || a[0] != requestVersion {
		return bad("version")
	}
	if depth < 0 || depth > MaxDepth {
		return bad("depth")
	}
	r := Request{Kind: a[1], Depth: int(depth)}
	rest := []byte(a[2:])
	attempt, n := binary.Uvarint(rest)
	if n <= 0 || attempt > 1<<30 {
		return bad("attempt")
	}
	r.Attempt = int(attempt)
	rest = rest[n:]
	nb, n := binary.Varint(rest)
	if n <= 0 {
		return bad("time")
	}
	if nb != 0 {
		r.NotBefore = time.Unix(0, nb).UTC()
	}
	r.URL = string(rest[n:])
	if r.URL == "" {
		return bad("empty URL")
	}
	l, n := binary.Uvarint([]byte(b))
	if n <= 0 || l > uint64(len(b)-n) {
		return bad("seed")
	}
	r.Seed = b[n : n+int(l)]
	r.Referer = b[n+int(l):]
	return r, nil
}

// requestArgs appends the script arguments of one normalised request:
// URL key, host, depth, a, b and the delayed member ("" if not delayed).
func requestArgs(args []any, r Request) []any {
	uk := redisKey(r.URL)
	dm := ""
	if !r.NotBefore.IsZero() {
		dm = redisTime(r.NotBefore) + uk
	}
	return append(args, uk, Host(r.URL), r.Depth, redisEncodeA(r), redisEncodeB(r), dm)
}

func (s *redisStore) Push(ctx context.Context, r Request) (bool, error) {
	n, err := s.PushAll(ctx, []Request{r})
	return n == 1, err
}

func (s *redisStore) PushAll(ctx context.Context, rs []Request) (int, error) {
	args := make([]any, 0, 1+6*len(rs))
	args = append(args, s.limit)
	for _, r := range rs {
		r, err := normalize(r)
		if err != nil {
			return 0, err
		}
		args = requestArgs(args, r)
	}
	if err := s.check(ctx); err != nil {
		return 0, err
	}
	if len(rs) == 0 {
		return 0, nil
	}
	v, err := s.run(ctx, redisPush, args...)
	if err != nil {
		return 0, redisErr("push", err)
	}
	n, ok := v.(int64)
	if !ok {
		return 0, redisErr("push", fmt.Errorf("unexpected reply %T: %w", v, ErrCorrupt))
	}
	return int(n), nil
}

func (s *redisStore) Pop(ctx context.Context, now time.Time) (Request, bool, error) {
	if err := s.check(ctx); err != nil {
		return Request{}, false, err
	}
	now, err := normTime(now)
	if err != nil || now.IsZero() {
		return Request{}, false, fmt.Errorf("store: redis: pop at %v: %w", now, ErrInvalid)
	}
	v, err := s.run(ctx, redisPop, s.limit, redisTime(now), redisTime(now.Add(1)),
		redisTime(now.Add(s.cfg.lease)), s.owner)
	if errors.Is(err, redis.Nil) {
		return Request{}, false, nil
	}
	if err != nil {
		return Request{}, false, redisErr("pop", err)
	}
	parts, _ := v.([]any)
	if len(parts) != 4 {
		return Request{}, false, redisErr("pop", fmt.Errorf("unexpected reply %v: %w", v, ErrCorrupt))
	}
	a, _ := parts[0].(string)
	b, _ := parts[1].(string)
	depth, _ := parts[2].(int64)
	uk, _ := parts[3].(string)
	// The lease is this handle's whatever the record says, so that Close
	// hands it back even when it cannot be decoded.
	s.mu.Lock()
	s.leased[uk] = struct{}{}
	s.mu.Unlock()
	r, err := redisDecode(a, b, depth)
	if err != nil {
		return Request{}, false, err
	}
	return r, true, nil
}

// settled forgets a lease of this handle.
func (s *redisStore) settled(uk string) {
	s.mu.Lock()
	delete(s.leased, uk)
	s.mu.Unlock()
}

func (s *redisStore) Done(ctx context.Context, url string) error {
	if err := s.check(ctx); err != nil {
		return err
	}
	uk := redisKey(url)
	v, err := s.run(ctx, redisDone, s.limit, uk)
	if err != nil {
		return redisErr("done", err)
	}
	if n, _ := v.(int64); n < 0 {
		return fmt.Errorf("store: done %q: %w", url, ErrNotFound)
	}
	s.settled(uk)
	return nil
}

func (s *redisStore) Retry(ctx context.Context, r Request) error {
	r, err := normalize(r)
	if err != nil {
		return err
	}
	if err := s.check(ctx); err != nil {
		return err
	}
	v, err := s.run(ctx, redisRetry, requestArgs([]any{s.limit}, r)...)
	if err != nil {
		return redisErr("retry", err)
	}
	if n, _ := v.(int64); n < 0 {
		return fmt.Errorf("store: retry %q: %w", r.URL, ErrNotFound)
	}
	s.settled(redisKey(r.URL))
	return nil
}

func (s *redisStore) Seen(ctx context.Context, url string) (bool, error) {
	if err := s.check(ctx); err != nil {
		return false, err
	}
	ok, err := s.rdb.HExists(ctx, s.prefix+"u", redisKey(url)).Result()
	if err != nil {
		return false, redisErr("seen", err)
	}
	return ok, nil
}

func (s *redisStore) HostNext(ctx context.Context, host string) (time.Time, error) {
	if err := s.check(ctx); err != nil {
		return time.Time{}, err
	}
	v, err := s.rdb.HGet(ctx, s.prefix+"n", host).Result()
	if errors.Is(err, redis.Nil) {
		return time.Time{}, nil
	}
	if err != nil {
		return time.Time{}, redisErr("host next", err)
	}
	t, ok := fromRedisTime(v)
	if !ok {
		return time.Time{}, redisErr("host next", ErrCorrupt)
	}
	return t, nil
}

func (s *redisStore) SetHostNext(ctx context.Context, host string, t time.Time) error {
	t, err := normTime(t)
	if err != nil {
		return err
	}
	if err := s.check(ctx); err != nil {
		return err
	}
	enc := ""
	if !t.IsZero() {
		enc = redisTime(t)
	}
	if _, err := s.run(ctx, redisSetHostNext, s.limit, host, enc); err != nil {
		return redisErr("set host next", err)
	}
	return nil
}

func (s *redisStore) NextDue(ctx context.Context) (time.Time, bool, error) {
	if err := s.check(ctx); err != nil {
		return time.Time{}, false, err
	}
	var ready *redis.IntCmd
	var firsts [3]*redis.StringSliceCmd
	_, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		ready = p.ZCard(ctx, s.prefix+"r")
		for i, k := range [...]string{"w", "d", "l"} {
			firsts[i] = p.ZRange(ctx, s.prefix+k, 0, 0)
		}
		return nil
	})
	if err != nil {
		return time.Time{}, false, redisErr("next due", err)
	}
	if ready.Val() > 0 {
		return time.Time{}, true, nil
	}
	var at time.Time
	ok := false
	for _, c := range firsts {
		if v := c.Val(); len(v) > 0 {
			t, good := fromRedisTime(v[0])
			if !good {
				return time.Time{}, false, redisErr("next due", ErrCorrupt)
			}
			at, ok = earliest(at, ok, t)
		}
	}
	return at, ok, nil
}

func (s *redisStore) AddFingerprint(ctx context.Context, url string, fp uint64, maxDistance int) (bool, string, error) {
	if err := checkDistance(maxDistance, s.cfg.maxDistance); err != nil {
		return false, "", err
	}
	if err := s.check(ctx); err != nil {
		return false, "", err
	}
	args := make([]any, 0, 3+int(s.layout))
	args = append(args, string(binary.BigEndian.AppendUint64(nil, fp)), url, maxDistance)
	for i := range int(s.layout) {
		args = append(args, string(binary.BigEndian.AppendUint64(nil, s.layout.value(fp, i))))
	}
	v, err := s.run(ctx, redisFingerprint, args...)
	if err != nil {
		return false, "", redisErr("fingerprint", err)
	}
	parts, _ := v.([]any)
	if len(parts) == 0 {
		return false, "", redisErr("fingerprint", fmt.Errorf("unexpected reply %v: %w", v, ErrCorrupt))
	}
	if dup, _ := parts[0].(int64); dup == 1 && len(parts) == 2 {
		of, _ := parts[1].(string)
		return true, of, nil
	}
	return false, "", nil
}

func (s *redisStore) MarkEmitted(ctx context.Context, key string) (bool, error) {
	if err := s.check(ctx); err != nil {
		return false, err
	}
	ek := redisKey(key)
	var added *redis.IntCmd
	_, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		added = p.SAdd(ctx, s.prefix+"e", ek)
		p.HDel(ctx, s.prefix+"c", ek)
		return nil
	})
	if err != nil {
		return false, redisErr("mark emitted", err)
	}
	return added.Val() == 1, nil
}

func (s *redisStore) Emitted(ctx context.Context, key string) (bool, error) {
	if err := s.check(ctx); err != nil {
		return false, err
	}
	ok, err := s.rdb.SIsMember(ctx, s.prefix+"e", redisKey(key)).Result()
	if err != nil {
		return false, redisErr("emitted", err)
	}
	return ok, nil
}

// ClaimEmit implements Claimer.
func (s *redisStore) ClaimEmit(ctx context.Context, key string, now time.Time, ttl time.Duration) (bool, error) {
	if err := s.check(ctx); err != nil {
		return false, err
	}
	now, err := normTime(now)
	if err != nil || now.IsZero() || ttl <= 0 {
		return false, fmt.Errorf("store: redis: claim at %v for %v: %w", now, ttl, ErrInvalid)
	}
	v, err := s.run(ctx, redisClaim, redisKey(key), s.owner, redisTime(now), redisTime(now.Add(ttl)))
	if err != nil {
		return false, redisErr("claim", err)
	}
	n, _ := v.(int64)
	return n == 1, nil
}

// ReleaseEmit implements Claimer.
func (s *redisStore) ReleaseEmit(ctx context.Context, key string) error {
	if err := s.check(ctx); err != nil {
		return err
	}
	if _, err := s.run(ctx, redisUnclaim, redisKey(key), s.owner); err != nil {
		return redisErr("release claim", err)
	}
	return nil
}

func (s *redisStore) Stats(ctx context.Context) (Stats, error) {
	if err := s.check(ctx); err != nil {
		return Stats{}, err
	}
	var seen, leased, delayed, emitted, fps *redis.IntCmd
	var done *redis.SliceCmd
	_, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		seen = p.HLen(ctx, s.prefix+"u")
		done = p.HMGet(ctx, s.meta, "done")
		leased = p.ZCard(ctx, s.prefix+"l")
		delayed = p.ZCard(ctx, s.prefix+"d")
		emitted = p.SCard(ctx, s.prefix+"e")
		fps = p.HLen(ctx, s.prefix+"f")
		return nil
	})
	if err != nil {
		return Stats{}, redisErr("stats", err)
	}
	var nDone int64
	if v := done.Val(); len(v) == 1 && v[0] != nil {
		str, _ := v[0].(string)
		if nDone, err = strconv.ParseInt(str, 10, 64); err != nil {
			return Stats{}, redisErr("stats", ErrCorrupt)
		}
	}
	return Stats{
		Queued:       seen.Val() - nDone - leased.Val(),
		Delayed:      delayed.Val(),
		Leased:       leased.Val(),
		Done:         nDone,
		Seen:         seen.Val(),
		Emitted:      emitted.Val(),
		Fingerprints: fps.Val(),
	}, nil
}

// Close returns the requests this handle leased and did not settle to
// the frontier (at once, not at their lease expiry) and closes the client
// if OpenRedisURL made it. A Pop that runs while Close does may keep its
// lease until it expires.
func (s *redisStore) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	s.mu.Lock()
	keys := make([]any, 0, len(s.leased))
	for k := range s.leased {
		keys = append(keys, k)
	}
	clear(s.leased)
	s.mu.Unlock()
	var err error
	if len(keys) > 0 {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		for len(keys) > 0 && err == nil {
			n := min(len(keys), 1000)
			args := append([]any{s.limit, s.owner}, keys[:n]...)
			keys = keys[n:]
			if _, rerr := s.run(ctx, redisRelease, args...); rerr != nil {
				err = redisErr("close: releasing leases", rerr)
			}
		}
	}
	if s.own {
		if cerr := s.rdb.Close(); cerr != nil && err == nil {
			err = redisErr("close", cerr)
		}
	}
	return err
}

var _ Claimer = (*redisStore)(nil)
