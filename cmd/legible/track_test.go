package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/api/feeds"
	"github.com/legible-app/legible/crawler"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/queue"
	"github.com/legible-app/legible/rating"
	"github.com/legible-app/legible/scorer"
)

// policySite serves one site whose privacy policy text can be changed.
type policySite struct {
	mu     sync.Mutex
	policy string
}

func (p *policySite) set(s string) { p.mu.Lock(); p.policy = s; p.mu.Unlock() }

func (p *policySite) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	policy := p.policy
	p.mu.Unlock()
	switch r.URL.Path {
	case "/":
		fmt.Fprint(w, `<html lang="en"><body><main><h1>Tracked</h1><p>A shop.</p></main><footer><a href="/privacy">Privacy Policy</a></footer></body></html>`)
	case "/privacy":
		fmt.Fprintf(w, `<html lang="en"><body><main><h1>Privacy Policy</h1>%s</main></body></html>`, policy)
	default:
		http.NotFound(w, r)
	}
}

const (
	policyV1 = `<p>Last updated: 1 October 2026.</p><p>We collect your email address to send you receipts. We do not sell your personal data.</p><p>You can delete your account at any time from your settings.</p>`
	policyV2 = `<p>Last updated: 1 November 2026.</p><p>We collect your email address, your precise location and your contacts. We may share your data with our partners for advertising.</p><p>We keep your data as long as necessary.</p>`
)

// TestChangeTracking runs the queue on SQLite with one worker: a scheduled
// re-crawl of a changed page records one new version with its score, one
// feed entry, and the site's score changes; a rubric upgrade re-scores the
// stored versions without crawling.
func TestChangeTracking(t *testing.T) {
	ctx := context.Background()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	site := &policySite{policy: policyV1}
	srv := httptest.NewServer(site)
	defer srv.Close()

	dsn := filepath.Join(t.TempDir(), "track.db")
	store, err := db.Open(ctx, dsn, log)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	cfg := crawler.DefaultConfig()
	cfg.AllowPrivate, cfg.Delay = true, 0
	cfg.Resolve = map[string]string{"tracked.test": strings.TrimPrefix(srv.URL, "http://")}
	c, err := crawler.New(cfg, store, log)
	if err != nil {
		t.Fatal(err)
	}
	q, err := queue.Open(ctx, store, queue.Config{
		Workers: 1, Crawl: crawlFunc(c), Due: store.SitesDue,
		RecrawlEvery: time.Millisecond, Spread: time.Millisecond, PollInterval: 50 * time.Millisecond,
	}, log)
	if err != nil {
		t.Fatal(err)
	}
	if err := q.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer q.Close(ctx)

	waitCompleted := func(n int) {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for time.Now().Before(deadline) {
			st, err := q.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if st.States["completed"] >= n {
				return
			}
			time.Sleep(50 * time.Millisecond)
		}
		t.Fatalf("timed out waiting for %d completed crawls", n)
	}

	if _, err := q.Enqueue(ctx, "tracked.test"); err != nil {
		t.Fatal(err)
	}
	waitCompleted(1)
	before, err := store.SiteDetail(ctx, "tracked.test")
	if err != nil || before.Score == nil {
		t.Fatalf("after the first crawl: %+v, %v", before.Score, err)
	}

	// An unchanged page re-crawled by the schedule adds no version.
	if n, err := q.ScheduleDue(ctx, time.Now()); err != nil || n != 1 {
		t.Fatalf("ScheduleDue = %d, %v; want 1", n, err)
	}
	waitCompleted(2)
	site.set(policyV2)
	if n, err := q.ScheduleDue(ctx, time.Now()); err != nil || n != 1 {
		t.Fatalf("ScheduleDue = %d, %v; want 1", n, err)
	}
	waitCompleted(3)

	hist, err := store.History(ctx, before.Site.ID)
	if err != nil {
		t.Fatal(err)
	}
	var privacy []legible.HistoryEntry
	for _, h := range hist {
		if h.Document.Kind == legible.KindPrivacy {
			privacy = append(privacy, h)
		}
	}
	if len(privacy) != 2 {
		t.Fatalf("%d privacy versions after one change, want 2", len(privacy))
	}
	newest := privacy[len(privacy)-1]
	if newest.Score == nil || newest.Score.RubricVersion != scorer.RubricVersion() {
		t.Fatalf("the new version has no current score: %+v", newest.Score)
	}
	if newest.Score.Overall >= privacy[0].Score.Overall {
		t.Errorf("score went from %d to %d; the worse policy should score lower", privacy[0].Score.Overall, newest.Score.Overall)
	}

	changes, err := store.RecentChanges(ctx, "tracked.test", 10)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := feeds.Write(&buf, feeds.Feed{BaseURL: "http://legible.test", Domain: "tracked.test", Changes: changes}); err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(buf.String(), "changed its privacy policy"); got != 1 {
		t.Errorf("feed has %d change entries, want 1:\n%s", got, buf.String())
	}
	after, err := store.SiteDetail(ctx, "tracked.test")
	if err != nil {
		t.Fatal(err)
	}
	if after.Score.Overall >= before.Score.Overall {
		t.Errorf("site score went from %d to %d, want lower", before.Score.Overall, after.Score.Overall)
	}

	// A rubric upgrade: a version scored only under an older rubric gets a
	// current score, and the site's score is combined again.
	if v, s, err := rating.Rescore(ctx, store, log); err != nil || v != 0 || s != 0 {
		t.Fatalf("rescore with nothing to do = %d, %d, %v", v, s, err)
	}
	old := *newest.Score
	old.RubricVersion, old.Report = "2000.1", json.RawMessage(`{}`)
	if _, err := store.RecordVersion(ctx, before.Site.ID, legible.NewVersion{
		Kind: legible.KindTerms, URL: "http://tracked.test/terms", FetchedAt: time.Now(),
		Text: "# Terms\n\nYou may use this shop. We may end your account at any time.", Language: "en", Words: 14, Score: &old,
	}); err != nil {
		t.Fatal(err)
	}
	v, s, err := rating.Rescore(ctx, store, log)
	if err != nil || v != 1 || s != 1 {
		t.Fatalf("rescore = %d versions, %d sites, %v; want 1, 1", v, s, err)
	}
	left, err := store.VersionsWithoutScore(ctx, scorer.RubricVersion(), 0, 10)
	if err != nil || len(left) != 0 {
		t.Fatalf("versions still without a current score: %d, %v", len(left), err)
	}
}
