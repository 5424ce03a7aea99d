package dates

import (
	"html"
	"strings"
	"time"
)

// MinYear and MaxYear bound the years Parse, Scan and FromURL accept; a
// date outside them is treated as no date (an ID, a price, a typo).
const (
	MinYear = 1990
	MaxYear = 2100
)

// maxParseBytes bounds the input Parse reads; a longer string is cut.
const maxParseBytes = 1024

// Date is a parsed date. DayOnly: the source named only a day (no time);
// Time is then midnight UTC of that day and Zone is false. Zone: the source
// gave a UTC offset or zone, and Time carries that offset unchanged
// (2024-03-05T10:20:00-05:00 stays at -05:00). When the source gave a time
// but no zone, Time is in UTC with the wall clock as written and Zone is
// false. Ambiguous: the source wrote day and month as numbers that could
// trade places (3/5/2024; 3.5.2024 only on an English page, since a
// dotted date is day first everywhere else); they were read in the order
// lang chose. The zero Date means no date.
type Date struct {
	Time      time.Time
	DayOnly   bool
	Zone      bool
	Ambiguous bool
}

// Parse reads one date string as found in metadata or page text:
// RFC 3339/ISO 8601 and their common variants ("2024-11-22T06:57:50.233Z",
// "2024-11-22 06:57:50 +02:00", "20241122", "20180619T055000+0900"),
// RFC 1123/822/850, C and JavaScript date strings, English ("Jan. 2, 2006
// 3:04 PM EST"), numeric dates ("02.01.2006 - 15:04 Uhr", "2/1/2006"),
// month names of more than twenty languages in their grammatical forms
// ("5. März 2024", "5 de marzo de 2024", "5 марта 2024"), CJK and Korean
// dates ("2024年3月5日 10:20", "2024년 3월 5일 오후 3:20") and unix epochs
// of 10 (seconds) or 13 (milliseconds) digits. Times may use a 12-hour
// clock (pm, p.m., 오후, 下午) and carry a zone: a numeric offset or one
// of the abbreviations news sites print (EST, ET, CEST, MESZ, IST, JST...);
// the offset is kept as written, ET/CT/MT/PT follow the US DST rules.
//
// lang is a BCP 47 tag or "". Month names of every language are always
// recognised; lang only decides how an ambiguous numeric date is read.
// 2/1/2006 is 2 January except for English of the US (and other
// month-first regions), for plain "en" unless a non-US zone follows, and
// for "" when a US zone follows. A number above 12 forces the reading, and
// dotted dates (02.01.2006) are always day first.
//
// Words around the date are tolerated ("Updated:", "Veröffentlicht am");
// the first date expression wins. Relative dates ("2 hours ago"), dates
// without a year, impossible dates and years outside MinYear..MaxYear are
// rejected; an impossible time leaves the day alone. Only the first 1024
// bytes of s are read. Parse does not allocate unless s holds character
// references (&#x2B;), never panics and is safe for concurrent use.
func Parse(s string, lang string) (Date, bool) {
	s = strings.TrimSpace(s)
	if len(s) > maxParseBytes {
		s = s[:maxParseBytes]
	}
	if d, ok := parseISO(s); ok {
		return d, true
	}
	if d, ok, done := parseDigits(s); done {
		return d, ok
	}
	s = unescape(s)
	sc := scanner{src: s, lang: parseLang(lang), parse: true}
	return sc.next()
}

// Scan finds date expressions in visible text (a byline such as "By X |
// March 5, 2024 at 10:20 am ET") and returns them in the order they appear,
// at most max of them (max <= 0: no limit). It reads the forms Parse reads,
// with the same lang rules, except digit-only strings (20240305, epochs),
// which in running text are more often IDs. Scan works through the text in
// a fixed window of tokens, so its memory beyond the result (and a copy of
// text if it holds character references) does not grow with the text, and
// its time is linear. Scan never panics and is safe for concurrent use.
func Scan(text string, lang string, max int) []Date {
	spans := Find(unescape(text), lang, max)
	if len(spans) == 0 {
		return nil
	}
	out := make([]Date, len(spans))
	for i, sp := range spans {
		out[i] = sp.Date
	}
	return out
}

// unescape decodes HTML character references left in a string taken from
// markup ("2023-11-02T10:14:29&#x2B;05:30", "5&nbsp;maj").
func unescape(s string) string {
	if i := strings.IndexByte(s, '&'); i >= 0 && strings.IndexByte(s[i:], ';') >= 0 {
		return html.UnescapeString(s)
	}
	return s
}

// Span is one date expression found by Find: the date and the byte range
// [Start, End) of its text in the string Find was given.
type Span struct {
	Date
	Start, End int
}

// Find is Scan with the position of each date in text, for callers that
// look at the words around a date ("Updated", "Veröffentlicht am"). Unlike
// Scan it does not decode character references, so that the positions
// index text as given: pass text already decoded (such as the text nodes
// of a parsed document). At most max dates are returned (max <= 0: no
// limit). Find never panics and is safe for concurrent use.
func Find(text string, lang string, max int) []Span {
	sc := scanner{src: text, lang: parseLang(lang)}
	var out []Span
	for max <= 0 || len(out) < max {
		d, start, end, ok := sc.nextSpan()
		if !ok {
			break
		}
		out = append(out, Span{Date: d, Start: start, End: end})
	}
	return out
}
