package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/newsscoop/scoop"
)

// printer writes the records of extract to w in one format, one record per
// input, each in a single Write so that lines stay whole on a pipe.
type printer struct {
	w      io.Writer
	format string
	multi  bool // several inputs: records carry their source
	noHTML bool
	n      int // records written
}

func newPrinter(w io.Writer, format string, multi, noHTML bool) *printer {
	return &printer{w: w, format: format, multi: multi, noHTML: noHTML}
}

// article writes the record of an input that succeeded.
func (p *printer) article(source string, a *scoop.Article) error {
	if p.noHTML {
		c := *a
		c.HTML = ""
		a = &c
	}
	var b bytes.Buffer
	switch p.format {
	case formatText, formatMarkdown:
		if p.multi {
			p.separate(&b, source)
		}
		if p.format == formatText {
			writeText(&b, a)
		} else {
			writeMarkdown(&b, a)
		}
	case formatJSON:
		if !p.multi {
			if err := encodeJSON(&b, a, "  "); err != nil {
				return err
			}
			break
		}
		fallthrough
	default:
		rec, err := record(a, field{"source", source})
		if err != nil {
			return err
		}
		p.writeRecord(&b, rec)
	}
	p.n++
	_, err := p.w.Write(b.Bytes())
	return err
}

// failure writes the record of an input that failed: a JSON object with
// its source and error and, for a page with no article, the fields of the
// partial Article found on it. A single input writes only a partial
// Article, with its error: as indented JSON (no source) for json, as a
// record for jsonl. Text and markdown write nothing; the message on stderr
// is the report.
func (p *printer) failure(source string, err error, partial *scoop.Article) error {
	if p.format != formatJSON && p.format != formatJSONL || !p.multi && partial == nil {
		return nil
	}
	if partial != nil && p.noHTML {
		c := *partial
		c.HTML = ""
		partial = &c
	}
	var b bytes.Buffer
	if p.format == formatJSON && !p.multi {
		rec, rerr := record(partial, field{"error", err.Error()})
		if rerr != nil {
			return rerr
		}
		json.Indent(&b, rec, "", "  ") // rec is valid JSON: cannot fail
		b.WriteByte('\n')
	} else {
		rec, rerr := record(partial, field{"source", source}, field{"error", err.Error()})
		if rerr != nil {
			return rerr
		}
		p.writeRecord(&b, rec)
	}
	p.n++
	_, err = p.w.Write(b.Bytes())
	return err
}

// finish closes the JSON array of a multi-input json run.
func (p *printer) finish() error {
	if p.format != formatJSON || !p.multi {
		return nil
	}
	end := "\n]\n"
	if p.n == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(p.w, end)
	return err
}

// writeRecord adds a compact JSON record to b: a line for jsonl, an
// indented array element for json.
func (p *printer) writeRecord(b *bytes.Buffer, rec []byte) {
	if p.format == formatJSONL {
		b.Write(rec)
		b.WriteByte('\n')
		return
	}
	if p.n == 0 {
		b.WriteString("[\n  ")
	} else {
		b.WriteString(",\n  ")
	}
	json.Indent(b, rec, "  ", "  ") // rec is valid JSON: cannot fail
}

// separate starts a text or markdown article of a multi-input run.
func (p *printer) separate(b *bytes.Buffer, source string) {
	if p.format == formatText {
		if p.n > 0 {
			b.WriteByte('\n')
		}
		fmt.Fprintf(b, "==> %s <==\n\n", source)
		return
	}
	if p.n > 0 {
		b.WriteString("\n---\n\n")
	}
	fmt.Fprintf(b, "<!-- source: %s -->\n\n", htmlCommentSafe(source))
}

// field is a string field written before an Article's own.
type field struct{ key, val string }

// record returns the compact JSON of a (nil: no fields of its own) with
// the lead fields first.
func record(a *scoop.Article, lead ...field) ([]byte, error) {
	body := []byte("{}")
	if a != nil {
		var art bytes.Buffer
		if err := encodeJSON(&art, a, ""); err != nil {
			return nil, err
		}
		body = bytes.TrimSpace(art.Bytes()) // {...}
	}
	out := make([]byte, 0, len(body)+64)
	out = append(out, '{')
	for i, f := range lead {
		var k, v bytes.Buffer
		if err := errors.Join(encodeJSON(&k, f.key, ""), encodeJSON(&v, f.val, "")); err != nil {
			return nil, err
		}
		if i > 0 {
			out = append(out, ',')
		}
		out = append(out, bytes.TrimSpace(k.Bytes())...)
		out = append(out, ':')
		out = append(out, bytes.TrimSpace(v.Bytes())...)
	}
	if len(body) > 2 {
		if len(lead) > 0 {
			out = append(out, ',')
		}
		return append(out, body[1:]...), nil
	}
	return append(out, '}'), nil
}

// encodeJSON writes v to b as JSON followed by a newline, without escaping
// <, > and & (the html field stays readable), indented if indent is not "".
func encodeJSON(b *bytes.Buffer, v any, indent string) error {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	if indent != "" {
		enc.SetIndent("", indent)
	}
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("encoding json: %w", err)
	}
	return nil
}
