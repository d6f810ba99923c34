package scorer

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
)

//go:embed data/messages.json
var messagesJSON []byte

var (
	messagesOnce sync.Once
	messages     map[string]map[string]string
	messagesErr  error
)

func loadMessages() (map[string]map[string]string, error) {
	messagesOnce.Do(func() {
		var d struct {
			Messages map[string]map[string]string `json:"messages"`
		}
		if err := json.Unmarshal(messagesJSON, &d); err != nil {
			messagesErr = fmt.Errorf("scorer: decode messages: %w", err)
			return
		}
		messages = d.Messages
	})
	return messages, messagesErr
}

// Translate returns the rubric text english in lang, or english itself when
// lang is English or the text has no translation.
func Translate(english, lang string) string {
	if lang == "" || lang == "en" || english == "" {
		return english
	}
	m, err := loadMessages()
	if err != nil {
		return english
	}
	if t := m[english][lang]; t != "" {
		return t
	}
	return english
}

// CriterionText returns a criterion's name and its not-assessed advice in lang.
func CriterionText(id, lang string) (name, advice string) {
	r, err := loadRubric()
	if err != nil {
		return id, ""
	}
	for _, c := range r.data.Criteria {
		if c.ID == id {
			return Translate(c.Name, lang), Translate(c.Advice, lang)
		}
	}
	if name := termsCriterionName(id, lang); name != "" {
		_, adv := termsText(id, lang)
		return name, adv
	}
	return id, ""
}

// FindingText returns a finding's label and advice in lang (en, ar, fr; other
// languages fall back to English), from the rule that made it.
func FindingText(f Finding, lang string) (label, advice string) {
	r, err := loadRubric()
	if err != nil {
		return f.Label, ""
	}
	switch {
	case f.Answer != "" && f.Answer != AnswerUnknown:
		if l, a := practiceText(f.ID, f.Answer, lang); l != "" {
			return withQuestion(f.ID, l, lang), a
		}
	case f.Answer == AnswerUnknown:
		for _, p := range r.data.Practices {
			if p.Practice == f.ID {
				label := p.MissingLabel
				if p.PartialAs != "" && f.Label == p.PartialLabel {
					_, advice := practiceText(f.ID, p.PartialAs, lang)
					return Translate(f.Label, lang), advice
				}
				if f.Label == p.UnclearLabel || p.PartialLabel != "" && f.Label == p.PartialLabel {
					label = f.Label
				}
				return Translate(label, lang), Translate(p.MissingAdvice, lang)
			}
		}
	case strings.HasPrefix(f.ID, "metric."):
		if l, a, ok := r.metricText(strings.TrimPrefix(f.ID, "metric."), f, lang); ok {
			return l, a
		}
	case strings.HasPrefix(f.ID, "detector."):
		id := strings.TrimPrefix(f.ID, "detector.")
		for _, d := range r.data.Detectors {
			if d.ID == id {
				return Translate(d.Found.Label, lang), Translate(d.Found.Advice, lang)
			}
		}
	case strings.HasPrefix(f.ID, "cap."):
		for _, c := range r.data.GradeCaps {
			if c.Label == f.Label {
				return Translate(c.Label, lang), Translate(c.Advice, lang)
			}
		}
	default:
		if l, a := termsText(f.ID, lang); l != "" {
			return l, a
		}
	}
	return Translate(f.Label, lang), ""
}

// metricText renders a metric finding's label and advice in lang from its
// band, so the figure shown stays the measured one.
func (r *rubric) metricText(metric string, f Finding, lang string) (label, advice string, ok bool) {
	if metric == "structure" {
		st := r.data.Structure
		if f.Kind == Good {
			for _, l := range []string{st.HeadingsOnly, st.ListsOnly, st.ShortLabel} {
				if f.Label == l {
					return Translate(l, lang), "", true
				}
			}
			return Translate(st.Label, lang), "", true
		}
		label := st.MissingLabel
		if f.Label == st.FewLabel {
			label = st.FewLabel
		}
		return Translate(label, lang), Translate(st.Advice, lang), true
	}
	if f.Value == nil {
		return "", "", false
	}
	for _, rule := range r.data.Metrics {
		if rule.Metric != metric {
			continue
		}
		v := *f.Value
		for _, bd := range rule.Bands {
			if bd.Percent {
				v = *f.Value / 100
			}
			break
		}
		bd, ok := pickBand(rule.Bands, v)
		if !ok {
			return "", "", false
		}
		format := Translate(bd.Label, lang)
		if strings.Contains(format, "%") {
			format = fmt.Sprintf(format, *f.Value)
		}
		return format, Translate(bd.Advice, lang), true
	}
	return "", "", false
}

// PracticeText returns the label and advice of a practice's answer in lang
// (a privacy practice or a terms practice).
func PracticeText(id, answer, lang string) (label, advice string) {
	if l, a := practiceText(id, answer, lang); l != "" {
		return l, a
	}
	return termsText(id+"_"+answer, lang)
}

// PracticeQuestion returns a practice's question in lang.
func PracticeQuestion(id, lang string) string {
	if q := practiceQuestion(id, lang); q != "" {
		return q
	}
	q, _ := termsText(id, lang)
	return q
}

// practiceQuestion is a privacy practice's question in lang ("" when the
// facts engine has no such question).
func practiceQuestion(id, lang string) string {
	e, err := loadFacts()
	if err != nil {
		return ""
	}
	for qi := range e.data.Questions {
		if q := &e.data.Questions[qi]; q.ID == id {
			return inLanguage(q.Question, lang)
		}
	}
	return ""
}
