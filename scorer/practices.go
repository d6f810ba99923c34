package scorer

import "github.com/legible-app/legible"

// readPractices answers the practice questions for an analysed text, every
// question in a stable order (unknown when the text does not say). It is
// the one entry point of the practice-facts engine (facts*.go). covered
// says whether the lexicons cover the text's language: where they do not,
// silence is no answer, for nothing could be read.
func readPractices(a *Analysis, kind legible.DocKind, covered bool) []Practice {
	return readFacts(a, kind, covered)
}
