package selectors

// discardRules find clutter inside and around the article body: removed
// from the copy of the page that body extraction works on. The resolver
// never removes an element that holds most of the page's paragraph text, so
// a broad class on a wrapper cannot take the article with it.
var discardRules = []Rule{
	{Selector: `script, style, noscript, template, iframe, object, embed, form, button, input, select, textarea, svg, canvas, dialog`, Note: "non-content elements"},
	{Selector: `[hidden], [aria-hidden="true"]:not(figure):not(img), [style*="display:none"], [style*="display: none"], .hidden:not([class*=":"]), .d-none:not([class*="d-sm-"]):not([class*="d-md-"]):not([class*="d-lg-"]):not([class*="d-xl-"]), .is-hidden`, Note: "hidden elements, also by the hiding class of Bootstrap, Tailwind or Bulma; not one a responsive class shows on wider screens (Tailwind \"hidden md:block\", Bootstrap \"d-none d-lg-flex\")"},
	{Selector: `nav, footer, [role="navigation"], [role="complementary"], [role="contentinfo"], [role="banner"]:not(:has(h1))`, Note: "landmarks that are not the article"},
	{Selector: `.sharedaddy, .sd-sharing-enabled, .share, .shares, .sharing, .share-bar, .share-buttons, .social-share, .social-links, [class*="share-" i], [class*="sharing" i], [class*="social" i], [data-testid*="share" i]`, Note: "share bars (Jetpack sharedaddy, AddToAny, custom)"},
	{Selector: `.newsletter, [class*="newsletter" i], [class*="subscribe" i], [class*="signup" i], [class*="sign-up" i], [id*="newsletter" i]`, Note: "newsletter and subscription boxes"},
	{Selector: `.ad, .ads, .advert, .advertisement, .ad-slot, .ad-container, .adsbygoogle, [class^="ad-"], [class*=" ad-"], [class*="-ad "], [class$="-ad"], [id^="ad-"], [id^="div-gpt-ad"], [class*="advert" i], [class*="dfp" i], [data-ad], [data-ad-slot], [class*="sponsor" i], [class*="taboola" i], [class*="outbrain" i]`, Note: "ad slots"},
	{Selector: `[class*="cookie" i], [id*="cookie" i], [class*="consent" i], [id*="consent" i], [class*="gdpr" i]`, Note: "cookie and consent notices"},
	{Selector: `#comments, .comments, .comment-list, .comments-area, #disqus_thread, #respond, [class*="comments" i], [id*="comments" i], [class*="kommentare" i], [id*="kommentare" i]`, Note: "comment sections (\"Kommentare\" in German; not the singular, an opinion piece)"},
	{Selector: `[class*="popular" i], [class*="trending" i], [class*="most-read" i], [class*="mostread" i], [class*="breadcrumb" i], [class*="pagination" i], [class*="promo" i]:not([class*="promoted" i]), [class*="paywall" i]:not(p):not(h2):not(h3):not(h4):not(li):not(:has(p ~ p ~ p)), [class*="related" i], [id*="related" i], [class*="recommend" i], [class*="more-stories" i]`, Note: "site-wide lists, promos and related modules; not Drupal's node--promoted flag, nor a paywalled container that holds the article's paragraphs, nor a paragraph, heading or list item marked as one (Wired's \"p.paywall\", \"h2.paywall\": the text the wall covers)"},
	{Selector: `.saboxplugin-wrap, .author-box, .author-bio, .authorbox, .about-author, .author-info, .author-card, [class*="author-box" i], [class*="author-bio" i], [class*="authorbio" i], [class*="author-card" i], [class*="AuthorBio"], [class*="AuthorCard"]`, Note: "author boxes (the bio is read from the original tree)"},
	{Selector: `[class*="caption" i]:not(figure):not(:has(p ~ p ~ p))`, Note: "picture captions outside figcaption (\"media__caption\", \"caption__small\")"},
	{Selector: `[class*="legend" i]:not(:has(p ~ p ~ p)), [class*="bildunter" i]:not(:has(p ~ p ~ p)), [class*="imagedescription" i], [class*="image-description" i], [class*="img-metadata" i], [class*="image-annotation" i], [class*="media__description" i]`, Note: "picture captions named otherwise (\"legend\", German \"Bildunterschrift\", \"imagedescription\", \"img-metadata\")"},
	{Selector: `[class*="disclaimer" i]:not(:has(p ~ p ~ p)), [class*="disclosure" i]:not(:has(p ~ p ~ p)), [class*="copyright" i]:not(:has(p ~ p ~ p))`, Note: "disclaimers, affiliate disclosures and copyright or photo credit lines"},
	{Selector: `.post-ratings, [class*="post-ratings" i], [class*="star-rating" i]:not(:has(p ~ p))`, Note: "rating widgets (WP-PostRatings: \"War der Artikel nützlich?\")"},
	{Selector: `[class*="authorbox" i], [class*="author__bio" i], [class*="author-description" i], [id*="author-info" i], [id*="author-description" i], [id*="authorbox" i]`, Note: "author boxes spelled without a dash or BEM-style"},
	{Selector: `.postmetadata, .entry-utility, .entry-footer, [class*="entryfooter" i]`, Note: "WordPress post meta lines after the text (\"This entry was posted in\")"},
	{Selector: `#toc_container, [id*="ez-toc" i], [class*="ez-toc" i]`, Note: "tables of contents"},
	{Selector: `[class*="print-button" i], [class*="donation-modal" i], [class*="donation-form" i]`, Note: "print buttons and donation appeals"},
	{Selector: `[class*="teaser" i]:not(p):not(:has(p ~ p ~ p))`, Note: "teasers of other articles (\"teaser-item-list\", \"Teaser__article\", \"PetitionTeaser\"); not a wrapper that holds paragraphs, nor a paragraph: that is the article's own teaser text (\"p.lead.teasertext\", \"p.article-teaser\")"},
	{Selector: `h2[class*="kicker" i], h3[class*="kicker" i], h4[class*="kicker" i], h2[class*="eyebrow" i], h3[class*="eyebrow" i], h4[class*="eyebrow" i]`, Note: "a kicker or eyebrow set as a heading (\"h2.article-kicker\"): the label over the headline, not a section heading"},
	{Selector: `.tags, .post-tags, .entry-tags, .tag-links, .tag-list, .article-tags, [id$="tags" i]:not(:has(p ~ p ~ p))`, Note: "tag lists (an id ending in \"Tags\"); not a wrapper that holds paragraphs"},
}
