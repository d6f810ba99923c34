package rating

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/scorer"
)

// Site combines a site's document reports and signals (nil when not
// checked) into its site report and the row storage keeps, created at the
// given time. A scorer panic, or a report without a grade that does not say
// why, is an error.
func Site(docs []scorer.DocumentReport, sig *legible.Signals, at time.Time) (*scorer.SiteReport, legible.SiteScore, error) {
	const op = "rating.Site"
	sr, err := combine(docs, sig)
	if err != nil {
		return nil, legible.SiteScore{}, fmt.Errorf("%s: %w", op, err)
	}
	if sr == nil || (sr.NotGraded == "" && sr.Grade.Rank() < 0) || (sr.NotGraded != "" && sr.Grade != "") {
		return nil, legible.SiteScore{}, fmt.Errorf("%s: %w", op, ErrNoGrade)
	}
	ClipSiteQuotes(sr)
	sr.RubricVersion = rubricVersion(sr.RubricVersion)
	js, err := json.Marshal(sr)
	if err != nil {
		return nil, legible.SiteScore{}, fmt.Errorf("%s: encode site report: %w", op, err)
	}
	return sr, legible.SiteScore{
		RubricVersion: sr.RubricVersion,
		Overall:       sr.Score,
		Grade:         sr.Grade,
		ReadingMin:    sr.ReadingMinutes,
		Language:      sr.Language,
		Report:        js,
		CreatedAt:     at,
	}, nil
}

// combine calls scorer.CombineSite, turning a panic into an error.
func combine(docs []scorer.DocumentReport, sig *legible.Signals) (sr *scorer.SiteReport, err error) {
	defer func() {
		if r := recover(); r != nil {
			sr, err = nil, fmt.Errorf("scorer panicked: %v", r)
		}
	}()
	return scorer.CombineSite(docs, sig)
}
