package eval

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// MissBelow is the page score under which a page counts as a miss on the
// metrics scored in degrees per page (headings, body); on the others a
// page is right or wrong. On snippets, scored over all the corpus's
// snippets at once, a page misses as soon as one of its snippets does.
const MissBelow = 0.8

// Miss is one page that misses one metric: what its gold asserts beside
// what the prediction gave, to read a field's failures page by page.
type Miss struct {
	// ID and Source are the page's.
	ID, Source string
	// Metric is MetricHeadline, MetricStandfirst, MetricAuthors,
	// MetricPublished, MetricHeadings, MetricBodyF1, MetricSnippetsF1,
	// MetricLanguage or MetricSiteName.
	Metric string
	// Score is the page's value on the metric: 0 on a right-or-wrong
	// metric, the page's F1 on the others (its token F1 for the
	// standfirst, the F1 of the name sets for authors).
	Score float64
	// Gold and Got are the gold value and the predicted one; lists are
	// joined with " | ", a body is cut to its start. For snippets, Gold
	// holds the body_contains snippets missing from the text and Got the
	// body_excludes snippets found in it.
	Gold, Got string
}

// bodyLead is how much of a body a Miss shows.
const bodyLead = 120

// Misses lists, metric by metric and page by page in ID order, the pages
// whose prediction misses the gold: the ones Score counts as wrong, those
// below MissBelow on headings and body, and those with a snippet missed or
// leaked. preds is read as by Score, and the misses are decided by the
// same code that scores.
func Misses(pages []Page, preds map[string]*Prediction) []Miss {
	var out []Miss
	for i := range pages {
		p := &pages[i]
		var a Article
		if pr := preds[p.ID]; pr != nil {
			a = pr.Article
		}
		scorePage(&p.Gold, &a, func(m Miss) {
			m.ID, m.Source = p.ID, p.Gold.source()
			out = append(out, m)
		})
	}
	slices.SortStableFunc(out, func(x, y Miss) int {
		return cmp.Or(cmp.Compare(metricOrder(x.Metric), metricOrder(y.Metric)), strings.Compare(x.ID, y.ID))
	})
	return out
}

// missMetrics are the metrics Misses reports, in its order.
var missMetrics = []string{MetricHeadline, MetricStandfirst, MetricAuthors, MetricPublished, MetricHeadings,
	MetricBodyF1, MetricSnippetsF1, MetricLanguage, MetricSiteName}

func metricOrder(m string) int { return slices.Index(missMetrics, m) }

// snippetF1 is the F1 of one page's snippets: tp found, fp excluded ones
// found, fn missed.
func snippetF1(tp, fp, fn int) float64 {
	if tp == 0 {
		return 0
	}
	return harmonic(float64(tp)/float64(tp+fp), float64(tp)/float64(tp+fn))
}

// lead is the start of a body text, on one line.
func lead(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > bodyLead {
		return string(r[:bodyLead]) + "…"
	}
	return s
}

// WriteMisses writes the misses as tab-separated lines under a header:
// metric, id, source, score (three decimals), gold, got. Tabs and line
// breaks inside values become spaces.
func WriteMisses(w io.Writer, misses []Miss) error {
	clean := strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")
	var b strings.Builder
	b.WriteString("metric\tid\tsource\tscore\tgold\tgot\n")
	for _, m := range misses {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\n", m.Metric, clean.Replace(m.ID), clean.Replace(m.Source),
			strconv.FormatFloat(m.Score, 'f', 3, 64), clean.Replace(m.Gold), clean.Replace(m.Got))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
