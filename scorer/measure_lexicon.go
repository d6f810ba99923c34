package scorer

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
)

//go:embed data/lexicons.json
var lexiconsJSON []byte

// lexiconFile is the layout of data/lexicons.json.
type lexiconFile struct {
	Version string `json:"version"`
	Reading struct {
		DefaultWPM float64                 `json:"default_wpm"`
		Speeds     map[string]readingSpeed `json:"speeds"`
	} `json:"reading"`
	DetectionStopwords map[string]json.RawMessage `json:"detection_stopwords"`
	Languages          map[string]struct {
		Vague                []string `json:"vague"`
		NotVague             []string `json:"not_vague"`
		Legalese             []string `json:"legalese"`
		PassiveAuxiliaries   []string `json:"passive_auxiliaries"`
		PassiveAdverbs       []string `json:"passive_adverbs"`
		IrregularParticiples []string `json:"irregular_participles"`
		NotParticiples       []string `json:"not_participles"`
	} `json:"languages"`
}

// readingSpeed is a reading rate in words or characters per minute.
type readingSpeed struct {
	Rate float64 `json:"rate"`
	Unit string  `json:"unit"`
}

// lexicons are the compiled lexicons of every language.
type lexicons struct {
	version    string
	defaultWPM float64
	speeds     map[string]readingSpeed
	langs      map[string]*langLexicon
	// stopwords maps a function word's key to the languages it belongs to.
	stopwords map[uint64][]string
}

// langLexicon is one language's compiled phrase tables and passive-voice word sets.
type langLexicon struct {
	// phrases holds the vague and legalese phrases.
	phrases *phraseTable
	// Passive-voice word sets, by token key (English only).
	auxiliaries, adverbs, participles, notParticiples map[uint64]bool
}

var (
	lexOnce sync.Once
	lex     *lexicons
	lexErr  error
)

// loadLexicons compiles the embedded lexicons once.
func loadLexicons() (*lexicons, error) {
	lexOnce.Do(func() { lex, lexErr = compileLexicons(lexiconsJSON) })
	return lex, lexErr
}

// LexiconVersion is the version of the embedded lexicons and reading speeds.
func LexiconVersion() string {
	l, err := loadLexicons()
	if err != nil {
		return ""
	}
	return l.version
}

func compileLexicons(data []byte) (*lexicons, error) {
	var f lexiconFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("scorer: parse lexicons: %w", err)
	}
	if f.Reading.DefaultWPM <= 0 {
		return nil, fmt.Errorf("scorer: lexicons: default_wpm must be positive")
	}
	l := &lexicons{
		version:    f.Version,
		defaultWPM: f.Reading.DefaultWPM,
		speeds:     f.Reading.Speeds,
		langs:      make(map[string]*langLexicon, len(f.Languages)),
	}
	for code, s := range f.Reading.Speeds {
		if s.Rate <= 0 || s.Unit != unitWords && s.Unit != unitCharacters {
			return nil, fmt.Errorf("scorer: lexicons: bad reading speed for %q", code)
		}
	}
	l.stopwords = make(map[uint64][]string)
	for code, raw := range f.DetectionStopwords {
		var words []string
		if json.Unmarshal(raw, &words) != nil {
			continue // the "about" note
		}
		for _, w := range words {
			k := wordKey("", w)
			l.stopwords[k] = append(l.stopwords[k], code)
		}
	}
	for code, src := range f.Languages {
		ll := &langLexicon{
			phrases:        newPhraseTable(),
			auxiliaries:    keySet(code, src.PassiveAuxiliaries),
			adverbs:        keySet(code, src.PassiveAdverbs),
			participles:    keySet(code, src.IrregularParticiples),
			notParticiples: keySet(code, src.NotParticiples),
		}
		ll.phrases.add(code, kindVague, src.Vague)
		ll.phrases.add(code, kindPlain, src.NotVague)
		ll.phrases.add(code, kindLegalese, src.Legalese)
		l.langs[code] = ll
	}
	return l, nil
}

// keySet returns the token keys of words.
func keySet(lang string, words []string) map[uint64]bool {
	if len(words) == 0 {
		return nil
	}
	m := make(map[uint64]bool, len(words))
	for _, w := range words {
		m[wordKey(lang, strings.TrimSpace(w))] = true
	}
	return m
}
