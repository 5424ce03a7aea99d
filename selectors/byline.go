package selectors

// bylineRules find the printed author line or the author's name element.
// The last rule is the weakest (see the note on it).
var bylineRules = []Rule{
	{Selector: `[itemprop="author"]`, Note: "schema.org microdata author (Person or text)"},
	{Selector: `.byline, .by-line, .article-byline, .post-byline, .entry-byline, .byline-author, .author-byline`, Note: "common byline classes"},
	{Selector: `[class*="byline" i], [data-testid*="byline" i], [data-component*="byline" i]`, Note: "byline in BEM and CSS-module class names"},
	{Selector: `a[rel~="author"], .writer, .journalist, .author-name, .author_name, .authorName, .entry-author, .post-author, .meta-author, .posted-by, .vcard .fn, .article-author, .article__author, .story-author`, Note: "author name elements of WordPress and common themes"},
	{Selector: `[class*="author-name" i], [class*="authorname" i], [class*="author__name" i], [class*="AuthorName"], .author, address`, Note: "looser author name elements"},
	{Selector: `a[href*="/author/" i], a[href*="/authors/" i], a[href*="/autor/" i], a[href*="/autoren/" i], a[href*="/auteur/" i], a[href*="/autore/" i], a[href*="/journalist/" i], a[href*="/editors/" i], a[href*="/contributors/" i], a[href*="/contributor/" i], a[href*="/writers/" i], a[href*="/columnists/" i], a[href*="/reporters/" i], a[href*="/experts/" i], a[href*="/expert/" i]`, Note: "links to the author's page (a think tank's expert), when the byline element has no telling class"},
	{Selector: `p[style*="text-align:right" i] > strong:only-child, p[style*="text-align: right" i] > strong:only-child, p[align="right" i] > strong:only-child, p.author_mail > strong`, Note: "the author's name signed in bold at the end of the body (Vietnamese and other news sites)"},
	// The last rule is the weakest: its matches count only near the
	// headline, or when they name a person the metadata also names.
	{Selector: `[class*="author" i]:not(html):not(body):not(main):not(article):not(section):not(img):not(picture):not(figure):not(svg):not(time), [id*="author" i]:not(html):not(body):not(main):not(article):not(section):not(img):not(picture):not(figure):not(svg):not(time), [class*="autor" i]:not(html):not(body):not(main):not(article):not(section):not(img):not(picture):not(figure):not(svg):not(time), [class*="byl" i]:not(html):not(body):not(main):not(article):not(section):not(img):not(picture):not(figure):not(svg):not(time)`, Note: "any element whose class or id names the author"},
}

// authorBoxRules find the box about the author near the article.
var authorBoxRules = []Rule{
	{Selector: `.saboxplugin-wrap, .author-box, .author-bio, .authorbox, .about-author, .author-info, .author-card, .author-profile, .post-author-box, .entry-author-box, .author-details, .author-wrap`, Note: "WordPress author box plugins and themes"},
	{Selector: `[class*="author-box" i], [class*="authorbox" i], [class*="author-bio" i], [class*="authorbio" i], [class*="author-info" i], [class*="author-card" i], [class*="authorcard" i], [class*="about-author" i], [class*="AuthorBio"], [class*="AuthorCard"], [data-testid*="author-bio" i]`, Note: "author boxes in BEM and CSS-module class names"},
	{Selector: `[itemprop="author"][itemscope]`, Note: "microdata author Person"},
}
