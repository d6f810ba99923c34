package api

import (
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
)

func TestHistoryAndDiff(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newTestEnvOn(t, d, generous())
		seed(t, e.db, seedSite{domain: "changing.org", grade: legible.GradeB, score: 70,
			text: "We collect your email.\nWe keep it for 30 days.\nContact us at privacy@changing.org."})
		seed(t, e.db, seedSite{domain: "changing.org", grade: legible.GradeD, score: 40, at: fixedTime.Add(24 * time.Hour),
			text: "We collect your email.\nWe keep it as long as necessary.\nContact us at privacy@changing.org."})

		rec := e.get("/v1/sites/Changing.org/history")
		if rec.Code != http.StatusOK {
			t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
		}
		var h historyResponse
		decode(t, rec, &h)
		if len(h.Scores) != 2 || h.Scores[0].Grade != "B" || h.Scores[1].Grade != "D" {
			t.Errorf("scores = %+v", h.Scores)
		}
		if len(h.Versions) != 2 {
			t.Fatalf("versions = %+v", h.Versions)
		}
		v1, v2 := h.Versions[0], h.Versions[1]
		if v1.PreviousID != nil || v2.PreviousID == nil || *v2.PreviousID != v1.VersionID || v2.Score == nil || *v2.Score != 40 {
			t.Errorf("versions = %+v / %+v", v1, v2)
		}
		wantLink := "/v1/versions/" + strconv.FormatInt(v2.VersionID, 10) + "/diff?against=" + strconv.FormatInt(v1.VersionID, 10)
		if v2.Diff != wantLink {
			t.Errorf("diff link = %q, want %q", v2.Diff, wantLink)
		}

		// Either order gives the diff from the older to the newer version.
		for _, target := range []string{
			wantLink,
			"/v1/versions/" + strconv.FormatInt(v1.VersionID, 10) + "/diff?against=" + strconv.FormatInt(v2.VersionID, 10),
		} {
			rec := e.get(target)
			if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "text/plain; charset=utf-8" {
				t.Fatalf("%s: %d %s", target, rec.Code, rec.Body.String())
			}
			body := rec.Body.String()
			if rec.Header().Get("X-Older-Version") != strconv.FormatInt(v1.VersionID, 10) ||
				!strings.Contains(body, "--- version "+strconv.FormatInt(v1.VersionID, 10)+" (older, fetched 2026-11-30T10:00:00Z)") ||
				!strings.Contains(body, "-We keep it for 30 days.\n") || !strings.Contains(body, "+We keep it as long as necessary.\n") ||
				!strings.Contains(body, " We collect your email.\n") {
				t.Errorf("%s: diff\n%s", target, body)
			}
		}

		id := strconv.FormatInt(v1.VersionID, 10)
		for _, tt := range []struct {
			target string
			status int
		}{
			{"/v1/versions/" + id + "/diff", http.StatusBadRequest},
			{"/v1/versions/" + id + "/diff?against=abc", http.StatusBadRequest},
			{"/v1/versions/0/diff?against=" + id, http.StatusBadRequest},
			{"/v1/versions/" + id + "/diff?against=999999", http.StatusNotFound},
			{"/v1/versions/999999/diff?against=" + id, http.StatusNotFound},
		} {
			wantProblem(t, e.get(tt.target), tt.status)
		}
	})
}
