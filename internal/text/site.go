package text

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// A site name is compared through keys: lower case, accents removed,
// leading "www." / "The" and trailing top-level domains dropped, and
// everything but letters and digits removed, so "The Meridian Post",
// "meridianpost.com" and "MERIDIAN POST" share the key "meridianpost".
// German umlauts get a second key spelled out ("Süddeutsche" →
// "sueddeutsche") to meet host names.

// siteKeySet holds the keys of the known site names. full keys must match
// a whole title part (or start it, for long keys); label keys come from
// host-name labels ("nytimes" from www.nytimes.com) and may also be a part
// of a title segment's key ("cnet" in "CNET Japan").
type siteKeySet struct {
	full  []string
	label []string
}

func (k siteKeySet) empty() bool { return len(k.full) == 0 && len(k.label) == 0 }

// genericLabels are host-name labels that say nothing about the site.
var genericLabels = map[string]bool{
	"www": true, "www1": true, "www2": true, "www3": true, "m": true, "mobile": true, "amp": true,
	"news": true, "blog": true, "blogs": true, "edition": true, "home": true, "web": true, "online": true,
	"beta": true, "en": true, "de": true, "fr": true, "es": true, "it": true, "ww": true, "article": true,
	"articles": true, "story": true, "static": true, "cdn": true, "go": true, "co": true, "com": true,
	"org": true, "net": true, "blogspot": true, "wordpress": true, "medium": true, "substack": true,
	"web.archive": true, "archive": true,
}

// siteKeys computes the keys of names. Each name gives its own key(s),
// the keys of its parts when it contains title separators ("Aktuálně.cz -
// Víte, co se právě děje" also gives "aktualne"), and, for host names, the
// keys of its meaningful labels.
func siteKeys(names []string) siteKeySet {
	var ks siteKeySet
	add := func(dst *[]string, k string) {
		if len(k) < 2 {
			return
		}
		for _, have := range *dst {
			if have == k {
				return
			}
		}
		*dst = append(*dst, k)
	}
	for _, name := range names {
		name = Clean(name)
		if name == "" || len(name) > 300 {
			continue
		}
		if u := strings.Index(name, "://"); u >= 0 {
			name = name[u+3:]
		}
		if isHostName(name) {
			host := strings.ToLower(strings.TrimSuffix(strings.SplitN(name, "/", 2)[0], "."))
			k1, k2 := keyForms(host)
			add(&ks.full, k1)
			add(&ks.full, k2)
			labels := strings.Split(host, ".")
			labels = dropTLDs(labels)
			for _, l := range labels {
				if genericLabels[l] {
					continue
				}
				k1, k2 := keyForms(l)
				for _, k := range []string{k1, k2} {
					add(&ks.label, k)
					if len(k) > 6 && strings.HasPrefix(k, "the") {
						add(&ks.label, k[3:]) // theperspective.com: "The Perspective"
					}
				}
			}
			continue
		}
		k1, k2 := keyForms(name)
		add(&ks.full, k1)
		add(&ks.full, k2)
		segs := splitTitle(name)
		if len(segs) > 1 {
			for _, sg := range segs {
				part := name[sg.start:sg.end]
				if isGenericPart(part) {
					continue
				}
				k1, k2 := keyForms(part)
				add(&ks.full, k1)
				add(&ks.full, k2)
			}
		}
	}
	return ks
}

// isGenericPart reports whether a part of a site name is a generic word
// ("News", "Online", "Home") that must not become a key of its own.
func isGenericPart(part string) bool {
	words := strings.Fields(part)
	if len(words) != 1 {
		return false
	}
	return classOf(words[0])&(cMedia|cSection|cOrg) != 0 || len(siteKey(part)) < 3
}

// isHostName reports whether s is a bare host name or URL without spaces,
// such as "www.nytimes.com" or "news.orf.at/stories".
func isHostName(s string) bool {
	if strings.ContainsAny(s, " \t") {
		return false
	}
	return isDomainLike(s) && strings.Count(strings.SplitN(s, "/", 2)[0], ".") >= 1
}

// dropTLDs removes trailing top-level and second-level registry labels
// ("com", "co.uk", "com.br", "or.jp").
func dropTLDs(labels []string) []string {
	for len(labels) > 1 {
		l := labels[len(labels)-1]
		if _, ok := commonTLDs[l]; ok || l == "ac" || l == "gov" || l == "gv" || l == "or" || l == "ne" || l == "edu" || l == "ad" || l == "gob" || l == "gouv" {
			labels = labels[:len(labels)-1]
			continue
		}
		break
	}
	return labels
}

// siteKey returns the comparison key of a site name or title segment.
func siteKey(s string) string {
	k, _ := keyForms(s)
	return k
}

// keyForms returns the key of s and, when s has German umlauts or ß, a
// second key with them spelled out (ü → ue); the second key is "" when it
// would equal the first.
func keyForms(s string) (string, string) {
	s = Clean(s)
	if s == "" {
		return "", ""
	}
	// A domain-like single token loses "www." and its top-level domains.
	if !strings.Contains(s, " ") && strings.Contains(s, ".") && isDomainLike(s) {
		s = strings.ToLower(s)
		if u := strings.Index(s, "://"); u >= 0 {
			s = s[u+3:]
		}
		s = strings.SplitN(s, "/", 2)[0]
		labels := dropTLDs(strings.Split(s, "."))
		for len(labels) > 1 && genericLabels[labels[0]] && labels[0] != "news" {
			labels = labels[1:]
		}
		s = strings.Join(labels, ".")
	}
	if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
		s = s[4:]
	}
	if isASCII(s) {
		buf := make([]byte, 0, len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
				buf = append(buf, c)
			case c >= 'A' && c <= 'Z':
				buf = append(buf, c+'a'-'A')
			}
		}
		return string(buf), ""
	}
	var a strings.Builder
	a.Grow(len(s))
	decomposed := norm.NFKD.String(strings.ToLower(s))
	writeKey(&a, decomposed, false)
	if !strings.ContainsRune(decomposed, '\u0308') {
		return a.String(), ""
	}
	var b strings.Builder
	b.Grow(len(s) + 4)
	writeKey(&b, decomposed, true)
	return a.String(), b.String()
}

// writeKey writes the letters and digits of the decomposed lower-case
// string d to b, dropping combining marks; with umlauts, a combining
// diaeresis is written as "e" (ü = u + ¨ → "ue").
func writeKey(b *strings.Builder, d string, umlauts bool) {
	for _, r := range d {
		switch {
		case unicode.Is(unicode.Mn, r):
			if umlauts && r == '\u0308' {
				b.WriteByte('e')
			}
		case r == 'ß':
			b.WriteString("ss")
		case isWordRune(r):
			b.WriteRune(r)
		}
	}
}

// Loose matching modes for matchesSite.
const (
	matchExact  = iota // whole keys only: groups of several title parts
	matchSuffix        // a single part at the end of a title
	matchPrefix        // a single part at the start, where headlines often start with a company name
	matchLead          // matchPrefix for a part before a dash or pipe: one word more may hold a host label
)

// matchesSite reports whether key k of a title part of n words names one
// of the known sites. Beyond equal keys, a part of a few words may start
// with or start a full key, or contain a host label, unless mode is
// matchExact; at the start of a title (matchPrefix) fewer words are
// allowed.
func matchesSite(k string, n int, mode int, ks siteKeySet) bool {
	if k == "" {
		return false
	}
	maxWords := 5
	switch mode {
	case matchExact:
		maxWords = 0
	case matchPrefix:
		maxWords = 3
	case matchLead:
		maxWords = 4
	}
	for _, f := range ks.full {
		if k == f || len(k) == 2*len(f) && k[:len(f)] == f && k[len(f):] == f {
			return true // also a doubled name: "Netz Für Alle Netz Für Alle"
		}
		if n > maxWords || mode == matchPrefix || mode == matchLead {
			continue
		}
		// "HelloGigglesHelloGiggles", "Metro News" for "Metro", or "読売新聞"
		// for "読売新聞オンライン": one starts the other and the shorter is
		// long enough to be distinctive.
		short, long := k, f
		if len(short) > len(long) {
			short, long = long, short
		}
		if len(short) >= 5 && strings.HasPrefix(long, short) {
			return true
		}
	}
	for _, l := range ks.label {
		if k == l {
			return true
		}
		if n <= maxWords && len(l) >= 4 && strings.Contains(k, l) {
			return true
		}
	}
	return false
}

// matchesSiteText is matchesSite for a raw text, trying all its key forms.
func matchesSiteText(s string, mode int, ks siteKeySet) bool {
	n := countFields(s)
	k1, k2 := keyForms(s)
	return matchesSite(k1, n, mode, ks) || k2 != "" && matchesSite(k2, n, mode, ks)
}

// countFields returns len(strings.Fields(s)) without allocating.
func countFields(s string) int {
	n, in := 0, false
	for _, r := range s {
		if isSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}
