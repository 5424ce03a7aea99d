package testsite

import (
	"math/rand/v2"
	"strings"
)

// pick returns a pseudo-random number in [0, n).
func pick(p *rand.PCG, n int) int { return int(p.Uint64() % uint64(n)) }

// word appends a random word of list.
func word[T ~string](dst []byte, p *rand.PCG, list []T) []byte {
	return append(dst, list[pick(p, len(list))]...)
}

// capitalise upper-cases the ASCII letter at dst[from], if any.
func capitalise(dst []byte, from int) []byte {
	if from < len(dst) && 'a' <= dst[from] && dst[from] <= 'z' {
		dst[from] -= 'a' - 'A'
	}
	return dst
}

// appendHeadline appends the headline of article i. It draws from p when p
// is not nil (leaving p ready for the standfirst), else from a fresh
// generator. Every headline starts with the article's key noun.
func (s *Site) appendHeadline(dst []byte, i int, p *rand.PCG) []byte {
	if p == nil {
		r := s.headRNG(i)
		p = &r
	}
	start := len(dst)
	dst = append(dst, s.keyNoun(i)...)
	dst = capitalise(dst, start)
	dst = append(dst, ' ')
	switch pick(p, 4) {
	case 0: // Harbour approves costly plan in Northbridge
		dst = word(append(word(append(word(dst, p, verbsPresent[:]), ' '), p, adjectives[:]), ' '), p, nouns[:])
		dst = append(append(word(append(dst, ' '), p, prepositions[:]), ' '), places[pick(p, len(places))]...)
	case 1: // Railway scraps costly upgrade after disputed review
		dst = word(append(word(append(word(dst, p, verbsPresent[:]), ' '), p, adjectives[:]), ' '), p, nouns[:])
		dst = word(append(word(append(dst, " after "...), p, adjectives[:]), ' '), p, nouns[:])
	case 2: // Harbour in Eastholm faces closure within weeks
		dst = append(append(dst, "in "...), places[pick(p, len(places))]...)
		dst = word(append(word(append(dst, ' '), p, verbsPresent[:]), ' '), p, nouns[:])
		dst = word(append(dst, ' '), p, timePhrases[:])
	default: // Harbour backs new deal for Karsby, officials say
		dst = word(append(word(append(word(dst, p, verbsPresent[:]), ' '), p, adjectives[:]), ' '), p, nouns[:])
		dst = append(append(append(dst, " for "...), places[pick(p, len(places))]...), ", officials say"...)
	}
	return dst
}

// appendHeadlineDek appends the headline of article i to dst and its
// standfirst (one sentence) to dek.
func (s *Site) appendHeadlineDek(dst, dek []byte, i int) ([]byte, []byte) {
	p := s.headRNG(i)
	dst = s.appendHeadline(dst, i, &p)
	start := len(dek)
	dek = word(dek, &p, subjects[:])
	dek = capitalise(dek, start)
	dek = word(append(word(append(word(append(dek, ' '), &p, verbsPast[:]), " the "...), &p, adjectives[:]), ' '), &p, nouns[:])
	dek = append(append(word(append(dek, ' '), &p, prepositions[:]), ' '), places[pick(&p, len(places))]...)
	dek = word(append(dek, ' '), &p, timePhrases[:])
	dek = word(append(dek, ", "...), &p, tails[:])
	return dst, append(dek, '.')
}

// tails end compound sentences.
var tails = [...]string{
	"although many details remain unclear", "while critics urged caution",
	"a move that surprised many observers", "which drew sharp criticism from rivals",
	"and promised further updates", "citing rising costs",
	"after a lengthy debate", "despite strong objections",
}

// person appends a name made of the first name of one author and the last
// name of another, for quotes.
func person(dst []byte, p *rand.PCG) []byte {
	a := pick(p, len(authorNames))
	b := (a + 1 + pick(p, len(authorNames)-1)) % len(authorNames)
	first := authorNames[a]
	last := authorNames[b]
	first = first[:strings.IndexByte(first, ' ')]
	last = last[strings.IndexByte(last, ' ')+1:]
	return append(append(append(dst, first...), ' '), last...)
}

// sentence appends one sentence of body text.
func (s *Site) sentence(dst []byte, p *rand.PCG, i int) []byte {
	start := len(dst)
	switch pick(p, 6) {
	case 0:
		dst = word(dst, p, subjects[:])
		dst = word(append(word(append(word(append(dst, ' '), p, verbsPast[:]), " the "...), p, adjectives[:]), ' '), p, nouns[:])
		dst = append(append(word(append(dst, ' '), p, prepositions[:]), ' '), places[pick(p, len(places))]...)
		dst = word(append(dst, ' '), p, timePhrases[:])
	case 1:
		dst = word(dst, p, connectors[:])
		dst = word(append(dst, ", "...), p, subjects[:])
		dst = word(append(word(append(dst, ' '), p, reportVerbs[:]), " that the "...), p, nouns[:])
		dst = word(append(word(append(dst, " would "...), p, verbsBase[:]), " the "...), p, adjectives[:])
		dst = word(append(dst, ' '), p, nouns[:])
		dst = append(append(word(append(dst, ' '), p, prepositions[:]), ' '), places[pick(p, len(places))]...)
	case 2:
		dst = append(dst, "“"...)
		q := len(dst)
		dst = capitalise(word(dst, p, quotes[:]), q)
		dst = person(append(dst, ",” "...), p)
		dst = word(append(dst, ", "...), p, roles[:])
		dst = append(append(append(dst, " for the "...), places[pick(p, len(places))]...), ' ')
		dst = append(dst, s.keyNoun(i)...)
		dst = word(append(dst, ", "...), p, saidVerbs[:])
	case 3:
		dst = word(append(dst, "According to "...), p, sources[:])
		dst = word(append(dst, ", the "...), p, nouns[:])
		if pick(p, 2) == 0 {
			dst = append(dst, " rose by "...)
		} else {
			dst = append(dst, " fell by "...)
		}
		dst = appendInt(dst, 2+pick(p, 97), 0)
		dst = word(append(dst, " percent "...), p, timePhrases[:])
	case 4:
		dst = word(dst, p, subjects[:])
		dst = word(append(word(append(dst, ' '), p, verbsPast[:]), " the "...), p, nouns[:])
		dst = word(append(word(append(dst, " and "...), p, verbsPast[:]), " the "...), p, adjectives[:])
		dst = word(append(word(append(dst, ' '), p, nouns[:]), ", "...), p, tails[:])
	default:
		dst = appendInt(append(dst, "More than "...), 120+pick(p, 9800), 0)
		dst = append(dst, " people attended "...)
		adj := adjectives[pick(p, len(adjectives))]
		if strings.IndexByte("aeiou", adj[0]) >= 0 {
			dst = append(dst, "an "...)
		} else {
			dst = append(dst, "a "...)
		}
		dst = append(dst, adj...)
		dst = append(append(dst, " meeting in "...), places[pick(p, len(places))]...)
		dst = word(append(dst, ' '), p, timePhrases[:])
		dst = word(append(dst, ", where the "...), p, nouns[:])
		dst = append(dst, " was discussed at length"...)
	}
	dst = capitalise(dst, start)
	return append(dst, '.')
}

// minBodyWords is the least number of words of an article body.
const minBodyWords = 280

// appendBody appends the body of article i as HTML: 5 to 9 paragraphs of 3
// to 5 sentences, h2 headings after the second, fourth and (when there is
// one) seventh paragraph, and fig after the first paragraph.
func (s *Site) appendBody(dst []byte, i int, fig string) []byte {
	p := s.bodyRNG(i)
	paras := 5 + pick(&p, 5)
	words := 0
	for k := range paras {
		dst = append(dst, "<p>"...)
		start := len(dst)
		n := 3 + pick(&p, 3)
		for j := 0; j < n || k == paras-1 && words+countWords(dst[start:]) < minBodyWords; j++ {
			if j > 0 {
				dst = append(dst, ' ')
			}
			dst = s.sentence(dst, &p, i)
		}
		words += countWords(dst[start:])
		dst = append(dst, "</p>\n"...)
		switch k {
		case 0:
			dst = append(dst, fig...)
		case 1, 3, 6:
			if k < paras-1 {
				dst = append(dst, "<h2>"...)
				h := len(dst)
				if pick(&p, 2) == 0 {
					dst = word(append(dst, "The "...), &p, adjectives[:])
					dst = word(append(dst, ' '), &p, nouns[:])
				} else {
					dst = word(append(word(dst, &p, nouns[:]), ' '), &p, prepositions[:])
					dst = append(append(dst, ' '), places[pick(&p, len(places))]...)
				}
				dst = capitalise(dst, h)
				dst = append(dst, "</h2>\n"...)
			}
		}
	}
	return dst
}

// countWords counts runs of letters and digits separated by spaces.
func countWords(b []byte) int {
	n := 0
	in := false
	for _, c := range b {
		if c == ' ' || c == '\n' {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}
