package pages

import (
	"cmp"
	"math"
	"slices"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/rating"
	"github.com/legible-app/legible/scorer"
)

// criterionView is one rubric criterion as the report shows it.
type criterionView struct {
	ID   string
	Name string
	// NameLang is the language of Name when it is not the page's.
	NameLang string
	// TextLang is the language of the findings' labels and the advice.
	TextLang string
	Score    float64
	Max      float64
	Points   string
	// Findings are the weightiest findings, shown at once; More are the rest,
	// shown on request.
	Findings []findingView
	More     []findingView
	Advice   []string
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
	Quote    string
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

// criterionViews prepares the criteria of a report; docLang gives the
// language of a quoted document by its kind.
func criterionViews(l *Localizer, cs []scorer.Criterion, docLang func(legible.DocKind) string) []criterionView {
	out := make([]criterionView, 0, len(cs))
	for _, c := range cs {
		name, nameLang := c.Name, ""
		if c.ID != "" && l.Has("criterion."+c.ID) {
			name = l.T("criterion." + c.ID)
		} else if l.Lang != rubricLanguage {
			nameLang = rubricLanguage
		}
		if name == "" {
			name = c.ID
		}
		v := criterionView{
			ID:       c.ID,
			Name:     name,
			NameLang: nameLang,
			TextLang: rubricLanguage,
			Score:    c.Score,
			Max:      c.Max,
			Points:   l.T("criterion.score", round1(c.Score), round1(c.Max)),
			Advice:   c.Advice,
		}
		fs := slices.Clone(c.Findings)
		slices.SortStableFunc(fs, func(a, b scorer.Finding) int {
			return cmp.Compare(math.Abs(b.Points), math.Abs(a.Points))
		})
		for i, f := range fs {
			if i < findingsShown {
				v.Findings = append(v.Findings, findingOf(l, f, docLang))
			} else {
				v.More = append(v.More, findingOf(l, f, docLang))
			}
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
	v := findingView{
		Kind:     string(kind),
		Icon:     findingIcons[kind],
		KindText: l.T("finding." + string(kind)),
		Label:    f.Label,
		// Reports stored before quotes were clipped are clipped on the way out.
		Quote: rating.ClipQuote(f.Quote),
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
