package scorer

import "errors"

// Analyze measures text. (Placeholder: replaced by the metrics implementation.)
func Analyze(text string, opts Options) (*Analysis, error) {
	return nil, errors.New("scorer: Analyze not implemented yet")
}
