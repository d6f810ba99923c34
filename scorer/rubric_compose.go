package scorer

import (
	"math"

	"github.com/legible-app/legible"
)

// item is one weighed piece of evidence inside a criterion: a measurement, a
// practice fact or a detector. It earns value × weight of the criterion's
// weighted mean.
type item struct {
	criterion string
	weight    float64
	// value is the share of the weight earned, 0..1.
	value float64
	// counted is false for what the text does not say and need not say: such
	// an item neither earns nor costs anything.
	counted bool
	finding Finding
	advice  string
}

// compose scores criteria as the weighted mean of their counted items, scaled
// to each criterion's maximum. A criterion with no counted item is not
// assessed: it says so and is left out of the total.
func compose(specs []criterionSpec, items []item) []Criterion {
	out := make([]Criterion, 0, len(specs))
	for _, spec := range specs {
		c := Criterion{ID: spec.ID, Name: spec.Name, Max: spec.Max, Findings: []Finding{}, Advice: []string{}}
		total := 0.0
		for _, it := range items {
			if it.criterion == spec.ID && it.counted {
				total += it.weight
			}
		}
		earned := 0.0
		for _, it := range items {
			if it.criterion != spec.ID {
				continue
			}
			f := it.finding
			if it.counted && total > 0 {
				share := spec.Max * it.weight / total
				f.Points = round1(share * it.value)
				earned += share * it.value
			}
			c.Findings = append(c.Findings, f)
			if it.advice != "" && f.Kind != Good {
				c.Advice = appendOnce(c.Advice, it.advice)
			}
		}
		if total == 0 {
			c.NotAssessed = true
			if spec.Advice != "" {
				c.Advice = appendOnce(c.Advice, spec.Advice)
			}
		}
		c.Score = round1(math.Max(0, math.Min(spec.Max, earned)))
		out = append(out, c)
	}
	return out
}

// composeShared scores a document on one weighted mean of all its counted
// items, as a careful reader weighs everything the text says together: an
// item earns 100 × weight × value / (the weights of all counted items). The
// criteria group the items for explanation: a criterion's maximum is its
// items' share of that total, so the criteria add up to the score, and a
// criterion with no counted item is not assessed.
func composeShared(specs []criterionSpec, items []item) []Criterion {
	in := map[string]bool{}
	for _, spec := range specs {
		in[spec.ID] = true
	}
	all := 0.0
	for _, it := range items {
		if it.counted && in[it.criterion] {
			all += it.weight
		}
	}
	out := make([]Criterion, 0, len(specs))
	for _, spec := range specs {
		c := Criterion{ID: spec.ID, Name: spec.Name, Findings: []Finding{}, Advice: []string{}}
		weight, earned := 0.0, 0.0
		for _, it := range items {
			if it.criterion != spec.ID {
				continue
			}
			f := it.finding
			if it.counted && all > 0 {
				weight += it.weight
				earned += 100 * it.weight * it.value / all
				f.Points = round1(100 * it.weight * it.value / all)
			}
			c.Findings = append(c.Findings, f)
			if it.advice != "" && f.Kind != Good {
				c.Advice = appendOnce(c.Advice, it.advice)
			}
		}
		if weight == 0 {
			c.NotAssessed = true
			if spec.Advice != "" {
				c.Advice = appendOnce(c.Advice, spec.Advice)
			}
		} else {
			c.Max = round1(100 * weight / all)
			c.Score = round1(math.Min(c.Max, earned))
		}
		out = append(out, c)
	}
	return out
}

// totalScore is the sum of the assessed criteria, scaled to 0–100 over their
// maxima, so that what cannot be assessed neither helps nor hurts.
func totalScore(cs []Criterion) int {
	sum, max := 0.0, 0.0
	for _, c := range cs {
		if c.NotAssessed {
			continue
		}
		sum += c.Score
		max += c.Max
	}
	if max == 0 {
		return 0
	}
	return int(math.Round(100 * sum / max))
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

func appendOnce(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }

// CriterionShare is a privacy criterion's share (0–100) of the rubric's
// weight when a policy answers every question: what the criterion is worth
// in a policy that says everything. ok is false for other ids.
func CriterionShare(id string) (share float64, ok bool) {
	r, err := loadRubric()
	if err != nil {
		return 0, false
	}
	all, mine := 0.0, 0.0
	add := func(criterion string, w float64) {
		all += w
		if criterion == id {
			mine += w
			ok = true
		}
	}
	for _, m := range r.data.Metrics {
		add(m.Criterion, m.Weight)
	}
	add(r.data.Structure.Criterion, r.data.Structure.Weight)
	for _, p := range r.data.Practices {
		add(p.Criterion, p.Weight)
	}
	for _, d := range r.data.Detectors {
		add(d.Criterion, d.Weight)
	}
	if all == 0 {
		return 0, false
	}
	return 100 * mine / all, ok
}
