package main

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"

	"github.com/newsscoop/scoop"
)

// writeText writes a as plain text: headline, standfirst, byline, date,
// then the body, blocks separated by blank lines.
func writeText(b *bytes.Buffer, a *scoop.Article) {
	var blocks []string
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" {
			blocks = append(blocks, s)
		}
	}
	add(a.Headline)
	add(a.Standfirst)
	add(strings.Join(nonEmpty(byline(a), dateLine(a)), "\n"))
	add(bodyText(a))
	for i, s := range blocks {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(s)
		b.WriteByte('\n')
	}
}

// writeMarkdown writes a as CommonMark: "# headline", the standfirst as a
// blockquote, the byline and date in italics, the lead image, the body
// with its section headings, and the related links.
func writeMarkdown(b *bytes.Buffer, a *scoop.Article) {
	var blocks []string
	add := func(s string) {
		if s != "" {
			blocks = append(blocks, s)
		}
	}
	if h := mdParagraph(a.Headline); h != "" {
		add("# " + strings.ReplaceAll(h, "\\\n", " "))
	}
	if s := mdParagraph(a.Standfirst); s != "" {
		add("> " + strings.ReplaceAll(s, "\n", "\n> "))
	}
	if meta := nonEmpty(byline(a), dateLine(a)); len(meta) > 0 {
		add("*" + escapeInline(strings.Join(meta, " · ")) + "*")
	}
	if a.Image != nil && a.Image.URL != "" {
		add("![" + escapeInline(oneLine(a.Image.Caption)) + "](" + mdURL(a.Image.URL) + ")")
		add(mdCaption(a.Image))
	}
	if len(a.Sections) > 0 {
		for _, s := range a.Sections {
			if h := mdParagraph(s.Heading); h != "" {
				level := s.Level
				if level < 2 || level > 6 {
					level = 2
				}
				add(strings.Repeat("#", level) + " " + strings.ReplaceAll(h, "\\\n", " "))
			}
			for _, p := range s.Paragraphs {
				add(mdParagraph(p))
			}
		}
	} else {
		for _, p := range strings.Split(a.Text, "\n\n") {
			add(mdParagraph(p))
		}
	}
	var rel []string
	for _, l := range a.Related {
		if l.URL == "" {
			continue
		}
		title := oneLine(l.Title)
		if title == "" {
			title = l.URL
		}
		rel = append(rel, "- ["+escapeInline(title)+"]("+mdURL(l.URL)+")")
	}
	if len(rel) > 0 {
		add("## Related")
		add(strings.Join(rel, "\n"))
	}
	for i, s := range blocks {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(s)
		b.WriteByte('\n')
	}
}

// byline is the author line as printed, or the authors' names.
func byline(a *scoop.Article) string {
	if s := oneLine(a.Byline); s != "" {
		return s
	}
	var names []string
	for _, au := range a.Authors {
		if n := oneLine(au.Name); n != "" {
			names = append(names, n)
		}
	}
	return strings.Join(names, ", ")
}

// dateLine is the publication date, and the update date when it differs.
func dateLine(a *scoop.Article) string {
	pub, mod := formatDate(a.Published), formatDate(a.Modified)
	switch {
	case pub != "" && mod != "" && mod != pub:
		return "Published " + pub + ", updated " + mod
	case pub != "":
		return "Published " + pub
	case mod != "":
		return "Updated " + mod
	}
	return ""
}

// formatDate writes d for people: "2025-08-18 14:32 -04:00", or the day
// alone for a DayOnly date, or "" for the zero Date.
func formatDate(d scoop.Date) string {
	switch {
	case d.IsZero():
		return ""
	case d.DayOnly:
		return d.Format("2006-01-02")
	default:
		return d.Format("2006-01-02 15:04 -07:00")
	}
}

// bodyText is the article's text, or its sections' paragraphs when the
// text is empty.
func bodyText(a *scoop.Article) string {
	if strings.TrimSpace(a.Text) != "" {
		return a.Text
	}
	var ps []string
	for _, s := range a.Sections {
		ps = append(ps, nonEmpty(s.Heading)...)
		ps = append(ps, nonEmpty(s.Paragraphs...)...)
	}
	return strings.Join(ps, "\n\n")
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// oneLine folds the white space of s, newlines included, to single spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// mdCaption is the caption and credit of an image as an italic line.
func mdCaption(img *scoop.Image) string {
	parts := nonEmpty(oneLine(img.Caption))
	if c := oneLine(img.Credit); c != "" {
		parts = append(parts, "Credit: "+c)
	}
	if len(parts) == 0 {
		return ""
	}
	return "*" + escapeInline(strings.Join(parts, " · ")) + "*"
}

// mdParagraph escapes a paragraph of plain text for markdown: inline
// markup characters, and line starts that would open a block. Lines within
// the paragraph become hard breaks.
func mdParagraph(p string) string {
	var lines []string
	for _, l := range strings.Split(p, "\n") {
		if l = oneLine(l); l != "" {
			lines = append(lines, escapeBlockStart(escapeInline(l)))
		}
	}
	return strings.Join(lines, "\\\n")
}

var inlineEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`, `<`, `\<`,
)

// escapeInline backslash-escapes the characters that start inline markup.
func escapeInline(s string) string { return inlineEscaper.Replace(s) }

// orderedStart matches a line that would start an ordered list item.
var orderedStart = regexp.MustCompile(`^(\d{1,9})([.)])`)

// escapeBlockStart escapes a line start that would make a heading, a
// quote, a list item, a thematic break or a table.
func escapeBlockStart(l string) string {
	if l == "" {
		return l
	}
	switch l[0] {
	case '#', '>', '-', '+', '=', '|', '~':
		return `\` + l
	}
	if m := orderedStart.FindStringSubmatchIndex(l); m != nil {
		return l[:m[3]] + `\` + l[m[3]:]
	}
	return l
}

var urlEscaper = strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E", "\n", "", "\r", "", "\t", "")

// mdURL makes a URL safe as a link destination: the characters that end or
// break one are percent-encoded.
func mdURL(u string) string { return urlEscaper.Replace(strings.TrimSpace(u)) }

// htmlCommentSafe keeps s from ending an HTML comment.
func htmlCommentSafe(s string) string {
	s = strconv.Quote(s)
	return strings.ReplaceAll(s[1:len(s)-1], "--", "-\\-")
}
