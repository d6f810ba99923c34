package api

import (
	"bytes"
	"encoding/json"
	"flag"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
	"github.com/legible-app/legible/scorer"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, rewriting it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run with -update to create it): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs:\n got: %s\nwant: %s", name, got, want)
	}
}

func TestEncodeBucketGolden(t *testing.T) {
	report, _ := json.Marshal(siteReport(seedSite{domain: "example.com", grade: "B", score: 72, minutes: 41.5}, "https://example.com/privacy", 120))
	rows := []legible.SiteSummary{
		{DomainHash: legible.DomainHash("example.com"), Grade: "B", Score: 72, ReadingMin: 41.54, CheckedAt: fixedTime, Report: report},
		{DomainHash: legible.DomainHash("example.com")[:4] + "0000000000000000000000000000000000000000000000000000000000ff", Grade: "E", Score: 9, ReadingMin: 3, CheckedAt: fixedTime.In(time.FixedZone("x", 3600))},
	}
	got, err := encodeBucket(rows[0].DomainHash[:4], rows)
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "lookup_bucket.json", got)
}

func TestLookup(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newTestEnvOn(t, d, generous())
		site := seed(t, e.db, seedSite{domain: "example.com", grade: legible.GradeB, score: 72, minutes: 41.5})
		prefix := site.DomainHash[:4]

		for _, loaded := range []bool{false, true} {
			if loaded {
				if err := e.srv.cache.refresh(t.Context(), true); err != nil {
					t.Fatal(err)
				}
			}
			rec := e.get("/v1/lookup/" + prefix)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
			}
			if cc := rec.Header().Get("Cache-Control"); cc != "public, max-age=300" {
				t.Errorf("Cache-Control = %q", cc)
			}
			if rec.Header().Get("Access-Control-Allow-Origin") != "*" {
				t.Errorf("no CORS header")
			}
			var r lookupResponse
			decode(t, rec, &r)
			if r.Prefix != prefix || len(r.Sites) != 1 {
				t.Fatalf("loaded=%v: response %+v", loaded, r)
			}
			s := r.Sites[0]
			if s.Hash != site.DomainHash || s.Grade != "B" || s.Score != 72 || s.ReadingMinutes != 41.5 || s.CheckedAt != "2026-11-30T10:00:00Z" {
				t.Errorf("site = %+v", s)
			}
			if len(s.TopFindings) != maxTopFindings || s.TopFindings[0].Kind != scorer.Bad || s.TopFindings[0].Quote == "" || s.TopFindings[0].Document != legible.KindPrivacy {
				t.Errorf("top findings = %+v", s.TopFindings)
			}
		}

		// An empty bucket is a 200 with an empty list, never a 404.
		empty := "0000"
		if empty == prefix {
			empty = "ffff"
		}
		rec := e.get("/v1/lookup/" + empty)
		if rec.Code != http.StatusOK || rec.Body.String() != `{"prefix":"`+empty+`","sites":[]}` {
			t.Errorf("empty bucket: %d %s", rec.Code, rec.Body.String())
		}
	})
}

func TestLookupSeesChanges(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newTestEnvOn(t, d, generous())
		site := seed(t, e.db, seedSite{domain: "example.com", grade: legible.GradeB, score: 72, minutes: 41.5})
		if err := e.srv.cache.refresh(t.Context(), true); err != nil {
			t.Fatal(err)
		}
		var r lookupResponse
		decode(t, e.get("/v1/lookup/"+site.DomainHash[:4]), &r)
		if r.Sites[0].Grade != "B" {
			t.Fatalf("before: %+v", r)
		}
		seed(t, e.db, seedSite{domain: "example.com", grade: legible.GradeD, score: 35, minutes: 41.5, at: fixedTime.Add(time.Hour)})
		if err := e.srv.cache.refresh(t.Context(), false); err != nil {
			t.Fatal(err)
		}
		decode(t, e.get("/v1/lookup/"+site.DomainHash[:4]), &r)
		if r.Sites[0].Grade != "D" || r.Sites[0].Score != 35 {
			t.Errorf("after the change: %+v", r.Sites[0])
		}
	})
}

func TestLookupBadPrefix(t *testing.T) {
	e := newTestEnv(t, generous())
	for _, p := range []string{"abc", "abcde", "ABCD", "abcg", "a%20bc", "ab-c"} {
		t.Run(p, func(t *testing.T) {
			wantProblem(t, e.get("/v1/lookup/"+p), http.StatusBadRequest)
		})
	}
}

func TestEncodeBucketUnreadableReport(t *testing.T) {
	hash := legible.DomainHash("broken.com")
	body, err := encodeBucket(hash[:4], []legible.SiteSummary{{DomainHash: hash, Grade: "C", Score: 50, Report: json.RawMessage(`{"top_findings": 7}`)}})
	if err == nil || body == nil {
		t.Fatalf("body %s, error %v", body, err)
	}
	var r lookupResponse
	if err := json.Unmarshal(body, &r); err != nil || len(r.Sites) != 1 || r.Sites[0].TopFindings == nil || len(r.Sites[0].TopFindings) != 0 {
		t.Errorf("bucket = %s", body)
	}
}
