package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits of the byline parser.
const (
	maxBylineBytes = 2000 // longer bylines are cut (at a rune boundary)
	maxAuthors     = 50   // most names returned
	maxWeakRunes   = 40   // longest single-word fallback name
)

// SplitAuthors turns a byline as printed on a page into the names it
// credits, in order, without duplicates (compared case-insensitively):
//
//	"By Jane Doe and John Smith"           → [Jane Doe, John Smith]
//	"Von Anna Müller und Ben Schulz"       → [Anna Müller, Ben Schulz]
//	"JANE DOE | Reuters"                   → [Jane Doe]
//	"By Jane Doe Updated 10:20 AM EST, Mon March 5, 2024" → [Jane Doe]
//	"Text: Anna Müller, Fotos: Ben Schulz" → [Anna Müller]
//	"Staff Reporter"                       → [Staff Reporter]
//
// It splits at commas, semicolons, pipes, slashes, bullets, line breaks,
// spaced dashes, "&" and the word "and" in several languages (and, und,
// et, y, e, en, og, och …; the single-letter ones and "en" only between
// two full names). From each part it removes the "By" marker and the
// labels before it ("Written by", "Veröffentlicht am … von", "Autor:",
// "Par", "Por", "Di", "Door", "Av", "著者："), everything from a date, a
// time, "Updated", "Published", "Reply", "Follow", a handle, an e-mail or
// a web address on, a trailing "for/at/aus …" clause or biography
// sentence, job titles before or after the name ("Political Editor",
// "Korrespondentin", "Staff Writer"), degrees ("PhD") and parentheses
// ("(AP)"; but "(avec Jane Doe)" adds Jane Doe), a weekday before a date
// ("Jane Doe Fr, 18. Oktober"). Everything after "Tags:", "Kategorien:",
// "Quelle:" and similar is ignored, and so are a filing clause and the
// parts after it ("By Jane Doe, in News, Politics") and a label with no
// name ("Autor:").
//
// Only writers are authors: parts crediting other work ("Photos by",
// "Fotos:", "Illustration:", "Übersetzt von", "Edited by", "Jane Doe,
// Photographs", "Jane Doe (photography)", "イラスト") are dropped, and a
// credit label covers the parts after it up to the next label, so "Text:
// Anna Müller, Fotos: Ben Schulz, Jane Roe" gives only Anna Müller. "Doe, Jane" is read as "Jane Doe". Names
// in all capitals are rewritten in title case ("JANE DOE" → "Jane Doe");
// other names keep their case.
//
// When at least one part looks like a person (LooksLikeName), only persons
// are returned, so agencies and publications next to a person ("Jane Doe,
// Washington Post", "Jane Doe (AP)") are dropped. Otherwise organisations,
// desks and bare job titles ("Reuters", "Staff Reporter", "News Desk") and
// single words ("Paul", "happyface313") are returned; IsOrganization tells
// them apart, and two of them joined by one slash are one credit as
// printed ("det/dpa", "AFP/The Local"). The result is nil when nothing is
// left.
//
// SplitAuthors is safe for concurrent use; input over 2000 bytes is cut
// and at most 50 names are returned.
func SplitAuthors(byline string) []string {
	return splitAuthors(byline, siteKeySet{})
}

// SplitAuthorsFor is SplitAuthors that also treats parts whose key equals
// that of one of siteNames (see CleanTitle) as organisations, so that
// "Jane Doe, Tone Deaf" gives only "Jane Doe" on a site named "Tone Deaf",
// and "Tone Deaf" alone is returned as the publication it is. Names that
// only contain the site name ("Daniel Lemire" on "Daniel Lemire's blog")
// stay persons.
func SplitAuthorsFor(byline string, siteNames ...string) []string {
	return splitAuthors(byline, siteKeys(siteNames))
}

// IsSiteName reports whether name names the site itself: its key (see
// CleanTitle) equals that of one of siteNames ("t-online" on t-online.de,
// "LAOLA1.at" on laola1.at). IsSiteName is safe for concurrent use.
func IsSiteName(name string, siteNames ...string) bool {
	name = Clean(name)
	if name == "" || len(siteNames) == 0 {
		return false
	}
	return matchesSiteText(name, matchExact, siteKeys(siteNames))
}

// CleanName cleans one author name from metadata (a meta tag, JSON-LD):
// it removes "By", job titles, dates, handles and stray punctuation as
// SplitAuthors does, and returns "" when nothing name-like is left (a URL,
// an e-mail address, "Updated 10:20"). When s names several people it
// returns the first; use SplitAuthors to get all. CleanName is safe for
// concurrent use.
func CleanName(s string) string {
	names := SplitAuthors(s)
	if len(names) == 0 {
		return ""
	}
	return names[0]
}

// candidate kinds, from best to worst.
const (
	kindPerson = iota
	kindOrg
	kindWeak
	kindCredit      // a bare credit word: the part before it credits other work
	kindCreditLabel // a part opening with a credit label ("Fotos:"): the parts after it credit other work too
)

type candidate struct {
	name string
	kind int
}

func splitAuthors(byline string, keys siteKeySet) []string {
	if len(byline) > maxBylineBytes {
		byline = truncateUTF8(byline, maxBylineBytes)
	}
	if !utf8.ValidString(byline) {
		byline = strings.ToValidUTF8(byline, "")
	}
	s := prepareByline(byline)
	if s == "" {
		return nil
	}
	raw := splitParts(s)
	if inv, ok := invertedName(raw); ok {
		raw = []string{inv}
	}
	dropWeekdayBeforeDate(raw)
	var cands []candidate
	inCredit := false // after "Fotos:", until the next label
	inClause := false // after "in News, …": a list of sections or places
	for _, part := range raw {
		words := cutRoleClause(strings.Fields(part))
		if (inCredit || inClause) && !opensWithLabel(words) {
			continue
		}
		inCredit = false
		if len(words) > 0 && len(cands) > 0 && inList(words[0], sectionPreps) {
			inClause = true // "By Jane Doe, in News, Politics, World"
			continue
		}
		for _, ws := range splitAnd(words) {
			c, ok := cleanPart(ws, keys)
			if !ok {
				continue
			}
			if c.kind == kindCreditLabel {
				inCredit = true
				break
			}
			if c.kind == kindCredit {
				// "Greg Cohen, Photographs": the name before was a photographer.
				if n := len(cands); n > 0 {
					cands = cands[:n-1]
				}
				continue
			}
			cands = append(cands, c)
		}
	}
	best := kindWeak + 1
	for _, c := range cands {
		best = min(best, c.kind)
	}
	var out []string
	seen := make(map[string]bool, len(cands))
	for _, c := range cands {
		if c.kind != best && !(best == kindOrg && c.kind == kindWeak && !spacedScript(c.name)) {
			continue
		}
		name := c.name
		if c.kind == kindPerson {
			name = fixCase(name)
		}
		key := Fold(name)
		if key == "" || seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, name)
		if len(out) == maxAuthors {
			break
		}
	}
	if best != kindPerson && len(out) == 2 && len(raw) == 2 {
		if joined, ok := slashCredit(s, out); ok {
			return []string{joined}
		}
	}
	return out
}

// slashCredit returns the credit line "det/dpa" or "AFP/The Local" as
// printed when a byline names no person and is two sources joined by one
// slash, one of them a desk's code or a publication: one credit rather
// than two authors. "Reuters/AP" stays two.
func slashCredit(s string, names []string) (string, bool) {
	i := strings.Index(s, names[0])
	if i < 0 {
		return "", false
	}
	j := strings.Index(s[i+len(names[0]):], names[1])
	if j < 0 {
		return "", false
	}
	sep := s[i+len(names[0]) : i+len(names[0])+j]
	if strings.TrimSpace(sep) != "/" || !deskCode(names[0]) && !deskCode(names[1]) && !publication(names[0]) && !publication(names[1]) {
		return "", false // "Reuters/AP": two agencies, two credits
	}
	return names[0] + sep + names[1], true
}

// deskCode reports whether s is an editor's code in lower case ("det",
// "ls"): short, letters only.
func deskCode(s string) bool {
	if s == "" || len(s) > 4 {
		return false
	}
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// publication reports whether s names a publication: "The Local", "Die
// Zeit".
func publication(s string) bool {
	first, _, ok := strings.Cut(s, " ")
	return ok && (first == "The" || first == "Die" || first == "Der" || first == "Le" || first == "La" || first == "El")
}

// sectionPreps open a clause naming where an article is filed: "in News,
// Politics".
var sectionPreps = []string{"in", "en", "im", "dans", "nella", "nel", "em", "filed"}

// opensWithLabel reports whether words start with a label ending in a
// colon or an author marker: "Text: …", "Von …".
func opensWithLabel(words []string) bool {
	for i, w := range words {
		if i >= 3 {
			break
		}
		if strings.HasSuffix(w, ":") || i == 0 && classOf(w)&(cMarker|cParticleMarker) != 0 {
			return true
		}
	}
	return false
}

// dropWeekdayBeforeDate removes a weekday that ends a part when the next
// part is a date: "Von Jane Doe Fr, 18. Oktober 2019" gives "Von Jane Doe".
func dropWeekdayBeforeDate(parts []string) {
	for i := 0; i+1 < len(parts); i++ {
		f := strings.Fields(parts[i])
		if len(f) < 3 || classOf(f[len(f)-1])&cWeekday == 0 {
			continue
		}
		next := strings.Fields(parts[i+1])
		if len(next) > 0 && (hasDigit(next[0]) || classOf(next[0])&cMonth != 0) {
			f = f[:len(f)-1]
			if last := f[len(f)-1]; len(f) > 2 && classOf(last)&cDatePrep != 0 && !isUpperWord(last) {
				f = f[:len(f)-1] // "am Samstag"
			}
			parts[i] = strings.Join(f, " ")
		}
	}
}

// cleanPart reduces the words of one part to a name and classifies it; ok
// is false when nothing usable is left.
func cleanPart(words []string, keys siteKeySet) (candidate, bool) {
	words = trimTokens(words)
	if len(words) == 1 && isCredit(words, 0) {
		return candidate{kind: kindCredit}, true
	}
	// Labels, markers and dates before the name, in any order:
	// "Datum: 19.11.2021 Autor: Fritz Imhof", "Posted on May 1 by Jane".
	marked := false
	for range 4 {
		n := len(words)
		var credit bool
		words, credit = dropColonLabel(words)
		if credit {
			return candidate{kind: kindCreditLabel}, true
		}
		if !marked {
			m := len(words)
			words = dropMarker(words)
			marked = len(words) != m
		}
		words = trimLeadingLabels(words)
		words = dropLeadingJunk(words)
		if len(words) == n || len(words) == 0 {
			break
		}
	}
	if len(words) == 0 {
		return candidate{}, false
	}
	if marked {
		words = dropFinalStop(words)
	}
	// Other credits end the part; a part that starts with one is dropped,
	// and so is one that ends with a CJK credit ("嶋田 健志 監訳").
	for i := range words {
		if isCredit(words, i) {
			if i == 0 || i == len(words)-1 && inList(strings.TrimRight(words[i], ":"), cjkCredits) {
				return candidate{}, false
			}
			words = words[:i]
			break
		}
	}
	words = cutAtStop(words)
	if len(words) == 0 {
		return candidate{}, false
	}
	// CJK author labels after a name ("Eric Freeman 著", "홍길동 기자").
	labelled := false
	for len(words) > 1 && inList(words[len(words)-1], cjkLabels) {
		words = words[:len(words)-1]
		labelled = true
	}
	if labelled && len(words) > 1 && allHangul(words) {
		// Korean names are one word: what comes before it is the outlet
		// or the place ("스포츠조선 선수민 기자").
		words = words[len(words)-1:]
	}
	if len(words) == 1 {
		w, ok := cjkName(words[0])
		if !ok {
			return candidate{}, false
		}
		words[0] = w
	}
	for len(words) > 1 && isCredential(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	words = trimTokens(words)
	if len(words) == 0 || len(words) == 1 && isCredential(words[0]) {
		return candidate{}, false
	}
	words = dropRepeat(words)
	words, role := stripRole(words)
	if len(words) == 0 {
		if role == "" || !strings.Contains(role, " ") && !isUpperWord(role) {
			// "editor" in lower case: a CMS login, not a desk.
			return candidate{}, false
		}
		return candidate{name: role, kind: kindOrg}, true
	}
	words = stripCapsTail(words)
	words = personBeforeOrg(words)
	words = personAfterOrg(words)
	name := strings.Join(words, " ")
	if !utf8.ValidString(name) {
		name = strings.ToValidUTF8(name, "")
	}
	switch {
	case name == "":
		return candidate{}, false
	case !keys.empty() && matchesSiteText(name, matchExact, keys), IsOrganization(name), isWeakOrgName(words),
		opensWithArticle(words):
		return candidate{name: name, kind: kindOrg}, true
	case len(words) == 1 && spacedScript(name) && isWeakName(words):
		// One Arabic or Hebrew word: these scripts write a name in two
		// words or more, so one word is a place ("حسام أبو العلا -
		// القاهرة") or a pen name, kept only when no name is given.
		return candidate{name: name, kind: kindWeak}, true
	case LooksLikeName(name):
		return candidate{name: name, kind: kindPerson}, true
	case isWeakName(words):
		return candidate{name: name, kind: kindWeak}, true
	}
	return candidate{}, false
}

// cjkGluedLabels are CJK author labels a byline writes glued to the name
// ("記者林宸誼"); single-character labels are left alone, as names start
// with them too.
var cjkGluedLabels = []string{"記者", "记者", "著者", "作者", "筆者", "撰文", "執筆", "执笔"}

// cjkReportSuffixes end a Chinese label for the kind of report, not a name
// ("即時報導", breaking report; "綜合報導", combined report).
var cjkReportSuffixes = []string{"報導", "报道", "報道"}

// cjkName returns the Chinese word w without a job title glued before the
// name ("記者林宸誼" gives "林宸誼"), and false when w names a kind of
// report ("即時報導"). Other words are returned as they are.
func cjkName(w string) (string, bool) {
	r, _ := utf8.DecodeRuneInString(w)
	if !isCJK(r) {
		return w, true
	}
	for _, suf := range cjkReportSuffixes {
		if strings.HasSuffix(w, suf) {
			return "", false
		}
	}
	for _, l := range cjkGluedLabels {
		if rest, ok := strings.CutPrefix(w, l); ok {
			if n := utf8.RuneCountInString(rest); n >= 2 && n <= 4 && allCJK(rest) {
				return rest, true
			}
		}
	}
	return w, true
}

// allCJK reports whether every rune of s is a CJK ideograph.
func allCJK(s string) bool {
	for _, r := range s {
		if !isCJK(r) {
			return false
		}
	}
	return s != ""
}

// allHangul reports whether every word is written in Hangul.
func allHangul(words []string) bool {
	for _, w := range words {
		for _, r := range w {
			if !unicode.Is(unicode.Hangul, r) {
				return false
			}
		}
	}
	return true
}

// nameArticles are the capitalised articles that open a publication's
// name and never a person's ("The Local", "Die Zeit", "Los Angeles
// Times"). "Le", "La", "Les", "Lo" and "Das" are left out: they open
// names too (Vietnamese Le, Chinese Lo, English Les, Indian Das); "El"
// is apart (see opensWithArticle).
var nameArticles = []string{"The", "Der", "Die", "Los", "Las", "Il", "Gli", "Het", "Een"}

// opensWithArticle reports whether words, two or more, open with a
// capitalised article that never opens a person's name (nameArticles):
// a publication printed next to the author ("Galo Ramírez | El Sol de
// México"). "El" opens Arabic names too ("El Hadji Diouf", "El Mehdi
// Benatia"), so it counts only before one word ("El País") or with a
// lowercase connector ("El Sol de México").
func opensWithArticle(words []string) bool {
	if len(words) < 2 || !isUpperWord(words[1]) {
		return false
	}
	if words[0] == "El" {
		if len(words) == 2 {
			return true
		}
		for _, w := range words[2:] {
			if !isUpperWord(w) {
				return true
			}
		}
		return false
	}
	return inList(words[0], nameArticles)
}

// spacedScript reports whether s is written in a script without letter
// case whose names are written as words apart: Arabic or Hebrew.
func spacedScript(s string) bool {
	r := firstLetter(s)
	return unicode.Is(unicode.Arabic, r) || unicode.Is(unicode.Hebrew, r)
}

// nameAbbrevs are the two-letter abbreviations that end a name and keep
// their full stop ("Jane Doe Jr.", "John Smith Sr.", "Anne St."):
// another two-letter last word is a surname ("Jane Li.").
var nameAbbrevs = map[string]bool{"jr": true, "sr": true, "st": true}

// dropFinalStop removes the full stop that ends a marked byline after
// the last word of a name ("Recueilli par Patrick ANGEVIN.", "By Jane
// Doe.", "By Jane Li."), keeping that of an initial or an abbreviation
// ("J.", "Jr.", "Sr.", "St.", "Inc.").
func dropFinalStop(words []string) []string {
	if len(words) < 2 {
		return words
	}
	last := words[len(words)-1]
	core, ok := strings.CutSuffix(last, ".")
	if !ok || strings.ContainsAny(core, ".") || utf8.RuneCountInString(core) < 2 ||
		nameAbbrevs[strings.ToLower(core)] || sentenceAbbrevs[strings.ToLower(core)] || isCredential(last) || !isUpperWord(core) {
		return words
	}
	words[len(words)-1] = core
	return words
}
