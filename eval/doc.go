// Package eval measures extraction quality against a corpus of labelled
// pages. It is a faithful Go port of the corpus's reference scorer,
// score.py: same corpus layout, same predictions format, same metrics and
// the same printed table, figure for figure.
//
// # Corpus
//
// A corpus is a folder with one sub-folder per page, named by the page's
// id. Each holds gold.json (the known values, see Gold) and the page as
// fetched, source.html.gz or source.html (or page.html). LoadCorpus reads
// it.
//
// # Predictions
//
// A predictions file has one JSON object per line:
//
//	{"id": "<page id>", "article": {...}}
//	{"id": "<page id>", "error": "..."}
//
// where the article uses the JSON field names of scoop.Article (headline,
// standfirst, authors[].name, published, sections[].heading, text,
// language, site_name). Any extractor's output written with those names
// can be scored: Article decodes only those fields, loosely. A page with
// no line is missing; a failed page scores its article if the line has
// one (scoop's partial article of a page with no article), else as an
// empty article, as score.py does.
//
// # Metrics
//
// Each metric is computed over the pages whose gold asserts its field (see
// the Metric constants): headline exact match after Normalize; standfirst
// token F1 >= 0.8; authors exact set match and mean set F1; published same
// day and within one day; section headings mean list F1; body 4-gram
// shingle precision, recall and F1 averaged per page, as
// scrapinghub/article-extraction-benchmark computes them; body snippets
// F1 (trafilatura style); language primary subtag; site name.
//
// Typical use:
//
//	pages, err := eval.LoadCorpus("corpus/pages")
//	...
//	f, err := os.Open("predictions.jsonl")
//	...
//	preds, err := eval.ReadPredictions(f)
//	...
//	report := eval.Score(pages, preds)
//	report.Write(os.Stdout, true)
//	if failed := report.Check([]eval.Threshold{{Metric: eval.MetricBodyF1, Min: 0.9}}); len(failed) > 0 {
//		...
//	}
//
// Everything here is safe for concurrent use; a Report is not modified
// after Score returns it.
package eval
