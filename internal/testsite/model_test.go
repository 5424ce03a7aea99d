package testsite

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSeq compares every listing with a brute-force filter of all
// articles.
func TestSeq(t *testing.T) {
	t.Parallel()
	for _, n := range []int{1, 2, 7, 47, 48, 49, 60, 333, 1000, 5003} {
		s := New(Options{Articles: n, Sections: []string{"a1", "b", "c", "d", "e", "f", "g"}[:1+n%7]})
		check := func(name string, q seq, keep func(i int) bool) {
			var want, got []int
			for i := range n {
				if keep(i) {
					want = append(want, i)
				}
			}
			for r := range q.length() {
				got = append(got, q.at(r))
			}
			assert.Equal(t, want, got, "n=%d %s", n, name)
		}
		for k := range s.sections {
			check("section "+s.sections[k], s.sectionSeq(k), func(i int) bool { return s.sectionOf(i) == k })
		}
		for k := range authorNames {
			check("author", s.authorSeq(k), func(i int) bool { return authorOf(i) == k })
		}
		for k := range numTags {
			check("tag "+tagName(k), s.tagSeq(k), func(i int) bool {
				for _, t := range tagsOf(nil, i) {
					if t == k {
						return true
					}
				}
				return false
			})
		}
		for m, old := s.newestMonth(), s.oldestMonth(); !m.before(old); m = m.prev() {
			check(archivePath(m), s.monthSeq(m), func(i int) bool { return monthOf(s.published(i)) == m })
		}
	}
}

// TestDates checks that publication times strictly decrease, start at the
// base time and keep the interval bounds.
func TestDates(t *testing.T) {
	t.Parallel()
	for _, n := range []int{1, 60, 3000, 100_000, MaxArticles} {
		s := New(Options{Articles: n})
		assert.Equal(t, baseTime.Unix(), s.published(0))
		assert.True(t, s.iv >= minInterval && s.iv <= maxInterval)
		r := rand.New(rand.NewPCG(1, uint64(n)))
		for range 2000 {
			i := r.IntN(n)
			if i+1 < n {
				require.Greater(t, s.published(i), s.published(i+1))
				require.Greater(t, s.published(i)-s.published(i+1), s.iv/2)
			}
			require.LessOrEqual(t, s.modified(i)-s.published(i), int64(3*47*60))
		}
		assert.GreaterOrEqual(t, s.oldestMonth().y, 1000)
	}
}

// TestSlugsDistinctPerDay checks the argument that makes lookup exact:
// within one section and day, key nouns differ.
func TestSlugsDistinctPerDay(t *testing.T) {
	t.Parallel()
	require.Equal(t, 223, len(keyNouns))
	maxPerDay := 86400/minInterval + 2
	for _, nsec := range []int{1, 2, 5, 13} {
		s := New(Options{Articles: MaxArticles, Sections: []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m"}[:nsec]})
		for start := 0; start < 5000; start += 37 {
			for k := range nsec {
				seen := map[string]int{}
				for i := start; i < start+maxPerDay; i++ {
					if s.sectionOf(i) != k {
						continue
					}
					key := s.keyNoun(i)
					_, dup := seen[key]
					require.False(t, dup, "articles %d and %d share %s", seen[key], i, key)
					seen[key] = i
				}
			}
		}
	}
}

// TestLookup checks lookup against paths and near misses.
func TestLookup(t *testing.T) {
	t.Parallel()
	s := New(Options{Articles: 5000})
	for i := range s.n {
		p := s.path(i)
		require.Equal(t, i, s.lookup(p))
		require.Equal(t, -1, s.lookup(p[:len(p)-1]))
		require.Equal(t, -1, s.lookup(strings.Replace(p, "/2", "/1", 1)))
	}
	for _, p := range []string{"", "/", "x", "/world", "/world/", "/world/2025/08/18/", "/world/2025/8/18/x", "/world/abcd/08/18/x", "/world/2025/08/18/a/b"} {
		assert.Equal(t, -1, s.lookup(p), p)
	}
}

// TestProse checks the headline and body generators.
func TestProse(t *testing.T) {
	t.Parallel()
	s := New(Options{})
	for i := range 200 {
		h := string(s.appendHeadline(nil, i, nil))
		assert.True(t, h[0] >= 'A' && h[0] <= 'Z', h)
		slug := string(s.appendSlug(nil, i))
		words := strings.Count(slug, "-") + 1
		assert.True(t, words >= 4 && words <= 12, slug)
		assert.True(t, strings.HasPrefix(strings.ToLower(h), strings.ReplaceAll(strings.SplitN(slug, "-", 2)[0], "-", " ")), h)
		body := string(s.appendBody(nil, i, ""))
		assert.NotContains(t, body, " a a", body)
		for _, p := range strings.Split(body, "<p>")[1:] {
			p = p[:strings.Index(p, "</p>")]
			assert.True(t, strings.HasSuffix(p, "."), p)
		}
		assert.GreaterOrEqual(t, countWords([]byte(body)), minBodyWords)
	}
}
