// Package meta reads the metadata a parsed HTML page declares about itself
// into one Meta value that field resolvers consult: the <title>, the <html
// lang>, every <meta> name / property / itemprop / http-equiv value, <link
// rel> (and some <a rel>) targets, and the typed schema.org objects of
// JSON-LD, microdata and RDFa Lite as Entities, with Meta.Article choosing
// the one that describes the page's article.
//
// Read walks the *html.Node tree once, iteratively (deep documents cannot
// exhaust the stack), and never modifies it. JSON-LD is read by
// DecodeJSONLD, a lenient decoder for the broken JSON real pages serve.
// Entities are flattened: nested objects (author, publisher, mainEntity,
// items of lists) follow their parent as entities of their own, with Via
// naming the property they were found under. Blocks and items come in
// document order; the objects nested in one object in the order of their
// property names.
//
// Work and memory are bounded on hostile input by the limits in meta.go;
// input beyond them is ignored and counted in Meta.Problems.
//
// Files:
//
//	meta.go       Meta, Link, Read, limits, Tag, Href
//	walk.go       the single tree walk: title, lang, meta, link, anchors, scripts
//	microdata.go  microdata (itemscope/itemprop) and RDFa Lite (typeof/property) items
//	jsonld.go     DecodeJSONLD, the lenient JSON reader
//	entity.go     Entity, Person, Image and their construction from decoded objects
//	article.go    Meta.Article, choosing the page's article entity
//	text.go       entity, tag and whitespace cleaning of values
//	errors.go     sentinel errors of DecodeJSONLD
package meta
