// Package vowelrule estimates the syllables of an English word from its
// spelling. The scorer uses it for words the CMU Pronouncing Dictionary does
// not hold, and the dictionary's exception list is computed against it.
package vowelrule

import "strings"

// English estimates the syllables of a lower-case ASCII English word
// from its vowel groups: each run of vowels (y counts after a consonant)
// is one syllable; a silent final "e", and "-ed" and "-es" endings that add
// no syllable, are taken off; vowel pairs that are two syllables ("ia" in
// "media", "io" in "radio", "ua" in "actual") add one. It is the fallback for
// words the dictionary does not hold, and the rule the dictionary's
// exception list is computed against.
func English(w string) int {
	n := len(w)
	if n == 0 {
		return 0
	}
	count := 0
	prev := false
	for i := 0; i < n; i++ {
		v := englishVowelAt(w, i)
		if v && !prev {
			count++
		}
		prev = v
	}
	if n > 3 {
		last, before := w[n-1], w[n-2]
		switch {
		case last == 'e' && before == 'l' && !englishVowelAt(w, n-3):
			// "table", "simple": the "le" is a syllable.
		case last == 'e' && !englishVowelAt(w, n-2):
			count-- // silent e: "make", "provide"
		case last == 'd' && before == 'e' && w[n-3] != 't' && w[n-3] != 'd' && !englishVowelAt(w, n-3):
			count-- // "used", "collected" keeps it after t/d
		case last == 's' && before == 'e' && !englishVowelAt(w, n-3) && !sibilantBefore(w, n-2):
			count-- // "makes" but not "uses", "matches"
		}
	}
	for i := 1; i < n; i++ {
		a, b := w[i-1], w[i]
		var p byte
		if i >= 2 {
			p = w[i-2]
		}
		switch {
		case a == 'i' && b == 'a' && p != 'c' && p != 't' && p != 's' && p != 'g':
			count++
		case a == 'i' && b == 'o' && p != 't' && p != 's' && p != 'c' && p != 'x' && p != 'g':
			count++
		case a == 'u' && (b == 'a' || b == 'o') && p != 'q' && p != 'g':
			count++
		case a == 'i' && b == 'u' && p != 'l':
			count++
		}
	}
	if count < 1 {
		count = 1
	}
	return count
}

// englishVowelAt reports whether w[i] is a vowel: a, e, i, o, u, and y
// after a consonant.
func englishVowelAt(w string, i int) bool {
	switch w[i] {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	case 'y':
		return i > 0 && !englishVowelAt(w, i-1)
	}
	return false
}

// sibilantBefore reports whether w[:end] ends in s, x, z, ch, sh, ce or ge,
// after which "-es" is a syllable.
func sibilantBefore(w string, end int) bool {
	s := w[:end]
	return strings.HasSuffix(s, "s") || strings.HasSuffix(s, "x") || strings.HasSuffix(s, "z") ||
		strings.HasSuffix(s, "ch") || strings.HasSuffix(s, "sh") || strings.HasSuffix(s, "c") || strings.HasSuffix(s, "g")
}
