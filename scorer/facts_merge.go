package scorer

import "github.com/legible-app/legible"

// mergePractices combines the practices of a site's documents: the privacy
// policy answers first, and the other documents answer only the questions
// it leaves unknown. Every quote is tagged with the document it comes from.
func mergePractices(docs []DocumentReport) []Practice {
	ordered := make([]DocumentReport, 0, len(docs))
	for _, d := range docs {
		if d.Kind == legible.KindPrivacy && d.Report != nil {
			ordered = append(ordered, d)
		}
	}
	for _, d := range docs {
		if d.Kind != legible.KindPrivacy && d.Report != nil {
			ordered = append(ordered, d)
		}
	}
	var out []Practice
	pos := map[string]int{}
	for _, d := range ordered {
		for _, p := range d.Report.Practices {
			p.Evidence = tagEvidence(p.Evidence, d.Kind)
			i, seen := pos[p.ID]
			switch {
			case !seen:
				pos[p.ID] = len(out)
				out = append(out, p)
			case out[i].Answer == AnswerUnknown && p.Answer != AnswerUnknown:
				out[i] = p
			case out[i].Answer == AnswerUnknown && p.Partial && !out[i].Partial:
				out[i] = p
			case out[i].Answer == AnswerUnknown && p.Mentioned && !out[i].Mentioned:
				out[i].Mentioned, out[i].Label = true, p.Label
			}
		}
	}
	if out == nil {
		out = []Practice{}
	}
	return out
}

// tagEvidence copies evidence with its document's kind set.
func tagEvidence(ev []Evidence, kind legible.DocKind) []Evidence {
	if len(ev) == 0 {
		return ev
	}
	out := make([]Evidence, len(ev))
	for i, e := range ev {
		e.Document = kind
		out[i] = e
	}
	return out
}
