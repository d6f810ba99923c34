package db_test

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
)

func gradeOf(score int) legible.Grade {
	switch {
	case score >= 80:
		return legible.GradeA
	case score >= 60:
		return legible.GradeB
	case score >= 40:
		return legible.GradeC
	case score >= 20:
		return legible.GradeD
	}
	return legible.GradeE
}

// seedScored creates n scored sites with many equal sort keys, so that
// pagination has ties to get right.
func seedScored(t *testing.T, d *db.DB, n int) []legible.SiteSummary {
	t.Helper()
	clk := newClock(d)
	var out []legible.SiteSummary
	for i := range n {
		name := fmt.Sprintf("site%02d.example", i)
		if i%6 == 0 {
			name = fmt.Sprintf("bücher%02d.de", i)
		}
		s := mustSite(t, d, name)
		score := (i * 7) % 10 * 10
		ss := legible.SiteScore{RubricVersion: "r1", Overall: score, Grade: gradeOf(score),
			ReadingMin: float64(i%5) * 1.5, Language: []string{"en", "fr", "de"}[i%3]}
		if i%3 == 0 {
			clk.advance(time.Minute)
		}
		mustSiteScore(t, d, s.ID, ss)
		out = append(out, legible.SiteSummary{Domain: s.Domain, UnicodeDomain: s.UnicodeDomain, Score: score,
			Grade: ss.Grade, ReadingMin: ss.ReadingMin, Language: ss.Language, ChangedAt: clk.now().Truncate(time.Microsecond)})
	}
	// One site without a score is never listed.
	mustSite(t, d, "unscored.example")
	return out
}

func TestListSitesKeysetCoversEveryRowOnce(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		all := seedScored(t, d, 37)
		keys := map[string]func(a, b legible.SiteSummary) int{
			"score":   func(a, b legible.SiteSummary) int { return cmp.Compare(a.Score, b.Score) },
			"reading": func(a, b legible.SiteSummary) int { return cmp.Compare(a.ReadingMin, b.ReadingMin) },
			"changed": func(a, b legible.SiteSummary) int { return a.ChangedAt.Compare(b.ChangedAt) },
			"domain":  func(a, b legible.SiteSummary) int { return 0 },
		}
		for name, key := range keys {
			for _, desc := range []bool{false, true} {
				sort := name
				if desc {
					sort = "-" + name
				}
				want := slices.Clone(all)
				slices.SortFunc(want, func(a, b legible.SiteSummary) int {
					c := cmp.Or(key(a, b), cmp.Compare(a.Domain, b.Domain))
					if desc {
						return -c
					}
					return c
				})
				for _, size := range []int{1, 5, 100} {
					var got []string
					f := legible.SiteFilter{Sort: sort, Limit: size}
					for pages := 0; ; pages++ {
						if pages > 40 {
							t.Fatalf("%s/%d: pagination does not end", sort, size)
						}
						page, err := d.ListSites(ctx, f)
						if err != nil {
							t.Fatalf("%s/%d: %v", sort, size, err)
						}
						if len(page.Sites) > size {
							t.Fatalf("%s/%d: page of %d", sort, size, len(page.Sites))
						}
						for _, s := range page.Sites {
							got = append(got, s.Domain)
						}
						if page.Next == "" {
							break
						}
						f.After = page.Next
					}
					var wantDomains []string
					for _, s := range want {
						wantDomains = append(wantDomains, s.Domain)
					}
					if !slices.Equal(got, wantDomains) {
						t.Errorf("%s by %d:\n got %v\nwant %v", sort, size, got, wantDomains)
					}
				}
			}
		}
	})
}

func TestListSitesFilters(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		all := seedScored(t, d, 37)
		ptr := func(n int) *int { return &n }
		cases := []struct {
			name string
			f    legible.SiteFilter
			keep func(legible.SiteSummary) bool
		}{
			{"grades", legible.SiteFilter{Grades: []legible.Grade{"A", "e"}},
				func(s legible.SiteSummary) bool { return s.Grade == "A" || s.Grade == "E" }},
			{"language", legible.SiteFilter{Language: "fr"}, func(s legible.SiteSummary) bool { return s.Language == "fr" }},
			{"score range", legible.SiteFilter{MinScore: ptr(30), MaxScore: ptr(60)},
				func(s legible.SiteSummary) bool { return s.Score >= 30 && s.Score <= 60 }},
			{"ascii prefix", legible.SiteFilter{Prefix: "SITE1"},
				func(s legible.SiteSummary) bool { return len(s.Domain) > 5 && s.Domain[:5] == "site1" }},
			{"unicode prefix", legible.SiteFilter{Prefix: "bücher1"},
				func(s legible.SiteSummary) bool { return len(s.UnicodeDomain) > 8 && s.UnicodeDomain[:8] == "bücher1" }},
			{"punycode prefix", legible.SiteFilter{Prefix: "xn--bcher"},
				func(s legible.SiteSummary) bool { return s.UnicodeDomain != s.Domain }},
			{"wildcards are literal", legible.SiteFilter{Prefix: "site_"}, func(legible.SiteSummary) bool { return false }},
			{"everything", legible.SiteFilter{Grades: []legible.Grade{"C"}, Language: "en", MinScore: ptr(40), Prefix: "site"},
				func(s legible.SiteSummary) bool {
					return s.Grade == "C" && s.Language == "en" && s.Score >= 40 && s.Domain[:4] == "site"
				}},
		}
		for _, tc := range cases {
			tc.f.Limit = 500
			page, err := d.ListSites(ctx, tc.f)
			if err != nil {
				t.Fatalf("%s: %v", tc.name, err)
			}
			var want, got []string
			for _, s := range all {
				if tc.keep(s) {
					want = append(want, s.Domain)
				}
			}
			for _, s := range page.Sites {
				got = append(got, s.Domain)
			}
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("%s:\n got %v\nwant %v", tc.name, got, want)
			}
		}
		if len(all) == 0 {
			t.Fatal("nothing seeded")
		}
	})
}

func TestListSitesRejectsBadInput(t *testing.T) {
	d := dbtest.Open(t)
	ctx := context.Background()
	seedScored(t, d, 5)
	page, err := d.ListSites(ctx, legible.SiteFilter{Sort: "score", Limit: 2})
	if err != nil || page.Next == "" {
		t.Fatalf("first page: %+v, %v", page, err)
	}
	bad := []legible.SiteFilter{
		{Sort: "popularity"},
		{Grades: []legible.Grade{"F"}},
		{After: "%%%"},
		{After: "bm90IGpzb24"}, // "not json"
		{Sort: "-score", After: page.Next},
		{Sort: "reading", After: page.Next},
	}
	for _, f := range bad {
		_, err := d.ListSites(ctx, f)
		wantErr(t, err, legible.ErrInvalid)
	}
	def, err := d.ListSites(ctx, legible.SiteFilter{})
	if err != nil || len(def.Sites) != 5 || def.Next != "" {
		t.Errorf("default listing = %d sites, next %q, %v", len(def.Sites), def.Next, err)
	}
}
