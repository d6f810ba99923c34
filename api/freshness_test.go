package api

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
	"github.com/legible-app/legible/scorer"
)

// A policy change that keeps the score must still reach the report, the
// lookup bucket and the table: they describe the latest text.
func TestPolicyChangeWithSameScoreRefreshesReportAndLookup(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newTestEnvOn(t, d, generous())
		site := seed(t, e.db, seedSite{domain: "steady.example", grade: legible.GradeB, score: 72, minutes: 4})
		if err := e.srv.cache.refresh(t.Context(), true); err != nil {
			t.Fatal(err)
		}
		var before lookupResponse
		decode(t, e.get("/v1/lookup/"+site.DomainHash[:4]), &before)
		tableBefore := e.get("/v1/table").Header().Get("ETag")

		// The policy changes: a new version, a new finding, the same score.
		later := fixedTime.Add(time.Hour)
		text := "We collect your email address to send receipts.\nWe use your data for targeted advertising."
		s := seedSite{domain: "steady.example", grade: legible.GradeB, score: 72, minutes: 5, text: text, at: later}
		seed(t, e.db, s)
		rep := siteReport(s, "https://steady.example/privacy", len(strings.Fields(text)))
		ads := scorer.Finding{Kind: scorer.Bad, Label: "Uses data for targeted advertising", Quote: "We use your data for targeted advertising.", Document: legible.KindPrivacy}
		rep.TopFindings = []scorer.Finding{ads}
		rep.Criteria[0].Findings = []scorer.Finding{ads}
		js, _ := json.Marshal(rep)
		if err := e.db.SaveSiteScore(t.Context(), site.ID, legible.SiteScore{RubricVersion: "test-1", Overall: 72, Grade: legible.GradeB,
			ReadingMin: 5, Language: "en", Report: js, CreatedAt: later}); err != nil {
			t.Fatal(err)
		}
		if err := e.srv.cache.refresh(t.Context(), false); err != nil {
			t.Fatal(err)
		}

		var after lookupResponse
		decode(t, e.get("/v1/lookup/"+site.DomainHash[:4]), &after)
		got := after.Sites[0]
		if got.Score != 72 || got.ReadingMinutes != 5 || got.CheckedAt != "2026-11-30T11:00:00Z" {
			t.Errorf("lookup after the change = %+v, before %+v", got, before.Sites[0])
		}
		if len(got.TopFindings) != 1 || got.TopFindings[0].Quote != ads.Quote {
			t.Errorf("lookup findings = %+v, want the new sentence", got.TopFindings)
		}
		if tag := e.get("/v1/table").Header().Get("ETag"); tag == tableBefore {
			t.Errorf("table ETag %s did not change", tag)
		}
		var r siteResponse
		decode(t, e.get("/v1/sites/steady.example"), &r)
		if r.Words != len(strings.Fields(text)) || len(r.TopFindings) != 1 || r.TopFindings[0].Label != ads.Label {
			t.Errorf("site report words %d findings %+v", r.Words, r.TopFindings)
		}
		for _, q := range r.Criteria[0].Findings {
			if q.Quote == "We do not sell your data." {
				t.Errorf("the report still quotes a deleted sentence: %+v", q)
			}
		}
	})
}

func TestNoPolicyAndFailedStatesInAPI(t *testing.T) {
	e := newTestEnv(t, generous())
	at := fixedTime
	missing := []legible.DocKind{legible.KindPrivacy, legible.KindTerms, legible.KindCookies}
	if err := e.db.SaveCrawlOutcome(t.Context(), "nopolicy.example", legible.CrawlOutcome{Status: legible.StatusNoPolicy, Missing: missing, CheckedAt: at}); err != nil {
		t.Fatal(err)
	}
	if err := e.db.SaveCrawlOutcome(t.Context(), "down.example", legible.CrawlOutcome{Status: legible.StatusFailed, Detail: "the site refused the connection", CheckedAt: at}); err != nil {
		t.Fatal(err)
	}
	if err := e.srv.cache.refresh(t.Context(), true); err != nil {
		t.Fatal(err)
	}

	var r siteResponse
	decode(t, e.get("/v1/sites/nopolicy.example"), &r)
	if r.Rated || r.Status != legible.StatusNoPolicy || len(r.Missing) != 3 || r.StatusCheckedAt != "2026-11-30T10:00:00Z" {
		t.Errorf("site = %+v", r)
	}
	if want := "No privacy policy found on this site (checked 30 November 2026)."; r.Message != want {
		t.Errorf("message = %q, want %q", r.Message, want)
	}
	decode(t, e.get("/v1/sites/down.example"), &r)
	if r.Status != legible.StatusFailed || !strings.Contains(r.Message, "refused the connection") {
		t.Errorf("failed site = %+v", r)
	}

	hash := legible.DomainHash("nopolicy.example")
	var b lookupResponse
	decode(t, e.get("/v1/lookup/"+hash[:4]), &b)
	if len(b.Sites) != 1 || b.Sites[0].Hash != hash || b.Sites[0].Grade != "" || b.Sites[0].Status != legible.StatusNoPolicy || len(b.Sites[0].Missing) != 3 {
		t.Errorf("lookup bucket = %+v", b)
	}
	var tbl tableResponse
	decode(t, e.get("/v1/table"), &tbl)
	if len(tbl.Sites) != 2 {
		t.Fatalf("table = %+v", tbl)
	}
	for _, row := range tbl.Sites {
		if row.G != "" || (row.St != legible.StatusNoPolicy && row.St != legible.StatusFailed) || row.C != "2026-11-30T10:00:00Z" {
			t.Errorf("table row = %+v", row)
		}
	}
}

func TestListSitesByPracticeAndSearch(t *testing.T) {
	e := newTestEnv(t, generous())
	for _, s := range []struct {
		domain string
		sells  string
	}{{"datashop.example", "yes"}, {"kindshop.example", "no"}, {"news.example", "yes"}} {
		site := seed(t, e.db, seedSite{domain: s.domain, grade: legible.GradeC, score: 50, minutes: 3})
		rep := siteReport(seedSite{domain: s.domain, grade: legible.GradeC, score: 50}, "https://"+s.domain+"/privacy", 10)
		rep.Practices = []scorer.Practice{{ID: "sells-data", Answer: s.sells, Question: "Does it sell personal data?", Label: "Sells personal data"}}
		js, _ := json.Marshal(rep)
		if err := e.db.SaveSiteScore(t.Context(), site.ID, legible.SiteScore{RubricVersion: "test-1", Overall: 50, Grade: legible.GradeC, Report: js}); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		query string
		want  []string
	}{
		{"?practice=sells-data:yes", []string{"datashop.example", "news.example"}},
		{"?practice=sells-data:yes&q=shop", []string{"datashop.example"}},
		{"?q=SHOP", []string{"datashop.example", "kindshop.example"}},
		{"?practice=sells-data:no&grade=C", []string{"kindshop.example"}},
		{"?practice=sells-data:no&grade=A", nil},
	}
	for _, tt := range tests {
		rec := e.get("/v1/sites" + tt.query)
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: %d %s", tt.query, rec.Code, rec.Body.String())
		}
		var l listResponse
		decode(t, rec, &l)
		var got []string
		for _, s := range l.Sites {
			got = append(got, s.Domain)
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("%s: %q, want %q", tt.query, got, tt.want)
		}
	}
	for _, bad := range []string{"?practice=sells-data", "?practice=Sells:YES", "?practice=:yes"} {
		wantProblem(t, e.get("/v1/sites"+bad), http.StatusBadRequest)
	}
}

func TestVersionTextAndDiffAcrossSites(t *testing.T) {
	e := newTestEnv(t, generous())
	text := "We collect your email address.\nWe keep it for a year."
	seed(t, e.db, seedSite{domain: "one.example", grade: legible.GradeB, score: 70, text: text})
	seed(t, e.db, seedSite{domain: "two.example", grade: legible.GradeB, score: 70, text: "Other words entirely."})
	var one, two siteResponse
	decode(t, e.get("/v1/sites/one.example"), &one)
	decode(t, e.get("/v1/sites/two.example"), &two)
	v1, v2 := one.Documents[0].VersionID, two.Documents[0].VersionID

	rec := e.get("/v1/versions/" + itoa(v1) + "/text")
	if rec.Code != http.StatusOK || rec.Body.String() != text || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/plain; charset=utf-8") {
		t.Errorf("text: %d %q %s", rec.Code, rec.Body.String(), rec.Header().Get("Content-Type"))
	}
	// A quote's byte offsets index the text served.
	quote := "We keep it for a year."
	start := strings.Index(text, quote)
	if got := rec.Body.String()[start : start+len(quote)]; got != quote {
		t.Errorf("offsets select %q", got)
	}
	wantProblem(t, e.get("/v1/versions/999999/text"), http.StatusNotFound)
	p := wantProblem(t, e.get("/v1/versions/"+itoa(v1)+"/diff?against="+itoa(v2)), http.StatusBadRequest)
	if !strings.Contains(p.Detail, "different sites") {
		t.Errorf("detail = %q", p.Detail)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func TestBadgeSaysNoPolicy(t *testing.T) {
	for _, loaded := range []bool{false, true} {
		e := newTestEnv(t, generous())
		if err := e.db.SaveCrawlOutcome(t.Context(), "nopolicy.example", legible.CrawlOutcome{Status: legible.StatusNoPolicy, Missing: []legible.DocKind{legible.KindPrivacy}}); err != nil {
			t.Fatal(err)
		}
		if loaded {
			if err := e.srv.cache.refresh(t.Context(), true); err != nil {
				t.Fatal(err)
			}
		}
		body := e.get("/badge/nopolicy.example.svg").Body.String()
		if !strings.Contains(body, ">no policy found</text>") || !strings.Contains(body, `aria-label="Legible: no privacy policy found on this site. Grades run from A (best) to E (worst)`) {
			t.Errorf("loaded=%v: badge = %s", loaded, body)
		}
	}
}

func TestSearchBySiteName(t *testing.T) {
	e := newTestEnv(t, generous())
	seed(t, e.db, seedSite{domain: "lemonde.example", grade: legible.GradeC, score: 50})
	if _, err := e.db.UpsertSite(t.Context(), legible.Site{Domain: "lemonde.example", Name: "Le Monde"}); err != nil {
		t.Fatal(err)
	}
	var l listResponse
	decode(t, e.get("/v1/sites?q=le+monde"), &l)
	if len(l.Sites) != 1 || l.Sites[0].Domain != "lemonde.example" {
		t.Errorf("search by name = %+v", l.Sites)
	}
	var r siteResponse
	decode(t, e.get("/v1/sites/lemonde.example"), &r)
	if r.Name != "Le Monde" {
		t.Errorf("name = %q", r.Name)
	}
}
