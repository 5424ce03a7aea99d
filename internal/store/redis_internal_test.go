package store

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRedisCodec(t *testing.T) {
	t.Parallel()
	for _, r := range []Request{
		{URL: "https://a.example/"},
		{URL: "https://a.example/x", Depth: 3, Seed: "https://a.example/", Kind: 255, Attempt: 7,
			NotBefore: time.Date(2025, 1, 2, 3, 4, 5, 6, time.UTC), Referer: "https://a.example/hub"},
		{URL: "https://b.example/ü", Depth: MaxDepth, Referer: "r", NotBefore: time.Date(1969, 12, 31, 23, 59, 59, 0, time.UTC)},
	} {
		got, err := redisDecode(redisEncodeA(r), redisEncodeB(r), int64(r.Depth))
		require.NoError(t, err)
		assert.Equal(t, r, got)
	}
	for _, tc := range []struct{ a, b string }{
		{"", ""}, {"\x02\x00\x00\x00u", "\x00"}, {"\x01\x00\x00\x00", "\x00"}, {"\x01\x00\x00\x00u", ""}, {"\x01\x00\x00\x00u", "\x05ab"},
	} {
		_, err := redisDecode(tc.a, tc.b, 0)
		assert.ErrorIs(t, err, ErrCorrupt, "%q %q", tc.a, tc.b)
	}
	_, err := redisDecode(redisEncodeA(Request{URL: "u"}), "\x00", MaxDepth+1)
	assert.ErrorIs(t, err, ErrCorrupt)
}

func TestRedisTime(t *testing.T) {
	t.Parallel()
	for _, tm := range []time.Time{minTime, maxTime, time.Date(2025, 3, 1, 12, 0, 0, 1, time.UTC)} {
		got, ok := fromRedisTime(redisTime(tm))
		require.True(t, ok)
		assert.True(t, got.Equal(tm), "%v", tm)
		// Byte order is time order, which the lex sets rely on.
		assert.Less(t, redisTime(tm), redisTime(tm.Add(1)))
	}
	_, ok := fromRedisTime("short")
	assert.False(t, ok)
}

// FuzzRedisDecode feeds arbitrary record parts to the decoder of the
// requests the Redis store returns from Pop: it must not panic, and what
// it accepts must encode back to a request that decodes the same.
func FuzzRedisDecode(f *testing.F) {
	r := Request{URL: "https://a.example/x", Depth: 2, Seed: "s", Kind: 3, Attempt: 1,
		NotBefore: time.Date(2025, 1, 2, 3, 4, 5, 6, time.UTC), Referer: "r"}
	f.Add(redisEncodeA(r), redisEncodeB(r), int64(2))
	f.Add(redisEncodeA(Request{URL: "u"}), redisEncodeB(Request{}), int64(0))
	f.Add("\x01\x00\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01", "\xff", int64(-1))
	f.Fuzz(func(t *testing.T, a, b string, depth int64) {
		r, err := redisDecode(a, b, depth)
		if err != nil {
			return
		}
		r2, err := redisDecode(redisEncodeA(r), redisEncodeB(r), int64(r.Depth))
		if err != nil || r2.URL != r.URL || r2.Seed != r.Seed || r2.Referer != r.Referer || !r2.NotBefore.Equal(r.NotBefore) || r2.Attempt != r.Attempt {
			t.Fatalf("round trip: %+v vs %+v (%v)", r, r2, err)
		}
	})
}
