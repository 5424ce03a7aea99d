package selectors

import "regexp"

// tagRules find links to the article's tag pages.
var tagRules = []Rule{
	{Selector: `a[rel~="tag"]:not([rel~="category"])`, Note: "WordPress tag links"},
	{Selector: `.tags a, .post-tags a, .entry-tags a, .tag-links a, .tag-list a, .article-tags a, .keywords a, [class*="tags" i] a`, Note: "tag lists of common themes"},
	{Selector: `a[href*="/tag/"], a[href*="/tags/"], a[href*="/topic/"], a[href*="/topics/"], a[href*="/schlagwort/"], a[href*="/thema/"]`, Note: "links to tag pages, whatever their classes"},
}

// categoryRules find the site section of the article.
var categoryRules = []Rule{
	{Selector: `a[rel~="category"]`, Note: "WordPress category links"},
	{Selector: `.cat-links a, .post-category a, .entry-category a, .article-category, .category a, [class*="category" i] a, [itemprop="articleSection"]`, Note: "category labels of common themes and microdata"},
}

// captionRules and creditRules find the lead image's caption and credit.
var captionRules = []Rule{
	{Selector: `figcaption, .wp-caption-text, .caption, [class*="caption" i], [itemprop="caption"]`, Note: "captions of figures and WordPress images"},
}

var creditRules = []Rule{
	{Selector: `.credit, .image-credit, .photo-credit, .copyright, [class*="credit" i], [itemprop="creditText"], [itemprop="copyrightHolder"]`, Note: "credits of figures"},
}

// PlaceholderTerm matches the category and tag values a CMS fills in when
// the editor chose none ("Uncategorized", WordPress's "Allgemein", the
// post format "Standard") or that
// name a page template rather than a topic ("tags", "front-page").
var PlaceholderTerm = regexp.MustCompile(`(?i)^\W*(uncategori[sz]ed|un-?categori[sz]ed|non classé|sin categoría|senza categoria|sem categoria|geen categorie|bez kategorii|ohne kategorie|unkategorisiert|allgemein|allgemeines|standard|general|default|none|null|undefined|n/a|tags?|front[- ]?page|home[- ]?page|home|startseite|inicio|accueil)\W*$`)

// CategoryFolder matches the path segments under which sites list a
// category's articles ("/category/politics/", "/rubrik/kultur/").
var CategoryFolder = regexp.MustCompile(`^(category|categories|kategorie|kategorien|rubrik|rubriken|ressort|section|sections|categorie|categoria|categorias|categorías|kategoria|kategori|rubrique|rubriques|rubriek)$`)

// TagCloud matches the classes and ids (lower case) of a site's tag
// cloud (WordPress's "widget_tag_cloud", "wp-block-tag-cloud") and
// sidebar, whose tag links are the site's topics, not the article's.
// Layout classes that only say a page has a sidebar ("has-sidebar",
// "article__container-sidebar") do not match.
var TagCloud = regexp.MustCompile(`(^|\s)(sidebar|[\w-]*tag[-_]cloud[\w-]*)(\s|$)`)

// TagFolder matches the last path segment of a link to the index of all
// tags or topics ("/thema", "/tags/"), the label before a tag list.
var TagFolder = regexp.MustCompile(`^(tag|tags|topic|topics|thema|themen|schlagwort|schlagworte|stichwort|stichworte|keywords?)$`)

// TermLabel matches the label a theme prints before a category or the tags
// ("Posted in", "Filed under:", "Tagged", "Kategorie:") and the arrow
// after a section link ("一覧へ>").
var TermLabel = regexp.MustCompile(`(?i)^\W*((posted|published|filed) (in|under)|tagged( with| as)?|(categor(y|ies)|tags?|topics?|kategorien?|rubrik|schlagworte?|stichworte?|themen?|catégories?|étiquettes?|categorías?|etiquetas?)\s*:)\s*|\s*一覧へ\s*[>＞]?$`)
