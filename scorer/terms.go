package scorer

import (
	"math"
)

// termsResult is the judgement of a terms of service: the criteria of unfair
// terms with their quoted evidence (their Max add up to TermsMax), and one
// practice per category of clause.
type termsResult struct {
	Version string
	// Covered says whether the rules read the text's language. When false
	// every practice is unknown, every criterion scores 0 and the caller
	// must not grade the terms.
	Covered   bool
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
func readTerms(a *Analysis) (termsResult, error) {
	b, err := loadTerms()
	if err != nil {
		return termsResult{}, err
	}
	if !b.covers(a.Metrics.Language) {
		return b.unread(), nil
	}
	hits := b.collect(a.Text, a.Sentences, a.Metrics.Language)
	res := termsResult{Version: b.data.Version, Covered: true, Practices: make([]Practice, 0, len(b.data.Practices))}
	findings := make([]Finding, len(b.data.Practices))
	for pi := range b.data.Practices {
		p := &b.data.Practices[pi]
		ai, idx := decideAnswer(p, hits[pi])
		ans := p.Answers[ai]
		id := termsAnswerID(p.ID, ans.ID)
		question, _ := b.text(p.ID, "en")
		label, advice := b.text(id, "en")
		f := Finding{ID: id, Kind: ans.Kind, Label: label, Points: termsRound(ans.Score - defaultScore(p)), Advice: advice}
		pr := Practice{ID: p.ID, Answer: ans.ID, Question: question, Label: label}
		if idx >= 0 {
			sp := a.Sentences[idx]
			f.Quote, f.Start, f.End = cleanQuote(a.Text[sp.Start:sp.End]), sp.Start, sp.End
			pr.Evidence = []Evidence{{Quote: f.Quote, Start: sp.Start, End: sp.End}}
		} else {
			f.Kind = Missing
		}
		findings[pi] = f
		res.Practices = append(res.Practices, pr)
	}
	for _, cs := range b.data.Criteria {
		c := b.newCriterion(cs)
		base := 0.0
		for _, pid := range cs.Practices {
			pi := b.practice[pid]
			base += defaultScore(&b.data.Practices[pi])
			f := findings[pi]
			c.Findings = append(c.Findings, f)
			if f.Advice != "" {
				c.Advice = append(c.Advice, f.Advice)
			}
		}
		c.Score = termsCriterionScore(base, c.Max, c.Findings)
		res.Criteria = append(res.Criteria, c)
	}
	return res, nil
}

// newCriterion is criterion cs with its name and maximum, without findings.
func (b *termsBook) newCriterion(cs termsCriterionSpec) Criterion {
	c := Criterion{ID: cs.ID, Name: b.data.Text[cs.ID]["en"].Name, Findings: []Finding{}, Advice: []string{}}
	for _, pid := range cs.Practices {
		c.Max += practiceMax(&b.data.Practices[b.practice[pid]])
	}
	return c
}

// practiceMax is the score of a practice's best answer.
func practiceMax(p *termsPracticeSpec) float64 {
	m := 0.0
	for _, a := range p.Answers {
		m = math.Max(m, a.Score)
	}
	return m
}

// defaultScore is the score of a practice's default answer.
func defaultScore(p *termsPracticeSpec) float64 {
	return p.Answers[answerIndex(p, p.Default)].Score
}

// notReadID is the id of the finding that says the language is not read.
const notReadID = "terms_not_read"

// covers reports whether the rules read language lang.
func (b *termsBook) covers(lang string) bool {
	for _, l := range b.data.Languages {
		if l == lang {
			return true
		}
	}
	return false
}

// unread is the result for a text in a language the rules do not read:
// every practice unknown, every criterion at 0 with a finding that says why.
func (b *termsBook) unread() termsResult {
	label, advice := b.text(notReadID, "en")
	res := termsResult{Version: b.data.Version, Practices: []Practice{}}
	for _, p := range b.data.Practices {
		question, _ := b.text(p.ID, "en")
		res.Practices = append(res.Practices, Practice{ID: p.ID, Answer: AnswerUnknown, Question: question, Label: label})
	}
	for _, cs := range b.data.Criteria {
		c := b.newCriterion(cs)
		c.Findings = append(c.Findings, Finding{ID: notReadID, Kind: Missing, Label: label, Advice: advice})
		c.Advice = append(c.Advice, advice)
		res.Criteria = append(res.Criteria, c)
	}
	return res
}

// decideAnswer picks the first answer, in order of precedence, that a
// sentence gives, with that sentence's index; or the default and -1.
func decideAnswer(p *termsPracticeSpec, hits []termsHit) (answer, sentence int) {
	for i, h := range hits {
		if h.sentence >= 0 {
			return i, h.sentence
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

// termsCriterionName is a terms criterion's name in lang ("" when id is not
// a terms criterion).
func termsCriterionName(id, lang string) string {
	b, err := loadTerms()
	if err != nil {
		return ""
	}
	notes, ok := b.data.Text[id]
	if !ok {
		return ""
	}
	if n := notes[lang]; n.Name != "" {
		return n.Name
	}
	return notes["en"].Name
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
