package scorer

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Phrase kinds.
const (
	kindVague uint8 = iota
	kindLegalese
	kindPlain // precise though it holds a vague word: "one or more"
)

// phrase is one lexicon entry: the keys of its words and its kind.
type phrase struct {
	keys []uint64
	kind uint8
}

// phraseTable finds multi-word phrases in a token stream without regular
// expressions: phrases are indexed by the key of their first word, longest
// first, and compared key by key. A one-hash Bloom filter of the first words
// lets most tokens skip the map lookup.
type phraseTable struct {
	first map[uint64][]phrase
	bits  [1 << 16 / 64]uint64
}

// newPhraseTable returns an empty table.
func newPhraseTable() *phraseTable { return &phraseTable{first: map[uint64][]phrase{}} }

// filterBit is the filter bit of a key.
func filterBit(key uint64) uint64 { return key >> (64 - 16) }

// add compiles the phrases of one kind in lang into the table.
func (t *phraseTable) add(lang string, kind uint8, phrases []string) {
	for _, p := range phrases {
		sg := segment(p)
		if len(sg.tokens) == 0 {
			continue
		}
		keys := make([]uint64, len(sg.tokens))
		for k, tok := range sg.tokens {
			keys[k] = wordKey(lang, p[tok.start:tok.end])
		}
		t.first[keys[0]] = append(t.first[keys[0]], phrase{keys: keys, kind: kind})
		b := filterBit(keys[0])
		t.bits[b/64] |= 1 << (b % 64)
	}
	for _, ps := range t.first {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].keys) > len(ps[j].keys) })
	}
}

// mayStart reports whether a phrase may start with the word of this key.
func (t *phraseTable) mayStart(key uint64) bool {
	b := filterBit(key)
	return t.bits[b/64]&(1<<(b%64)) != 0
}

// match returns the length in tokens and the kind of the longest phrase
// starting at token i, or 0. keys[k] is the key of token k; alt, when not
// nil, holds a second key per token (Arabic without its leading
// conjunction), tried for the first word.
func (t *phraseTable) match(keys, alt []uint64, i int) (int, uint8) {
	var cands []phrase
	if t.mayStart(keys[i]) {
		cands = t.first[keys[i]]
	}
	if len(cands) == 0 && alt != nil && alt[i] != keys[i] && t.mayStart(alt[i]) {
		cands = t.first[alt[i]]
	}
	for _, p := range cands {
		if i+len(p.keys) > len(keys) {
			continue
		}
		ok := true
		for k := 1; k < len(p.keys); k++ {
			if keys[i+k] != p.keys[k] {
				ok = false
				break
			}
		}
		if ok {
			return len(p.keys), p.kind
		}
	}
	return 0, 0
}

// FNV-1a, 64 bits.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// wordKey hashes a word for matching: lower case; Arabic folded as
// NormalizeArabic does; in French and Italian an elided article or pronoun
// ("l'", "d'", "qu'", "s'") is dropped, so "d'autres" matches "autres".
func wordKey(lang, w string) uint64 {
	if lang == "fr" || lang == "it" {
		w = dropElision(w)
	}
	h := uint64(fnvOffset)
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = (h ^ uint64(c)) * fnvPrime
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		if isTashkeel(r) || r == 'ـ' {
			continue
		}
		if r == '’' {
			r = '\''
		}
		r = foldArabicLetter(unicode.ToLower(r))
		var buf [4]byte
		n := utf8.EncodeRune(buf[:], r)
		for k := 0; k < n; k++ {
			h = (h ^ uint64(buf[k])) * fnvPrime
		}
	}
	return h
}

// dropElision removes an elided French or Italian prefix ("l'", "qu'").
func dropElision(w string) string {
	for k := 1; k <= 3 && k < len(w); k++ {
		if w[k] == '\'' {
			return w[k+1:]
		}
		if w[k] == 0xE2 && strings.HasPrefix(w[k:], "’") {
			return w[k+len("’"):]
		}
	}
	return w
}

// arabicConjunctionKey is the key of an Arabic word without a leading
// conjunction و or ف, for words of four letters or more; otherwise key.
func arabicConjunctionKey(w string, key uint64) uint64 {
	r, size := utf8.DecodeRuneInString(w)
	if (r == 'و' || r == 'ف') && utf8.RuneCountInString(w) >= 4 {
		return wordKey("ar", w[size:])
	}
	return key
}
