package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/newsscoop/scoop"
)

// maxPageBytes is the most bytes read of one page, from a file, stdin or
// the network; a longer page fails with scoop.ErrTooLarge.
const maxPageBytes = scoop.DefaultMaxBytes

// Output formats of extract.
const (
	formatJSON     = "json"
	formatJSONL    = "jsonl"
	formatText     = "text"
	formatMarkdown = "markdown"
)

// extractConfig is the parsed command line of extract.
type extractConfig struct {
	pageURL     string
	format      string
	contentType string
	timeout     time.Duration
	userAgent   string
	noHTML      bool
	inputs      []string
}

func extractUsage(w io.Writer) {
	fs, _ := extractFlags(w)
	io.WriteString(w, `Usage: scoop extract [flags] [INPUT...]

Extract the article of each INPUT: a file path, an http(s) URL, or "-" for
standard input (the default when no INPUT is given). One input prints its
article as indented JSON; several print one JSON line per input, with a
"source" field naming the input and an "error" field when it failed.

Flags (one or two dashes; they may follow the inputs):
`)
	fs.PrintDefaults()
}

// extractFlags defines the flags of extract on a new FlagSet writing to w.
func extractFlags(w io.Writer) (*flag.FlagSet, *extractConfig) {
	cfg := &extractConfig{}
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(w)
	fs.StringVar(&cfg.pageURL, "url", "", "the `URL` a file or stdin page came from (resolves links, helps date rules)")
	fs.StringVar(&cfg.format, "format", "", "output `format`: json, jsonl, text or markdown (default json for one input, jsonl for several)")
	fs.StringVar(&cfg.contentType, "content-type", "", "Content-Type `value` of file and stdin pages (its charset decides the decoding), and of fetched pages whose server sent none")
	fs.DurationVar(&cfg.timeout, "timeout", 30*time.Second, "time limit for fetching one URL, redirects and body included")
	fs.StringVar(&cfg.userAgent, "user-agent", scoop.DefaultUserAgent, "User-Agent header for fetching URLs")
	fs.BoolVar(&cfg.noHTML, "no-html", false, "omit the html field from JSON output")
	return fs, cfg
}

// parseExtract parses and checks the command line of extract.
func parseExtract(e *env, args []string) (*extractConfig, error) {
	fs, cfg := extractFlags(e.stderr)
	fs.Usage = func() { extractUsage(fs.Output()) }
	inputs, err := parseFlags(fs, args)
	if err != nil {
		return nil, err
	}
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	cfg.inputs = inputs
	bad := func(format string, args ...any) error {
		return usagef(e.stderr, extractUsage, "scoop extract: "+format, args...)
	}
	switch cfg.format {
	case "":
		cfg.format = formatJSON
		if len(inputs) > 1 {
			cfg.format = formatJSONL
		}
	case formatJSON, formatJSONL, formatText, formatMarkdown:
	default:
		return nil, bad("unknown --format %q: want json, jsonl, text or markdown", cfg.format)
	}
	if cfg.timeout <= 0 {
		return nil, bad("--timeout must be positive, not %s", cfg.timeout)
	}
	if strings.TrimSpace(cfg.userAgent) == "" {
		return nil, bad("--user-agent must not be empty")
	}
	local, err := checkInputs(inputs)
	if err != nil {
		return nil, bad("%v", err)
	}
	if cfg.pageURL != "" {
		if u, err := url.Parse(cfg.pageURL); err != nil || !u.IsAbs() || u.Host == "" {
			return nil, bad("--url %q is not an absolute URL", cfg.pageURL)
		}
		if local != 1 {
			return nil, bad("--url names one page: give it with exactly one file or stdin input")
		}
	}
	return cfg, nil
}

// runExtract is the extract command.
func runExtract(ctx context.Context, e *env, args []string) error {
	cfg, err := parseExtract(e, args)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return err
	}
	ex := scoop.New(scoop.WithContentType(cfg.contentType), scoop.WithMaxBytes(maxPageBytes))
	client := newHTTPClient(cfg.timeout)
	out := newPrinter(e.stdout, cfg.format, len(cfg.inputs) > 1, cfg.noHTML)

	failed := 0
	for _, in := range cfg.inputs {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("scoop extract: interrupted: %w", err)
		}
		a, err := extractOne(ctx, e, ex, client, cfg, in)
		if err == nil {
			if err := out.article(in, a); err != nil {
				return fmt.Errorf("scoop extract: writing output: %w", err)
			}
			continue
		}
		if len(cfg.inputs) == 1 {
			// A page with no article still prints what was found on it,
			// with the error (JSON formats); the exit status says it
			// failed.
			if err := out.failure(in, err, a); err != nil {
				return fmt.Errorf("scoop extract: writing output: %w", err)
			}
			return fmt.Errorf("scoop extract: %s: %w", in, err)
		}
		failed++
		fmt.Fprintf(e.stderr, "scoop extract: %s: %v\n", in, err)
		if err := out.failure(in, err, a); err != nil {
			return fmt.Errorf("scoop extract: writing output: %w", err)
		}
	}
	if err := out.finish(); err != nil {
		return fmt.Errorf("scoop extract: writing output: %w", err)
	}
	if failed > 0 {
		return fmt.Errorf("scoop extract: %d of %d inputs failed", failed, len(cfg.inputs))
	}
	return nil
}

// extractOne extracts the article of one input. A page that holds no
// article is an error; the partial Article the library returned with
// scoop.ErrNoArticle (what the page declared and held) comes with it.
func extractOne(ctx context.Context, e *env, ex *scoop.Extractor, client *http.Client, cfg *extractConfig, in string) (*scoop.Article, error) {
	var (
		a   *scoop.Article
		err error
	)
	switch {
	case in == "-":
		a, err = ex.Extract(e.stdin, cfg.pageURL)
	case isURL(in):
		a, err = fetchArticle(ctx, client, ex, in, cfg.userAgent)
	default:
		var f *os.File
		f, err = os.Open(in)
		if err != nil {
			return nil, err
		}
		a, err = ex.Extract(f, cfg.pageURL)
		f.Close()
	}
	if err != nil {
		if errors.Is(err, scoop.ErrNoArticle) && a != nil {
			return a, err
		}
		return nil, err
	}
	if a == nil { // not expected from the library; never print null
		return nil, scoop.ErrNoArticle
	}
	return a, nil
}

// checkInputs checks the inputs of extract or warc: URLs must parse and
// stdin ("-") may come once. It returns how many are not URLs.
func checkInputs(inputs []string) (local int, err error) {
	stdins := 0
	for _, in := range inputs {
		switch {
		case in == "-":
			stdins++
			local++
		case isURL(in):
			if u, err := url.Parse(in); err != nil || u.Host == "" {
				return 0, fmt.Errorf("bad URL %q", in)
			}
		default:
			local++
		}
	}
	if stdins > 1 {
		return 0, errors.New("stdin (-) given more than once")
	}
	return local, nil
}

// isURL reports whether an input names an http or https URL rather than a
// file.
func isURL(in string) bool {
	l := strings.ToLower(in)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}
