package pages

import (
	"testing"
	"time"

	"github.com/legible-app/legible"
)

func TestHistoryChart(t *testing.T) {
	l := newLocalizer(messages, "en", false)
	day := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		scores   []legible.SiteScore
		polyline string
		firstX   float64
	}{
		{"none", nil, "", 44},
		{"one", []legible.SiteScore{{Overall: 50, Grade: legible.GradeC, CreatedAt: day}}, "314,92", 314},
		{"same time", []legible.SiteScore{{Overall: 0, Grade: legible.GradeE, CreatedAt: day}, {Overall: 100, Grade: legible.GradeA, CreatedAt: day}}, "44,172 584,12", 44},
		{"out of range", []legible.SiteScore{{Overall: -5, Grade: legible.GradeE, CreatedAt: day}, {Overall: 140, Grade: legible.GradeA, CreatedAt: day.AddDate(0, 0, 10)}}, "44,172 584,12", 44},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := historyChart(l, tt.scores)
			if c.Polyline != tt.polyline || c.FirstX != tt.firstX || len(c.Points) != len(tt.scores) {
				t.Errorf("polyline %q first x %v points %d", c.Polyline, c.FirstX, len(c.Points))
			}
			if len(c.Ticks) != 5 {
				t.Errorf("%d ticks, want 5", len(c.Ticks))
			}
		})
	}
}

func TestGradeChart(t *testing.T) {
	l := newLocalizer(messages, "en", false)
	c := gradeChart(l, map[legible.Grade]int{legible.GradeA: 200, legible.GradeC: 1, "Z": 50})
	if len(c.Bars) != 5 {
		t.Fatalf("%d bars, want 5", len(c.Bars))
	}
	if c.Bars[0].H != 116 || c.Bars[0].Value != "200" {
		t.Errorf("tallest bar %+v", c.Bars[0])
	}
	if c.Bars[2].H != 2 {
		t.Errorf("a bar of one site is %v high, want visible (2)", c.Bars[2].H)
	}
	if c.Bars[1].H != 0 || c.Bars[1].Y != c.Baseline {
		t.Errorf("an empty grade has bar %+v", c.Bars[1])
	}
	if empty := gradeChart(l, nil); empty.Bars[0].H != 0 {
		t.Errorf("no sites still draws %+v", empty.Bars[0])
	}
}

// A score not graded is not plotted as a zero.
func TestHistoryChartSkipsNotGraded(t *testing.T) {
	l := newLocalizer(messages, "en", false)
	c := historyChart(l, []legible.SiteScore{
		{Overall: 0, Grade: "", CreatedAt: t0},
		{Overall: 64, Grade: legible.GradeC, CreatedAt: t1},
		{Overall: 72, Grade: legible.GradeB, CreatedAt: t2},
	})
	if len(c.Points) != 2 {
		t.Fatalf("%d points, want the 2 graded scores", len(c.Points))
	}
}
