package scorer

import "github.com/legible-app/legible"

// readPractices answers the practice questions for an analysed text, every
// question in a stable order (unknown when the text does not say). It is
// the one entry point of the practice-facts engine (facts*.go).
func readPractices(a *Analysis, kind legible.DocKind) []Practice {
	return readFacts(a, kind)
}
