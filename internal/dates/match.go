package dates

import (
	"strings"
	"time"
	"unicode/utf8"
)

// windowSize is how many tokens the scanner holds at once; lookahead is
// the most tokens one date expression may span. Matching only starts at a
// token with lookahead tokens after it (or at the end of the text), so the
// window bounds memory whatever the length of the text.
const (
	windowSize = 160
	lookahead  = 64
	maxConn    = 6 // connector tokens skipped between a date and its time
)

// langInfo is what the language tag says about ambiguous numeric dates
// (3/5/2024: 3 May or March 5?).
type langInfo struct {
	order int8 // dayFirst, monthFirst, unknownOrder or englishOrder
}

const (
	dayFirst     int8 = iota // any language but English, and English outside the US
	monthFirst               // en-US and the other month-first regions
	unknownOrder             // no tag: day first, unless a US zone follows
	englishOrder             // plain "en": month first, unless a non-US zone follows
)

// mdyRegions are the regions of English where numeric dates are month first.
var mdyRegions = []string{"us", "ph", "as", "gu", "mp", "pr", "um", "vi", "fm", "mh", "pw"}

// parseLang reads a BCP 47 tag ("en-US", "en_us", "de", "").
func parseLang(tag string) langInfo {
	tag = strings.TrimSpace(tag)
	if tag == "" {
		return langInfo{order: unknownOrder}
	}
	primary, rest, _ := strings.Cut(strings.ReplaceAll(tag, "_", "-"), "-")
	if !strings.EqualFold(primary, "en") {
		return langInfo{order: dayFirst}
	}
	if rest == "" {
		return langInfo{order: englishOrder}
	}
	region, after, _ := strings.Cut(rest, "-")
	if len(region) == 4 { // a script: en-Latn-US
		region, _, _ = strings.Cut(after, "-")
	}
	for _, r := range mdyRegions {
		if strings.EqualFold(region, r) {
			return langInfo{order: monthFirst}
		}
	}
	if region == "" {
		return langInfo{order: englishOrder}
	}
	return langInfo{order: dayFirst}
}

// monthFirst decides an ambiguous numeric date written with sep, given the
// zone that follows it.
func (l langInfo) monthFirst(sep rune, z zoneSpec) bool {
	if sep == '.' {
		return false // 05.11.2014 is day first everywhere
	}
	switch l.order {
	case monthFirst:
		return true
	case unknownOrder:
		return z.usName
	case englishOrder:
		return !z.named || z.usName
	}
	return false
}

// clock is a time of day as written, with its zone if one was given.
type clock struct {
	h, mi, sec, ns int
	zone           zoneSpec
}

// parts is a date expression before validation.
type parts struct {
	y, m, d int
	amb     bool // numeric date with day and month both <= 12: m/d hold the day-first reading
	sep     rune // separator of a numeric date
	hasTime bool
	clock
}

// scanner matches date expressions over a window of tokens.
type scanner struct {
	src     string
	lang    langInfo
	parse   bool // Parse mode: whole-string forms such as 20240305 are dates
	lx      lexer
	eof     bool
	started bool
	i       int // next token to try in the window
	n       int // tokens in buf
	buf     [windowSize]token
}

// fill starts the window at the beginning of the text.
func (s *scanner) fill() {
	s.lx = lexer{src: s.src}
	s.n = 0
	s.more()
}

// shift drops the tokens before index i from the window and tokenizes more
// text after the ones kept, so every token is lexed once.
func (s *scanner) shift(i int) {
	s.n = copy(s.buf[:], s.buf[i:s.n])
	s.more()
}

// more tokenizes text into the free part of the window.
func (s *scanner) more() {
	for s.n < windowSize {
		t, ok := s.lx.next()
		if !ok {
			s.eof = true
			return
		}
		s.buf[s.n] = t
		s.n++
	}
}

// next returns the next date expression of the text, in order.
func (s *scanner) next() (Date, bool) {
	d, _, _, ok := s.nextSpan()
	return d, ok
}

// nextSpan is next with the byte span of the expression in the text.
func (s *scanner) nextSpan() (Date, int, int, bool) {
	if !s.started {
		s.started = true
		s.fill()
	}
	for {
		i := s.i
		if !s.eof && i > s.n-lookahead {
			s.shift(i)
			s.i = 0
			continue
		}
		if i >= s.n {
			return Date{}, 0, 0, false
		}
		if d, j, ok := s.matchAt(i); ok {
			s.i = j
			return d, s.buf[i].start, s.buf[j-1].end, true
		}
		s.i = i + 1
	}
}

// at returns token k, or nil past the window.
func (s *scanner) at(k int) *token {
	if k < 0 || k >= s.n {
		return nil
	}
	return &s.buf[k]
}

// raw returns the source text of token k.
func (s *scanner) raw(k int) string {
	t := s.at(k)
	if t == nil {
		return ""
	}
	return s.src[t.start:t.end]
}

// punct reports whether token k is the punctuation r.
func (s *scanner) punct(k int, r rune) bool {
	t := s.at(k)
	return t != nil && t.kind == tPunct && t.val == r
}

// gpunct reports whether token k is the punctuation r glued to the previous token.
func (s *scanner) gpunct(k int, r rune) bool {
	return s.punct(k, r) && !s.buf[k].sp
}

// num returns the value of token k if it is a number of minNd..maxNd digits.
func (s *scanner) num(k, minNd, maxNd int) (int, bool) {
	t := s.at(k)
	if t == nil || t.kind != tNum || int(t.nd) < minNd || int(t.nd) > maxNd {
		return 0, false
	}
	return int(t.val), true
}

// wflags returns the word flags of token k (0 if it is not a word).
func (s *scanner) wflags(k int) uint16 {
	t := s.at(k)
	if t == nil || t.kind != tWord {
		return 0
	}
	return t.info.flags
}

// month returns the month named by word k.
func (s *scanner) month(k int) (int, bool) {
	t := s.at(k)
	if t == nil || t.kind != tWord || t.info.flags&fMonthW == 0 {
		return 0, false
	}
	return int(t.info.month), true
}

// isWord reports whether token k is the word w (ASCII, case-insensitive).
func (s *scanner) isWord(k int, w string) bool {
	t := s.at(k)
	return t != nil && t.kind == tWord && strings.EqualFold(s.src[t.start:t.end], w)
}

// glued reports whether token k exists and follows the previous one without space.
func (s *scanner) glued(k int) bool {
	t := s.at(k)
	return t != nil && !t.sp
}

// startOK rejects starts inside a longer token sequence such as an ID,
// a version number or a word with digits.
func (s *scanner) startOK(i int) bool {
	st := s.buf[i].start
	if st == 0 {
		return true
	}
	r, n := utf8.DecodeLastRuneInString(s.src[:st])
	if r < utf8.RuneSelf && (isASCIIAlnum(byte(r))) {
		return false
	}
	switch r {
	case '.', '/', '-', ':', ',', '+':
		if st-n > 0 {
			p, _ := utf8.DecodeLastRuneInString(s.src[:st-n])
			if digitVal(p) >= 0 {
				return false
			}
		}
	}
	return true
}

func isASCIIAlnum(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// matchAt tries to read a date expression starting at token i and returns
// the date and the index of the first token after it.
func (s *scanner) matchAt(i int) (Date, int, bool) {
	if !s.startOK(i) {
		return Date{}, i, false
	}
	if p, j, ok := s.date(i); ok {
		if !p.hasTime {
			k := s.skipConn(j)
			if c, k2, ok := s.clockAt(k, true); ok {
				p.hasTime, p.clock = true, c
				j = k2
			}
		}
		if d, ok := s.finish(p); ok {
			return d, j, true
		}
		return Date{}, i, false
	}
	if c, j, ok := s.clockAt(i, false); ok {
		k := s.skipConn(j)
		if p, k2, ok := s.date(k); ok && !p.hasTime {
			p.hasTime, p.clock = true, c
			j = k2
			if !c.zone.set {
				// "Published 22:00, 11 July 2021 BST"
				if z, k3, ok := s.zoneAt(k2); ok {
					p.zone = z
					j = k3
				}
			}
			if d, ok := s.finish(p); ok {
				return d, j, true
			}
		}
	}
	return Date{}, i, false
}

// finish validates p and builds the Date.
func (s *scanner) finish(p parts) (Date, bool) {
	if p.amb && s.lang.monthFirst(p.sep, p.zone) {
		p.m, p.d = p.d, p.m
	}
	if p.y < MinYear || p.y > MaxYear || p.m < 1 || p.m > 12 || p.d < 1 || p.d > daysIn(p.y, p.m) {
		return Date{}, false
	}
	// A dotted date is read day first, but on an English page it may be
	// American (Engadget's "11.03.17" is 3 November): flag it so that a
	// caller can re-read it against other evidence.
	amb := p.amb && (p.sep != '.' || s.lang.order == monthFirst || s.lang.order == englishOrder)
	if !p.hasTime {
		return Date{Time: time.Date(p.y, time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC), DayOnly: true, Ambiguous: amb}, true
	}
	if p.h > 23 || p.mi > 59 || p.sec > 59 {
		return Date{}, false
	}
	loc := time.UTC
	if p.zone.set {
		off := p.zone.off
		if p.zone.us != 0 {
			off = int(p.zone.us) * 3600
			if usDST(p.y, p.m, p.d, p.h) {
				off += 3600
			}
		}
		loc = location(off)
	}
	return Date{Time: time.Date(p.y, time.Month(p.m), p.d, p.h, p.mi, p.sec, p.ns, loc), Zone: p.zone.set, Ambiguous: amb}, true
}

// daysIn returns the number of days of month m in year y.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// year2 expands a two-digit year.
func year2(y int) int {
	if y < 70 {
		return 2000 + y
	}
	return 1900 + y
}

// date reads the date part of an expression at token i.
func (s *scanner) date(i int) (parts, int, bool) {
	t := s.at(i)
	if t == nil {
		return parts{}, i, false
	}
	switch t.kind {
	case tNum:
		switch {
		case t.nd == 4:
			return s.dateYearFirst(i)
		case t.nd <= 2:
			if p, j, ok := s.dateNumeric(i); ok {
				return p, j, true
			}
			return s.dateDayFirst(i)
		case t.nd == 8:
			return s.dateCompact(i)
		}
	case tWord:
		if t.info.flags&fMonthW != 0 {
			return s.dateMonthFirst(i)
		}
	}
	return parts{}, i, false
}

// dateYearFirst reads 2024-03-05, 2024/3/5, 2024.03.05., 2024年3月5日,
// 2024년 3월 5일, 2024-Mar-05 and 2024. március 5.
func (s *scanner) dateYearFirst(i int) (parts, int, bool) {
	y := int(s.buf[i].val)
	k := i + 1
	if s.wflags(k)&fYear != 0 {
		m, ok := s.num(k+1, 1, 2)
		if !ok || s.wflags(k+2)&fMonth == 0 {
			return parts{}, i, false
		}
		d, ok := s.num(k+3, 1, 2)
		if !ok || s.wflags(k+4)&fDay == 0 {
			return parts{}, i, false
		}
		return parts{y: y, m: m, d: d}, k + 5, true
	}
	t := s.at(k)
	if t == nil {
		return parts{}, i, false
	}
	if t.kind == tPunct && !t.sp && (t.val == '-' || t.val == '/' || t.val == '.') {
		sep := rune(t.val)
		k++
		if m, ok := s.num(k, 1, 2); ok && (sep == '.' || s.glued(k)) {
			if !s.gpunct(k+1, sep) {
				return parts{}, i, false
			}
			d, ok := s.num(k+2, 1, 2)
			if !ok || (sep != '.' && !s.glued(k+2)) || s.buf[k].sp != s.buf[k+2].sp {
				return parts{}, i, false
			}
			k += 3
			if s.continues(k) {
				return parts{}, i, false
			}
			if sep == '.' && s.gpunct(k, '.') {
				k++
			}
			return parts{y: y, m: m, d: d}, k, true
		}
		if m, ok := s.month(k); ok && (sep == '.' || s.glued(k)) {
			k++
			if s.gpunct(k, '.') {
				k++
			}
			if s.gpunct(k, sep) && sep != '.' {
				k++
			}
			d, ok := s.num(k, 1, 2)
			if !ok {
				return parts{}, i, false
			}
			k++
			if s.gpunct(k, '.') {
				k++
			}
			return parts{y: y, m: m, d: d}, k, true
		}
		return parts{}, i, false
	}
	// "2024, March 5", "2024 March 5"
	if s.punct(k, ',') {
		k++
	}
	if m, ok := s.month(k); ok {
		k++
		if s.gpunct(k, '.') {
			k++
		}
		d, ok := s.num(k, 1, 2)
		if !ok || s.gpunct(k+1, ':') {
			return parts{}, i, false
		}
		k++
		if s.gpunct(k, '.') {
			k++
		}
		return parts{y: y, m: m, d: d}, k, true
	}
	return parts{}, i, false
}

// continues reports whether a numeric date ending before token k goes on
// like a version number or an ID (1.2.2024.5, 2024/03/05/7).
func (s *scanner) continues(k int) bool {
	t := s.at(k)
	if t == nil || t.sp || t.kind != tPunct {
		return false
	}
	switch t.val {
	case '.', '/', '-', ':':
		n := s.at(k + 1)
		if n == nil || n.sp || n.kind != tNum {
			return false
		}
		// 2012-05-13-06:00:00: a time, not more of the number
		return !(t.val == '-' && n.nd <= 2 && s.gpunct(k+2, ':'))
	}
	return false
}

// dateNumeric reads day and month first numeric dates: 05.03.2024, 5/3/24,
// 05-03-2024, 14. 01. 2020.
func (s *scanner) dateNumeric(i int) (parts, int, bool) {
	a := int(s.buf[i].val)
	t := s.at(i + 1)
	if t == nil || t.kind != tPunct || t.sp || (t.val != '.' && t.val != '/' && t.val != '-') {
		return parts{}, i, false
	}
	sep := rune(t.val)
	b, ok := s.num(i+2, 1, 2)
	if !ok || (sep != '.' && !s.glued(i+2)) || !s.gpunct(i+3, sep) {
		return parts{}, i, false
	}
	yt := s.at(i + 4)
	if yt == nil || yt.kind != tNum || (yt.nd != 4 && yt.nd != 2) || (sep != '.' && yt.sp) {
		return parts{}, i, false
	}
	// "14. 01. 2020" is spaced throughout, "14.01.20" glued throughout;
	// "7. 15.32" is a list item and a time.
	if s.buf[i+2].sp != yt.sp || (yt.sp && yt.nd != 4) {
		return parts{}, i, false
	}
	// 7.4.30 is more often a version than a date; 6.11.22 is a date.
	if sep == '.' && yt.nd == 2 && s.buf[i+2].nd != 2 {
		return parts{}, i, false
	}
	k := i + 5
	if s.continues(k) {
		return parts{}, i, false
	}
	y := int(yt.val)
	if yt.nd == 2 {
		y = year2(y)
	}
	p := parts{y: y, sep: sep}
	switch {
	case a > 12 && b > 12:
		return parts{}, i, false
	case a > 12:
		p.d, p.m = a, b
	case b > 12:
		p.m, p.d = a, b
	default:
		p.d, p.m = a, b
		p.amb = a != b
	}
	return p, k, true
}

// dateDayFirst reads "5 March 2024", "5. März 2024", "5 de marzo de 2024",
// "1er juillet 2024", "21.dez.2018", "02-Jan-06", "5 марта 2024".
func (s *scanner) dateDayFirst(i int) (parts, int, bool) {
	d := int(s.buf[i].val)
	k := i + 1
	if s.wflags(k)&fOrd != 0 && s.glued(k) && !s.isMonth(k) {
		k++
	}
	glueSep := false
	if t := s.at(k); t != nil && t.kind == tPunct && !t.sp && (t.val == '.' || t.val == '-' || t.val == '/') {
		glueSep = t.val != '.' || s.glued(k+1)
		k++
	}
	if s.isWord(k, "de") {
		k++
	}
	m, k, ok := s.monthName(k)
	if !ok {
		return parts{}, i, false
	}
	k = s.otherName(k, m)
	if s.gpunct(k, '.') {
		k++
	}
	if t := s.at(k); t != nil && t.kind == tPunct && (t.val == ',' || t.val == '-' || t.val == '/' || t.val == '.') {
		k++
	}
	if s.isWord(k, "de") || s.isWord(k, "del") {
		k++
	}
	yt := s.at(k)
	if yt == nil || yt.kind != tNum || s.gpunct(k+1, ':') {
		return parts{}, i, false
	}
	y := int(yt.val)
	switch yt.nd {
	case 4:
	case 2:
		// 02-Jan-06 (RFC 850) and 02 Jan 06 15:04 (RFC 822)
		// 04 DEC 19 as a whole string
		if !(glueSep && !yt.sp) && !s.timeFollows(k+1) && !(s.parse && k+1 == s.n && s.eof) {
			return parts{}, i, false
		}
		y = year2(y)
	default:
		return parts{}, i, false
	}
	return parts{y: y, m: m, d: d}, k + 1, true
}

// monthName reads the month named at token k, in one word or in the two
// of the Levantine Arabic names ("كانون الثاني", January), and returns it
// with the token after the name.
func (s *scanner) monthName(k int) (int, int, bool) {
	if m, ok := s.month(k); ok {
		return m, k + 1, true
	}
	if t := s.at(k); t == nil || t.kind != tWord || s.src[t.start] < utf8.RuneSelf {
		return 0, k, false // the two-word names are Arabic
	}
	for _, n := range twoWordMonths {
		if s.isWord(k, n.first) && (s.isWord(k+1, n.second) || n.alt != "" && s.isWord(k+1, n.alt)) {
			return n.month, k + 2, true
		}
	}
	return 0, k, false
}

// twoWordMonths are the month names written in two words: the Levantine
// Arabic names of October to January.
var twoWordMonths = []struct {
	first, second, alt string
	month              int
}{
	{"كانون", "الثاني", "", 1},
	{"تشرين", "الأول", "الاول", 10},
	{"تشرين", "الثاني", "", 11},
	{"كانون", "الأول", "الاول", 12},
}

// otherName skips a second name of month m after a slash or in brackets,
// as Arabic pages print the Levantine and the international name together
// ("24 نيسان / أبريل 2020", "24 نيسان (أبريل) 2020"); k is the token after
// the first name. It returns the token after the second name, or k.
func (s *scanner) otherName(k, m int) int {
	t := s.at(k)
	if t == nil || t.kind != tPunct || (t.val != '/' && t.val != '(') {
		return k
	}
	m2, next, ok := s.monthName(k + 1)
	if !ok || m2 != m {
		return k
	}
	if t.val == '(' {
		if !s.punct(next, ')') {
			return k
		}
		return next + 1
	}
	return next
}

// isMonth reports whether token k names a month.
func (s *scanner) isMonth(k int) bool {
	_, ok := s.month(k)
	return ok
}

// timeFollows reports whether a time of day starts at token k (after connectors).
func (s *scanner) timeFollows(k int) bool {
	k = s.skipConn(k)
	_, ok := s.num(k, 1, 2)
	return ok && s.gpunct(k+1, ':')
}

// dateMonthFirst reads "March 5, 2024", "Sept. 2, 2016", "Dec 21st, 2018",
// "Nov 09 2023" and the C/Unix forms "Jan 2 15:04:05 MST 2006".
func (s *scanner) dateMonthFirst(i int) (parts, int, bool) {
	m := int(s.buf[i].info.month)
	k := i + 1
	if s.gpunct(k, '.') {
		k++
	}
	d, ok := s.num(k, 1, 2)
	if !ok {
		return parts{}, i, false
	}
	k++
	if s.wflags(k)&fOrd != 0 && !s.isMonth(k) {
		k++
	}
	comma := false
	if s.punct(k, ',') {
		comma = true
		k++
	}
	if y, ok := s.num(k, 4, 4); ok && !s.gpunct(k+1, ':') {
		return parts{y: y, m: m, d: d}, k + 1, true
	}
	if comma {
		return parts{}, i, false
	}
	// Mon Jan 2 15:04:05 MST 2006
	c, k2, ok := s.clockAt(k, false)
	if !ok {
		return parts{}, i, false
	}
	y, ok := s.num(k2, 4, 4)
	if !ok {
		return parts{}, i, false
	}
	return parts{y: y, m: m, d: d, hasTime: true, clock: c}, k2 + 1, true
}

// dateCompact reads 20240305 (whole-string parses, or before a 'T').
func (s *scanner) dateCompact(i int) (parts, int, bool) {
	if !s.parse && !(s.wflags(i+1)&fT != 0 && s.glued(i+1)) {
		return parts{}, i, false
	}
	v := int(s.buf[i].val)
	return parts{y: v / 10000, m: v / 100 % 100, d: v % 100}, i + 1, true
}

// skipConn skips the words and punctuation allowed between a date and its
// time ("at", "um", "à", "a las", ",", "|", weekday names, "(Wed)").
func (s *scanner) skipConn(k int) int {
	for n := 0; n < maxConn; n++ {
		t := s.at(k)
		if t == nil {
			return k
		}
		switch t.kind {
		case tPunct:
			switch t.val {
			case ',', '-', '–', '—', '|', '/', '•', '·', '@', ':', ';', '.', '~':
				k++
				continue
			case '(':
				// (Wed), (金), (화)
				if w := s.at(k + 1); w != nil && w.kind == tWord && s.punct(k+2, ')') && w.end-w.start <= 12 {
					k += 3
					continue
				}
			}
		case tWord:
			f := t.info.flags
			if f&(fConn|fWeekday) != 0 || (f&fT != 0 && !t.sp) {
				k++
				continue
			}
			switch s.raw(k) {
			case "星", "期", "周", "週", "曜", "一", "二", "三", "四", "五", "六", "天", "日", "月", "火", "水", "木", "金", "土":
				// 星期二, 周二, 火曜日
				k++
				continue
			}
		}
		return k
	}
	return k
}

// meridiem reads am/pm, a.m./p.m., "p. m." at token k: 1 for am, 2 for pm.
func (s *scanner) meridiem(k int) (int, int) {
	f := s.wflags(k)
	if f&(fAM|fPM) != 0 {
		mer := 1
		if f&fPM != 0 {
			mer = 2
		}
		k++
		if s.gpunct(k, '.') {
			k++
		}
		return mer, k
	}
	mer := 0
	switch {
	case s.isWord(k, "a"):
		mer = 1
	case s.isWord(k, "p"):
		mer = 2
	default:
		return 0, k
	}
	if !s.gpunct(k+1, '.') || !s.isWord(k+2, "m") {
		return 0, k
	}
	k += 3
	if s.gpunct(k, '.') {
		k++
	}
	return mer, k
}

// clockAt reads a time of day at token k: 10:20, 10:20:30.123, 3:04 PM,
// 9 a.m., 15h30, 16 h 37, 11.08 Uhr (afterDate only), 21時37分, 오후 3:20,
// followed by an optional zone.
func (s *scanner) clockAt(k int, afterDate bool) (clock, int, bool) {
	var c clock
	pre := 0
	switch f := s.wflags(k); {
	case f&fAMPre != 0:
		pre, k = 1, k+1
	case f&fPMPre != 0:
		pre, k = 2, k+1
	default:
		if t := s.at(k); t != nil && t.kind == tWord && s.src[t.start] >= utf8.RuneSelf {
			switch a, b := s.raw(k), s.raw(k+1); {
			case a == "上" && b == "午", a == "午" && b == "前":
				pre, k = 1, k+2
			case a == "下" && b == "午", a == "午" && (b == "後" || b == "后"):
				pre, k = 2, k+2
			}
		}
	}
	t := s.at(k)
	if t == nil || t.kind != tNum {
		return c, k, false
	}
	compact := t.nd == 4 || t.nd == 6
	if compact && !(s.wflags(k-1)&fT != 0 && !t.sp && s.glued(k-1)) {
		return c, k, false
	}
	if !compact && t.nd > 2 {
		return c, k, false
	}
	bare := false
	switch {
	case compact:
		v := int(t.val)
		if t.nd == 6 {
			c.h, c.mi, c.sec = v/10000, v/100%100, v%100
		} else {
			c.h, c.mi = v/100, v%100
		}
		k++
	case s.gpunct(k+1, ':'):
		c.h = int(t.val)
		mi, ok := s.num(k+2, 2, 2)
		if !ok || !s.glued(k+2) {
			return c, k, false
		}
		c.mi = mi
		k += 3
		if s.gpunct(k, ':') && s.glued(k+1) {
			sec, ok := s.num(k+1, 1, 2)
			if !ok {
				return c, k, false
			}
			c.sec = sec
			k += 2
			if (s.gpunct(k, '.') || s.gpunct(k, ',')) && s.glued(k+1) {
				if ft := s.at(k + 1); ft != nil && ft.kind == tNum {
					c.ns = fracNanos(s.raw(k + 1))
					k += 2
				}
			}
		}
	case s.gpunct(k+1, '.'):
		// 18.00 EST, 11.08 Uhr, kl 10.23: only after a date, or with am/pm or Uhr after it
		mi, ok := s.num(k+2, 2, 2)
		if !ok || !s.glued(k+2) || s.continues(k+3) {
			return c, k, false
		}
		if !afterDate {
			if m, _ := s.meridiem(k + 3); m == 0 && s.wflags(k+3)&fHour == 0 {
				return c, k, false
			}
		}
		c.h, c.mi = int(t.val), mi
		k += 3
	case s.isWord(k+1, "h"):
		// 15h30, 16 h 37, 20h
		c.h = int(t.val)
		k += 2
		if mi, ok := s.num(k, 2, 2); ok {
			c.mi = mi
			k++
		}
	case s.wflags(k+1)&fCHour != 0:
		c.h = int(t.val)
		k += 2
		if mi, ok := s.num(k, 1, 2); ok && s.wflags(k+1)&fCMin != 0 {
			c.mi = mi
			k += 2
			if sec, ok := s.num(k, 1, 2); ok && s.wflags(k+1)&fCSec != 0 {
				c.sec = sec
				k += 2
			}
		}
	default:
		c.h = int(t.val)
		k++
		bare = true
	}
	mer := pre
	if mer == 0 {
		mer, k = s.meridiem(k)
	}
	if bare && mer == 0 {
		// "15 Uhr"
		if s.wflags(k)&fHour == 0 || s.isWord(k, "h") {
			return c, k, false
		}
	}
	if s.wflags(k)&fHour != 0 {
		k++
		if s.gpunct(k, '.') {
			k++
		}
	}
	if mer != 0 && c.h <= 12 {
		c.h %= 12
		if mer == 2 {
			c.h += 12
		}
	}
	if c.h > 23 || c.mi > 59 || c.sec > 59 {
		return c, k, false
	}
	if z, k2, ok := s.zoneAt(k); ok {
		c.zone = z
		k = k2
	}
	return c, k, true
}

// fracNanos converts the digits of a fraction of a second to nanoseconds.
func fracNanos(digits string) int {
	ns, n := 0, 0
	for i := 0; i < len(digits) && n < 9; i++ {
		if digits[i] < '0' || digits[i] > '9' {
			break
		}
		ns = ns*10 + int(digits[i]-'0')
		n++
	}
	for ; n < 9; n++ {
		ns *= 10
	}
	return ns
}

// zoneAt reads a zone at token k: Z, +01:00, +0100, -05, UTC, GMT+2,
// EST, (EST), CEST...
func (s *scanner) zoneAt(k int) (zoneSpec, int, bool) {
	t := s.at(k)
	if t == nil {
		return zoneSpec{}, k, false
	}
	switch t.kind {
	case tWord:
		name := s.raw(k)
		if name == "Z" {
			if t.sp {
				return zoneSpec{}, k, false
			}
			return zoneSpec{set: true}, k + 1, true
		}
		if us, ok := usZones[name]; ok {
			return zoneSpec{set: true, us: us, usName: true, named: true}, k + 1, true
		}
		off, ok := zoneAbbrevs[name]
		if !ok {
			return zoneSpec{}, k, false
		}
		z := zoneSpec{set: true, off: off, usName: isUSZone(name), named: name != "UTC" && name != "UT"}
		k++
		if name == "UTC" || name == "GMT" || name == "UT" {
			// GMT+0000, UTC+1, GMT-05:00
			if o, k2, ok := s.offsetAt(k, true); ok && !s.buf[k].sp {
				z.off = o
				k = k2
			}
		}
		return z, k, true
	case tPunct:
		if t.val == '(' {
			if z, k2, ok := s.zoneAt(k + 1); ok && s.at(k+1).kind == tWord && s.punct(k2, ')') {
				return z, k2 + 1, true
			}
			return zoneSpec{}, k, false
		}
		if o, k2, ok := s.offsetAt(k, false); ok {
			return zoneSpec{set: true, off: o}, k2, true
		}
	}
	return zoneSpec{}, k, false
}

// offsetAt reads a numeric UTC offset at token k (the sign). Short forms
// (+1, -05) are taken only glued to what precedes, or after GMT/UTC.
func (s *scanner) offsetAt(k int, afterName bool) (int, int, bool) {
	t := s.at(k)
	if t == nil || t.kind != tPunct || (t.val != '+' && t.val != '-') {
		return 0, k, false
	}
	sign := 1
	if t.val == '-' {
		sign = -1
	}
	n := s.at(k + 1)
	if n == nil || n.kind != tNum || n.sp {
		return 0, k, false
	}
	v := int(n.val)
	h, m := 0, 0
	next := k + 2
	switch {
	case n.nd == 4:
		h, m = v/100, v%100
	case n.nd == 2 || (n.nd == 1 && afterName):
		h = v
		if s.gpunct(k+2, ':') {
			mm, ok := s.num(k+3, 2, 2)
			if !ok || !s.glued(k+3) {
				return 0, k, false
			}
			m = mm
			next = k + 4
		} else if t.sp && !afterName {
			return 0, k, false
		}
	default:
		return 0, k, false
	}
	if h > 14 || m > 59 {
		return 0, k, false
	}
	if s.continues(next) {
		return 0, k, false
	}
	return sign * (h*3600 + m*60), next, true
}
