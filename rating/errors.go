package rating

import (
	"errors"
	"fmt"

	"github.com/legible-app/legible"
)

// Errors for input that cannot be rated. Each wraps legible.ErrInvalid, so
// callers that map errors to statuses see a client error; test them with
// errors.Is.
var (
	// ErrTooLarge means the input is over the caller's size cap.
	ErrTooLarge = fmt.Errorf("%w: the input is too large", legible.ErrInvalid)
	// ErrNotText means the input is binary data, not a document.
	ErrNotText = fmt.Errorf("%w: the input is binary data, not a document (send HTML, PDF, Markdown or plain text)", legible.ErrInvalid)
	// ErrEmpty means the input holds no text to score.
	ErrEmpty = fmt.Errorf("%w: there is no text to score", legible.ErrInvalid)
	// ErrLanguage means a language code the scorer does not know.
	ErrLanguage = fmt.Errorf("%w: unknown language", legible.ErrInvalid)
	// ErrNoGrade means the scorer returned a report without a valid grade.
	ErrNoGrade = errors.New("the scorer gave no grade")
)
