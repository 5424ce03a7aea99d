package main

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strings"
)

// versionModules are the modules whose versions decide what scoop
// extracts and fetches; version prints them so that a dataset can say
// exactly which extractor made it.
var versionModules = []string{
	"github.com/newsscoop/scoop",
	"codeberg.org/readeck/go-readability/v2",
	"github.com/PuerkitoBio/goquery",
	"github.com/gocolly/colly/v2",
	"golang.org/x/net",
}

func versionUsage(w io.Writer) {
	io.WriteString(w, `Usage: scoop version

Print the versions of scoop, of the modules that decide what it extracts
(go-readability, goquery, colly, x/net's HTML parser) and of Go, and the
VCS revision it was built from, for a dataset's provenance.
`)
}

// runVersion is the version command.
func runVersion(_ context.Context, e *env, args []string) error {
	if len(args) > 0 {
		if args[0] == "-h" || args[0] == "-help" || args[0] == "--help" {
			versionUsage(e.stdout)
			return nil
		}
		return usagef(e.stderr, versionUsage, "scoop version: takes no arguments")
	}
	_, err := io.WriteString(e.stdout, versionText())
	return err
}

// versionText is what version prints.
func versionText() string {
	var b strings.Builder
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		fmt.Fprintf(&b, "scoop (no build information) %s\n", runtime.Version())
		return b.String()
	}
	versions := map[string]string{bi.Main.Path: bi.Main.Version}
	for _, d := range bi.Deps {
		v := d.Version
		if d.Replace != nil {
			v = d.Replace.Path + " " + d.Replace.Version
		}
		versions[d.Path] = v
	}
	for _, m := range versionModules {
		if v, ok := versions[m]; ok {
			fmt.Fprintf(&b, "%s %s\n", m, v)
		}
	}
	rev, dirty := "", false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev != "" {
		if dirty {
			rev += " (modified)"
		}
		fmt.Fprintf(&b, "revision %s\n", rev)
	}
	fmt.Fprintf(&b, "%s %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return b.String()
}
