// Package lang detects the language of a text with a small pure-Go
// trigram detector (github.com/abadojack/whatlanggo) and names it with an
// ISO 639-1 code.
package lang

import (
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// sample is how many bytes of text are looked at: detection cost grows with
// the text and a few paragraphs decide as well as the whole article.
const sample = 3000

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
	info := whatlanggo.Detect(s)
	code = codes[info.Lang]
	if code == "" {
		return "", false
	}
	return code, info.IsReliable()
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
