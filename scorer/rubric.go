package scorer

import "github.com/legible-app/legible"

// applyRubric judges an analysis. (Placeholder: replaced by the rubric implementation.)
func applyRubric(a *Analysis, opts Options) *Report {
	return &Report{Metrics: a.Metrics}
}

// RubricVersion is the version of the embedded rubric. (Placeholder.)
func RubricVersion() string { return "0" }

// CombineSite combines a site's documents and signals. (Placeholder.)
func CombineSite(docs []DocumentReport, sig *legible.Signals) *SiteReport {
	return &SiteReport{Signals: sig}
}
