package discover

import (
	"strings"
	"time"
)

// MaxURLBytes is the length over which Trap calls a URL a trap.
const MaxURLBytes = 2048

// Reasons returned by Trap. Callers may compare against them.
const (
	TrapTooLong        = "url longer than 2048 bytes"
	TrapSession        = "session id in url"
	TrapRepeated       = "path segment repeated 3+ times"
	TrapDeep           = "more than 8 path segments"
	TrapManyParams     = "more than 6 query parameters"
	TrapRepeatedParam  = "query parameter repeated 3+ times"
	TrapCalendar       = "calendar date far from today"
	TrapFuture         = "date in path more than a year ahead"
	TrapVolatileNumber = "volatile number in query"
)

// Limits of Trap.
const (
	maxTrapSegments = 8
	maxTrapParams   = 6
)

// Trap reports why u looks like a crawler trap, or "" when it does not.
// The checks, in this order (the first that fires is returned):
//
//   - TrapTooLong: more than MaxURLBytes (2048) bytes;
//   - TrapSession: a session id in the path (";jsessionid=", ";sid=") or
//     query (jsessionid, phpsessid, sessionid, sid with 16+ characters);
//   - TrapRepeated: a path segment occurring 3 times or more (/a/b/a/b/a/);
//   - TrapDeep: more than 8 path segments;
//   - TrapManyParams: more than 6 query parameters;
//   - TrapRepeatedParam: a query key occurring 3 times or more;
//   - TrapCalendar: a calendar page (a segment calendar, kalender,
//     calendrier, agenda, events, termine, veranstaltungen ...) for a year
//     more than one year away from now, or a date-like query parameter
//     (date=, month=, year=, day=, week=, cal=, datum= ...) holding such a
//     year;
//   - TrapFuture: a dated path (/2031/05/, /2031-05-03/) more than one
//     year after now; past dates are archives, not traps;
//   - TrapVolatileNumber: a query value with a run of 16 digits or more,
//     or a cache buster (_=, t=, ts=, cb=, rand=, nocache= ...) with 9
//     digits or more: numbers that change with every link.
//
// Only now's year is used, so Trap is deterministic for a given now. It
// ignores scheme, host and fragment, never panics, does not allocate and
// is safe for concurrent use.
func Trap(u string, now time.Time) string {
	if len(u) > MaxURLBytes {
		return TrapTooLong
	}
	r := splitRef(u)
	if indexFold(r.path, ";jsessionid=") >= 0 || indexFold(r.path, ";sid=") >= 0 ||
		indexFold(r.path, ";phpsessid=") >= 0 {
		return TrapSession
	}
	for q := r.query; q != ""; {
		var k, v string
		k, v, q = nextParam(q)
		if isWord(k, sessionKeys) || strings.EqualFold(k, "sid") && len(v) >= 16 {
			return TrapSession
		}
	}

	// Path segments.
	var arr [maxTrapSegments + 1]string
	segs := arr[:0]
	deep := false
	calendar := false
	for rest := r.path; rest != ""; {
		var s string
		if i := strings.IndexByte(rest, '/'); i >= 0 {
			s, rest = rest[:i], rest[i+1:]
		} else {
			s, rest = rest, ""
		}
		if s == "" {
			continue
		}
		if len(segs) == maxTrapSegments {
			deep = true
			// Keep counting repeats among the first segments only.
			if count(segs, s) >= 2 {
				return TrapRepeated
			}
			continue
		}
		if count(segs, s) >= 2 {
			return TrapRepeated
		}
		segs = append(segs, s)
		calendar = calendar || isWord(s, calendarWords)
	}
	if deep {
		return TrapDeep
	}

	// Query parameters.
	nparams := 0
	var keys [maxTrapParams + 1]string
	for q := r.query; q != ""; {
		var k string
		k, _, q = nextParam(q)
		if k == "" {
			continue
		}
		nparams++
		if nparams > maxTrapParams {
			return TrapManyParams
		}
		if count(keys[:nparams-1], k) >= 2 {
			return TrapRepeatedParam
		}
		keys[nparams-1] = k
	}

	year := now.Year()
	far := func(y int) bool { return y > year+1 || y < year-1 }
	// Dates in the path.
	for i, s := range segs {
		y, ok := leadingYear(s)
		if !ok {
			continue
		}
		if calendar && far(y) {
			return TrapCalendar
		}
		dated := len(s) > 4 || i+1 < len(segs) && isMonth(segs[i+1])
		if dated && y > year+1 {
			return TrapFuture
		}
	}
	// Dates and volatile numbers in the query.
	for q := r.query; q != ""; {
		var k, v string
		k, v, q = nextParam(q)
		if dateKey(k) {
			if y, ok := leadingYear(v); ok && far(y) {
				return TrapCalendar
			}
		}
		run := longestDigitRun(v)
		if run >= 16 || run >= 9 && isWord(k, cacheBusterKeys) {
			return TrapVolatileNumber
		}
	}
	return ""
}

// nextParam splits the first parameter off a query.
func nextParam(q string) (key, value, rest string) {
	p := q
	if i := strings.IndexByte(q, '&'); i >= 0 {
		p, rest = q[:i], q[i+1:]
	}
	key = p
	if i := strings.IndexByte(p, '='); i >= 0 {
		key, value = p[:i], p[i+1:]
	}
	return key, value, rest
}

// count returns how often s occurs in list, ASCII case-insensitively.
func count(list []string, s string) int {
	n := 0
	for _, x := range list {
		if strings.EqualFold(x, s) {
			n++
		}
	}
	return n
}

// leadingYear reads a year 1000..2999 from the start of s when it stands
// alone or is followed by a separator or more digits of a date: "2031",
// "2031-05", "2031_05_03", "20310503", "2031%2F05".
func leadingYear(s string) (int, bool) {
	if len(s) < 4 {
		return 0, false
	}
	y := 0
	for i := range 4 {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		y = y*10 + int(c-'0')
	}
	if y < 1000 || y > 2999 {
		return 0, false
	}
	switch {
	case len(s) == 4:
	case len(s) == 6 || len(s) == 8:
		for i := 4; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
		}
		if !isMonth(s[4:6]) {
			return 0, false
		}
	case s[4] == '-' || s[4] == '_' || s[4] == '.' || s[4] == '/' || s[4] == '%':
	default:
		return 0, false
	}
	return y, true
}

// dateKey reports whether a query key names a date: date, month, year,
// day, week, cal and their German, French and Spanish forms, or d, m, y,
// ym, ymd.
func dateKey(k string) bool {
	if isWord(k, dateKeys) {
		return true
	}
	for _, w := range [...]string{"date", "month", "year", "week", "cal", "datum", "monat", "jahr", "mois", "annee", "fecha"} {
		if indexFold(k, w) >= 0 {
			return true
		}
	}
	return false
}

func longestDigitRun(s string) int {
	best, run := 0, 0
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			run++
			best = max(best, run)
		} else {
			run = 0
		}
	}
	return best
}

// calendarWords name calendar and event pages, whose "next month" links
// never end.
var calendarWords = set(
	"calendar", "calendars", "kalender", "calendrier", "calendario",
	"agenda", "events", "event", "termine", "terminkalender",
	"veranstaltungen", "veranstaltungskalender", "evenements", "eventos",
	"eventi", "cal", "ical",
)

// sessionKeys are query keys of session ids.
var sessionKeys = set("jsessionid", "phpsessid", "sessionid", "session_id", "aspsessionid", "sessid", "oscsid", "zenid")

// dateKeys are short date keys matched whole.
var dateKeys = set("d", "m", "y", "ym", "ymd", "yr", "mo", "day", "tag", "jour", "dia", "from", "to")

// cacheBusterKeys carry numbers that change on every request.
var cacheBusterKeys = set(
	"_", "t", "ts", "time", "timestamp", "cb", "cachebuster", "cache",
	"nocache", "rand", "random", "rnd", "r", "nonce", "v", "ver", "_t", "_ts",
)
