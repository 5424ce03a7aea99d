package scoop

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// Article is what scoop extracts from one news page. Its JSON names are a
// contract shared by the CLI, datasets and other tools: fields are never
// renamed, and empty fields are omitted.
//
// An Article owns its slices; the caller may modify them.
type Article struct {
	// URL is the address the page was fetched from (or the one given to
	// Extract).
	URL string `json:"url,omitempty"`
	// CanonicalURL is the page's own rel=canonical / og:url address, made
	// absolute.
	CanonicalURL string `json:"canonical_url,omitempty"`
	// Headline is the article's title without site-name prefixes or suffixes.
	Headline string `json:"headline,omitempty"`
	// Standfirst is the dek or summary shown with the headline; when the page
	// shows none, the description the page declares for itself.
	Standfirst string `json:"standfirst,omitempty"`
	// Byline is the author line as printed on the page.
	Byline string `json:"byline,omitempty"`
	// Authors has one entry per person named as an author, or organisations
	// when no person is named.
	Authors []Author `json:"authors,omitempty"`
	// Published is the first publication time; Modified the last update.
	Published Date `json:"published,omitzero"`
	Modified  Date `json:"modified,omitzero"`
	// Language is a BCP 47 tag, usually just the primary subtag ("en", "de").
	Language string `json:"language,omitempty"`
	// SiteName is the publication's name ("The Guardian").
	SiteName string `json:"site_name,omitempty"`
	// Category is the site section the article belongs to ("Politics").
	Category string `json:"category,omitempty"`
	// Tags are the topics or keywords the page declares.
	Tags []string `json:"tags,omitempty"`
	// Image is the lead image.
	Image *Image `json:"image,omitempty"`
	// Sections is the body split at its section headings, in order. Text
	// before the first heading is a section with an empty heading.
	Sections []Section `json:"sections,omitempty"`
	// Text is the article body as plain text, paragraphs separated by a
	// blank line. It leaves out the standfirst, unless the page prints it
	// as the body's first paragraph (like the paragraphs after it) or as
	// the body's only paragraph (a paywalled page's teaser).
	Text string `json:"text,omitempty"`
	// HTML is the cleaned article body as HTML.
	HTML string `json:"html,omitempty"`
	// Related are the links the page presents as related to this article.
	Related []Link `json:"related,omitempty"`
	// WordCount counts the words of Text.
	WordCount int `json:"word_count,omitempty"`
}

// Author is one person (or organisation) credited with the article.
type Author struct {
	Name string `json:"name"`
	// URL is the author's profile page, absolute.
	URL string `json:"url,omitempty"`
	// Bio is the author's description from the author box near the article
	// or from the page's structured data.
	Bio string `json:"bio,omitempty"`
}

// Image is a picture with its caption and credit.
type Image struct {
	URL     string `json:"url"`
	Caption string `json:"caption,omitempty"`
	Credit  string `json:"credit,omitempty"`
}

// Section is a part of the body: a heading (empty for the text before the
// first heading), its level (2 for h2 … 6 for h6, 0 when there is no
// heading) and its paragraphs as plain text.
type Section struct {
	Heading    string   `json:"heading,omitempty"`
	Level      int      `json:"level,omitempty"`
	Paragraphs []string `json:"paragraphs,omitempty"`
}

// Link is a titled absolute link.
type Link struct {
	Title string `json:"title"`
	URL   string `json:"url"`
}

// Date is a time as the page gave it. A page that names only a day gives a
// Date with DayOnly set: it is written as "2006-01-02" and its Time is
// midnight UTC of that day. Other dates keep the page's UTC offset and are
// written in RFC 3339.
type Date struct {
	time.Time
	DayOnly bool
}

// String formats d as RFC 3339, or as "2006-01-02" for a DayOnly date, or
// "" for the zero Date.
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.DayOnly:
		return d.Format(time.DateOnly)
	default:
		return d.Format(time.RFC3339)
	}
}

// MarshalJSON writes d as a string in the form String gives.
func (d Date) MarshalJSON() ([]byte, error) {
	return json.Marshal(d.String())
}

// UnmarshalJSON reads a date written by MarshalJSON: RFC 3339 or a bare day.
func (d *Date) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("scoop: date: %w", err)
	}
	s = strings.TrimSpace(s)
	if s == "" {
		*d = Date{}
		return nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		*d = Date{Time: t, DayOnly: true}
		return nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return fmt.Errorf("scoop: date %q: %w", s, err)
	}
	*d = Date{Time: t}
	return nil
}
