package scorer

import (
	"fmt"
	"strings"
)

// merger merges criteria across a site's documents.
type merger struct {
	r     *rubric
	docs  []DocumentReport
	total float64 // the site's reading minutes
	// detectors holds the detectors with a good or bad finding in any document.
	detectors map[int]bool
	// categories maps each category named in any document to whether any
	// document gives its purpose.
	categories map[int]bool
}

func newMerger(r *rubric, docs []DocumentReport, total float64) *merger {
	m := &merger{r: r, docs: docs, total: total, detectors: map[int]bool{}, categories: map[int]bool{}}
	for _, d := range docs {
		for _, c := range d.Report.Criteria {
			for _, f := range c.Findings {
				info, ok := r.labels[f.Label]
				switch {
				case !ok || info.missing:
				case info.detector >= 0:
					m.detectors[info.detector] = true
				case info.category >= 0:
					m.categories[info.category] = m.categories[info.category] || info.purpose
				}
			}
		}
	}
	return m
}

// criterion returns the merged findings of criterion i, each tagged with the
// document it comes from. Measurements (readability, vagueness, structure)
// come from the main document, reading time is the site's; detector and
// category findings are merged from every document.
func (m *merger) criterion(i int) []Finding {
	id := m.r.data.Criteria[i].ID
	dc, lc := m.r.data.DataCollected, m.r.data.LimitedCollection
	share := 0.0
	if n := len(m.categories); n > 0 {
		share = round1(dc.PurposePoints / float64(n))
	}
	var out []Finding
	seen := map[string]bool{}
	for di, d := range m.docs {
		for _, c := range d.Report.Criteria {
			if c.ID != id {
				continue
			}
			for _, f := range c.Findings {
				info, known := m.r.labels[f.Label]
				switch {
				case known && info.detector >= 0:
					if info.missing && m.detectors[info.detector] || m.cancelled(info.detector) {
						continue
					}
				case known && info.category >= 0:
					if m.categories[info.category] && !info.purpose {
						continue // another document gives its purpose
					}
					if info.purpose {
						f.Points = share
					}
				case f.Label == dc.MissingLabel:
					if len(m.categories) > 0 {
						continue
					}
				case m.r.capAdvice(f.Label) != "":
					continue // caps are applied again to the whole site
				case isManyLabel(lc.ManyLabel, f.Label):
					continue // recomputed below from all documents
				case m.r.isSensitiveLabel(f.Label):
				case di > 0:
					continue // measurements come from the main document
				default:
					f = m.siteReading(f, d.Report.ReadingMinutes)
				}
				if seen[f.Label] {
					continue
				}
				seen[f.Label] = true
				f.Document = d.Kind
				out = append(out, f)
			}
		}
	}
	if id == lc.Criterion && len(m.categories) > lc.ManyOver {
		out = append(out, Finding{Kind: Bad, Label: fmt.Sprintf(lc.ManyLabel, len(m.categories)), Points: lc.ManyPoints})
	}
	if out == nil {
		out = []Finding{}
	}
	return out
}

// cancelled reports whether detector d is overridden by another detector's
// finding somewhere on the site (a vague retention period by a concrete one).
func (m *merger) cancelled(d int) bool {
	for _, other := range m.r.unless[d] {
		if m.foundIn(other) {
			return true
		}
	}
	return false
}

// foundIn reports whether detector d has its positive finding in any document.
func (m *merger) foundIn(d int) bool {
	label := m.r.data.Detectors[d].Found.Label
	for _, doc := range m.docs {
		for _, c := range doc.Report.Criteria {
			for _, f := range c.Findings {
				if f.Label == label {
					return true
				}
			}
		}
	}
	return false
}

// siteReading replaces the main document's reading-time finding by one for
// the whole site's reading time; other findings pass unchanged.
func (m *merger) siteReading(f Finding, docMinutes float64) Finding {
	for _, rule := range m.r.data.Metrics {
		if rule.Metric != "reading_minutes" {
			continue
		}
		if _, docLabel, ok := bandFor(rule, docMinutes); !ok || docLabel != f.Label {
			continue
		}
		if bd, label, ok := bandFor(rule, m.total); ok {
			return Finding{Kind: bd.Kind, Label: label, Points: bd.Points}
		}
	}
	return f
}

// isManyLabel reports whether label was made from the "many categories" format.
func isManyLabel(format, label string) bool {
	prefix, _, _ := strings.Cut(format, "%")
	var n int
	_, err := fmt.Sscanf(label, format, &n)
	return prefix != "" && strings.HasPrefix(label, prefix) && err == nil
}

// adviceOf returns the rubric's advice for a finding's label, or "".
func (r *rubric) adviceOf(label string) string {
	if info, ok := r.labels[label]; ok {
		if info.detector >= 0 {
			det := r.data.Detectors[info.detector]
			switch {
			case info.missing && det.Missing != nil:
				return det.Missing.Advice
			case det.Found.Label == label:
				return det.Found.Advice
			case det.Negated != nil:
				return det.Negated.Advice
			}
		}
		if info.category >= 0 && !info.purpose {
			return fmt.Sprintf(r.data.DataCollected.WithoutPurposeAdvice, r.data.Categories[info.category].Label)
		}
		return ""
	}
	lc, dc, st := r.data.LimitedCollection, r.data.DataCollected, r.data.Structure
	for _, c := range r.data.Categories {
		if c.Sensitive && label == fmt.Sprintf(lc.SensitiveLabel, c.Label) {
			return fmt.Sprintf(lc.SensitiveAdvice, c.Label)
		}
	}
	switch {
	case isManyLabel(lc.ManyLabel, label):
		return lc.ManyAdvice
	case label == dc.MissingLabel:
		return dc.MissingAdvice
	case label == st.MissingLabel:
		return st.Advice
	}
	for _, rule := range r.data.Metrics {
		for _, bd := range rule.Bands {
			prefix, _, _ := strings.Cut(bd.Label, "%")
			if prefix != "" && strings.HasPrefix(label, prefix) {
				return bd.Advice
			}
		}
	}
	if a := r.capAdvice(label); a != "" {
		return a
	}
	return r.signalAdvice(label)
}

// capAdvice returns the advice of a grade cap's finding, or "".
func (r *rubric) capAdvice(label string) string {
	for _, c := range r.data.GradeCaps {
		if c.Label == label {
			return c.Advice
		}
	}
	return ""
}

// isSensitiveLabel reports whether label is a sensitive-data finding.
func (r *rubric) isSensitiveLabel(label string) bool {
	lc := r.data.LimitedCollection
	for _, c := range r.data.Categories {
		if c.Sensitive && label == fmt.Sprintf(lc.SensitiveLabel, c.Label) {
			return true
		}
	}
	return false
}
