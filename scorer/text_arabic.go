package scorer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// NormalizeArabic folds the spelling variants of Arabic text so that matching
// does not depend on them: it strips the diacritics (tashkeel, including
// Quranic annotation marks and the superscript alef) and the tatweel, unifies
// the alef forms أ إ آ ٱ to ا, the alef maqsura ى to ي, and the ta marbuta ة
// to ه. Other text passes through unchanged.
func NormalizeArabic(s string) string {
	if !hasArabic(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if isTashkeel(r) || r == 'ـ' {
			continue
		}
		b.WriteRune(foldArabicLetter(r))
	}
	return b.String()
}

// hasArabic reports whether s holds any rune of the Arabic block.
func hasArabic(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < utf8.RuneSelf {
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= 0x0600 && r <= 0x06FF || r >= 0x0750 && r <= 0x077F || r >= 0x08A0 && r <= 0x08FF {
			return true
		}
		i += size - 1
	}
	return false
}

// isTashkeel reports whether r is an Arabic diacritic: harakat, tanween,
// shadda, sukun, the superscript alef and Quranic annotation marks.
func isTashkeel(r rune) bool {
	return r >= 0x064B && r <= 0x065F || r == 0x0670 ||
		r >= 0x06D6 && r <= 0x06ED || r >= 0x08D3 && r <= 0x08FF || r >= 0x0610 && r <= 0x061A
}

// foldArabicLetter maps the alef, ya and ta marbuta variants to one form.
func foldArabicLetter(r rune) rune {
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ى':
		return 'ي'
	case 'ة':
		return 'ه'
	}
	return r
}

// arabicWord holds the OSMAN measures of one Arabic word.
type arabicWord struct {
	// syllables is short + 2×long + 2×stress syllables (El-Haj & Rayson 2016).
	syllables int
	// letters counts the letters without diacritics or tatweel.
	letters int
	// faseehMark is true when the word holds ء ئ ؤ ذ ظ or ends in وا or ون.
	faseehMark bool
}

// Arabic letters OSMAN looks at.
const (
	fatha  = '\u064E'
	damma  = '\u064F'
	kasra  = '\u0650'
	shadda = '\u0651'
)

// isLongVowelLetter reports whether r lengthens the vowel before it (ا و ي).
func isLongVowelLetter(r rune) bool { return r == 'ا' || r == 'و' || r == 'ي' }

// measureArabicWord counts an Arabic word's syllables the OSMAN way. With
// diacritics it follows the reference implementation exactly: a fatha,
// damma or kasra is a short syllable, or a long one when ا, و or ي follows
// it; tanween and shadda are stress syllables; long and stress syllables
// count double. Most web text has no diacritics; then each letter is read as
// a consonant with a short vowel, lengthened when ا/ى (or و/ي between
// consonants) follows, the last letter closes the word (pause form), the
// lam of the article "ال" closes its syllable, and no stress is counted.
func measureArabicWord(w string) arabicWord {
	var buf [32]rune
	letters := buf[:0]
	var m arabicWord
	marked := false
	short, long, stress := 0, 0, 0
	var prev rune
	for _, r := range w {
		switch {
		case r == fatha || r == damma || r == kasra:
			marked = true
		case r >= 0x064B && r <= 0x064D || r == shadda:
			stress++
		case isTashkeel(r) || r == 'ـ':
		default:
			if unicode.IsLetter(r) {
				letters = append(letters, r)
				switch r {
				case 'ء', 'ئ', 'ؤ', 'ذ', 'ظ':
					m.faseehMark = true
				}
			}
		}
		if prev == fatha || prev == damma || prev == kasra {
			if isLongVowelLetter(r) {
				long++
			} else {
				short++
			}
		}
		prev = r
	}
	if prev == fatha || prev == damma || prev == kasra {
		short++
	}
	m.letters = len(letters)
	if n := len(letters); n >= 2 {
		last, before := letters[n-1], letters[n-2]
		if before == 'و' && (last == 'ا' || last == 'ن') {
			m.faseehMark = true
		}
	}
	if marked {
		m.syllables = short + 2*(long+stress)
		return m
	}
	m.syllables = estimateArabicSyllables(letters)
	return m
}

// estimateArabicSyllables estimates the OSMAN syllables of an undiacritised word.
func estimateArabicSyllables(w []rune) int {
	n := len(w)
	if n == 0 {
		return 0
	}
	if n == 1 {
		return 1
	}
	// The article "ال", alone or after a one-letter proclitic (و ف ب ك ل).
	article := -1
	if n > 3 && w[0] == 'ا' && w[1] == 'ل' {
		article = 1
	} else if n > 4 && (w[0] == 'و' || w[0] == 'ف' || w[0] == 'ب' || w[0] == 'ك') && w[1] == 'ا' && w[2] == 'ل' {
		article = 2
	}
	vowelAt := func(i int) bool { // is w[i] a long-vowel letter rather than a consonant?
		if i == 0 {
			return false
		}
		switch w[i] {
		case 'ا', 'ى', 'آ':
			return i != article-1
		case 'و', 'ي':
			prevCons := !isLongVowelLetter(w[i-1]) && w[i-1] != 'ى'
			nextCons := i == n-1 || !isLongVowelLetter(w[i+1])
			return prevCons && nextCons && i != 1
		}
		return false
	}
	syl := 0
	for i := 0; i < n; i++ {
		if vowelAt(i) {
			continue
		}
		switch {
		case i == article:
			// the lam of the article closes "al".
		case i+1 < n && vowelAt(i+1):
			syl += 2
		case i == n-1:
			// pause form: the last consonant has no vowel.
		default:
			syl++
		}
	}
	return max(syl, 1)
}
