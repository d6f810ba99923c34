package scorer

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestNormalizeInto(t *testing.T) {
	tests := []struct{ in, want string }{
		{"We do NOT sell.", " we do not sell "},
		{"Don't   share—ever!", " don t share ever "},
		{"E-mail, SMS; push", " e mail , sms ; push "},
		{"Données  personnelles", " donnees personnelles "},
		{"Straße Löschung", " strasse loschung "},
		{"لَا نَبِيعُ بَيَانَاتِكَ", " لا نبيع بياناتك "},
		{"إلكترونيّ أمان آمن ٱلبيانات", " الكتروني امان امن البيانات "},
		{"الخصوصيّة على مستوى", " الخصوصيه علي مستوي "},
		{"خلال ٧٢ ساعة، أو ۳۰ يوما؛ ثم", " خلال 72 ساعه , او 30 يوما ; ثم "},
		{"بيـــانات", " بيانات "},
		{"", " "},
	}
	for _, tt := range tests {
		if got := string(normalizeInto(nil, tt.in)); got != tt.want {
			t.Errorf("normalizeInto(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestNormalizeAgreesWithNormalizeArabic checks that the rubric's matching
// form folds Arabic exactly as NormalizeArabic does.
func TestNormalizeAgreesWithNormalizeArabic(t *testing.T) {
	for _, s := range []string{
		"نَحْنُ لَا نَبِيعُ بَيَانَاتِكَ الشَّخْصِيَّةَ",
		"سياسة الخصوصية: آخر تحديث في إبريل",
		"مُسْتَشْفَى الأطفال ـ المعلومات الصحيّة",
		"ٱلبيانات المشفّرة",
	} {
		direct := string(normalizeInto(nil, s))
		via := string(normalizeInto(nil, NormalizeArabic(s)))
		if direct != via {
			t.Errorf("%q: direct %q, via NormalizeArabic %q", s, direct, via)
		}
	}
}

func TestCompileTerm(t *testing.T) {
	tests := []struct{ in, want string }{
		{"sell", " sell "},
		{"sell*", " sell"},
		{"*بيانات*", "بيانات"},
		{"driver's licen*", " driver s licen"},
		{"Do-Not-Track", " do not track "},
		{"*", ""},
	}
	for _, tt := range tests {
		if got := compileTerm(tt.in); got != tt.want {
			t.Errorf("compileTerm(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAutomatonFindsEveryOccurrence(t *testing.T) {
	pats := [][]byte{[]byte("he"), []byte("she"), []byte("his"), []byte("hers"), []byte("")}
	a, err := newAutomaton(pats)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range a.scan(nil, []byte("ushers his")) {
		got = append(got, string(pats[m.pat])+"@"+string(rune('0'+m.end)))
	}
	want := "she@4 he@4 hers@6 his@:"
	if strings.Join(got, " ") != want {
		t.Errorf("matches %v, want %s", got, want)
	}
}

func TestRubricDataValid(t *testing.T) {
	r, err := loadRubric()
	if err != nil {
		t.Fatal(err)
	}
	if RubricVersion() == "" || RubricVersion() != r.data.Version {
		t.Errorf("version %q", RubricVersion())
	}
	langs := []string{"en", "ar", "fr", "de", "es"}
	for _, c := range r.data.Categories {
		for _, l := range langs {
			if len(c.Terms[l]) == 0 {
				t.Errorf("category %s has no %s terms", c.ID, l)
			}
		}
	}
	for _, d := range r.data.Detectors {
		for g, lex := range d.Groups {
			for _, l := range langs {
				if len(lex[l]) == 0 {
					t.Errorf("detector %s group %d has no %s terms", d.ID, g, l)
				}
			}
		}
		if d.Found.Kind == Bad && d.Found.Advice == "" {
			t.Errorf("detector %s: a bad finding needs advice", d.ID)
		}
		if d.Missing != nil && d.Missing.Advice == "" {
			t.Errorf("detector %s: a missing finding needs advice", d.ID)
		}
	}
}

func TestValidateRubricRejectsMistakes(t *testing.T) {
	var good rubricData
	if err := json.Unmarshal(rubricJSON, &good); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		spoil func(d *rubricData)
	}{
		{"unknown criterion", func(d *rubricData) { d.Detectors[0].Criterion = "nope" }},
		{"bad kind", func(d *rubricData) { d.Detectors[0].Found.Kind = "meh" }},
		{"a fixed privacy maximum", func(d *rubricData) { d.Criteria[0].Max = 20 }},
		{"terms maxima not 100", func(d *rubricData) { d.TermsCriteria[0].Max++ }},
		{"grades out of order", func(d *rubricData) { d.Grades[0].Min, d.Grades[1].Min = d.Grades[1].Min, d.Grades[0].Min }},
		{"no version", func(d *rubricData) { d.Version = "" }},
		{"unknown builtin", func(d *rubricData) { d.Detectors[0].Builtin = "astrology" }},
		{"practice in no criterion", func(d *rubricData) { d.Practices[0].Criterion = "nope" }},
		{"answer worth over its weight", func(d *rubricData) { d.Practices[0].Values["yes"] = 1.5 }},
		{"required practice without advice", func(d *rubricData) {
			for i := range d.Practices {
				if d.Practices[i].Required {
					d.Practices[i].MissingAdvice = ""
				}
			}
		}},
		{"terms criterion unknown", func(d *rubricData) { d.TermsCriteria[0].ID = "nope" }},
		{"site weight of no kind", func(d *rubricData) { d.Site.Weights["poems"] = 1 }},
	}
	if err := validateRubric(&good); err != nil {
		t.Fatalf("the embedded rubric is invalid: %v", err)
	}
	for _, tt := range tests {
		var d rubricData
		_ = json.Unmarshal(rubricJSON, &d)
		tt.spoil(&d)
		if err := validateRubric(&d); err == nil {
			t.Errorf("%s: accepted", tt.name)
		}
	}
}

func TestDurationAndYear(t *testing.T) {
	r, err := loadRubric()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text           string
		duration, year bool
	}{
		{"within 72 hours", true, false},
		{"for two (2) years", true, false},
		{"after 30 calendar days", true, false},
		{"for 30 very long days", false, false},
		{"as long as necessary", false, false},
		{"Dernière mise à jour : 12 janvier 2024", false, true},
		{"pendant trois ans", true, false},
		{"nach 6 Monaten", true, false},
		{"durante 5 años", true, false},
		{"خلال ٧٢ ساعة", true, false},
		{"نحتفظ بها سنتين", true, false},
		{"version 3.2", false, false},
		{"© 2024 Example Inc.", false, true},
	}
	for _, tt := range tests {
		buf := normalizeInto(nil, tt.text)
		if got := r.duration.match(buf); got != tt.duration {
			t.Errorf("duration in %q: %v, want %v", tt.text, got, tt.duration)
		}
		if got := hasYear(buf); got != tt.year {
			t.Errorf("year in %q: %v, want %v", tt.text, got, tt.year)
		}
	}
}
