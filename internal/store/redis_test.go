package store_test

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsscoop/scoop/internal/store"
	"github.com/newsscoop/scoop/internal/store/redistest"
	"github.com/newsscoop/scoop/internal/store/storetest"
)

func openRedis(t testing.TB, c redis.UniversalClient, name string, opts ...store.Option) store.Store {
	t.Helper()
	s, err := store.OpenRedis(context.Background(), c, name, opts...)
	require.NoError(t, err)
	return s
}

func TestRedis(t *testing.T) {
	t.Parallel()
	srv := redistest.Start(t)
	c := srv.Client(t)
	storetest.Run(t, func(t *testing.T) store.Store { return openRedis(t, c, srv.Name("run")) })
}

// TestRedisDurable runs the durability suite unchanged: a clean Close
// returns the handle's leases at once (LeasedComeBack), and the rest
// lives in the server.
func TestRedisDurable(t *testing.T) {
	t.Parallel()
	srv := redistest.Start(t)
	c := srv.Client(t)
	base := srv.Name("durable")
	storetest.RunDurable(t, func(t *testing.T, name string) store.Store {
		return openRedis(t, c, base+"-"+name)
	})
}

// TestRedisDeadWorker: a worker that dies (never closes its handle) keeps
// its lease until the lease expires; then another worker gets the
// request again. This is where the Redis store differs from bbolt, whose
// leases end with the process.
func TestRedisDeadWorker(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	srv := redistest.Start(t)
	name := srv.Name("dead")
	dying := openRedis(t, srv.Client(t), name) // never closed
	_, err := dying.PushAll(ctx, []store.Request{
		{URL: "https://a.example/1"}, {URL: "https://a.example/2"}, {URL: "https://b.example/1"},
	})
	require.NoError(t, err)
	r, ok, err := dying.Pop(ctx, storetest.T0)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, "https://a.example/1", r.URL)

	alive := openRedis(t, srv.Client(t), name)
	defer alive.Close()
	st, err := alive.Stats(ctx)
	require.NoError(t, err)
	assert.Equal(t, store.Stats{Queued: 2, Leased: 1, Seen: 3}, st)
	var got []string
	for _, at := range []time.Duration{time.Second, time.Second, storetest.Lease - time.Nanosecond, storetest.Lease} {
		r, ok, err := alive.Pop(ctx, storetest.T0.Add(at))
		require.NoError(t, err)
		if ok {
			got = append(got, fmt.Sprintf("%v %s", at, r.URL))
		}
	}
	assert.Equal(t, []string{"1s https://b.example/1", "5m0s https://a.example/1"}, got,
		"a.example stays busy until the dead worker's lease expires")
	at, ok, err := alive.NextDue(ctx)
	require.NoError(t, err)
	assert.True(t, ok)
	assert.True(t, at.Equal(storetest.T0.Add(storetest.Lease+time.Second)), "next due: b's lease expiry, %v", at)

	// The dead handle's Done still counts (Done is by URL, not by lease).
	require.NoError(t, dying.Done(ctx, "https://a.example/1"))
	r, ok, err = alive.Pop(ctx, storetest.T0.Add(storetest.Lease))
	require.NoError(t, err)
	require.True(t, ok)
	assert.Equal(t, "https://a.example/2", r.URL)
}

// TestRedisTwoHandles runs the shared concurrency test on two handles on
// two clients of one crawl, as two workers would: both push every URL and
// both pop until all are done; no URL is added or leased twice.
func TestRedisTwoHandles(t *testing.T) {
	t.Parallel()
	srv := redistest.Start(t)
	name := srv.Name("two")
	a, b := openRedis(t, srv.Client(t), name), openRedis(t, srv.Client(t), name)
	defer a.Close()
	defer b.Close()
	storetest.Concurrent(t, a, b)
}

// TestRedisClaim checks the emit claims two workers use to write an
// article once.
func TestRedisClaim(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	srv := redistest.Start(t)
	name := srv.Name("claim")
	a := openRedis(t, srv.Client(t), name).(store.Claimer)
	b := openRedis(t, srv.Client(t), name).(store.Claimer)
	t0, ttl := storetest.T0, time.Minute
	claim := func(c store.Claimer, key string, at time.Duration) bool {
		t.Helper()
		ok, err := c.ClaimEmit(ctx, key, t0.Add(at), ttl)
		require.NoError(t, err)
		return ok
	}
	assert.True(t, claim(a, "k1", 0))
	assert.False(t, claim(b, "k1", 0), "claimed by a")
	assert.False(t, claim(a, "k1", 0), "claimed by a, even for a")
	assert.False(t, claim(b, "k1", ttl-time.Nanosecond), "still live")
	assert.True(t, claim(b, "k1", ttl), "a's claim lapsed")
	require.NoError(t, a.ReleaseEmit(ctx, "k1"))
	assert.False(t, claim(a, "k1", ttl), "a cannot release b's claim")
	require.NoError(t, b.ReleaseEmit(ctx, "k1"))
	assert.True(t, claim(a, "k1", ttl), "released")
	first, err := a.(store.Store).MarkEmitted(ctx, "k1")
	require.NoError(t, err)
	assert.True(t, first)
	assert.False(t, claim(b, "k1", 10*ttl), "emitted")
	_, err = a.ClaimEmit(ctx, "k2", t0, 0)
	assert.ErrorIs(t, err, store.ErrInvalid)
}

func TestRedisOpenErrors(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	srv := redistest.Start(t)
	c := srv.Client(t)
	for _, name := range []string{"", "a{b", "a}b", "a\nb", string(make([]byte, store.MaxRedisNameBytes+1))} {
		_, err := store.OpenRedis(ctx, c, name)
		assert.ErrorIs(t, err, store.ErrInvalid, "name %q", name)
	}
	_, err := store.OpenRedis(ctx, nil, "x")
	assert.ErrorIs(t, err, store.ErrInvalid)
	_, err = store.OpenRedisURL(ctx, "http://"+srv.Addr, "x")
	assert.ErrorIs(t, err, store.ErrInvalid)

	// A crawl remembers its host parallelism and fingerprint layout.
	name := srv.Name("opts")
	s := openRedis(t, c, name, store.WithHostParallelism(2))
	require.NoError(t, s.Close())
	for _, opts := range [][]store.Option{nil, {store.WithHostParallelism(2), store.WithFingerprintDistance(7)}} {
		_, err = store.OpenRedis(ctx, c, name, opts...)
		assert.ErrorIs(t, err, store.ErrInvalid)
	}
	s, err = store.OpenRedisURL(ctx, srv.URL, name, store.WithHostParallelism(2), store.WithLease(time.Minute))
	require.NoError(t, err)
	require.NoError(t, s.Close())

	// Another format.
	name = srv.Name("format")
	require.NoError(t, c.HSet(ctx, "scoop:{"+name+"}:m", "version", "99").Err())
	_, err = store.OpenRedis(ctx, c, name)
	assert.ErrorIs(t, err, store.ErrCorrupt)

	// A server that is not there.
	_, err = store.OpenRedis(ctx, redis.NewClient(&redis.Options{Addr: "127.0.0.1:1", MaxRetries: -1, DialerRetries: 1}), "x")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "store: redis: open")

	// Pop needs a real time.
	s = openRedis(t, c, srv.Name("time"))
	defer s.Close()
	_, _, err = s.Pop(ctx, time.Time{})
	assert.ErrorIs(t, err, store.ErrInvalid)
}

// TestRedisCorruptRecord: a record that is not the store's gives an
// error, not a panic or a wrong request.
func TestRedisCorruptRecord(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	srv := redistest.Start(t)
	c := srv.Client(t)
	name := srv.Name("corrupt")
	s := openRedis(t, c, name)
	defer s.Close()
	_, err := s.Push(ctx, store.Request{URL: "https://a.example/1"})
	require.NoError(t, err)
	recs, err := c.HKeys(ctx, "scoop:{"+name+"}:u").Result()
	require.NoError(t, err)
	require.Len(t, recs, 1)
	require.NoError(t, c.HSet(ctx, "scoop:{"+name+"}:u", recs[0], "\xc1junk").Err())
	_, _, err = s.Pop(ctx, storetest.T0)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "store: redis: pop")
}

// TestRedisMemoryPerURL measures the server's memory per queued and per
// finished URL (go test -run RedisMemoryPerURL -v).
func TestRedisMemoryPerURL(t *testing.T) {
	if testing.Short() {
		t.Skip("pushes 20,000 URLs")
	}
	t.Parallel()
	const n = 20_000
	ctx := context.Background()
	srv := redistest.Start(t)
	c := srv.Client(t)
	used := func() int64 {
		info, err := c.Info(ctx, "memory").Result()
		require.NoError(t, err)
		m := regexp.MustCompile(`used_memory:(\d+)`).FindStringSubmatch(info)
		require.Len(t, m, 2)
		v, err := strconv.ParseInt(m[1], 10, 64)
		require.NoError(t, err)
		return v
	}
	base := used()
	s := openRedis(t, c, srv.Name("mem"))
	defer s.Close()
	urlBytes := 0
	seed, hub := "https://www.news-site.example.com/", "https://www.news-site.example.com/politik/"
	batch := make([]store.Request, 0, 1000)
	for i := range n {
		u := articleURL(i)
		urlBytes += len(u)
		batch = append(batch, store.Request{URL: u, Depth: 2, Seed: seed, Referer: hub})
		if len(batch) == cap(batch) {
			_, err := s.PushAll(ctx, batch)
			require.NoError(t, err)
			batch = batch[:0]
		}
	}
	queued := (used() - base) / n
	t.Logf("redis: %d B per queued URL (URL %d B, seed %d B, referer %d B)", queued, urlBytes/n, len(seed), len(hub))
	for range n {
		r, ok, err := s.Pop(ctx, storetest.T0)
		require.NoError(t, err)
		require.True(t, ok)
		require.NoError(t, s.Done(ctx, r.URL))
	}
	done := (used() - base) / n
	t.Logf("redis: %d B per finished URL", done)
	assert.Less(t, queued, int64(600))
	assert.Less(t, done, int64(120))
}

// BenchmarkRedisRoundTrips is the baseline of BenchmarkPushPopDone/redis:
// three PINGs, the round trips that Push, Pop and Done make.
func BenchmarkRedisRoundTrips(b *testing.B) {
	ctx := context.Background()
	srv := redistest.Start(b)
	c := srv.Client(b)
	b.ReportAllocs()
	for b.Loop() {
		for range 3 {
			if err := c.Ping(ctx).Err(); err != nil {
				b.Fatal(err)
			}
		}
	}
}
