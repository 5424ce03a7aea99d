package dates

import "time"

// zoneSpec is a zone as written on the page.
type zoneSpec struct {
	set bool
	off int  // seconds east of UTC
	us  int8 // for ET/CT/MT/PT: the standard offset in hours (-5..-8), resolved with the US DST rules
	// usName: a US zone name (EST, PDT, ET...), which makes an ambiguous
	// numeric date month first when the language does not say otherwise.
	usName bool
	named  bool // a zone name other than UTC (GMT, CET, EST...), not a bare offset
}

// zoneAbbrevs maps the zone abbreviations news pages print to their fixed
// offsets in seconds. Only upper-case spellings are recognised ("est" is a
// French word). Ambiguous abbreviations take the reading news sites use
// most: CST is US Central, IST is India, BST is British Summer Time.
var zoneAbbrevs = map[string]int{
	"UTC": 0, "GMT": 0, "UT": 0, "Z": 0, "WET": 0,
	"WEST": 1 * 3600, "BST": 1 * 3600, "CET": 1 * 3600, "MEZ": 1 * 3600, "WAT": 1 * 3600,
	"CEST": 2 * 3600, "MESZ": 2 * 3600, "EET": 2 * 3600, "SAST": 2 * 3600, "CAT": 2 * 3600,
	"EEST": 3 * 3600, "MSK": 3 * 3600, "EAT": 3 * 3600,
	"PKT": 5 * 3600, "IST": 5*3600 + 1800,
	"WIB": 7 * 3600, "ICT": 7 * 3600,
	"HKT": 8 * 3600, "SGT": 8 * 3600, "AWST": 8 * 3600, "PHT": 8 * 3600, "WITA": 8 * 3600,
	"JST": 9 * 3600, "KST": 9 * 3600, "WIT": 9 * 3600,
	"ACST": 9*3600 + 1800, "ACDT": 10*3600 + 1800,
	"AEST": 10 * 3600, "AEDT": 11 * 3600,
	"NZST": 12 * 3600, "NZDT": 13 * 3600,
	"BRT": -3 * 3600, "ART": -3 * 3600,
	"EDT": -4 * 3600, "AST": -4 * 3600,
	"EST": -5 * 3600, "CDT": -5 * 3600,
	"CST": -6 * 3600, "MDT": -6 * 3600,
	"MST": -7 * 3600, "PDT": -7 * 3600,
	"PST": -8 * 3600, "AKDT": -8 * 3600,
	"AKST": -9 * 3600, "HST": -10 * 3600,
}

// usZones are the US zone names without a standard/daylight letter; their
// offset depends on the date.
var usZones = map[string]int8{"ET": -5, "CT": -6, "MT": -7, "PT": -8}

// isUSZone reports whether z is one of the US zones (so a numeric date next
// to it is month first).
func isUSZone(name string) bool {
	switch name {
	case "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "CT", "MT", "PT", "AKST", "AKDT", "HST":
		return true
	}
	return false
}

// usDST reports whether US daylight saving time is in effect at the given
// local wall-clock time (rules of 2007 onwards, and of 1987-2006 before).
func usDST(y, m, d, h int) bool {
	var startM, endM, startD, endD int
	if y >= 2007 {
		startM, startD = 3, nthSunday(y, 3, 2)
		endM, endD = 11, nthSunday(y, 11, 1)
	} else {
		startM, startD = 4, nthSunday(y, 4, 1)
		endM, endD = 10, lastSunday(y, 10)
	}
	switch {
	case m < startM || m > endM:
		return false
	case m > startM && m < endM:
		return true
	case m == startM:
		return d > startD || (d == startD && h >= 2)
	default: // m == endM
		return d < endD || (d == endD && h < 2)
	}
}

// nthSunday returns the day of month of the n-th Sunday of month m.
func nthSunday(y, m, n int) int {
	wd := int(time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC).Weekday())
	first := 1 + (7-wd)%7
	return first + 7*(n-1)
}

// lastSunday returns the day of month of the last Sunday of month m.
func lastSunday(y, m int) int {
	last := daysIn(y, m)
	wd := int(time.Date(y, time.Month(m), last, 0, 0, 0, 0, time.UTC).Weekday())
	return last - wd
}

// fixedZones caches locations for quarter-hour offsets from -12:00 to +14:00
// so that parsing does not allocate one per date. Never mutated.
var fixedZones = func() [105]*time.Location {
	var z [105]*time.Location
	for i := range z {
		off := (i - 48) * 900
		if off == 0 {
			z[i] = time.UTC
			continue
		}
		z[i] = time.FixedZone("", off)
	}
	return z
}()

// location returns a *time.Location with the given offset in seconds.
func location(off int) *time.Location {
	if off%900 == 0 && off >= -12*3600 && off <= 14*3600 {
		return fixedZones[off/900+48]
	}
	return time.FixedZone("", off)
}
