package scoop

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// tailAppeal matches the appeals and promos under the text that
// callToAction does not word: a newsletter sent to the reader's inbox
// ("Get a weekly roundup in your inbox instead"), a messenger community's
// factbox ("Join the Daily Record WhatsApp community!", "scan the QR
// code", "To leave our community …", "read our Privacy Notice"), the
// author's own accounts ("My Twitter account is @…"), the site's app,
// newsletter, donations and shop in German ("Abonnieren Sie jetzt den
// …-Newsletter", "Unterstützungsmöglichkeiten", "unserem Fan-Shop") and a
// link to more about a topic ("Hier findest du alle Infos!"). Like
// callToAction it is read only among the body's last blocks (dropTrailers).
var tailAppeal = mustAnyRegexp(`(?i)\b(get|receive|delivered|sent)\b.{0,60}\b(in|to|into) your inbox\b|\bjoin(ing)? (the|our) [\pL\pN ]{0,40}(whatsapp|telegram) (community|channel|group)\b|\bscan the qr code\b|\b(leave|join) our community\b|\bour community members\b|\bread our privacy (notice|policy)\b|\bmy (twitter|instagram|mastodon|bluesky) (account|handle) is\b|\babonnieren sie (jetzt )?(den|unseren|unsere|das)\b.{0,40}(newsletter|kanal)|\bunterstützungsmöglichkeiten\b|\bunserem (fan-?)?shop\b|\bapp für (android|ios)|\bapp steht\b.{0,40}\bzum download\b|\b(hier|dort) (findest du|finden sie) (alle |weitere |mehr )*(infos|informationen)\W*$|\bdownload the app\b`)

// tailFurniture matches a line of the page's furniture left among the
// body's last blocks: a feedback widget's buttons ("JaNein", "Yes No"
// after "Was this article helpful?"), a blog platform's pager and feed
// links ("Newer Posts Home", "Subscribe to: Posts (Atom)"), a notice that
// comments are off ("Commenting feature is disabled in your
// country/region."), a "read more on" label whose links were left out, a
// link to the rest of a teaser's text ("Lire la suite"), a
// widget's title ("Notre sélection vidéo", "Nos services", Arabic "مواضيع
// ساخنة اخرى" other hot topics, "مواضيع ذات صلة" related topics), a tag line
// ("Schlagworte: Cybercrime, Hacking", "Tags: …") and an editor's note on
// the series or the site's ads ("EDITOR'S NOTE — A look at the veracity
// of claims …", "Editor's note: The disclaimer below refers to
// advertising posts"), and the note on where a reprint comes from ("This
// post is based on a recent piece that the author wrote for Bloomberg",
// "Wir danken dem Autor für das Recht zur Veröffentlichung").
var tailFurniture = mustLabelRegexp(`(?i)^\W*(ja\s*nein|yes\s*no|oui\s*non|sí\s*no|(newer|older) posts?( home)?( (newer|older) posts?)?|newer post older post home|subscribe to: (posts|post comments) \(atom\)|comment(ing|s)?( feature)? (is|are) (disabled|closed)\b.{0,60}|(die )?kommentarfunktion (ist )?(deaktiviert|geschlossen).{0,60}|read more (on|at|in)|lire la suite|read the rest( of (this|the) (article|story|post))?|(notre|nos) sélections?( vidéos?)?|nos services|مواضيع (ساخنة )?[اأ]خرى|مواضيع ذات صلة|(tags?|schlagworte?|schlagwörter|stichworte|stichwörter|etiquetas|mots[- ]clés|tagged( with)?|filed under)\s*:\s*\S.{0,200}|editor['’]?s note\b.{0,250}|(this|the) (post|article|piece|essay) (is|was) (based on|adapted from)\b.{0,200}|(we thank|thanks to) .{0,60}\bfor (the )?permission to (re)?publish\b.{0,100}|wir danken .{0,60}\b(recht|erlaubnis|genehmigung) zur (zweit)?veröffentlichung\b.{0,100})\W*$`)

// tailLine reports whether b, one of the body's last blocks, is the
// furniture tailFurniture matches, an appeal tailAppeal matches that is
// too long for dropTrailers, or the site's name alone (a brand credit
// under the text, "Stuff").
func (p *page) tailLine(b block) bool {
	if b.level == 0 && len(b.text) > maxTrailer && len(b.text) <= maxTailAppeal && tailAppeal.MatchString(b.text) &&
		!reportedSpeech.MatchString(b.text) && holdsLink(b.node) {
		return true // an appeal longer than dropTrailers reads, with its sign-up link
	}
	if furnitureLine(b.text) {
		return true
	}
	// The name exactly, not up to punctuation (p.isSiteName): "– Sebastian
	// Kurz" signs a text on the site named after him.
	for _, s := range p.siteNames {
		if s != "" && strings.EqualFold(b.text, s) {
			return true
		}
	}
	return false
}

// furnitureLine reports whether t is a short line tailFurniture matches.
func furnitureLine(t string) bool {
	return len(t) <= maxTrailer && tailFurniture.MatchString(t)
}

// holdsLink reports whether n is or holds a link.
func holdsLink(n *html.Node) bool {
	return n != nil && findFirst(n, func(c *html.Node) bool { return c.DataAtom == atom.A }) != nil
}

// minSeparator is the shortest separator line (bytes) isSeparator takes:
// a shorter run of punctuation may be a typographic mark of the text.
const minSeparator = 3

// maxTailAppeal is the longest appeal (bytes) tailLine drops.
const maxTailAppeal = 600

// isSeparator reports whether b is a line of punctuation that parts the
// text from the notes under it ("___", "- - -", a bold "+++").
func isSeparator(b block) bool {
	return (b.level == 0 || boldPara(b)) && len(b.text) >= minSeparator && strings.IndexFunc(b.text, isLetterOrDigit) < 0
}

// maxAppealBox is the most blocks after an appeal set as a heading that
// cutAtAppealBox takes for the appeal's box.
const maxAppealBox = 10

// cutAtAppealBox ends the body at a heading among its last blocks that is
// an appeal (a factbox "Join our WhatsApp community!" over the steps to
// join it), when only short paragraphs follow it: the box under the
// text, every line of which need not word an appeal. The blocks from the
// heading on are cleared from keep.
func cutAtAppealBox(out []block, keep map[*html.Node]bool) []block {
	for i := len(out) - 1; i >= 0 && i >= len(out)-1-maxAppealBox; i-- {
		b := out[i]
		if b.level == 0 {
			if len(b.text) > maxTrailer {
				return out
			}
			continue
		}
		if i == 0 || len(b.text) > maxTrailer || !callToAction.MatchString(b.text) && !tailAppeal.MatchString(b.text) {
			return out
		}
		for _, d := range out[i:] {
			delete(keep, d.node)
		}
		return out[:i]
	}
	return out
}

// translatedNote matches the note over a translated article that says
// from which language ("Traduit de l'anglais", "Translated from the
// German by …", "Aus dem Englischen übersetzt").
var translatedNote = regexp.MustCompile(`(?i)^\W*((traduit|traduction|translated|traducido|traducción|traduzido|tradotto|übersetzt|vertaald)\s+(de|du|from|del|do|dal|aus|uit)\b.{0,60}|aus dem \pL+ übersetzt.{0,60})$`)

// maxTranslated is the longest note (bytes) translatedNote drops.
const maxTranslated = 100

// maxBoxLine is the longest paragraph (bytes) between two appeals that
// appealBox takes for a line of their box.
const maxBoxLine = 160

// appealBox returns the index in out of the appeal that opens an appeal
// box among the body's last blocks (from from on): the body ends with an
// appeal, every block between the two is an appeal or a short line (the
// steps to join a messenger community, what it sends), and they are the
// paragraphs of one box of their own, which the text before them is not
// in. The box's lines need not all word an appeal. It returns -1 when
// there is no such box.
func appealBox(out []block, from int) int {
	n := len(out)
	if n-from < 2 || !isAppeal(out[n-1]) || out[n-1].node == nil || out[n-1].node.Parent == nil {
		return -1
	}
	box, parent := -1, out[n-1].node.Parent
	for i := n - 2; i >= from; i-- {
		b := out[i]
		if b.node == nil || b.node.Parent != parent {
			break
		}
		switch {
		case isAppeal(b):
			box = i
		case b.level > 0 || len(b.text) > maxBoxLine:
			return -1
		}
	}
	if box <= 0 || out[box-1].node == nil || out[box-1].node.Parent == parent {
		return -1 // the text's own paragraphs share the box
	}
	return box
}
