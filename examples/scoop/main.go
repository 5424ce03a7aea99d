// Command scoop turns news web pages into typed article records with the
// github.com/newsscoop/scoop library.
//
// Usage:
//
//	scoop <command> [flags] [arguments]
//
// The commands are:
//
//	extract   extract the article of each page given as a file, a URL or stdin
//	help      print this help, or the help of one command
//
// # extract
//
//	scoop extract [--url URL] [--format json|jsonl|text|markdown]
//	              [--content-type CT] [--timeout 30s] [--user-agent UA]
//	              [--no-html] [INPUT...]
//
// Each INPUT is a file path, an http or https URL, or "-" for standard
// input; no INPUT means "-". URLs are fetched with a timeout (--timeout,
// covering the redirects and the whole body) and the User-Agent
// "scoop/0.1 (+https://github.com/newsscoop/scoop)" unless --user-agent
// says otherwise; a status outside 2xx is an error naming the status, and
// the article's url is the final URL after redirects. Pages are read up to
// 32 MiB.
//
// --url gives the address a file or stdin page came from, so that relative
// links resolve and date and site-name rules can use it; it needs exactly
// one file or stdin input. --content-type gives the Content-Type (and so
// the charset) of file and stdin pages, and of fetched pages whose server
// sent none.
//
// Output formats:
//
//   - json: the Article as indented JSON, with the field names of
//     scoop.Article. The default for one input. With several inputs, a
//     JSON array of the records jsonl would print.
//   - jsonl: one compact JSON object per input, in input order: the
//     Article's fields plus "source", the input as given. A failed input
//     prints {"source": ..., "error": ...}. The default for several inputs.
//   - text: headline, standfirst, byline, date, then the body text.
//   - markdown: "# headline", the standfirst as a blockquote, the
//     byline/date line in italics, the lead image, the body with its
//     section headings, and a "Related" list of links.
//
// --no-html drops the html field from JSON output.
//
// Progress and error messages go to stderr, records to stdout. With one
// input, a failure (including a page that holds no article) prints nothing
// on stdout. With several inputs each failure is reported and the others
// still run.
//
// # Exit status
//
// 0 on success, 1 when an input failed (or the run was interrupted), 2 for
// a command line scoop cannot run: no command, an unknown command or flag,
// or a bad flag value.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

// exitCode reports err on w, unless run already did, and returns the exit
// status for it: 0 for nil, 2 for a usage error, 1 otherwise.
func exitCode(err error, w io.Writer) int {
	if err == nil {
		return 0
	}
	var ue *usageError
	if errors.As(err, &ue) {
		return 2 // run has printed the message and the usage
	}
	fmt.Fprintln(w, err)
	return 1
}
