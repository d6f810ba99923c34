package api

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
)

func TestListSites(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		e := newTestEnvOn(t, d, generous())
		grades := []legible.Grade{"A", "B", "C", "D", "E"}
		for i := range 10 {
			lang := "en"
			if i%2 == 1 {
				lang = "ar"
			}
			seed(t, d, seedSite{domain: fmt.Sprintf("site%02d.com", i), grade: grades[i%5], score: 95 - i*9, minutes: float64(i + 1), lang: lang})
		}

		list := func(t *testing.T, query string) listResponse {
			t.Helper()
			rec := e.get("/v1/sites?" + query)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
			}
			var r listResponse
			decode(t, rec, &r)
			return r
		}

		tests := []struct {
			query string
			want  []string
		}{
			{"grade=A", []string{"site00.com", "site05.com"}},
			{"grade=A,B", []string{"site00.com", "site01.com", "site05.com", "site06.com"}},
			{"grade=a&grade=e", []string{"site00.com", "site04.com", "site05.com", "site09.com"}},
			{"language=ar&min_score=50", []string{"site01.com", "site03.com", "site05.com"}},
			{"max_score=20", []string{"site09.com"}},
			{"q=site0", []string{"site00.com", "site01.com", "site02.com", "site03.com", "site04.com", "site05.com", "site06.com", "site07.com", "site08.com", "site09.com"}},
			{"sort=-score&limit=3", []string{"site00.com", "site01.com", "site02.com"}},
			{"sort=-reading&limit=2", []string{"site09.com", "site08.com"}},
		}
		for _, tt := range tests {
			t.Run(tt.query, func(t *testing.T) {
				r := list(t, tt.query)
				got := make([]string, 0, len(r.Sites))
				for _, s := range r.Sites {
					got = append(got, s.Domain)
				}
				if fmt.Sprint(got) != fmt.Sprint(tt.want) {
					t.Errorf("got %v, want %v", got, tt.want)
				}
			})
		}

		t.Run("pagination", func(t *testing.T) {
			var all []string
			cursor := ""
			for page := 0; page < 10; page++ {
				r := list(t, "sort=score&limit=4&cursor="+cursor)
				for _, s := range r.Sites {
					all = append(all, s.Domain)
				}
				if r.Next == "" {
					break
				}
				cursor = r.Next
			}
			if len(all) != 10 || all[0] != "site09.com" || all[9] != "site00.com" {
				t.Errorf("pages gave %v", all)
			}
		})
	})
}

func TestListSitesBadInput(t *testing.T) {
	e := newTestEnv(t, generous())
	for _, q := range []string{"grade=F", "min_score=abc", "max_score=101", "min_score=80&max_score=20", "sort=name", "limit=0", "limit=501", "language=english"} {
		t.Run(q, func(t *testing.T) {
			wantProblem(t, e.get("/v1/sites?"+q), http.StatusBadRequest)
		})
	}
	rec := e.get("/v1/sites")
	if rec.Code != http.StatusOK || rec.Body.String() != `{"sites":[],"next":""}` {
		t.Errorf("empty list: %d %s", rec.Code, rec.Body.String())
	}
}
