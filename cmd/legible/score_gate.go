package main

import (
	"fmt"
	"io"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/scorer"
)

// checkMinGrade prints, for every scored document below the wanted grade,
// one line saying so and one line per criterion below its share of the
// grade: a criterion falls short when its score is under its maximum times
// the grade's floor out of 100 (grade B's floor of 65 asks 65% of each
// maximum). It returns how many documents are below the grade.
func checkMinGrade(w io.Writer, results []scored, want legible.Grade) (int, error) {
	floor, err := scorer.GradeFloor(want)
	if err != nil {
		return 0, fmt.Errorf("--min-grade: %w", err)
	}
	below := 0
	for _, r := range results {
		if r.Report == nil || r.Report.Grade.Rank() >= 0 && r.Report.Grade.Rank() <= want.Rank() {
			continue
		}
		below++
		name := displayName(r.File)
		fmt.Fprintf(w, "%s: grade %s (%d/100) is below %s, which needs %s/100\n", name, r.Report.Grade, r.Report.Score, want, trimFloat(floor, 1))
		for _, c := range r.Report.Criteria {
			need := c.Max * floor / 100
			if c.Score < need {
				fmt.Fprintf(w, "%s: %s: %s of %s points, below the %s that grade %s needs\n",
					name, c.Name, trimFloat(c.Score, 1), trimFloat(c.Max, 0), trimFloat(need, 1), want)
			}
		}
	}
	return below, nil
}
