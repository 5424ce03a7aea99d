package dates

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// span is a Find result as compared in tests: the date and the text it
// was read from.
type span struct {
	Date, Text string
}

func TestFind(t *testing.T) {
	t.Parallel()
	cases := []struct {
		text, lang string
		max        int
		want       []span
	}{
		{"By Jane Doe | March 5, 2024 at 10:20 am ET Share", "en-US", 0,
			[]span{{"2024-03-05T10:20:00-05:00", "March 5, 2024 at 10:20 am ET"}}},
		{"Mis à jour le 06/04/2013 à 10:37 Publié le 05/04/2013 à 17:08 Arnaud Montebourg", "fr", 0,
			[]span{{"2013-04-06T10:37:00", "06/04/2013 à 10:37"}, {"2013-04-05T17:08:00", "05/04/2013 à 17:08"}}},
		{"Mis à jour le 06/04/2013 à 10:37 Publié le 05/04/2013 à 17:08 Arnaud Montebourg", "fr", 1,
			[]span{{"2013-04-06T10:37:00", "06/04/2013 à 10:37"}}},
		{"Veröffentlicht am 13. Mai 2026 um 15:44 – Lesezeit", "de", 0,
			[]span{{"2026-05-13T15:44:00", "13. Mai 2026 um 15:44"}}},
		{"社会 (1月14日 01時40分更新) 2025年1月14日 10:20 気象庁", "ja", 0,
			[]span{{"2025-01-14T10:20:00", "2025年1月14日 10:20"}}},
		// Character references are not decoded: offsets index the text as given.
		{"5&nbsp;maj 2024", "sv", 0, nil},
		{"no dates here, 12.5 %, version 1.2.3", "en", 0, nil},
		{"", "", 0, nil},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			t.Parallel()
			var got []span
			for _, s := range Find(tc.text, tc.lang, tc.max) {
				require.True(t, 0 <= s.Start && s.Start < s.End && s.End <= len(tc.text), "span %d..%d", s.Start, s.End)
				got = append(got, span{show(t, s.Date), tc.text[s.Start:s.End]})
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestFindAgreesWithScan checks that Find reads the dates Scan reads, in
// text without character references.
func TestFindAgreesWithScan(t *testing.T) {
	t.Parallel()
	for _, tc := range parseCases {
		text := "Updated: " + tc.in + " | by the desk"
		var found []Date
		for _, s := range Find(text, tc.lang, 0) {
			found = append(found, s.Date)
		}
		scanned := Scan(text, tc.lang, 0)
		if containsRef(text) {
			continue
		}
		assert.Equal(t, showAll(t, scanned), showAll(t, found), text)
	}
}

func containsRef(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '&' {
			return true
		}
	}
	return false
}

func TestAmbiguous(t *testing.T) {
	t.Parallel()
	cases := []struct {
		in, lang string
		want     bool
	}{
		{"3/5/2024", "en-US", true},
		{"3/5/2024", "de", true},
		{"08/11/2023 | 20:26 PM", "en", true},
		{"11-08-2023", "", true},
		{"03.05.2024", "de", false}, // dotted dates are day first everywhere
		{"03.05.2024", "", false},
		{"11.03.17", "en", true},    // but an English page may write them month first (Engadget)
		{"11.03.17", "en-US", true}, // read day first all the same; the flag lets callers re-read it
		{"13/5/2024", "en-US", false},
		{"5/13/2024", "en-GB", false},
		{"5/5/2024", "en-US", false}, // either reading is the same day
		{"March 5, 2024", "en", false},
		{"2024-03-05", "", false},
		{"2024/03/05 10:20", "", false},
		{"5. März 2024", "de", false},
	}
	for _, tc := range cases {
		t.Run(tc.in+"/"+tc.lang, func(t *testing.T) {
			t.Parallel()
			d, ok := Parse(tc.in, tc.lang)
			require.True(t, ok)
			assert.Equal(t, tc.want, d.Ambiguous)
		})
	}
}

func FuzzFind(f *testing.F) {
	for _, tc := range parseCases {
		f.Add("Updated: "+tc.in+" | more text 12.5 "+tc.in, tc.lang)
	}
	f.Fuzz(func(t *testing.T, s, lang string) {
		prev := 0
		for _, sp := range Find(s, lang, 8) {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) {
				t.Fatalf("%q: span %d..%d after %d", s, sp.Start, sp.End, prev)
			}
			prev = sp.End
			checkDate(t, s, sp.Date)
		}
	})
}
