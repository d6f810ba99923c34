package scorer

import (
	"fmt"

	"github.com/legible-app/legible"
)

// GradeFloor returns the lowest 0-100 score that earns grade g under the
// embedded rubric.
func GradeFloor(g legible.Grade) (float64, error) {
	r, err := loadRubric()
	if err != nil {
		return 0, err
	}
	for _, b := range r.data.Grades {
		if legible.Grade(b.Grade) == g {
			return b.Min, nil
		}
	}
	return 0, fmt.Errorf("scorer: grade %q: %w", g, legible.ErrInvalid)
}
