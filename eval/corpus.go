package eval

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
)

// Names of the files of one page folder.
const (
	// GoldFile holds the page's gold values as JSON (see Gold). A folder of
	// the corpus without it is not a page.
	GoldFile = "gold.json"
	// SourceFile is the page as fetched, raw bytes in any charset.
	SourceFile = "source.html"
	// SourceFileGz is SourceFile compressed with gzip; it is preferred
	// when both exist.
	SourceFileGz = "source.html.gz"
	// PageFile is the name the repository's testdata/golden cases give
	// the page; it is used when neither source file exists.
	PageFile = "page.html"
)

// Gold is what a corpus knows about one page: the fields of gold.json the
// scorer reads. A field that is empty (or a nil slice) is not asserted and
// the page does not count in that field's metric.
type Gold struct {
	// Source names the dataset the page comes from; the report has one row
	// per source. Empty counts as "?".
	Source string `json:"source,omitempty"`
	// URL is the address the page came from, if known.
	URL string `json:"url,omitempty"`
	// Headline is the article's title.
	Headline string `json:"headline,omitempty"`
	// Standfirst is the summary or dek under the headline.
	Standfirst string `json:"standfirst,omitempty"`
	// Authors are the names of the people who wrote the article.
	Authors []string `json:"authors,omitempty"`
	// Published is the publication time, RFC 3339 or a bare day
	// (YYYY-MM-DD); only its day is scored.
	Published string `json:"published,omitempty"`
	// SectionHeadings are the article's section headings in order. A
	// non-nil empty slice (JSON []) asserts that it has none, as does
	// SectionHeadingsEmpty.
	SectionHeadings []string `json:"section_headings,omitempty"`
	// SectionHeadingsEmpty asserts that the article has no section
	// headings.
	SectionHeadingsEmpty bool `json:"section_headings_empty,omitempty"`
	// BodyText is the article's body text.
	BodyText string `json:"body_text,omitempty"`
	// BodyContains are snippets the body text must contain.
	BodyContains []string `json:"body_contains,omitempty"`
	// BodyExcludes are snippets the body text must not contain; they are
	// scored only on pages that have BodyContains.
	BodyExcludes []string `json:"body_excludes,omitempty"`
	// Language is the article's language tag; only the primary subtag is
	// scored.
	Language string `json:"language,omitempty"`
	// SiteName is the name of the publication.
	SiteName string `json:"site_name,omitempty"`
}

// hasHeadings reports whether the gold asserts the section headings.
func (g *Gold) hasHeadings() bool {
	return g.SectionHeadings != nil || g.SectionHeadingsEmpty
}

// source is the report row of the page.
func (g *Gold) source() string {
	if g.Source == "" {
		return "?"
	}
	return g.Source
}

// Page is one labelled page of a corpus.
type Page struct {
	// ID is the name of the page's folder, the id of its prediction line.
	ID string
	// Gold is the content of its gold.json.
	Gold Gold
	// SourcePath is the path of its source.html.gz, source.html or
	// page.html (the first that exists), or "" when the folder has none
	// (the page can be scored, not extracted).
	SourcePath string
}

// ErrNoSource is returned by Page.Open for a page without a source file.
var ErrNoSource = errors.New("eval: page has no " + SourceFileGz + ", " + SourceFile + " or " + PageFile)

// maxGoldBytes bounds the size of one gold.json.
const maxGoldBytes = 64 << 20

// Open returns the page's raw bytes, decompressed when the file is
// gzipped. The caller closes it. A page without a source file gives an
// error matching ErrNoSource.
func (p Page) Open() (io.ReadCloser, error) {
	if p.SourcePath == "" {
		return nil, fmt.Errorf("%w: %s", ErrNoSource, p.ID)
	}
	f, err := os.Open(p.SourcePath)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	if filepath.Ext(p.SourcePath) != ".gz" {
		return f, nil
	}
	z, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("eval: %s: %w", p.SourcePath, err)
	}
	return &gzipFile{Reader: z, f: f}, nil
}

// gzipFile closes both the gzip stream and its file.
type gzipFile struct {
	*gzip.Reader
	f *os.File
}

func (g *gzipFile) Close() error {
	return errors.Join(g.Reader.Close(), g.f.Close())
}

// LoadCorpus reads the corpus in dir: every sub-folder holding a gold.json
// file is a page, whose ID is the folder name. The repository's
// testdata/golden folder is a corpus too (its cases hold page.html). Pages are sorted by ID (byte
// order, as score.py sorts them). Other entries are ignored; a corpus with
// no page gives an empty slice and no error. A gold.json that is not valid
// JSON of the Gold shape is an error naming its path.
func LoadCorpus(dir string) ([]Page, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("eval: reading corpus: %w", err)
	}
	var pages []Page
	for _, e := range entries {
		pageDir := filepath.Join(dir, e.Name())
		goldPath := filepath.Join(pageDir, GoldFile)
		if !isFile(goldPath) {
			continue
		}
		g, err := readGold(goldPath)
		if err != nil {
			return nil, err
		}
		p := Page{ID: e.Name(), Gold: g}
		for _, name := range []string{SourceFileGz, SourceFile, PageFile} {
			if path := filepath.Join(pageDir, name); isFile(path) {
				p.SourcePath = path
				break
			}
		}
		pages = append(pages, p)
	}
	slices.SortFunc(pages, func(a, b Page) int { return cmp.Compare(a.ID, b.ID) })
	return pages, nil
}

// isFile reports whether path names a regular file, following symbolic
// links (os.path.isfile).
func isFile(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular()
}

func readGold(path string) (Gold, error) {
	f, err := os.Open(path)
	if err != nil {
		return Gold{}, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxGoldBytes+1))
	if err != nil {
		return Gold{}, fmt.Errorf("eval: %w", err)
	}
	if len(b) > maxGoldBytes {
		return Gold{}, fmt.Errorf("eval: %s: over %d bytes", path, maxGoldBytes)
	}
	var g Gold
	if err := json.Unmarshal(bytes.TrimPrefix(b, []byte("\ufeff")), &g); err != nil {
		return Gold{}, fmt.Errorf("eval: %s: %w", path, err)
	}
	return g, nil
}
