package scorer

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/legible-app/legible"
)

// SitePart is one term of a site's grade: a document's score and its weight,
// or a signal's points.
type SitePart struct {
	// Kind is the document's kind, or "signal".
	Kind   string        `json:"kind"`
	ID     string        `json:"id,omitempty"`
	Label  string        `json:"label"`
	Score  int           `json:"score,omitempty"`
	Grade  legible.Grade `json:"grade,omitempty"`
	Weight float64       `json:"weight,omitempty"`
	Points float64       `json:"points,omitempty"`
}

// CombineSite combines a site's documents (privacy policy, terms, cookie
// policy) and its signals (HTTPS/HSTS, security.txt, gpc.json; nil when not
// checked) into one site report, by the rubric's stated rule: the weighted
// mean of the graded documents' scores (privacy policy and terms), plus the
// signals' points. Findings stay with the document that earned them; the
// site's practices come from its privacy policy first, then the others.
func CombineSite(docs []DocumentReport, sig *legible.Signals) (*SiteReport, error) {
	r, err := loadRubric()
	if err != nil {
		return nil, err
	}
	site := &SiteReport{
		RubricVersion: r.data.Version,
		Signals:       sig,
		Criteria:      []Criterion{},
		Documents:     []SiteDocument{},
		TopFindings:   []Finding{},
		Practices:     []Practice{},
		Parts:         []SitePart{},
	}
	ordered := orderDocuments(docs)
	if len(ordered) == 0 {
		site.Language = "und"
		site.NotGraded = NotGradedNoDocuments
		return site, nil
	}
	for _, d := range ordered {
		site.Documents = append(site.Documents, SiteDocument{
			Kind: d.Kind, URL: d.URL, Language: d.Report.Language, Words: d.Report.Words,
			ReadingMinutes: d.Report.ReadingMinutes, Score: d.Report.Score, Grade: d.Report.Grade,
			NotGraded: d.Report.NotGraded,
		})
		site.Words += d.Report.Words
		site.ReadingMinutes += d.Report.ReadingMinutes
		for _, c := range d.Report.Criteria {
			c.Findings = tagDocument(c.Findings, d.Kind)
			site.Criteria = append(site.Criteria, c)
		}
	}
	site.ReadingMinutes = round1(site.ReadingMinutes)
	site.Language = ordered[0].Report.Language
	site.Practices = mergePractices(ordered)
	r.combine(site, ordered, sig)
	site.TopFindings = r.topFindings(site.Criteria)
	return site, nil
}

// NotGradedNoDocuments is SiteReport.NotGraded for a site without a scored document.
const NotGradedNoDocuments = "no_documents"

// combine applies the site rule and writes the parts and the explanation.
func (r *rubric) combine(site *SiteReport, docs []DocumentReport, sig *legible.Signals) {
	sum, weights := 0.0, 0.0
	seen := map[legible.DocKind]bool{}
	var words []string
	for _, d := range docs {
		w := r.data.Site.Weights[string(d.Kind)]
		if w <= 0 || seen[d.Kind] || d.Report.NotGraded != "" {
			continue
		}
		seen[d.Kind] = true // the first document of a kind speaks for it
		sum += w * float64(d.Report.Score)
		weights += w
		site.Parts = append(site.Parts, SitePart{Kind: string(d.Kind), Label: kindLabel(d.Kind), Score: d.Report.Score, Grade: d.Report.Grade, Weight: w})
		words = append(words, fmt.Sprintf("%s %s %d", kindLabel(d.Kind), d.Report.Grade, d.Report.Score))
	}
	if weights == 0 {
		site.NotGraded = docs[0].Report.NotGraded
		if site.NotGraded == "" {
			site.NotGraded = NotGradedNoDocuments
		}
		site.Explanation = "Not graded: no document in a language Legible can read yet"
		return
	}
	score := sum / weights
	if sig != nil {
		for _, s := range r.data.Site.Signals {
			if !signalPresent(s.Signal, sig) {
				continue
			}
			score += s.Points
			site.Parts = append(site.Parts, SitePart{Kind: "signal", ID: s.Signal, Label: s.Label, Points: s.Points})
			words = append(words, fmt.Sprintf("%s %+g", s.Label, s.Points))
		}
	}
	site.Score = int(math.Round(math.Max(0, math.Min(100, score))))
	site.Grade = r.grade(site.Score)
	site.Explanation = fmt.Sprintf("%s → site %s %d", strings.Join(words, ", "), site.Grade, site.Score)
}

// signalPresent reports whether a site shows a signal.
func signalPresent(name string, sig *legible.Signals) bool {
	switch name {
	case "https_hsts":
		return sig.HTTPS && sig.HSTS
	case "no_https":
		return !sig.HTTPS
	case "security_txt":
		return sig.SecurityTxt
	case "gpc":
		return sig.GPC
	}
	return false
}

// kindLabel names a document kind for explanations.
func kindLabel(k legible.DocKind) string {
	switch k {
	case legible.KindPrivacy:
		return "privacy policy"
	case legible.KindTerms:
		return "terms"
	case legible.KindCookies:
		return "cookie policy"
	}
	return string(k)
}

func tagDocument(fs []Finding, kind legible.DocKind) []Finding {
	out := make([]Finding, len(fs))
	for i, f := range fs {
		f.Document = kind
		out[i] = f
	}
	return out
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

// topFindings picks the few findings a reader should see first, only from
// practice facts with quoted evidence (what the engine is sure of): the worst
// answers, then the best.
func (r *rubric) topFindings(cs []Criterion) []Finding {
	spec := r.data.TopFindings
	var bad, good []Finding
	seen := map[string]bool{}
	for _, c := range cs {
		for _, f := range c.Findings {
			if f.Answer == "" || f.Answer == AnswerUnknown || f.Quote == "" || seen[f.ID] {
				continue
			}
			seen[f.ID] = true
			switch f.Kind {
			case Bad:
				bad = append(bad, f)
			case Good:
				good = append(good, f)
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
	return out
}
