package scorer

import (
	"unicode"
	"unicode/utf8"
)

// syllableCounter counts the syllables of one word of a language.
type syllableCounter func(word string) int

// syllableCounterFor returns the syllable counter of a language whose
// readability formulas need one, or nil.
func syllableCounterFor(lang string) syllableCounter {
	switch lang {
	case "en":
		return englishSyllables
	case "fr":
		return frenchSyllables
	case "de":
		return germanSyllables
	case "es":
		return spanishSyllables
	}
	return nil
}

// lowerRunes appends the lower-case letters of word to buf, dropping
// everything that is not a letter.
func lowerRunes(buf []rune, word string) []rune {
	for _, r := range word {
		if r < utf8.RuneSelf {
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			if r >= 'a' && r <= 'z' {
				buf = append(buf, r)
			}
			continue
		}
		if unicode.IsLetter(r) {
			buf = append(buf, unicode.ToLower(r))
		}
	}
	return buf
}

// isFrenchVowel reports whether r is a vowel letter in French.
func isFrenchVowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'à', 'â', 'ä', 'é', 'è', 'ê', 'ë', 'î', 'ï', 'ô', 'ö', 'ù', 'û', 'ü', 'ÿ', 'æ', 'œ':
		return true
	}
	return false
}

// frenchSyllables counts the written syllables of a French word: vowel
// groups (the u of "qu", "gue", "gui" is silent), minus a mute final "e" or "es" (not "é"), plus one where "é" is
// followed by another sounded vowel ("créer", not "données"). Numbers count as one.
func frenchSyllables(word string) int {
	var buf [32]rune
	w := lowerRunes(buf[:0], word)
	// The u of "qu" and of "gu" before e or i is silent: "politique", "guide".
	for i := 1; i < len(w); i++ {
		if w[i] == 'u' && (w[i-1] == 'q' || w[i-1] == 'g' && i+1 < len(w) && (w[i+1] == 'e' || w[i+1] == 'i' || w[i+1] == 'é')) {
			w[i] = 'w'
		}
	}
	n := vowelGroups(w, isFrenchVowel)
	if n == 0 {
		return 1
	}
	if n > 1 {
		l := len(w)
		switch {
		case l >= 2 && w[l-1] == 'e' && !isFrenchVowel(w[l-2]):
			n--
		case l >= 3 && w[l-1] == 's' && w[l-2] == 'e' && !isFrenchVowel(w[l-3]):
			n--
		}
	}
	for i := 0; i+1 < len(w); i++ {
		if w[i] != 'é' || !isFrenchVowel(w[i+1]) {
			continue
		}
		// A mute final "e" or "es" after é is no syllable: "données".
		if w[i+1] == 'e' && (i+2 == len(w) || i+3 == len(w) && w[i+2] == 's') {
			continue
		}
		n++
	}
	return max(n, 1)
}

// isGermanVowel reports whether r is a vowel letter in German.
func isGermanVowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'ä', 'ö', 'ü':
		return true
	}
	return false
}

// germanSyllables counts the syllables of a German word: vowel groups
// (diphthongs ei, ai, au, eu, äu, ie and long vowels aa, ee, oo are one),
// plus one for the hiatus "ia", "io", "eo" ("Familie" is counted as
// written, "Nation" as na-ti-on). Numbers count as one.
func germanSyllables(word string) int {
	var buf [48]rune
	w := lowerRunes(buf[:0], word)
	n := vowelGroups(w, isGermanVowel)
	for i := 0; i+1 < len(w); i++ {
		a, b := w[i], w[i+1]
		if a == 'i' && (b == 'a' || b == 'o') || a == 'e' && b == 'o' {
			n++
		}
	}
	return max(n, 1)
}

// isSpanishVowel reports whether r is a vowel letter in Spanish.
func isSpanishVowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'á', 'é', 'í', 'ó', 'ú', 'ü':
		return true
	}
	return false
}

// spanishStrong reports whether r is a strong vowel, or an accented weak one
// (both break a diphthong).
func spanishStrong(r rune) bool {
	switch r {
	case 'a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú':
		return true
	}
	return false
}

// spanishSyllables counts the syllables of a Spanish word: vowel groups,
// where two strong vowels or an accented í/ú next to a vowel form a hiatus
// (two syllables), and the silent u of "que", "qui", "gue", "gui" is not a
// vowel. A final "y" after a vowel closes a diphthong ("hoy"). Numbers count as one.
func spanishSyllables(word string) int {
	var buf [32]rune
	w := lowerRunes(buf[:0], word)
	n := 0
	prev := rune(0) // previous vowel, 0 after a consonant
	for i, r := range w {
		if r == 'u' && i > 0 && (w[i-1] == 'q' || w[i-1] == 'g') && i+1 < len(w) && (w[i+1] == 'e' || w[i+1] == 'i' || w[i+1] == 'é' || w[i+1] == 'í') {
			continue // silent u
		}
		if !isSpanishVowel(r) {
			prev = 0
			continue
		}
		if prev == 0 || spanishStrong(prev) && spanishStrong(r) {
			n++
		}
		prev = r
	}
	return max(n, 1)
}

// vowelGroups counts the runs of vowels in w.
func vowelGroups(w []rune, isVowel func(rune) bool) int {
	n := 0
	in := false
	for _, r := range w {
		v := isVowel(r)
		if v && !in {
			n++
		}
		in = v
	}
	return n
}
