package pages

import (
	"github.com/legible-app/legible"
	"github.com/legible-app/legible/scorer"
)

// gradeColor is the background colour of each grade; "" is the unrated grey.
var gradeColor = map[legible.Grade]string{
	legible.GradeA: "#1a9850",
	legible.GradeB: "#66bd63",
	legible.GradeC: "#fdae61",
	legible.GradeD: "#f46d43",
	legible.GradeE: "#d73027",
	"":             "#9e9e9e",
}

// gradeInk is the text colour drawn on each grade's colour, chosen for a
// contrast of at least 4.5:1.
var gradeInk = map[legible.Grade]string{
	legible.GradeA: "#000000",
	legible.GradeB: "#000000",
	legible.GradeC: "#000000",
	legible.GradeD: "#000000",
	legible.GradeE: "#ffffff",
	"":             "#000000",
}

// allGrades are the grades, best first.
var allGrades = []legible.Grade{legible.GradeA, legible.GradeB, legible.GradeC, legible.GradeD, legible.GradeE}

// gradeView is a grade as the templates show it.
type gradeView struct {
	// Letter is "A".."E", "?" when unrated, or "!" when no policy was found.
	Letter string
	// Class is the CSS class suffix: "a".."e" or "none".
	Class string
	// Title says in words what a letter that is not a grade means.
	Title string
	Fill  string
	Ink   string
}

func viewGrade(g legible.Grade) gradeView {
	if g.Rank() < 0 {
		return gradeView{Letter: "?", Class: "none", Fill: gradeColor[""], Ink: gradeInk[""]}
	}
	return gradeView{
		Letter: string(g),
		Class:  string(rune('a' + g.Rank())),
		Fill:   gradeColor[g],
		Ink:    gradeInk[g],
	}
}

// notGradedMark is the letter shown for a text Legible scored but could not
// grade, as the badge and the extension show it.
const notGradedMark = "–"

// notGradedEnglish is the rubric's words for a text in a language it cannot read yet.
const notGradedEnglish = "Not graded in this language yet"

// notGradedGrade is the grade view of a scored site or document without a grade.
func notGradedGrade(l *Localizer) gradeView {
	g := viewGrade("")
	g.Letter, g.Title = notGradedMark, scorer.Translate(notGradedEnglish, l.Lang)
	return g
}

// notGradedText explains why a scored site has no grade.
func notGradedText(l *Localizer, reason string) string {
	if reason == scorer.NotGradedNoDocuments {
		return l.T("site.notgraded.nodocs")
	}
	return scorer.Translate(notGradedEnglish, l.Lang)
}

// scoredGrade is the view of a grade that was scored: the letter, or the
// not-graded mark when the text could not be graded.
func scoredGrade(l *Localizer, g legible.Grade) gradeView {
	if g == "" {
		return notGradedGrade(l)
	}
	return viewGrade(g)
}
