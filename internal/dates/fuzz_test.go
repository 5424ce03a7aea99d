package dates

import (
	"testing"
	"time"
)

// roundTrip formats d the way metadata would carry it.
func roundTrip(d Date) string {
	switch {
	case d.DayOnly:
		return d.Time.Format("2006-01-02")
	case d.Zone:
		return d.Time.Format(time.RFC3339Nano)
	}
	return d.Time.Format("2006-01-02T15:04:05.999999999")
}

// checkDate fails if d breaks the promises of Parse and Scan.
func checkDate(t *testing.T, in string, d Date) {
	t.Helper()
	if y := d.Time.Year(); y < MinYear || y > MaxYear {
		t.Fatalf("%q: year %d out of range", in, y)
	}
	if d.DayOnly && (d.Zone || d.Time.Location() != time.UTC || d.Time.Hour()+d.Time.Minute()+d.Time.Second()+d.Time.Nanosecond() != 0) {
		t.Fatalf("%q: DayOnly date not at midnight UTC: %v", in, d)
	}
	if !d.Zone && d.Time.Location() != time.UTC {
		t.Fatalf("%q: zoneless date not in UTC: %v", in, d)
	}
	s := roundTrip(d)
	back, ok := Parse(s, "")
	if !ok {
		t.Fatalf("%q: %q does not parse back", in, s)
	}
	_, off1 := d.Time.Zone()
	_, off2 := back.Time.Zone()
	if !back.Time.Equal(d.Time) || off1 != off2 || back.DayOnly != d.DayOnly || back.Zone != d.Zone {
		t.Fatalf("%q: round trip %q gave %v, want %v", in, s, back, d)
	}
}

func FuzzParse(f *testing.F) {
	for _, tc := range parseCases {
		f.Add(tc.in, tc.lang)
	}
	f.Fuzz(func(t *testing.T, s, lang string) {
		d, ok := Parse(s, lang)
		if !ok {
			if d != (Date{}) {
				t.Fatalf("%q: not ok but %v", s, d)
			}
			return
		}
		checkDate(t, s, d)
	})
}

func FuzzScan(f *testing.F) {
	for _, tc := range parseCases {
		f.Add("Updated: "+tc.in+" | more text 12.5", tc.lang)
	}
	f.Fuzz(func(t *testing.T, s, lang string) {
		for _, d := range Scan(s, lang, 8) {
			checkDate(t, s, d)
		}
	})
}

func FuzzFromURL(f *testing.F) {
	for _, u := range []string{
		"https://example.com/2024/03/05/story", "https://www.theguardian.com/world/2024/mar/05/x",
		"https://example.com/news/20240305/slug", "https://example.com/05/03/2024/slug",
		"http://www.news.cn/fortune/2023-11/17/c_1129981476.htm", "https://example.com/2024/03/",
		"/a-2024_03_05-b", "//host/2024/3/5",
	} {
		f.Add(u)
	}
	f.Fuzz(func(t *testing.T, u string) {
		d, ok := FromURL(u)
		if !ok {
			return
		}
		if !d.DayOnly {
			t.Fatalf("%q: FromURL date not DayOnly", u)
		}
		checkDate(t, u, d)
	})
}
