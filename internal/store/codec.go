package store

import (
	"encoding/binary"
	"fmt"
	"time"
)

// On-disk layout of the bbolt store. Every bucket is created at open.
//
//	meta     "version" → formatVersion; "counters" → counters.encode;
//	         "fpblocks" → number of fingerprint index blocks
//	seen     URL key (8) → 'q' + queue key | 'd' + delayed key | 'x' (done)
//	queue    host 0x00 depth(4) seq(8) → request
//	delayed  NotBefore(8, sortable) seq(8) → request
//	hosts    host → HostNext (8, sortable)
//	emitted  key (8) → empty
//	fp       seq (8) → fingerprint (8) + URL
//	fpindex  block (1) value (8) seq (8) → fingerprint (8)
//
// Integers are big-endian so that byte order is numeric order.
var (
	bucketMeta    = []byte("meta")
	bucketSeen    = []byte("seen")
	bucketQueue   = []byte("queue")
	bucketDelayed = []byte("delayed")
	bucketHosts   = []byte("hosts")
	bucketEmitted = []byte("emitted")
	bucketFP      = []byte("fp")
	bucketFPIndex = []byte("fpindex")

	keyVersion  = []byte("version")
	keyCounters = []byte("counters")
	keyFPBlocks = []byte("fpblocks")
)

// formatVersion is written into new files; OpenBolt refuses others.
const formatVersion = 1

// States in the seen bucket.
const (
	seenQueued  = 'q'
	seenDelayed = 'd'
	seenDone    = 'x'
)

// queueKeySuffix is the length of the depth and seq after the host's 0.
const queueKeySuffix = 1 + 4 + 8

// queueKey returns the queue key of a request of host at p.
func queueKey(host string, p prio) []byte {
	k := make([]byte, 0, len(host)+queueKeySuffix)
	k = append(k, host...)
	k = append(k, 0)
	k = binary.BigEndian.AppendUint32(k, uint32(p.depth))
	return binary.BigEndian.AppendUint64(k, p.seq)
}

// hostPrefix returns the prefix of all queue keys of host.
func hostPrefix(host string) []byte {
	return append([]byte(host), 0)
}

// splitQueueKey returns the host and prio of a queue key.
func splitQueueKey(k []byte) (string, prio, error) {
	if len(k) < queueKeySuffix || k[len(k)-queueKeySuffix] != 0 {
		return "", prio{}, fmt.Errorf("store: queue key %q: %w", k, ErrCorrupt)
	}
	n := len(k) - queueKeySuffix
	return string(k[:n]), prio{
		depth: int(binary.BigEndian.Uint32(k[n+1:])),
		seq:   binary.BigEndian.Uint64(k[n+5:]),
	}, nil
}

// sortableTime encodes t so that byte order is time order.
func sortableTime(t time.Time) uint64 {
	return uint64(t.UnixNano()) ^ 1<<63
}

// fromSortable decodes sortableTime.
func fromSortable(v uint64) time.Time {
	return time.Unix(0, int64(v^1<<63)).UTC()
}

// delayedKey returns the delayed-bucket key of a request.
func delayedKey(notBefore time.Time, seq uint64) []byte {
	k := binary.BigEndian.AppendUint64(make([]byte, 0, 16), sortableTime(notBefore))
	return binary.BigEndian.AppendUint64(k, seq)
}

// splitDelayedKey returns the NotBefore and seq of a delayed key.
func splitDelayedKey(k []byte) (time.Time, uint64, error) {
	if len(k) != 16 {
		return time.Time{}, 0, fmt.Errorf("store: delayed key %q: %w", k, ErrCorrupt)
	}
	return fromSortable(binary.BigEndian.Uint64(k)), binary.BigEndian.Uint64(k[8:]), nil
}

// key8 returns the 8-byte key of a URL or emitted key.
func key8(s string) []byte {
	return binary.BigEndian.AppendUint64(make([]byte, 0, 8), keyOf(s))
}

// requestVersion tags encoded requests.
const requestVersion = 1

// encodeRequest returns the binary form of r (normalised).
func encodeRequest(r Request) []byte {
	b := make([]byte, 0, 24+len(r.URL)+len(r.Seed)+len(r.Referer))
	b = append(b, requestVersion, r.Kind)
	b = binary.AppendUvarint(b, uint64(r.Depth))
	b = binary.AppendUvarint(b, uint64(r.Attempt))
	var nb int64
	if !r.NotBefore.IsZero() {
		nb = r.NotBefore.UnixNano()
	}
	b = binary.AppendVarint(b, nb)
	for _, s := range [...]string{r.URL, r.Seed, r.Referer} {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	return b
}

// decodeRequest parses encodeRequest's output; it never panics.
func decodeRequest(b []byte) (Request, error) {
	bad := func(what string) (Request, error) {
		return Request{}, fmt.Errorf("store: request record (%s): %w", what, ErrCorrupt)
	}
	if len(b) < 2 || b[0] != requestVersion {
		return bad("version")
	}
	r := Request{Kind: b[1]}
	b = b[2:]
	uv := func() (uint64, bool) {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			return 0, false
		}
		b = b[n:]
		return v, true
	}
	depth, ok1 := uv()
	attempt, ok2 := uv()
	if !ok1 || !ok2 || depth > MaxDepth || attempt > 1<<30 {
		return bad("depth or attempt")
	}
	r.Depth, r.Attempt = int(depth), int(attempt)
	nb, n := binary.Varint(b)
	if n <= 0 {
		return bad("time")
	}
	b = b[n:]
	if nb != 0 {
		r.NotBefore = time.Unix(0, nb).UTC()
	}
	for _, dst := range [...]*string{&r.URL, &r.Seed, &r.Referer} {
		l, ok := uv()
		if !ok || l > uint64(len(b)) {
			return bad("string")
		}
		*dst = string(b[:l])
		b = b[l:]
	}
	if len(b) != 0 || r.URL == "" {
		return bad("trailing bytes or empty URL")
	}
	return r, nil
}

// counters are the bbolt store's persistent counts and push sequence.
type counters struct {
	seq, seen, done, queued, delayed, emitted, fps uint64
}

func (c *counters) fields() []*uint64 {
	return []*uint64{&c.seq, &c.seen, &c.done, &c.queued, &c.delayed, &c.emitted, &c.fps}
}

func (c *counters) encode() []byte {
	b := make([]byte, 0, 8*7)
	for _, f := range c.fields() {
		b = binary.BigEndian.AppendUint64(b, *f)
	}
	return b
}

func (c *counters) decode(b []byte) error {
	fs := c.fields()
	if len(b) != 8*len(fs) {
		return fmt.Errorf("store: counters record: %w", ErrCorrupt)
	}
	for i, f := range fs {
		*f = binary.BigEndian.Uint64(b[8*i:])
	}
	return nil
}
