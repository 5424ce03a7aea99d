package dates

import (
	"strings"
	"time"
)

// maxURLBytes bounds the URL FromURL reads.
const maxURLBytes = 4096

// FromURL finds a date in the path of a URL: /2024/03/05/, /2024/3/5/,
// /2024-03-05/, /story_20240305.html, /2024/mar/05/ (Guardian style),
// /2024-03/05/ (Xinhua) and
// /05/03/2024/ (day first unless the numbers force month first). It returns
// DayOnly dates. A bare year or year/month is not a date, and digit runs
// longer than a date (IDs) are skipped. Host, query and fragment are
// ignored. FromURL never panics and is safe for concurrent use.
func FromURL(u string) (Date, bool) {
	if len(u) > maxURLBytes {
		u = u[:maxURLBytes]
	}
	path := urlPath(u)
	var segs [64]string
	n := 0
	for seg := range strings.SplitSeq(path, "/") {
		if n == len(segs) {
			break
		}
		segs[n] = seg
		n++
	}
	// Whole segments: /2024/03/05/, /2024/mar/05/, /05/03/2024/.
	for i := 0; i+2 < n; i++ {
		if d, ok := segmentDate(segs[i], segs[i+1], segs[i+2]); ok {
			return d, true
		}
	}
	// Year and month, then day: /2023-11/17/ (Xinhua, Zeit).
	for i := 0; i+1 < n; i++ {
		a := segs[i]
		if len(a) == 7 && (a[4] == '-' || a[4] == '_') {
			y, ok1 := atoiN(a[:4])
			m, ok2 := atoiN(a[5:])
			d, ok3 := segDay(segs[i+1])
			if ok1 && ok2 && ok3 {
				if dt, ok := dayDate(y, m, d); ok {
					return dt, true
				}
			}
		}
	}
	// Inside one segment: 2024-03-05, 2024_03_05, 20240305, 05-03-2024.
	for i := range n {
		if d, ok := inlineDate(segs[i]); ok {
			return d, true
		}
	}
	return Date{}, false
}

// urlPath returns the path of u (without scheme, host, query, fragment).
func urlPath(u string) string {
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
		if j := strings.IndexByte(u, '/'); j >= 0 {
			u = u[j:]
		} else {
			return ""
		}
	} else if strings.HasPrefix(u, "//") {
		u = u[2:]
		if j := strings.IndexByte(u, '/'); j >= 0 {
			u = u[j:]
		} else {
			return ""
		}
	}
	return u
}

// dayDate validates a day and builds a DayOnly Date.
func dayDate(y, m, d int) (Date, bool) {
	if y < MinYear || y > MaxYear || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return Date{}, false
	}
	return Date{Time: time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), DayOnly: true}, true
}

// segmentDate reads a date spread over three path segments.
func segmentDate(a, b, c string) (Date, bool) {
	if len(a) == 4 {
		y, ok := atoiN(a)
		if !ok {
			return Date{}, false
		}
		m, ok := segMonth(b)
		if !ok {
			return Date{}, false
		}
		d, ok := segDay(c)
		if !ok {
			return Date{}, false
		}
		return dayDate(y, m, d)
	}
	if len(a) <= 2 && len(b) <= 2 {
		x, ok1 := atoiN(a)
		z, ok2 := atoiN(b)
		y, ok3 := atoiN(c)
		if !ok1 || !ok2 || !ok3 || len(c) != 4 {
			return Date{}, false
		}
		if z > 12 && x <= 12 {
			return dayDate(y, x, z)
		}
		return dayDate(y, z, x)
	}
	return Date{}, false
}

// segMonth reads a month segment: "03", "3", "mar", "march".
func segMonth(s string) (int, bool) {
	if len(s) <= 2 {
		return atoiN(s)
	}
	if len(s) > 12 {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if !('a' <= s[i] && s[i] <= 'z' || 'A' <= s[i] && s[i] <= 'Z') {
			return 0, false
		}
	}
	wi := lookupWord(s)
	if wi.flags&fMonthW == 0 {
		return 0, false
	}
	return int(wi.month), true
}

// segDay reads a day segment: "05", "5", or "05.html".
func segDay(s string) (int, bool) {
	if i := strings.IndexByte(s, '.'); i > 0 {
		s = s[:i]
	}
	if len(s) == 0 || len(s) > 2 {
		return 0, false
	}
	return atoiN(s)
}

// inlineDate finds a date inside one segment, bounded by non-digits.
func inlineDate(seg string) (Date, bool) {
	for i := 0; i < len(seg); {
		c := seg[i]
		if c < '0' || c > '9' {
			i++
			continue
		}
		j := i
		for j < len(seg) && seg[j] >= '0' && seg[j] <= '9' {
			j++
		}
		run := seg[i:j]
		switch len(run) {
		case 8:
			y, _ := atoiN(run[0:4])
			m, _ := atoiN(run[4:6])
			d, _ := atoiN(run[6:8])
			if dt, ok := dayDate(y, m, d); ok {
				return dt, true
			}
		case 4:
			// 2024-03-05, 2024_03_05, 2024.03.05
			if m, d, end, ok := twoMore(seg, j); ok {
				y, _ := atoiN(run)
				if dt, ok := dayDate(y, m, d); ok {
					return dt, true
				}
				j = end
			}
		case 1, 2:
			// 05-03-2024
			if b, e, end, ok := twoMoreYear(seg, j); ok {
				a, _ := atoiN(run)
				var dt Date
				var ok bool
				if b > 12 && a <= 12 {
					dt, ok = dayDate(e, a, b)
				} else {
					dt, ok = dayDate(e, b, a)
				}
				if ok {
					return dt, true
				}
				j = end
			}
		}
		i = j
	}
	return Date{}, false
}

func isSepByte(c byte) bool { return c == '-' || c == '_' || c == '.' }

// digitRun returns the end of the digit run starting at i.
func digitRun(s string, i int) int {
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

// twoMore reads "-MM-DD" (same separator twice) at s[j:], the DD run ending
// the digits.
func twoMore(s string, j int) (m, d, end int, ok bool) {
	if j+1 >= len(s) || !isSepByte(s[j]) {
		return 0, 0, j, false
	}
	sep := s[j]
	k := digitRun(s, j+1)
	if k-(j+1) < 1 || k-(j+1) > 2 || k >= len(s) || s[k] != sep {
		return 0, 0, j, false
	}
	m, _ = atoiN(s[j+1 : k])
	e := digitRun(s, k+1)
	if e-(k+1) < 1 || e-(k+1) > 2 {
		return 0, 0, j, false
	}
	d, _ = atoiN(s[k+1 : e])
	return m, d, e, true
}

// twoMoreYear reads "-MM-YYYY" at s[j:].
func twoMoreYear(s string, j int) (b, y, end int, ok bool) {
	if j+1 >= len(s) || !isSepByte(s[j]) {
		return 0, 0, j, false
	}
	sep := s[j]
	k := digitRun(s, j+1)
	if k-(j+1) < 1 || k-(j+1) > 2 || k >= len(s) || s[k] != sep {
		return 0, 0, j, false
	}
	b, _ = atoiN(s[j+1 : k])
	e := digitRun(s, k+1)
	if e-(k+1) != 4 {
		return 0, 0, j, false
	}
	y, _ = atoiN(s[k+1 : e])
	return b, y, e, true
}
