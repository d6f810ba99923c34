package pages

import (
	"github.com/legible-app/legible"
	"github.com/legible-app/legible/scorer"
)

// practiceView is one practice fact as the report shows it: the question,
// the answer in words, the sentences that say so, and advice.
type practiceView struct {
	ID string
	// Tone is "good", "bad", "unknown", "na" or "neutral", for the icon and style.
	Tone         string
	Icon         string
	Question     string
	QuestionLang string
	Label        string
	LabelLang    string
	Advice       string
	AdviceLang   string
	Evidence     []evidenceView
}

// evidenceView is one quoted sentence backing a practice fact.
type evidenceView struct {
	Quote string
	// Context is the lead-in of the list the quote is an item of.
	Context string
	Lang    string
	Where   string
}

// evidenceShown is how many quotes a practice fact shows at most.
const evidenceShown = 3

var toneIcons = map[string]string{"good": "✓", "bad": "✗", "unknown": "?", "na": "–", "neutral": "•"}

// practiceViews prepares a report's practice facts in the page language,
// the answered ones first (in their stable order), those the text does not
// answer last; cs gives each answer's tone from the finding it made.
func practiceViews(l *Localizer, ps []scorer.Practice, cs []scorer.Criterion, docLang func(legible.DocKind) string) []practiceView {
	tones := map[string]string{}
	for _, c := range cs {
		for _, f := range c.Findings {
			if f.Kind != scorer.Good && f.Kind != scorer.Bad {
				continue
			}
			if f.Answer != "" {
				tones[f.ID+"_"+f.Answer] = string(f.Kind) // a privacy practice's finding
			} else {
				tones[f.ID] = string(f.Kind) // a terms finding: "<practice>_<answer>"
			}
		}
	}
	var answered, unknown []practiceView
	for _, p := range ps {
		v := practiceOf(l, p, docLang)
		switch p.Answer {
		case scorer.AnswerUnknown:
			v.Tone = "unknown"
		case scorer.AnswerNA:
			v.Tone = "na"
		default:
			v.Tone = tones[p.ID+"_"+p.Answer]
			if v.Tone == "" {
				v.Tone = "neutral"
			}
		}
		v.Icon = toneIcons[v.Tone]
		if p.Answer == scorer.AnswerUnknown {
			unknown = append(unknown, v)
		} else {
			answered = append(answered, v)
		}
	}
	return append(answered, unknown...)
}

func practiceOf(l *Localizer, p scorer.Practice, docLang func(legible.DocKind) string) practiceView {
	q, enQ := scorer.PracticeQuestion(p.ID, l.Lang), scorer.PracticeQuestion(p.ID, rubricLanguage)
	if q == "" {
		q, enQ = p.Question, p.Question
	}
	if q == "" {
		q, enQ = p.ID, p.ID
	}
	label, advice := scorer.PracticeText(p.ID, p.Answer, l.Lang)
	enLabel, enAdvice := scorer.PracticeText(p.ID, p.Answer, rubricLanguage)
	switch {
	case p.Answer == scorer.AnswerUnknown && p.Partial:
		// The text answers in part: the evidence quotes what was read.
		label, enLabel = scorer.PartialText(l.Lang), scorer.PartialText(rubricLanguage)
	case p.Answer == scorer.AnswerUnknown && p.Mentioned:
		// The text speaks of it: not silence, only not read.
		label, enLabel = scorer.MentionedText(l.Lang), scorer.MentionedText(rubricLanguage)
	case label != "":
	case p.Answer == scorer.AnswerUnknown:
		label = l.T("practice.unknown")
	case p.Answer == scorer.AnswerNA:
		label = l.T("practice.na")
	default:
		label, enLabel = p.Label, p.Label
	}
	v := practiceView{
		ID:           p.ID,
		Question:     q,
		QuestionLang: fallbackLang(l.Lang, q, enQ),
		Label:        label,
		LabelLang:    fallbackLang(l.Lang, label, enLabel),
		Advice:       advice,
		AdviceLang:   fallbackLang(l.Lang, advice, enAdvice),
	}
	for _, e := range p.Evidence {
		if len(v.Evidence) == evidenceShown {
			break
		}
		q := plainQuote(e.Quote)
		if q == "" {
			continue
		}
		ev := evidenceView{Quote: q, Context: plainQuote(e.Context)}
		if e.Document != "" {
			ev.Where = kindName(l, e.Document)
		}
		if docLang != nil {
			if lang := docLang(e.Document); lang != "und" {
				ev.Lang = lang
			}
		}
		v.Evidence = append(v.Evidence, ev)
	}
	return v
}
