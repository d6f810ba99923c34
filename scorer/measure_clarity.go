package scorer

import "strings"

// longSentenceWords is the length above which a sentence counts as long.
const longSentenceWords = 40

// charsPerWord converts the long-sentence threshold for languages counted in
// characters (Chinese, Japanese): a Chinese word averages about 1.6
// characters, so a long sentence there is one over 64 characters.
const charsPerWord = 1.6

// clarityResult is what the clarity pass finds.
type clarityResult struct {
	vague, legalese []Span
	passive         int
	long            []Span
}

// findClarity matches the vague and legalese lexicons of lang over the
// tokens, finds the long sentences (over 40 words, or 64 characters where
// byCharacters) and, in English, the passive sentences.
func findClarity(text string, sg *segmentation, ll *langLexicon, lang string, byCharacters bool) clarityResult {
	var res clarityResult
	limit := longSentenceWords
	if byCharacters {
		limit = int(longSentenceWords * charsPerWord)
	}
	for _, s := range sg.sentences {
		if s.last-s.first > limit {
			res.long = append(res.long, s.span)
		}
	}
	if ll == nil {
		return res
	}
	toks := sg.tokens
	keys := make([]uint64, len(toks))
	var alt []uint64
	if lang == "ar" {
		alt = make([]uint64, len(toks))
	}
	for i, t := range toks {
		w := text[t.start:t.end]
		keys[i] = wordKey(lang, w)
		if alt != nil {
			alt[i] = arabicConjunctionKey(w, keys[i])
		}
	}
	res.vague, res.legalese = matchAll(ll.phrases, keys, alt, toks, lang)
	if ll.auxiliaries != nil {
		for _, s := range sg.sentences {
			if isPassive(text, toks, keys, s.first, s.last, ll) {
				res.passive++
			}
		}
	}
	return res
}

// matchAll returns the spans of the longest non-overlapping vague and
// legalese phrase matches.
func matchAll(t *phraseTable, keys, alt []uint64, toks []token, lang string) (vague, legalese []Span) {
	if len(t.first) == 0 {
		return nil, nil
	}
	for i := 0; i < len(keys); {
		n, kind := t.match(keys, alt, i)
		if n == 0 || n == 1 && lang == "en" && looksLikeMonth(toks, i) {
			i++
			continue
		}
		span := Span{Start: int(toks[i].start), End: int(toks[i+n-1].end)}
		if kind == kindPlain {
			i += n
			continue
		}
		if kind == kindLegalese {
			legalese = append(legalese, span)
		} else {
			vague = append(vague, span)
		}
		i += n
	}
	return vague, legalese
}

// looksLikeMonth reports whether the capitalised token i sits next to a
// number, as "May" does in "25 May 2018".
func looksLikeMonth(toks []token, i int) bool {
	if toks[i].flags&tokUpper == 0 {
		return false
	}
	return i > 0 && toks[i-1].flags&tokDigit != 0 || i+1 < len(toks) && toks[i+1].flags&tokDigit != 0
}

// isPassive reports whether the sentence tokens[first:last] holds a form of
// "be" or "get", then up to two adverbs, then a past participle (a regular
// "-ed" form or a listed irregular one).
func isPassive(text string, toks []token, keys []uint64, first, last int, ll *langLexicon) bool {
	for i := first; i < last; i++ {
		if !ll.auxiliaries[keys[i]] {
			continue
		}
		j := i + 1
		for k := 0; k < 2 && j < last; k++ {
			w := text[toks[j].start:toks[j].end]
			if !ll.adverbs[keys[j]] && !(len(w) > 4 && strings.HasSuffix(w, "ly")) {
				break
			}
			j++
		}
		if j >= last {
			continue
		}
		if ll.participles[keys[j]] {
			return true
		}
		w := text[toks[j].start:toks[j].end]
		if len(w) >= 4 && toks[j].flags&tokASCII != 0 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ED")) && !ll.notParticiples[keys[j]] {
			return true
		}
	}
	return false
}
