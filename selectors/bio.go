package selectors

// bioRules find the bio text inside an author box.
var bioRules = []Rule{
	{Selector: `.saboxplugin-desc, .author-description, .author-bio-text, .author__bio, .author-bio p, .bio, [itemprop="description"]`, Note: "bio elements of author box plugins and microdata"},
	{Selector: `[class*="bio" i]:not([class*="biog" i]), [class*="description" i], .card-text`, Note: "bio in BEM, CSS-module and Bootstrap card class names"},
}
