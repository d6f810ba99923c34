package db_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
)

// A new version with the same score must still replace the site report:
// its findings, word count and facts describe the latest text.
func TestSaveSiteScoreRefreshesReportWhenScoreIsUnchanged(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		clk := newClock(d)
		site := mustSite(t, d, "same-score.example")
		old := legible.SiteScore{RubricVersion: "r1", Overall: 62, Grade: legible.GradeB, ReadingMin: 10, Language: "en",
			Report: []byte(`{"words": 2000, "top_findings": [{"kind": "bad", "label": "old sentence"}], "practices": [{"id": "sells-data", "answer": "no"}]}`)}
		mustSiteScore(t, d, site.ID, old)
		clk.advance(time.Hour)
		changed := old
		changed.ReadingMin = 12.5
		changed.Report = []byte(`{"words": 2500, "top_findings": [{"kind": "bad", "label": "targeted advertising"}], "practices": [{"id": "sells-data", "answer": "yes"}]}`)
		mustSiteScore(t, d, site.ID, changed)

		det, err := d.SiteDetail(ctx, "same-score.example")
		if err != nil {
			t.Fatal(err)
		}
		if det.Score == nil || string(det.Score.Report) != string(changed.Report) {
			t.Fatalf("site report = %+v, want the new one", det.Score)
		}
		if det.Score.ReadingMin != 12.5 {
			t.Errorf("reading minutes = %v, want 12.5", det.Score.ReadingMin)
		}
		hist, err := d.SiteScoreHistory(ctx, site.ID)
		if err != nil || len(hist) != 1 {
			t.Fatalf("history = %+v, %v; want one score (it did not change)", hist, err)
		}
		bucket, err := d.SitesByHashPrefix(ctx, site.DomainHash[:4])
		if err != nil || len(bucket) != 1 || string(bucket[0].Report) != string(changed.Report) || bucket[0].ReadingMin != 12.5 {
			t.Fatalf("lookup bucket = %+v, %v; want the new report", bucket, err)
		}
		rows, err := d.Table(ctx, time.Time{})
		if err != nil || len(rows) != 1 || !rows[0].CheckedAt.Equal(clk.now().Truncate(time.Microsecond)) || rows[0].ReadingMin != 12.5 {
			t.Errorf("table = %+v, %v; want the new check time and reading time", rows, err)
		}
		page, err := d.ListSites(ctx, legible.SiteFilter{Practices: []legible.PracticeAnswer{{ID: "sells-data", Answer: "yes"}}})
		if err != nil || len(page.Sites) != 1 {
			t.Errorf("sites that sell data = %+v, %v; want the refreshed fact", page.Sites, err)
		}
	})
}

func TestSaveCrawlOutcome(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		clk := newClock(d)
		at := clk.advance(time.Hour).Truncate(time.Microsecond)
		// A site never seen before: a failed crawl creates it.
		if err := d.SaveCrawlOutcome(ctx, "down.example", legible.CrawlOutcome{Status: legible.StatusFailed, Detail: "the site refused the connection", CheckedAt: at}); err != nil {
			t.Fatal(err)
		}
		nopol := mustSite(t, d, "nopolicy.example")
		missing := []legible.DocKind{legible.KindPrivacy, legible.KindTerms, legible.KindCookies}
		if err := d.SaveCrawlOutcome(ctx, "nopolicy.example", legible.CrawlOutcome{Status: legible.StatusNoPolicy, Missing: missing, CheckedAt: at}); err != nil {
			t.Fatal(err)
		}
		mustSite(t, d, "never.example") // never crawled: not listed anywhere

		det, err := d.SiteDetail(ctx, "nopolicy.example")
		if err != nil {
			t.Fatal(err)
		}
		if det.Crawl == nil || det.Crawl.Status != legible.StatusNoPolicy || !slices.Equal(det.Crawl.Missing, missing) || !det.Crawl.CheckedAt.Equal(at) {
			t.Errorf("crawl outcome = %+v", det.Crawl)
		}
		if !det.CheckedAt.Equal(at) {
			t.Errorf("checked at %v, want %v", det.CheckedAt, at)
		}
		det, err = d.SiteDetail(ctx, "down.example")
		if err != nil || det.Crawl == nil || det.Crawl.Status != legible.StatusFailed || det.Crawl.Detail != "the site refused the connection" {
			t.Errorf("failed site = %+v, %v", det.Crawl, err)
		}

		bucket, err := d.SitesByHashPrefix(ctx, nopol.DomainHash[:4])
		if err != nil || len(bucket) != 1 || bucket[0].Status != legible.StatusNoPolicy || bucket[0].Grade != "" || !slices.Equal(bucket[0].Missing, missing) {
			t.Errorf("lookup bucket = %+v, %v", bucket, err)
		}
		rows, err := d.Table(ctx, time.Time{})
		if err != nil || len(rows) != 2 {
			t.Fatalf("table = %+v, %v; want the two crawled sites", rows, err)
		}
		for _, r := range rows {
			if r.Grade != "" || !r.Status.Valid() || r.Status == legible.StatusRated || !r.CheckedAt.Equal(at) {
				t.Errorf("table row = %+v", r)
			}
		}
		var exported []string
		if err := d.ExportLatest(ctx, func(s legible.SiteSummary) error {
			exported = append(exported, s.Domain+":"+string(s.Status))
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if want := []string{"down.example:failed", "nopolicy.example:no_policy"}; !slices.Equal(exported, want) {
			t.Errorf("export = %q, want %q", exported, want)
		}
		// Listings of rated sites leave them out.
		page, err := d.ListSites(ctx, legible.SiteFilter{})
		if err != nil || len(page.Sites) != 0 {
			t.Errorf("list = %+v, %v", page.Sites, err)
		}

		// Once rated, the site is listed with its grade and the new status.
		mustSiteScore(t, d, nopol.ID, legible.SiteScore{RubricVersion: "r1", Overall: 70, Grade: legible.GradeB, Report: []byte(`{}`)})
		if err := d.SaveCrawlOutcome(ctx, "nopolicy.example", legible.CrawlOutcome{Status: legible.StatusRated}); err != nil {
			t.Fatal(err)
		}
		bucket, err = d.SitesByHashPrefix(ctx, nopol.DomainHash[:4])
		if err != nil || len(bucket) != 1 || bucket[0].Grade != legible.GradeB || bucket[0].Status != legible.StatusRated || len(bucket[0].Missing) != 0 {
			t.Errorf("bucket after rating = %+v, %v", bucket, err)
		}

		wantErr(t, d.SaveCrawlOutcome(ctx, "x.example", legible.CrawlOutcome{Status: "lost"}), legible.ErrInvalid)
		wantErr(t, d.SaveCrawlOutcome(ctx, "not a domain", legible.CrawlOutcome{Status: legible.StatusFailed}), legible.ErrInvalid)
	})
}

func TestListSitesSearchAndPractices(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		for _, s := range []struct {
			domain, report string
		}{
			{"bigshop.example", `{"practices": [{"id": "sells-data", "answer": "yes"}, {"id": "deletion", "answer": "no"}]}`},
			{"shopping-news.example", `{"practices": [{"id": "sells-data", "answer": "no"}, {"id": "deletion", "answer": "no"}]}`},
			{"bücher.de", `{"practices": [{"id": "sells-data", "answer": "yes"}, {"id": "deletion", "answer": "yes"}]}`},
			{"plain.example", `{"practices": "not a list"}`},
		} {
			site := mustSite(t, d, s.domain)
			mustSiteScore(t, d, site.ID, legible.SiteScore{RubricVersion: "r1", Overall: 50, Grade: legible.GradeC, Report: []byte(s.report)})
		}
		tests := []struct {
			name string
			f    legible.SiteFilter
			want []string
		}{
			{"search in the middle", legible.SiteFilter{Search: "shop"}, []string{"bigshop.example", "shopping-news.example"}},
			{"search unicode", legible.SiteFilter{Search: "ÜCHER"}, []string{"xn--bcher-kva.de"}},
			{"search punycode", legible.SiteFilter{Search: "bcher-kva"}, []string{"xn--bcher-kva.de"}},
			{"search escapes wildcards", legible.SiteFilter{Search: "%"}, nil},
			{"one fact", legible.SiteFilter{Practices: []legible.PracticeAnswer{{ID: "sells-data", Answer: "yes"}}}, []string{"bigshop.example", "xn--bcher-kva.de"}},
			{"two facts", legible.SiteFilter{Practices: []legible.PracticeAnswer{{ID: "sells-data", Answer: "yes"}, {ID: "deletion", Answer: "no"}}}, []string{"bigshop.example"}},
			{"fact and search", legible.SiteFilter{Search: "news", Practices: []legible.PracticeAnswer{{ID: "deletion", Answer: "no"}}}, []string{"shopping-news.example"}},
		}
		for _, tt := range tests {
			page, err := d.ListSites(ctx, tt.f)
			if err != nil {
				t.Fatalf("%s: %v", tt.name, err)
			}
			var got []string
			for _, s := range page.Sites {
				got = append(got, s.Domain)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
			}
		}
		_, err := d.ListSites(ctx, legible.SiteFilter{Practices: []legible.PracticeAnswer{{ID: "sells-data"}}})
		wantErr(t, err, legible.ErrInvalid)

		// The name a site gives itself is searched too, and kept when a
		// later crawl does not see it.
		if _, err := d.UpsertSite(ctx, legible.Site{Domain: "plain.example", Name: "  The Daily\n Plain "}); err != nil {
			t.Fatal(err)
		}
		site, err := d.UpsertSite(ctx, legible.Site{Domain: "plain.example"})
		if err != nil || site.Name != "The Daily Plain" {
			t.Fatalf("name = %q, %v", site.Name, err)
		}
		page, err := d.ListSites(ctx, legible.SiteFilter{Search: "daily plain"})
		if err != nil || len(page.Sites) != 1 || page.Sites[0].Domain != "plain.example" {
			t.Errorf("search by name = %+v, %v", page.Sites, err)
		}
	})
}
