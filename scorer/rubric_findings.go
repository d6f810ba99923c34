package scorer

import "fmt"

// detectorFindings turns detector hits into findings: the positive outcome,
// the negated one, or a missing finding with advice.
func (r *rubric) detectorFindings(b *builder, ev *evidence) {
	for d := range r.data.Detectors {
		spec := &r.data.Detectors[d]
		found := ev.found[d]
		for _, other := range r.unless[d] {
			if ev.found[other] >= 0 {
				found = -1
			}
		}
		if found >= 0 {
			o := spec.Found
			b.add(spec.Criterion, o.Kind, o.Label, o.Points, found, o.Advice)
		}
		if spec.Negated != nil && ev.negated[d] >= 0 {
			o := *spec.Negated
			b.add(spec.Criterion, o.Kind, o.Label, o.Points, ev.negated[d], o.Advice)
		}
		if spec.Missing == nil || found >= 0 {
			continue
		}
		if spec.Negated != nil && spec.Negated.Kind == Good && ev.negated[d] >= 0 {
			continue // a plain "we do not..." answers the question
		}
		b.add(spec.Criterion, Missing, spec.Missing.Label, 0, -1, spec.Missing.Advice)
	}
}

// categoryFindings judges the data categories: which are named, whether each
// comes with a purpose (in its sentence or an adjacent one), and which are
// sensitive.
func (r *rubric) categoryFindings(b *builder, ev *evidence) {
	dc := &r.data.DataCollected
	lc := &r.data.LimitedCollection
	type named struct {
		spec    *categorySpec
		quote   int
		purpose bool
	}
	var cats []named
	first := -1
	for i := range r.data.Categories {
		sents := ev.categories[i]
		if len(sents) == 0 {
			continue
		}
		n := named{spec: &r.data.Categories[i], quote: sents[0]}
		for _, s := range sents {
			if hasPurposeNear(ev.purpose, s, r.data.Purpose.Window) {
				n.quote, n.purpose = s, true
				break
			}
		}
		if first < 0 || sents[0] < first {
			first = sents[0]
		}
		cats = append(cats, n)
	}
	if len(cats) == 0 {
		b.add(dc.Criterion, Missing, dc.MissingLabel, 0, -1, dc.MissingAdvice)
		return
	}
	b.add(dc.Criterion, Good, dc.ListedLabel, dc.ListedPoints, first, "")
	share := dc.PurposePoints / float64(len(cats))
	taken := 0.0 // points taken by sensitive categories so far
	for _, c := range cats {
		if c.purpose {
			b.add(dc.Criterion, Good, fmt.Sprintf(dc.WithPurposeLabel, c.spec.Label), share, c.quote, "")
		} else {
			b.add(dc.Criterion, Bad, fmt.Sprintf(dc.WithoutPurposeLabel, c.spec.Label), 0, c.quote,
				fmt.Sprintf(dc.WithoutPurposeAdvice, c.spec.Label))
		}
		if c.spec.Sensitive {
			p := max(lc.SensitivePoints, lc.SensitiveCap-taken)
			taken += p
			b.add(lc.Criterion, Bad, fmt.Sprintf(lc.SensitiveLabel, c.spec.Label), p, c.quote,
				fmt.Sprintf(lc.SensitiveAdvice, c.spec.Label))
		}
	}
	if len(cats) > lc.ManyOver {
		b.add(lc.Criterion, Bad, fmt.Sprintf(lc.ManyLabel, len(cats)), lc.ManyPoints, -1, lc.ManyAdvice)
	}
}

// hasPurposeNear reports whether sentence i or one within window of it states a purpose.
func hasPurposeNear(purpose []bool, i, window int) bool {
	for j := i - window; j <= i+window; j++ {
		if j >= 0 && j < len(purpose) && purpose[j] {
			return true
		}
	}
	return false
}
