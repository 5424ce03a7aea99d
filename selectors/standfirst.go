package selectors

// standfirstRules find the dek shown under the headline. Candidates are
// checked for length and against the headline and body by the resolver.
var standfirstRules = []Rule{
	{Selector: `[itemprop="alternativeHeadline"], [itemprop="description"]:not(meta)`, Note: "schema.org microdata"},
	{Selector: `.standfirst, .dek, .deck, .article-dek, .entry-subtitle, .post-subtitle, .article-subtitle, .subtitle, .sub-title, .subheadline, .sub-headline, .strapline, .article-summary, .article__summary, .article-lead, .article__lead, .lede, .lead, .intro, .article-intro, .article__intro, .excerpt, .post-excerpt, .teaser-text, .summary, .article-description, .article__description`, Note: "common class names for the dek"},
	{Selector: `[class*="standfirst" i], [class*="dek" i]:not([class*="desk" i]), [class*="subtitle" i], [class*="subheadline" i], [class*="sub-headline" i], [class*="summary" i], [class*="intro" i]:not([class*="introduc" i]), [class*="lead" i]:not([class*="leader" i]):not([class*="mislead" i]):not([class*="headline" i]), [class*="excerpt" i], [class*="subheading" i], [class*="abstract" i], [class*="subline" i], [class*="teaser" i], [data-testid*="dek" i], [data-testid*="summary" i], [data-testid*="subtitle" i]`, Note: "class names containing the usual words, incl. BEM and CSS-module variants"},
	{Selector: `header h2, .article-header h2, .entry-header h2`, Note: "an h2 in the article header"},
}
