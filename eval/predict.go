package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// Article is the part of a predicted article the scorer reads, decoded
// loosely from JSON with the field names of scoop.Article, so that the
// output of any extractor written with those names can be scored. Other
// fields are ignored, and a field of an unexpected JSON type reads as
// empty rather than failing the line.
type Article struct {
	// Headline is "headline".
	Headline string
	// Standfirst is "standfirst".
	Standfirst string
	// Authors are the names in "authors": each element is an object whose
	// "name" is taken ("" when it has none) or a plain string (null reads
	// as "", as in score.py). A string in place of the list is one name.
	Authors []string
	// Published is "published"; only the YYYY-MM-DD at its start counts.
	Published string
	// Headings are the non-empty "heading" strings of the "sections"
	// objects, in order.
	Headings []string
	// Text is "text", the body text.
	Text string
	// Language is "language".
	Language string
	// SiteName is "site_name".
	SiteName string
}

// UnmarshalJSON decodes the scored fields of an article object. Anything
// other than an object (null included) gives the empty Article.
func (a *Article) UnmarshalJSON(b []byte) error {
	*a = Article{}
	var m map[string]json.RawMessage
	if json.Unmarshal(b, &m) != nil {
		if !json.Valid(b) {
			return errors.New("eval: article: invalid JSON")
		}
		return nil // valid JSON that is not an object
	}
	a.Headline = looseString(m["headline"])
	a.Standfirst = looseString(m["standfirst"])
	a.Published = looseString(m["published"])
	a.Text = looseString(m["text"])
	a.Language = looseString(m["language"])
	a.SiteName = looseString(m["site_name"])
	a.Authors = looseAuthors(m["authors"])
	a.Headings = looseHeadings(m["sections"])
	return nil
}

// looseString is raw as a string, or "" when raw is absent, null or not a
// string.
func looseString(raw json.RawMessage) string {
	var s string
	if len(raw) == 0 || json.Unmarshal(raw, &s) != nil {
		return ""
	}
	return s
}

func looseAuthors(raw json.RawMessage) []string {
	if len(raw) == 0 {
		return nil
	}
	var list []json.RawMessage
	if json.Unmarshal(raw, &list) != nil {
		if s := looseString(raw); s != "" {
			return []string{s}
		}
		return nil
	}
	var names []string
	for _, el := range list {
		var obj map[string]json.RawMessage
		switch {
		case json.Unmarshal(el, &obj) == nil && obj != nil:
			names = append(names, looseString(obj["name"]))
		case len(el) > 0 && el[0] == '"', string(el) == "null":
			names = append(names, looseString(el))
		}
	}
	return names
}

func looseHeadings(raw json.RawMessage) []string {
	var list []json.RawMessage
	if len(raw) == 0 || json.Unmarshal(raw, &list) != nil {
		return nil
	}
	var hs []string
	for _, el := range list {
		var obj map[string]json.RawMessage
		if json.Unmarshal(el, &obj) != nil {
			continue
		}
		if h := looseString(obj["heading"]); h != "" {
			hs = append(hs, h)
		}
	}
	return hs
}

// Prediction is one line of a predictions file: the article an extractor
// gave for one page, and the error it failed with, if any. A page with a
// Prediction is not missing, even when it failed: it scores its article
// (a failed page may carry a partial one), an empty article when that is
// null.
type Prediction struct {
	// ID is the page's folder name.
	ID string `json:"id"`
	// Article is the predicted article (empty for a failed page).
	Article Article `json:"article"`
	// Error is the failure message of a failed page, if any.
	Error string `json:"error,omitempty"`
}

// ErrNoID is matched by the error of a prediction line without a string
// "id".
var ErrNoID = errors.New("eval: prediction has no string id")

// ParsePrediction decodes one line of a predictions file:
// {"id": ..., "article": {...}} or {"id": ..., "error": "..."}.
func ParsePrediction(line []byte) (*Prediction, error) {
	var raw struct {
		ID      json.RawMessage `json:"id"`
		Article Article         `json:"article"`
		Error   json.RawMessage `json:"error"`
	}
	if err := json.Unmarshal(line, &raw); err != nil {
		return nil, fmt.Errorf("eval: prediction: %w", err)
	}
	var id string
	if len(raw.ID) == 0 || json.Unmarshal(raw.ID, &id) != nil {
		return nil, ErrNoID
	}
	p := &Prediction{ID: id, Article: raw.Article}
	if len(raw.Error) > 0 && string(raw.Error) != "null" {
		if p.Error = looseString(raw.Error); p.Error == "" {
			p.Error = string(raw.Error)
		}
	}
	return p, nil
}

// ReadPredictions reads a predictions file, one JSON object per line
// (blank lines skipped), into a map by id; a later line for an id
// replaces an earlier one. A line that is not valid JSON, or has no string
// id, is an error naming its line number.
func ReadPredictions(r io.Reader) (map[string]*Prediction, error) {
	preds := map[string]*Prediction{}
	br := bufio.NewReader(r)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			p, perr := ParsePrediction(line)
			if perr != nil {
				return nil, fmt.Errorf("eval: predictions line %d: %w", n, perr)
			}
			preds[p.ID] = p
		}
		if errors.Is(err, io.EOF) {
			return preds, nil
		}
		if err != nil {
			return nil, fmt.Errorf("eval: reading predictions: %w", err)
		}
	}
}

// MarshalJSON writes the article with the field names of scoop.Article
// (authors as {"name": ...} objects, headings as {"heading": ...}
// sections), omitting empty fields, so that it reads back the same.
func (a Article) MarshalJSON() ([]byte, error) {
	type name struct {
		Name string `json:"name"`
	}
	type section struct {
		Heading string `json:"heading"`
	}
	out := struct {
		Headline   string    `json:"headline,omitempty"`
		Standfirst string    `json:"standfirst,omitempty"`
		Authors    []name    `json:"authors,omitempty"`
		Published  string    `json:"published,omitempty"`
		Language   string    `json:"language,omitempty"`
		SiteName   string    `json:"site_name,omitempty"`
		Sections   []section `json:"sections,omitempty"`
		Text       string    `json:"text,omitempty"`
	}{
		Headline: a.Headline, Standfirst: a.Standfirst, Published: a.Published,
		Language: a.Language, SiteName: a.SiteName, Text: a.Text,
	}
	for _, n := range a.Authors {
		out.Authors = append(out.Authors, name{n})
	}
	for _, h := range a.Headings {
		out.Sections = append(out.Sections, section{h})
	}
	return json.Marshal(out)
}
