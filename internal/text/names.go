package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits on what can be a person's name.
const (
	maxNameRunes     = 70 // longest plausible name, in characters
	maxNameWords     = 5  // most words in a name written with spaces
	maxUncasedRunes  = 20 // longest name in a script without case (CJK …)
	maxNameWordRunes = 25 // longest single word of a name
)

// LooksLikeName reports whether s is plausibly a person's name: 2 to 5
// words, first word capitalised and nearly all others capitalised,
// initials ("J.") or name particles ("van", "de", "von"); or, in scripts
// without letter case (Chinese, Japanese, Korean, Arabic …), 1 to 4 words
// of at most 20 characters in all. It rejects digits, sentence punctuation
// (? ! : ; quotes), "@", "/", brackets, words over 25 characters, texts
// over 70 characters, and texts containing an organisation, job-title or
// interface word ("News", "Staff", "Editor", "Updated", "Follow"). Single
// words ("Paul") are not names by this test. LooksLikeName is safe for
// concurrent use and does not allocate for clean ASCII input.
func LooksLikeName(s string) bool {
	s = Clean(s)
	if s == "" || utf8.RuneCountInString(s) > maxNameRunes || hasDigit(s) {
		return false
	}
	for _, r := range s {
		if strings.ContainsRune(`?!:;"@/\|<>=_#+*©®™()[]{}“”„«»‹›「」『』【】（）、。，！？：；《》&%$€`, r) {
			return false
		}
	}
	words := strings.Fields(s)
	if r := firstLetter(s); r == 0 {
		return false
	} else if isUncasedScript(r) {
		return len(words) <= 4 && utf8.RuneCountInString(s) <= maxUncasedRunes && !hasBadNameWord(words)
	}
	if len(words) < 2 || len(words) > maxNameWords {
		return false
	}
	if !isUpperWord(words[0]) {
		return false
	}
	upper, lower := 0, 0
	for _, w := range words {
		if utf8.RuneCountInString(w) > maxNameWordRunes || firstLetter(w) == 0 {
			return false
		}
		// A full stop ends an initial ("J.", "Jr.", "R.C.") or an
		// abbreviation, not a longer word ("Schweiz.").
		if core := strings.TrimSuffix(w, "."); core != w && !strings.Contains(core, ".") &&
			utf8.RuneCountInString(core) >= 4 && !sentenceAbbrevs[strings.ToLower(core)] {
			return false
		}
		switch {
		case isUpperWord(w):
			upper++
		case classOf(w)&cParticle != 0:
		default:
			lower++
		}
	}
	if lower > 1 || lower >= upper {
		return false
	}
	if last := words[len(words)-1]; !isUpperWord(last) {
		return false // "El Retador y", "Michiel de"
	}
	if !isAllCaps(s) && hasAcronym(words) {
		return false
	}
	return !hasBadNameWord(words)
}

// hasBadNameWord reports whether one of words marks an organisation, a job
// title or a piece of interface text rather than a name.
func hasBadNameWord(words []string) bool {
	for _, w := range words {
		c := classOf(w)
		if c&(cOrg|cRole|cStop|cCredit|cMarker) != 0 && c&cParticle == 0 {
			return true
		}
		if c&cAgency != 0 && len(words) <= 2 && isAllCaps(w) {
			return true
		}
		if isDomainLike(w) {
			return true
		}
	}
	return false
}

// IsAgency reports whether the word w is the name or acronym of a news
// agency or broadcaster ("dpa", "AP", "Reuters", "JIJI"), in any case.
// IsAgency is safe for concurrent use.
func IsAgency(w string) bool {
	return classOf(w)&cAgency != 0
}

// IsOrganization reports whether name looks like an organisation, desk or
// publication rather than a person: a news agency or broadcaster ("AP",
// "Reuters", "dpa", "BBC News"), a desk or team ("Staff", "News Desk",
// "Editorial Board", "Redaktion", "NZZ-Redaktion"), a name with an
// organisation word ("Media", "Press", "Verlag", "GmbH", "University"), a
// web address ("ORF.at", "Salon.com"), a short all-capital acronym, "The
// …" with a publication word ("The Daily Star"), or a name whose key
// equals that of one of siteNames (case, accents, spaces, punctuation, "The"
// and top-level domains ignored, see CleanTitle).
// IsOrganization is safe for concurrent use.
func IsOrganization(name string, siteNames ...string) bool {
	name = Clean(name)
	if name == "" {
		return false
	}
	if len(siteNames) > 0 && matchesSiteText(name, matchExact, siteKeys(siteNames)) {
		return true
	}
	words := strings.Fields(name)
	if len(words) == 1 && isDomainLike(words[0]) {
		return true
	}
	weak := false
	for _, w := range words {
		org := compoundParts(w, func(part string) bool {
			c := classOf(part)
			switch {
			case c&cOrg != 0:
				return true
			case c&cAgency != 0 && (len(words) == 1 || !isTitleWord(part)):
				return true
			case c&cOrgWeak != 0:
				weak = true
			}
			return false
		})
		if org || hasOrgSuffix(w) {
			return true
		}
	}
	if weak && (len(words) >= 3 || strings.EqualFold(words[0], "the")) {
		return true
	}
	if len(words) == 1 {
		w := words[0]
		letters := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if isAllCaps(w) && letters <= 6 {
			return true
		}
	}
	return false
}

// orgSuffixes end German (and similar) compounds naming a desk or
// organisation: "Sportredaktion", "Onlineteam", "Nachrichtenagentur",
// and Chinese names of desks ("上報快訊", news flash).
var orgSuffixes = []string{
	"redaktion", "redaktionen", "desk", "team", "verlag", "zeitung", "agentur", "nachrichten",
	"verband", "verein", "gmbh", "ministerium", "institut", "stiftung", "newsroom", "bund",
	"快訊", "快讯", "編輯部", "编辑部", "通訊社", "通讯社", "新聞網", "新闻网", // Chinese desks and agencies
}

// hasOrgSuffix reports whether the word w is a compound ending in an
// organisation word, in any case.
func hasOrgSuffix(w string) bool {
	for _, suf := range orgSuffixes {
		if len(w) > len(suf)+2 && hasSuffixFold(w, suf) {
			return true
		}
	}
	return false
}

// compoundParts calls fn with w and, when w is a compound joined by
// hyphens or slashes ("NZZ-Redaktion", "AFP/dpa"), with each of its parts,
// until fn returns true; it reports whether fn did. It does not allocate.
func compoundParts(w string, fn func(string) bool) bool {
	if fn(w) {
		return true
	}
	if !strings.ContainsAny(w, "-/‐–") {
		return false
	}
	found := false
	forEachField(w, func(r rune) bool { return r == '-' || r == '/' || r == '‐' || r == '–' }, func(p string) bool {
		found = fn(p)
		return !found
	})
	return found
}

// hasSuffixFold reports whether s ends with the lower-case ASCII suffix
// suf, ignoring the case of s.
func hasSuffixFold(s, suf string) bool {
	return len(s) >= len(suf) && strings.EqualFold(s[len(s)-len(suf):], suf)
}

// isDomainLike reports whether w looks like a host name or web address:
// "ORF.at", "Salon.com", "www.example.org", "hessenschau.de/bb".
func isDomainLike(w string) bool {
	w = strings.TrimRight(w, ".,;:!?)")
	if strings.HasPrefix(w, "http://") || strings.HasPrefix(w, "https://") || strings.HasPrefix(w, "www.") {
		return true
	}
	if i := strings.IndexByte(w, '/'); i > 0 {
		w = w[:i]
	}
	dot := strings.LastIndexByte(w, '.')
	if dot <= 0 || dot == len(w)-1 {
		return false
	}
	tld := w[dot+1:]
	if len(tld) < 2 || len(tld) > 6 {
		return false
	}
	for i := 0; i < len(tld); i++ {
		c := tld[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
	}
	if _, ok := commonTLDs[strings.ToLower(tld)]; !ok {
		return false
	}
	// "Mr.Smith" or "J.Doe" are not domains: the label before the TLD must be
	// a word of two letters or more.
	label := w[:dot]
	if i := strings.LastIndexByte(label, '.'); i >= 0 {
		label = label[i+1:]
	}
	return utf8.RuneCountInString(label) >= 2
}

// commonTLDs are the top-level domains isDomainLike accepts; a closed list
// keeps "St.Gallen" or "Dr.Oetker" from counting as addresses.
var commonTLDs = func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, t := range strings.Fields(`com net org info biz io co tv fm me news online de at ch fr es it nl be
		lu dk se no fi is pl cz sk hu ro bg gr pt ie uk us ca au nz jp cn kr tw hk in ru ua by kz br ar mx cl
		pe co uy ve ec bo py za ng ke tz gh eg ma tn il tr ir pk bd lk vn th my sg id ph ee lv lt si hr rs ba
		mk al md ge am az eu asia blog media press site page web app`) {
		m[t] = struct{}{}
	}
	return m
}()

// fixCase rewrites an all-capital name in title case ("JANE DOE" → "Jane
// Doe", "O'NEIL" → "O'Neil", "JARVIS-GIBSON" → "Jarvis-Gibson", "DA SILVA"
// → "da Silva" except as first word); other names are returned unchanged.
func fixCase(name string) string {
	if !isAllCaps(name) {
		return name
	}
	var b strings.Builder
	b.Grow(len(name))
	for i, w := range strings.Fields(name) {
		if i > 0 {
			b.WriteByte(' ')
		}
		lw := strings.ToLower(w)
		if i > 0 && classOf(lw)&cParticle != 0 && utf8.RuneCountInString(lw) > 1 && lw != "al" && lw != "ben" && lw != "mac" && lw != "st." {
			b.WriteString(lw)
			continue
		}
		start := true
		for _, r := range lw {
			if start && unicode.IsLetter(r) {
				b.WriteRune(unicode.ToTitle(r))
				start = false
				continue
			}
			b.WriteRune(r)
			if r == '-' || r == '\'' || r == '’' || r == '.' {
				start = true
			}
		}
	}
	out := b.String()
	// "Mcdonald" → "McDonald".
	if i := strings.Index(out, "Mc"); i >= 0 && i+2 < len(out) && (i == 0 || out[i-1] == ' ') {
		r, size := utf8.DecodeRuneInString(out[i+2:])
		if unicode.IsLower(r) {
			out = out[:i+2] + string(unicode.ToUpper(r)) + out[i+2+size:]
		}
	}
	return out
}

// isTitleWord reports whether w is written "Xxxx": an upper-case letter
// followed only by lower-case letters.
func isTitleWord(w string) bool {
	first := true
	for _, r := range w {
		if !unicode.IsLetter(r) {
			continue
		}
		if first {
			if !unicode.IsUpper(r) {
				return false
			}
			first = false
			continue
		}
		if unicode.IsUpper(r) {
			return false
		}
	}
	return !first
}

// hasAcronym reports whether a name not written in capitals contains an
// acronym: an all-capital word of two letters or more without dots
// ("ACLU Racial Justice", "John Smith CNN"), or a word with two capitals in
// a row inside it ("ZDNet", "WebMD"). Roman numerals ("III") and a final
// surname in capitals of four letters or more ("Chokri GHARBI") are
// allowed. Such words belong to organisations, not to people.
func hasAcronym(words []string) bool {
	for i, w := range words {
		if isRoman(w) || strings.Contains(w, ".") {
			continue
		}
		if isAllCaps(w) {
			if i == len(words)-1 && i > 0 && utf8.RuneCountInString(w) >= 4 {
				continue
			}
			return true
		}
		var p, q rune
		humps := 0
		for _, r := range w {
			if unicode.IsUpper(p) && unicode.IsUpper(q) && unicode.IsLower(r) || unicode.IsLower(p) && unicode.IsUpper(q) && unicode.IsUpper(r) {
				return true
			}
			if unicode.IsLower(q) && unicode.IsUpper(r) {
				humps++ // "McDonald" has one, "SizeSmallMedium" two
			}
			p, q = q, r
		}
		if humps >= 2 {
			return true
		}
	}
	return false
}

// DeclaredName returns s cleaned when it can stand as a name the
// metadata declares although LooksLikeName rejects its case: two to four
// words of letters (with "." "-" "'"), the first capitalised and not an
// article or preposition, exactly one other word in lower case, at most
// 40 characters, no organisation, job-title or interface word ("Mobasir
// hassan", a blogger's own spelling). It returns "" otherwise.
// DeclaredName is safe for concurrent use.
func DeclaredName(s string) string {
	s = Clean(s)
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 4 || utf8.RuneCountInString(s) > 40 || !isUpperWord(words[0]) {
		return ""
	}
	if classOf(words[0])&(cArticle|cPrep|cAnd|cLabel|cMarker) != 0 {
		return "" // "Der ausgewählte Zeitraum"
	}
	lower := 0 // words LooksLikeName rejects for their case
	for i, w := range words {
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '.' && r != '-' && r != '\'' && r != '’' {
				return ""
			}
		}
		if i > 0 && !isUpperWord(w) && classOf(w)&cParticle == 0 {
			lower++
		}
	}
	if lower != 1 || hasBadNameWord(words) || IsOrganization(s) {
		return ""
	}
	return s
}

// AgencyCredit reports whether s is a news agency's credit as printed in
// parentheses after an article's last sentence: at most four short
// words, one of them an agency ("dpa", "FR mit dpa", "dpa/gem",
// "ats/nxp"), none a number, a label ("Quelle: SWR") or a picture
// credit ("AP Photo").
// AgencyCredit is safe for concurrent use.
func AgencyCredit(s string) bool {
	words := strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '/' || r == ',' || r == ';'
	})
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	agency := false
	for _, w := range words {
		if utf8.RuneCountInString(w) > 12 || hasDigit(w) || strings.HasSuffix(w, ":") {
			return false
		}
		c := classOf(w)
		if c&cCredit != 0 {
			return false
		}
		agency = agency || c&cAgency != 0
	}
	return agency
}

// DeskName reports whether s is one compound word naming an editorial
// desk or team with its publication ("IN-Redaktion", "NZZ-Redaktion",
// "dpa-Newsdesk"); not a word alone ("Online"), an acronym or a domain
// ("FAQ", "example.com").
// DeskName is safe for concurrent use.
func DeskName(s string) bool {
	s = Clean(s)
	if s == "" || strings.ContainsRune(s, ' ') || !strings.ContainsAny(s, "-/") || classOf(s)&cOrg != 0 {
		return false
	}
	return compoundParts(s, func(part string) bool { return classOf(part)&cOrg != 0 })
}
