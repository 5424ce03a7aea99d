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
