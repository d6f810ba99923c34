package scorer

import (
	"encoding/json"
	"fmt"
	"sync"

	"github.com/legible-app/legible"
)

var (
	gradeFloorsOnce sync.Once
	gradeFloors     map[legible.Grade]float64
	gradeFloorsErr  error
)

// GradeFloor returns the lowest 0-100 score that earns grade g under the
// embedded rubric.
func GradeFloor(g legible.Grade) (float64, error) {
	gradeFloorsOnce.Do(func() {
		var d struct {
			Grades []struct {
				Grade string  `json:"grade"`
				Min   float64 `json:"min"`
			} `json:"grades"`
		}
		if err := json.Unmarshal(rubricJSON, &d); err != nil {
			gradeFloorsErr = fmt.Errorf("scorer: decode rubric grades: %w", err)
			return
		}
		gradeFloors = make(map[legible.Grade]float64, len(d.Grades))
		for _, b := range d.Grades {
			gradeFloors[legible.Grade(b.Grade)] = b.Min
		}
	})
	if gradeFloorsErr != nil {
		return 0, gradeFloorsErr
	}
	min, ok := gradeFloors[g]
	if !ok {
		return 0, fmt.Errorf("scorer: grade %q: %w", g, legible.ErrInvalid)
	}
	return min, nil
}
