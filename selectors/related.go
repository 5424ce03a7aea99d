package selectors

import "regexp"

// relatedRules find containers of links related to the article.
var relatedRules = []Rule{
	{Selector: `#jp-relatedposts, .jp-relatedposts, .yarpp-related, .crp_related, .rp4wp-related-posts, .related-posts, .related-articles, .related-stories, .related-content, .related-links, .related, .more-on-this-story, .read-more-links`, Note: "related modules of WordPress plugins and common themes"},
	{Selector: `[class*="related" i], [id*="related" i], [data-component*="related" i], [data-testid*="related" i], [class*="recommend" i], [class*="read-more" i], [class*="readmore" i], [class*="more-stories" i], [class*="mightlike" i], [class*="might-like" i]`, Note: "related modules in BEM and CSS-module class names"},
}

// notRelatedRules find site-wide link lists that are never related links.
var notRelatedRules = []Rule{
	{Selector: `nav, footer, [role="navigation"], [class*="popular" i], [class*="trending" i], [class*="most-read" i], [class*="mostread" i], [class*="most-viewed" i], [class*="share" i], [class*="social" i], [class*="breadcrumb" i], [class*="menu" i], [class*="tags" i], [class*="comment" i], .skiptranslate, #goog-gt-tt`, Note: "navigation, footers, popular and trending lists, share bars, tag lists, comments, the Google Translate widget saved with the page"},
}

// RelatedHeading matches the headings that introduce a related-links
// module, in the languages of the corpus.
var RelatedHeading = regexp.MustCompile(`(?i)^\W*(you (might|may) (also )?(like|enjoy|be interested)|related( (articles?|stories|posts?|content|coverage|news|reading|links|topics))?|more (on|about) (this|the) (story|topic|subject)|more from|more stories|more like this|read (more|also|next)|see also|also read|further reading|recommended( for you| reading)?|what to read next|weitere artikel|mehr zum thema|das könnte sie auch interessieren|auch interessant|lesen sie auch|à lire aussi|lire aussi|sur le même sujet|dans la même rubrique|te puede interesar|también te puede interesar|lee también|noticias relacionadas|artículos relacionados|leia também|notícias relacionadas|potrebbe interessarti|leggi anche|articoli correlati|lees ook|gerelateerd|meer over|relaterade|läs också|les også|relaterte saker|czytaj także|zobacz też|читайте также|по теме|関連記事|相关阅读|相关新闻|延伸閱讀)(\b|$)`)

// NotRelatedHeading matches the headings of site-wide lists that look like
// related modules but are not about the article.
var NotRelatedHeading = regexp.MustCompile(`(?i)(most (popular|read|viewed|shared|commented)|trending|popular|top stories|latest (news|stories|posts)|editor'?s? picks|meistgelesen|les plus lus|más leídas|più lette|mais lidas|newsletter|sponsored|partner|advertis)`)

// RelatedLinkUI matches the link texts of buttons and widgets that a
// related module holds besides its teasers: "Read more", "View all",
// "Apply now", counters ("66 Likes"), legal links, and the links to a
// section's index under a list ("View All News", "More on TIME.com").
var RelatedLinkUI = regexp.MustCompile(`(?i)^\W*((read|see|view|show|load) (the )?(more|all|rest)\b(\s+\S+){0,2}|more (on|from|at) \S+|continue reading|more videos|more articles|latest articles|mehr (lesen|erfahren|anzeigen|artikel|zum thema)|weiterlesen|link zum artikel|fotostrecke ansehen|auf den wunschzettel|seite teilen|lire (la suite|plus)|en savoir plus|leer más|seguir leyendo|llegir més|leggi (di più|tutto)|continua a leggere|leia mais|lees meer|apply now|sign up|subscribe|privacy policy|terms of (use|service)|cookie|sponsored links?|topics a-z|\d[\d.,]*\s*(likes?|comments?|kommentare|shares?))\W*$`)

// ProfileFolder matches the path segments under which sites put the page
// of an author or a topic ("/autoren/12611/", "/topic/supreme-court").
var ProfileFolder = regexp.MustCompile(`^(autor|autoren|auteur|auteurs|autore|autori|writer|writers|periodista|periodistas|profile|profiles|topic|topics|motcle|stichwort|thema|themen)$`)

// RelatedTitleTail matches the button text some teasers print after their
// title ("Wahl in Hessen | mehr", "Storm hits coast » Read more").
var RelatedTitleTail = regexp.MustCompile(`(?i)\s*[|»›>]\s*(mehr|more|read more|weiter|weiterlesen|lire la suite|leer más|leggi)\W*$`)

// MoreFromHeading matches the start of a heading that offers more from a
// source ("More from The Telegraph", "Mehr von …"); the resolver drops it
// when the source is the site itself.
var MoreFromHeading = regexp.MustCompile(`(?i)^\W*(more|mehr|plus|más|mais|altro|meer)\s+(from|on|at|aus|von|vom|de|du|des|di|da|van)\b`)
