package eval

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The expected values here are worked out by hand and were checked
// against score.py's functions in Python 3.11.

func TestNormalize(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
	}{
		{name: "empty", in: "", want: ""},
		{name: "curly quotes and dashes", in: "The \u201cBig\u201d Test \u2013 Part\u20141 \u2018x\u2019", want: `the "big" test - part-1 'x'`},
		{name: "white space collapsed and trimmed", in: " \t a\u00a0\u00a0b\n\u2003c\u001fd  ", want: "a b c d"},
		{name: "NFKC", in: "\ufb01le \u2460 \uff21", want: "file 1 a"},
		{name: "full case folding", in: "STRASSE Straße ΣΊΣΥΦΟΣ", want: "strasse strasse σίσυφοσ"},
		{name: "dotted capital I", in: "\u0130stanbul", want: "i\u0307stanbul"},
		{name: "Cherokee folds to upper case", in: "\u13a0\uab70\u13f8", want: "\u13a0\u13a0\u13f0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, Normalize(tt.in))
		})
	}
}

func TestTokens(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{name: "empty", in: "", want: nil},
		{name: "punctuation only", in: "!!! ??? -", want: nil},
		{name: "latin", in: "Hello, wörld_x 42! l'été", want: []string{"Hello", "wörld_x", "42", "l", "été"}},
		{name: "combining marks split words as in Python", in: "हिन्दी भाषा", want: []string{"ह", "न", "द", "भ", "ष"}},
		{name: "thai and superscript digit", in: "ภาษาไทย ok_1 x²", want: []string{"ภาษาไทย", "ok_1", "x²"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, tokens(tt.in))
		})
	}
}

func TestTokenF1(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		gold, pred string
		want       float64
	}{
		{name: "both empty", gold: "", pred: "...", want: 1},
		{name: "prediction empty", gold: "a b", pred: "", want: 0},
		{name: "case folded", gold: "The Cat", pred: "the CAT", want: 1},
		{name: "three of four", gold: "a b c d", pred: "a b c x", want: 0.75},
		{name: "p 1 r 1/2", gold: "a b c d", pred: "a b", want: 2 * 1 * 0.5 / 1.5},
		{name: "repeated tokens count", gold: "a a b", pred: "a b b", want: 2.0 / 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.InDelta(t, tt.want, tokenF1(tt.gold, tt.pred), 1e-15)
		})
	}
}

func TestListF1(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		gold, pred []string
		want       float64
	}{
		{name: "both empty", gold: nil, pred: []string{}, want: 1},
		{name: "none predicted", gold: []string{"a"}, pred: nil, want: 0},
		{name: "normalised", gold: []string{"Stra\u00dfe", "The  \u201cEnd\u201d"}, pred: []string{"STRASSE", `the "end"`}, want: 1},
		{name: "half recall", gold: []string{"A", "b"}, pred: []string{"a"}, want: 2 * 1 * 0.5 / 1.5},
		{name: "p 1/2 r 1/3", gold: []string{"A", "B", "C"}, pred: []string{"a", "x"}, want: 0.4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.InDelta(t, tt.want, listF1(tt.gold, tt.pred), 1e-15)
		})
	}
}

func TestShingles(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		want counter
	}{
		{name: "no tokens", in: "!!", want: counter{}},
		{name: "short text is one shingle", in: "short text", want: counter{"short text": 1}},
		{name: "windows of four", in: "a b c d e", want: counter{"a b c d": 1, "b c d e": 1}},
		{name: "repeats counted", in: "a b c d a b c d", want: counter{"a b c d": 2, "b c d a": 1, "c d a b": 1, "d a b c": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, shingles(tt.in))
		})
	}
}

func TestShingleCounts(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		gold, pred string
		want       bodyCounts
		wantP      float64
		wantR      float64
	}{
		{name: "identical", gold: "a b c d e", pred: "a b c d e", want: bodyCounts{1, 0, 0}, wantP: 1, wantR: 1},
		{name: "prediction is a prefix", gold: "a b c d e", pred: "a b c d", want: bodyCounts{0.5, 0, 0.5}, wantP: 1, wantR: 0.5},
		{name: "three of five shared", gold: "one two three four five six seven eight", pred: "one two three four five six nine ten",
			want: bodyCounts{3.0 / 7, 2.0 / 7, 2.0 / 7}, wantP: 0.6, wantR: 0.6},
		{name: "nothing predicted", gold: "a b c d", pred: "", want: bodyCounts{0, 0, 1}, wantP: 0, wantR: 0},
		{name: "case kept", gold: "short text", pred: "Short text", want: bodyCounts{0, 0.5, 0.5}, wantP: 0, wantR: 0},
		{name: "no shingle on either side", gold: "!!!", pred: "", want: bodyCounts{}, wantP: 1, wantR: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c := shingleCounts(tt.gold, tt.pred)
			assert.InDelta(t, tt.want.tp, c.tp, 1e-15)
			assert.InDelta(t, tt.want.fp, c.fp, 1e-15)
			assert.InDelta(t, tt.want.fn, c.fn, 1e-15)
			assert.InDelta(t, tt.wantP, c.prec(), 1e-15)
			assert.InDelta(t, tt.wantR, c.rec(), 1e-15)
		})
	}
}

func TestDay(t *testing.T) {
	t.Parallel()
	const d20240422 = 19835 // days from 1970-01-01
	tests := []struct {
		name   string
		in     string
		want   int64
		wantOK bool
	}{
		{name: "RFC 3339", in: "2024-04-22T15:55:00.842+02:00", want: d20240422, wantOK: true},
		{name: "bare day", in: "2024-04-22", want: d20240422, wantOK: true},
		{name: "day part as written, not in UTC", in: "2024-04-22T23:30:00-05:00", want: d20240422, wantOK: true},
		{name: "Arabic-Indic digits", in: "\u0662\u0660\u0662\u0664-\u0660\u0664-\u0662\u0662", want: d20240422, wantOK: true},
		{name: "leap day", in: "2024-02-29", want: 19782, wantOK: true},
		{name: "February 30", in: "2024-02-30"},
		{name: "month 13", in: "2024-13-01"},
		{name: "year 0", in: "0000-01-01"},
		{name: "not at the start", in: " 2024-04-22"},
		{name: "short year", in: "24-04-22"},
		{name: "slashes", in: "2024/04/22"},
		{name: "empty", in: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, ok := day(tt.in)
			assert.Equal(t, tt.wantOK, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestPrimaryLang(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"en-US", "en"},
		{"PT", "pt"},
		{"pt_BR", "pt_br"},
		{"", ""},
		{"zh-Hant-TW", "zh"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, primaryLang(tt.in))
		})
	}
}

func TestMean(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   []float64
		want float64
	}{
		{name: "none", in: nil, want: 0},
		{name: "exact sum, as statistics.mean", in: []float64{0.1, 0.2, 0.3}, want: 0.2}, // a plain sum gives 0.20000000000000004
		{name: "booleans", in: []float64{1, 0, 1, 1}, want: 0.75},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, mean(tt.in))
		})
	}
}

func TestPyRepr(t *testing.T) {
	t.Parallel()
	tenth := 0.1 // a variable, so that 0.1 + 0.2 is float64 arithmetic, not exact constant arithmetic
	tests := []struct {
		in   float64
		want string
	}{
		{0.95, "0.95"},
		{1, "1.0"},
		{0, "0.0"},
		{-0.5, "-0.5"},
		{1e-05, "1e-05"},
		{2.5e-07, "2.5e-07"},
		{0.0001, "0.0001"},
		{1e16, "1e+16"},
		{1e15, "1000000000000000.0"},
		{1234567, "1234567.0"},
		{123.456, "123.456"},
		{tenth + 0.2, "0.30000000000000004"},
		{math.Inf(1), "inf"},
		{math.NaN(), "nan"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, pyRepr(tt.in))
		})
	}
}

func FuzzNormalizeTokens(f *testing.F) {
	for _, s := range []string{"", "The \u201cBig\u201d Test", "हिन्दी", "\u0130\u13a0\ufb01", "2024-04-22T10:00:00Z", "\xff\xfe bad utf-8", "a b c d e f"} {
		f.Add(s, s+" x")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		Normalize(a)
		tokenF1(a, b)
		listF1([]string{a}, []string{b})
		c := shingleCounts(a, b)
		p, r := c.prec(), c.rec()
		if p < 0 || p > 1 || r < 0 || r > 1 {
			t.Fatalf("precision %v recall %v out of [0, 1]", p, r)
		}
		day(a)
		primaryLang(b)
	})
}
