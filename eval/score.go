package eval

import (
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Names of the metrics, the keys of Row.Scores and of the table.
const (
	// MetricHeadline is the share of pages whose headline equals the gold
	// after Normalize.
	MetricHeadline = "headline"
	// MetricStandfirst is the share of pages whose standfirst has a token
	// F1 of at least 0.8 against the gold (case-folded \w+ tokens).
	MetricStandfirst = "standfirst"
	// MetricAuthors is the share of pages whose set of normalised author
	// names equals the gold set.
	MetricAuthors = "authors"
	// MetricAuthorsF1 is the mean F1 of the normalised author-name sets.
	MetricAuthorsF1 = "authors_f1"
	// MetricPublished is the share of pages whose published value starts
	// with the same YYYY-MM-DD day as the gold.
	MetricPublished = "published"
	// MetricPublished1d is the share of pages whose published day is
	// within one day of the gold.
	MetricPublished1d = "published_1d"
	// MetricHeadings is the mean F1 of the lists of normalised section
	// headings (1 on a page asserted to have none when none is predicted).
	MetricHeadings = "headings"
	// MetricBodyP is the mean per-page precision of the body text's
	// 4-token shingles, over the pages with a predicted shingle.
	MetricBodyP = "body_p"
	// MetricBodyR is the mean per-page recall of the body shingles, over
	// the pages whose gold body has a shingle.
	MetricBodyR = "body_r"
	// MetricBodyF1 is the harmonic mean of MetricBodyP and MetricBodyR (the
	// figure of scrapinghub/article-extraction-benchmark).
	MetricBodyF1 = "body_f1"
	// MetricSnippetsF1 is the F1 over all body snippets: a body_contains
	// snippet found is a true positive, one missed a false negative, a
	// body_excludes snippet found a false positive.
	MetricSnippetsF1 = "snippets_f1"
	// MetricLanguage is the share of pages whose language tag has the
	// gold's primary subtag.
	MetricLanguage = "language"
	// MetricSiteName is the share of pages whose site name equals the gold
	// after Normalize.
	MetricSiteName = "site_name"
)

// AllSource is the Source of the row that aggregates every page.
const AllSource = "ALL"

// standfirstMinF1 is the token F1 from which a standfirst counts as right.
const standfirstMinF1 = 0.8

// Row is the scores of one group of pages: one source, or all pages.
type Row struct {
	// Source is the dataset name, or AllSource.
	Source string
	// Scores maps each metric with at least one scored page to its score
	// in [0, 1].
	Scores map[string]float64
	// N maps each metric to the number of pages it was computed over (for
	// MetricSnippetsF1, the number of snippets). MetricBodyP and
	// MetricBodyR have no entry, as in score.py.
	N map[string]int
}

// Report is the result of scoring a corpus: what score.py prints.
type Report struct {
	// Pages is the number of pages scored.
	Pages int
	// Missing is the number of pages with no prediction.
	Missing int
	// Sources are the rows of each source, sorted by name.
	Sources []Row
	// All is the row of all pages.
	All Row
}

// acc accumulates the page values of one row.
type acc struct {
	vals     map[string][]float64
	body     []bodyCounts
	snippets [3]int // TP, FP, FN
}

// pageScore is what one page contributes to its rows.
type pageScore struct {
	vals     []metricValue
	body     *bodyCounts
	snippets *[3]int
}

type metricValue struct {
	metric string
	v      float64
}

// Score scores the predictions against the pages' gold exactly as score.py
// does. preds maps page IDs to predictions; a page with no entry (or a nil
// one) counts as missing and scores as an empty article. A failed
// prediction scores the article it carries, if any. Predictions for IDs
// that are not pages are ignored.
func Score(pages []Page, preds map[string]*Prediction) *Report {
	r := &Report{Pages: len(pages)}
	accs := map[string]*acc{}
	get := func(key string) *acc {
		a := accs[key]
		if a == nil {
			a = &acc{vals: map[string][]float64{}}
			accs[key] = a
		}
		return a
	}
	get(AllSource)
	for i := range pages {
		p := &pages[i]
		var art Article
		if pr := preds[p.ID]; pr != nil {
			art = pr.Article
		} else {
			r.Missing++
		}
		ps := scorePage(&p.Gold, &art, nil)
		for _, key := range []string{p.Gold.source(), AllSource} {
			a := get(key)
			for _, mv := range ps.vals {
				a.vals[mv.metric] = append(a.vals[mv.metric], mv.v)
			}
			if ps.body != nil {
				a.body = append(a.body, *ps.body)
			}
			if ps.snippets != nil {
				for j, n := range ps.snippets {
					a.snippets[j] += n
				}
			}
		}
	}
	for key, a := range accs {
		row := a.row(key)
		if key == AllSource {
			r.All = row
		} else {
			r.Sources = append(r.Sources, row)
		}
	}
	slices.SortFunc(r.Sources, func(a, b Row) int { return strings.Compare(a.Source, b.Source) })
	return r
}

// scorePage computes the metrics of one page whose gold asserts them.
// miss, when not nil, is called with each metric the page misses (see
// Misses), in the order of missMetrics, without ID and Source.
func scorePage(g *Gold, a *Article, miss func(Miss)) pageScore {
	var ps pageScore
	add := func(metric string, v float64) {
		ps.vals = append(ps.vals, metricValue{metric, v})
	}
	missed := func(metric string, score float64, gold, got string) {
		if miss != nil {
			miss(Miss{Metric: metric, Score: score, Gold: gold, Got: got})
		}
	}
	if g.Headline != "" {
		ok := Normalize(a.Headline) == Normalize(g.Headline)
		add(MetricHeadline, b2f(ok))
		if !ok {
			missed(MetricHeadline, 0, g.Headline, a.Headline)
		}
	}
	if g.Standfirst != "" {
		f := tokenF1(g.Standfirst, a.Standfirst)
		add(MetricStandfirst, b2f(f >= standfirstMinF1))
		if f < standfirstMinF1 {
			missed(MetricStandfirst, f, g.Standfirst, a.Standfirst)
		}
	}
	if len(g.Authors) > 0 {
		gs, ps := normSet(g.Authors), normSet(a.Authors)
		ok, f := slices.Equal(gs, ps), listF1(gs, ps)
		add(MetricAuthors, b2f(ok))
		add(MetricAuthorsF1, f)
		if !ok {
			missed(MetricAuthors, f, strings.Join(g.Authors, " | "), strings.Join(a.Authors, " | "))
		}
	}
	if g.Published != "" {
		gd, gok := day(g.Published)
		pd, pok := day(a.Published)
		ok := gok && pok && gd == pd
		add(MetricPublished, b2f(ok))
		add(MetricPublished1d, b2f(gok && pok && gd-pd <= 1 && pd-gd <= 1))
		if !ok {
			missed(MetricPublished, 0, g.Published, a.Published)
		}
	}
	if g.hasHeadings() {
		f := listF1(g.SectionHeadings, a.Headings)
		add(MetricHeadings, f)
		if f < MissBelow {
			missed(MetricHeadings, f, strings.Join(g.SectionHeadings, " | "), strings.Join(a.Headings, " | "))
		}
	}
	if g.BodyText != "" {
		c := shingleCounts(g.BodyText, a.Text)
		ps.body = &c
		if f := harmonic(c.prec(), c.rec()); f < MissBelow {
			missed(MetricBodyF1, f, lead(g.BodyText), lead(a.Text))
		}
	}
	if len(g.BodyContains) > 0 {
		text := Normalize(a.Text)
		var s [3]int
		var lost, leaked []string
		for _, x := range g.BodyContains {
			if strings.Contains(text, Normalize(x)) {
				s[0]++
			} else {
				s[2]++
				lost = append(lost, x)
			}
		}
		for _, x := range g.BodyExcludes {
			if strings.Contains(text, Normalize(x)) {
				s[1]++
				leaked = append(leaked, x)
			}
		}
		ps.snippets = &s
		if s[1]+s[2] > 0 {
			missed(MetricSnippetsF1, snippetF1(s[0], s[1], s[2]), strings.Join(lost, " | "), strings.Join(leaked, " | "))
		}
	}
	if g.Language != "" {
		ok := primaryLang(a.Language) == primaryLang(g.Language)
		add(MetricLanguage, b2f(ok))
		if !ok {
			missed(MetricLanguage, 0, g.Language, a.Language)
		}
	}
	if g.SiteName != "" {
		ok := Normalize(a.SiteName) == Normalize(g.SiteName)
		add(MetricSiteName, b2f(ok))
		if !ok {
			missed(MetricSiteName, 0, g.SiteName, a.SiteName)
		}
	}
	return ps
}

// normSet is the sorted set of the normalised names.
func normSet(names []string) []string {
	set := make([]string, 0, len(names))
	for _, n := range names {
		set = append(set, Normalize(n))
	}
	slices.Sort(set)
	return slices.Compact(set)
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// row turns the accumulated values into scores.
func (a *acc) row(source string) Row {
	row := Row{Source: source, Scores: map[string]float64{}, N: map[string]int{}}
	for k, vs := range a.vals {
		if len(vs) > 0 {
			row.Scores[k] = mean(vs)
			row.N[k] = len(vs)
		}
	}
	if len(a.body) > 0 {
		var ps, rs []float64
		for _, c := range a.body {
			if c.tp+c.fp > 0 {
				ps = append(ps, c.prec())
			}
			if c.tp+c.fn > 0 {
				rs = append(rs, c.rec())
			}
		}
		p, r := mean(ps), mean(rs)
		row.Scores[MetricBodyP], row.Scores[MetricBodyR] = p, r
		row.Scores[MetricBodyF1] = harmonic(p, r)
		row.N[MetricBodyF1] = len(a.body)
	}
	if s := a.snippets; s[0]+s[1]+s[2] > 0 {
		var p, r float64
		if s[0]+s[1] > 0 {
			p = float64(s[0]) / float64(s[0]+s[1])
		}
		if s[0]+s[2] > 0 {
			r = float64(s[0]) / float64(s[0]+s[2])
		}
		row.Scores[MetricSnippetsF1] = harmonic(p, r)
		row.N[MetricSnippetsF1] = s[0] + s[1] + s[2]
	}
	return row
}

// harmonic is 2pr/(p+r), or 0 when p+r is 0.
func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// format writes the row as score.py prints it: "[source] " then
// "metric=0.123(n=45)" items in metric order, two spaces apart.
func (r Row) format(b *strings.Builder) {
	b.WriteString("[" + r.Source + "] ")
	for i, k := range sortedKeys(r.Scores) {
		if i > 0 {
			b.WriteString("  ")
		}
		n := ""
		if v, ok := r.N[k]; ok {
			n = strconv.Itoa(v)
		}
		fmt.Fprintf(b, "%s=%.3f(n=%s)", k, r.Scores[k], n)
	}
	b.WriteByte('\n')
}

func sortedKeys(m map[string]float64) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Threshold is a lowest acceptable score for one metric of the ALL row
// (score.py's --min METRIC=VALUE).
type Threshold struct {
	// Metric is a metric name, such as MetricBodyF1. A metric the report
	// lacks scores 0.
	Metric string
	// Min is the lowest passing score.
	Min float64
}

// ErrBadThreshold is matched by the errors of ParseThreshold.
var ErrBadThreshold = errors.New("eval: threshold is not METRIC=VALUE")

// ParseThreshold parses "METRIC=VALUE", such as "body_f1=0.95".
func ParseThreshold(s string) (Threshold, error) {
	metric, value, ok := strings.Cut(s, "=")
	if !ok || strings.Contains(value, "=") || metric == "" {
		return Threshold{}, fmt.Errorf("%w: %q", ErrBadThreshold, s)
	}
	v, err := strconv.ParseFloat(strings.TrimSpace(value), 64)
	if err != nil {
		return Threshold{}, fmt.Errorf("%w: %q: bad value", ErrBadThreshold, s)
	}
	return Threshold{Metric: metric, Min: v}, nil
}

// String is the threshold as ParseThreshold reads it.
func (t Threshold) String() string { return t.Metric + "=" + pyRepr(t.Min) }

// Check returns the thresholds the ALL row fails, formatted as score.py
// prints them ("body_f1=0.912<0.95"), in the order given; none when all
// pass. A metric given twice keeps its first place and its last value.
func (r *Report) Check(mins []Threshold) []string {
	var failed []string
	for _, t := range dedupe(mins) {
		if s := r.All.Scores[t.Metric]; s < t.Min {
			failed = append(failed, fmt.Sprintf("%s=%.3f<%s", t.Metric, s, pyRepr(t.Min)))
		}
	}
	return failed
}

func dedupe(mins []Threshold) []Threshold {
	var out []Threshold
	at := map[string]int{}
	for _, t := range mins {
		if i, ok := at[t.Metric]; ok {
			out[i].Min = t.Min
			continue
		}
		at[t.Metric] = len(out)
		out = append(out, t)
	}
	return out
}

// Write prints the report in score.py's format: a "pages N, predictions
// missing M" line, a row per source when bySource is set, the ALL row,
// and a "summary:" line with the ALL scores and, when thresholds fail,
// "FAILS" and the failures.
func (r *Report) Write(w io.Writer, bySource bool, mins ...Threshold) error {
	var b strings.Builder
	fmt.Fprintf(&b, "pages %d, predictions missing %d\n", r.Pages, r.Missing)
	if bySource {
		for _, row := range r.Sources {
			row.format(&b)
		}
	}
	r.All.format(&b)
	b.WriteString("summary: ")
	for i, k := range sortedKeys(r.All.Scores) {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%s=%.3f", k, r.All.Scores[k])
	}
	if failed := r.Check(mins); len(failed) > 0 {
		b.WriteString(" FAILS " + strings.Join(failed, " "))
	}
	b.WriteByte('\n')
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("eval: writing report: %w", err)
	}
	return nil
}

// pyRepr formats v as Python's repr(float) does: the shortest digits that
// read back as v, in positional notation for 1e-4 <= |v| < 1e16 (with
// ".0" for integers) and as "1e-05" / "1.5e+16" otherwise.
func pyRepr(v float64) string {
	switch {
	case math.IsNaN(v):
		return "nan"
	case math.IsInf(v, 1):
		return "inf"
	case math.IsInf(v, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(v) {
		sign, v = "-", -v
	}
	e := strconv.FormatFloat(v, 'e', -1, 64) // d.ddde±XX
	mant, exp, _ := strings.Cut(e, "e")
	x, _ := strconv.Atoi(exp)
	digits := strings.Replace(mant, ".", "", 1)
	decpt := x + 1
	if decpt <= -4 || decpt > 16 {
		m := digits[:1]
		if len(digits) > 1 {
			m += "." + digits[1:]
		}
		es := "+"
		if x < 0 {
			es, x = "-", -x
		}
		return fmt.Sprintf("%s%se%s%02d", sign, m, es, x)
	}
	switch {
	case decpt <= 0:
		return sign + "0." + strings.Repeat("0", -decpt) + digits
	case decpt >= len(digits):
		return sign + digits + strings.Repeat("0", decpt-len(digits)) + ".0"
	}
	return sign + digits[:decpt] + "." + digits[decpt:]
}
