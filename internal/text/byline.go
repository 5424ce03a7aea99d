package text

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the steps of SplitAuthors: preparing the byline,
// splitting it into parts, and reducing each part's words to a name.

// cjkLabels and cjkCredits are CJK byline words: author labels ("著者",
// "記者") and credits for other work ("イラスト", "翻訳").
var (
	cjkLabels  = []string{"著者", "作者", "筆者", "文", "記者", "记者", "撰文", "執筆", "执笔", "著", "撰", "글", "기자", "특파원", "作", "投稿者", "投稿"}
	cjkCredits = []string{"イラスト", "写真", "撮影", "翻訳者", "翻訳", "監訳", "訳", "编辑", "責任編輯", "责任编辑", "编审", "图", "圖", "摄影", "攝影", "校对", "監修", "사진"}
)

// endLabels end the useful part of a byline: what follows is a tag list, a
// category or a source ("Tags: …", "Kategorien: …", "Quelle: dpa").
var endLabels = map[string]bool{
	"tags:": true, "tag:": true, "kategorien:": true, "kategorie:": true, "categories:": true, "category:": true,
	"rubrik:": true, "schlagworte:": true, "schlagwörter:": true, "themen:": true, "topics:": true,
	"quelle:": true, "source:": true, "fuente:": true, "fonte:": true, "filed": true, "tags": true,
}

// textLabels say that a label credits the text, even next to a credit for
// pictures ("Text & Fotos: Jane Doe").
var textLabels = map[string]bool{
	"text": true, "texte": true, "texto": true, "testo": true, "tekst": true, "words": true, "story": true,
	"written": true, "geschrieben": true, "reporting": true, "bericht": true, "autor": true, "autorin": true,
	"author": true, "by": true, "von": true,
}

// sentenceAbbrevs end with a dot without ending a sentence.
var sentenceAbbrevs = map[string]bool{
	"prof": true, "dipl": true, "univ": true, "ing": true, "med": true, "phil": true, "corp": true, "bros": true,
	"assoc": true, "dept": true, "sept": true, "febr": true, "capt": true, "lieut": true, "inc": true, "ltd": true,
}

// inList reports whether w equals one of list.
func inList(w string, list []string) bool {
	for _, l := range list {
		if w == l {
			return true
		}
	}
	return false
}

// prepareByline normalises a byline before splitting: line breaks become
// part separators, white space is cleaned, URLs and e-mail addresses become
// separators, handles are removed, glued words are separated ("By Jane
// DoeUpdated", "ByJane", "Doe22"), brackets and quotes are dropped,
// parenthesised text is removed unless it adds names ("(avec Jane Doe)"),
// and everything from a tag list, a source line or script code on is cut.
func prepareByline(b string) string {
	b = removeBlocks(b, '<', '>') // HTML tags
	b = removeBlocks(b, '{', '}') // script code
	var sb strings.Builder
	sb.Grow(len(b) + 16)
	var prev rune
	for i, r := range b {
		next, _ := utf8.DecodeRuneInString(b[i+utf8.RuneLen(r):])
		switch r {
		case '\n', '\r', '\u2028', '\u2029', '\v', '\f':
			sb.WriteString(" | ")
		case '：':
			sb.WriteString(": ")
		case ':':
			rest := b[i+1:]
			switch {
			case unicode.IsLetter(prev) && genderSuffix(rest):
				// "Autor:in" → "Autorin".
			case unicode.IsLetter(prev) && unicode.IsLetter(next):
				sb.WriteString(": ") // "Von:Jane"
			default:
				sb.WriteRune(r)
			}
		case '*', '/', '_':
			if unicode.IsLetter(prev) && genderSuffix(b[i+1:]) {
				break // "Autor*in", "AUTOR/IN", "Redakteur_innen"
			}
			if r == '*' {
				sb.WriteByte(' ')
			} else {
				sb.WriteRune(r)
			}
		case '　':
			sb.WriteByte(' ')
		case '&', '＆', '+':
			sb.WriteString(" & ")
		case '[', ']', '《', '》', '【', '】', '「', '」', '『', '』', '〔', '〕', '〈', '〉', '●', '■', '◆',
			'▶', '►', '©', '®', '™', '"', '“', '”', '„', '«', '»', '‹', '›', '<', '>', '=', '→', '←':
			sb.WriteByte(' ')
		case '（':
			sb.WriteString(" (")
		case '）':
			sb.WriteString(") ")
		default:
			sb.WriteRune(r)
		}
		prev = r
	}
	s := Clean(sb.String())
	s = strings.ReplaceAll(s, " : ", ": ")
	if strings.ContainsAny(s, "0123456789") {
		s = relativeTime.ReplaceAllString(s, " | ")
	}
	if strings.Contains(s, "espräch") || strings.Contains(s, "onversa") || strings.Contains(s, "esprek") {
		s = conversation.ReplaceAllString(s, " | ")
	}
	s = removeParens(s)
	fields := strings.Fields(s)
	out := make([]string, 0, len(fields)+4)
	for _, f := range fields {
		switch {
		case isURL(f) || isEmail(f):
			out = append(out, "|")
			continue
		case strings.HasPrefix(f, "@"), strings.HasPrefix(f, "u/") && len(f) > 2, isCode(f), f == ".":
			out = append(out, "|")
			continue
		}
		if i := strings.IndexByte(f, '@'); i > 0 {
			out = append(out, deglue(f[:i])...)
			out = append(out, "|")
			continue
		}
		parts := deglue(f)
		if len(parts) == 1 && parts[0] == f {
			parts = splitGluedMarker(f)
		}
		for k, p := range parts {
			if endLabels[strings.ToLower(p)] {
				out = append(out, parts[:k]...)
				return strings.Join(out, " ")
			}
		}
		out = append(out, parts...)
		// A sentence ends after a long lower-case word with a full stop:
		// "Life is a burning bush. Zeige alle Beiträge von Cem Basman".
		if last := parts[len(parts)-1]; strings.HasSuffix(last, ".") && isSentenceEnd(last) {
			out = append(out, "|")
		}
	}
	return strings.Join(out, " ")
}

// relativeTime matches a relative timestamp printed after a byline ("4
// years ago", "vor 3 Stunden", "il y a 2 jours", "hace 5 horas"): it is
// no part of a name. "vor" may be glued to the name before it: pages
// print the two in adjacent elements ("Jane Doevor 5 Stunden").
var relativeTime = regexp.MustCompile(`(?i)\b\d+\s+(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|vor\s+\d+\s+(sekunden?|minuten?|stunden?|tag(en)?|wochen?|monat(en)?|jahr(en)?)\b|\bil y a\s+\d+\s+(secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)\b|\bhace\s+\d+\s+(segundos?|minutos?|horas?|días?|semanas?|meses|mes|años?)\b`)

// conversation matches the words that join the two people of an
// interview byline: "Jane Doe im Gespräch mit John Smith".
var conversation = regexp.MustCompile(`(?i)\s(im gespräch mit|in conversation with|en conversation avec|en conversación con|in conversazione con|in gesprek met)\s`)

// splitGluedMarker splits a label glued to the author marker after it:
// "Beitragvon" → "Beitrag von", "Postedby" → "Posted by".
func splitGluedMarker(f string) []string {
	for _, m := range []string{"von", "by"} {
		if len(f) > len(m)+3 && hasSuffixFold(f, m) {
			head := f[:len(f)-len(m)]
			if classOf(head)&cLabel != 0 {
				return []string{head, f[len(f)-len(m):]}
			}
		}
	}
	return []string{f}
}

// removeBlocks removes the text from each open rune to the next close rune
// (or to the end), replacing it by a space.
func removeBlocks(s string, open, close rune) string {
	if !strings.ContainsRune(s, open) && !strings.ContainsRune(s, close) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	depth := 0
	for _, r := range s {
		switch {
		case r == open:
			depth++
		case r == close:
			if depth > 0 {
				depth--
			}
			b.WriteByte(' ')
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isCode reports whether f is a piece of script code: "$(function()",
// "window._folmq.push", "function", "});". A word followed by a semicolon
// is not: "Reporting by Jane Doe; Editing by John Smith".
func isCode(f string) bool {
	if w, ok := strings.CutSuffix(f, ";"); ok && w != "" && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' && r != '-' && r != '\'' }) < 0 {
		return false
	}
	switch {
	case strings.ContainsAny(f, "$;=\\") || f == "function" || f == "var":
		return true
	case strings.Contains(f, "._") || strings.Contains(f, "()"):
		return true
	}
	// "jQuery.ready", "window.foo": lower-case dotted identifiers that are
	// not host names.
	if i := strings.IndexByte(f, '.'); i > 0 && i < len(f)-1 && !isDomainLike(f) {
		l, r := f[i-1], f[i+1]
		return l >= 'a' && l <= 'z' && r >= 'a' && r <= 'z'
	}
	return false
}

// genderSuffix reports whether s starts with a German gender suffix after
// "*", ":", "/" or "_": "in", "innen" (any case) followed by a non-letter.
func genderSuffix(s string) bool {
	for _, suf := range []string{"innen", "in"} {
		if len(s) >= len(suf) && strings.EqualFold(s[:len(suf)], suf) {
			r, _ := utf8.DecodeRuneInString(s[len(suf):])
			return !unicode.IsLetter(r)
		}
	}
	return false
}

// isSentenceEnd reports whether w (ending in ".") ends a sentence rather
// than an initial or abbreviation: four letters or more, no inner dot, not
// a known abbreviation.
func isSentenceEnd(w string) bool {
	core := strings.TrimRight(w, ".")
	if strings.Contains(core, ".") || utf8.RuneCountInString(core) < 4 || sentenceAbbrevs[strings.ToLower(core)] {
		return false
	}
	return classOf(core)&(cMonth|cWeekday) == 0
}

// removeParens drops parenthesised text; "(avec|with|mit|and|und|et …
// names)" becomes ", names" so that the names are kept.
func removeParens(s string) string {
	if !strings.ContainsAny(s, "()") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			b.WriteString(strings.ReplaceAll(s, ")", " "))
			return Clean(b.String())
		}
		b.WriteString(strings.ReplaceAll(s[:i], ")", " "))
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			j = len(s) - i
		}
		inner := strings.TrimSpace(s[i+1 : i+j])
		first, rest, _ := strings.Cut(inner, " ")
		switch strings.ToLower(first) {
		case "avec", "with", "mit", "and", "und", "et", "y", "e", "con", "met", "med", "z", "s":
			b.WriteString(" , ")
			b.WriteString(rest)
			b.WriteString(" , ")
		default:
			if rest == "" && classOf(first)&cCredit != 0 {
				// "Jane Doe (photography)": a credit for the name before.
				b.WriteString(" , ")
				b.WriteString(strings.TrimRight(first, ":"))
				b.WriteString(" , ")
				break
			}
			b.WriteByte(' ')
		}
		if i+j+1 >= len(s) {
			return Clean(b.String())
		}
		s = s[i+j+1:]
	}
}

// isURL reports whether f is a web address with a scheme or a path
// ("https://…", "example.com/author/jane"). A bare host name such as
// "www.example.com" is not: it may name the publisher.
func isURL(f string) bool {
	if strings.Contains(f, "://") {
		return true
	}
	if i := strings.IndexByte(f, '/'); i > 0 && i < len(f)-1 && isDomainLike(f[:i]) {
		return true
	}
	return false
}

// isEmail reports whether f looks like an e-mail address.
func isEmail(f string) bool {
	at := strings.IndexByte(f, '@')
	if at <= 0 {
		return false
	}
	dom := strings.TrimRight(f[at+1:], ".,;:)")
	return strings.Contains(dom, ".") && isDomainLike(dom)
}

// glueKeyword reports whether a piece of a glued word is a byline keyword
// that can start a new word: a role, label, stop word, month, marker,
// credit, organisation word or "The" ("DoeUpdated", "BlumeStaff",
// "Jervis-BardyThe").
func glueKeyword(piece string) bool {
	c := classOf(piece)
	return c&(cRole|cModifier|cStop|cMonth|cWeekday|cMarker|cLabel|cCredit|cOrg|cArticle) != 0 && c&cParticle == 0
}

// glueLead reports whether the first piece of a glued word is a marker or
// label that precedes a name ("ByJane", "VonJasper", "NewsJoshua").
func glueLead(piece string) bool {
	c := classOf(piece)
	lp := strings.ToLower(piece)
	return c&(cMarker|cLabel|cStop|cSection) != 0 || lp == "von" || lp == "vom"
}

// deglue splits a word that a page glued together without a space, at
// boundaries where one side is a byline keyword: "ByJane" → "By Jane",
// "DoeUpdated" → "Doe Updated", "AdnanFebruary" → "Adnan February",
// "WagnerNEWS" → "Wagner NEWS", "Nolan22" → "Nolan 22", "2026Updated" →
// "2026 Updated". Names such as "McDonald", "DiChristopher" or user names
// such as "Bo2man" are left alone.
func deglue(f string) []string {
	if len(f) < 4 {
		return []string{f}
	}
	// Repeated "By" ("Byby").
	if len(f)%2 == 0 && strings.Trim(f, "byBY") == "" && strings.EqualFold(f[:2], "by") {
		return []string{"By"}
	}
	if !mayBeGlued(f) {
		return []string{f}
	}
	runes := []rune(f)
	var cuts []int
	last := func() int {
		if len(cuts) == 0 {
			return 0
		}
		return cuts[len(cuts)-1]
	}
	for i := 1; i < len(runes); i++ {
		p, r := runes[i-1], runes[i]
		switch {
		case unicode.IsLetter(p) && unicode.IsDigit(r):
			// "Nolan22 Dec", "Whorms12:43": a capitalised word of three
			// letters or more, then a number that ends the token or is
			// followed by punctuation.
			left := runes[last():i]
			k := i
			for k < len(runes) && unicode.IsDigit(runes[k]) {
				k++
			}
			uncased := len(left) > 0 && isUncasedScript(left[len(left)-1])
			if k == len(runes) && k-i == 1 && !uncased {
				// "Marianne1": one digit ending the word is a user
				// name's, not a glued day or time.
				continue
			}
			if (uncased || len(left) >= 3 && isTitleWord(string(left))) && (k == len(runes) || !unicode.IsLetter(runes[k])) {
				cuts = append(cuts, i)
			}
		case unicode.IsDigit(p) && unicode.IsLetter(r):
			// "2026Updated": only after a number with no letters before it.
			hasLetter := false
			for _, q := range runes[last():i] {
				if unicode.IsLetter(q) {
					hasLetter = true
				}
			}
			if !hasLetter {
				cuts = append(cuts, i)
			}
		case unicode.IsLower(p) && unicode.IsUpper(r):
			if i+2 < len(runes) && unicode.IsUpper(runes[i+1]) && unicode.IsUpper(runes[i+2]) {
				cuts = append(cuts, i) // "WagnerNEWS", but not "WebMD"
				continue
			}
			left := string(runes[last():i])
			right := string(runes[i:wordEnd(runes, i)])
			if glueKeyword(right) || classOf(left)&cMarker != 0 || last() == 0 && glueLead(left) {
				cuts = append(cuts, i)
			}
		case unicode.IsUpper(p) && unicode.IsUpper(r) && i+1 < len(runes) && unicode.IsLower(runes[i+1]):
			// "NEWSDec", "PMComments": the last capital starts a new word.
			if glueKeyword(string(runes[i:wordEnd(runes, i)])) {
				cuts = append(cuts, i)
			}
		}
	}
	if len(cuts) == 0 {
		return []string{f}
	}
	out := make([]string, 0, len(cuts)+1)
	prev := 0
	for _, c := range cuts {
		if c > prev {
			out = append(out, string(runes[prev:c]))
		}
		prev = c
	}
	return append(out, string(runes[prev:]))
}

// mayBeGlued reports whether f has a boundary deglue looks at: a lower-case
// letter before a capital, a capital before a capital and a lower-case
// letter, or a letter next to a digit.
func mayBeGlued(f string) bool {
	var p, q rune
	for _, r := range f {
		switch {
		case unicode.IsLower(q) && unicode.IsUpper(r),
			unicode.IsUpper(p) && unicode.IsUpper(q) && unicode.IsLower(r),
			unicode.IsLetter(q) && unicode.IsDigit(r), unicode.IsDigit(q) && unicode.IsLetter(r):
			return true
		}
		p, q = q, r
	}
	return false
}

// wordEnd returns the end of the glued word piece starting at i: the next
// lower-to-upper boundary or non-letter, or len(runes).
func wordEnd(runes []rune, i int) int {
	for k := i + 1; k < len(runes); k++ {
		if unicode.IsUpper(runes[k]) && unicode.IsLower(runes[k-1]) || !unicode.IsLetter(runes[k]) {
			return k
		}
	}
	return len(runes)
}

// splitParts splits a prepared byline at separator characters and spaced
// dashes. Empty parts are dropped.
func splitParts(s string) []string {
	var parts []string
	start := 0
	add := func(end int) {
		if p := strings.TrimSpace(s[start:end]); p != "" {
			parts = append(parts, p)
		}
	}
	for i, r := range s {
		switch r {
		case ',', ';', '|', '/', '·', '•', '、', '，', '；', '／', '｜', '¦', '∙', '⋅':
			add(i)
			start = i + utf8.RuneLen(r)
		case '-', '–', '—', '―', '~':
			// Only a free-standing dash separates ("Jane Doe - Reporter").
			size := utf8.RuneLen(r)
			if (i == 0 || s[i-1] == ' ') && (i+size == len(s) || s[i+size] == ' ') {
				add(i)
				start = i + size
			}
		}
		if len(parts) > 4*maxAuthors {
			return parts
		}
	}
	add(len(s))
	return parts
}

// invertedName recognises "Doe, Jane" (and "Jong, Michiel de"): exactly two
// comma parts, a capitalised surname and one given name (or a given name
// and an initial) with optional particles. It returns "Jane Doe".
func invertedName(parts []string) (string, bool) {
	if len(parts) != 2 {
		return "", false
	}
	last := strings.Fields(parts[0])
	given := strings.Fields(parts[1])
	if len(last) != 1 || len(given) == 0 || len(given) > 3 {
		return "", false
	}
	if !isTitleWord(last[0]) || hasDigit(last[0]) || classOf(last[0]) != 0 || isDomainLike(last[0]) {
		return "", false
	}
	var particles []string
	for len(given) > 1 && classOf(given[len(given)-1])&cParticle != 0 && !isUpperWord(given[len(given)-1]) {
		particles = append([]string{given[len(given)-1]}, particles...)
		given = given[:len(given)-1]
	}
	for _, g := range given {
		if !isTitleWord(g) || hasDigit(g) || classOf(g) != 0 && classOf(g)&cParticle == 0 {
			return "", false
		}
	}
	if len(given) > 2 || len(given) == 2 && !strings.HasSuffix(given[1], ".") {
		// "Doe, John Smith" is two people.
		return "", false
	}
	name := append(append(given, particles...), last[0])
	return strings.Join(name, " "), true
}

// cutRoleClause cuts a part after a job title followed by a preposition:
// "Senior Vice President of Technology and Ad Operations" → "Senior Vice
// President", so that the clause is not split into names at "and".
func cutRoleClause(words []string) []string {
	for i := 1; i+1 < len(words); i++ {
		if !isRoleWord(words[i]) {
			continue
		}
		next := words[i+1]
		if isUpperWord(next) {
			continue
		}
		ln := strings.ToLower(next)
		if classOf(next)&(cPrep|cArticle|cParticle|cParticleMarker) != 0 || ln == "of" || ln == "des" || ln == "du" {
			return words[:i+1]
		}
	}
	return words
}

// splitAnd splits the words of a part at "and"-words and "&". The next word
// must be capitalised; "e", "y", "i" and "en" (also prepositions or
// initials) need a full name of two words or more on each side. A single
// label before the conjunction ("Text & Fotos:") does not split.
func splitAnd(words []string) [][]string {
	var out [][]string
	start := 0
	for i := 1; i < len(words)-1; i++ {
		w := words[i]
		isAmp := w == "&"
		if inList(w, withWords) && i-start >= 2 {
			switch {
			case countNameWords(words[i+1:]) >= 2:
				// "Jane Doe with John Smith": a full name on each side.
				out = append(out, words[start:i])
				start = i + 1
			case !isUpperWord(words[i+1]) || classOf(words[i+1])&cAgency != 0:
				// "Anna Müller mit dpa", "Jane Doe with additional
				// reporting": the rest is no author's name.
				return append(out, words[start:i])
			}
			continue
		}
		if !isAmp && (classOf(w)&cAnd == 0 || strings.Contains(w, ".")) {
			continue
		}
		if !isUpperWord(words[i+1]) {
			continue
		}
		lw := strings.ToLower(w)
		if !isAmp && (utf8.RuneCountInString(lw) == 1 || lw == "en") {
			if w != lw || i-start < 2 || countNameWords(words[i+1:]) < 2 {
				continue
			}
		}
		if i-start == 1 && classOf(words[start])&(cLabel|cCredit) != 0 {
			continue
		}
		out = append(out, words[start:i])
		start = i + 1
	}
	if start < len(words) {
		out = append(out, words[start:])
	}
	return out
}

// withWords join a co-author's name to the byline: "Jane Doe with John
// Smith", "Anna Müller mit Peter Schmidt".
var withWords = []string{"with", "mit", "avec", "con", "com", "met", "med"}

// countNameWords counts the leading capitalised words of words, up to the
// next conjunction.
func countNameWords(words []string) int {
	n := 0
	for _, w := range words {
		if !isUpperWord(w) || w == "&" || classOf(w)&(cAnd|cStop|cPrep) != 0 {
			break
		}
		n++
	}
	return n
}

// trimTokens removes words without letters or digits and punctuation
// around the remaining words, keeping the dot of initials, an apostrophe
// inside a name and a final colon (which marks labels).
func trimTokens(words []string) []string {
	out := make([]string, 0, len(words))
	for _, w := range words {
		colon := strings.HasSuffix(w, ":")
		w = strings.TrimFunc(w, func(r rune) bool {
			return !isWordRune(r) && r != '.' && r != '&'
		})
		w = strings.TrimLeft(w, ".")
		if w == "" || w != "&" && !containsWordRune(w) {
			continue
		}
		if colon {
			w += ":"
		}
		out = append(out, w)
	}
	return out
}

func containsWordRune(s string) bool {
	for _, r := range s {
		if isWordRune(r) {
			return true
		}
	}
	return false
}

// dropColonLabel removes a label ending in a colon within the first words:
// "Autor:", "Written by:", "Datum:", "Text & Fotos:". It reports credit when
// the label credits only other work ("Fotos:"). A colon after what looks
// like a name ("Sara Zinnecker Stand:") is left for cutAtStop.
func dropColonLabel(words []string) ([]string, bool) {
	for i := 0; i < len(words) && i < 6; i++ {
		if !strings.HasSuffix(words[i], ":") {
			continue
		}
		if i == len(words)-1 {
			if i == 0 {
				return nil, false // a label alone: "Autor:", "作者："
			}
			words[i] = strings.TrimSuffix(words[i], ":") // "Jane Doe sagt:"
			return words, false
		}
		label := words[:i+1]
		for j := 1; j < len(label); j++ {
			if isCredit(label, j) && !isLabelRun(words[:j]) {
				return words[:j], false // "Jane Doe Übersetzt von: John Roe"
			}
		}
		if isCreditWords(label) && !hasTextLabel(label) {
			return nil, true
		}
		if i == 0 || isLabelRun(label) || classOf(words[i])&(cLabel|cMarker|cParticleMarker) != 0 {
			return words[i+1:], false
		}
		return words, false
	}
	return words, false
}

// hasTextLabel reports whether a label names the text ("Text", "Words",
// "Autor").
func hasTextLabel(words []string) bool {
	for _, w := range words {
		if textLabels[strings.ToLower(strings.TrimRight(w, ":"))] {
			return true
		}
	}
	return false
}

// dropMarker removes the author marker and what precedes it: "By", "Von",
// "Written by", "Posted on May 1 by", "Artikel von", "Más artículos de".
// An ambiguous marker that is also a name particle ("von", "di", "da",
// "de") only counts at the start, after labels, dates or lower-case words,
// or capitalised after a one-word kicker ("Disko Von Ernst Lohoff").
func dropMarker(words []string) []string {
	for i, w := range words {
		if i == len(words)-1 {
			break
		}
		if inList(w, cjkLabels) && i <= 2 {
			return words[i+1:]
		}
		c := classOf(w)
		if c&(cMarker|cParticleMarker) == 0 {
			continue
		}
		if i > 0 && classOf(words[i-1])&cCredit != 0 {
			return words // "Photos by": a credit, handled later
		}
		if c&cMarker != 0 {
			return words[i+1:]
		}
		next := words[i+1]
		if classOf(next)&cParticle != 0 && !isUpperWord(next) {
			continue // "von der Leyen"
		}
		if i == 0 {
			return words[1:]
		}
		prev := words[i-1]
		if isLabelRun(words[:i]) || classOf(prev)&(cLabel|cRole) != 0 ||
			i == 1 && isUpperWord(w) && countNameWords(words[i+1:]) >= 2 {
			return words[i+1:]
		}
	}
	return words
}

// isLabelRun reports whether words are only labels, markers, articles,
// lower-case words, dates or numbers: what may precede an author marker or
// a label colon. Month and weekday names count only next to a number.
func isLabelRun(words []string) bool {
	dated := false
	for _, w := range words {
		dated = dated || hasDigit(w)
	}
	for _, w := range words {
		c := classOf(w)
		switch {
		case c&(cLabel|cStop|cDatePrep|cTime|cMarker|cArticle|cCredit) != 0:
		case c&(cMonth|cWeekday) != 0 && dated: // "am 1. November 2023"; but "Jan" is also a name
		case inList(strings.TrimRight(w, ":"), cjkLabels):
		case hasDigit(w), w == "&":
		case !isUpperWord(w):
		default:
			return false
		}
	}
	return true
}

// trimLeadingLabels removes labels, lower-case articles and conjunctions
// before a name ("About the author Jane Doe", "View ORCID Profile Jane
// Doe", "Autor Jane Doe", "and John Smith").
func trimLeadingLabels(words []string) []string {
	for len(words) > 1 {
		w := words[0]
		c := classOf(w)
		if c&cLabel != 0 && c&cParticle == 0 || inList(w, cjkLabels) || c&cArticle != 0 && !isUpperWord(w) ||
			w == "&" || c&cAnd != 0 && !isUpperWord(w) && c&cParticle == 0 {
			words = words[1:]
			continue
		}
		break
	}
	return words
}

// dropLeadingJunk removes dates, times and numbers before a name
// ("15.05.2020 07:11 Melanie Wassink"). A part that starts with a
// lower-case preposition ("in Gefühle", "en Territorio") names a place or
// category and is dropped whole.
func dropLeadingJunk(words []string) []string {
	afterNumber := false
	for len(words) > 0 {
		w := words[0]
		c := classOf(w)
		next := len(words) > 1 && (hasDigit(words[1]) || classOf(words[1])&cMonth != 0)
		number := isNumeric(w)
		switch {
		case number:
		case afterNumber && c&cStop != 0: // "8 Minuten", "1 day ago"
		case c&cTime != 0 && c&cParticle == 0 && (!isTitleWord(w) || strings.EqualFold(w, "uhr")):
		case c&cAgo != 0 && !isUpperWord(w):
		case c&(cMonth|cWeekday) != 0 && next:
		case c&cDatePrep != 0 && !isUpperWord(w) && next:
		case c&cPrep != 0 && c&cParticle == 0 && !isUpperWord(w):
			return nil
		default:
			return words
		}
		afterNumber = number
		words = words[1:]
	}
	return words
}

// isNumeric reports whether w is a number, date or time: it has a digit and
// no letters but a time or ordinal suffix ("12:43", "8am", "21.", "3rd").
func isNumeric(w string) bool {
	if !hasDigit(w) {
		return false
	}
	var letters []rune
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters = append(letters, unicode.ToLower(r))
		}
	}
	switch string(letters) {
	case "", "am", "pm", "h", "st", "nd", "rd", "th", "er", "e", "uhr", "min":
		return true
	}
	return false
}

// isUsername reports whether w is a user name with digits ("Bo2man",
// "freeman1984"): letters and digits only, at least two letters.
func isUsername(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r), r == '_', r == '-', r == '.':
		default:
			return false
		}
	}
	return letters >= 2
}

// isCredit reports whether words[i] starts a credit for other work:
// "Photos by", "Fotos:", "Illustration:", "Edited by", "Übersetzt von", a
// bare "Photographs", "イラスト".
func isCredit(words []string, i int) bool {
	w := words[i]
	if inList(strings.TrimRight(w, ":"), cjkCredits) {
		return true
	}
	if classOf(w)&cCredit == 0 {
		return false
	}
	if strings.HasSuffix(w, ":") || len(words) == 1 {
		return true
	}
	if i+1 < len(words) && classOf(words[i+1])&(cMarker|cParticleMarker) != 0 {
		return true
	}
	// "Edited", "Translated", "übersetzt" alone mean the same.
	lw := strings.ToLower(w)
	return strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "setzt")
}

// isCreditWords reports whether a label ending in a colon credits other
// work ("Fotos:", "Photos and video:").
func isCreditWords(words []string) bool {
	for i := range words {
		if isCredit(words, i) || classOf(words[i])&cCredit != 0 {
			return true
		}
	}
	return false
}

// cutAtStop cuts words at the first word that cannot belong to a name: a
// number or date, "Updated", "Reply", "Follow", "for The Post", "aus
// Berlin", "is a reporter", "hace 2 horas", a web address, a possessive
// ("Jane Doe's Most Recent Stories" → "Jane Doe").
func cutAtStop(words []string) []string {
	for i, w := range words {
		if i == 0 {
			c := classOf(w)
			if c&cStop != 0 && c&(cParticle|cLabel) == 0 || hasDigit(w) && !isUsername(w) {
				return nil
			}
			continue
		}
		if base, ok := cutPossessive(w); ok {
			return append(words[:i:i], base)
		}
		if isStop(words, i) {
			return words[:i]
		}
	}
	return words
}

// cutPossessive returns w without a possessive "'s".
func cutPossessive(w string) (string, bool) {
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+1 {
			return strings.TrimSuffix(w, suf), true
		}
	}
	return w, false
}

// isStop reports whether words[i] (i ≥ 1) ends the name.
func isStop(words []string, i int) bool {
	w := words[i]
	if hasDigit(w) || isDomainLike(w) || strings.HasSuffix(w, ":") {
		return true
	}
	c := classOf(w)
	lower := !isUpperWord(w)
	last := i == len(words)-1
	nextLower := !last && !isUpperWord(words[i+1])
	nextDate := !last && (hasDigit(words[i+1]) || classOf(words[i+1])&(cMonth|cWeekday) != 0)
	switch {
	case c&cStop != 0 && c&cParticle == 0:
		return true
	case c&(cMonth|cWeekday) != 0 && (nextDate || hasDigit(words[i-1])):
		return true
	case c&cWeekday != 0 && last && utf8.RuneCountInString(w) > 3:
		return true
	case c&cDatePrep != 0 && lower && nextDate:
		return true
	case c&cAgo != 0 && lower:
		return true
	case c&cPrep != 0 && c&cParticle == 0:
		if lower {
			return classOf(words[i-1])&cOrg == 0 // "Organization for …" stays
		}
		return i >= 2 && !last && isUpperWord(words[i+1]) // "… For The Mail On Sunday"
	case c&cVerb != 0:
		if last && lower && classOf(words[i-1])&cOrg != 0 {
			return false // "Staff and wire reports": the desk's name
		}
		return lower || nextLower // "is a reporter", "Is a Senior …"; but "… Transformative Works"
	case c&cArticle != 0 && i >= 2 && (c&cParticle == 0 || !lower && nextLower):
		return true // "Jane Doe The West Australian", "… La información es de …"
	}
	return false
}

// isCredential reports whether w is an academic degree written as one
// ("PhD", "MD", "M.A."), not a name such as "Ma".
func isCredential(w string) bool {
	if classOf(w)&cCredential == 0 {
		return false
	}
	return isAllCaps(w) || strings.Contains(w, ".") || w == "PhD" || w == "DPhil" || w == "MSc" || w == "BSc"
}

// dropRepeat cuts a name repeated by a following biography: "Jennifer
// Rubin Jennifer Rubin writes …", "Stephanie Bazzle Steph Bazzle covers",
// or printed twice without a space ("Jane DoeJane Doe": a name for small
// screens next to one for large ones).
func dropRepeat(words []string) []string {
	if n := len(words); n >= 3 && n%2 == 1 {
		// "Jane", "DoeJane", "Doe": the middle word glues the two copies.
		h := n / 2
		mid := words[h]
		if k := len(words[n-1]); len(mid) > k && mid[:k] == words[n-1] && slices.Equal(words[:h], append([]string{mid[k:]}, words[h+1:n-1]...)) {
			return append(words[:h:h], words[n-1])
		}
	}
	if len(words) < 3 {
		return words
	}
	for k := 2; k < len(words); k++ {
		if strings.EqualFold(words[k], words[0]) {
			return words[:k]
		}
	}
	for k := 3; k < len(words); k++ {
		if strings.EqualFold(words[k], words[1]) {
			return words[:k-1]
		}
	}
	return words
}

// stripRole removes a job title before or after a name. It returns the
// remaining words and, when only a job title (or a one-word pseudonym with
// a title, "Rasender Reporter") is left, that text.
func stripRole(words []string) ([]string, string) {
	r := -1
	for i, w := range words {
		if isRoleWord(w) {
			r = i
			break
		}
	}
	if r < 0 {
		return words, ""
	}
	before := words[:r]
	for len(before) > 0 {
		w := before[len(before)-1]
		c := classOf(w)
		if c&(cModifier|cArticle) != 0 && c&cParticle == 0 || !isUpperWord(w) && c&cParticle == 0 || isRoleWord(w) ||
			c&cArticle != 0 && isUpperWord(w) || c&cAgency != 0 && len(before) >= 3 {
			// "ANDREW DALTON AP Entertainment Writer": the agency is
			// part of the title.
			before = before[:len(before)-1]
			continue
		}
		break
	}
	switch {
	case len(before) >= 2:
		return before, ""
	case len(before) == 1 && r == 1 && len(words) == 2:
		return nil, strings.Join(words, " ") // "Rasender Reporter"
	case len(before) == 1:
		return before, ""
	}
	// The title comes first: "Senior Reporter Jane Doe", "Korrespondent Max
	// Muster"; but "Director of Education" has no name after it.
	after := words[r+1:]
	for len(after) > 0 && (isRoleWord(after[0]) || classOf(after[0])&cModifier != 0 && isUpperWord(after[0])) {
		after = after[1:]
	}
	if len(after) == 0 || !isUpperWord(after[0]) || strings.EqualFold(after[0], "of") {
		return nil, strings.Join(words, " ")
	}
	return after, ""
}

// isRoleWord reports whether w is a job title word, also inside a compound
// ("Politikredakteurin", "FOCUS-Online-Experte").
func isRoleWord(w string) bool {
	if compoundParts(w, func(p string) bool { return classOf(p)&cRole != 0 }) {
		return true
	}
	for _, suf := range roleSuffixes {
		if len(w) > len(suf)+2 && hasSuffixFold(w, suf) {
			return true
		}
	}
	return false
}

// roleSuffixes end German and Dutch compound job titles.
var roleSuffixes = []string{
	"redakteur", "redakteurin", "korrespondent", "korrespondentin", "reporter", "reporterin",
	"journalist", "journalistin", "kolumnist", "kolumnistin", "redacteur", "verslaggever", "experte", "expertin",
	"autorin", "leiterin", "leiter",
}

// stripCapsTail removes two or more trailing all-capital words from a name
// that is not itself in capitals: "Meg Wagner NEW YORK DAILY NEWS" → "Meg
// Wagner"; a single capitalised surname ("Marie DUPONT") stays.
func stripCapsTail(words []string) []string {
	if len(words) < 4 || isAllCaps(strings.Join(words, " ")) {
		return words
	}
	end := len(words)
	for end > 2 && isAllCaps(words[end-1]) && !isRoman(words[end-1]) && !strings.Contains(words[end-1], ".") {
		end--
	}
	if len(words)-end < 2 {
		return words
	}
	return words[:end]
}

// isRoman reports whether w is a generation suffix such as "II" or "Jr".
func isRoman(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "II", "III", "IV", "V", "VI", "JR", "SR", "Jr", "Sr":
		return true
	}
	return false
}

// personBeforeOrg separates a person from a publication after the name:
// "Kelli Miller WebMD Health News" → "Kelli Miller", "Adam Aaronson
// PhillyVoice Staff" → "Adam Aaronson". The name must look like a person;
// what follows must be a publication of two words or more, or an acronym.
func personBeforeOrg(words []string) []string {
	if len(words) < 3 || isAllCaps(strings.Join(words, " ")) || classOf(words[0])&cArticle != 0 ||
		!IsOrganization(strings.Join(words, " ")) {
		return words
	}
	for k := min(len(words)-1, 4); k >= 2; k-- {
		rest := words[k:]
		if len(rest) < 2 && !isAllCaps(rest[0]) || !isUpperWord(rest[0]) || !isPublication(rest) {
			continue
		}
		name := strings.Join(words[:k], " ")
		if LooksLikeName(name) && !IsOrganization(name) && (IsOrganization(strings.Join(rest, " ")) || isWeakOrgName(rest)) {
			return words[:k]
		}
	}
	return words
}

// personAfterOrg separates a person from a publication or section before
// the name: "Tech Insider Alex Perry" → "Alex Perry".
func personAfterOrg(words []string) []string {
	if len(words) < 3 || isAllCaps(strings.Join(words, " ")) || classOf(words[0])&cOrg != 0 {
		return words // "Redaktion Polizeiticker Schweiz" is a desk
	}
	for k := 1; k <= 3 && len(words)-k >= 2; k++ {
		head, rest := words[:k], words[k:]
		allUpper := true
		for _, w := range head {
			allUpper = allUpper && isUpperWord(w)
		}
		name := strings.Join(rest, " ")
		if allUpper && isPublication(head) && LooksLikeName(name) && !IsOrganization(name) && !isPublication(rest) {
			return rest
		}
	}
	return words
}

// isPublication reports whether words name a publication, agency or desk:
// a media or organisation word ("News", "Post", "Staff"), an agency, or an
// acronym ("WebMD", "NEW YORK DAILY NEWS").
func isPublication(words []string) bool {
	for _, w := range words {
		c := classOf(w)
		if c&(cMedia|cOrgWeak|cAgency) != 0 || deskWords[strings.ToLower(w)] || hasAcronym([]string{w}) ||
			hasOrgSuffix(w) {
			return true
		}
	}
	return false
}

// deskWords name a newsroom desk or team.
var deskWords = map[string]bool{
	"staff": true, "team": true, "desk": true, "newsdesk": true, "newsroom": true, "redaktion": true,
	"rédaction": true, "redacción": true, "redazione": true, "redactie": true, "editors": true,
}

// isWeakOrgName reports whether a multi-word name ends in a publication
// word ("Washington Post", "Daily Star"): an organisation in a byline.
func isWeakOrgName(words []string) bool {
	if len(words) < 2 {
		return false
	}
	return classOf(words[len(words)-1])&cOrgWeak != 0 && isUpperWord(words[len(words)-1])
}

// isWeakName reports whether words can stand as a fallback name when no
// person is found: one word that is not a label, date, site section,
// or interface word ("Paul", "mady", "EvilSpark", "happyface313"; not
// "Kultur").
func isWeakName(words []string) bool {
	if len(words) != 1 {
		return false
	}
	w := words[0]
	if utf8.RuneCountInString(w) > maxWeakRunes || firstLetter(w) == 0 || hasDigit(w) && !isUsername(w) {
		return false
	}
	c := classOf(w)
	return c&(cStop|cLabel|cMarker|cParticleMarker|cCredit|cAnd|cPrep|cMonth|cWeekday|cCredential|cArticle|cTime|cSection) == 0
}
