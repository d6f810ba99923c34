package scorer

import (
	"unicode"
	"unicode/utf8"
)

// normalizeInto writes the matching form of s into dst (reusing its storage)
// and returns it: lower case, Latin accents folded (é→e, ß→ss), Arabic
// diacritics and tatweel dropped, alef, alef maqsura and ta marbuta unified
// as NormalizeArabic does, Arabic-Indic digits turned into ASCII, commas and
// semicolons kept as "," and ";" tokens, every other non-letter, non-digit run
// turned into one space. The result starts and ends with a space, so a
// whole-word pattern is " word ".
//
// Offsets into the result do not map back to s; the rubric only ever quotes
// whole sentences, whose offsets come from the analysis.
func normalizeInto(dst []byte, s string) []byte {
	dst = append(dst[:0], ' ')
	space := true // the last byte written is a space
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				dst = append(dst, c)
				space = false
			case 'A' <= c && c <= 'Z':
				dst = append(dst, c+('a'-'A'))
				space = false
			case c == ',' || c == ';':
				dst, space = appendMark(dst, space, c)
			default:
				if !space {
					dst = append(dst, ' ')
					space = true
				}
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == 'ـ' || isArabicDiacritic(r):
			// Dropped without breaking the word.
		case r >= 0x0660 && r <= 0x0669:
			dst = append(dst, byte('0'+r-0x0660))
			space = false
		case r >= 0x06F0 && r <= 0x06F9:
			dst = append(dst, byte('0'+r-0x06F0))
			space = false
		case r == '،':
			dst, space = appendMark(dst, space, ',')
		case r == '؛':
			dst, space = appendMark(dst, space, ';')
		case r == '\u00AD' || r == '\u200C' || r == '\u200D' || r == '\uFEFF':
			// Soft hyphen and zero-width characters: dropped.
		case unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r):
			dst = appendFolded(dst, unicode.ToLower(r))
			space = false
		default:
			if !space {
				dst = append(dst, ' ')
				space = true
			}
		}
	}
	if !space {
		dst = append(dst, ' ')
	}
	return dst
}

// appendMark writes a "," or ";" token surrounded by spaces.
func appendMark(dst []byte, space bool, mark byte) ([]byte, bool) {
	if !space {
		dst = append(dst, ' ')
	}
	return append(dst, mark, ' '), true
}

// isArabicDiacritic reports whether r is an Arabic diacritic: harakat,
// tanween, shadda, sukun, the superscript alef and Quranic marks.
func isArabicDiacritic(r rune) bool {
	return r >= 0x064B && r <= 0x065F || r == 0x0670 ||
		r >= 0x06D6 && r <= 0x06ED || r >= 0x08D3 && r <= 0x08FF || r >= 0x0610 && r <= 0x061A
}

// appendFolded writes a lower-case letter with Latin accents folded and the
// Arabic alef, ya and ta marbuta variants unified.
func appendFolded(dst []byte, r rune) []byte {
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā':
		return append(dst, 'a')
	case 'ç', 'č':
		return append(dst, 'c')
	case 'è', 'é', 'ê', 'ë', 'ē', 'ę', 'ě':
		return append(dst, 'e')
	case 'ì', 'í', 'î', 'ï', 'ī':
		return append(dst, 'i')
	case 'ñ', 'ń':
		return append(dst, 'n')
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ō':
		return append(dst, 'o')
	case 'ù', 'ú', 'û', 'ü', 'ū', 'ů':
		return append(dst, 'u')
	case 'ý', 'ÿ':
		return append(dst, 'y')
	case 'ß':
		return append(dst, 's', 's')
	case 'œ':
		return append(dst, 'o', 'e')
	case 'æ':
		return append(dst, 'a', 'e')
	case 'أ', 'إ', 'آ', 'ٱ':
		r = 'ا'
	case 'ى':
		r = 'ي'
	case 'ة':
		r = 'ه'
	}
	return utf8.AppendRune(dst, r)
}
