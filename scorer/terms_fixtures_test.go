package scorer

import (
	"os"
	"path/filepath"
	"testing"
)

// TestTermsFixtures scores terms of our own writing: fair, short terms score
// near the full 70 points, the clauses of a typical big platform near 10–20.
func TestTermsFixtures(t *testing.T) {
	cases := []struct {
		file     string
		min, max float64
		want     map[string]string
	}{
		{"fair.en.md", 62, 70, map[string]string{
			"terms_changes": "notice", "terms_termination": "for_cause", "terms_arbitration": "none",
			"terms_class_waiver": "none", "terms_jurisdiction": "home", "terms_governing_law": "home",
			"terms_content": "limited", "terms_liability": "lawful", "terms_renewal": "auto_reminder", "terms_use": "none",
		}},
		{"fair.ar.md", 60, 70, map[string]string{
			"terms_changes": "notice", "terms_termination": "for_cause", "terms_arbitration": "none",
			"terms_jurisdiction": "home", "terms_content": "limited", "terms_liability": "lawful", "terms_use": "none",
		}},
		{"platform.en.md", 8, 20, map[string]string{
			"terms_changes": "check_page", "terms_termination": "at_will", "terms_arbitration": "binding",
			"terms_class_waiver": "waiver", "terms_jurisdiction": "distant", "terms_governing_law": "chosen",
			"terms_content": "broad", "terms_liability": "total", "terms_renewal": "auto", "terms_use": "yes",
		}},
		{"platform.fr.md", 8, 20, map[string]string{
			"terms_changes": "check_page", "terms_termination": "at_will", "terms_arbitration": "binding",
			"terms_class_waiver": "waiver", "terms_jurisdiction": "distant", "terms_governing_law": "chosen",
			"terms_content": "broad", "terms_liability": "total", "terms_renewal": "auto", "terms_use": "yes",
		}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", "terms", c.file))
			if err != nil {
				t.Fatal(err)
			}
			got, res := termsAnswers(t, string(b), "")
			for id, want := range c.want {
				if got[id] != want {
					t.Errorf("%s = %q, want %q", id, got[id], want)
				}
			}
			t.Logf("%s: %v of %d", c.file, res.Score(), TermsMax)
			if s := res.Score(); s < c.min || s > c.max {
				t.Errorf("score %v, want %v..%v", s, c.min, c.max)
			}
			max := 0.0
			for _, cr := range res.Criteria {
				max += cr.Max
			}
			if max != TermsMax || !res.Covered {
				t.Errorf("criteria add up to %v (covered %v), want %d", max, res.Covered, TermsMax)
			}
		})
	}
}

// TestTermsUnreadLanguage: terms in a language without lexicons are neither
// guessed at nor graded.
func TestTermsUnreadLanguage(t *testing.T) {
	got, res := termsAnswers(t, "我们可以随时修改本条款，恕不另行通知。您同意通过仲裁解决所有争议。", "zh")
	if res.Covered || res.Score() != 0 {
		t.Errorf("covered %v, score %v; want not covered, 0", res.Covered, res.Score())
	}
	for id, a := range got {
		if a != AnswerUnknown {
			t.Errorf("%s = %q, want unknown", id, a)
		}
	}
	if len(res.Criteria) == 0 || res.Criteria[0].Findings[0].ID != notReadID {
		t.Errorf("criteria do not say the language is not read: %+v", res.Criteria)
	}
}

// TestTermsHeadingsAndOtherLanguages: a heading names a clause without
// stating it; German and Spanish clauses are read too.
func TestTermsHeadingsAndOtherLanguages(t *testing.T) {
	cases := []struct {
		lang, practice, want, text string
	}{
		{"en", "terms_arbitration", "none", "Binding Arbitration and Class Action Waiver\n\nThe app is free to use for everyone."},
		{"de", "terms_changes", "no_notice", "Wir können diese Bedingungen jederzeit ohne Vorankündigung ändern."},
		{"de", "terms_termination", "at_will", "Wir können Ihr Konto jederzeit ohne Angabe von Gründen sperren."},
		{"de", "terms_changes", "notice", "Wir werden Ihnen Änderungen dieser Nutzungsbedingungen mindestens sechs Wochen vor ihrem Inkrafttreten per E-Mail mitteilen."},
		{"de", "terms_termination", "for_cause", "Bei erheblichen Verstößen ist der Anbieter berechtigt, die Nutzer sofort von der Nutzung der Plattform auszuschließen."},
		{"de", "terms_liability", "lawful", "Wir haften unbeschränkt für Vorsatz und grobe Fahrlässigkeit."},
		{"es", "terms_changes", "no_notice", "Podemos modificar estos términos en cualquier momento sin previo aviso."},
		{"es", "terms_use", "yes", "Al utilizar el servicio, usted acepta estos términos."},
		{"es", "terms_renewal", "none", "La suscripción no se renueva automáticamente al final del periodo."},
	}
	for _, c := range cases {
		t.Run(c.lang+"/"+c.practice, func(t *testing.T) {
			got, _ := termsAnswers(t, c.text, c.lang)
			if got[c.practice] != c.want {
				t.Errorf("%q: %s = %q, want %q", c.text, c.practice, got[c.practice], c.want)
			}
		})
	}
}

// TestTermsIsHeading tells headings from the short lead-in of a list.
func TestTermsIsHeading(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"## Binding arbitration", true},
		{"**Termination of your account**", true},
		{"Binding Arbitration and Class Action Waiver", true},
		{"24 - ATTRIBUTION DE JURIDICTION – LOI APPLICABLE", true},
		{"9.1. Finya haftet ohne vertragliche Beschränkung nach den gesetzlichen Bestimmungen", false},
		{"يحق لنا إنهاء حسابك في أي وقت", false},
		{"We may terminate your account at any time.", false},
		{"In no event shall our liability exceed:", false},
	}
	for _, c := range cases {
		if got := isTermsHeading(c.s); got != c.want {
			t.Errorf("isTermsHeading(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
