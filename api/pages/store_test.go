package pages

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
	"github.com/legible-app/legible/internal/jobstest"
	"github.com/legible-app/legible/rating"
	"github.com/legible-app/legible/scorer"
)

// seedSite stores a site as the crawler would: its documents scored through
// rating, its signals, and the combined site score.
func seedSite(t *testing.T, d *db.DB, domain string, docs map[legible.DocKind]string, at time.Time) {
	t.Helper()
	ctx := context.Background()
	site, err := d.UpsertSite(ctx, legible.Site{Domain: domain, UnicodeDomain: domain, DomainHash: legible.DomainHash(domain)})
	if err != nil {
		t.Fatal(err)
	}
	sig := legible.Signals{HTTPS: true, SecurityTxt: true, SecurityContacts: []string{"mailto:security@" + domain}, CheckedAt: at}
	if err := d.SaveSignals(ctx, site.ID, sig); err != nil {
		t.Fatal(err)
	}
	var reports []scorer.DocumentReport
	for kind, text := range docs {
		rep, err := rating.Score(text, scorer.Options{Kind: kind})
		if err != nil {
			t.Fatalf("score %s: %v", kind, err)
		}
		score, err := rating.StoredScore(rep, at)
		if err != nil {
			t.Fatal(err)
		}
		url := "https://" + domain + "/" + string(kind)
		_, err = d.RecordVersion(ctx, site.ID, legible.NewVersion{
			Kind: kind, URL: url, FetchedAt: at, ContentType: "text/html", Raw: []byte(text), Text: text,
			Language: rep.Language, Words: rep.Words, Score: &score,
		})
		if err != nil {
			t.Fatalf("record %s: %v", kind, err)
		}
		reports = append(reports, scorer.DocumentReport{Kind: kind, URL: url, Report: rep})
	}
	_, ss, err := rating.Site(reports, &sig, at)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.SaveSiteScore(ctx, site.ID, ss); err != nil {
		t.Fatal(err)
	}
}

// TestPagesOnDatabase serves the pages over a real database (SQLite, and
// PostgreSQL when LEGIBLE_TEST_POSTGRES is set) seeded through the crawler's
// storage methods and scored by the real scorer.
func TestPagesOnDatabase(t *testing.T) {
	policy := string(readTestdata(t, "draft-en.md")) +
		"\n\nWe may share your information with partners from time to time, including but not limited to advertisers.\n"
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		at := time.Date(2026, time.November, 2, 9, 0, 0, 0, time.UTC)
		seedSite(t, d, "shop.example", map[legible.DocKind]string{legible.KindPrivacy: policy}, at)
		jobs := &jobstest.Jobs{}
		r := newTestRouterWith(d, jobs, nil)

		detail, err := d.SiteDetail(context.Background(), "shop.example")
		if err != nil || detail.Score == nil {
			t.Fatalf("seeded site: %v, score %v", err, detail.Score)
		}
		grade := string(detail.Score.Grade)

		res := do(t, r, http.MethodGet, "/", nil, nil)
		if res.Code != http.StatusOK {
			t.Fatalf("home: status %d", res.Code)
		}
		mustContain(t, res.Body, `href="/sites/shop.example" dir="ltr">shop.example</a>`)

		res = do(t, r, http.MethodGet, "/sites/shop.example", nil, nil)
		if res.Code != http.StatusOK {
			t.Fatalf("report: status %d", res.Code)
		}
		mustContain(t, res.Body,
			`data-grade="`+grade+`">`+grade+`</span>`,
			`<a href="https://shop.example/privacy" rel="nofollow noopener">Privacy policy</a>`,
			`<ol class="criteria">`,
			`<blockquote class="quote">`,
			`<circle cx=`,
		)

		ar := do(t, r, http.MethodGet, "/sites/shop.example?lang=ar", nil, nil)
		mustContain(t, ar.Body, `<html lang="ar" dir="rtl">`, `data-grade="`+grade+`"`)

		res = do(t, r, http.MethodGet, "/sites/unknown.example", nil, nil)
		if res.Code != http.StatusNotFound {
			t.Fatalf("unknown: status %d", res.Code)
		}
		for range 2 {
			res = do(t, r, http.MethodPost, "/sites/unknown.example/request", strings.NewReader(""),
				map[string]string{"Sec-Fetch-Site": "same-origin"})
			if res.Code != http.StatusSeeOther {
				t.Fatalf("request: status %d", res.Code)
			}
		}
		if got := jobs.Domains(); len(got) != 1 || got[0] != "unknown.example" {
			t.Errorf("queued %q; want one job for the requested site (two requests queue one job)", got)
		}
	})
}
