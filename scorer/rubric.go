package scorer

import (
	"fmt"
	"log/slog"
	"math"

	"github.com/legible-app/legible"
)

// applyRubric judges an analysis: it builds the six criteria with their
// quoted evidence and advice, the 0–100 score and the grade.
func applyRubric(a *Analysis, opts Options) *Report {
	rep := &Report{Metrics: a.Metrics, RubricVersion: RubricVersion(), Practices: readPractices(a, opts.Kind)}
	r, err := loadRubric()
	if err != nil {
		slog.Error("scorer: rubric unavailable", "err", err)
		return rep
	}
	ev := r.collect(a.Text, a.Sentences)
	b := r.newBuilder(a.Text, a.Sentences)
	r.metricFindings(b, a)
	r.languageFinding(b, a.Metrics.Language)
	r.detectorFindings(b, ev)
	r.categoryFindings(b, ev)
	rep.Criteria = b.finish()
	rep.Score, rep.Grade = r.total(rep.Criteria)
	rep.Grade = r.capGrade(rep.Grade, a.Metrics.ReadingMinutes, rep.Criteria)
	return rep
}

// builder gathers findings per criterion.
type builder struct {
	r         *rubric
	text      string
	sentences []Span
	criteria  []Criterion
}

func (r *rubric) newBuilder(text string, sentences []Span) *builder {
	b := &builder{r: r, text: text, sentences: sentences}
	for _, c := range r.data.Criteria {
		b.criteria = append(b.criteria, Criterion{ID: c.ID, Name: c.Name, Max: c.Max, Findings: []Finding{}, Advice: []string{}})
	}
	return b
}

// add records a finding in a criterion, quoting sentence idx when idx >= 0.
func (b *builder) add(criterion string, kind FindingKind, label string, points float64, idx int, advice string) {
	ci, ok := b.r.critIndex[criterion]
	if !ok {
		return
	}
	f := Finding{Kind: kind, Label: label, Points: round1(points)}
	if idx >= 0 && idx < len(b.sentences) && kind != Missing {
		if sp := b.sentences[idx]; 0 <= sp.Start && sp.Start <= sp.End && sp.End <= len(b.text) {
			f.Start, f.End, f.Quote = sp.Start, sp.End, b.text[sp.Start:sp.End]
		}
	}
	c := &b.criteria[ci]
	c.Findings = append(c.Findings, f)
	if advice != "" && kind != Good {
		for _, a := range c.Advice {
			if a == advice {
				return
			}
		}
		c.Advice = append(c.Advice, advice)
	}
}

// finish scores every criterion: its base plus its findings' points, kept
// within 0..max.
func (b *builder) finish() []Criterion {
	for i := range b.criteria {
		c := &b.criteria[i]
		c.Score = criterionScore(b.r.data.Criteria[i].Base, c.Max, c.Findings)
	}
	return b.criteria
}

func criterionScore(base, max float64, fs []Finding) float64 {
	s := base
	for _, f := range fs {
		s += f.Points
	}
	return round1(math.Max(0, math.Min(max, s)))
}

// total adds the criteria up and grades the sum.
func (r *rubric) total(cs []Criterion) (int, legible.Grade) {
	sum := 0.0
	for _, c := range cs {
		sum += c.Score
	}
	score := int(math.Round(sum))
	return score, r.grade(score)
}

// grade maps a 0–100 score to its letter by the rubric's boundaries.
func (r *rubric) grade(score int) legible.Grade {
	for _, g := range r.data.Grades {
		if float64(score) >= g.Min {
			return legible.Grade(g.Grade)
		}
	}
	return legible.GradeE
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }

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
				cs[i].Findings = append(cs[i].Findings, Finding{Kind: Bad, Label: c.Label})
				cs[i].Advice = append(cs[i].Advice, c.Advice)
			}
		}
		return ceiling
	}
	return g
}

// languageFinding notes when the text's language has no lexicons, so that a
// low score is not mistaken for a judgement of its commitments.
func (r *rubric) languageFinding(b *builder, lang string) {
	ls := r.data.Languages
	for _, l := range ls.Covered {
		if l == lang {
			return
		}
	}
	b.add(ls.Criterion, Missing, fmt.Sprintf(ls.Label, lang), 0, -1, ls.Advice)
}
