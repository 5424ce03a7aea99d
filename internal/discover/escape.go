package discover

// Byte classes for percent-encoding (RFC 3986 section 2).
const (
	clUnreserved = 1 << iota // ALPHA DIGIT - . _ ~
	clPath                   // may stand literally in a path: pchar and "/"
	clQuery                  // may stand literally in a query: pchar, "/" and "?"
)

// byteClass classifies the 256 byte values; built once, never mutated.
var byteClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = clUnreserved | clPath | clQuery
		t[c-'a'+'A'] = clUnreserved | clPath | clQuery
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = clUnreserved | clPath | clQuery
	}
	for _, c := range "-._~" {
		t[c] = clUnreserved | clPath | clQuery
	}
	for _, c := range "!$&'()*+,;=:@/" { // sub-delims, ":", "@", "/"
		t[c] |= clPath | clQuery
	}
	t['?'] |= clQuery
	return t
}()

const upperHex = "0123456789ABCDEF"

func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// escapesNormal reports whether appendEscapes would return s unchanged:
// every byte may stand literally or belongs to an upper-case escape of a
// byte that is not unreserved.
func escapesNormal(s string, class uint8) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '%' {
			if i+2 >= len(s) || !isUpperHex(s[i+1]) || !isUpperHex(s[i+2]) {
				return false
			}
			hi, _ := unhex(s[i+1])
			lo, _ := unhex(s[i+2])
			if byteClass[hi<<4|lo]&clUnreserved != 0 {
				return false
			}
			i += 2
			continue
		}
		if byteClass[c]&class == 0 {
			return false
		}
	}
	return true
}

func isUpperHex(c byte) bool { return '0' <= c && c <= '9' || 'A' <= c && c <= 'F' }

// appendEscapes appends s to dst with its percent-encoding normalised as
// RFC 3986 section 6.2.2 says: escapes of unreserved characters decoded
// (%7E -> ~), other escapes in upper-case hex (%c3%bc -> %C3%BC), and bytes
// that may not stand literally in the component (class clPath or clQuery)
// escaped: space, controls, non-ASCII bytes, "\"<>[]\\^`{|}" and a '%' that
// starts no escape. Two spellings of one URL thus give one string.
func appendEscapes(dst []byte, s string, class uint8) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '%' && i+2 < len(s) {
			hi, ok1 := unhex(s[i+1])
			lo, ok2 := unhex(s[i+2])
			if ok1 && ok2 {
				v := hi<<4 | lo
				if byteClass[v]&clUnreserved != 0 {
					dst = append(dst, v)
				} else {
					dst = append(dst, '%', upperHex[hi], upperHex[lo])
				}
				i += 2
				continue
			}
		}
		if c != '%' && byteClass[c]&class != 0 {
			dst = append(dst, c)
			continue
		}
		dst = append(dst, '%', upperHex[c>>4], upperHex[c&15])
	}
	return dst
}
