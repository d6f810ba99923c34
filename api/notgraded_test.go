package api

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
	"github.com/legible-app/legible/scorer"
)

// seedNotGraded stores a site whose privacy policy is in Hindi, a language
// without lexicons: measured, with a report that says why it has no grade.
func seedNotGraded(t *testing.T, d *db.DB, domain string) {
	t.Helper()
	seed(t, d, seedSite{domain: domain, grade: "", lang: "hi", minutes: 9.5})
	site, err := d.SiteDetail(t.Context(), domain)
	if err != nil {
		t.Fatal(err)
	}
	rep := scorer.SiteReport{
		RubricVersion: "test-1", ReadingMinutes: 9.5, Words: 14, Language: "hi",
		Criteria: []scorer.Criterion{}, TopFindings: []scorer.Finding{}, Practices: []scorer.Practice{}, Parts: []scorer.SitePart{},
		Documents: []scorer.SiteDocument{{Kind: legible.KindPrivacy, URL: "https://" + domain + "/privacy", Language: "hi", Words: 14,
			ReadingMinutes: 9.5, NotGraded: scorer.NotGradedLanguage}},
		Explanation: "Not graded: no document in a language Legible can read yet",
		NotGraded:   scorer.NotGradedLanguage,
	}
	b, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.SaveSiteScore(t.Context(), site.Site.ID, legible.SiteScore{
		RubricVersion: "test-1", ReadingMin: 9.5, Language: "hi", Report: b, CreatedAt: fixedTime,
	}); err != nil {
		t.Fatal(err)
	}
}

func TestSiteNotGradedJSON(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newTestEnvOn(t, d, generous())
		seedNotGraded(t, e.db, "example.in")
		rec := e.get("/v1/sites/example.in")
		if rec.Code != http.StatusOK {
			t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
		}
		var got map[string]any
		decode(t, rec, &got)
		for key, want := range map[string]any{
			"rated": true, "score": nil, "not_graded": "language", "language": "hi", "reading_minutes": 9.5,
			"explanation": "Not graded: no document in a language Legible can read yet",
		} {
			if v, ok := got[key]; !ok || v != want {
				t.Errorf("%s = %v (present %v), want %v", key, v, ok, want)
			}
		}
		if g, ok := got["grade"]; ok && g != "" {
			t.Errorf("grade = %v, want none", g)
		}
		for _, key := range []string{"practices", "parts", "criteria"} {
			if v, ok := got[key].([]any); !ok || len(v) != 0 {
				t.Errorf("%s = %v, want []", key, got[key])
			}
		}
		docs, _ := got["documents"].([]any)
		if len(docs) != 1 {
			t.Fatalf("documents %v", got["documents"])
		}
		if doc := docs[0].(map[string]any); doc["score"] != nil || doc["language"] != "hi" {
			t.Errorf("document %v: want score null, in Hindi", doc)
		}
	})
}

func TestSiteJSONPracticesAndParts(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newTestEnvOn(t, d, generous())
		site := seed(t, e.db, seedSite{domain: "example.com", grade: legible.GradeC, score: 47})
		rep := scorer.SiteReport{
			RubricVersion: "test-1", Score: 47, Grade: legible.GradeC, Language: "en",
			Practices: []scorer.Practice{{ID: "sells-data", Answer: "no", Question: "Do they sell your data?", Label: "Does not sell your data",
				Evidence: []scorer.Evidence{{Quote: "We do not sell your data.", Start: 49, End: 74, Document: legible.KindPrivacy}}}},
			Parts: []scorer.SitePart{{Kind: "privacy", Label: "privacy policy", Score: 48, Grade: "C", Weight: 0.7},
				{Kind: "terms", Label: "terms", Score: 40, Grade: "D", Weight: 0.3}, {Kind: "signal", ID: "https_hsts", Label: "HTTPS with HSTS", Points: 2}},
			Explanation: "privacy policy C 48, terms D 40, HTTPS with HSTS +2 → site C 47",
		}
		b, _ := json.Marshal(rep)
		if err := e.db.SaveSiteScore(t.Context(), site.ID, legible.SiteScore{RubricVersion: "test-1", Overall: 47, Grade: legible.GradeC,
			Language: "en", Report: b, CreatedAt: fixedTime}); err != nil {
			t.Fatal(err)
		}
		rec := e.get("/v1/sites/example.com")
		body := rec.Body.String()
		for _, want := range []string{`"score":47`, `"grade":"C"`, `"practices":[{"id":"sells-data","answer":"no"`,
			`"evidence":[{"quote":"We do not sell your data.","start":49,"end":74,"document":"privacy"}]`,
			`"parts":[{"kind":"privacy","label":"privacy policy","score":48,"grade":"C","weight":0.7}`,
			`"explanation":"privacy policy C 48, terms D 40, HTTPS with HSTS +2 → site C 47"`} {
			if !strings.Contains(body, want) {
				t.Errorf("body lacks %s:\n%s", want, body)
			}
		}
		if strings.Contains(body, `"not_graded"`) {
			t.Errorf("a graded site says not_graded: %s", body)
		}
	})
}

func TestBadgeNotGraded(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newTestEnvOn(t, d, generous())
		seedNotGraded(t, e.db, "example.in")
		for _, loaded := range []bool{false, true} {
			if loaded {
				if err := e.srv.cache.refresh(t.Context(), true); err != nil {
					t.Fatal(err)
				}
			}
			body := e.get("/badge/example.in.svg").Body.String()
			for _, want := range []string{">not graded</text>",
				"<title>Legible: not graded in this language yet. Grades run from A (best) to E (worst) and rate the site&#39;s privacy policy and terms of service.</title>"} {
				if !strings.Contains(body, want) {
					t.Errorf("loaded=%v: badge lacks %q: %s", loaded, want, body)
				}
			}
			if strings.Contains(body, ">unrated<") || strings.Contains(body, gradeColours[legible.GradeE]) {
				t.Errorf("loaded=%v: a site not graded shows as unrated or E: %s", loaded, body)
			}
		}
	})
}

// The extension's lookup tells a site not graded (grade "", no failure
// status) from one without a policy, and names the practice facts it quotes.
func TestLookupNotGradedAndPracticeIDs(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newTestEnvOn(t, d, generous())
		seedNotGraded(t, e.db, "example.in")
		site := seed(t, e.db, seedSite{domain: "example.com", grade: legible.GradeB, score: 72})
		sells := scorer.Finding{ID: "sells-data", Answer: "no", Kind: scorer.Good, Label: "Does not sell your data",
			Quote: "We do not sell your data.", Document: legible.KindPrivacy, Points: 4}
		b, _ := json.Marshal(scorer.SiteReport{RubricVersion: "test-1", Score: 72, Grade: legible.GradeB, TopFindings: []scorer.Finding{sells}})
		if err := e.db.SaveSiteScore(t.Context(), site.ID, legible.SiteScore{RubricVersion: "test-1", Overall: 72, Grade: legible.GradeB,
			Report: b, CreatedAt: fixedTime}); err != nil {
			t.Fatal(err)
		}
		for _, loaded := range []bool{false, true} {
			if loaded {
				if err := e.srv.cache.refresh(t.Context(), true); err != nil {
					t.Fatal(err)
				}
			}
			for domain, check := range map[string]func(lookupSite) bool{
				"example.in": func(s lookupSite) bool {
					return s.Grade == "" && s.Status != legible.StatusNoPolicy && s.Status != legible.StatusFailed
				},
				"example.com": func(s lookupSite) bool {
					return len(s.TopFindings) == 1 && s.TopFindings[0].ID == "sells-data" && s.TopFindings[0].Answer == "no"
				},
			} {
				h := legible.DomainHash(domain)
				var r lookupResponse
				decode(t, e.get("/v1/lookup/"+h[:4]), &r)
				found := false
				for _, s := range r.Sites {
					if s.Hash == h {
						found = true
						if !check(s) {
							t.Errorf("loaded=%v: %s = %+v", loaded, domain, s)
						}
					}
				}
				if !found {
					t.Errorf("loaded=%v: %s not in its bucket", loaded, domain)
				}
			}
		}
	})
}

// The listing and the history give a site without a grade a null score,
// never a 0 that would read as the worst grade.
func TestListAndHistoryNotGradedScoreNull(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newTestEnvOn(t, d, generous())
		seedNotGraded(t, e.db, "example.in")
		var list struct {
			Sites []map[string]any `json:"sites"`
		}
		rec := e.get("/v1/sites")
		decode(t, rec, &list)
		if len(list.Sites) != 1 || list.Sites[0]["score"] != nil {
			t.Errorf("listing %v: want one site with a null score", list.Sites)
		}
		var hist struct {
			Scores []map[string]any `json:"scores"`
		}
		decode(t, e.get("/v1/sites/example.in/history"), &hist)
		if len(hist.Scores) == 0 {
			t.Fatal("no history")
		}
		for _, s := range hist.Scores {
			if s["score"] != nil {
				t.Errorf("history score %v, want null", s["score"])
			}
		}
	})
}
