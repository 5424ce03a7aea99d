package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// env is what a command may touch: its input and output streams. run builds
// it from its arguments, so tests can use buffers.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// command is one subcommand of scoop.
type command struct {
	name    string
	summary string
	// run runs the command with the arguments after its name.
	run func(ctx context.Context, e *env, args []string) error
	// usage writes the command's help to w.
	usage func(w io.Writer)
}

// commands lists the subcommands, in the order help shows them. A new
// command (crawl, eval) is one more entry here and a file of its own.
func commands() []command {
	return []command{
		{name: "extract", summary: "extract the article of each page given as a file, a URL or stdin", run: runExtract, usage: extractUsage},
		{name: "eval", summary: "score the extractor on a corpus of labelled pages", run: runEval, usage: evalUsage},
		{name: "crawl", summary: "crawl news sites from seed URLs and write their articles as JSON lines", run: runCrawl, usage: crawlUsage},
		{name: "warc", summary: "extract the articles archived in WARC files (Common Crawl, scoop crawl --warc) as JSON lines", run: runWARC, usage: warcUsage},
		{name: "version", summary: "print the versions of scoop and of the modules that decide its output", run: runVersion, usage: versionUsage},
	}
}

func findCommand(name string) (command, bool) {
	for _, c := range commands() {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

// usageError is a command line scoop cannot run. Its message and the usage
// have already been written to stderr; main exits with status 2.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

// usagef writes a message and the usage to w and returns a *usageError.
func usagef(w io.Writer, usage func(io.Writer), format string, args ...any) error {
	err := fmt.Errorf(format, args...)
	fmt.Fprintln(w, err)
	usage(w)
	return &usageError{err: err}
}

// run runs scoop with the command-line arguments args (without the program
// name). Records go to stdout, messages to stderr. It returns a *usageError
// for a command line it cannot run (already reported on stderr), and other
// errors for failed work (not yet reported).
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		return usagef(stderr, mainUsage, "scoop: no command given")
	}
	name, rest := args[0], args[1:]
	switch name {
	case "help", "-h", "-help", "--help":
		return runHelp(e, rest)
	}
	c, ok := findCommand(name)
	if !ok {
		if strings.HasPrefix(name, "-") {
			return usagef(stderr, mainUsage, "scoop: flag %s before the command", name)
		}
		return usagef(stderr, mainUsage, "scoop: unknown command %q", name)
	}
	return c.run(ctx, e, rest)
}

// runHelp prints the main usage, or a command's, to stdout.
func runHelp(e *env, args []string) error {
	switch len(args) {
	case 0:
		mainUsage(e.stdout)
		return nil
	case 1:
		if c, ok := findCommand(args[0]); ok {
			c.usage(e.stdout)
			return nil
		}
		return usagef(e.stderr, mainUsage, "scoop help: unknown command %q", args[0])
	default:
		return usagef(e.stderr, mainUsage, "scoop help: too many arguments")
	}
}

func mainUsage(w io.Writer) {
	var b strings.Builder
	b.WriteString("Usage: scoop <command> [flags] [arguments]\n\n")
	b.WriteString("scoop turns news web pages into typed article records.\n\nCommands:\n")
	for _, c := range commands() {
		fmt.Fprintf(&b, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(&b, "  %-9s %s\n", "help", "print this help, or the help of one command")
	b.WriteString("\nRun \"scoop help <command>\" for the flags of a command.\n")
	io.WriteString(w, b.String())
}

// parseFlags parses args with fs, allowing flags after the positional
// arguments too ("scoop extract page.html --format text"); everything after
// "--" is positional. It returns the positional arguments. A parse error or
// -h has already been reported on fs.Output(): help gives flag.ErrHelp,
// other errors a *usageError.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, &usageError{err: fmt.Errorf("scoop %s: %w", fs.Name(), err)}
		}
		rest := fs.Args()
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(pos, rest...), nil
		}
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}
