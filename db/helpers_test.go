package db_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
)

// clock is a settable test clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

// newClock returns a clock at a fixed instant and makes d use it.
func newClock(d *db.DB) *clock {
	c := &clock{t: time.Date(2026, 3, 14, 9, 26, 53, 589793238, time.UTC)}
	db.SetClock(d, c.now)
	return c
}

func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) advance(d time.Duration) time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
	return c.t
}

func fixture(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatalf("read fixture: %v", err)
	}
	return string(b)
}

func mustSite(t testing.TB, d *db.DB, domain string) legible.Site {
	t.Helper()
	s, err := d.UpsertSite(context.Background(), legible.Site{Domain: domain})
	if err != nil {
		t.Fatalf("UpsertSite(%q): %v", domain, err)
	}
	return s
}

// newVersion returns a privacy policy version with a score.
func newVersion(text string, overall int, grade legible.Grade, rubric string) legible.NewVersion {
	return legible.NewVersion{
		Kind:        legible.KindPrivacy,
		URL:         "https://example.org/privacy",
		ContentType: "text/html; charset=utf-8",
		Raw:         []byte("<html><body>" + text + "</body></html>"),
		Text:        text,
		Language:    "en",
		Words:       len(text) / 6,
		Score: &legible.Score{
			RubricVersion: rubric,
			Overall:       overall,
			Grade:         grade,
			ReadingMin:    float64(len(text)) / 1000,
			Report:        []byte(`{"score":` + strconv.Itoa(overall) + `,"grade":"` + string(grade) + `"}`),
		},
	}
}

func mustRecord(t testing.TB, d *db.DB, siteID int64, v legible.NewVersion) legible.Recorded {
	t.Helper()
	rec, err := d.RecordVersion(context.Background(), siteID, v)
	if err != nil {
		t.Fatalf("RecordVersion: %v", err)
	}
	return rec
}

func mustSiteScore(t testing.TB, d *db.DB, siteID int64, s legible.SiteScore) {
	t.Helper()
	if err := d.SaveSiteScore(context.Background(), siteID, s); err != nil {
		t.Fatalf("SaveSiteScore: %v", err)
	}
}

func wantErr(t testing.TB, err, target error) {
	t.Helper()
	if !errors.Is(err, target) {
		t.Fatalf("error = %v, want %v", err, target)
	}
}
