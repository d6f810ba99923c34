package scorer

import (
	"fmt"
	"slices"

	"github.com/legible-app/legible"
)

// applyRubric judges an analysis. A privacy policy (or cookie policy) is
// judged on its practice facts and measurements; a terms of service on its
// terms criteria and measurements. A text in a language the lexicons do not
// cover gets its measurements and no grade.
func applyRubric(a *Analysis, opts Options) (*Report, error) {
	r, err := loadRubric()
	if err != nil {
		return nil, err
	}
	covered := r.covers(a.Metrics.Language)
	rep := &Report{Metrics: a.Metrics, RubricVersion: r.data.Version, Practices: readPractices(a, opts.Kind, covered)}
	items := r.metricItems(a)
	if !covered {
		rep.NotGraded = NotGradedLanguage
		rep.Criteria = composeShared(r.transparencyOnly(), items)
		return rep, nil
	}
	specs := r.data.Criteria
	if opts.Kind == legible.KindTerms {
		t, err := readTerms(a)
		if err != nil {
			return nil, err
		}
		if !t.Covered {
			rep.NotGraded = NotGradedLanguage
			rep.Criteria = composeShared(r.transparencyOnly(), items)
			return rep, nil
		}
		specs = r.data.TermsCriteria
		rep.Criteria = compose(specs, items)
		rep.Criteria = append(rep.Criteria, t.Criteria...)
		rep.Practices = append(rep.Practices, t.Practices...)
	} else {
		items = append(items, r.practiceItems(rep.Practices)...)
		items = append(items, r.detectorItems(a)...)
		rep.Criteria = composeShared(specs, items)
	}
	rep.Score = totalScore(rep.Criteria)
	rep.Grade = r.capGrade(r.grade(rep.Score), a.Metrics.ReadingMinutes, rep.Criteria)
	return rep, nil
}

// NotGradedLanguage is Report.NotGraded for a text in a language without lexicons.
const NotGradedLanguage = "language"

// covers reports whether the rubric's lexicons cover a language.
func (r *rubric) covers(lang string) bool {
	return slices.Contains(r.data.Languages.Covered, lang)
}

// transparencyOnly is the criteria list of an ungraded text: only the
// measurements are judged.
func (r *rubric) transparencyOnly() []criterionSpec {
	for _, c := range r.data.Criteria {
		if c.ID == r.data.Languages.Criterion {
			return []criterionSpec{c}
		}
	}
	return nil
}

// capGrade holds the grade at the ceiling of the first cap whose reading time
// is exceeded, and records why in the cap's criterion (a finding without
// points, so the score still adds up).
func (r *rubric) capGrade(g legible.Grade, minutes float64, cs []Criterion) legible.Grade {
	for _, c := range r.data.GradeCaps {
		if minutes <= c.OverMinutes {
			continue
		}
		ceiling := legible.Grade(c.Grade)
		if g.Rank() >= ceiling.Rank() {
			return g
		}
		for i := range cs {
			if cs[i].ID == c.Criterion {
				cs[i].Findings = append(cs[i].Findings, Finding{ID: fmt.Sprintf("cap.%.0f", c.OverMinutes), Kind: Bad, Label: c.Label})
				cs[i].Advice = appendOnce(cs[i].Advice, c.Advice)
			}
		}
		return ceiling
	}
	return g
}
