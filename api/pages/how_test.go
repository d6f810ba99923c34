package pages

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/legible-app/legible/scorer"
)

func TestHowWeScore(t *testing.T) {
	r := newTestRouter(newFixtureStore(t), nil)
	floors := map[string]int{}
	for _, g := range allGrades {
		f, err := scorer.GradeFloor(g)
		if err != nil {
			t.Fatal(err)
		}
		floors[string(g)] = int(f)
	}
	tests := []struct {
		lang  string
		wants []string
	}{
		{"en", []string{
			`<html lang="en" dir="ltr">`, `<h1>How we score</h1>`, `A best … E worst`,
			`What is rated`, `Privacy policy`, `Terms of service`,
			fmt.Sprintf(`Limited collection and honest use</strong> <small>(%d points)</small>`, limitedPoints()),
			`Disputes: arbitration, class actions, courts and law`,
			`Must disputes go to private arbitration instead of a court?`,
			`“Unknown” and “does not apply”`, `id="not-graded"`, `Every point quotes its sentence`,
		}},
		{"ar", []string{
			`<html lang="ar" dir="rtl">`, `<h1>كيف نقيّم</h1>`, `A الأفضل … E الأسوأ`,
			`ما الذي نقيّمه`, `جمع محدود واستخدام نزيه</strong> <small>(` + newLocalizer(messages, "ar", false).Int(limitedPoints()),
			`هل يجب أن تُحال النزاعات إلى تحكيم خاص بدلًا من المحكمة؟`,
			`«لم تُقيَّم بهذه اللغة بعد»`, `كل نقطة تقتبس جملتها`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			res := do(t, r, http.MethodGet, "/how-we-score?lang="+tt.lang, nil, nil)
			if res.Code != http.StatusOK {
				t.Fatalf("status %d, want 200", res.Code)
			}
			mustContain(t, res.Body, tt.wants...)
			l := newLocalizer(messages, tt.lang, true)
			// The bands are the rubric's: A from its floor to 100, each
			// grade up to the floor of the one above.
			top := 100
			for _, g := range allGrades {
				low := floors[string(g)]
				want := fmt.Sprintf(`<span class="grade grade-%s">%s</span></td><td class="num">%s</td>`,
					strings.ToLower(string(g)), g, l.T("how.band", l.Int(low), l.Int(top)))
				mustContain(t, res.Body, want)
				top = low - 1
			}
		})
	}
}

// Every grade the pages show links to the page that explains it.
func TestGradesLinkToHowWeScore(t *testing.T) {
	fs := &fakeScore{}
	r := newTestRouter(newFixtureStore(t), fs.score)
	for _, tt := range []struct{ name, method, target, want string }{
		{"home leaderboard", http.MethodGet, "/", `<th scope="col"><a href="/how-we-score" title="A best … E worst">Grade</a></th>`},
		{"site report", http.MethodGet, "/sites/example.com", `<a class="how-link" href="/how-we-score">How we score</a>`},
		{"site report in Arabic", http.MethodGet, "/sites/example.com?lang=ar", `<a class="how-link" href="/how-we-score?lang=ar">كيف نقيّم</a>`},
		{"check result", http.MethodPost, "/check", `<a class="how-link" href="/how-we-score">How we score</a>`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			body, hdr := formBody(url.Values{"text": {"We collect your email."}})
			res := do(t, r, tt.method, tt.target, body, hdr)
			if res.Code != http.StatusOK {
				t.Fatalf("status %d, want 200", res.Code)
			}
			mustContain(t, res.Body, tt.want)
		})
	}
}

// A criterion named by its one question does not repeat it below its name.
func TestHowCriteriaDoNotRepeatTheirName(t *testing.T) {
	o, err := loadOutline()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "ar"} {
		for _, c := range howCriteria(newLocalizer(messages, lang, false), o.terms) {
			for _, q := range c.Questions {
				if q.Text == c.Name {
					t.Errorf("%s: criterion %q repeats its name as a question", lang, c.Name)
				}
			}
		}
	}
}

// limitedPoints is what the rubric makes limited collection worth in a policy
// that answers every question.
func limitedPoints() int {
	share, _ := scorer.CriterionShare("limited_collection")
	return int(share + 0.5)
}
