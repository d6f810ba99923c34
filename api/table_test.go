package api

import (
	"compress/gzip"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
)

func TestTable(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newTestEnvOn(t, d, generous())
		a := seed(t, e.db, seedSite{domain: "alpha.com", grade: legible.GradeA, score: 90, minutes: 5.25})
		b := seed(t, e.db, seedSite{domain: "beta.com", grade: legible.GradeE, score: 10, minutes: 60, at: fixedTime.Add(48 * time.Hour)})

		rec := e.get("/v1/table")
		if rec.Code != http.StatusOK {
			t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
		}
		var r tableResponse
		decode(t, rec, &r)
		if len(r.Sites) != 2 || r.GeneratedAt == "" {
			t.Fatalf("table = %+v", r)
		}
		byHash := map[string]tableRow{}
		for _, s := range r.Sites {
			byHash[s.H] = s
		}
		if got := byHash[a.DomainHash]; got.G != "A" || got.S != 90 || got.M != 5.3 || got.C != "2026-11-30T10:00:00Z" {
			t.Errorf("alpha row = %+v", got)
		}
		if got := byHash[b.DomainHash]; got.G != "E" || got.S != 10 {
			t.Errorf("beta row = %+v", got)
		}
		etag := rec.Header().Get("ETag")
		if len(etag) < 10 || etag[0] != '"' || rec.Header().Get("Cache-Control") != "public, max-age=300" || rec.Header().Get("Vary") != "Accept-Encoding" {
			t.Errorf("headers: %v", rec.Header())
		}

		t.Run("not modified", func(t *testing.T) {
			rec := e.get("/v1/table", "If-None-Match", etag)
			if rec.Code != http.StatusNotModified || rec.Body.Len() != 0 {
				t.Errorf("status %d, body %q", rec.Code, rec.Body.String())
			}
			if rec := e.get("/v1/table", "If-None-Match", `"other"`); rec.Code != http.StatusOK {
				t.Errorf("stale tag: status %d", rec.Code)
			}
		})

		t.Run("gzip", func(t *testing.T) {
			rec := e.get("/v1/table", "Accept-Encoding", "br, gzip")
			if rec.Header().Get("Content-Encoding") != "gzip" {
				t.Fatalf("not gzipped: %v", rec.Header())
			}
			zr, err := gzip.NewReader(rec.Body)
			if err != nil {
				t.Fatal(err)
			}
			plain, err := io.ReadAll(zr)
			if err != nil {
				t.Fatal(err)
			}
			var g tableResponse
			if err := json.Unmarshal(plain, &g); err != nil || len(g.Sites) != 2 {
				t.Errorf("gzipped table: %v %+v", err, g)
			}
			gzTag := rec.Header().Get("ETag")
			if gzTag == etag {
				t.Errorf("gzip and identity share the tag %s", etag)
			}
			if rec := e.get("/v1/table", "Accept-Encoding", "gzip", "If-None-Match", gzTag); rec.Code != http.StatusNotModified {
				t.Errorf("gzip tag revalidation: status %d", rec.Code)
			}
			if rec := e.get("/v1/table", "Accept-Encoding", "gzip;q=0"); rec.Header().Get("Content-Encoding") != "" {
				t.Errorf("gzip;q=0 was gzipped")
			}
		})

		t.Run("since", func(t *testing.T) {
			rec := e.get("/v1/table?since=" + url.QueryEscape(fixedTime.Add(time.Hour).Format(time.RFC3339)))
			var d tableResponse
			decode(t, rec, &d)
			if len(d.Sites) != 1 || d.Sites[0].H != b.DomainHash {
				t.Errorf("delta = %+v", d)
			}
			if rec.Header().Get("ETag") == etag {
				t.Errorf("delta has the full table's tag")
			}
			wantProblem(t, e.get("/v1/table?since=yesterday"), http.StatusBadRequest)
			// A delta holding most of the table is the table itself.
			old := e.get("/v1/table?since=2000-01-01T00:00:00Z")
			if old.Header().Get("ETag") != etag {
				t.Errorf("delta since 2000: ETag %s, want the full table's %s", old.Header().Get("ETag"), etag)
			}
		})
	})
}

func TestETagMatches(t *testing.T) {
	tests := []struct {
		inm  string
		want bool
	}{
		{`"abc"`, true},
		{`W/"abc"`, true},
		{`"abc-gzip"`, true},
		{`"x", "abc"`, true},
		{`*`, true},
		{`"abcd"`, false},
		{``, false},
	}
	for _, tt := range tests {
		if got := etagMatches(tt.inm, "abc"); got != tt.want {
			t.Errorf("etagMatches(%q) = %v", tt.inm, got)
		}
	}
}
