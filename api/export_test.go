package api

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
	"github.com/legible-app/legible/scorer"
)

func TestExport(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newTestEnvOn(t, d, generous())
		defer func(n int) { flushEvery = n }(flushEvery)
		flushEvery = 16
		const n = 40 // more than flushEvery, so the stream is flushed midway
		for i := range n {
			seed(t, e.db, seedSite{domain: fmt.Sprintf("export%03d.net", i), grade: legible.GradeC, score: 50 + i%10, minutes: 2.25})
		}

		t.Run("csv", func(t *testing.T) {
			rec := e.get("/v1/export.csv")
			if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/csv") ||
				!strings.Contains(rec.Header().Get("Content-Disposition"), "legible-sites.csv") {
				t.Fatalf("status %d, headers %v", rec.Code, rec.Header())
			}
			if !rec.Flushed {
				t.Errorf("the export was not flushed while streaming")
			}
			body := rec.Body.String()
			if !strings.HasPrefix(body, utf8BOM) {
				t.Errorf("the CSV does not start with a UTF-8 byte order mark")
			}
			rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(body, utf8BOM))).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != n+1 || strings.Join(rows[0], ",") != strings.Join(csvHeader, ",") {
				t.Fatalf("%d rows, header %v", len(rows), rows[0])
			}
			first := rows[1]
			col := func(name string) string {
				for i, h := range csvHeader {
					if h == name {
						return first[i]
					}
				}
				t.Fatalf("no column %s", name)
				return ""
			}
			want := map[string]string{
				"domain": "export000.net", "status": "rated", "score": "50", "grade": "C", "reading_minutes": "2.3",
				"words": "14", "checked_at_utc": "2026-11-30 10:00:00", "criterion_limited_collection": "7",
				"privacy_url": "https://export000.net/privacy", "privacy_version_utc": "2026-11-30 10:00:00",
				"terms_url": "", "terms_version_utc": "",
			}
			for name, v := range want {
				if got := col(name); got != v {
					t.Errorf("%s = %q, want %q (row %v)", name, got, v, first)
				}
			}
		})

		t.Run("ndjson", func(t *testing.T) {
			rec := e.get("/v1/export.ndjson")
			if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "application/x-ndjson" {
				t.Fatalf("status %d, headers %v", rec.Code, rec.Header())
			}
			sc := bufio.NewScanner(rec.Body)
			count := 0
			for sc.Scan() {
				var s listSite
				if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
					t.Fatalf("line %d: %v", count+1, err)
				}
				if s.Domain == "" || s.Grade != legible.GradeC {
					t.Errorf("line %d = %+v", count+1, s)
				}
				count++
			}
			if count != n {
				t.Errorf("%d lines, want %d", count, n)
			}
		})
	})
}

func TestExportEmpty(t *testing.T) {
	e := newTestEnv(t, generous())
	rec := e.get("/v1/export.csv")
	if rec.Code != http.StatusOK || strings.TrimSpace(rec.Body.String()) != utf8BOM+strings.Join(csvHeader, ",") {
		t.Errorf("empty CSV: %d %q", rec.Code, rec.Body.String())
	}
	if rec := e.get("/v1/export.ndjson"); rec.Code != http.StatusOK || rec.Body.Len() != 0 {
		t.Errorf("empty NDJSON: %d %q", rec.Code, rec.Body.String())
	}
}

// Every criterion the scorer reports has a column of its own.
func TestCSVCriteriaCoverTheRubric(t *testing.T) {
	text := "# Privacy policy\nWe collect your email address to send receipts. We keep it for one year. " +
		"You can delete your account at any time. We do not sell your personal data. Contact privacy@example.com."
	for _, kind := range []legible.DocKind{legible.KindPrivacy, legible.KindTerms} {
		rep, err := scorer.Score(text, scorer.Options{Kind: kind})
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Criteria) == 0 {
			t.Fatalf("%s: the scorer reported no criteria", kind)
		}
		for _, c := range rep.Criteria {
			if !slices.Contains(csvCriteria, c.ID) {
				t.Errorf("%s criterion %q has no CSV column", kind, c.ID)
			}
		}
	}
}

func TestCSVFactsAndStates(t *testing.T) {
	e := newTestEnv(t, generous())
	site := seed(t, e.db, seedSite{domain: "facts.example", grade: legible.GradeB, score: 70, minutes: 3})
	rep := siteReport(seedSite{domain: "facts.example", grade: legible.GradeB, score: 70}, "https://facts.example/privacy", 14)
	rep.Practices = []scorer.Practice{{ID: "sells-data", Answer: "no"}, {ID: "deletion", Answer: "yes"}}
	js, _ := json.Marshal(rep)
	if err := e.db.SaveSiteScore(t.Context(), site.ID, legible.SiteScore{RubricVersion: "test-1", Overall: 70, Grade: legible.GradeB, Report: js}); err != nil {
		t.Fatal(err)
	}
	if err := e.db.SaveCrawlOutcome(t.Context(), "gone.example", legible.CrawlOutcome{Status: legible.StatusNoPolicy, Missing: []legible.DocKind{legible.KindPrivacy, legible.KindTerms}}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(e.get("/v1/export.csv").Body.String(), utf8BOM))).ReadAll()
	if err != nil || len(rows) != 3 {
		t.Fatalf("rows %v, %v", rows, err)
	}
	last := len(csvHeader) - 1
	if rows[1][0] != "facts.example" || rows[1][last] != "sells-data:no; deletion:yes" {
		t.Errorf("facts row = %v", rows[1])
	}
	if rows[2][0] != "gone.example" || rows[2][3] != "no_policy" || rows[2][4] != "privacy,terms" || rows[2][5] != "" || rows[2][6] != "" {
		t.Errorf("no-policy row = %v", rows[2])
	}
}
