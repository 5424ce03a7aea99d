package fingerprint

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// FNV-1a 64 parameters (hash/fnv, inlined so that hashing a token does
// not allocate).
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// shingleSize is the number of consecutive tokens hashed together.
const shingleSize = 3

// Simhash returns the 64-bit simhash (Charikar) of text: every shingle of
// three consecutive tokens votes on each of the 64 bits, and a bit is set
// when more than half of the shingles have it set. Texts that share most
// shingles get fingerprints a small Hamming distance apart (see
// Distance); unrelated texts differ in about 32 bits.
//
// Tokens are the maximal runs of letters, digits, combining marks and
// '_' (the Unicode form of the regexp class \w), lowercased rune by rune
// with unicode.ToLower. In scripts written without spaces between words
// (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar) every character is
// a token of its own, so such texts are shingled by character 3-grams.
// Punctuation, white space and everything else only separate tokens.
// Each token is hashed with FNV-1a 64; a shingle's hash combines its
// three token hashes (rotated by position, so order matters) and runs
// them through a 64-bit finaliser, because simhash needs every bit of a
// shingle hash balanced and FNV-1a's low bits mix poorly.
//
// A text with one or two tokens is one shingle; a text with none returns
// 0. Simhash is a pure function: safe for concurrent use, linear in
// len(text), no allocations, no panics on any input (invalid UTF-8 bytes
// are separators).
func Simhash(text string) uint64 {
	var (
		votes  counter
		window [shingleSize]uint64 // hashes of the last tokens, oldest first
		tokens int                 // tokens seen so far
	)
	add := func(h uint64) {
		window[0], window[1], window[2] = window[1], window[2], h
		tokens++
		if tokens >= shingleSize {
			votes.add(shingle(window))
		}
	}

	h := uint64(fnvOffset)
	inToken := false
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			// ASCII fast path: the bulk of most texts.
			i++
			if asciiWord[c] {
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				if !inToken {
					h, inToken = fnvOffset, true
				}
				h = (h ^ uint64(c)) * fnvPrime
			} else if inToken {
				add(h)
				inToken = false
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			// Invalid byte: a separator.
		case r < twoByteLimit:
			// Latin, Greek, Cyrillic, Hebrew, Arabic …: by table.
			if e := twoByte[r]; e != 0 {
				if !inToken {
					h, inToken = fnvOffset, true
				}
				h = hashRune(h, rune(e&^twoByteWord))
				continue
			}
		case unspaced(r):
			if inToken {
				add(h)
				inToken = false
			}
			add(hashRune(fnvOffset, unicode.ToLower(r)))
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r):
			if !inToken {
				h, inToken = fnvOffset, true
			}
			h = hashRune(h, unicode.ToLower(r))
			continue
		}
		if inToken {
			add(h)
			inToken = false
		}
	}
	if inToken {
		add(h)
	}

	switch {
	case tokens == 0:
		return 0
	case tokens < shingleSize:
		// One shingle of the tokens there are; the zero hashes in
		// front stand for the missing ones.
		return shingle(window)
	}
	return votes.majority()
}

// Distance returns the Hamming distance between two fingerprints: the
// number of bits in which they differ, 0 to 64.
func Distance(a, b uint64) int {
	return bits.OnesCount64(a ^ b)
}

// counter counts, for each of 64 bit positions, how many of the added
// hashes have that bit set. It adds a hash with 8 table look-ups instead
// of 64 shifts: lanes[k] holds eight byte-wide counters for bits 8k to
// 8k+7, which are flushed into counts before they can overflow.
type counter struct {
	counts  [64]uint64
	lanes   [8]uint64
	pending int    // hashes in lanes
	n       uint64 // hashes added
}

// add counts the set bits of h.
func (c *counter) add(h uint64) {
	for k := range c.lanes {
		c.lanes[k] += spread[byte(h>>(8*k))]
	}
	c.n++
	if c.pending++; c.pending == 255 {
		c.flush()
	}
}

// flush moves the byte-wide lane counters into counts.
func (c *counter) flush() {
	for k, lane := range c.lanes {
		for j := range 8 {
			c.counts[8*k+j] += (lane >> (8 * j)) & 0xff
		}
	}
	c.lanes = [8]uint64{}
	c.pending = 0
}

// majority returns the hash whose bits are set where more than half of
// the added hashes have them set.
func (c *counter) majority() uint64 {
	c.flush()
	var fp uint64
	for b, n := range c.counts {
		if 2*n > c.n {
			fp |= 1 << b
		}
	}
	return fp
}

// spread maps a byte to a uint64 whose byte j is bit j of the input
// (0 or 1). Read-only after package initialisation.
var spread = func() (t [256]uint64) {
	for b := range t {
		for j := range 8 {
			t[b] |= uint64(b>>j&1) << (8 * j)
		}
	}
	return t
}()

// shingle combines the token hashes of one window into the shingle hash.
func shingle(w [shingleSize]uint64) uint64 {
	return mix64(w[0] ^ bits.RotateLeft64(w[1], 21) ^ bits.RotateLeft64(w[2], 42))
}

// mix64 is the 64-bit finaliser of MurmurHash3 (fmix64): every input bit
// affects every output bit with probability close to one half.
func mix64(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// hashRune continues the FNV-1a hash h over the UTF-8 bytes of r.
func hashRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		return (h ^ uint64(r)) * fnvPrime
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	for _, c := range buf[:n] {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// twoByteLimit bounds the runes encoded in two UTF-8 bytes.
const twoByteLimit = 0x800

// twoByteWord marks the word runes in twoByte.
const twoByteWord = 1 << 31

// twoByte holds, for each rune below twoByteLimit, twoByteWord|lowercase
// if it belongs to a token and 0 otherwise: two table look-ups less per
// rune of the alphabets most of the corpus is written in. Read-only after
// package initialisation.
var twoByte = func() (t [twoByteLimit]uint32) {
	for r := range rune(twoByteLimit) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r) || r == '_' {
			t[r] = twoByteWord | uint32(unicode.ToLower(r))
		}
	}
	return t
}()

// asciiWord marks the ASCII bytes of \w: letters, digits and '_'.
// Read-only after package initialisation.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
	}
	return t
}()

// unspacedScripts are the scripts written without spaces between words;
// each of their characters is a token.
var unspacedScripts = []*unicode.RangeTable{
	unicode.Han, unicode.Hiragana, unicode.Katakana,
	unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar,
}

// unspaced reports whether r belongs to a script without word spaces
// (combining marks such as Thai vowel signs included: they are tokens of
// their own too).
func unspaced(r rune) bool {
	if r < 0x0e00 { // below Thai: none of the scripts
		return false
	}
	for _, t := range unspacedScripts {
		if unicode.Is(t, r) {
			return true
		}
	}
	return false
}
