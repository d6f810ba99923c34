package crawler

import (
	"net/http"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
)

// changingSite serves the English shop whose privacy policy gains a
// sentence when *changed is true.
func changingSite(t *testing.T, w *fakeWeb, host string, changed *atomic.Bool) {
	enSite(t, w, host, map[string]http.HandlerFunc{
		"/privacy": func(rw http.ResponseWriter, r *http.Request) {
			body := fixture(t, "privacy_en.html")
			if changed.Load() {
				body = strings.Replace(body, "</main>", "<p>From today we also share your email address with our delivery partners.</p></main>", 1)
			}
			rw.Header().Set("Content-Type", "text/html; charset=utf-8")
			rw.Write([]byte(body))
		},
	})
}

func TestRecrawlVersions(t *testing.T) {
	w := newFakeWeb(t)
	var changed atomic.Bool
	changingSite(t, w, "versions.example", &changed)
	cfg := testConfig(w)
	store := newMemStore()

	first := mustCrawl(t, cfg, store, "versions.example")
	if n := store.versionCount("versions.example"); n != 3 {
		t.Fatalf("first crawl: %d versions, want 3", n)
	}
	for _, d := range first.Documents {
		if !d.NewVersion {
			t.Errorf("first crawl: %s is not a new version", d.Kind)
		}
	}

	again := mustCrawl(t, cfg, store, "versions.example")
	if n := store.versionCount("versions.example"); n != 3 {
		t.Errorf("unchanged re-crawl: %d versions, want still 3", n)
	}
	for _, d := range again.Documents {
		if d.NewVersion {
			t.Errorf("unchanged re-crawl: %s got a new version", d.Kind)
		}
	}

	changed.Store(true)
	third := mustCrawl(t, cfg, store, "versions.example")
	if n := store.versionCount("versions.example"); n != 4 {
		t.Errorf("changed re-crawl: %d versions, want 4", n)
	}
	for _, d := range third.Documents {
		if d.NewVersion != (d.Kind == legible.KindPrivacy) {
			t.Errorf("changed re-crawl: %s new version = %v", d.Kind, d.NewVersion)
		}
	}
	if v, _ := store.latest("versions.example", legible.KindPrivacy); !strings.Contains(v.Text, "delivery partners") {
		t.Error("the latest privacy version is not the changed text")
	}
}

// TestCrawlIntoDatabase crawls into the real storage (SQLite, and PostgreSQL
// when LEGIBLE_TEST_POSTGRES is set): documents, versions, signals and the
// site score land there, and an unchanged re-crawl adds no version.
func TestCrawlIntoDatabase(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		w := newFakeWeb(t)
		var changed atomic.Bool
		changingSite(t, w, "stored.example", &changed)
		cfg := testConfig(w)
		cfg.Extract = realExtract(t)
		ctx := t.Context()

		res := mustCrawl(t, cfg, d, "stored.example")
		if len(res.Documents) != 3 {
			t.Fatalf("documents = %+v, errors %q", res.Documents, res.Errors)
		}
		detail, err := d.SiteDetail(ctx, "stored.example")
		if err != nil {
			t.Fatal(err)
		}
		if len(detail.Documents) != 3 || detail.Site.CanonicalURL != "http://stored.example/" || detail.Signals == nil {
			t.Errorf("stored detail = %+v", detail)
		}
		if res.Grade != "" && detail.Score == nil {
			t.Error("the site was graded but no site score was stored")
		}
		versions := dbtest.Count(t, d, "versions")

		mustCrawl(t, cfg, d, "stored.example")
		if n := dbtest.Count(t, d, "versions"); n != versions {
			t.Errorf("unchanged re-crawl: %d versions, want %d", n, versions)
		}
		changed.Store(true)
		again := mustCrawl(t, cfg, d, "stored.example")
		if n := dbtest.Count(t, d, "versions"); n != versions+1 {
			t.Errorf("changed re-crawl: %d versions, want %d", n, versions+1)
		}
		if p := doc(again, legible.KindPrivacy); p == nil || !p.NewVersion {
			t.Errorf("changed privacy policy not recorded as a new version: %+v", p)
		}
	})
}
