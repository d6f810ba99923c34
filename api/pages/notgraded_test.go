package pages

import (
	"net/http"
	"net/url"
	"testing"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/scorer"
)

// notGradedStore holds one site whose only document is in a language
// Legible has no lexicons for: scored (measured), but not graded.
func notGradedStore(t *testing.T) *fakeStore {
	t.Helper()
	report := []byte(`{"rubric_version":"2026.1","score":null,"grade":"","reading_minutes":14.2,"words":3100,"language":"hi",
		"criteria":[],"practices":[],"documents":[{"kind":"privacy","url":"https://hindi.example/privacy","language":"hi","words":3100,
		"reading_minutes":14.2,"score":null,"grade":"","not_graded":"language"}],"parts":[],
		"explanation":"Not graded: no document in a language Legible can read yet","top_findings":[],"not_graded":"language"}`)
	f := newFixtureStore(t)
	f.details["hindi.example"] = legible.SiteDetail{
		Site:  legible.Site{ID: 9, Domain: "hindi.example", UnicodeDomain: "hindi.example"},
		Score: &legible.SiteScore{SiteID: 9, RubricVersion: "2026.1", Grade: "", ReadingMin: 14.2, Language: "hi", Report: report, CreatedAt: t2},
		Documents: []legible.DocumentState{{
			Document: legible.Document{ID: 9, Kind: legible.KindPrivacy, URL: "https://hindi.example/privacy"},
			Version:  legible.Version{ID: 9, Language: "hi", Words: 3100, FetchedAt: t2},
			Score:    &legible.Score{Grade: "", ReadingMin: 14.2},
		}},
		CheckedAt: t2,
	}
	return f
}

func TestSiteNotGraded(t *testing.T) {
	r := newTestRouter(notGradedStore(t), nil)
	tests := []struct {
		lang        string
		wants, nots []string
	}{
		{"en", []string{
			`<span class="big-grade-letter" data-grade="–" title="Not graded in this language yet">–</span>`,
			`<dd class="score notgraded">Not graded in this language yet</dd>`,
			`<h2 id="notgraded-title">Not graded in this language yet</h2>`,
			`href="/how-we-score?lang=en#not-graded"`,
			`14 minutes`, `3,100 words`, // the measurements are still shown
			// The document's grade in the table says it is not graded, in words.
			`<span class="grade grade-none" title="Not graded in this language yet">–<span class="sr-only"> (Not graded in this language yet)</span></span>`,
		}, []string{`Request a rating`, `out of 100`, `data-grade="E"`, `data-grade="?"`, `How this grade is made`}},
		{"ar", []string{
			`<dd class="score notgraded">لم تُقيَّم بهذه اللغة بعد</dd>`,
			`title="لم تُقيَّم بهذه اللغة بعد">–</span>`,
			`٣٬١٠٠ كلمة`,
		}, []string{`data-grade="E"`, `من ١٠٠<br>`}},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			res := do(t, r, http.MethodGet, "/sites/hindi.example?lang="+tt.lang, nil, nil)
			if res.Code != http.StatusOK {
				t.Fatalf("status %d, want 200", res.Code)
			}
			mustContain(t, res.Body, tt.wants...)
			mustNotContain(t, res.Body, tt.nots...)
		})
	}
}

func TestCheckDraftNotGraded(t *testing.T) {
	score := func(string, scorer.Options) (*scorer.Report, error) {
		return &scorer.Report{
			Metrics:   scorer.Metrics{Language: "hi", Words: 400, ReadingMinutes: 1.8},
			NotGraded: scorer.NotGradedLanguage, Criteria: []scorer.Criterion{},
		}, nil
	}
	r := newTestRouter(newFixtureStore(t), score)
	body, hdr := formBody(url.Values{"text": {"हम आपका ईमेल पता एकत्र करते हैं।"}})
	res := do(t, r, http.MethodPost, "/check?lang=ar", body, hdr)
	if res.Code != http.StatusOK {
		t.Fatalf("status %d, want 200", res.Code)
	}
	mustContain(t, res.Body, `data-grade="–"`, `<dd class="score notgraded">لم تُقيَّم بهذه اللغة بعد</dd>`)
	mustNotContain(t, res.Body, `data-grade="E"`, `data-grade="?"`)
}

// The practice facts show in the page's language where the scorer has the
// words, with their quotes free of Markdown, the answered ones first.
func TestSitePractices(t *testing.T) {
	r := newTestRouter(newFixtureStore(t), nil)
	res := do(t, r, http.MethodGet, "/sites/example.com?lang=ar", nil, nil)
	q, _ := scorer.PracticeText("terms_arbitration", "binding", "ar")
	question := scorer.PracticeQuestion("terms_arbitration", "ar")
	if q == "" || question == "" {
		t.Fatal("the scorer has no Arabic words for terms_arbitration")
	}
	mustContain(t, res.Body,
		`<span class="practice-question">`+question+`</span> <strong class="practice-answer">`+q+`</strong>`,
		`<p lang="en" dir="ltr">All disputes are settled by binding arbitration.</p><footer><cite>شروط الخدمة</cite></footer>`,
		`<li class="practice practice-unknown" id="practice-retention">`,
		`<strong class="practice-answer">لم يُعثر عليه في النص</strong>`,
		// Spoken of, but not read: not the policy's silence.
		`<li class="practice practice-unknown" id="practice-behavioral-marketing">`,
		`<strong class="practice-answer">`+scorer.MentionedText("ar")+`</strong>`,
		// Answered in part: said so, with the part that was read.
		`<li class="practice practice-unknown" id="practice-law-enforcement">`,
		`<strong class="practice-answer">`+scorer.PartialText("ar")+`</strong>`,
		// An item is quoted under its list's lead-in.
		`<p class="quote-context" lang="en" dir="ltr">We rely on these providers: …</p><p lang="en" dir="ltr">Zendesk, for support &lt;b&gt;tickets&lt;/b&gt;.</p>`,
	)
	mustNotContain(t, res.Body, `**binding arbitration**`, `## Disputes`)
}

// A site not graded has no score to rank: it is on neither leaderboard.
func TestHomeLeavesNotGradedSitesOffTheBoards(t *testing.T) {
	f := newFixtureStore(t)
	// Listed in score order, as the store does: the site not graded first.
	f.sites = append([]legible.SiteSummary{{Domain: "hindi.example", UnicodeDomain: "hindi.example", Grade: "", ReadingMin: 14}}, f.sites...)
	res := do(t, newTestRouter(f, nil), http.MethodGet, "/", nil, nil)
	if res.Code != http.StatusOK {
		t.Fatalf("status %d", res.Code)
	}
	mustContain(t, res.Body, "worst.net")
	mustNotContain(t, res.Body, "hindi.example")
}

// A change to or from a version not graded shows "–", not "?", and no score.
func TestChangesNotGraded(t *testing.T) {
	l := newLocalizer(messages, "en", false)
	rows := changeRows(l, []legible.Change{{
		Domain: "hindi.example", Kind: legible.KindPrivacy, VersionID: 2, FetchedAt: t2,
		Grade: ptr(legible.Grade("")), Score: ptr(0), PreviousGrade: ptr(legible.GradeC), PreviousScore: ptr(50),
	}})
	if len(rows) != 1 || rows[0].To == nil || rows[0].To.Letter != notGradedMark || rows[0].From.Letter != "C" || rows[0].ToScore != "" {
		t.Errorf("row %+v", rows)
	}
}
