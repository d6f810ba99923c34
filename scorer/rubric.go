package scorer

// applyRubric judges an analysis. (Placeholder: replaced by the rubric implementation.)
func applyRubric(a *Analysis, opts Options) *Report {
	return &Report{Metrics: a.Metrics}
}
