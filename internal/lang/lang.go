// Package lang detects the language of a text with a small pure-Go
// trigram detector (github.com/abadojack/whatlanggo) and names it with an
// ISO 639-1 code.
package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
	"golang.org/x/text/language"
)

// sample is how many bytes of text are looked at: detection cost grows with
// the text and a few paragraphs decide as well as the whole article.
const sample = 1500

// codes maps whatlanggo's languages to ISO 639-1 codes; built once, never
// modified.
var codes = func() map[whatlanggo.Lang]string {
	m := make(map[whatlanggo.Lang]string, len(whatlanggo.Langs))
	for l := range whatlanggo.Langs {
		m[l] = whatlanggo.LangToStringShort(l)
	}
	return m
}()

// Detect returns the ISO 639-1 code of the language of s and whether the
// detector is confident. Texts under minRunes runes are not judged.
func Detect(s string) (code string, reliable bool) {
	const minRunes = 40
	if len(s) > sample {
		cut := sample
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	if utf8.RuneCountInString(s) < minRunes {
		return "", false
	}
	s, kana := mainScript(s)
	if kana {
		return "ja", true
	}
	info := whatlanggo.Detect(s)
	code = codes[info.Lang]
	if code == "" {
		return "", false
	}
	return code, info.IsReliable()
}

// mainScript drops Latin letters from s when another script holds at
// least a third of its letters: pages in Devanagari, Cyrillic or Arabic
// often carry Latin names and template lines that would otherwise outvote
// the text's own script. kana reports Han text with a tenth or more of
// Hiragana or Katakana, which is Japanese (Chinese never writes kana).
func mainScript(s string) (out string, kana bool) {
	var latin, other, han, kn int
	for _, r := range s {
		switch {
		case !unicode.IsLetter(r):
		case r < 0x250 || unicode.Is(unicode.Latin, r):
			latin++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			kn++
			other++
		case unicode.Is(unicode.Han, r):
			han++
			other++
		default:
			other++
		}
	}
	if kn > 0 && kn*10 >= han+kn && (han+kn)*3 >= latin+other {
		return s, true
	}
	if latin == 0 || other*2 < latin {
		return s, false
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) && (r < 0x250 || unicode.Is(unicode.Latin, r)) {
			return ' '
		}
		return r
	}, s), false
}

// scripts maps languages to the script they are written in, for telling
// whether a text can be in a declared language at all.
var scripts = map[string]string{
	"ru": "Cyrillic", "uk": "Cyrillic", "bg": "Cyrillic", "sr": "Cyrillic", "mk": "Cyrillic", "be": "Cyrillic", "kk": "Cyrillic",
	"ar": "Arabic", "fa": "Arabic", "ur": "Arabic", "he": "Hebrew", "yi": "Hebrew", "el": "Greek",
	"zh": "Han", "ja": "Han", "ko": "Hangul", "hi": "Devanagari", "mr": "Devanagari", "ne": "Devanagari", "th": "Thai",
	"ka": "Georgian", "hy": "Armenian", "bn": "Bengali", "ta": "Tamil", "te": "Telugu", "gu": "Gujarati", "pa": "Gurmukhi",
	"km": "Khmer", "am": "Ethiopic", "si": "Sinhala", "my": "Myanmar", "lo": "Lao", "kn": "Kannada", "ml": "Malayalam",
}

// Script returns the script a language code is written in: "Latin" for
// languages not in the table.
func Script(code string) string {
	if s, ok := scripts[code]; ok {
		return s
	}
	return "Latin"
}

// Normalize returns the language tag with its primary subtag in ISO 639-1
// where the language has such a code: "eng" and "en" alike give "en",
// "ger-DE" gives "de-DE", the deprecated "iw" gives "he". Other subtags are
// kept as given; a tag it cannot read is returned unchanged.
func Normalize(tag string) string {
	primary, rest, _ := strings.Cut(tag, "-")
	if len(primary) == 2 && primary != "iw" && primary != "in" && primary != "ji" {
		return tag
	}
	t, err := language.Parse(primary)
	if err != nil {
		return tag
	}
	b, conf := t.Base()
	code := b.String()
	if conf != language.Exact || len(code) != 2 {
		return tag
	}
	if rest != "" {
		return code + "-" + rest
	}
	return code
}
