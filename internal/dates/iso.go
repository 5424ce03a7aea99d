package dates

import "time"

// parseISO is the fast path for the RFC 3339 family that most metadata
// uses: YYYY-MM-DD, optionally followed by T or a space, hh:mm[:ss[.frac]]
// and Z or a numeric offset. Anything else is left to the general parser
// (which reads these forms too, with the same results).
func parseISO(s string) (Date, bool) {
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, false
	}
	y, ok1 := atoiN(s[0:4])
	m, ok2 := atoiN(s[5:7])
	d, ok3 := atoiN(s[8:10])
	if !ok1 || !ok2 || !ok3 || y < MinYear || y > MaxYear || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return Date{}, false
	}
	if len(s) == 10 {
		return Date{Time: time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), DayOnly: true}, true
	}
	if s[10] != 'T' && s[10] != ' ' || len(s) < 16 || s[13] != ':' {
		return Date{}, false
	}
	h, ok1 := atoiN(s[11:13])
	mi, ok2 := atoiN(s[14:16])
	if !ok1 || !ok2 || h > 23 || mi > 59 {
		return Date{}, false
	}
	sec, ns := 0, 0
	r := s[16:]
	if len(r) >= 3 && r[0] == ':' {
		v, ok := atoiN(r[1:3])
		if !ok || v > 59 {
			return Date{}, false
		}
		sec = v
		r = r[3:]
		if len(r) >= 2 && r[0] == '.' {
			n := 1
			for n < len(r) && r[n] >= '0' && r[n] <= '9' {
				n++
			}
			if n == 1 {
				return Date{}, false
			}
			ns = fracNanos(r[1:n])
			r = r[n:]
		}
	}
	var loc *time.Location
	switch {
	case r == "":
		loc = nil
	case r == "Z":
		loc = time.UTC
	case len(r) >= 3 && (r[0] == '+' || r[0] == '-'):
		oh, ok := atoiN(r[1:3])
		om := 0
		switch rest := r[3:]; {
		case rest == "":
		case len(rest) == 3 && rest[0] == ':':
			om, ok2 = atoiN(rest[1:])
			ok = ok && ok2
		case len(rest) == 2:
			om, ok2 = atoiN(rest)
			ok = ok && ok2
		default:
			ok = false
		}
		if !ok || oh > 14 || om > 59 {
			return Date{}, false
		}
		off := oh*3600 + om*60
		if r[0] == '-' {
			off = -off
		}
		loc = location(off)
	default:
		return Date{}, false
	}
	if loc == nil {
		return Date{Time: time.Date(y, time.Month(m), d, h, mi, sec, ns, time.UTC)}, true
	}
	return Date{Time: time.Date(y, time.Month(m), d, h, mi, sec, ns, loc), Zone: true}, true
}

// atoiN parses a short run of ASCII digits.
func atoiN(s string) (int, bool) {
	if s == "" {
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

// parseDigits reads a string made only of digits: 20240305, 202403051020,
// 20240305102030, or a unix epoch in seconds (10 digits) or milliseconds
// (13 digits). done is false when s is not all digits.
func parseDigits(s string) (d Date, ok, done bool) {
	if s == "" {
		return Date{}, false, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return Date{}, false, false
		}
	}
	switch len(s) {
	case 8, 12, 14:
		y, _ := atoiN(s[0:4])
		m, _ := atoiN(s[4:6])
		dd, _ := atoiN(s[6:8])
		p := parts{y: y, m: m, d: dd}
		if len(s) > 8 {
			p.hasTime = true
			p.h, _ = atoiN(s[8:10])
			p.mi, _ = atoiN(s[10:12])
			if len(s) == 14 {
				p.sec, _ = atoiN(s[12:14])
			}
		}
		var sc scanner
		d, ok = sc.finish(p)
		return d, ok, true
	case 10, 13:
		v, _ := atoiN(s)
		var t time.Time
		if len(s) == 10 {
			t = time.Unix(int64(v), 0).UTC()
		} else {
			t = time.UnixMilli(int64(v)).UTC()
		}
		if t.Year() < MinYear || t.Year() > MaxYear {
			return Date{}, false, true
		}
		return Date{Time: t, Zone: true}, true, true
	}
	return Date{}, false, true
}
