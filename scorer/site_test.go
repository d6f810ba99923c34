package scorer

import (
	"math"
	"strings"
	"testing"

	"github.com/legible-app/legible"
)

// fakeDoc is a scored document with a given score, so the site tests depend
// on the site rule only.
func fakeDoc(kind legible.DocKind, score int, lang string, words int, minutes float64) DocumentReport {
	r, _ := loadRubric()
	rep := &Report{
		Metrics:   Metrics{Language: lang, Words: words, ReadingMinutes: minutes},
		Score:     score,
		Grade:     r.grade(score),
		Practices: []Practice{},
		Criteria: []Criterion{{ID: "limited_collection", Max: 30, Findings: []Finding{
			{ID: "sells-data", Answer: "no", Kind: Good, Label: "Does not sell", Quote: "We do not sell your data.", Points: 5},
		}}},
	}
	return DocumentReport{Kind: kind, URL: "https://example.com/" + string(kind), Report: rep}
}

func TestCombineSiteRule(t *testing.T) {
	r, err := loadRubric()
	if err != nil {
		t.Fatal(err)
	}
	wp, wt := r.data.Site.Weights["privacy"], r.data.Site.Weights["terms"]
	if wp <= 0 || wt <= 0 {
		t.Fatalf("site weights %v: want privacy and terms", r.data.Site.Weights)
	}
	privacy := fakeDoc(legible.KindPrivacy, 48, "en", 2000, 9)
	terms := fakeDoc(legible.KindTerms, 40, "en", 1200, 6)
	cookies := fakeDoc(legible.KindCookies, 90, "en", 300, 1)
	sig := &legible.Signals{HTTPS: true, HSTS: true}
	site, err := CombineSite([]DocumentReport{terms, {Kind: legible.KindOther}, cookies, privacy}, sig)
	if err != nil {
		t.Fatal(err)
	}
	https := 0.0
	for _, s := range r.data.Site.Signals {
		if s.Signal == "https_hsts" {
			https = s.Points
		}
	}
	want := int(math.Round((wp*48+wt*40)/(wp+wt) + https))
	if site.Score != want || site.Grade != r.grade(want) {
		t.Errorf("site %s %d, want %s %d (privacy 48, terms 40, HTTPS %+g)", site.Grade, site.Score, r.grade(want), want, https)
	}
	if len(site.Documents) != 3 || site.Documents[0].Kind != legible.KindPrivacy || site.Documents[1].Kind != legible.KindTerms {
		t.Fatalf("documents %+v: want privacy, terms, cookies; the report-less one left out", site.Documents)
	}
	if site.ReadingMinutes != 16 || site.Words != 3500 {
		t.Errorf("reading %.1f min, %d words; want the sums 16 and 3500", site.ReadingMinutes, site.Words)
	}
	for _, part := range []string{"privacy policy C 48", "terms D 40", "HTTPS with HSTS +2", "→ site"} {
		if !strings.Contains(site.Explanation, part) {
			t.Errorf("explanation %q lacks %q", site.Explanation, part)
		}
	}
	if n := len(site.Parts); n != 3 {
		t.Errorf("parts %+v: want privacy, terms and the HTTPS signal", site.Parts)
	}
	for _, c := range site.Criteria {
		for _, f := range c.Findings {
			if f.Document == "" {
				t.Errorf("finding %q is not tagged with its document", f.Label)
			}
		}
	}
	if len(site.TopFindings) == 0 || site.TopFindings[0].ID != "sells-data" {
		t.Errorf("top findings %+v: want the quoted practice fact", site.TopFindings)
	}
}

func TestCombineSiteNotGraded(t *testing.T) {
	hi := fakeDoc(legible.KindPrivacy, 0, "hi", 3000, 12)
	hi.Report.Grade, hi.Report.NotGraded = "", NotGradedLanguage
	site, err := CombineSite([]DocumentReport{hi}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if site.NotGraded != NotGradedLanguage || site.Grade != "" {
		t.Errorf("site %q %q: want not graded for its language", site.Grade, site.NotGraded)
	}
	// A graded terms beside an ungraded policy grades the site on the terms alone.
	terms := fakeDoc(legible.KindTerms, 70, "en", 1000, 4)
	site, err = CombineSite([]DocumentReport{hi, terms}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if site.NotGraded != "" || site.Score != 70 {
		t.Errorf("site %d %q: want 70 from the terms", site.Score, site.NotGraded)
	}
	site, err = CombineSite(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if site.NotGraded != NotGradedNoDocuments || site.Language != "und" {
		t.Errorf("empty site: %+v", site)
	}
}

func TestCombineSiteSignalsClamp(t *testing.T) {
	low := fakeDoc(legible.KindPrivacy, 2, "en", 100, 1)
	site, err := CombineSite([]DocumentReport{low}, &legible.Signals{})
	if err != nil {
		t.Fatal(err)
	}
	if site.Score != 0 {
		t.Errorf("score %d: no HTTPS must not push a score below 0", site.Score)
	}
	if !strings.Contains(site.Explanation, "no HTTPS") {
		t.Errorf("explanation %q: want the missing HTTPS named", site.Explanation)
	}
}

func TestCriterionShare(t *testing.T) {
	r, err := loadRubric()
	if err != nil {
		t.Fatal(err)
	}
	sum := 0.0
	for _, c := range r.data.Criteria {
		s, ok := CriterionShare(c.ID)
		if !ok || s <= 0 {
			t.Errorf("criterion %s: share %v, %v", c.ID, s, ok)
		}
		sum += s
	}
	if math.Abs(sum-100) > 1e-6 {
		t.Errorf("shares add up to %v, want 100", sum)
	}
	if _, ok := CriterionShare("terms_changes"); ok {
		t.Error("a terms criterion has a privacy share")
	}
}
