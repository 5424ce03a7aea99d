package store

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRequestCodec(t *testing.T) {
	t.Parallel()
	tests := []Request{
		{URL: "https://a.example/"},
		{URL: "https://a.example/x", Depth: 3, Seed: "https://a.example/", Kind: 255, Attempt: 7,
			NotBefore: time.Date(2025, 1, 2, 3, 4, 5, 6, time.UTC), Referer: "https://a.example/hub"},
		{URL: "https://b.example/ü", Depth: MaxDepth, NotBefore: time.Date(1969, 12, 31, 23, 59, 59, 0, time.UTC)},
	}
	for _, r := range tests {
		got, err := decodeRequest(encodeRequest(r))
		require.NoError(t, err)
		assert.Equal(t, r, got)
	}
}

func TestKeys(t *testing.T) {
	t.Parallel()
	p := prio{depth: 3, seq: 1 << 40}
	host, got, err := splitQueueKey(queueKey("a.example", p))
	require.NoError(t, err)
	assert.Equal(t, "a.example", host)
	assert.Equal(t, p, got)
	// Sortable times keep order across 1970.
	early, late := time.Date(1960, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	assert.Less(t, sortableTime(early), sortableTime(late))
	assert.True(t, fromSortable(sortableTime(early)).Equal(early))
	nb, seq, err := splitDelayedKey(delayedKey(late, 9))
	require.NoError(t, err)
	assert.True(t, nb.Equal(late))
	assert.Equal(t, uint64(9), seq)
}

func TestBlocks(t *testing.T) {
	t.Parallel()
	// The blocks of every layout cover the 64 bits exactly once.
	for k := 0; k <= MaxFingerprintDistance; k++ {
		l := layoutFor(k)
		var all uint64
		for i := range int(l) {
			lo := i * 64 / int(l)
			all |= l.value(^uint64(0), i) << lo
			assert.Equal(t, uint64(0), l.value(0, i))
		}
		assert.Equal(t, ^uint64(0), all, "k=%d", k)
	}
}

// FuzzDecodeRequest feeds arbitrary records to the decoder the bbolt store
// uses on its file: it must not panic, and what it accepts must encode back
// to the same bytes.
func FuzzDecodeRequest(f *testing.F) {
	f.Add(encodeRequest(Request{URL: "https://a.example/"}))
	f.Add(encodeRequest(Request{URL: "https://a.example/x", Depth: 2, Seed: "s", Kind: 3, Attempt: 1,
		NotBefore: time.Date(2025, 1, 2, 3, 4, 5, 6, time.UTC), Referer: "r"}))
	f.Add([]byte{1, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 1})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := decodeRequest(b)
		if err != nil {
			return
		}
		if got := encodeRequest(r); string(got) != string(b) {
			// Non-minimal varints decode too; the value must
			// still round-trip.
			r2, err := decodeRequest(got)
			if err != nil || !r2.NotBefore.Equal(r.NotBefore) || r2.URL != r.URL || r2.Depth != r.Depth {
				t.Fatalf("round trip: %+v vs %+v (%v)", r, r2, err)
			}
		}
	})
}
