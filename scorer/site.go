package scorer

import (
	"log/slog"
	"sort"

	"github.com/legible-app/legible"
)

// CombineSite combines a site's documents (privacy policy, terms, cookie
// policy) and its signals (HTTPS/HSTS, security.txt, gpc.json; nil when not
// checked) into one site report. Evidence is merged across documents and
// tagged with the document it quotes; readability is judged on the privacy
// policy, reading time is the sum over all documents, and the signals earn or
// lose points in security and choice.
func CombineSite(docs []DocumentReport, sig *legible.Signals) *SiteReport {
	site := &SiteReport{
		RubricVersion: RubricVersion(),
		Signals:       sig,
		Criteria:      []Criterion{},
		Documents:     []SiteDocument{},
		TopFindings:   []Finding{},
	}
	r, err := loadRubric()
	if err != nil {
		slog.Error("scorer: rubric unavailable", "err", err)
		return site
	}
	ordered := orderDocuments(docs)
	if len(ordered) == 0 {
		site.Language = "und"
		return site
	}
	for _, d := range ordered {
		site.Documents = append(site.Documents, SiteDocument{
			Kind: d.Kind, URL: d.URL, Language: d.Report.Language, Words: d.Report.Words,
			ReadingMinutes: d.Report.ReadingMinutes, Score: d.Report.Score, Grade: d.Report.Grade,
		})
		site.Words += d.Report.Words
		site.ReadingMinutes += d.Report.ReadingMinutes
	}
	site.ReadingMinutes = round1(site.ReadingMinutes)
	site.Language = ordered[0].Report.Language
	m := newMerger(r, ordered, site.ReadingMinutes)
	for i, spec := range r.data.Criteria {
		c := Criterion{ID: spec.ID, Name: spec.Name, Max: spec.Max, Findings: m.criterion(i), Advice: []string{}}
		if sig != nil {
			c.Findings = append(c.Findings, r.signalFindings(spec.ID, sig)...)
		}
		c.Score = criterionScore(spec.Base, spec.Max, c.Findings)
		c.Advice = adviceFor(r, c.Findings)
		site.Criteria = append(site.Criteria, c)
	}
	site.Score, site.Grade = r.total(site.Criteria)
	site.Grade = r.capGrade(site.Grade, site.ReadingMinutes, site.Criteria)
	site.TopFindings = r.topFindings(site.Criteria)
	return site
}

// orderDocuments keeps the documents that have a report, privacy policy
// first, then terms, cookies and others, in their given order within a kind.
func orderDocuments(docs []DocumentReport) []DocumentReport {
	rank := map[legible.DocKind]int{legible.KindPrivacy: 0, legible.KindTerms: 1, legible.KindCookies: 2}
	out := make([]DocumentReport, 0, len(docs))
	for _, d := range docs {
		if d.Report != nil {
			out = append(out, d)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		ri, ok := rank[out[i].Kind]
		if !ok {
			ri = 3
		}
		rj, ok := rank[out[j].Kind]
		if !ok {
			rj = 3
		}
		return ri < rj
	})
	return out
}

// signalFindings judges the site's signals that belong to a criterion.
func (r *rubric) signalFindings(criterion string, sig *legible.Signals) []Finding {
	var out []Finding
	for _, rule := range r.data.Signals {
		if rule.Criterion != criterion {
			continue
		}
		var present bool
		switch rule.Signal {
		case "https_hsts":
			present = sig.HTTPS && sig.HSTS
		case "no_https":
			present = !sig.HTTPS
		case "security_txt":
			present = sig.SecurityTxt
		case "gpc":
			present = sig.GPC
		default:
			continue
		}
		switch {
		case present && rule.Present != nil:
			o := rule.Present
			out = append(out, Finding{Kind: o.Kind, Label: o.Label, Points: o.Points})
		case !present && rule.Absent != nil:
			out = append(out, Finding{Kind: Missing, Label: rule.Absent.Label})
		}
	}
	return out
}

// adviceFor lists the advice of a criterion's bad and missing findings, once each.
func adviceFor(r *rubric, fs []Finding) []string {
	out := []string{}
	seen := map[string]bool{}
	for _, f := range fs {
		if f.Kind == Good {
			continue
		}
		if a := r.adviceOf(f.Label); a != "" && !seen[a] {
			seen[a] = true
			out = append(out, a)
		}
	}
	return out
}

// topFindings picks the few findings a reader should see first: the worst
// bad findings, then the best good ones, then what is missing.
func (r *rubric) topFindings(cs []Criterion) []Finding {
	spec := r.data.TopFindings
	var bad, good, missing []Finding
	seen := map[string]bool{}
	for _, c := range cs {
		for _, f := range c.Findings {
			if seen[f.Label] {
				continue
			}
			seen[f.Label] = true
			switch {
			case f.Kind == Bad && f.Points < 0:
				bad = append(bad, f)
			case f.Kind == Good && f.Points > 0:
				good = append(good, f)
			case f.Kind == Missing:
				missing = append(missing, f)
			}
		}
	}
	sort.SliceStable(bad, func(i, j int) bool { return bad[i].Points < bad[j].Points })
	sort.SliceStable(good, func(i, j int) bool { return good[i].Points > good[j].Points })
	out := []Finding{}
	for _, f := range bad {
		if len(out) >= spec.MaxBad {
			break
		}
		out = append(out, f)
	}
	for _, f := range good {
		if len(out) >= spec.Max {
			break
		}
		out = append(out, f)
	}
	for _, f := range missing {
		if len(out) >= spec.Min {
			break
		}
		out = append(out, f)
	}
	return out
}

// signalAdvice returns the advice attached to a signal finding's label.
func (r *rubric) signalAdvice(label string) string {
	for _, rule := range r.data.Signals {
		if rule.Present != nil && rule.Present.Label == label {
			return rule.Present.Advice
		}
		if rule.Absent != nil && rule.Absent.Label == label {
			return rule.Absent.Advice
		}
	}
	return ""
}
