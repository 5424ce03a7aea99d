package scoop

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsscoop/scoop/internal/text"
)

// copyrightSign finds the start of a copyright notice: "©", "(c)" or the
// word.
var copyrightSign = regexp.MustCompile(`(?i)©|\(c\)|\bcopyright\b`)

// copyrightNotice reads the holder a copyright notice names, after the
// signs, the years and "by": "© 2020 Jane Doe", "(c) 2012- Jane Doe. All
// rights reserved", "Copyright © since 2010 by Jane Doe", "© 2022
// Copyright Jane Doe". The word "Copyright" alone needs a sign or a year
// after it ("Copyright Infringement Notification" is prose). The holder
// ends at a full stop, a separator or the next notice; a slash after it
// (group 2) marks a firm or a credit ("© Example A/S", "© Jane Doe/dpa").
var copyrightNotice = regexp.MustCompile(`(?i)^(?:(?:©|\(c\))(?:\s*copyright\b)?|copyright\s*(?:©|\(c\)|(?:(?:since|seit|depuis|desde)\s+)?\d{4}))\s*(?:(?:since|seit|depuis|desde)\s+)?(?:\d{4}\s*(?:[-–]\s*(?:\d{4})?)?\s*,?\s*)?(?:copyright\s+)?(?:(?:by|von|par|por)\s+)?([^|•·,;:©()\d/]+)(/)?`)

// copyrightText is the longest element text read for a notice: a footer
// line, not a whole block.
const copyrightText = 200

// copyrightHolder returns the person the page's last copyright notice
// names ("© 2020 Jane Doe" in the footer of a personal site), or nil when
// that notice names an organisation or nothing name-like. Only the last
// notice counts, so a publisher's footer ("© 2024 Example Media GmbH")
// overrides a credit higher up; picture credits and captions are skipped
// (see inPictureCredit). It is the last resort when no source names an
// author: on a personal site the holder is the writer.
func (p *page) copyrightHolder() []Author {
	var last string
	walk(p.root, func(n *html.Node) bool {
		if n.Type == html.ElementNode && skipText(n) {
			return false
		}
		if n.Type != html.TextNode || n.Parent == nil || !copyrightSign.MatchString(n.Data) {
			return true
		}
		el := n.Parent
		t, whole := boundedText(el, copyrightText)
		if !whole || inPictureCredit(el) {
			return true
		}
		if h, notice := noticeHolder(text.Clean(t)); notice {
			last = h // a later notice of a firm or of no one overrides a person's
		}
		return true
	})
	if !personHolder(last) {
		return nil
	}
	return []Author{{Name: last}}
}

// noticeHolder returns the holder the first copyright notice in t names,
// cleaned, and whether t holds a notice at all: a picture credit ("Foto:
// © Jane Doe") or prose is none; a notice of a firm or a credit ("©
// Example A/S", "© Jane Doe/Agency"), or of no one ("© 2018 All Rights
// Reserved"), names "".
func noticeHolder(t string) (string, bool) {
	loc := copyrightSign.FindStringIndex(t)
	if loc == nil || mediaCredit.MatchString(t[:loc[0]]) {
		return "", false
	}
	m := copyrightNotice.FindStringSubmatch(t[loc[0]:])
	if m == nil {
		return "", false
	}
	if m[2] != "" {
		return "", true
	}
	h := m[1]
	if i := strings.Index(h, ". "); i >= 0 {
		h = h[:i] // "Jane Doe. All rights reserved"
	}
	if i := allRights.FindStringIndex(h); i != nil {
		h = h[:i[0]]
	}
	return text.Clean(strings.TrimRight(strings.TrimSpace(h), ".")), true
}

// inPictureCredit reports whether n is a figure, its caption or a
// picture credit, or sits in one within three levels ("© Jane Doe" under
// a photo or on a header image), by tag, class or id. A class naming the
// copyright alone ("copyrights-text" in a footer) is not a picture's.
func inPictureCredit(n *html.Node) bool {
	for c, i := n, 0; c != nil && i < 3; c, i = c.Parent, i+1 {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Figcaption || c.DataAtom == atom.Figure || pictureClass.MatchString(classID(c)) {
			return true
		}
	}
	return false
}

// pictureClass matches the class words of captions and picture credits.
var pictureClass = regexp.MustCompile(`(?i)caption|credit|legende|bild|foto|photo|image|img|media`)

// mediaCredit matches the words before a picture credit's copyright sign.
var mediaCredit = regexp.MustCompile(`(?i)(foto|photo|bild|image|picture|credit|quelle|source)`)

// allRights matches the reservation that follows a holder without a full
// stop ("Jane Doe All rights reserved"), or stands for one ("© 2018 All
// Rights Reserved").
var allRights = regexp.MustCompile(`(?i)(^|\s)(all rights|alle rechte|tous droits|todos los derechos|tutti i diritti)`)

// personHolder reports whether a copyright holder is a person's name by a
// test stricter than text.LooksLikeName, as nothing else on the page
// vouches for it: two or three capitalised words of letters, none in
// capitals only but initials, none with a capital inside but after a
// hyphen, an apostrophe or "Mc" ("KulturKaufhaus", "A.u.H.B"), no "The"
// and no organisation word; an initial glued to the surname
// ("C.Habermueller") counts as two words. "Jane Doe" passes; "Bundesamt für
// Naturschutz", "KBS WORLD", "The Yomiuri Shimbun" and "Example Media" do
// not.
func personHolder(name string) bool {
	if gluedInitial.MatchString(name) {
		i := strings.IndexByte(name, '.') + 1
		return personHolder(name[:i] + " " + name[i:])
	}
	if !text.LooksLikeName(name) || text.IsOrganization(name) {
		return false
	}
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 3 || strings.EqualFold(words[0], "the") {
		return false
	}
	for _, w := range words {
		if !titleCase(strings.TrimSuffix(w, ".")) {
			return false
		}
	}
	return true
}

// gluedInitial matches a name written with the initial glued to the
// surname: "C.Habermueller".
var gluedInitial = regexp.MustCompile(`^\p{Lu}\.\p{Lu}\p{Ll}+$`)

// titleCase reports whether the word w is written as a name's word: an
// initial ("J"), or a capital followed by small letters, where a hyphen,
// an apostrophe or "Mc" may start another capitalised part
// ("Müller-Lüdenscheidt", "O'Brien", "McDonald").
func titleCase(w string) bool {
	rs := []rune(w)
	if len(rs) == 0 {
		return false
	}
	if len(rs) == 1 {
		return unicode.IsUpper(rs[0])
	}
	for i, r := range rs {
		switch {
		case i == 0:
			if !unicode.IsUpper(r) {
				return false
			}
		case unicode.IsUpper(r):
			prev := rs[i-1]
			if prev != '-' && prev != '\'' && prev != '’' && !(i == 2 && rs[0] == 'M' && rs[1] == 'c') {
				return false
			}
		case !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’':
			return false
		}
	}
	return true
}
