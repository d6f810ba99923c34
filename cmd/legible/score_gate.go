package main

import (
	"fmt"
	"io"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/rating"
)

// checkMinGrade prints, for every scored document below the wanted grade,
// one line saying so and one line per criterion that falls short of it
// (rating.Gate). It returns how many documents are below the grade.
func checkMinGrade(w io.Writer, results []scored, want legible.Grade) (int, error) {
	below := 0
	for _, r := range results {
		isBelow, floor, short, err := rating.Gate(r.Report, want)
		if err != nil {
			return below, fmt.Errorf("--min-grade: %w", err)
		}
		if !isBelow {
			continue
		}
		below++
		name := displayName(r.File)
		fmt.Fprintf(w, "%s: grade %s (%d/100) is below %s, which needs %s/100\n", name, r.Report.Grade, r.Report.Score, want, trimFloat(floor, 1))
		for _, s := range short {
			fmt.Fprintf(w, "%s: %s: %s of %s points, below the %s that grade %s needs\n",
				name, s.Criterion.Name, trimFloat(s.Criterion.Score, 1), trimFloat(s.Criterion.Max, 0), trimFloat(s.Need, 1), want)
		}
	}
	return below, nil
}
