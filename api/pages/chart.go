package pages

import (
	"math"
	"strconv"
	"strings"

	"github.com/legible-app/legible"
)

// bar is one bar of a bar chart, in SVG user units.
type bar struct {
	X, Y, W, H float64
	Fill       string
	// Label names the bar under it; Value is printed above it.
	Label, Value string
	// CenterX is the middle of the bar, where its texts are anchored.
	CenterX, LabelY, ValueY float64
}

// barChart is the grade distribution chart.
type barChart struct {
	Width, Height float64
	Baseline      float64
	Bars          []bar
	// Summary is the chart's data in words, for its <desc>.
	Summary string
}

// gradeChart lays out the count of rated sites per grade.
func gradeChart(l *Localizer, counts map[legible.Grade]int) barChart {
	const (
		width, height = 320.0, 180.0
		baseline      = 146.0
		maxBar        = 116.0
		slot          = width / 5
		barW          = 40.0
	)
	most := 0
	for _, g := range allGrades {
		most = max(most, counts[g])
	}
	c := barChart{Width: width, Height: height, Baseline: baseline}
	parts := make([]string, 0, len(allGrades))
	for i, g := range allGrades {
		n := counts[g]
		h := 0.0
		if most > 0 {
			h = round1(maxBar * float64(n) / float64(most))
		}
		if n > 0 && h < 2 {
			h = 2
		}
		x := float64(i)*slot + (slot-barW)/2
		c.Bars = append(c.Bars, bar{
			X: round1(x), Y: round1(baseline - h), W: barW, H: h,
			Fill:    gradeColor[g],
			Label:   string(g),
			Value:   l.Int(n),
			CenterX: round1(x + barW/2),
			LabelY:  baseline + 22,
			ValueY:  round1(baseline - h - 6),
		})
		parts = append(parts, string(g)+" "+l.Int(n))
	}
	c.Summary = l.T("home.distribution.desc", strings.Join(parts, l.T("list.sep")))
	return c
}

// point is one score in the history chart.
type point struct {
	X, Y  float64
	Fill  string
	Title string
	// Date, Score and Grade are the point's data for the table under the chart.
	Date  string
	Score string
	Grade string
}

// tick is a horizontal grid line with its label.
type tick struct {
	Y     float64
	Label string
}

// lineChart is the score-over-time chart of a site.
type lineChart struct {
	Width, Height float64
	Left, Right   float64
	Points        []point
	// Polyline is the SVG points attribute joining the points.
	Polyline string
	Ticks    []tick
	// First and Last are the dates under the two ends of the time axis;
	// FirstX and FirstAnchor place the first one (under a lone point, centred).
	First, Last string
	FirstX      float64
	FirstAnchor string
	Summary     string
}

// historyChart lays out a site's scores over time; scores must be oldest first.
func historyChart(l *Localizer, scores []legible.SiteScore) lineChart {
	const (
		width, height = 600.0, 210.0
		left, right   = 44.0, 584.0
		top, bottom   = 12.0, 172.0
	)
	c := lineChart{Width: width, Height: height, Left: left, Right: right, FirstX: left, FirstAnchor: "start"}
	for _, v := range []int{0, 25, 50, 75, 100} {
		c.Ticks = append(c.Ticks, tick{Y: round1(bottom - (bottom-top)*float64(v)/100), Label: l.Int(v)})
	}
	scores = gradedScores(scores)
	if len(scores) == 0 {
		return c
	}
	t0, t1 := scores[0].CreatedAt, scores[len(scores)-1].CreatedAt
	span := t1.Sub(t0)
	xs := make([]string, 0, len(scores))
	for i, s := range scores {
		x := (left + right) / 2
		switch {
		case span > 0:
			x = left + (right-left)*float64(s.CreatedAt.Sub(t0))/float64(span)
		case len(scores) > 1:
			x = left + (right-left)*float64(i)/float64(len(scores)-1)
		}
		score := min(max(s.Overall, 0), 100)
		y := bottom - (bottom-top)*float64(score)/100
		p := point{
			X: round1(x), Y: round1(y),
			Fill:  viewGrade(s.Grade).Fill,
			Date:  l.Date(s.CreatedAt),
			Score: l.Int(s.Overall),
			Grade: viewGrade(s.Grade).Letter,
		}
		p.Title = p.Date + ": " + p.Score + " (" + p.Grade + ")"
		c.Points = append(c.Points, p)
		xs = append(xs, fmtFloat(p.X)+","+fmtFloat(p.Y))
	}
	c.Polyline = strings.Join(xs, " ")
	c.First, c.Last = l.Date(t0), l.Date(t1)
	if len(c.Points) == 1 {
		c.FirstX, c.FirstAnchor = c.Points[0].X, "middle"
	}
	c.Summary = l.T("site.history.desc", c.First, c.Last)
	return c
}

func round1(f float64) float64 { return math.Round(f*10) / 10 }

func fmtFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// gradedScores keeps the scores that have a grade: a score not graded (its
// documents in a language Legible cannot read yet) has no value to plot.
func gradedScores(scores []legible.SiteScore) []legible.SiteScore {
	out := make([]legible.SiteScore, 0, len(scores))
	for _, s := range scores {
		if s.Grade.Rank() >= 0 {
			out = append(out, s)
		}
	}
	return out
}
