package rating_test

import (
	"testing"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/rating"
	"github.com/legible-app/legible/scorer"
)

func TestGate(t *testing.T) {
	floorB, err := scorer.GradeFloor(legible.GradeB)
	if err != nil {
		t.Fatal(err)
	}
	rep := &scorer.Report{Grade: legible.GradeD, Score: 40, Criteria: []scorer.Criterion{
		{ID: "a", Max: 20, Score: 20},
		{ID: "b", Max: 10, Score: 1},
	}}
	below, floor, short, err := rating.Gate(rep, legible.GradeB)
	if err != nil || !below || floor != floorB {
		t.Fatalf("Gate = %v, %v, %v; want below B's floor %v", below, floor, err, floorB)
	}
	if len(short) != 1 || short[0].Criterion.ID != "b" || short[0].Need != 10*floorB/100 {
		t.Errorf("short = %+v, want criterion b needing %v", short, 10*floorB/100)
	}
	for _, g := range []legible.Grade{legible.GradeD, legible.GradeE} {
		if below, _, short, err := rating.Gate(rep, g); err != nil || below || short != nil {
			t.Errorf("grade D against %s: below %v, short %v, %v", g, below, short, err)
		}
	}
	if below, _, _, _ := rating.Gate(nil, legible.GradeA); below {
		t.Error("no report is below a grade")
	}
}
