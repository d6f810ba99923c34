package scorer

import (
	"unicode"
	"unicode/utf8"
)

// isASCIIWordByte reports whether c starts a word.
func isASCIIWordByte(c byte) bool { return asciiWord[c] }

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// isWordRune reports whether r continues a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIWordByte(byte(r))
	}
	return (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)) && !isCJK(r)
}

// scanWord reads the word starting at i, appends it to sg and returns the
// offset after it. Apostrophes, hyphens, periods, "@" and "_" join two word
// characters ("don't", "opt-in", "e.g", "1.5", "a@b.com"); a comma joins two
// digits ("1,000"); "http://", "https://" and "www." start a URL that runs to
// the next space or closing bracket.
func scanWord(text string, i int, sg *segmentation) int {
	if end := urlEnd(text, i); end > i {
		sg.tokens = append(sg.tokens, token{start: int32(i), end: int32(end), letters: int32(countAlnum(text[i:end])), flags: tokURL})
		return end
	}
	start := i
	var flags uint8 = tokASCII
	var letters int32
	first := true
	// Fast path: a run of ASCII letters and digits.
	if c := text[i]; c < utf8.RuneSelf {
		if c >= 'A' && c <= 'Z' {
			flags |= tokUpper
		} else if c >= '0' && c <= '9' {
			flags |= tokDigit
		}
		first = false
		for i < len(text) && asciiWord[text[i]] {
			i++
		}
		letters = int32(i - start)
	}
	for i < len(text) {
		c := text[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if isWordRune(r) {
			if first {
				if unicode.IsUpper(r) {
					flags |= tokUpper
				}
				if r >= '0' && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r) {
					flags |= tokDigit
				}
				first = false
			}
			if size > 1 {
				flags &^= tokASCII
			}
			if r < utf8.RuneSelf || !unicode.IsMark(r) {
				letters++
			}
			i += size
			continue
		}
		// A joiner between two word characters stays inside the word.
		if i > start && i+size < len(text) {
			nr, _ := utf8.DecodeRuneInString(text[i+size:])
			if isWordRune(nr) {
				prev, _ := utf8.DecodeLastRuneInString(text[:i])
				switch r {
				case '\'', '’', '-', '‐', '.':
					if r == '-' || r == '‐' {
						flags |= tokHyphen
					}
					if r == '.' && !(isWordRune(prev)) {
						break
					}
					if size > 1 {
						flags &^= tokASCII
					}
					i += size
					continue
				case '@':
					flags |= tokURL
					i += size
					continue
				case ',':
					if isDigitRune(prev) && isDigitRune(nr) {
						i += size
						continue
					}
				case '_':
					i += size
					continue
				}
			}
		}
		break
	}
	sg.tokens = append(sg.tokens, token{start: int32(start), end: int32(i), letters: letters, flags: flags})
	return i
}

// isDigitRune reports whether r is a decimal digit.
func isDigitRune(r rune) bool {
	return r >= '0' && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r)
}

// urlEnd returns the end of a URL starting at i, or i when none starts there.
func urlEnd(text string, i int) int {
	s := text[i:]
	if !(hasPrefixFold(s, "http://") || hasPrefixFold(s, "https://") || hasPrefixFold(s, "www.")) {
		return i
	}
	k := i
	for k < len(text) {
		c := text[k]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == ')' || c == ']' || c == '>' || c == '<' || c == '"' {
			break
		}
		k++
	}
	for k > i && (text[k-1] == '.' || text[k-1] == ',' || text[k-1] == ';' || text[k-1] == ':') {
		k--
	}
	return k
}

// hasPrefixFold is strings.HasPrefix ignoring ASCII case.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for k := 0; k < len(prefix); k++ {
		c := s[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[k] {
			return false
		}
	}
	return true
}

// countAlnum counts the letters and digits of s.
func countAlnum(s string) int {
	n := 0
	for _, r := range s {
		if r < utf8.RuneSelf {
			if isASCIIWordByte(byte(r)) {
				n++
			}
		} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}
