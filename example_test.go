package scoop_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/newsscoop/scoop"
	"github.com/newsscoop/scoop/selectors"
)

func ExampleExtract() {
	f, err := os.Open("testdata/golden/seed-wordpress/page.html")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	a, err := scoop.Extract(f, "https://www.meridianpost.com/2025/08/18/europe-rejoins-ukraine-peace-talks-after-trump-putin-summit/")
	if err != nil {
		panic(err)
	}
	fmt.Println(a.Headline)
	fmt.Println(a.Authors[0].Name, "-", a.Published)
	for _, s := range a.Sections {
		fmt.Println("##", s.Heading)
	}
	// Output:
	// Europe Rejoins Ukraine Peace Talks After Trump-Putin Summit
	// William Lee - 2025-08-18T14:32:10-04:00
	// ## Historic White House Meeting Brings European Leaders Back to Negotiating Table
	// ## Diplomatic Momentum Builds
	// ## Security Guarances Take Center Stage
	// ## European Unity and Divisions
	// ## Path Forward
}

func ExampleExtract_errors() {
	_, err := scoop.Extract(strings.NewReader("\x89PNG\r\n\x1a\n\x00\x00"), "")
	fmt.Println(errors.Is(err, scoop.ErrNotHTML))
	_, err = scoop.Extract(strings.NewReader(""), "")
	fmt.Println(errors.Is(err, scoop.ErrEmpty))
	// Output:
	// true
	// true
}

func ExampleNew() {
	// Build once, share between goroutines.
	rules, err := selectors.Default().Load(strings.NewReader(`{"hosts": ["example.com"], "rules": {"byline": ["div.writer"]}}`))
	if err != nil {
		panic(err)
	}
	ex := scoop.New(scoop.WithSelectors(rules), scoop.WithMaxBytes(8<<20))
	_ = ex
	fmt.Println("ok")
	// Output: ok
}

func ExampleExtractor_ExtractWARC() {
	// A Common Crawl CC-NEWS file, or one written by scoop crawl --warc.
	f, err := os.Open("internal/warc/testdata/cc-news.warc.gz")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	seen := map[string]bool{}
	for a, err := range scoop.New().ExtractWARC(context.Background(), f, 0) {
		var ae *scoop.ArchiveError
		switch {
		case errors.As(err, &ae): // a redirect, an image, a page without an article: skip it
			fmt.Println("skipped:", ae.Status, ae.URL)
			continue
		case err != nil: // the file is cut short or is not WARC
			panic(err)
		case seen[a.Key]:
			continue
		}
		seen[a.Key] = true
		fmt.Println(a.FetchedAt.Format("2006-01-02"), a.Headline, "-", a.Authors[0].Name)
	}
	// Output:
	// skipped: 301 http://example-news.com/world/2024/03/01/ceasefire-talks-resume
	// 2024-03-01 Ceasefire talks resume in Cairo - Amira Haddad
}
