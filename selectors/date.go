package selectors

// dateRules find visible publication dates.
var dateRules = []Rule{
	{Selector: `[itemprop="datePublished"]`, Note: "schema.org microdata"},
	{Selector: `time[pubdate], time.published, time.entry-date, .entry-date time, .published time`, Note: "WordPress and hAtom"},
	{Selector: `article time[datetime], header time[datetime], .byline time, [class*="byline" i] time`, Note: "a time element near the headline"},
	{Selector: `.published, .post-date, .entry-date, .article-date, .publish-date, .pubdate, .timestamp, .date, .dateline`, Note: "common date classes"},
	{Selector: `[class*="publish" i], [class*="date" i]:not([class*="update" i]):not([class*="validate" i]), [class*="timestamp" i]`, Note: "date classes in BEM and CSS-module names"},
	{Selector: `time[datetime]`, Note: "any time element"},
}
