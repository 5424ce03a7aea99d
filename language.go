package scoop

import (
	"strings"

	"github.com/newsscoop/scoop/internal/lang"
)

// resolveLanguage returns the language the page declares (html lang,
// content-language, og:locale, JSON-LD inLanguage) unless the body text is
// plainly in another language: templates often declare a site default.
// With no declaration, the language detected from the text.
func (p *page) resolveLanguage() string {
	declared := ""
	cands := []string{p.meta.Lang, p.meta.Tag("content-language", "dc.language", "language"), p.meta.Tag("og:locale")}
	if p.art != nil {
		cands = append([]string{p.art.InLanguage}, cands...)
	}
	for _, c := range cands {
		if t := trimLang(c); t != "" {
			declared = lang.Normalize(t)
			break
		}
	}
	sample := p.headline + "\n" + p.standfirst + "\n" + p.body.text
	detected, reliable := lang.Detect(sample)
	if declared == "" || detected == "" || samePrimary(declared, detected) {
		if declared == "" {
			return detected
		}
		return declared
	}
	primary, _, _ := strings.Cut(declared, "-")
	switch {
	case lang.Script(primary) != lang.Script(detected) && reliable:
		// The text cannot be in the declared language: a template's
		// default (lang="en" on a Russian page).
		return detected
	case primary == "en" && reliable && len(p.body.text) > 1000:
		// English is the default of most CMS templates; a long text
		// plainly in another language of the same script wins.
		return detected
	}
	return declared
}

func samePrimary(a, b string) bool {
	pa, _, _ := strings.Cut(strings.ToLower(a), "-")
	pb, _, _ := strings.Cut(strings.ToLower(b), "-")
	return pa == pb
}
