package selectors

// headingRules find section headings that a CMS marks with classes instead
// of h2–h6. Bold-only paragraphs are recognised by the resolver itself.
var headingRules = []Rule{
	{Selector: `.crosshead, .cross-head, .subhead, .sub-head, .subheading, .sub-heading, .intertitle, .inter-title, .zwischentitel, .article-subheading`, Note: "crosshead classes"},
	{Selector: `[class*="crosshead" i], [class*="subhead" i]:not([class*="subheadline" i]), [class*="intertitle" i], [class*="zwischentitel" i]`, Note: "crosshead classes in BEM and CSS-module names"},
}

// bodyRules find the article body container. They help when readability
// picks less than the page's own body container holds.
var bodyRules = []Rule{
	{Selector: `[itemprop="articleBody"]`, Note: "schema.org microdata"},
	{Selector: `.entry-content, .post-content, .article-body, .article__body, .article-content, .story-body, .story-content, .articleBody, .field-name-body, .td-post-content`, Note: "common body classes (WordPress, Drupal, newspaper themes)"},
	{Selector: `[class*="article-body" i], [class*="articlebody" i], [class*="article__body" i], [class*="story-body" i], [class*="ArticleBody"], [data-testid*="article-body" i]`, Note: "body classes in BEM and CSS-module names"},
}
