// Package text holds the text normalisation and the name and title
// cleaning that scoop's field resolvers use: pure functions on strings,
// safe for concurrent use, bounded in time and memory on any input, and
// never panicking.
//
// Files:
//   - clean.go: Clean (white space and invisible characters), WordCount.
//   - compare.go: Fold, SameText and Similarity for cross-checks.
//   - title.go: CleanTitle, which removes site names, sections and dates
//     around a headline; TitleCut (what it removed), TitleTail,
//     ArchiveTitleName and IsTitleNamePart (a site name in a title) and
//     IsSectionLabel.
//   - site.go: site-name keys, the loose comparison of site names with
//     title parts and bylines.
//   - authors.go: SplitAuthors, SplitAuthorsFor, CleanName and IsSiteName.
//   - byline.go: the steps of SplitAuthors (markers, labels, dates, job
//     titles, credits, glued words).
//   - names.go: LooksLikeName, IsOrganization, title-casing of names in
//     capitals.
//   - lexicon.go: the word classes (markers, roles, months, organisation
//     words …) in the languages of the test corpus.
//
// The rules were derived from bylines and titles of real news pages in
// many languages; the tables in the tests are copied from them.
package text
