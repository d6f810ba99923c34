package scorer

import "errors"

// Errors returned for input that cannot be scored.
var (
	ErrEmpty   = errors.New("no text to score")
	ErrNotText = errors.New("input is not text")
)

// Analysis is the measured text: its metrics and the spans that later serve
// as evidence. Offsets are byte offsets into Text.
type Analysis struct {
	Text    string
	Metrics Metrics
	// Sentences are the sentence spans of Text, in order.
	Sentences []Span
	// LongSentences are the sentences over 40 words.
	LongSentences []Span
	// Vague and Legalese are the spans of matched vague and legalese terms.
	Vague    []Span
	Legalese []Span
}

// Score measures text and applies the transparency rubric to it.
func Score(text string, opts Options) (*Report, error) {
	a, err := Analyze(text, opts)
	if err != nil {
		return nil, err
	}
	return applyRubric(a, opts)
}
