package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Separator strengths, from a colon (often part of the headline) to a
// pipe (almost always a site or section separator).
const (
	sepNone   = 0
	sepWeak   = 1 // ":" "：" and a spaced "/"
	sepDash   = 2 // " - " " – " " — " and dashes or "_" between CJK characters
	sepStrong = 3 // "|" "｜" "│" "·" "•" "»" "›" "::" "//" "~" "*" ★ …
)

// Limits of the title heuristics.
const (
	maxTitleBytes   = 4096 // longer titles are cut (at a rune boundary) before cleaning
	maxSiteRunes    = 40   // longest site-name part stripped without a known name
	maxSiteWords    = 5    // most words in such a part
	maxSegmentsSeen = 64   // separators beyond this are ignored
)

// seg is one part of a title between separators: bytes [start, end) of the
// cleaned title, and the strength of the separator before it.
type seg struct {
	start, end int
	sep        int
}

// CleanTitle returns the headline inside a page title by removing the site
// name and similar labels at its start or end: "Headline – The Meridian
// Post", "Ledger Daily | Headline", "Headline - 毎日新聞", "Headline | DW |
// 28.04.2023", "Headline :: Site", "Site: Headline", "Headline « Site",
// "見出し：朝日新聞デジタル", "見出し_科技_腾讯网".
//
// siteNames are what the page says about its publisher (og:site_name, the
// JSON-LD publisher name) and its host name ("www.nytimes.com", whose
// labels such as "nytimes" are used too). A title part matches one when
// their keys are equal, ignoring case, accents (also "ü" = "ue"), spaces,
// punctuation, a leading "The", "www." and top-level domains; a part of up
// to five words may also start with a site name ("Metro News" for "Metro")
// or contain a host label ("CNET Japan" on japan.cnet.com). Site names
// with separators in them ("Aktuálně.cz - Víte, co se právě děje") match
// whole or by their parts.
//
// The title is split at separators: pipes, dashes, guillemets (unless
// used as quotation marks), bullets, "::", and, between CJK characters,
// unspaced dashes, underscores and colons. From the end it removes
//   - a part or run of parts that matches a site name, with up to three
//     short labels after it ("derStandard.at › Panorama"); here a colon
//     counts as a separator too, but after it only a name matches loosely
//     ("Post: SibenLab privacy policy" keeps its lower-case phrase);
//   - dates ("28.04.2023", "Feb. 1, 2016"), unless one closes a range
//     ("Wochenbericht 14. - 20. Januar 2022"), and a byline ("- By Jane
//     Doe");
//   - without a matching site name, one part that looks like one: a web
//     address ("SZ.de"), a part with a publication or organisation word
//     ("News", "Zeitung", "Verband e.V.", "新聞"), or a short capitalised
//     part or a single word after a dash or pipe when the rest is at least
//     three words longer;
//   - then section labels before it ("Politik", "Landespolitik", "India
//     News", "スポーツ", "fuetterung"; up to three capitalised words after a
//     pipe).
//
// From the start it removes a matching site name (strictly: at most three
// words, four before a dash or pipe, no partial key), a date, or an
// organisation or publication before a dash or pipe ("Ledger Daily |",
// "Verband e.V. -"), then section labels.
// A colon ends a site name at the start only when the name is known, so
// "Climate: Headline" is kept.
//
// A title that repeats itself ("A - B - A - B") is reduced to one copy.
// The result is always a part of Clean(title), and never empty when the
// title has words: when in doubt CleanTitle returns Clean(title). Titles
// over 4096 bytes are cut first. CleanTitle is safe for concurrent use.
func CleanTitle(title string, siteNames ...string) string {
	if len(title) > maxTitleBytes {
		title = truncateUTF8(title, maxTitleBytes)
	}
	t := Clean(title)
	if t == "" {
		return ""
	}
	segs := splitTitle(t)
	if len(segs) == 0 {
		return t
	}
	keys := siteKeys(siteNames)
	lo, hi := 0, len(segs)
	text := func(i int) string { return t[segs[i].start:segs[i].end] }
	span := func(i, j int) string { return t[segs[i].start:segs[j-1].end] }
	words := func(i, j int) int {
		if i >= j {
			return 0
		}
		return WordCount(span(i, j))
	}

	// Suffix: dates, a known site name (possibly followed by short labels:
	// "derStandard.at › Panorama"), or a part that looks like a site name,
	// then section labels before it.
	stripped, site := false, false
	for {
		switch {
		case hi-lo < 2:
		case isDateText(text(hi-1)) && !dateRange(text(hi-2), text(hi-1), segs[hi-1].sep):
			hi--
			stripped = true
			continue
		case !keys.empty() && stripSiteSuffix(t, segs, keys, lo, &hi):
			stripped, site = true, true
			continue
		case isBylineText(text(hi-1)) && segs[hi-1].sep >= sepDash:
			hi-- // "How To Scrape Google With Python - By linksc"
			continue
		case !site && isSiteLike(text(hi-1), segs[hi-1].sep, words(lo, hi-1)):
			hi--
			stripped, site = true, true
			continue
		case !site && segs[hi-1].sep == sepStrong && isSectionWords(text(hi-1)) && words(lo, hi-1) >= 3:
			hi-- // "… | Politik"
			continue
		}
		break
	}
	if stripped {
		for hi-lo > 1 && isSectionLabel(text(hi-1), segs[hi-1].sep, words(lo, hi-1)) &&
			!dateRange(text(hi-2), text(hi-1), segs[hi-1].sep) {
			hi--
		}
	}

	// Prefix: a known site name, a date, an organisation or a site-like
	// part, each followed by section labels.
	prefix := false
	if hi-lo > 1 && !keys.empty() {
		for j := lo + 1; j <= hi-1 && j <= lo+3; j++ {
			mode := matchPrefix
			if j > lo+1 {
				mode = matchExact
			}
			if mode == matchPrefix && segs[j].sep >= sepDash {
				mode = matchLead // "EFC Bayrische Bembel Regensburg - Headline" on bayrische-bembel.de
			}
			if matchesSiteText(span(lo, j), mode, keys) && words(j, hi) >= 2 {
				lo = j
				prefix = true
				break
			}
		}
	}
	for hi-lo > 1 && isDateText(text(lo)) && segs[lo+1].sep >= sepDash {
		lo++
		prefix = true
	}
	if !prefix && hi-lo > 1 && isPrefixSiteLike(text(lo), segs[lo+1].sep, words(lo+1, hi)) {
		lo++
		prefix = true
	}
	if prefix || hi-lo > 1 && segs[lo+1].sep >= sepDash && isSectionWords(text(lo)) {
		// After a site name at the start, a single capitalised word is a
		// section too ("Bundesrat - Textarchiv - Headline").
		for hi-lo > 1 && (isSectionLabel(text(lo), segs[lo+1].sep, words(lo+1, hi)) ||
			prefix && segs[lo+1].sep >= sepDash && len(strings.Fields(text(lo))) == 1 && isUpperWord(text(lo)) &&
				!isCJKContext(firstLetter(text(lo))) && words(lo+1, hi) >= 3) {
			lo++
		}
	}

	// "A - B - A - B": keep one copy.
	if n := hi - lo; n >= 2 && n%2 == 0 {
		mid := lo + n/2
		if SameText(span(lo, mid), span(mid, hi)) {
			hi = mid
		}
	}
	out := span(lo, hi)
	if WordCount(out) == 0 {
		return t
	}
	return out
}

// stripSiteSuffix looks for a group of up to six parts matching a known
// site, followed by at most three short labels or dates, and moves *hi
// before it. The largest matching group wins, so a site name that contains
// separators ("Israel Nachrichten – Chadashoth Israel") goes as a whole.
// It reports whether it stripped anything.
func stripSiteSuffix(t string, segs []seg, keys siteKeySet, lo int, hi *int) bool {
	for tail := 0; tail <= 3; tail++ {
		k := *hi - tail
		if k-lo < 2 {
			return false
		}
		if tail > 0 {
			s := t[segs[k].start:segs[k].end]
			if !isDateText(s) && !isShortLabel(s) {
				return false
			}
		}
		for j := max(lo+1, k-6); j < k; j++ {
			part := t[segs[j].start:segs[k-1].end]
			mode := matchSuffix
			if j < k-1 || segs[j].sep == sepWeak && hasLowerWord(strings.TrimSuffix(strings.TrimSuffix(part, " online"), " Online")) {
				// After a colon only a name matches loosely: "Post:
				// SiteLab privacy policy" ends in a headline that names
				// the site, "Post: Metro News" in a site name.
				mode = matchExact
			}
			if matchesSiteText(part, mode, keys) {
				*hi = j
				return true
			}
		}
	}
	return false
}

// dateRange reports whether title part s ends in a day number before a
// dash and the date d after it names its month: d closes a range
// ("Wochenbericht 14. - 20. Januar 2022", "Week 14 - 20 January 2022")
// and is part of the title.
func dateRange(s, d string, sep int) bool {
	if sep != sepDash || firstLetter(d) == 0 {
		return false
	}
	f := strings.Fields(s)
	if len(f) < 2 {
		return false
	}
	last := f[len(f)-1]
	day := strings.TrimSuffix(last, ".")
	if !isDigits(day) || !(len(day) == 1 && day != "0" || len(day) == 2 && day >= "01" && day <= "31") {
		return false
	}
	// The first day is an ordinal ("14.") or the date after the dash
	// opens with a later day ("14 - 20 January"): "Ward 7 - May 5, 2024"
	// is a place and a dateline.
	if strings.HasSuffix(last, ".") {
		return true
	}
	next, _, _ := strings.Cut(strings.TrimSpace(d), " ")
	next = strings.TrimSuffix(next, ".")
	return isDigits(next) && len(next) <= 2 && (len(next) > len(day) || len(next) == len(day) && next > day)
}

// hasLowerWord reports whether s has a lower-case word that is not a
// particle ("of", "de"): a phrase rather than a name.
func hasLowerWord(s string) bool {
	for _, w := range strings.Fields(s) {
		if firstLetter(w) != 0 && !isUpperWord(w) && classOf(w)&cParticle == 0 {
			return true
		}
	}
	return false
}

// splitTitle splits a cleaned title into parts at separators. Separator
// runs at the very start or end are dropped; empty parts are skipped.
func splitTitle(t string) []seg {
	var segs []seg
	start, pending := 0, sepNone
	emit := func(end, nextStart, strength int) {
		part := strings.TrimSpace(t[start:end])
		if part != "" && WordCount(part) > 0 {
			off := start + strings.Index(t[start:end], part)
			segs = append(segs, seg{start: off, end: off + len(part), sep: pending})
			pending = strength
		} else if strength > pending && len(segs) > 0 {
			pending = strength
		}
		start = nextStart
	}
	bothGuillemets := strings.ContainsRune(t, '«') && strings.ContainsRune(t, '»')
	// Walk space-separated fields.
	for i := 0; i < len(t) && len(segs) < maxSegmentsSeen; {
		// Field [i, j).
		j := strings.IndexByte(t[i:], ' ')
		if j < 0 {
			j = len(t)
		} else {
			j += i
		}
		field := t[i:j]
		if s := fieldSeparator(field, bothGuillemets); s != sepNone {
			// A run of separator fields is one separator.
			k := j
			for k < len(t) {
				n := strings.IndexByte(t[k+1:], ' ')
				end := len(t)
				if n >= 0 {
					end = k + 1 + n
				}
				s2 := fieldSeparator(t[k+1:end], bothGuillemets)
				if s2 == sepNone {
					break
				}
				s = max(s, s2)
				k = end
			}
			emit(i, min(k+1, len(t)), s)
			i = k + 1
			continue
		}
		// Separators inside the field.
		prev := rune(0)
		for off, r := range field {
			pos := i + off
			size := utf8.RuneLen(r)
			strength := sepNone
			switch r {
			case '|', '｜', '¦', 'ǀ', '│':
				strength = sepStrong
			case '：':
				if off > 0 {
					strength = sepWeak
				}
			case ':':
				// "Site: Headline": a colon ending a field, after anything but
				// a digit, with more text after it; or a colon next to CJK
				// text ("「Treeviz」:phpspot開発日誌").
				next, _ := utf8.DecodeRuneInString(field[off+size:])
				if off > 0 && (off == len(field)-1 && j < len(t) && !unicode.IsDigit(prev) ||
					isCJKContext(prev) || isCJKContext(next)) {
					strength = sepWeak
				}
			case '-', '－', '—', '–', '_', '~':
				next, _ := utf8.DecodeRuneInString(field[off+size:])
				if isCJKContext(prev) && isCJKContext(next) {
					strength = sepDash
				}
			}
			if strength != sepNone {
				emit(pos, pos+size, strength)
			}
			prev = r
		}
		i = j + 1
	}
	if start < len(t) {
		emit(len(t), len(t), sepNone)
	}
	return segs
}

// fieldSeparator returns the strength of a space-delimited field made
// only of separator characters, or sepNone.
func fieldSeparator(f string, bothGuillemets bool) int {
	if f == "" {
		return sepNone
	}
	strength := sepNone
	for _, r := range f {
		s := sepNone
		switch r {
		case '|', '｜', '¦', 'ǀ', '│', '·', '•', '›', '‹', '~', '*', '✩', '★', '☆', '◆', '■', '►', '▶', '▸', '♦', '●', '∙', '⋅', '⋆', '#':
			s = sepStrong
		case '»', '«':
			if bothGuillemets {
				return sepNone // quotation marks
			}
			s = sepStrong
		case '-', '–', '—', '－', '―', '‒':
			s = sepDash
		case ':', '：':
			if len(f) > 1 && f[0] == ':' && f[1] == ':' {
				s = sepStrong
			} else {
				s = sepWeak
			}
		case '/', '\\':
			if len(f) > 1 {
				s = sepStrong // "//"
			} else {
				s = sepWeak
			}
		default:
			return sepNone
		}
		strength = max(strength, s)
	}
	return strength
}

// isCJKContext reports whether r is a CJK character or CJK punctuation, in
// which context an unspaced dash or underscore separates title parts.
func isCJKContext(r rune) bool {
	return isCJK(r) || unicode.Is(unicode.Hangul, r) || r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xffef ||
		r == '”' || r == '“'
}

// isSiteLike reports whether the last part s of a title, after a separator
// of the given strength, looks like a site name, given the number of words
// in the rest of the title. Strong evidence (a web address, a publication
// or organisation word: "News", "Zeitung", "Verband", "新聞") needs only
// some rest; a capitalised, single-word or short part needs a rest at
// least three words longer.
func isSiteLike(s string, strength, restWords int) bool {
	if utf8.RuneCountInString(s) > maxSiteRunes || strings.ContainsAny(s, `?!"“”„«»,;¿¡…`) || strings.Contains(s, ": ") {
		return false
	}
	words := strings.Fields(s)
	if len(words) > maxSiteWords || restWords < 1 {
		return false
	}
	strong := len(words) == 1 && isDomainLike(words[0]) || IsOrganization(s)
	for _, w := range words {
		if classOf(w)&cMedia != 0 || hasMediaSuffix(w) {
			strong = true
		}
	}
	if strong {
		// A colon separates a site name only in CJK titles
		// ("…が受賞：朝日新聞デジタル").
		return strength >= sepDash || isUncasedScript(firstLetter(s)) && len(words) == 1
	}
	if strength < sepDash || restWords < len(words)+3 {
		return false
	}
	if len(words) == 1 {
		// A single brand word ("Gothamist", "watson", "ギズモード・ジャパン").
		return restWords >= 4
	}
	lower := 0
	for _, w := range words {
		if !isUpperWord(w) && firstLetter(w) != 0 && classOf(w)&cParticle == 0 {
			lower++
		}
	}
	if strength == sepStrong {
		// "Nordish by Nature", "Liebe geht durch den Magen".
		return len(words) <= 4 && (lower == 0 || lower == 1 && isUpperWord(words[0]) && restWords >= 2*len(words)+2)
	}
	return lower == 0 && len(words) <= 3 && restWords >= 2*len(words)+2
}

// isBylineText reports whether s is a byline inside a title: "By Jane
// Doe", "von Jane Doe" (a marker and one to three words).
func isBylineText(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	c := classOf(words[0])
	return c&cMarker != 0 || c&cParticleMarker != 0 && strings.EqualFold(words[0], "von")
}

// isPrefixSiteLike reports whether the first part s of a title, followed
// by a separator of the given strength, names the site: a web address or a
// short name with a publication word before a pipe ("Ledger Daily |
// Headline"), or an organisation with a legal form or association word
// before a dash ("Deutscher Verband Flüssiggas e.V. - Headline").
func isPrefixSiteLike(s string, strength, restWords int) bool {
	if utf8.RuneCountInString(s) > maxSiteRunes || strings.ContainsAny(s, `?!"“”„«»,;:`) || strength < sepDash {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 5 || restWords < len(words)+2 {
		return false
	}
	if len(words) == 1 && isDomainLike(words[0]) {
		return true
	}
	for _, w := range words {
		if !isUpperWord(w) && classOf(w)&cParticle == 0 && !strings.EqualFold(w, "e.V.") {
			return false
		}
	}
	for _, w := range words {
		if strength == sepStrong && (classOf(w)&cMedia != 0 || hasMediaSuffix(w)) {
			return true
		}
		if legalForms[strings.ToLower(w)] || hasOrgSuffix(w) {
			return true
		}
	}
	return false
}

// IsLegalForm reports whether w is a company or association form
// ("LLC", "GmbH", "e.V."). IsLegalForm is safe for concurrent use.
func IsLegalForm(w string) bool { return legalForms[strings.ToLower(w)] }

// legalForms are company and association forms that mark an organisation.
var legalForms = map[string]bool{
	"e.v.": true, "gmbh": true, "ag": true, "inc.": true, "inc": true, "ltd": true, "ltd.": true, "llc": true,
	"s.a.": true, "sa": true, "srl": true, "s.r.l.": true, "b.v.": true, "bv": true, "kg": true, "ug": true,
	"verband": true, "verein": true, "stiftung": true, "ministerium": true,
}

// mediaSuffixes end publication names written as one word, in languages
// that compound ("Tagesanzeiger") or in CJK ("朝日新聞", "好奇心日报").
var mediaSuffixes = []string{
	"zeitung", "anzeiger", "nachrichten", "blatt", "kurier", "news", "blog", "online", "magazin", "magazine",
	"times", "post", "tv", "radio", "новости", "新聞", "新闻", "日報", "日报", "ニュース", "通信", "時報", "时报",
	"网", "網", "电视", "テレビ", "放送", "デジタル", "オンライン", "日誌", "日记", "일보", "뉴스", "신문", "경제", "방송",
}

// hasMediaSuffix reports whether w ends in a publication word.
func hasMediaSuffix(w string) bool {
	lw := strings.ToLower(w)
	for _, suf := range mediaSuffixes {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf) {
			return true
		}
	}
	return false
}

// isSectionLabel reports whether s, next to a removed site name, is a
// section or category label and shorter than the rest: a date; known
// section words, also in compounds ("Politik", "Landespolitik", "India
// News"); a URL slug ("ausbildung-und-praxis"); a short CJK word; or, after
// a pipe or similar, up to three words starting with a capital
// ("Restaurant reviews").
func isSectionLabel(s string, strength, restWords int) bool {
	if isDateText(s) {
		return strength >= sepWeak
	}
	if utf8.RuneCountInString(s) > 30 || strings.ContainsAny(s, `?!"“”„«»,;:¿¡…`) {
		return false
	}
	words := strings.Fields(s)
	if restWords < len(words)+2 {
		return false
	}
	switch {
	case isSectionWords(s):
		return true
	case len(words) == 1 && isUncasedScript(firstLetter(s)):
		return utf8.RuneCountInString(s) <= 8 // "スポーツ", also after "："
	case strength < sepDash:
		return false
	case len(words) == 1 && isSlug(s):
		return true
	case strength == sepStrong && len(words) <= 3:
		return isUpperWord(words[0])
	case len(words) == 2 && isUpperWord(words[0]) && classOf(words[1])&cMedia != 0:
		return true // "Samastipur News"
	}
	return false
}

// IsSectionLabel reports whether s, of three words at most, is only
// section words or compounds ending in one ("Opinion", "Live updates",
// "Landespolitik"): a label in a title rather than a name. Publication
// words ("News", "Daily Mail") do not count. IsSectionLabel is safe for
// concurrent use.
func IsSectionLabel(s string) bool { return isSectionOnly(s) }

// isSectionWords reports whether every word of s is a section or
// publication word, or a compound ending in one ("Landespolitik").
func isSectionWords(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if classOf(w)&(cSection|cMedia) == 0 && !hasSectionSuffix(w) {
			return false
		}
	}
	return true
}

// hasSectionSuffix reports whether w is a compound ending in a section
// word ("Landespolitik").
func hasSectionSuffix(w string) bool {
	lw := strings.ToLower(w)
	for _, suf := range sectionSuffixes {
		if len(lw) > len(suf)+2 && strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// sectionSuffixes end compound section names ("Landespolitik",
// "Lokalsport", "Wirtschaftsnachrichten").
var sectionSuffixes = []string{"politik", "sport", "wirtschaft", "kultur", "nachrichten", "news", "reise", "wissen", "panorama"}

// isSlug reports whether s is a lower-case URL path segment
// ("fuetterung", "ausbildung-und-praxis").
func isSlug(s string) bool {
	if len(s) < 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c == '-' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// isShortLabel reports whether s can be a label or slogan after a site
// name ("Panorama", "Digital Strategy, Design and Engineering"): at most
// six words, no sentence punctuation but commas.
func isShortLabel(s string) bool {
	return utf8.RuneCountInString(s) <= 50 && len(strings.Fields(s)) <= 6 &&
		!strings.ContainsAny(s, `?!"“”„«»;¿¡…`)
}

// isDateText reports whether s is only a date and/or time: "28.04.2023",
// "21/12/2018", "Feb. 1, 2016", "06.11.2023, 11.41 Uhr", "2021年4月28日".
func isDateText(s string) bool {
	if s == "" || len(s) > 60 {
		return false
	}
	digits, words := 0, 0
	ok := true
	forEachField(s, isDateSeparator, func(w string) bool {
		switch {
		case isDigits(w):
			digits++
		case classOf(w)&(cMonth|cWeekday|cTime|cDatePrep) != 0 || w == "of" || w == "de" || w == "del":
			words++
		default:
			ok = false
		}
		return ok
	})
	return ok && digits > 0 && (digits >= 2 || words > 0 || len(strings.TrimSpace(s)) == 4)
}

// isDateSeparator reports whether r separates the parts of a date.
func isDateSeparator(r rune) bool {
	switch r {
	case ' ', ',', '.', '/', '-', ':', '(', ')', '年', '月', '日', '時', '分':
		return true
	}
	return false
}

// forEachField calls fn with each non-empty run of s between separator
// runes, until fn returns false. It does not allocate.
func forEachField(s string, sep func(rune) bool, fn func(string) bool) {
	start := -1
	for i, r := range s {
		if sep(r) {
			if start >= 0 && !fn(s[start:i]) {
				return
			}
			start = -1
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		fn(s[start:])
	}
}

// isDigits reports whether w is non-empty and all ASCII or full-width
// digits.
func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !(r >= '0' && r <= '9' || r >= '０' && r <= '９') {
			return false
		}
	}
	return true
}

// truncateUTF8 cuts s to at most n bytes without splitting a rune.
func truncateUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// TitleTail returns the parts of a page title that follow its headline
// after a dash or stronger separator: "Parken in Paris – jovelblog" with
// the headline "Parken in Paris" gives ["jovelblog"]. Dates and a byline
// ("- By Jane Doe") are left out. It returns nil when the title does not
// hold the headline (ignoring case) ending at a separator. TitleTail is
// safe for concurrent use.
func TitleTail(title, headline string) []string {
	if len(title) > maxTitleBytes {
		title = truncateUTF8(title, maxTitleBytes)
	}
	t, h := Clean(title), Clean(headline)
	if t == "" || h == "" || len(h) >= len(t) {
		return nil
	}
	i := strings.Index(t, h)
	if i < 0 {
		if lt := strings.ToLower(t); len(lt) == len(t) {
			i = strings.Index(lt, strings.ToLower(h))
		}
	}
	if i < 0 {
		return nil
	}
	end := i + len(h)
	var tail []string
	for _, s := range splitTitle(t) {
		switch {
		case s.end <= end:
		case s.start < end:
			return nil // the headline ends inside a part
		case tail == nil && s.sep < sepDash:
			return nil // "Headline: subtitle"
		default:
			part := t[s.start:s.end]
			if !isDateText(part) && !isBylineText(part) {
				tail = append(tail, part)
			}
		}
	}
	return tail
}

// Limits of a site name taken from a title part (see IsTitleNamePart).
const (
	maxTitleNameWords = 6
	maxTitleNameBytes = 60
)

// IsTitleNamePart reports whether s, the one part after a headline in a
// page title ("Parken in Paris – jovelblog"), can name the site on host:
// six words and 60 bytes at most, its brackets closed (not "蕭敬騰)", a
// part split inside them), neither a date nor a section label
// ("Kommentar", "Live updates"). A part that ends in a number ("Seite
// 34", "Ausgabe 4/2019") is a label unless host spells the word before
// the number with it ("France 24" on france24.com, "… Munich 2022" on
// munich2022.com, not "Seite 2" on web2.de); a
// number inside a name ("Bibliothek 2.0 und mehr", "V8") is no label. IsTitleNamePart is safe for concurrent use.
func IsTitleNamePart(s, host string) bool {
	words := strings.Fields(s)
	if len(s) >= maxTitleNameBytes || len(words) == 0 || len(words) > maxTitleNameWords || !balanced(s) ||
		isDateText(s) || isSectionOnly(s) {
		return false
	}
	last := words[len(words)-1]
	if strings.ContainsFunc(last, unicode.IsLetter) {
		return true // "V8", "3sat": a name with a digit
	}
	// The word before the number and the number, as the host spells them
	// ("france24", "munich2022"): a host that merely holds the digit
	// ("web2.de") does not make "Seite 2" a name.
	if len(words) < 2 {
		return false
	}
	key := alnumLower(words[len(words)-2] + last)
	return key != "" && strings.Contains(alnumLower(host), key)
}

// alnumLower returns the letters and digits of s, lower-cased.
func alnumLower(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isSectionOnly reports whether every word of s is a section word or a
// compound ending in one ("Kommentar", "Live updates", "Lokalsport"),
// unlike isSectionWords not counting publication words ("Wikipedia",
// "Daily Mail"), which names use.
func isSectionOnly(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if classOf(w)&cSection == 0 && !hasSectionSuffix(w) {
			return false
		}
	}
	return true
}

// balanced reports whether every bracket in s is closed.
func balanced(s string) bool {
	depth := 0
	for _, r := range s {
		switch r {
		case '(', '[', '（':
			depth++
		case ')', ']', '）':
			depth--
			if depth < 0 {
				return false
			}
		}
	}
	return depth == 0
}

// titleCutChars are the separators and spaces around what CleanTitle cut.
const titleCutChars = " |│｜-–—:·•»«›‹/\\"

// TitleCut returns what CleanTitle cut from a title, given its result
// clean: the parts before and after clean in Clean(title), each trimmed of
// separators ("Site | Headline | Section" gives "Site" and "Section").
// Both are "" when the title does not hold clean. TitleCut is safe for
// concurrent use.
func TitleCut(title, clean string) (head, tail string) {
	if len(title) > maxTitleBytes {
		title = truncateUTF8(title, maxTitleBytes)
	}
	t := Clean(title)
	i := strings.Index(t, clean)
	if clean == "" || i < 0 {
		return "", ""
	}
	return strings.Trim(t[:i], titleCutChars), strings.Trim(t[i+len(clean):], titleCutChars)
}

// ArchiveTitleName returns the name in a title that is only a name and a
// date after a colon or stronger separator, as blogs title their archive
// pages ("Old Blog: 2011", "Site | March 2011"), or "". A section label
// ("Archives: 2011", "News: 12.2011") is no name. ArchiveTitleName
// is safe for concurrent use.
func ArchiveTitleName(title string) string {
	if len(title) > maxTitleBytes {
		return ""
	}
	t := Clean(title)
	segs := splitTitle(t)
	if len(segs) != 2 || segs[1].sep < sepWeak {
		return ""
	}
	name, date := t[segs[0].start:segs[0].end], t[segs[1].start:segs[1].end]
	if n := WordCount(name); n == 0 || n > maxSiteWords || isDateText(name) || isSectionOnly(name) || !isDateText(date) || !hasYear(date) {
		return ""
	}
	return name
}

// hasYear reports whether s has a run of exactly four digits.
func hasYear(s string) bool {
	run := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] >= '0' && s[i] <= '9' {
			run++
			continue
		}
		if run == 4 {
			return true
		}
		run = 0
	}
	return false
}
