package fingerprint

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// loadFixtures reads the article bodies in testdata (see
// testdata/README.md), keyed by corpus id.
func loadFixtures(t testing.TB) map[string]string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	out := make(map[string]string, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		out[strings.TrimSuffix(filepath.Base(p), ".txt")] = string(b)
	}
	return out
}

// sortedIDs returns the fixture ids in a stable order.
func sortedIDs(m map[string]string) []string {
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

func TestSimhashTokens(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		a, b string
	}{
		{"case", "The Quick Brown Fox jumps", "the quick brown fox JUMPS"},
		{"punctuation and spaces", "the quick, brown fox — jumps!", "  the\tquick brown\n\nfox jumps "},
		{"non-ASCII case", "ÜBER DIE STRAẞE GEHT ÉLODIE", "über die straße geht élodie"},
		{"Cyrillic", "Москва Сегодня Вечером", "москва сегодня вечером"},
		{"unspaced scripts are shingled by character", "東京都の知事", "東 京 都 の 知 事"},
		{"Thai by character", "ประเทศไทย", "ป ร ะ เ ท ศ ไ ท ย"},
		{"invalid UTF-8 separates", "alpha\xffbeta gamma", "alpha beta gamma"},
		{"digits and underscore are word characters", "covid_19 cases 2024", "COVID_19 cases 2024"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, Simhash(tt.a), Simhash(tt.b))
		})
	}
}

func TestSimhashShortTexts(t *testing.T) {
	t.Parallel()
	assert.Equal(t, uint64(0), Simhash(""))
	assert.Equal(t, uint64(0), Simhash(" ,.;!? \n\t—"))
	one, two, three := Simhash("alpha"), Simhash("alpha beta"), Simhash("alpha beta gamma")
	assert.NotEqual(t, uint64(0), one)
	assert.NotEqual(t, one, two)
	assert.NotEqual(t, two, three)
	// Order matters: the shingle hash is positional.
	assert.NotEqual(t, Simhash("alpha beta gamma"), Simhash("gamma beta alpha"))
	// A single shingle is its own hash: its bits are all "votes".
	assert.Equal(t, Simhash("alpha beta gamma"), Simhash("Alpha, beta; GAMMA."))
}

func TestDistance(t *testing.T) {
	t.Parallel()
	tests := []struct {
		a, b uint64
		want int
	}{
		{0, 0, 0},
		{0, 1, 1},
		{0, ^uint64(0), 64},
		{0xf0f0, 0x0ff0, 8},
		{1 << 63, 1, 2},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Distance(tt.a, tt.b), "%x %x", tt.a, tt.b)
		assert.Equal(t, tt.want, Distance(tt.b, tt.a), "symmetric")
	}
}

// edits are the changes a republished or re-rendered article typically
// shows, with the largest distance the fixtures allow for each. The
// bounds are not the expected values: simhash distances are random
// variables, and for a ~500-word body the corpus medians are 2 (word),
// 3 (boilerplate line) and 6 (sentence); see TestSimhashNearDuplicatesMedian.
var edits = []struct {
	name string
	edit func(string) string
	max  int
}{
	{"reformatted", func(s string) string {
		return strings.ToUpper(strings.Join(strings.Fields(s), "  "))
	}, 0},
	{"one word changed", func(s string) string {
		w := strings.Fields(s)
		w[len(w)/2] = "zzzqx"
		return strings.Join(w, " ")
	}, 6},
	{"boilerplate line appended", func(s string) string {
		return s + "\nRead more: sign up for our newsletter and follow us on social media."
	}, 8},
	{"boilerplate line prepended", func(s string) string {
		return "Advertisement. Share this article on Facebook, X and WhatsApp.\n" + s
	}, 8},
	{"sentence replaced", func(s string) string {
		w := strings.Fields(s)
		i := len(w) / 3
		copy(w[i:], strings.Fields("The company did not respond to a request for comment on the matter by the time of publication today."))
		return strings.Join(w, " ")
	}, 12},
}

func TestSimhashNearDuplicates(t *testing.T) {
	t.Parallel()
	fixtures := loadFixtures(t)
	for _, id := range sortedIDs(fixtures) {
		text := fixtures[id]
		if len(strings.Fields(text)) < 300 {
			continue // unspaced scripts: see TestSimhashUnspacedNearDuplicates
		}
		for _, e := range edits {
			t.Run(id+"/"+e.name, func(t *testing.T) {
				t.Parallel()
				assert.LessOrEqual(t, Distance(Simhash(text), Simhash(e.edit(text))), e.max)
			})
		}
	}
}

// TestSimhashNearDuplicatesMedian checks the typical distance over all
// fixtures, which is what a crawl's threshold sees.
func TestSimhashNearDuplicatesMedian(t *testing.T) {
	t.Parallel()
	fixtures := loadFixtures(t)
	medians := map[string]int{}
	for _, e := range edits {
		var ds []int
		for _, id := range sortedIDs(fixtures) {
			text := fixtures[id]
			if len(strings.Fields(text)) >= 300 {
				ds = append(ds, Distance(Simhash(text), Simhash(e.edit(text))))
			}
		}
		sort.Ints(ds)
		medians[e.name] = ds[len(ds)/2]
		t.Logf("%-28s distances %v", e.name, ds)
	}
	for name, m := range medians {
		limit := 3
		if name == "sentence replaced" {
			limit = 8
		}
		assert.LessOrEqual(t, m, limit, name)
	}
}

func TestSimhashUnspacedNearDuplicates(t *testing.T) {
	t.Parallel()
	text := loadFixtures(t)["fundus--jp-TokyoShimbun_2025_01_13"]
	require.NotEmpty(t, text)
	edited := strings.Replace(text, "。", "。速報です。", 1) // a short inserted sentence
	assert.LessOrEqual(t, Distance(Simhash(text), Simhash(edited)), 6)
}

func TestSimhashUnrelated(t *testing.T) {
	t.Parallel()
	fixtures := loadFixtures(t)
	ids := sortedIDs(fixtures)
	for i, a := range ids {
		for _, b := range ids[i+1:] {
			d := Distance(Simhash(fixtures[a]), Simhash(fixtures[b]))
			// Unrelated texts differ in 32 bits on average; the
			// two Salzburger Nachrichten articles share a publisher.
			assert.GreaterOrEqual(t, d, 16, "%s vs %s", a, b)
		}
	}
}

func FuzzSimhash(f *testing.F) {
	for _, text := range loadFixtures(f) {
		f.Add(text[:min(len(text), 600)])
	}
	f.Add("")
	f.Add("\xff\xfe\x00 a b")
	f.Add("東京都の知事 ประเทศไทย Straße")
	f.Fuzz(func(t *testing.T, s string) {
		h := Simhash(s)
		if h != Simhash(s) {
			t.Fatal("not deterministic")
		}
		if h != Simhash(s+" \n") {
			t.Fatal("trailing white space changed the hash")
		}
		if d := Distance(h, Simhash(s)); d != 0 {
			t.Fatalf("distance to itself %d", d)
		}
	})
}

func BenchmarkSimhash(b *testing.B) {
	fixtures := loadFixtures(b)
	for _, id := range []string{
		"fundus--uk-BBC_2024_08_01",          // English, ASCII fast path
		"fundus--ru-Kommersant_2025_05_14",   // Cyrillic
		"fundus--jp-TokyoShimbun_2025_01_13", // Japanese, a token per character
	} {
		text := fixtures[id]
		want := Simhash(text)
		b.Run(id, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				if Simhash(text) != want {
					b.Fatal("hash changed")
				}
			}
		})
	}
}
