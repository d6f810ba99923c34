package rating

import (
	"fmt"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/scorer"
)

// Shortfall is a criterion scored below the share of its maximum that a
// grade needs.
type Shortfall struct {
	Criterion scorer.Criterion
	// Need is the criterion's score the grade asks for.
	Need float64
}

// Gate says whether a report reaches grade want, as "legible score
// --min-grade" asks. A report below it gets the grade's floor (its lowest
// score out of 100) and the criteria that fall short: a criterion falls
// short when its score is under its maximum times the floor out of 100
// (grade B's floor of 65 asks 65% of each maximum).
func Gate(rep *scorer.Report, want legible.Grade) (below bool, floor float64, short []Shortfall, err error) {
	floor, err = scorer.GradeFloor(want)
	if err != nil {
		return false, 0, nil, fmt.Errorf("rating.Gate: %w", err)
	}
	if rep == nil || rep.Grade.Rank() >= 0 && rep.Grade.Rank() <= want.Rank() {
		return false, floor, nil, nil
	}
	if rep.NotGraded != "" {
		// Not graded cannot pass a gate: it is below every grade, with no
		// criterion to blame.
		return true, floor, nil, nil
	}
	for _, c := range rep.Criteria {
		if need := c.Max * floor / 100; c.Score < need {
			short = append(short, Shortfall{Criterion: c, Need: need})
		}
	}
	return true, floor, short, nil
}
