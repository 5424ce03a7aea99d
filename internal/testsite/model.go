package testsite

import (
	"math/rand/v2"
	"sort"
	"strings"
	"time"
)

// Dates. Article 0 is the newest, published at baseTime; article i is
// published about i intervals earlier, with a jitter of less than half an
// interval, so publication times strictly decrease with the index.
var baseTime = time.Date(2025, time.August, 18, 9, 30, 0, 0, time.UTC)

const (
	// maxInterval spaces the articles of a small site (a bit over a day).
	maxInterval = 26 * 60 * 60
	// minInterval bounds how close articles get on a large site: at most
	// 86400/600+1 = 145 articles share a day, fewer than len(keyNouns),
	// which keeps slugs of one section and day distinct.
	minInterval = 10 * 60
	// span is how far back the articles reach before the interval stops
	// shrinking (about ten years).
	span = 3652 * 24 * 60 * 60
)

// interval returns the spacing of n articles, in seconds.
func interval(n int) int64 {
	iv := int64(span) / int64(n)
	return min(max(iv, minInterval), maxInterval)
}

// mix is a stateless 64-bit hash (SplitMix64 finaliser) for the small
// pseudo-random choices that must be computable from an index alone.
func mix(a, b uint64) uint64 {
	z := a ^ (b+0x9e3779b97f4a7c15)*0xbf58476d1ce4e5b9
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// published returns the publication time of article i as a Unix time.
func (s *Site) published(i int) int64 {
	if i == 0 {
		return baseTime.Unix()
	}
	half := s.iv / 2
	jitter := int64(mix(s.seed, uint64(i))%uint64(half)) / 60 * 60
	return baseTime.Unix() - int64(i)*s.iv - jitter
}

// modified returns the modification time of article i: the publication
// time for three articles in four, a little later for the others.
func (s *Site) modified(i int) int64 {
	return s.published(i) + int64(i%4)*47*60
}

// firstBefore returns the smallest index whose publication time is before
// t, or s.n if there is none. Publication times strictly decrease.
func (s *Site) firstBefore(t int64) int {
	return sort.Search(s.n, func(i int) bool { return s.published(i) < t })
}

// seq is an ordered list of article indices (newest first) computed from
// its rank: the indices j in [off, limit) whose offset j-off, cut into
// blocks of block, falls in a block number congruent to phase modulo
// period. Sections, tags, authors and month archives are all seqs, so a
// listing page of any size costs O(1) to find.
type seq struct {
	off, block, period, phase, limit int
}

// length returns the number of indices in q.
func (q seq) length() int {
	m := q.limit - q.off
	if m <= 0 {
		return 0
	}
	qmax := (m - 1) / q.block
	if qmax < q.phase {
		return 0
	}
	n := ((qmax-q.phase)/q.period + 1) * q.block
	if qmax%q.period == q.phase {
		n -= q.block - (m - qmax*q.block)
	}
	return n
}

// at returns the index of rank r (0 <= r < length()).
func (q seq) at(r int) int {
	k, o := r/q.block, r%q.block
	return q.off + q.block*(k*q.period+q.phase) + o
}

// all lists every article, newest first.
func (s *Site) all() seq { return seq{0, 1, 1, 0, s.n} }

// sectionSeq lists the articles of section k.
func (s *Site) sectionSeq(k int) seq { return seq{0, 1, len(s.sections), k, s.n} }

// authorSeq lists the articles of author k.
func (s *Site) authorSeq(k int) seq { return seq{0, 1, len(authorNames), k, s.n} }

// tagSeq lists the articles of tag k, numbered topics first, then places,
// then the analysis tag.
func (s *Site) tagSeq(k int) seq {
	nt, np := len(topicTags), len(placeTags)
	switch {
	case k < nt:
		return seq{0, 1, nt, k, s.n}
	case k < nt+np:
		return seq{0, nt, np, k - nt, s.n}
	}
	return seq{0, 1, 3, 0, s.n}
}

// numTags is the number of tags, topics, places and analysis together.
const numTags = len(topicTags) + len(placeTags) + 1

// tagName returns the path name of tag k.
func tagName(k int) string {
	nt, np := len(topicTags), len(placeTags)
	switch {
	case k < nt:
		return topicTags[k]
	case k < nt+np:
		return placeTags[k-nt]
	}
	return analysisTag
}

// tagIndex returns the number of the tag named name, or -1.
func tagIndex(name string) int {
	for k := range numTags {
		if tagName(k) == name {
			return k
		}
	}
	return -1
}

// tagsOf appends the tags of article i to dst: its topic, its place and,
// for every third article, analysis.
func tagsOf(dst []int, i int) []int {
	nt, np := len(topicTags), len(placeTags)
	dst = append(dst, i%nt, nt+(i/nt)%np)
	if i%3 == 0 {
		dst = append(dst, nt+np)
	}
	return dst
}

// month is a year and month, the unit of the archive.
type month struct{ y, m int }

func monthOf(unix int64) month {
	t := time.Unix(unix, 0).UTC()
	return month{t.Year(), int(t.Month())}
}

func (m month) start() int64 { return time.Date(m.y, time.Month(m.m), 1, 0, 0, 0, 0, time.UTC).Unix() }

func (m month) next() month {
	if m.m == 12 {
		return month{m.y + 1, 1}
	}
	return month{m.y, m.m + 1}
}

func (m month) prev() month {
	if m.m == 1 {
		return month{m.y - 1, 12}
	}
	return month{m.y, m.m - 1}
}

func (m month) before(o month) bool { return m.y < o.y || m.y == o.y && m.m < o.m }

// monthSeq lists the articles published in m.
func (s *Site) monthSeq(m month) seq {
	return seq{s.firstBefore(m.next().start()), 1, 1, 0, s.firstBefore(m.start())}
}

// newestMonth and oldestMonth bound the archive.
func (s *Site) newestMonth() month { return monthOf(s.published(0)) }
func (s *Site) oldestMonth() month { return monthOf(s.published(s.n - 1)) }

// pageCount returns the number of listing pages of n items (at least 1).
func (s *Site) pageCount(n int) int { return max(1, (n+s.perPage-1)/s.perPage) }

// section, author of article i.
func (s *Site) sectionOf(i int) int { return i % len(s.sections) }
func authorOf(i int) int            { return i % len(authorNames) }

// authorSlug returns the path name of author k ("amelia-hart").
func authorSlug(k int) string {
	return strings.ToLower(strings.ReplaceAll(authorNames[k], " ", "-"))
}

// authorIndex returns the number of the author whose path name is name,
// or -1.
func authorIndex(name string) int {
	for k := range authorNames {
		if authorSlug(k) == name {
			return k
		}
	}
	return -1
}

// keyNoun returns the key noun of article i. For the articles of one
// section, whose indices step by the number of sections, q = i/sections
// takes consecutive values, and q*keyStep mod len(keyNouns) (keyStep
// prime to it) is distinct for any len(keyNouns) consecutive q: the slugs
// of one section and day never collide. The section term varies the key
// nouns of neighbouring articles.
func (s *Site) keyNoun(i int) string {
	nsec := len(s.sections)
	return keyNouns[((i/nsec)*keyStep+(i%nsec)*sectionStep)%len(keyNouns)]
}

// keyStep and sectionStep scatter key nouns; keyStep must be prime to
// len(keyNouns) (223, a prime).
const (
	keyStep     = 97
	sectionStep = 41
)

// headRNG and bodyRNG seed the two generators of article i: the headline
// and standfirst, and the body. Keeping them apart makes a slug cheap.
func (s *Site) headRNG(i int) rand.PCG {
	var p rand.PCG
	p.Seed(s.seed, uint64(i)<<1)
	return p
}

func (s *Site) bodyRNG(i int) rand.PCG {
	var p rand.PCG
	p.Seed(s.seed, uint64(i)<<1|1)
	return p
}

// appendSlug appends the slug of article i to dst: its headline in lower
// case, words joined by hyphens, at most eight words.
func (s *Site) appendSlug(dst []byte, i int) []byte {
	var hb [160]byte
	h := s.appendHeadline(hb[:0], i, nil)
	words := 0
	sep := false
	for _, c := range h {
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
			fallthrough
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			if sep || words == 0 {
				if words == 8 {
					return dst
				}
				if words > 0 {
					dst = append(dst, '-')
				}
				words++
				sep = false
			}
			dst = append(dst, c)
		default:
			sep = true
		}
	}
	return dst
}

// appendDate appends yyyy/mm/dd of Unix time t.
func appendDate(dst []byte, t int64) []byte {
	y, m, d := time.Unix(t, 0).UTC().Date()
	dst = appendInt(dst, y, 4)
	dst = append(dst, '/')
	dst = appendInt(dst, int(m), 2)
	dst = append(dst, '/')
	return appendInt(dst, d, 2)
}

// appendInt appends v in decimal, zero-padded to width digits.
func appendInt(dst []byte, v, width int) []byte {
	var b [20]byte
	i := len(b)
	neg := v < 0
	if neg {
		v = -v
	}
	for v > 0 || i == len(b) {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	for len(b)-i < width {
		i--
		b[i] = '0'
	}
	if neg {
		dst = append(dst, '-')
	}
	return append(dst, b[i:]...)
}

// appendPath appends the canonical path of article i:
// /{section}/{yyyy}/{mm}/{dd}/{slug}.
func (s *Site) appendPath(dst []byte, i int) []byte {
	dst = append(dst, '/')
	dst = append(dst, s.sections[s.sectionOf(i)]...)
	dst = append(dst, '/')
	dst = appendDate(dst, s.published(i))
	dst = append(dst, '/')
	return s.appendSlug(dst, i)
}

// path returns the canonical path of article i.
func (s *Site) path(i int) string {
	var b [200]byte
	return string(s.appendPath(b[:0], i))
}

// lookup returns the index of the article whose canonical path is p, or
// -1. It costs O(articles per day): no table of paths is kept.
func (s *Site) lookup(p string) int {
	rest, ok := strings.CutPrefix(p, "/")
	if !ok {
		return -1
	}
	sec, rest, _ := strings.Cut(rest, "/")
	k := s.sectionIndex(sec)
	if k < 0 || len(rest) < len("yyyy/mm/dd/x") || rest[4] != '/' || rest[7] != '/' || rest[10] != '/' {
		return -1
	}
	y, ok1 := atoi(rest[0:4])
	m, ok2 := atoi(rest[5:7])
	d, ok3 := atoi(rest[8:10])
	slug := rest[11:]
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 || d > 31 || strings.IndexByte(slug, '/') >= 0 {
		return -1
	}
	day := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if day.Day() != d {
		return -1 // 31 June
	}
	lo, hi := s.firstBefore(day.Unix()+86400), s.firstBefore(day.Unix())
	nsec := len(s.sections)
	var b [160]byte
	for i := lo + ((k-lo%nsec)+nsec)%nsec; i < hi; i += nsec {
		if string(s.appendSlug(b[:0], i)) == slug {
			return i
		}
	}
	return -1
}

// atoi parses a string of ASCII digits (no sign, at most 9 digits).
func atoi(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	v := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}

// sectionIndex returns the number of the section named name, or -1.
func (s *Site) sectionIndex(name string) int {
	for k, sec := range s.sections {
		if sec == name {
			return k
		}
	}
	return -1
}

// related returns up to three other articles of article i, of its section
// first.
func (s *Site) related(i int) []int {
	out := make([]int, 0, 3)
	nsec := len(s.sections)
	cands := [...]int{i + nsec, i - nsec, i + 2*nsec, i - 2*nsec, i + 1, i - 1, i + 2, i - 2, i + 3, i - 3}
	for _, c := range cands {
		if len(out) == 3 {
			break
		}
		if c < 0 || c >= s.n || c == i {
			continue
		}
		dup := false
		for _, o := range out {
			dup = dup || o == c
		}
		if !dup {
			out = append(out, c)
		}
	}
	return out
}

// mostRead returns five articles for the "Most read" box of the page
// keyed key (repetitions possible on tiny sites).
func (s *Site) mostRead(key uint64) [5]int {
	var out [5]int
	for k := range out {
		out[k] = int(mix(s.seed^key, uint64(k)) % uint64(s.n))
	}
	return out
}

// hashString is FNV-1a, to key per-page choices by path.
func hashString(p string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(p); i++ {
		h ^= uint64(p[i])
		h *= 1099511628211
	}
	return h
}
