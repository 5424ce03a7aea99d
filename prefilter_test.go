package scoop

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLabelRegexpPrefilter checks that the prefilter never changes a
// result: every label regexp answers like the plain regexp.
func TestLabelRegexpPrefilter(t *testing.T) {
	t.Parallel()
	res := map[string]*labelRegexp{
		"boilerplate": boilerplateBlock, "credit": creditLine, "prefix": bylinePrefix,
		"label": bylineLabel, "caption": captionStart, "bio": bioLinkText,
		"written": writtenBy, "time": timeWord,
	}
	for name, u := range map[string]labelRegexps{"next": readNextLine, "only": readNextOnly, "heading": readNextHeading} {
		for i, l := range u {
			res[fmt.Sprint(name, i)] = l
		}
	}
	texts := []string{
		"", " ", "Advertisement", "  — ADVERTISEMENT —", "РЕКЛАМА", "Реклама", "广告", "»广告«",
		"Read more: The title", "→ Lesen Sie auch: Titel", "Foto: dpa", "FOTO: dpa", "Źródło: PAP",
		"By Jane Doe", "by jane", "Von Max Muster", "Autor:", "Text und Interview: A", "Par Jean",
		"Written by", "AUTHOR", "12:30", "Uhr", "à", "À", "von links", "(l-r) A, B",
		"Read the full bio", "full bio", "Kontakt", "KONTAKT", "\u212Aontakt", "ſource: x",
		"Plain paragraph text that says nothing.", "\xff\xfeinvalid", "éditorial", "Übersicht",
		"Читайте также: заголовок", "a", "1 comments", "42 Kommentare", "Kommentare",
	}
	variants := func(s string) []string {
		return []string{s, strings.ToUpper(s), strings.ToLower(s), "  " + s, "\u00a0" + s}
	}
	for name, l := range res {
		assert.True(t, l.filter || name == "next1" || name == "only1" || name == "heading1", name)
		plain := regexp.MustCompile(l.String())
		for _, s := range texts {
			for _, v := range variants(s) {
				assert.Equal(t, plain.MatchString(v), l.MatchString(v), "%s %q", name, v)
			}
		}
	}
	// The read-next unions answer like the single regexp they split.
	label := strings.Replace(readNextLabel, "(vidéos|articles) sur", "([\\pL]+ et )?(vidéos|articles) sur", 1)
	whole := regexp.MustCompile(`(?i)^\W*(` + label + `)\s*[:»›]\s*\S.{0,200}$`)
	texts = append(texts, "Infos et vidéos sur le même sujet: x", "Vidéos sur le sujet : y", "Lire aussi : z")
	for _, s := range texts {
		for _, v := range variants(s) {
			assert.Equal(t, whole.MatchString(v), readNextLine.MatchString(v), "%q", v)
		}
	}
}

// FuzzLabelRegexp checks on any text that every prefiltered regexp
// answers like the plain regexp it wraps.
func FuzzLabelRegexp(f *testing.F) {
	for _, s := range []string{"Read more: x", "By Jane", "Foto: dpa", "广告", "Kommentare", "\u212Aontakt", "ſource: x"} {
		f.Add(s)
	}
	all := []*labelRegexp{boilerplateBlock, creditLine, bylinePrefix, bylineLabel, captionStart, bioLinkText, writtenBy, timeWord}
	for _, u := range []labelRegexps{readNextLine, readNextOnly, readNextHeading} {
		all = append(all, u...)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, l := range all {
			if got, want := l.MatchString(s), l.Regexp.MatchString(s); got != want {
				t.Fatalf("%s on %q: prefiltered %v, plain %v", l.String(), s, got, want)
			}
		}
	})
}

// anyTexts are texts for the unanchored prefiltered regexps: appeals in
// several languages and case forms, and texts that hold none.
var anyTexts = []string{
	"", "Subscribe now to read more.", "Sign up for our newsletter", "SIGN UP FOR OUR NEWSLETTER",
	"Follow us on Twitter", "Download the app for iOS", "Abonnieren Sie unseren Newsletter",
	"Suscríbete a nuestro canal", "この記事は会員限定です。", "下載APP", "Want more stories like this?",
	"The council passed the budget after a long debate.", "ſubscribe now", "\u212Aeep reading",
	"\xff\xfeinvalid", "Officials urged residents to sign up for alerts.",
	"Get a weekly roundup in your inbox instead.", "Join our WhatsApp community", "SCAN THE QR CODE", "Hier findest du alle Infos!",
}

// TestAnyRegexpPrefilter checks that callToAction and tailAppeal have a
// prefilter and answer like the plain regexps.
func TestAnyRegexpPrefilter(t *testing.T) {
	t.Parallel()
	for name, re := range map[string]*anyRegexp{"callToAction": callToAction, "tailAppeal": tailAppeal} {
		require.NotNil(t, re.need, "%s has a literal in every branch", name)
		for _, s := range anyTexts {
			for _, v := range []string{s, strings.ToUpper(s), strings.ToLower(s), "  " + s + " ", "x. " + s} {
				assert.Equal(t, re.Regexp.MatchString(v), re.MatchString(v), "%s %q", name, v)
			}
		}
	}
	assert.True(t, tailAppeal.MatchString("Get a weekly roundup in your inbox instead."))
	assert.True(t, callToAction.MatchString("Sign up for our newsletter"))
	assert.False(t, callToAction.MatchString("The council passed the budget after a long debate."))

	for pattern, prefiltered := range map[string]bool{
		`(?i)\b(foo bar|baz qux)\b`: true,
		`(?i)(foo|x)`:               false, // a branch of one rune
		`(?i)(foo|\w+)`:             false, // a branch with no literal
		`abc.{0,4}(def|ghi)`:        true,
	} {
		assert.Equal(t, prefiltered, mustAnyRegexp(pattern).need != nil, pattern)
	}
}

// FuzzAnyRegexp checks on any text that the prefiltered unanchored
// regexps answer like the plain ones.
func FuzzAnyRegexp(f *testing.F) {
	for _, s := range anyTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := callToAction.MatchString(s), callToAction.Regexp.MatchString(s); got != want {
			t.Fatalf("callToAction on %q: prefiltered %v, plain %v", s, got, want)
		}
		if got, want := tailAppeal.MatchString(s), tailAppeal.Regexp.MatchString(s); got != want {
			t.Fatalf("tailAppeal on %q: prefiltered %v, plain %v", s, got, want)
		}
	})
}
