package selectors

// headlineRules find the element that shows the article's title. The
// resolver cross-checks each against og:title, JSON-LD headline and <title>.
var headlineRules = []Rule{
	{Selector: `[itemprop="headline"]`, Note: "schema.org microdata"},
	{Selector: `h1.entry-title, h1.post-title, h1.article-title, h1.headline, h1.title`, Note: "WordPress and common themes"},
	{Selector: `h1[class*="headline" i], h1[class*="title" i], h1[data-testid*="headline" i]`, Note: "class names with headline/title, incl. CSS-module hashes"},
	{Selector: `article h1, main h1, [role="main"] h1`, Note: "the h1 inside the article or main landmark"},
	{Selector: `h1`, Note: "any h1"},
	{Selector: `h2`, Note: "an h2 that agrees with a declared title: sites that print the headline in an h2 and use the h1 for a breadcrumb or logo"},
}
