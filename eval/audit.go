package eval

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Classes of an audited miss: why a page's prediction misses its gold.
const (
	// ClassGoldWrong is a gold value a reader of the page would call
	// wrong: not on the page, a typo, another article's.
	ClassGoldWrong = "GOLD-WRONG"
	// ClassGoldConv is a gold value that follows a convention of its
	// dataset the page does not carry (a site suffix kept in the
	// headline, a day moved to UTC, the dek counted as body).
	ClassGoldConv = "GOLD-CONV"
	// ClassAmbiguous is a page with two defensible answers, the gold's
	// and the prediction's.
	ClassAmbiguous = "AMBIGUOUS"
	// ClassOurs is a miss of the extractor.
	ClassOurs = "OURS"
)

// AuditSnippets is the name of the audit file of the snippets metric,
// which classes snippets rather than pages.
const AuditSnippets = "snippets.tsv"

// Audit is a reviewed classification of the misses of a corpus, read by
// LoadAudit from a folder in the layout of scoop's eval/audit: one
// tab-separated file per metric, named after it ("headline.tsv",
// "body_f1.tsv"), with a header line and the columns id, source, class,
// then anything; and AuditSnippets, with the columns id, source, class,
// kind ("missed" or "leaked"), snippet, then anything. Its use is to
// score a corpus without the gold values the audit calls wrong or a
// convention (Audit.Without).
type Audit struct {
	// pages maps a metric to the ids of the pages whose gold on it is
	// wrong or a convention.
	pages map[string]map[string]bool
	// missed and leaked map a page id to its body_contains and its
	// body_excludes snippets whose gold is wrong or a convention,
	// normalised.
	missed, leaked map[string]map[string]bool
}

// Kinds of an audited snippet, the fourth column of AuditSnippets.
const (
	// SnippetMissed is a body_contains snippet the text lacks.
	SnippetMissed = "missed"
	// SnippetLeaked is a body_excludes snippet the text holds.
	SnippetLeaked = "leaked"
)

// auditFields maps the metrics an audit file can class pages on to the
// gold field each one scores.
var auditFields = map[string]func(g *Gold){
	MetricHeadline:   func(g *Gold) { g.Headline = "" },
	MetricStandfirst: func(g *Gold) { g.Standfirst = "" },
	MetricAuthors:    func(g *Gold) { g.Authors = nil },
	MetricPublished:  func(g *Gold) { g.Published = "" },
	MetricHeadings:   func(g *Gold) { g.SectionHeadings, g.SectionHeadingsEmpty = nil, false },
	MetricBodyF1:     func(g *Gold) { g.BodyText = "" },
	MetricLanguage:   func(g *Gold) { g.Language = "" },
	MetricSiteName:   func(g *Gold) { g.SiteName = "" },
}

// ErrBadAudit is matched by the errors of LoadAudit about a file's
// content.
var ErrBadAudit = errors.New("eval: bad audit file")

// LoadAudit reads the audit files in dir (see Audit). Files of other
// names are ignored; a line with too few columns or an unknown class is
// an error.
func LoadAudit(dir string) (*Audit, error) {
	a := &Audit{pages: map[string]map[string]bool{}, missed: map[string]map[string]bool{}, leaked: map[string]map[string]bool{}}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("eval: reading audit: %w", err)
	}
	found := false
	for _, e := range entries {
		metric, ok := strings.CutSuffix(e.Name(), ".tsv")
		if !ok || e.IsDir() || auditFields[metric] == nil && e.Name() != AuditSnippets {
			continue
		}
		found = true
		if err := a.read(filepath.Join(dir, e.Name()), metric); err != nil {
			return nil, err
		}
	}
	if !found {
		return nil, fmt.Errorf("eval: reading audit: no audit file (headline.tsv, ..., %s) in %s", AuditSnippets, dir)
	}
	return a, nil
}

// read adds the lines of one audit file.
func (a *Audit) read(path, metric string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("eval: reading audit: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	snippets := metric+".tsv" == AuditSnippets
	for n := 1; sc.Scan(); n++ {
		cols := strings.Split(sc.Text(), "\t")
		if n == 1 && cols[0] == "id" || strings.TrimSpace(sc.Text()) == "" {
			continue // the header
		}
		if len(cols) < 3 || snippets && len(cols) < 5 {
			return fmt.Errorf("%w: %s:%d: too few columns", ErrBadAudit, path, n)
		}
		id, class := cols[0], cols[2]
		switch class {
		case ClassGoldWrong, ClassGoldConv:
		case ClassAmbiguous, ClassOurs:
			continue
		default:
			return fmt.Errorf("%w: %s:%d: unknown class %q", ErrBadAudit, path, n, class)
		}
		if snippets {
			switch cols[3] {
			case SnippetMissed:
				set(a.missed, id, Normalize(cols[4]))
			case SnippetLeaked:
				set(a.leaked, id, Normalize(cols[4]))
			default:
				return fmt.Errorf("%w: %s:%d: unknown kind %q (want %s or %s)", ErrBadAudit, path, n, cols[3], SnippetMissed, SnippetLeaked)
			}
		} else {
			set(a.pages, metric, id)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("eval: reading audit %s: %w", path, err)
	}
	return nil
}

func set(m map[string]map[string]bool, k, v string) {
	if m[k] == nil {
		m[k] = map[string]bool{}
	}
	m[k][v] = true
}

// Without returns a copy of pages without the gold the audit calls wrong
// or a convention: on a page classed so for a metric, the gold field that
// metric scores is left out (the page no longer counts on it); a snippet
// classed so is left out of its page's body_contains (missed) or
// body_excludes (leaked). As score.py scores a page's excluded snippets
// only beside snippets it must contain, a page whose every body_contains
// snippet is left out leaves the snippets score whole. pages is not
// modified.
func (a *Audit) Without(pages []Page) []Page {
	out := make([]Page, len(pages))
	for i, p := range pages {
		for metric, ids := range a.pages {
			if ids[p.ID] {
				auditFields[metric](&p.Gold)
			}
		}
		p.Gold.BodyContains = without(p.Gold.BodyContains, a.missed[p.ID])
		p.Gold.BodyExcludes = without(p.Gold.BodyExcludes, a.leaked[p.ID])
		out[i] = p
	}
	return out
}

// without returns list without the snippets in drop (normalised), or
// list itself when drop is empty.
func without(list []string, drop map[string]bool) []string {
	if len(drop) == 0 {
		return list
	}
	var kept []string
	for _, s := range list {
		if !drop[Normalize(s)] {
			kept = append(kept, s)
		}
	}
	return kept
}

// Len returns the number of pages and snippets whose gold the audit calls
// wrong or a convention, by metric (MetricSnippetsF1 counts snippets).
func (a *Audit) Len() map[string]int {
	n := map[string]int{}
	for metric, ids := range a.pages {
		n[metric] = len(ids)
	}
	for _, m := range []map[string]map[string]bool{a.missed, a.leaked} {
		for _, s := range m {
			n[MetricSnippetsF1] += len(s)
		}
	}
	return n
}
