package api

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
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
			rows, err := csv.NewReader(rec.Body).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != n+1 || strings.Join(rows[0], ",") != strings.Join(csvHeader, ",") {
				t.Fatalf("%d rows, header %v", len(rows), rows[0])
			}
			first := rows[1]
			if first[0] != "export000.net" || first[3] != "50" || first[4] != "C" || first[6] != "2.3" || first[8] != "2026-11-30T10:00:00Z" {
				t.Errorf("first row = %v", first)
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
	if rec.Code != http.StatusOK || strings.TrimSpace(rec.Body.String()) != strings.Join(csvHeader, ",") {
		t.Errorf("empty CSV: %d %q", rec.Code, rec.Body.String())
	}
	if rec := e.get("/v1/export.ndjson"); rec.Code != http.StatusOK || rec.Body.Len() != 0 {
		t.Errorf("empty NDJSON: %d %q", rec.Code, rec.Body.String())
	}
}
