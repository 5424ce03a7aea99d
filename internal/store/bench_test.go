package store_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/newsscoop/scoop/internal/store"
	"github.com/newsscoop/scoop/internal/store/redistest"
	"github.com/newsscoop/scoop/internal/store/storetest"
	"github.com/stretchr/testify/require"
)

// benchStores are the implementations the benchmarks compare.
var benchStores = []struct {
	name string
	open func(b *testing.B) store.Store
}{
	{"memory", func(b *testing.B) store.Store { return store.NewMemory() }},
	{"bolt", func(b *testing.B) store.Store {
		s, err := store.OpenBolt(filepath.Join(b.TempDir(), "bench.db"))
		require.NoError(b, err)
		return s
	}},
	{"bolt-nosync", func(b *testing.B) store.Store {
		s, err := store.OpenBolt(filepath.Join(b.TempDir(), "bench.db"), store.WithNoSync())
		require.NoError(b, err)
		return s
	}},
	{"redis", func(b *testing.B) store.Store {
		srv := redistest.Start(b) // skips b without redis-server
		return openRedis(b, srv.Client(b), srv.Name("bench"))
	}},
}

// articleURL returns a realistic URL (about 90 bytes) on one of 100 hosts.
func articleURL(i int) string {
	return fmt.Sprintf("https://www.news-site-%d.example.com/politik/2025/03/01/ein-langer-artikel-titel-als-slug-%d", i%100, i)
}

// prefill pushes n requests (one PushAll per 1,000).
func prefill(tb testing.TB, s store.Store, n int) {
	ctx := context.Background()
	batch := make([]store.Request, 0, 1000)
	for i := range n {
		batch = append(batch, store.Request{URL: articleURL(-1 - i), Depth: 3, Seed: "https://www.news-site.example.com/", Referer: "https://www.news-site.example.com/politik/"})
		if len(batch) == cap(batch) || i == n-1 {
			_, err := s.PushAll(ctx, batch)
			require.NoError(tb, err)
			batch = batch[:0]
		}
	}
}

// BenchmarkPushPopDone is the life of one URL in a frontier that already
// holds 10,000 deeper ones: Push, Pop, Done.
func BenchmarkPushPopDone(b *testing.B) {
	ctx := context.Background()
	for _, bs := range benchStores {
		b.Run(bs.name, func(b *testing.B) {
			s := bs.open(b)
			defer s.Close()
			prefill(b, s, 10_000)
			i := 0
			b.ReportAllocs()
			for b.Loop() {
				u := articleURL(i)
				i++
				if _, err := s.Push(ctx, store.Request{URL: u, Depth: 1}); err != nil {
					b.Fatal(err)
				}
				r, ok, err := s.Pop(ctx, storetest.T0)
				if err != nil || !ok || r.URL != u {
					b.Fatalf("pop: %v %v %q", ok, err, r.URL)
				}
				if err := s.Done(ctx, u); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkPushAll100 pushes the links of one page: 100 requests, 20 of
// them new, in one PushAll.
func BenchmarkPushAll100(b *testing.B) {
	ctx := context.Background()
	for _, bs := range benchStores {
		b.Run(bs.name, func(b *testing.B) {
			s := bs.open(b)
			defer s.Close()
			prefill(b, s, 10_000)
			batch := make([]store.Request, 100)
			n := 0
			b.ReportAllocs()
			for b.Loop() {
				for j := range batch {
					if j < 20 {
						batch[j] = store.Request{URL: articleURL(n), Depth: 2}
						n++
					} else {
						batch[j] = store.Request{URL: articleURL(-1 - j*37), Depth: 3}
					}
				}
				added, err := s.PushAll(ctx, batch)
				if err != nil || added != 20 {
					b.Fatalf("added %d, %v", added, err)
				}
			}
		})
	}
}

// BenchmarkAddFingerprint looks up and adds one fingerprint among 100,000.
func BenchmarkAddFingerprint(b *testing.B) {
	ctx := context.Background()
	for _, bs := range benchStores[:2] {
		b.Run(bs.name, func(b *testing.B) {
			s := bs.open(b)
			defer s.Close()
			x := uint64(1)
			next := func() uint64 { // xorshift: reproducible, well spread
				x ^= x << 13
				x ^= x >> 7
				x ^= x << 17
				return x
			}
			for i := range 100_000 {
				_, _, err := s.AddFingerprint(ctx, fmt.Sprint(i), next(), 3)
				require.NoError(b, err)
			}
			i := 0
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := s.AddFingerprint(ctx, fmt.Sprint("n", i), next(), 3); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}

// TestMemoryPerURL measures the Go heap per URL with 100,000 queued
// requests and, for the memory store, after they are all done (go test
// -run MemoryPerURL -v). colly's async mode costs about 11 KB per queued
// URL (COLLY-NOTES).
func TestMemoryPerURL(t *testing.T) {
	if testing.Short() {
		t.Skip("measures 100,000 URLs")
	}
	const n = 100_000
	ctx := context.Background()
	heap := func() int64 {
		runtime.GC()
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return int64(m.HeapAlloc)
	}
	urlBytes := 0
	for i := range n {
		urlBytes += len(articleURL(i))
	}
	dbPath := filepath.Join(t.TempDir(), "mem.db")
	for _, impl := range []struct {
		name     string
		open     func() store.Store
		maxQueue int64 // bytes per queued URL, URL text included
		maxDone  int64
	}{
		{"memory", func() store.Store { return store.NewMemory() }, 400, 32},
		{"bolt", func() store.Store {
			s, err := store.OpenBolt(dbPath, store.WithNoSync())
			require.NoError(t, err)
			return s
		}, 10, -1},
	} {
		t.Run(impl.name, func(t *testing.T) {
			base := heap()
			s := impl.open()
			defer s.Close()
			seed, hub := "https://www.news-site.example.com/", "https://www.news-site.example.com/politik/"
			batch := make([]store.Request, 0, 1000)
			for i := range n {
				// Referer and Seed share their strings, as the crawler's do.
				batch = append(batch, store.Request{URL: articleURL(i), Depth: 2, Seed: seed, Referer: hub})
				if len(batch) == cap(batch) {
					_, err := s.PushAll(ctx, batch)
					require.NoError(t, err)
					batch = batch[:0]
				}
			}
			queued := heap() - base
			t.Logf("%s: %d B of heap per queued URL (the URL text is %d B)", impl.name, queued/n, urlBytes/n)
			require.LessOrEqual(t, queued/n, impl.maxQueue)
			if impl.maxDone < 0 {
				fi, err := os.Stat(dbPath)
				require.NoError(t, err)
				t.Logf("%s: file %d B per queued URL", impl.name, fi.Size()/n)
				return
			}
			for range n {
				r, ok, err := s.Pop(ctx, storetest.T0)
				require.NoError(t, err)
				require.True(t, ok)
				require.NoError(t, s.Done(ctx, r.URL))
			}
			done := heap() - base
			st, err := s.Stats(ctx)
			require.NoError(t, err)
			require.Equal(t, int64(n), st.Done)
			runtime.KeepAlive(s)
			t.Logf("%s: %d B of heap per done URL", impl.name, done/n)
			require.LessOrEqual(t, done/n, impl.maxDone)
		})
	}
}
