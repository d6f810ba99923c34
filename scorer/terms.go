package scorer

import (
	"log/slog"
	"math"
)

// termsResult is the judgement of a terms of service: the criteria of unfair
// terms with their quoted evidence (their Max add up to TermsMax), and one
// practice per category of clause.
type termsResult struct {
	Version   string
	Criteria  []Criterion
	Practices []Practice
}

// TermsMax is what the terms criteria are worth together; the rest of a
// terms score (length and readability) is added by the caller.
const TermsMax = 70

// Score is the sum of the criteria's scores.
func (r termsResult) Score() float64 {
	s := 0.0
	for _, c := range r.Criteria {
		s += c.Score
	}
	return termsRound(s)
}

// readTerms reads the clauses a terms of service states about the service and
// its user (changes, termination, disputes, licence to content, liability,
// renewal, acceptance by use) and judges them. Each practice is answered by
// the first of its answers, in order of precedence, that a sentence gives;
// when none does it takes its default ("unknown", or "none" for clauses that
// exist only if written).
func readTerms(a *Analysis) termsResult {
	b, err := loadTerms()
	if err != nil {
		slog.Error("scorer: terms rules unavailable", "err", err)
		return termsResult{Criteria: []Criterion{}, Practices: []Practice{}}
	}
	hits := b.collect(a.Text, a.Sentences, a.Metrics.Language)
	res := termsResult{Version: b.data.Version, Practices: make([]Practice, 0, len(b.data.Practices))}
	index := map[string]int{}
	findings := make([]Finding, len(b.data.Practices))
	defaults := make([]float64, len(b.data.Practices))
	maxes := make([]float64, len(b.data.Practices))
	for pi := range b.data.Practices {
		p := &b.data.Practices[pi]
		index[p.ID] = pi
		ai, idx := decideAnswer(p, hits[pi])
		ans := p.Answers[ai]
		def := p.Answers[answerIndex(p, p.Default)]
		defaults[pi] = def.Score
		for _, x := range p.Answers {
			maxes[pi] = math.Max(maxes[pi], x.Score)
		}
		id := termsAnswerID(p.ID, ans.ID)
		label, _ := b.text(id, "en")
		question, _ := b.text(p.ID, "en")
		f := Finding{ID: id, Kind: ans.Kind, Label: label, Points: termsRound(ans.Score - def.Score)}
		pr := Practice{ID: p.ID, Answer: ans.ID, Question: question, Label: label}
		if idx >= 0 {
			sp := a.Sentences[idx]
			f.Quote, f.Start, f.End = a.Text[sp.Start:sp.End], sp.Start, sp.End
			pr.Evidence = []Evidence{{Quote: f.Quote, Start: sp.Start, End: sp.End}}
		} else {
			f.Kind = Missing
		}
		findings[pi] = f
		res.Practices = append(res.Practices, pr)
	}
	for _, cs := range b.data.Criteria {
		c := Criterion{ID: cs.ID, Name: b.data.Text[cs.ID]["en"].Name, Findings: []Finding{}, Advice: []string{}}
		base := 0.0
		for _, pid := range cs.Practices {
			pi := index[pid]
			base += defaults[pi]
			c.Max += maxes[pi]
			f := findings[pi]
			c.Findings = append(c.Findings, f)
			if _, advice := b.text(f.ID, "en"); advice != "" {
				c.Advice = append(c.Advice, advice)
			}
		}
		c.Score = termsCriterionScore(base, c.Max, c.Findings)
		res.Criteria = append(res.Criteria, c)
	}
	return res
}

// decideAnswer picks the first answer, in order of precedence, that a
// sentence gives, with that sentence's index; or the default and -1.
func decideAnswer(p *termsPracticeSpec, hits []int) (answer, sentence int) {
	for i, idx := range hits {
		if idx >= 0 {
			return i, idx
		}
	}
	return answerIndex(p, p.Default), -1
}

// termsText is the label and advice of a terms finding, practice or
// criterion id in language lang ("en", "ar", "fr", "de", "es"), in English
// when lang has no text for it; both are empty for an unknown id.
func termsText(id, lang string) (label, advice string) {
	b, err := loadTerms()
	if err != nil {
		return "", ""
	}
	return b.text(id, lang)
}

func (b *termsBook) text(id, lang string) (label, advice string) {
	notes := b.data.Text[id]
	n, ok := notes[lang]
	if !ok || n.Label == "" {
		n = notes["en"]
	}
	return n.Label, n.Advice
}

// termsCriterionScore is base plus the findings' points, kept within 0..max.
func termsCriterionScore(base, max float64, fs []Finding) float64 {
	s := base
	for _, f := range fs {
		s += f.Points
	}
	return termsRound(math.Max(0, math.Min(max, s)))
}

// termsRound rounds to one decimal.
func termsRound(x float64) float64 { return math.Round(x*10) / 10 }
