package pages

import (
	"testing"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/scorer"
)

func TestCriterionViews(t *testing.T) {
	c := scorer.Criterion{ID: "choice", Name: "Freedom of choice", Score: 7.25, Max: 20, Findings: []scorer.Finding{
		{Kind: scorer.Good, Label: "small", Points: 1},
		{Kind: scorer.Bad, Label: "big loss", Quote: "q", Document: legible.KindTerms, Points: -6},
		{Kind: "strange", Label: "unknown kind", Points: 0},
		{Kind: scorer.Good, Label: "medium", Points: 3},
		{Kind: scorer.Missing, Label: "also medium", Points: -3},
	}}
	lang := func(k legible.DocKind) string {
		if k == legible.KindTerms {
			return "fr"
		}
		return "und"
	}
	for _, tt := range []struct {
		page, name, nameLang, points string
	}{
		{"en", "Freedom of choice", "", "7.3 of 20 points"},
		{"ar", "حرية الاختيار", "", "٧٫٣ من ٢٠ نقطة"},
	} {
		v := criterionViews(newLocalizer(messages, tt.page, false), []scorer.Criterion{c}, lang)[0]
		if v.Name != tt.name || v.NameLang != tt.nameLang || v.Points != tt.points {
			t.Errorf("%s: name %q (%q), points %q", tt.page, v.Name, v.NameLang, v.Points)
		}
		var labels []string
		for _, f := range append(v.Findings, v.More...) {
			labels = append(labels, f.Label)
		}
		want := []string{"big loss", "medium", "also medium", "small", "unknown kind"}
		if len(v.Findings) != findingsShown || len(labels) != len(want) {
			t.Fatalf("%s: shown %d, all %v", tt.page, len(v.Findings), labels)
		}
		for i := range want {
			if labels[i] != want[i] {
				t.Errorf("%s: findings in order %v, want %v", tt.page, labels, want)
				break
			}
		}
		if f := v.Findings[0]; f.QuoteLang != "fr" || f.Icon != "✗" || f.Where == "" {
			t.Errorf("%s: first finding %+v", tt.page, f)
		}
		if f := v.More[1]; f.Kind != "missing" || f.Icon != "?" {
			t.Errorf("%s: an unknown kind shows as %q %q, want missing", tt.page, f.Kind, f.Icon)
		}
	}
	// A criterion the page language has no name for keeps the rubric's, marked English.
	v := criterionViews(newLocalizer(messages, "ar", false), []scorer.Criterion{{ID: "new_one", Name: "New criterion"}}, nil)[0]
	if v.Name != "New criterion" || v.NameLang != "en" {
		t.Errorf("untranslated criterion: %q (%q)", v.Name, v.NameLang)
	}
}

// A site's documents share criteria (each has transparency): each keeps its
// own element id and says which document it judges.
func TestCriteriaSharedBySiteDocuments(t *testing.T) {
	l := newLocalizer(messages, "en", false)
	cs := []scorer.Criterion{
		{ID: "transparency", Max: 20, Findings: []scorer.Finding{{ID: "metric.structure", Kind: scorer.Good, Document: legible.KindPrivacy}}},
		{ID: "limited_collection", Max: 34},
		{ID: "transparency", Max: 30, Findings: []scorer.Finding{{ID: "metric.structure", Kind: scorer.Good, Document: legible.KindTerms}}},
	}
	got := criterionViews(l, cs, nil)
	want := []struct{ anchor, where string }{
		{"transparency-privacy", "Privacy policy"}, {"limited_collection", ""}, {"transparency-terms", "Terms of service"},
	}
	for i, w := range want {
		if got[i].Anchor != w.anchor || got[i].Where != w.where {
			t.Errorf("criterion %d: anchor %q where %q, want %q %q", i, got[i].Anchor, got[i].Where, w.anchor, w.where)
		}
	}
}
