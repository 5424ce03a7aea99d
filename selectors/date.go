package selectors

import "slices"

// dateRules find visible publication dates.
var dateRules = []Rule{
	{Selector: `[itemprop="datePublished"]`, Note: "schema.org microdata"},
	{Selector: `time[pubdate], time.published, time.entry-date, .entry-date time, .published time`, Note: "WordPress and hAtom"},
	{Selector: `article time[datetime], header time[datetime], .byline time, [class*="byline" i] time`, Note: "a time element near the headline"},
	{Selector: `.published, .post-date, .entry-date, .article-date, .publish-date, .pubdate, .timestamp, .date, .dateline`, Note: "common date classes"},
	{Selector: `[class*="publish" i], [class*="date" i]:not([class*="update" i]):not([class*="validate" i]), [class*="timestamp" i]`, Note: "date classes in BEM and CSS-module names"},
	{Selector: `time[datetime]`, Note: "any time element"},
}

// dateClutterRules find containers whose dates are not the article's own:
// navigation, sidebars, lists of other articles, comments. Share bars and
// menus are not among them: datelines often sit next to share buttons.
var dateClutterRules = []Rule{
	{Selector: `nav, footer, [role="navigation"], [role="contentinfo"]`, Note: "navigation and footers"},
	{Selector: `[class*="popular" i], [class*="trending" i], [class*="most-read" i], [class*="mostread" i], [class*="most-viewed" i]`, Note: "lists of popular articles"},
	{Selector: `#comments, #respond, #disqus_thread, .comment, [class*="comments" i], [id*="comments" i], [class*="comment-"], [class*="comment_"], [id*="comment-"]`, Note: "comment sections and their dates (not opinion \"Comment\" articles)"},
	{Selector: `blockquote`, Note: "quotes and embedded posts (tweets end with their own date)"},
	{Selector: `figure, figcaption, .wp-caption`, Note: "figures: a caption dates the photo"},
	{Selector: `#wm-ipp-base, #wm-ipp`, Note: "the Wayback Machine's toolbar on archived pages, with its capture dates"},
}

// dateSideRules find side columns: clutter when they list other pages,
// but some sites print the article's date and byline in one.
var dateSideRules = []Rule{
	{Selector: `aside, [role="complementary"], [class*="sidebar" i], [id*="sidebar" i]`, Note: "asides and sidebars"},
}

// DateSide matches side columns (asides, sidebars); their dates are
// clutter when they hold lists of links. It is compiled once and safe for
// concurrent use.
var DateSide = mustMatcher("date_side", dateSideRules)

// DateClutter matches containers whose dates are not the article's own:
// the containers of dateClutterRules and of the related-links rules. It is
// compiled once and safe for
// concurrent use.
var DateClutter = mustMatcher("date_clutter", slices.Concat(dateClutterRules, relatedRules))

// mustMatcher compiles built-in rules; an invalid one is a programming
// error that every test run catches.
func mustMatcher(f Field, rules []Rule) Matcher {
	out := make(Matcher, len(rules))
	copy(out, rules)
	for i := range out {
		if err := out[i].compile(f); err != nil {
			panic(err)
		}
	}
	return out
}
