package rating

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/scorer"
)

// Score scores the text of one document. opts.Language may be "", "auto" or
// "und" to detect the language. Every report it returns has a valid grade
// and clipped quotes; a scorer panic is returned as an error, so one odd
// text cannot stop a crawl or a server. Text the scorer finds empty gives
// an error wrapping ErrEmpty, binary text one wrapping ErrNotText (both also
// wrap the scorer's own errors).
func Score(text string, opts scorer.Options) (rep *scorer.Report, err error) {
	const op = "rating.Score"
	defer func() {
		if r := recover(); r != nil {
			rep, err = nil, fmt.Errorf("%s: scorer panicked: %v", op, r)
		}
	}()
	if opts.Language = normalizeLanguage(opts.Language); opts.Language == Auto {
		opts.Language = ""
	}
	rep, err = scorer.Score(text, opts)
	switch {
	case errors.Is(err, scorer.ErrEmpty):
		return nil, fmt.Errorf("%s: %w (%w)", op, ErrEmpty, err)
	case errors.Is(err, scorer.ErrNotText):
		return nil, fmt.Errorf("%s: %w (%w)", op, ErrNotText, err)
	case err != nil:
		return nil, fmt.Errorf("%s: %w", op, err)
	case !graded(rep):
		return nil, fmt.Errorf("%s: %w", op, ErrNoGrade)
	}
	ClipQuotes(rep)
	return rep, nil
}

// StoredScore is the row storage keeps for a document's report, created at
// the given time (zero lets storage use its own clock). A report that names no rubric version is stored under
// the current one.
func StoredScore(rep *scorer.Report, at time.Time) (legible.Score, error) {
	const op = "rating.StoredScore"
	if !graded(rep) {
		return legible.Score{}, fmt.Errorf("%s: %w", op, ErrNoGrade)
	}
	js, err := json.Marshal(rep)
	if err != nil {
		return legible.Score{}, fmt.Errorf("%s: encode report: %w", op, err)
	}
	return legible.Score{
		RubricVersion: rubricVersion(rep.RubricVersion),
		Overall:       rep.Score,
		Grade:         rep.Grade,
		ReadingMin:    rep.ReadingMinutes,
		Report:        js,
		CreatedAt:     at,
	}, nil
}

// rubricVersion is v, or the current rubric's version when v is empty.
func rubricVersion(v string) string {
	if v == "" {
		return scorer.RubricVersion()
	}
	return v
}

// graded reports whether rep has a valid grade, or none with the reason why
// (a text in a language Legible cannot read yet is measured, not graded).
func graded(rep *scorer.Report) bool {
	if rep == nil {
		return false
	}
	if rep.NotGraded != "" {
		return rep.Grade == ""
	}
	return rep.Grade.Rank() >= 0
}
