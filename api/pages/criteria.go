package pages

import (
	"cmp"
	"math"
	"slices"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/scorer"
)

// criterionView is one rubric criterion as the report shows it.
type criterionView struct {
	ID string
	// Anchor is the criterion's element id: its ID, with the document's kind
	// when a site's documents share the criterion (each has transparency).
	Anchor string
	// Where names the document the criterion judges, when several share it.
	Where string
	Name  string
	// NameLang is the language of Name when it is not the page's (a name
	// with no translation yet shows in English).
	NameLang string
	Score    float64
	Max      float64
	Points   string
	// NotAssessed is true when the text gave nothing to judge the criterion by.
	NotAssessed bool
	// Findings are the weightiest findings, shown at once; More are the rest,
	// shown on request.
	Findings []findingView
	More     []findingView
	// Advice is the criterion's advice that no finding above already gives.
	Advice []textView
}

// textView is a text with its language when that is not the page's.
type textView struct {
	Text string
	Lang string
}

// findingsShown is how many findings of a criterion show before "show more".
const findingsShown = 3

// findingView is one piece of evidence, marked by an icon and a word so that
// its meaning never rests on colour alone.
type findingView struct {
	Kind     string
	Icon     string
	KindText string
	Label    string
	// LabelLang and AdviceLang are the languages of Label and Advice when
	// they are not the page's.
	LabelLang  string
	Advice     string
	AdviceLang string
	Quote      string
	// Context is the lead-in of the list the quote is an item of.
	Context string
	// Where names the document quoted, in site reports.
	Where string
	// QuoteLang is the language of the quoted document, "" when unknown.
	QuoteLang string
}

// rubricLanguage is the language the scorer writes its labels and advice in.
const rubricLanguage = "en"

// findingIcons are the symbols of the finding kinds.
var findingIcons = map[scorer.FindingKind]string{
	scorer.Good:    "✓",
	scorer.Bad:     "✗",
	scorer.Missing: "?",
}

// fallbackLang is the language of a text the scorer gave for the page
// language: English when it equals the English text (no translation yet),
// else "" (the page's).
func fallbackLang(pageLang, text, english string) string {
	if pageLang != rubricLanguage && text != "" && text == english {
		return rubricLanguage
	}
	return ""
}

// criterionViews prepares the criteria of a report, privacy and terms of
// service alike, in the page language; docLang gives the language of a
// quoted document by its kind.
func criterionViews(l *Localizer, cs []scorer.Criterion, docLang func(legible.DocKind) string) []criterionView {
	out := make([]criterionView, 0, len(cs))
	seen := map[string]int{}
	for _, c := range cs {
		seen[c.ID]++
	}
	for _, c := range cs {
		name, english := c.Name, c.Name
		if c.ID != "" {
			if n, _ := scorer.CriterionText(c.ID, l.Lang); n != c.ID {
				name = n
				english, _ = scorer.CriterionText(c.ID, rubricLanguage)
			}
		}
		if name == "" {
			name = c.ID
		}
		v := criterionView{
			ID:          c.ID,
			Anchor:      c.ID,
			Name:        name,
			NameLang:    fallbackLang(l.Lang, name, english),
			Score:       c.Score,
			Max:         c.Max,
			NotAssessed: c.NotAssessed,
			Points:      l.T("criterion.score", round1(c.Score), round1(c.Max)),
		}
		if c.NotAssessed {
			v.Points = l.T("criterion.notassessed")
		}
		if seen[c.ID] > 1 {
			if kind := criterionDocument(c); kind != "" {
				v.Anchor, v.Where = c.ID+"-"+string(kind), kindName(l, kind)
			}
		}
		fs := slices.Clone(c.Findings)
		slices.SortStableFunc(fs, func(a, b scorer.Finding) int {
			return cmp.Compare(math.Abs(b.Points), math.Abs(a.Points))
		})
		given := map[string]bool{}
		for i, f := range fs {
			fv := findingOf(l, f, docLang)
			if _, adv := scorer.FindingText(f, rubricLanguage); adv != "" {
				given[adv] = true
			}
			if i < findingsShown {
				v.Findings = append(v.Findings, fv)
			} else {
				v.More = append(v.More, fv)
			}
		}
		for _, a := range c.Advice {
			if given[a] {
				continue
			}
			t := scorer.Translate(a, l.Lang)
			v.Advice = append(v.Advice, textView{Text: t, Lang: fallbackLang(l.Lang, t, a)})
		}
		out = append(out, v)
	}
	return out
}

func findingOf(l *Localizer, f scorer.Finding, docLang func(legible.DocKind) string) findingView {
	kind := f.Kind
	if _, ok := findingIcons[kind]; !ok {
		kind = scorer.Missing
	}
	label, advice := scorer.FindingText(f, l.Lang)
	enLabel, enAdvice := scorer.FindingText(f, rubricLanguage)
	if label == "" {
		label, enLabel = f.Label, f.Label
	}
	if advice == "" && f.Advice != "" {
		advice, enAdvice = scorer.Translate(f.Advice, l.Lang), f.Advice
	}
	v := findingView{
		Kind:       string(kind),
		Icon:       findingIcons[kind],
		KindText:   l.T("finding." + string(kind)),
		Label:      label,
		LabelLang:  fallbackLang(l.Lang, label, enLabel),
		Advice:     advice,
		AdviceLang: fallbackLang(l.Lang, advice, enAdvice),
		Quote:      plainQuote(f.Quote),
		Context:    plainQuote(f.Context),
	}
	if f.Document != "" {
		v.Where = kindName(l, f.Document)
	}
	if f.Quote != "" && docLang != nil {
		if lang := docLang(f.Document); lang != "und" {
			v.QuoteLang = lang
		}
	}
	return v
}

// criterionDocument is the kind of document a site report's criterion
// judges, from its findings; "" when none says.
func criterionDocument(c scorer.Criterion) legible.DocKind {
	for _, f := range c.Findings {
		if f.Document != "" {
			return f.Document
		}
	}
	return ""
}
