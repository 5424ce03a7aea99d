package dates

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func showAll(t testing.TB, ds []Date) []string {
	t.Helper()
	out := make([]string, 0, len(ds))
	for _, d := range ds {
		out = append(out, show(t, d))
	}
	return out
}

func TestScan(t *testing.T) {
	t.Parallel()
	cases := []struct {
		text, lang string
		max        int
		want       []string
	}{
		{"By Jane Doe | March 5, 2024 at 10:20 am ET", "en-US", 0, []string{"2024-03-05T10:20:00-05:00"}},
		{"Published: 10:55 EDT, 7 May 2020 | Updated: 11:17 EDT, 7 May 2020 e-mail", "en", 0,
			[]string{"2020-05-07T10:55:00-04:00", "2020-05-07T11:17:00-04:00"}},
		{"Published: 10:55 EDT, 7 May 2020 | Updated: 11:17 EDT, 7 May 2020 e-mail", "en", 1,
			[]string{"2020-05-07T10:55:00-04:00"}},
		{"Published Jul 17, 2024, 11:21am | Updated Jul 17, 2024, 6:39pm Share this article", "en", 0,
			[]string{"2024-07-17T11:21:00", "2024-07-17T18:39:00"}},
		{"Aktualisiert am 28.04.2023 - 19:20 Bildbeschreibung einblenden Los geht's", "de", 0, []string{"2023-04-28T19:20:00"}},
		{"Stand: 28.04.2023 17:23 Uhr Nach 42 Sitzungen hat der Untersuchungsausschuss", "de", 0, []string{"2023-04-28T17:23:00"}},
		{"Veröffentlicht am 13. Mai 2026 um 15:44 3 Minuten Lesezeit Von: Bill M", "de", 0, []string{"2026-05-13T15:44:00"}},
		{"Mis à jour le 06/04/2013 à 10:37 Publié le 05/04/2013 à 17:08 Arnaud Montebourg", "fr", 0,
			[]string{"2013-04-06T10:37:00", "2013-04-05T17:08:00"}},
		{"Aktualizacja: 02.02.2025 23:49 Publikacja: 02.02.2025 21:52 Friedrich Merz", "pl", 0,
			[]string{"2025-02-02T23:49:00", "2025-02-02T21:52:00"}},
		{"Publicerad 23 okt 2025 kl 10.23 Uppdaterad kl 12.17 Eleverna på privatskolan", "sv", 0, []string{"2025-10-23T10:23:00"}},
		{"Posted: Nov 20, 2020 / 05:25 PM CST / Updated: Nov 20, 2020 / 07:16 PM CST CHICAGO", "en", 0,
			[]string{"2020-11-20T17:25:00-06:00", "2020-11-20T19:16:00-06:00"}},
		{"Updated 7:12 am PDT, Wednesday, May 6, 2020 NEW YORK (AP) — As the coronavirus", "en", 0, []string{"2020-05-06T07:12:00-07:00"}},
		{"Posted: 08-13-10 05:18 PM | Updated: 08-14-10 12:41 AM What's Your Reaction?", "en-US", 0,
			[]string{"2010-08-13T17:18:00", "2010-08-14T00:41:00"}},
		{"Updated 11/8/2023 10:46 PM LOS ANGELES (AP) -- Hollywood's actors union", "en-US", 0, []string{"2023-11-08T22:46:00"}},
		{"Updated 11/8/2023 10:46 PM LOS ANGELES (AP) -- Hollywood's actors union", "", 0, []string{"2023-08-11T22:46:00"}},
		{"Jean-Marc Ayrault, le 27 octobre 2012 à Toulouse (AFP)", "fr", 0, []string{"2012-10-27"}},
		{"Güncelleme: 30.11.2020 18:14 30.11.2020 18:14 TAKİP ET", "tr", 0, []string{"2020-11-30T18:14:00", "2020-11-30T18:14:00"}},
		// Numbers that are not dates.
		{"Top 10 tips, 7. 15.32 Uhr, version 1.2.3, call 030-123 45 67, 12,5 %, 3/4 cup, ISBN 978-3-16-148410-0", "de", 0, nil},
		{"1 day ago · 21:52 · vor 28 Minuten · Heute, 11:07 Uhr · 2024 · March 2024", "en", 0, nil},
		{"id2024-03-05 v2024-03-05", "en", 0, nil},
		{"", "", 0, nil},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			t.Parallel()
			got := Scan(tc.text, tc.lang, tc.max)
			if tc.want == nil {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, tc.want, showAll(t, got))
		})
	}
}

// TestScanWindow puts dates at every offset around the scanner's window
// boundaries: none may be lost or split.
func TestScanWindow(t *testing.T) {
	t.Parallel()
	for pad := 0; pad < windowSize; pad += 7 {
		var b strings.Builder
		b.WriteString(strings.Repeat("x ", pad))
		want := make([]string, 0, 40)
		for i := range 40 {
			b.WriteString("Published 5 March 2024, 10:20 GMT ")
			b.WriteString(strings.Repeat("lorem ipsum ", i%9))
			want = append(want, "2024-03-05T10:20:00Z")
		}
		got := Scan(b.String(), "en", 0)
		assert.Equal(t, want, showAll(t, got), "pad %d", pad)
	}
}

func TestScanHostile(t *testing.T) {
	t.Parallel()
	inputs := []string{
		strings.Repeat("1", 1<<20),
		strings.Repeat("1.", 1<<18),
		strings.Repeat("5 March ", 1<<16),
		strings.Repeat("(((", 1<<16),
		strings.Repeat("2024-", 1<<16),
		strings.Repeat("\xff\xfe", 1<<16),
		strings.Repeat("年月日", 1<<15),
	}
	for _, in := range inputs {
		assert.NotPanics(t, func() { Scan(in, "", 0) })
		assert.NotPanics(t, func() { Parse(in, "") })
		assert.NotPanics(t, func() { FromURL(in) })
	}
}
