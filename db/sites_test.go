package db_test

import (
	"context"
	"testing"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
)

func TestUpsertSiteAndFindByEitherSpelling(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		clk := newClock(d)
		s, err := d.UpsertSite(ctx, legible.Site{Domain: "WWW.Bücher.DE", CanonicalURL: "https://www.bücher.de/"})
		if err != nil {
			t.Fatal(err)
		}
		if s.Domain != "xn--bcher-kva.de" || s.UnicodeDomain != "bücher.de" {
			t.Fatalf("site = %q / %q", s.Domain, s.UnicodeDomain)
		}
		if s.DomainHash != legible.DomainHash("xn--bcher-kva.de") {
			t.Errorf("DomainHash = %s", s.DomainHash)
		}
		if !s.CreatedAt.Equal(clk.now().Truncate(time.Microsecond)) || s.CreatedAt.Location() != time.UTC {
			t.Errorf("CreatedAt = %v, want %v in UTC", s.CreatedAt, clk.now())
		}

		for _, in := range []string{"xn--bcher-kva.de", "bücher.de", "BÜCHER.de", "https://shop.bücher.de/agb?x=1", "xn--bcher-kva.de."} {
			got, err := d.FindSite(ctx, in)
			if err != nil {
				t.Errorf("FindSite(%q): %v", in, err)
				continue
			}
			if got != s {
				t.Errorf("FindSite(%q) = %+v, want %+v", in, got, s)
			}
		}
		for _, in := range []string{"example.org", "bücher.com", "", "   "} {
			_, err := d.FindSite(ctx, in)
			if err == nil {
				t.Errorf("FindSite(%q) found a site", in)
			}
		}
		_, err = d.FindSite(ctx, "example.org")
		wantErr(t, err, legible.ErrNotFound)
		_, err = d.FindSite(ctx, "not a domain")
		wantErr(t, err, legible.ErrInvalid)

		// An empty canonical URL keeps the known one; a new one replaces it.
		clk.advance(time.Hour)
		again, err := d.UpsertSite(ctx, legible.Site{Domain: "bücher.de"})
		if err != nil {
			t.Fatal(err)
		}
		if again.ID != s.ID || again.CanonicalURL != s.CanonicalURL || !again.UpdatedAt.Equal(s.UpdatedAt) {
			t.Errorf("upsert without URL changed the site: %+v", again)
		}
		moved, err := d.UpsertSite(ctx, legible.Site{Domain: "xn--bcher-kva.de", CanonicalURL: "https://bücher.de/"})
		if err != nil {
			t.Fatal(err)
		}
		if moved.CanonicalURL != "https://bücher.de/" || !moved.UpdatedAt.After(s.UpdatedAt) || !moved.CreatedAt.Equal(s.CreatedAt) {
			t.Errorf("upsert with new URL: %+v", moved)
		}
		if n := dbtest.Count(t, d, "sites"); n != 1 {
			t.Errorf("%d sites, want 1", n)
		}
	})
}

func TestUpsertSiteNames(t *testing.T) {
	d := dbtest.Open(t)
	for _, in := range []string{"", "not a domain", "co.uk", "http://"} {
		_, err := d.UpsertSite(context.Background(), legible.Site{Domain: in})
		wantErr(t, err, legible.ErrInvalid)
	}
	// Hosts without a registrable domain, which private deployments crawl,
	// are kept as they are.
	for in, want := range map[string]string{"LOCALHOST": "localhost", "127.0.0.1": "127.0.0.1", "www.news.bbc.co.uk": "bbc.co.uk"} {
		s, err := d.UpsertSite(context.Background(), legible.Site{Domain: in})
		if err != nil || s.Domain != want {
			t.Errorf("UpsertSite(%q) = %q, %v; want %q", in, s.Domain, err, want)
		}
	}
}

func TestSaveSignals(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		s := mustSite(t, d, "example.org")
		wantErr(t, d.SaveSignals(ctx, s.ID+1000, legible.Signals{}), legible.ErrNotFound)
		first := legible.Signals{HTTPS: true, CheckedAt: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
		if err := d.SaveSignals(ctx, s.ID, first); err != nil {
			t.Fatal(err)
		}
		second := legible.Signals{HTTPS: true, HSTS: true, HSTSMaxAge: 31536000, SecurityTxt: true,
			SecurityContacts: []string{"mailto:security@example.org"}, GPC: true,
			CheckedAt: time.Date(2026, 2, 2, 3, 4, 5, 0, time.UTC)}
		if err := d.SaveSignals(ctx, s.ID, second); err != nil {
			t.Fatal(err)
		}
		det, err := d.SiteDetail(ctx, "example.org")
		if err != nil {
			t.Fatal(err)
		}
		if det.Signals == nil || !det.Signals.HSTS || det.Signals.HSTSMaxAge != 31536000 ||
			len(det.Signals.SecurityContacts) != 1 || !det.Signals.CheckedAt.Equal(second.CheckedAt) {
			t.Errorf("signals = %+v", det.Signals)
		}
		if n := dbtest.Count(t, d, "site_signals"); n != 1 {
			t.Errorf("%d signal rows, want 1", n)
		}
	})
}

// Times go in with any zone and precision and come back identical on both
// backends: UTC, to the microsecond, comparable with ==.
func TestTimesRoundTripInUTC(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		paris, err := time.LoadLocation("Europe/Paris")
		if err != nil {
			paris = time.FixedZone("CET", 3600)
		}
		at := time.Date(2026, 7, 1, 23, 59, 59, 999999999, paris)
		want := at.UTC().Truncate(time.Microsecond)
		site := mustSite(t, d, "example.org")
		v := newVersion("text", 50, legible.GradeC, "r1")
		v.FetchedAt = at
		rec := mustRecord(t, d, site.ID, v)
		got, err := d.Version(ctx, rec.Version.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.FetchedAt != want || rec.Version.FetchedAt != want || got.CheckedAt != want {
			t.Errorf("FetchedAt = %#v / %#v, want %#v", got.FetchedAt, rec.Version.FetchedAt, want)
		}
		if got.FetchedAt.Location() != time.UTC {
			t.Errorf("location %v, want UTC", got.FetchedAt.Location())
		}
	})
}
