package store_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsscoop/scoop/internal/store"
	"github.com/newsscoop/scoop/internal/store/redistest"
	"github.com/newsscoop/scoop/internal/store/storetest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// implementations opens each implementation with opts.
var implementations = []struct {
	name string
	open func(t *testing.T, opts ...store.Option) store.Store
}{
	{"memory", func(t *testing.T, opts ...store.Option) store.Store { return store.NewMemory(opts...) }},
	{"bolt", func(t *testing.T, opts ...store.Option) store.Store {
		return openBolt(t, filepath.Join(t.TempDir(), "crawl.db"), opts...)
	}},
	{"redis", func(t *testing.T, opts ...store.Option) store.Store {
		srv := redistest.Start(t) // skips t without redis-server
		return openRedis(t, srv.Client(t), srv.Name("impl"), opts...)
	}},
}

func TestOptions(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	t0 := storetest.T0
	for _, impl := range implementations {
		t.Run(impl.name, func(t *testing.T) {
			t.Parallel()
			s := impl.open(t, store.WithLease(time.Minute), store.WithHostParallelism(2), store.WithFingerprintDistance(7), nil)
			defer s.Close()
			for i := range 3 {
				_, err := s.Push(ctx, store.Request{URL: fmt.Sprintf("https://a.example/%d", i)})
				require.NoError(t, err)
			}
			// Two leases per host.
			for _, want := range []string{"https://a.example/0", "https://a.example/1"} {
				r, ok, err := s.Pop(ctx, t0)
				require.NoError(t, err)
				require.True(t, ok)
				assert.Equal(t, want, r.URL)
			}
			_, ok, err := s.Pop(ctx, t0)
			require.NoError(t, err)
			assert.False(t, ok)
			// One-minute lease.
			r, ok, err := s.Pop(ctx, t0.Add(time.Minute))
			require.NoError(t, err)
			require.True(t, ok)
			assert.Equal(t, "https://a.example/0", r.URL)
			// Distance up to 7.
			_, _, err = s.AddFingerprint(ctx, "u1", 0, 7)
			require.NoError(t, err)
			dup, of, err := s.AddFingerprint(ctx, "u2", 0x7f, 7)
			require.NoError(t, err)
			assert.True(t, dup)
			assert.Equal(t, "u1", of)
			_, _, err = s.AddFingerprint(ctx, "u3", 0, 8)
			assert.ErrorIs(t, err, store.ErrInvalid)
		})
	}
}

// TestDifferential runs one random sequence of calls against both
// implementations and requires identical results: order, leases, delays,
// politeness and counts all behave the same.
func TestDifferential(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for seed := range uint64(4) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			t.Parallel()
			var stores []store.Store
			var names []string
			for _, impl := range implementations {
				if impl.name == "redis" && !redistest.Available() {
					continue
				}
				s := impl.open(t, store.WithLease(time.Minute), store.WithNoSync())
				defer s.Close()
				stores = append(stores, s)
				names = append(names, impl.name)
			}
			rng := rand.New(rand.NewPCG(seed, 77))
			now := storetest.T0
			url := func() string {
				i := rng.IntN(50)
				return fmt.Sprintf("https://h%d.example/%d", i%6, i)
			}
			for step := range 3000 {
				var op string
				var call func(s store.Store) string
				switch x := rng.IntN(100); {
				case x < 30:
					r := store.Request{URL: url(), Depth: rng.IntN(4), Kind: uint8(rng.IntN(3)), Referer: url()}
					if rng.IntN(5) == 0 {
						r.NotBefore = now.Add(time.Duration(rng.IntN(120)) * time.Second)
					}
					op = fmt.Sprintf("push %+v", r)
					call = func(s store.Store) string { a, err := s.Push(ctx, r); return fmt.Sprint(a, err) }
				case x < 60:
					now = now.Add(time.Duration(rng.IntN(20)) * time.Second)
					op = "pop"
					call = func(s store.Store) string { r, ok, err := s.Pop(ctx, now); return fmt.Sprint(r, ok, err) }
				case x < 75:
					u := url()
					op = "done " + u
					call = func(s store.Store) string { return fmt.Sprint(s.Done(ctx, u)) }
				case x < 83:
					r := store.Request{URL: url(), Depth: rng.IntN(4), Attempt: rng.IntN(3)}
					if rng.IntN(2) == 0 {
						r.NotBefore = now.Add(time.Duration(rng.IntN(90)) * time.Second)
					}
					op = fmt.Sprintf("retry %+v", r)
					call = func(s store.Store) string { return fmt.Sprint(s.Retry(ctx, r)) }
				case x < 89:
					h := fmt.Sprintf("h%d.example", rng.IntN(7))
					at := now.Add(time.Duration(rng.IntN(60)-10) * time.Second)
					op = "sethostnext " + h
					call = func(s store.Store) string {
						err := s.SetHostNext(ctx, h, at)
						next, err2 := s.HostNext(ctx, h)
						if !next.After(now) {
							next = time.Time{} // a store may forget times that have passed
						}
						return fmt.Sprint(err, next, err2)
					}
				case x < 94:
					u, fp := url(), rng.Uint64()&0xff00ff00000000ff
					op = "fingerprint"
					call = func(s store.Store) string {
						d, of, err := s.AddFingerprint(ctx, u, fp, 3)
						return fmt.Sprint(d, of, err)
					}
				case x < 97:
					k := url()
					op = "emit"
					call = func(s store.Store) string { f, err := s.MarkEmitted(ctx, k); return fmt.Sprint(f, err) }
				default:
					op = "nextdue"
					call = func(s store.Store) string { at, ok, err := s.NextDue(ctx); return fmt.Sprint(at, ok, err) }
				}
				want := call(stores[0])
				for i, s := range stores[1:] {
					require.Equal(t, want, call(s), "step %d: %s (%s)", step, op, names[i+1])
				}
				st0, err := stores[0].Stats(ctx)
				require.NoError(t, err)
				for i, s := range stores[1:] {
					st, err := s.Stats(ctx)
					require.NoError(t, err)
					require.Equal(t, st0, st, "step %d: %s (%s)", step, op, names[i+1])
				}
				require.Equal(t, st0.Seen, st0.Queued+st0.Leased+st0.Done, "step %d", step)
			}
		})
	}
}
