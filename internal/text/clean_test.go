package text

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestClean(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"already clean", "Jane Doe", "Jane Doe"},
		{"trim and collapse", "  Jane \t\n Doe  ", "Jane Doe"},
		{"nbsp and thin spaces", "Screenshot\u00a0: «6\u2009Days»\u202f!", "Screenshot : «6 Days» !"},
		{"ideographic space", "津波注意報\u3000気象庁", "津波注意報 気象庁"},
		{"soft hyphen removed", "Helikopter\u00adlandeplatz", "Helikopterlandeplatz"},
		{"zero-width space removed", "Fortschritt\u200b", "Fortschritt"},
		{"bom and word joiner", "\ufeffHead\u2060line", "Headline"},
		{"bidi marks", "\u200fשלום\u200e world\u202c", "שלום world"},
		{"line separators", "a\u2028b\u2029c\u0085d", "a b c d"},
		{"controls", "a\x00b\x1fc\x7fd", "abcd"},
		{"invalid utf-8 dropped", "Aufsichtsr\xe4ten", "Aufsichtsrten"},
		{"zwj kept", "👩\u200d💻 dev", "👩\u200d💻 dev"},
		{"zwnj kept", "می\u200cخواهم", "می\u200cخواهم"},
		{"only spaces", " \u00a0\u3000\t", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, Clean(tt.in))
		})
	}
}

func TestCleanNoAllocWhenClean(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() { _ = Clean("Harbour tunnel reopens after repairs") })
	assert.Zero(t, allocs)
}

func TestWordCount(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"Jane Doe", 2},
		{"  one — two | three  ", 3},
		{"don't e-mail U.S. 2024", 4},
		{"宮崎県で震度5弱", 8}, // seven CJK characters and "5"
		{"Suicaでガシャれる。", 7},
		{"‘흙수저’ 소년공이 쏘아올린", 3},
		{"Helikopter\u00adlandeplatz", 1},
		{"a\u200bb", 1},
		{"— | —", 0},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, WordCount(tt.in))
		})
	}
}

func TestSameText(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"identical", "Headline", "Headline", true},
		{"case and space", "Why Donald Trump  won't change", "why donald trump won't change", true},
		{"curly quotes", "Why Donald Trump won’t change", "Why Donald Trump won't change", true},
		{"dashes", "Energy Rising – 33 Tage Yoga Challenge", "Energy Rising - 33 Tage Yoga Challenge", true},
		{"guillemets vs quotes", "Sheila Atim: „The Woman King“", "Sheila Atim: \"The Woman King\"", true},
		{"nfkc full width", "ＣＬ準々決勝第１戦", "CL準々決勝第1戦", true},
		{"nbsp", "Screenshot\u00a0: 6\u00a0Days", "Screenshot : 6 Days", true},
		{"trailing ellipsis", "Alles Neue mach der Mai…", "Alles Neue mach der Mai", true},
		{"accents matter", "resume", "résumé", false},
		{"different words", "Trump postet schon wieder", "Trump postet nach Kritik", false},
		{"both empty", "", "", false},
		{"punctuation only", "—", "|", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, SameText(tt.a, tt.b))
		})
	}
}

func TestSimilarity(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		a, b    string
		atLeast float64
		atMost  float64
	}{
		{"same", "Severe storms escalate in Gauteng", "severe storms escalate in gauteng", 1, 1},
		{"empty", "", "anything", 0, 0},
		{"disjoint", "alpha beta", "gamma delta", 0, 0},
		{"prefix headline", "Severe storms escalate in Gauteng",
			"Severe storms escalate in Gauteng, residents urged to avoid flood risks", 0.6, 0.7},
		{"word order ignored", "Jane Doe", "Doe, Jane", 1, 1},
		{"cjk characters", "宮崎県で震度5弱", "宮崎県で震度5弱、高知と宮崎に", 0.7, 0.95},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := Similarity(tt.a, tt.b)
			assert.GreaterOrEqual(t, got, tt.atLeast)
			assert.LessOrEqual(t, got, tt.atMost)
			assert.Equal(t, got, Similarity(tt.b, tt.a), "symmetric")
		})
	}
}

func TestFold(t *testing.T) {
	t.Parallel()
	assert.Equal(t, "why donald trump won t change", Fold(" Why Donald Trump won’t change… "))
	assert.Equal(t, "cl 1", Fold("ＣＬ　１"))
	assert.Equal(t, "", Fold("— | —"))
	assert.Equal(t, "ab", Fold("a\xffb"))
	assert.Equal(t, strings.Repeat("a", 10), Fold(strings.Repeat("A", 10)))
}
