package scorer

import "strings"

// countText measures the words of a text in lang for the readability
// formulas: syllables, letters, and the word classes each formula needs.
func countText(text string, sg *segmentation, lang string) textCounts {
	c := textCounts{words: len(sg.tokens), sentences: len(sg.sentences)}
	for _, t := range sg.tokens {
		c.letters += int(t.letters)
	}
	if lang == "ar" {
		countArabic(text, sg, &c)
		return c
	}
	syl := syllableCounterFor(lang)
	if syl == nil {
		return c
	}
	// Words repeat: a policy of 5,000 words has about 1,000 distinct ones.
	cache := make(map[string]uint8, 1024)
	for _, s := range sg.sentences {
		for i := s.first; i < s.last; i++ {
			t := sg.tokens[i]
			w := text[t.start:t.end]
			n := 1
			if t.flags&(tokDigit|tokURL) == 0 {
				if c, ok := cache[w]; ok {
					n = int(c)
				} else {
					n = syl(w)
					cache[w] = uint8(min(n, 255))
				}
			}
			c.syllables += n
			switch {
			case n == 1:
				c.monosyllables++
			case n >= 3:
				c.polysyllables++
				if lang == "en" && fogComplex(w, t, i == s.first, n) {
					c.complexWords++
				}
			}
			if t.letters > 6 {
				c.longWords++
			}
		}
	}
	return c
}

// fogComplex applies Gunning's exclusions to a word of three syllables or
// more: proper nouns (capitalised inside a sentence), hyphenated compounds,
// and words made three syllables by -ed, -es or -ing.
func fogComplex(w string, t token, sentenceStart bool, n int) bool {
	if t.flags&tokHyphen != 0 || t.flags&tokUpper != 0 && !sentenceStart {
		return false
	}
	for _, suf := range [...]string{"ed", "es", "ing"} {
		if len(w) > len(suf)+2 && strings.EqualFold(w[len(w)-len(suf):], suf) {
			if stem := englishSyllables(w[:len(w)-len(suf)]); stem < 3 && n-stem <= 1 {
				return false
			}
		}
	}
	return true
}

// countArabic fills the OSMAN counts. Words in other scripts count as words
// with one syllable per vowel group.
func countArabic(text string, sg *segmentation, c *textCounts) {
	for _, t := range sg.tokens {
		w := text[t.start:t.end]
		if t.flags&tokASCII != 0 {
			if t.flags&(tokDigit|tokURL) != 0 {
				c.syllables++
			} else {
				c.syllables += englishSyllables(w)
			}
			continue
		}
		m := measureArabicWord(w)
		c.syllables += m.syllables
		if m.letters > 5 {
			c.arabicLong++
		}
		if m.syllables > 4 {
			c.arabicComplex++
			if m.faseehMark {
				c.arabicFaseeh++
			}
		}
	}
}
