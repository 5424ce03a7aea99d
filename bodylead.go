package scoop

import (
	"cmp"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsscoop/scoop/internal/meta"
	"github.com/newsscoop/scoop/internal/text"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// fileCaption matches a picture's caption written as a paragraph of the
// text: wire copy marks an archive picture "FILE PHOTO: …" ("Archivfoto:",
// "Foto de archivo:"); no sentence of an article starts so.
var fileCaption = regexp.MustCompile(`(?i)^\W*(file (photo|picture|image|pic)|archive (photo|picture|image)|archivfoto|archivbild|foto de archivo|imagen de archivo|photo d'archives)\s*:`)

// mediaURL matches a paragraph that is only the address of a sound, video
// or picture file: the fallback text of an audio or video player.
var mediaURL = regexp.MustCompile(`(?i)^\s*https?://\S+\.(wav|mp3|m4a|aac|ogg|oga|opus|flac|mp4|m4v|webm|mov|avi|mkv|jpe?g|png|gif|webp)(\?\S*)?\s*$`)

// videoPromo matches the line a site puts over its video player to send
// the reader to its video channel ("Watch more of our videos on Shots!",
// "Visit Shots! now").
var videoPromo = regexp.MustCompile(`(?i)^\W*(watch more (of )?our videos\b.{0,80}|visit [\pL\pN!.' ]{1,30} now\W*)$`)

// maxLeadWord is the longest single word (runes) isLeadFurniture drops
// before the first paragraph; maxLeadLink the longest link.
const (
	maxLeadWord = 30
	maxLeadLink = 40
)

// clockTime matches a line that is only a time of day ("6:14 a.m.",
// "14.30 Uhr").
var clockTime = regexp.MustCompile(`(?i)^\W*\d{1,2}[:.]\d{2}\s*(a\.?m\.?|p\.?m\.?|uhr|h)?\W*$`)

// isLeadFurniture reports whether block i of the body, with nothing kept
// before it and a block after it, is furniture over the text: one
// word alone on its line (a kicker, a section or a place name: "ESPORTE",
// "Singapore"; with a stop too when the headline or og:title opens with
// it), a time of day, or a short link (a section or an edit link: "1 in
// Fore!", "Edit").
func (p *page) isLeadFurniture(in []block, i int, kept int) bool {
	b := in[i]
	if kept > 0 || b.level > 0 || i+1 >= len(in) {
		return false
	}
	if clockTime.MatchString(b.text) {
		return true
	}
	if utf8.RuneCountInString(b.text) <= maxLeadLink && p.linkBlock(b) && !anchorLink(b.node) {
		return true
	}
	word := !strings.ContainsFunc(b.text, unicode.IsSpace) && utf8.RuneCountInString(b.text) <= maxLeadWord
	if word && (strings.HasPrefix(p.headline, b.text+" ") || strings.HasPrefix(p.meta.Tag("og:title"), b.text+" ")) {
		return true // the kicker the title opens with ("Gaza." over "Gaza. En vidéo : …")
	}
	return word && !endsSentence(b.text) && strings.IndexFunc(b.text, unicode.IsLetter) >= 0 && !strings.ContainsFunc(b.text, unspaced)
}

// unspaced reports whether r belongs to a script written without spaces
// between words (Chinese, Japanese, Thai): there a line without a space
// is no single word.
func unspaced(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

// anchorLink reports whether the first link in n points into the page
// ("#section-2"): an entry of a table of contents, not a section link.
func anchorLink(n *html.Node) bool {
	a := findFirst(n, func(c *html.Node) bool { return c.DataAtom == atom.A })
	return a != nil && strings.HasPrefix(attr(a, "href"), "#")
}

// creditSegment matches one part of a date line that credits the source
// or the picture ("Fonte: Agência Brasil", "Foto: Cesar Greco"), parts
// set apart by a dash or a bar.
var creditSegment = mustLabelRegexp(`(?i)^\W*(foto|fotos|bild|photo|photos|image|imagem|imagen|credit|quelle|source|fuente|fonte|źródło|via)\s*:\s*\S.{0,80}$`)

// lineSeparator splits a date line into its parts.
var lineSeparator = regexp.MustCompile(`\s+[-–—|•·]\s+`)

// dropCredits removes the credit parts (creditSegment) of rest, a date
// line without its dates.
func dropCredits(rest string) string {
	parts := lineSeparator.Split(rest, -1)
	if len(parts) < 2 {
		return rest
	}
	kept := parts[:0]
	for _, s := range parts {
		if !creditSegment.MatchString(s) {
			kept = append(kept, s)
		}
	}
	return strings.Join(kept, " ")
}

// loremWords holds the words of the Latin placeholder text that page
// templates and paywalls fill a box with ("Dolor ipsam et est cumque"),
// leaving out the short words real Latin shares with it.
var loremWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`lorem ipsum dolor dolore dolorem dolores doloribus dolorum amet consectetur consectetuer adipiscing adipisci
		eiusmod tempor tempora tempore incididunt labore laboriosam laborum magna aliqua aliquam aliquid veniam nostrud exercitation exercitationem
		ullamco laboris nisi aliquip commodo consequat consequatur consequuntur duis aute irure reprehenderit voluptate voluptatem voluptas voluptates
		voluptatibus voluptatum velit esse cillum fugiat fugit nulla pariatur excepteur occaecat cupidatat cupiditate proident culpa officia officiis
		deserunt mollit molestiae molestias anim ipsa ipsam quia quod quos quas eos eum ea natus rerum sint tenetur debitis aspernatur sapiente
		iure repellat repellendus illum magnam accusantium accusamus doloremque laudantium totam aperiam eaque inventore veritatis quasi architecto
		beatae vitae dicta explicabo nemo enim odit autem perferendis sequi nesciunt neque porro quisquam numquam eius modi incidunt minima
		nostrum ullam corporis suscipit harum quidem facilis expedita distinctio impedit blanditiis praesentium deleniti atque corrupti
		similique provident mollitia omnis iste error dignissimos ducimus earum optio cumque nihil placeat facere possimus assumenda
		repudiandae recusandae itaque asperiores maiores alias reiciendis voluptatem ratione fuga quaerat soluta nobis eligendi
		delectus quibusdam saepe eveniet voluptates`) {
		m[w] = true
	}
	return m
}()

// Limits of isLorem.
const (
	minLoremWords = 8 // placeholder words a paragraph needs
	loremShare    = 2 // at least 1/loremShare of its words are placeholder words
)

// isLorem reports whether t is placeholder text ("Lorem ipsum dolor sit
// amet", or the generated "Dolor ipsam et est cumque…" a paywall puts in
// place of the article): never an article's paragraph.
func isLorem(t string) bool {
	words := strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !unicode.IsLetter(r) })
	n := 0
	for _, w := range words {
		if loremWords[w] {
			n++
		}
	}
	return n >= minLoremWords && n*loremShare >= len(words)
}

// titledArticle returns the first article element whose own h1–h3 says
// the headline, for a page whose headline element is not known (an h2
// headline, a teaser list printing the same title first); nil if none.
// One walk of the tree, run once per page.
func (p *page) titledArticle() *html.Node {
	if p.headline == "" {
		return nil
	}
	var found *html.Node
	walk(p.root, func(n *html.Node) bool {
		if found != nil || n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return false
		}
		if n.DataAtom != atom.Article {
			return true
		}
		for _, h := range findAll(n, isTitleHeading) {
			if text.SameText(headlineText(h), p.headline) {
				found = n
				return false
			}
		}
		return false
	})
	return found
}

// isTitleHeading reports whether n is an h1, h2 or h3.
func isTitleHeading(n *html.Node) bool {
	return n.Type == html.ElementNode && (n.DataAtom == atom.H1 || n.DataAtom == atom.H2 || n.DataAtom == atom.H3)
}

// maxHeadLine is the longest line (bytes) of a header element that
// isHeadLine drops.
const maxHeadLine = 80

// isHeadLine reports whether block b is a short line that is no sentence
// in a header element: the article head's kicker or meta line ("Lesezeit:
// 2 min", "Last updated 6 hours ago") that readability kept with the
// text. A dek or a lead paragraph there is a sentence and stays.
func isHeadLine(b block) bool {
	n := cmp.Or(b.node, b.split, b.box) // a line set apart by <br>, an inline run
	return n != nil && len(b.text) <= maxHeadLine && !endsSentence(b.text) &&
		closest(n, func(a *html.Node) bool { return a.DataAtom == atom.Header }) != nil
}

// restoreEdges puts back the paragraph readability left out right before
// the first or right after the last block of root (its result) when the
// page declares its text (JSON-LD articleBody) and the declaration holds
// that paragraph: readability drops a paragraph that is one link ("<p><a
// href=…>Taking place at …</a></p>"), and at the edges no kept block on
// both sides brings it back (see restoreBetween). Boxes without text
// between are passed over; the paragraph is one long enough to be text
// (minLeadParagraph). One walk of the original tree finds the two blocks.
func (p *page) restoreEdges(root *html.Node, skip func(*html.Node) bool) {
	if p.art == nil || p.art.Source != meta.SourceJSONLD || p.art.Body == "" {
		return
	}
	paras := findAll(root, func(n *html.Node) bool { return n.DataAtom == atom.P && firstTextOf(n) != "" })
	if len(paras) == 0 {
		return
	}
	first, last := paras[0], paras[len(paras)-1]
	declared := text.Fold(p.art.Body)
	origs := p.originalsOf(firstTextOf(first), firstTextOf(last))
	edge := func(orig, kept *html.Node, next func(*html.Node) *html.Node) *html.Node {
		for k := probeDepth(kept, firstTextOf(kept)); orig != nil && k > 0; k-- {
			orig = orig.Parent
		}
		if orig == nil {
			return nil
		}
		orig = liftSingle(orig) // a wrapper of the paragraph alone
		for s := next(orig); s != nil; s = next(s) {
			if s.Type != html.ElementNode || skip(s) || textLen(s) == 0 {
				continue
			}
			t := nodeText(s)
			if len(t) < minLeadParagraph || !strings.Contains(declared, text.Fold(t)) || !holdsParagraph(s) {
				return nil
			}
			return s
		}
		return nil
	}
	if s := edge(origs[0], first, func(n *html.Node) *html.Node { return n.PrevSibling }); s != nil {
		first.Parent.InsertBefore(cloneWithout(s, skip), first)
	}
	if s := edge(origs[1], last, func(n *html.Node) *html.Node { return n.NextSibling }); s != nil && last != first {
		last.Parent.InsertBefore(cloneWithout(s, skip), last.NextSibling)
	}
}

// holdsParagraph reports whether n is a paragraph or a box holding one
// paragraph and nothing else.
func holdsParagraph(n *html.Node) bool {
	for n != nil && n.DataAtom != atom.P {
		n = onlyElementChild(n)
	}
	return n != nil
}
