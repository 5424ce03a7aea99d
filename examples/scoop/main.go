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
//	crawl     crawl news sites from seed URLs and write their articles as JSON lines
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
// # crawl
//
//	scoop crawl [--out FILE] [--state DIR] [--warc PATH [--warc-max-bytes N]]
//	            [--max-pages N] [--max-depth 5] [--delay 500ms]
//	            [--parallel 4] [--per-host 1] [--user-agent UA]
//	            [--allow-host HOST]... [--allow-private] [--ignore-robots]
//	            [--timeout 30s] [--no-html] [-v] SEED...
//
// Each SEED is an http or https URL: a home or section page, a sitemap or
// a feed. Links are followed up to --max-depth steps on the seeds' hosts
// (or the --allow-host hosts, subdomains included); robots.txt is obeyed
// unless --ignore-robots; each host gets --per-host requests at a time,
// --delay apart (a longer Crawl-delay in robots.txt wins), with
// --parallel fetches in all. Loopback and private addresses are refused
// unless --allow-private.
//
// Each article is written as one JSON line, as soon as it is found: the
// fields of scoop.CrawledArticle (the Article's plus fetched_at, status,
// final_url, seed, depth and key, the canonical address articles are
// deduplicated on), without html if --no-html. Each line is written with
// a single write, so a crash can cut only the last line. The lines go to
// stdout, or are appended to the --out file (created if needed; one crawl
// at a time may write it, others fail).
//
// Resuming: an existing --out file is read first (line by line, keeping
// only the keys) and its articles are never written again. If its last
// line has no newline (a crash cut it) it is removed, or given its
// newline when it is whole, and stderr says so; a file whose lines are not
// JSON objects is refused and left untouched. --state keeps the frontier,
// visited URLs and dedup state in DIR, so that running the same command
// again continues the crawl where it stopped, even after a kill.
//
// --warc archives every request and response as WARC/1.1 in gzip files
// named after PATH (its folder, created if needed, and its name as the
// prefix), starting a new file after --warc-max-bytes (default 1 GiB).
//
// Ctrl-C (SIGINT) or SIGTERM stops the crawl cleanly: no new page is
// started, the output is flushed and closed, the summary says
// "interrupted" (with the number of URLs left queued) and the exit status
// is 0. Run the same command again to resume.
//
// On a terminal, stderr shows a progress line redrawn five times a
// second. At the end stderr gets a summary:
//
//	scoop crawl: 120 pages, 97 articles, 2 errors, 3 duplicates, 4 skipped in 12.3s (9.8 pages/s)
//
// Pages that fail (network errors, error statuses after retries) are
// counted, and printed one per line with -v (--verbose). The exit status
// is 0 when the crawl ran, even with failed pages, and 1 when it could
// not run or stopped on a failure of its own: a bad seed, an unusable
// --state or --warc, an output that cannot be opened or written.
//
// # warc
//
//	scoop warc [--out FILE] [--workers N] [--keep-duplicates] [--no-html]
//	           [-v] [--user-agent UA] [--timeout 30s] INPUT...
//	scoop warc [flags] --index CDX [--archive-base URL|DIR]
//
// Extracts, offline, the articles archived in WARC files: Common Crawl's
// CC-NEWS and CC-MAIN files, the files of scoop crawl --warc, wget's. Each
// INPUT is a .warc or .warc.gz file, an http(s) URL of one (read as it
// downloads), or "-" for stdin. Each article is one JSON line, in the
// files' order whatever --workers: "source" (the input), the Article's
// fields, warc_record_id, fetched_at (the WARC-Date), status, key, and
// warc_truncated when the archive holds only the start of the page. An
// article whose key was already written is skipped unless
// --keep-duplicates. Records without an article (redirects, error
// answers, images, robots.txt, section fronts) are counted, and printed
// with -v. --out appends to a file and, as for crawl, never writes again
// an article the file holds, so running the same command again after a
// stop writes only what is missing. The summary on stderr:
//
//	scoop warc: 7 response records: 3 articles written, 1 duplicates, 1 without an article, 2 not pages (redirects, errors, other types), 0 unreadable or too large, in 0.2s
//
// An input cut short or not WARC is reported after its whole records are
// written, the other inputs still run, and the exit status is 1.
//
// With --index, only the records a CDX index lists are read, each from
// its own byte range (Common Crawl's index server output=json lines or
// the CDXJ lines of its cdx-*.gz files; gzip or not; "-" for stdin): the
// line's filename joined to --archive-base (default
// https://data.commoncrawl.org/; a URL read with Range requests, retried
// on 429 and 5xx, or a local directory), at its offset and length. Lines
// whose status is not 2xx are skipped unread; each article line also has
// warc_offset. A line that cannot be read is reported, the others still
// run, and the exit status is 1.
//
// # version
//
//	scoop version
//
// Prints the versions of scoop and of the modules that decide what it
// extracts (go-readability, goquery, colly, golang.org/x/net), the VCS
// revision of the build when Go stamped it, and the Go version.
//
// # Exit status
//
// 0 on success, 1 when an input failed (or the run was interrupted; an
// interrupted crawl exits 0, see crawl), 2 for a command line scoop cannot
// run: no command, an unknown command or flag, or a bad flag value.
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
	// After the first signal, stop catching: a second Ctrl-C kills.
	context.AfterFunc(ctx, stop)
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
