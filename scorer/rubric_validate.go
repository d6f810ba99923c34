package scorer

import (
	"errors"
	"fmt"
	"strings"

	"github.com/legible-app/legible"
)

// validateRubric checks the rubric file for mistakes a reviewer could miss:
// unknown criteria, bad kinds, grade boundaries out of order, criteria whose
// maxima do not add up to 100.
func validateRubric(d *rubricData) error {
	var errs []error
	if strings.TrimSpace(d.Version) == "" {
		errs = append(errs, errors.New("no version"))
	}
	crit := map[string]bool{}
	for _, c := range d.Criteria {
		crit[c.ID] = true
		if c.Max != 0 || c.Base != 0 {
			errs = append(errs, fmt.Errorf("criterion %q: a privacy criterion's maximum is its items' share of the weight, not set", c.ID))
		}
	}
	terms := 0.0
	for _, c := range d.TermsCriteria {
		terms += c.Max
	}
	if terms+TermsMax != 100 {
		errs = append(errs, fmt.Errorf("terms criteria maxima add up to %v, and the terms engine's %d to 100", terms, TermsMax))
	}
	if len(d.Grades) == 0 {
		errs = append(errs, errors.New("no grade boundaries"))
	}
	for i, g := range d.Grades {
		if i > 0 && g.Min >= d.Grades[i-1].Min {
			errs = append(errs, fmt.Errorf("grade %s: boundaries must decrease", g.Grade))
		}
	}
	if n := len(d.Grades); n > 0 && d.Grades[n-1].Min != 0 {
		errs = append(errs, errors.New("the last grade must start at 0"))
	}
	checkCrit := func(where, id string) {
		if !crit[id] {
			errs = append(errs, fmt.Errorf("%s: unknown criterion %q", where, id))
		}
	}
	checkOutcome := func(where string, o outcome) {
		switch o.Kind {
		case Good, Bad:
		default:
			errs = append(errs, fmt.Errorf("%s: kind %q must be good or bad", where, o.Kind))
		}
		if o.Label == "" {
			errs = append(errs, fmt.Errorf("%s: no label", where))
		}
	}
	for _, m := range d.Metrics {
		checkCrit("metric "+m.Metric, m.Criterion)
		if len(m.Bands) == 0 {
			errs = append(errs, fmt.Errorf("metric %s: no bands", m.Metric))
		}
		for _, b := range m.Bands {
			checkOutcome("metric "+m.Metric, b.outcome)
			if (b.Upto == nil) == (b.Atleast == nil) {
				errs = append(errs, fmt.Errorf("metric %s: a band needs exactly one of upto and atleast", m.Metric))
			}
		}
	}
	checkCrit("structure", d.Structure.Criterion)
	if st := d.Structure; st.Weight > 0 {
		for _, l := range []string{st.Label, st.HeadingsOnly, st.ListsOnly, st.ShortLabel, st.FewLabel, st.MissingLabel} {
			if l == "" {
				errs = append(errs, fmt.Errorf("structure: every label (headings and lists, headings, lists, short, few, missing) is needed"))
				break
			}
		}
	}
	for _, det := range d.Detectors {
		where := "detector " + det.ID
		checkCrit(where, det.Criterion)
		checkOutcome(where, det.Found)
		if det.Negated != nil {
			checkOutcome(where+" (negated)", *det.Negated)
		}
		if len(det.Groups) == 0 || len(det.Groups) > 8 {
			errs = append(errs, fmt.Errorf("%s: needs 1 to 8 groups", where))
		}
		switch det.Builtin {
		case "", "duration", "date", "contact_channel":
		default:
			errs = append(errs, fmt.Errorf("%s: unknown builtin %q", where, det.Builtin))
		}
	}
	for _, c := range d.GradeCaps {
		checkCrit("grade cap", c.Criterion)
		if legible.Grade(c.Grade).Rank() < 0 || c.Label == "" || c.Advice == "" {
			errs = append(errs, fmt.Errorf("grade cap over %v minutes: needs a grade A-E, a label and advice", c.OverMinutes))
		}
	}

	for _, p := range d.Practices {
		where := "practice " + p.Practice
		checkCrit(where, p.Criterion)
		if p.Weight <= 0 || len(p.Values) == 0 {
			errs = append(errs, fmt.Errorf("%s: needs a positive weight and answer values", where))
		}
		for ans, v := range p.Values {
			if v < 0 || v > 1 {
				errs = append(errs, fmt.Errorf("%s: answer %q earns %v, outside 0..1", where, ans, v))
			}
		}
		if _, ok := p.Values[p.PartialAs]; p.PartialAs != "" && (!ok || p.PartialLabel == "" || p.Required) {
			errs = append(errs, fmt.Errorf("%s: partial_as needs an answer it weighs, a partial label, and a practice that is not required", where))
		}
		if p.Required && (p.MissingLabel == "" || p.MissingAdvice == "" || p.UnclearLabel == "") {
			errs = append(errs, fmt.Errorf("%s: a required practice needs a missing label, an unclear label and advice", where))
		}
	}
	if d.UnknownWeight < 0 || d.UnknownWeight > 1 {
		errs = append(errs, fmt.Errorf("unknown_weight %v outside 0..1", d.UnknownWeight))
	}
	for _, c := range d.TermsCriteria {
		if !crit[c.ID] {
			errs = append(errs, fmt.Errorf("terms criterion %q: must be one of the criteria (its measurements)", c.ID))
		}
	}
	for kind, w := range d.Site.Weights {
		if !legible.DocKind(kind).Valid() || w < 0 {
			errs = append(errs, fmt.Errorf("site weight %q: %v", kind, w))
		}
	}
	if d.TopFindings.Max < d.TopFindings.Min || d.TopFindings.Max == 0 {
		errs = append(errs, errors.New("top_findings: max must be positive and at least min"))
	}
	if len(errs) > 0 {
		return fmt.Errorf("scorer: invalid rubric: %w", errors.Join(errs...))
	}
	return nil
}
