package scorer

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"sync"
)

//go:embed data/terms.json
var termsJSON []byte

// termsData is the decoded terms-of-service rulebook: the criteria and the
// practices they hold, the phrase rules that answer each practice, and the
// labels and advice in every language the pages speak.
type termsData struct {
	Version string `json:"version"`
	// Languages are the languages the lexicons read; terms in any other
	// language are measured but not judged.
	Languages []string `json:"languages"`
	// MinWords and MaxWords bound the sentences read: shorter ones are
	// headings, longer ones run clauses together.
	MinWords int `json:"min_words"`
	MaxWords int `json:"max_words"`
	// HeadingWords: a sentence of at most this many words that does not end
	// with punctuation is a heading, and names a clause rather than states it.
	HeadingWords int `json:"heading_words"`
	// NegationWindow is how many words may stand between a negation and the
	// word it negates.
	NegationWindow int          `json:"negation_window"`
	Negation       termsLexicon `json:"negation"`
	ClauseBreaks   termsLexicon `json:"clause_breaks"`
	// Skip marks sentences that define rather than state ("'Content'
	// means…"); SkipStart, sentences that open with an example ("For
	// example, …").
	Skip      termsLexicon `json:"skip"`
	SkipStart termsLexicon `json:"skip_start"`
	// Lexicons are the named phrase lists the rules combine.
	Lexicons  map[string]termsLexicon         `json:"lexicons"`
	Criteria  []termsCriterionSpec            `json:"criteria"`
	Practices []termsPracticeSpec             `json:"practices"`
	Text      map[string]map[string]termsNote `json:"text"`
}

// termsLexicon maps a language code to its terms, written as the rubric's
// are: whole words, with "*" letting a word run on or start anywhere.
type termsLexicon map[string][]string

type termsCriterionSpec struct {
	ID        string   `json:"id"`
	Practices []string `json:"practices"`
}

type termsPracticeSpec struct {
	ID string `json:"id"`
	// Default is the answer when no rule fires: "unknown", or "none" where
	// the clause would have to be written to exist (arbitration, renewal).
	Default string `json:"default"`
	// Answers are in order of precedence: the first one with evidence wins.
	Answers []termsAnswer `json:"answers"`
	Rules   []termsRule   `json:"rules"`
}

type termsAnswer struct {
	ID    string      `json:"id"`
	Kind  FindingKind `json:"kind"`
	Score float64     `json:"score"`
}

// termsRule fires in a sentence holding a term of every Groups lexicon and
// none of the Exclude lexicons (both named in termsData.Lexicons). When
// Negated is set, a negation just before the first term of group Trigger
// turns the answer into Negated ("drop" ignores the sentence).
type termsRule struct {
	Answer  string   `json:"answer"`
	Groups  []string `json:"groups"`
	Exclude []string `json:"exclude"`
	Trigger int      `json:"trigger"`
	Negated string   `json:"negated"`
	// Near, aligned with Groups, says for each group after the first how
	// many words may separate one of its terms from a term of the first
	// group ("terminate … your account"); 0 places no bound, and a negative
	// distance wants the group's term after the first group's.
	Near []int `json:"near"`
}

// termsNote is the text of one id in one language: a finding's label and
// advice, or a practice's question (Label) and a criterion's Name.
type termsNote struct {
	Label  string `json:"label"`
	Advice string `json:"advice"`
	Name   string `json:"name"`
}

// negatedDrop is the Negated value that ignores a negated sentence.
const negatedDrop = "drop"

var (
	termsOnce     sync.Once
	termsCompiled *termsBook
	termsErr      error
)

// loadTerms decodes, checks and compiles the embedded rulebook once.
func loadTerms() (*termsBook, error) {
	termsOnce.Do(func() {
		var d termsData
		if err := json.Unmarshal(termsJSON, &d); err != nil {
			termsErr = fmt.Errorf("scorer: decode terms rules: %w", err)
			return
		}
		termsCompiled, termsErr = compileTerms(&d)
	})
	return termsCompiled, termsErr
}

// TermsVersion is the version of the embedded terms-of-service rules.
func TermsVersion() string {
	b, err := loadTerms()
	if err != nil {
		return "invalid"
	}
	return b.data.Version
}
