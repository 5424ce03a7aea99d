package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/newsscoop/scoop"
	"github.com/newsscoop/scoop/eval"
)

// evalDefaultURL is the page URL given to the extractor when the gold has
// none, as the corpus's run.sh does.
const evalDefaultURL = "http://example.com/"

// evalConfig is the parsed command line of eval.
type evalConfig struct {
	corpus      string
	out         string
	predictions string
	misses      string
	audit       string
	bySource    bool
	mins        []eval.Threshold
	workers     int
}

func evalUsage(w io.Writer) {
	fs, _ := evalFlags(w)
	io.WriteString(w, `Usage: scoop eval [flags] CORPUS_DIR

Run the extractor over every page of a labelled corpus and print its
scores, as the corpus's score.py does (same metrics, same table).
CORPUS_DIR holds one folder per page, named by its id, with gold.json and
source.html.gz, source.html or page.html (so testdata/golden is a corpus).
Each page is extracted with its gold url (or http://example.com/); a page
that fails counts as an empty article. The table goes to stdout; timing
and the failures by kind go to stderr. The exit status is 1 when a --min
threshold fails.

Flags (one or two dashes; they may follow CORPUS_DIR):
`)
	fs.PrintDefaults()
}

// evalFlags defines the flags of eval on a new FlagSet writing to w.
func evalFlags(w io.Writer) (*flag.FlagSet, *evalConfig) {
	cfg := &evalConfig{}
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(w)
	fs.StringVar(&cfg.out, "out", "", "write the predictions to `file` (JSON lines sorted by id, score.py's input format)")
	fs.StringVar(&cfg.predictions, "predictions", "", "score the predictions in `file` instead of running the extractor")
	fs.StringVar(&cfg.misses, "misses", "", fmt.Sprintf("write the pages that miss each metric to `file`, tab-separated: metric, id, source, score, gold, got (a page below %g on headings and body; one snippet missed or leaked on snippets)", eval.MissBelow))
	fs.StringVar(&cfg.audit, "audit", "", "also print the scores without the gold that the audit in `dir` calls wrong or a dataset convention (the layout of scoop's eval/audit: one TSV per metric, id, source, class, ...)")
	fs.BoolVar(&cfg.bySource, "by-source", false, "print a row per source dataset before the ALL row")
	fs.Func("min", "fail (exit status 1) when the ALL score of a metric is below a value: `metric=value`, e.g. body_f1=0.9; repeatable", func(s string) error {
		t, err := eval.ParseThreshold(s)
		if err != nil {
			return err
		}
		cfg.mins = append(cfg.mins, t)
		return nil
	})
	fs.IntVar(&cfg.workers, "workers", runtime.NumCPU(), "number of pages extracted at once")
	return fs, cfg
}

// parseEval parses and checks the command line of eval.
func parseEval(e *env, args []string) (*evalConfig, error) {
	fs, cfg := evalFlags(e.stderr)
	fs.Usage = func() { evalUsage(fs.Output()) }
	pos, err := parseFlags(fs, args)
	if err != nil {
		return nil, err
	}
	bad := func(format string, args ...any) error {
		return usagef(e.stderr, evalUsage, "scoop eval: "+format, args...)
	}
	switch len(pos) {
	case 0:
		return nil, bad("no CORPUS_DIR given")
	case 1:
		cfg.corpus = pos[0]
	default:
		return nil, bad("one CORPUS_DIR expected, got %d arguments", len(pos))
	}
	if cfg.workers < 1 {
		return nil, bad("--workers must be at least 1, not %d", cfg.workers)
	}
	if cfg.out != "" && cfg.predictions != "" {
		return nil, bad("--out and --predictions exclude each other")
	}
	return cfg, nil
}

// runEval is the eval command.
func runEval(ctx context.Context, e *env, args []string) error {
	cfg, err := parseEval(e, args)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return err
	}
	pages, err := eval.LoadCorpus(cfg.corpus)
	if err != nil {
		return fmt.Errorf("scoop eval: %w", err)
	}
	if len(pages) == 0 {
		return fmt.Errorf("scoop eval: no pages in %s (a page is a folder holding %s)", cfg.corpus, eval.GoldFile)
	}

	var audit *eval.Audit
	if cfg.audit != "" {
		if audit, err = eval.LoadAudit(cfg.audit); err != nil {
			return fmt.Errorf("scoop eval: %w", err)
		}
	}

	var preds map[string]*eval.Prediction
	if cfg.predictions != "" {
		if preds, err = readPredictions(cfg.predictions); err != nil {
			return fmt.Errorf("scoop eval: %w", err)
		}
	} else {
		start := time.Now()
		res, err := extractPages(ctx, pages, cfg.workers)
		if err != nil {
			return fmt.Errorf("scoop eval: %w", err)
		}
		wall := time.Since(start)
		preds = make(map[string]*eval.Prediction, len(res))
		for _, r := range res {
			p, err := eval.ParsePrediction(r.line)
			if err != nil { // not expected: the line was just encoded
				return fmt.Errorf("scoop eval: %s: %w", r.id, err)
			}
			preds[p.ID] = p
		}
		if cfg.out != "" {
			if err := writePredictions(cfg.out, res); err != nil {
				return fmt.Errorf("scoop eval: %w", err)
			}
		}
		writeTiming(e.stderr, res, wall, cfg.workers)
	}

	report := eval.Score(pages, preds)
	if err := report.Write(e.stdout, cfg.bySource, cfg.mins...); err != nil {
		return fmt.Errorf("scoop eval: %w", err)
	}
	if audit != nil {
		fmt.Fprintf(e.stdout, "\nwithout the gold that %s calls wrong or a convention (%s left out):\n", cfg.audit, leftOut(audit))
		if err := eval.Score(audit.Without(pages), preds).Write(e.stdout, cfg.bySource); err != nil {
			return fmt.Errorf("scoop eval: %w", err)
		}
	}
	if cfg.misses != "" {
		if err := writeMisses(cfg.misses, eval.Misses(pages, preds)); err != nil {
			return fmt.Errorf("scoop eval: %w", err)
		}
	}
	if failed := report.Check(cfg.mins); len(failed) > 0 {
		return fmt.Errorf("scoop eval: below --min: %s", strings.Join(failed, " "))
	}
	return nil
}

// leftOut says how much gold the audit leaves out, metric by metric:
// "authors 44 pages, headline 73 pages, snippets_f1 201 snippets".
func leftOut(a *eval.Audit) string {
	n := a.Len()
	metrics := slices.Sorted(maps.Keys(n))
	parts := make([]string, 0, len(metrics))
	for _, m := range metrics {
		unit := "pages"
		if m == eval.MetricSnippetsF1 {
			unit = "snippets"
		}
		parts = append(parts, fmt.Sprintf("%s %d %s", m, n[m], unit))
	}
	return strings.Join(parts, ", ")
}

// writeMisses writes the misses to the file at path.
func writeMisses(path string, misses []eval.Miss) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := eval.WriteMisses(f, misses); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// pageResult is the prediction line of one page and what it cost.
type pageResult struct {
	id   string
	line []byte // JSON object and newline
	fail string // the kind of failure of a failed page, "" if none
	took time.Duration
}

// extractPages extracts every page with workers goroutines sharing one
// Extractor, and returns the prediction lines in page order.
func extractPages(ctx context.Context, pages []eval.Page, workers int) ([]pageResult, error) {
	ex := scoop.New(scoop.WithMaxBytes(maxPageBytes))
	res := make([]pageResult, len(pages))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(workers, len(pages)) {
		wg.Go(func() {
			for i := range jobs {
				res[i] = extractPage(ex, pages[i])
			}
		})
	}
	var err error
	for i := range pages {
		if err = ctx.Err(); err != nil {
			break
		}
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	if err != nil {
		return nil, fmt.Errorf("interrupted: %w", err)
	}
	return res, nil
}

// predictionLine is one line of the predictions file.
type predictionLine struct {
	ID      string         `json:"id"`
	Article *scoop.Article `json:"article,omitempty"`
	Error   string         `json:"error,omitempty"`
}

// extractPage extracts one page and encodes its prediction line. A page
// that fails (no article, unreadable source, even a panic of the
// extractor) gives an {"id", "error"} line, with the partial article of a
// page with no article, as extract prints it. The html field is dropped:
// it is not scored.
func extractPage(ex *scoop.Extractor, p eval.Page) (r pageResult) {
	start := time.Now()
	a, err := extractSource(ex, p)
	r = pageResult{id: p.ID, took: time.Since(start)}
	rec := predictionLine{ID: p.ID}
	if err != nil {
		rec.Error, r.fail = err.Error(), failureKind(err)
	}
	if a != nil { // with ErrNoArticle, what the page declared: extract prints it too
		a.HTML = ""
		rec.Article = a
	}
	var b bytes.Buffer
	if err := encodeJSON(&b, rec, ""); err != nil {
		b.Reset()
		encodeJSON(&b, predictionLine{ID: p.ID, Error: err.Error()}, "")
		r.fail = "other"
	}
	r.line = b.Bytes()
	return r
}

// errPanic marks a page on which the extractor panicked.
var errPanic = errors.New("scoop eval: extractor panicked")

// extractSource runs the extractor on the page's source, turning a panic
// into an error so that one bad page cannot stop the evaluation.
func extractSource(ex *scoop.Extractor, p eval.Page) (a *scoop.Article, err error) {
	defer func() {
		if v := recover(); v != nil {
			a, err = nil, fmt.Errorf("%w: %v", errPanic, v)
		}
	}()
	src, err := p.Open()
	if err != nil {
		return nil, err
	}
	defer src.Close()
	pageURL := p.Gold.URL
	if pageURL == "" {
		pageURL = evalDefaultURL
	}
	a, err = ex.Extract(src, pageURL)
	if err == nil && a == nil {
		err = scoop.ErrNoArticle
	}
	return a, err
}

// failureKind names the kind of a page's failure for the summary.
func failureKind(err error) string {
	switch {
	case errors.Is(err, scoop.ErrNoArticle):
		return "no article"
	case errors.Is(err, scoop.ErrNotHTML):
		return "not html"
	case errors.Is(err, scoop.ErrEmpty):
		return "empty"
	case errors.Is(err, scoop.ErrTooLarge):
		return "too large"
	case errors.Is(err, eval.ErrNoSource):
		return "no source file"
	case errors.Is(err, errPanic):
		return "panic"
	}
	return "other"
}

// writePredictions writes the prediction lines to the file at path.
func writePredictions(path string, res []pageResult) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for _, r := range res {
		w.Write(r.line)
	}
	return errors.Join(w.Flush(), f.Close())
}

// readPredictions reads a predictions file.
func readPredictions(path string) (map[string]*eval.Prediction, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return eval.ReadPredictions(f)
}

// writeTiming prints how long the extraction took: the wall time, and the
// worker time per page (wall time × workers / pages, close to the CPU
// time per page when every worker has a core of its own), the slowest
// page, and the failed pages by kind.
func writeTiming(w io.Writer, res []pageResult, wall time.Duration, workers int) {
	kinds := map[string]int{}
	failed := 0
	slowest := res[0]
	for _, r := range res {
		if r.fail != "" {
			failed++
			kinds[r.fail]++
		}
		if r.took > slowest.took {
			slowest = r
		}
	}
	workers = min(workers, len(res))
	perPage := wall.Seconds() * 1000 * float64(workers) / float64(len(res))
	fmt.Fprintf(w, "scoop eval: %d pages (%d failed) in %.2fs with %d workers: %.1f ms/page worker time (wall × workers / pages); slowest %s %.0f ms\n",
		len(res), failed, wall.Seconds(), workers, perPage, slowest.id, slowest.took.Seconds()*1000)
	if failed > 0 {
		var parts []string
		for _, k := range slices.Sorted(maps.Keys(kinds)) {
			parts = append(parts, fmt.Sprintf("%d %s", kinds[k], k))
		}
		fmt.Fprintf(w, "scoop eval: failed pages: %s (scored on the partial article of a page with no article, as empty otherwise)\n", strings.Join(parts, ", "))
	}
}
