package scorer

import (
	"regexp"
	"strings"
	"testing"
)

var formatVerb = regexp.MustCompile(`%[-+# 0-9.]*[a-z%]`)

// rubricTexts lists every English text of the rubric that a reader sees.
func rubricTexts(r *rubric) []string {
	d := r.data
	var out []string
	for _, c := range append(append([]criterionSpec{}, d.Criteria...), d.TermsCriteria...) {
		out = append(out, c.Name, c.Advice)
	}
	for _, m := range d.Metrics {
		for _, b := range m.Bands {
			out = append(out, b.Label, b.Advice)
		}
	}
	out = append(out, d.Structure.Label, d.Structure.HeadingsOnly, d.Structure.ListsOnly, d.Structure.ShortLabel, d.Structure.MissingLabel, d.Structure.Advice)
	for _, p := range d.Practices {
		out = append(out, p.MissingLabel, p.UnclearLabel, p.MissingAdvice)
		if p.PartialLabel != "" {
			out = append(out, p.PartialLabel)
		}
	}
	for _, det := range d.Detectors {
		if det.Weight > 0 {
			out = append(out, det.Found.Label, det.Found.Advice)
		}
	}
	for _, c := range d.GradeCaps {
		out = append(out, c.Label, c.Advice)
	}
	for _, s := range d.Site.Signals {
		out = append(out, s.Label, s.Advice)
	}
	return out
}

// TestMessagesCoverRubric checks that every text of the rubric a reader sees
// exists in Arabic and French, with the same format verbs.
func TestMessagesCoverRubric(t *testing.T) {
	r, err := loadRubric()
	if err != nil {
		t.Fatal(err)
	}
	m, err := loadMessages()
	if err != nil {
		t.Fatal(err)
	}
	for _, en := range rubricTexts(r) {
		if en == "" {
			continue
		}
		for _, lang := range []string{"ar", "fr"} {
			tr := m[en][lang]
			if tr == "" {
				t.Errorf("no %s text for %q", lang, en)
				continue
			}
			if a, b := formatVerb.FindAllString(en, -1), formatVerb.FindAllString(tr, -1); len(a) != len(b) {
				t.Errorf("%s text of %q: format verbs %v, want %v", lang, en, b, a)
			}
		}
	}
}

func TestFindingText(t *testing.T) {
	minutes, ease := 42.0, 31.0
	tests := []struct {
		f    Finding
		lang string
		want string
	}{
		{Finding{ID: "metric.reading_minutes", Kind: Bad, Value: &minutes, Label: "Far too long: about 42 minutes to read"}, "fr", "Beaucoup trop long : environ 42 minutes de lecture"},
		{Finding{ID: "metric.reading_minutes", Kind: Bad, Value: &minutes}, "en", "Far too long: about 42 minutes to read"},
		{Finding{ID: "metric.ease", Kind: Bad, Value: &ease}, "ar", "صعب القراءة (سهولة القراءة 31)"},
		{Finding{ID: "retention", Answer: AnswerUnknown, Kind: Missing, Label: "No retention period was found"}, "ar", "لم يُعثر على مدة للاحتفاظ بالبيانات"},
		{Finding{ID: "detector.dpo", Kind: Good, Label: "Names a data protection officer"}, "fr", "Nomme un délégué à la protection des données"},
		{Finding{ID: "metric.structure", Kind: Missing}, "fr", "Aucun titre ni liste pour aider le lecteur à s'y retrouver"},
		{Finding{ID: "metric.structure", Kind: Good, Label: "Uses headings so readers can skim"}, "ar", "يستخدم العناوين ليسهل تصفّحه"},
		// A finding made from a fact carries its question: a bare "No" under
		// a criterion would not say what is missing.
		{Finding{ID: "summary", Answer: "no", Kind: Bad}, "en", "Is there a short plain summary? No"},
		{Finding{ID: "third-party-collection", Answer: "yes", Kind: Bad}, "ar", "هل تجمع بيانات عنك من جهات أخرى؟ نعم"},
	}
	for _, tt := range tests {
		if got, _ := FindingText(tt.f, tt.lang); got != tt.want {
			t.Errorf("%s in %s: %q, want %q", tt.f.ID, tt.lang, got, tt.want)
		}
	}
	if name, _ := CriterionText("terms_changes", "en"); name == "" || strings.HasSuffix(name, "?") {
		t.Errorf("terms criterion name %q: want a name, not a question", name)
	}
	if name, _ := CriterionText("choice", "ar"); name != "حرية الاختيار" {
		t.Errorf("criterion name in Arabic: %q", name)
	}
}

// TestFactFindingsNameTheirQuestion: in a report, every finding made from a
// fact reads on its own (question and answer) and says what FindingText says.
func TestFactFindingsNameTheirQuestion(t *testing.T) {
	rep, err := Score("# Privacy\n\nWe collect your name and e-mail address to run your account. We do not sell your personal data. We keep it for 30 days after you close your account.", Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range rep.Criteria {
		for _, f := range c.Findings {
			if f.Answer == "" || f.Answer == AnswerUnknown {
				continue
			}
			n++
			q := PracticeQuestion(f.ID, "en")
			if q == "" || !strings.HasPrefix(f.Label, q+" ") {
				t.Errorf("finding %s=%s: label %q does not start with its question %q", f.ID, f.Answer, f.Label, q)
			}
			if en, _ := FindingText(f, "en"); en != f.Label {
				t.Errorf("finding %s=%s: label %q, FindingText %q", f.ID, f.Answer, f.Label, en)
			}
		}
	}
	if n == 0 {
		t.Fatal("no finding made from a fact")
	}
}
