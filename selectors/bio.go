package selectors

import "regexp"

// bioRules find the bio text inside an author box.
var bioRules = []Rule{
	{Selector: `.saboxplugin-desc, .author-description, .author-bio-text, .author__bio, .author-bio p, .bio, [itemprop="description"]`, Note: "bio elements of author box plugins and microdata"},
	{Selector: `[class*="bio" i]:not([class*="biog" i]), [class*="description" i], .card-text`, Note: "bio in BEM, CSS-module and Bootstrap card class names"},
}

// NotBio matches the texts an author box or a Person's description holds
// that are no bio: a follow or subscribe prompt, a template's filler.
var NotBio = regexp.MustCompile(`(?i)^\W*(follow (me|us|him|her)\b|enter your e-?mail|subscribe\b|sign up\b|text bio\W*$|bio\W*$|biography\W*$|lorem ipsum)`)
