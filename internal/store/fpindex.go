package store

import "math/bits"

// blocks is the layout of the fingerprint index: the 64 bits split into n
// nearly equal blocks. Two fingerprints at most n-1 bits apart agree on at
// least one whole block (pigeonhole), so looking up the stored
// fingerprints that share a block value with the new one finds every
// near-duplicate (Manku, Jain, Das Sarma 2007).
type blocks int

// layoutFor returns the layout for distances up to maxDistance.
func layoutFor(maxDistance int) blocks { return blocks(maxDistance + 1) }

// value returns block i of fp (bits i·64/n up to (i+1)·64/n).
func (b blocks) value(fp uint64, i int) uint64 {
	lo, hi := i*64/int(b), (i+1)*64/int(b)
	width := hi - lo
	v := fp >> lo
	if width < 64 {
		v &= 1<<width - 1
	}
	return v
}

// distance is the Hamming distance of two fingerprints.
func distance(a, b uint64) int { return bits.OnesCount64(a ^ b) }

// fpMatch is the best match found so far by a lookup.
type fpMatch struct {
	found bool
	dist  int
	seq   uint64 // insertion order
	url   string
}

// consider keeps the candidate if it is nearer, or as near and older.
func (m *fpMatch) consider(dist int, seq uint64, url string) {
	if !m.found || dist < m.dist || dist == m.dist && seq < m.seq {
		*m = fpMatch{found: true, dist: dist, seq: seq, url: url}
	}
}

// memIndex is the in-memory fingerprint index: the fingerprints and their
// URLs in insertion order, and per block a map from block value to the
// positions that have it.
type memIndex struct {
	layout  blocks
	fps     []uint64
	urls    []string
	buckets []map[uint64][]uint32
}

func newMemIndex(maxDistance int) *memIndex {
	l := layoutFor(maxDistance)
	x := &memIndex{layout: l, buckets: make([]map[uint64][]uint32, l)}
	for i := range x.buckets {
		x.buckets[i] = make(map[uint64][]uint32)
	}
	return x
}

// add looks for a near-duplicate of fp stored for another URL and stores
// fp for url if there is none (and url does not have fp already).
func (x *memIndex) add(url string, fp uint64, maxDistance int) (dup bool, of string) {
	var m fpMatch
	known := false
	for i := range x.buckets {
		for _, id := range x.buckets[i][x.layout.value(fp, i)] {
			d := distance(fp, x.fps[id])
			if d > maxDistance {
				continue
			}
			if x.urls[id] == url {
				known = known || d == 0
				continue
			}
			m.consider(d, uint64(id), x.urls[id])
		}
	}
	if m.found {
		return true, m.url
	}
	if !known {
		id := uint32(len(x.fps))
		x.fps = append(x.fps, fp)
		x.urls = append(x.urls, url)
		for i := range x.buckets {
			v := x.layout.value(fp, i)
			x.buckets[i][v] = append(x.buckets[i][v], id)
		}
	}
	return false, ""
}
