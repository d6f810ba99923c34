package scorer

import (
	"slices"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// asciiFold maps each ASCII byte to what normalizeInto writes for it: its
// lower-case form for letters and digits, itself for "," and ";", and 0 for
// a separator.
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			t[c] = byte(c)
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c) + ('a' - 'A')
		case c == ',' || c == ';':
			t[c] = byte(c)
		}
	}
	return t
}()

// asciiFoldWord marks the ASCII letters and digits.
var asciiFoldWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = asciiFold[c] != 0 && c != ',' && c != ';'
	}
	return t
}()

// foldInto writes exactly what normalizeInto writes for s, faster on the
// ASCII text that makes up most policies.
func foldInto(dst []byte, s string) []byte {
	dst, _ = foldWords(dst, nil, s)
	return dst
}

// foldWords is foldInto that also records where each word of the result
// starts and ends (pairs of offsets in bounds), so that the words need no
// second pass. A "," or ";" mark is a word of its own.
func foldWords(dst []byte, bounds []int32, s string) ([]byte, []int32) {
	dst = append(dst[:0], ' ')
	bounds = bounds[:0]
	space := true // the last byte written is a space
	start := 0    // where the open word starts
	open := func() {
		if space {
			start = len(dst)
			space = false
		}
	}
	closeWord := func() {
		if !space {
			bounds = append(bounds, int32(start), int32(len(dst)))
			dst = append(dst, ' ')
			space = true
		}
	}
	mark := func(m byte) {
		closeWord()
		bounds = append(bounds, int32(len(dst)), int32(len(dst)+1))
		dst = append(dst, m, ' ')
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch f := asciiFold[c]; f {
			case 0:
				closeWord()
				i++
			case ',', ';':
				mark(f)
				i++
			default:
				// A run of ASCII letters and digits, copied in one loop.
				open()
				j := i + 1
				for j < len(s) && s[j] < utf8.RuneSelf && asciiFoldWord[s[j]] {
					j++
				}
				n := len(dst)
				dst = slices.Grow(dst, j-i)[:n+j-i]
				out := dst[n:]
				for k, c := range []byte(s[i:j]) {
					out[k] = asciiFold[c]
				}
				i = j
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == 'ـ' || isArabicDiacritic(r):
		case r >= 0x0660 && r <= 0x0669:
			open()
			dst = append(dst, byte('0'+r-0x0660))
		case r >= 0x06F0 && r <= 0x06F9:
			open()
			dst = append(dst, byte('0'+r-0x06F0))
		case r == '،':
			mark(',')
		case r == '؛':
			mark(';')
		case r == '\u00AD' || r == '\u200C' || r == '\u200D' || r == '\uFEFF':
		case unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r):
			open()
			dst = appendFolded(dst, unicode.ToLower(r))
		default:
			closeWord()
		}
	}
	closeWord()
	return dst, bounds
}

// wordsOf turns word bounds into strings that share norm's storage (no
// copy): they are valid until norm is next written, which the reader does
// only for the next sentence, after every use of this one's words.
func wordsOf(dst []string, norm []byte, bounds []int32) []string {
	if len(norm) == 0 {
		return dst
	}
	all := unsafe.String(&norm[0], len(norm))
	for k := 0; k+1 < len(bounds); k += 2 {
		dst = append(dst, all[bounds[k]:bounds[k+1]])
	}
	return dst
}
