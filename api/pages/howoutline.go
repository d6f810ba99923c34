package pages

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/scorer"
)

// outline is the shape of the rubric for each kind of document: its
// criteria with their maximum points and the practices each asks about,
// read from the report of a short sample, so the page follows the rubric
// data without repeating it.
type outline struct {
	privacy, terms *scorer.Report
}

// outlineSample is a short privacy notice and set of terms in English, the
// language every rule is written in.
const outlineSample = "We collect your email address to send you our newsletter. " +
	"We do not sell your personal data. You can delete your account at any time. " +
	"We may change these terms. You may not use the service for unlawful purposes."

var loadOutline = sync.OnceValues(func() (outline, error) {
	var o outline
	for _, k := range []legible.DocKind{legible.KindPrivacy, legible.KindTerms} {
		r, err := scorer.Score(outlineSample, scorer.Options{Language: "en", Kind: k})
		if err != nil {
			return o, fmt.Errorf("score the %s sample: %w", k, err)
		}
		if k == legible.KindPrivacy {
			// A privacy criterion is worth its share of the weight of a
			// policy that answers everything, not of this short sample.
			for i := range r.Criteria {
				if share, ok := scorer.CriterionShare(r.Criteria[i].ID); ok {
					r.Criteria[i].Max = share
				}
			}
			o.privacy = r
		} else {
			o.terms = r
		}
	}
	return o, nil
})

// howCriteria lists a report's criteria, the weightiest first, each with
// the questions its practice facts answer; the questions of no criterion
// come last, under none.
func howCriteria(l *Localizer, r *scorer.Report) []howCriterion {
	asks := map[string][]string{} // criterion id → practice ids
	placed := map[string]bool{}
	for _, c := range r.Criteria {
		for _, f := range c.Findings {
			for _, p := range r.Practices {
				if placed[p.ID] || (f.ID != p.ID && !strings.HasPrefix(f.ID, p.ID+"_")) {
					continue
				}
				placed[p.ID] = true
				asks[c.ID] = append(asks[c.ID], p.ID)
			}
		}
	}
	cs := slices.Clone(r.Criteria)
	slices.SortStableFunc(cs, func(a, b scorer.Criterion) int { return cmp.Compare(b.Max, a.Max) })
	out := make([]howCriterion, 0, len(cs)+1)
	for _, c := range cs {
		name, _ := scorer.CriterionText(c.ID, l.Lang)
		en, _ := scorer.CriterionText(c.ID, rubricLanguage)
		hc := howCriterion{Name: name, NameLang: fallbackLang(l.Lang, name, en), Points: l.Plural("how.points", int(c.Max+0.5))}
		for _, id := range asks[c.ID] {
			// A criterion of one question may be named by the question itself.
			if q := questionText(l, id, r.Practices); q.Text != "" && q.Text != name {
				hc.Questions = append(hc.Questions, q)
			}
		}
		out = append(out, hc)
	}
	other := howCriterion{Name: l.T("how.questions.other")}
	for _, p := range r.Practices {
		if q := questionText(l, p.ID, r.Practices); !placed[p.ID] && q.Text != "" {
			other.Questions = append(other.Questions, q)
		}
	}
	if len(other.Questions) > 0 {
		out = append(out, other)
	}
	return out
}

// questionText is a practice's question in the page language, else in English.
func questionText(l *Localizer, id string, ps []scorer.Practice) textView {
	q, en := scorer.PracticeQuestion(id, l.Lang), scorer.PracticeQuestion(id, rubricLanguage)
	if q == "" {
		for _, p := range ps {
			if p.ID == id {
				q, en = p.Question, p.Question
			}
		}
	}
	return textView{Text: q, Lang: fallbackLang(l.Lang, q, en)}
}
