package api

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
	"github.com/legible-app/legible/internal/jobstest"
	"github.com/legible-app/legible/scorer"
)

// syncBuffer is a goroutine-safe log sink.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// testEnv is a server on a fresh SQLite database, served in-process.
type testEnv struct {
	t    testing.TB
	srv  *Server
	db   *db.DB
	logs *syncBuffer
}

// generous is a configuration whose rate limits tests do not hit.
func generous() Config {
	return Config{AnonRate: 1e6, AnonBurst: 1e6, KeyRate: 1e6, KeyBurst: 1e6, AccessLog: true}
}

func newTestEnv(t *testing.T, cfg Config) *testEnv {
	t.Helper()
	return newTestEnvOn(t, dbtest.Open(t), cfg)
}

func newTestEnvOn(t testing.TB, d *db.DB, cfg Config) *testEnv {
	t.Helper()
	logs := &syncBuffer{}
	log := slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	if cfg.Jobs == nil {
		cfg.Jobs = &jobstest.Jobs{}
	}
	return &testEnv{t: t, srv: New(cfg, d, log), db: d, logs: logs}
}

// do serves one request; hdr holds header name/value pairs.
func (e *testEnv) do(method, target string, body io.Reader, hdr ...string) *httptest.ResponseRecorder {
	e.t.Helper()
	req := httptest.NewRequest(method, target, body)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	rec := httptest.NewRecorder()
	e.srv.Handler().ServeHTTP(rec, req)
	return rec
}

// getFrom serves a GET from the client address remote ("ip:port").
func (e *testEnv) getFrom(remote, target string) *httptest.ResponseRecorder {
	e.t.Helper()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	req.RemoteAddr = remote
	rec := httptest.NewRecorder()
	e.srv.Handler().ServeHTTP(rec, req)
	return rec
}

func (e *testEnv) get(target string, hdr ...string) *httptest.ResponseRecorder {
	e.t.Helper()
	return e.do(http.MethodGet, target, nil, hdr...)
}

// decode decodes a JSON response body into v.
func decode(t *testing.T, rec *httptest.ResponseRecorder, v any) {
	t.Helper()
	if err := json.Unmarshal(rec.Body.Bytes(), v); err != nil {
		t.Fatalf("decode %q: %v", rec.Body.String(), err)
	}
}

// wantProblem checks that rec is an RFC 9457 problem with the status.
func wantProblem(t *testing.T, rec *httptest.ResponseRecorder, status int) Problem {
	t.Helper()
	if rec.Code != status {
		t.Fatalf("status = %d, want %d; body %s", rec.Code, status, rec.Body.String())
	}
	if ct := rec.Header().Get("Content-Type"); ct != "application/problem+json" {
		t.Fatalf("Content-Type = %q, want application/problem+json", ct)
	}
	var p Problem
	decode(t, rec, &p)
	if p.Status != status || p.Title == "" || !strings.HasPrefix(p.Type, problemTypeBase) || p.Detail == "" {
		t.Fatalf("incomplete problem: %+v", p)
	}
	return p
}

// fixedTime is the time the seeded data was checked.
var fixedTime = time.Date(2026, 11, 30, 10, 0, 0, 0, time.UTC)

// seedSite describes a rated site to store.
type seedSite struct {
	domain  string
	grade   legible.Grade
	score   int
	minutes float64
	lang    string
	text    string // the privacy policy's text
	at      time.Time
}

// seed stores a site with one privacy document and its combined score.
func seed(t testing.TB, d *db.DB, s seedSite) legible.Site {
	t.Helper()
	ctx := context.Background()
	if s.lang == "" {
		s.lang = "en"
	}
	if s.at.IsZero() {
		s.at = fixedTime
	}
	if s.text == "" {
		s.text = "We collect your email address to send receipts.\nWe do not sell your data."
	}
	site, err := d.UpsertSite(ctx, legible.Site{Domain: s.domain, CanonicalURL: "https://" + s.domain + "/"})
	if err != nil {
		t.Fatalf("seed %s: %v", s.domain, err)
	}
	docURL := "https://" + site.Domain + "/privacy"
	words := len(strings.Fields(s.text))
	docReport, _ := json.Marshal(scorer.Report{RubricVersion: "test-1", Score: s.score, Grade: s.grade})
	if _, err := d.RecordVersion(ctx, site.ID, legible.NewVersion{
		Kind: legible.KindPrivacy, URL: docURL, FetchedAt: s.at, ContentType: "text/html",
		Raw: []byte("<p>" + s.text + "</p>"), Text: s.text, Language: s.lang, Words: words,
		Score: &legible.Score{RubricVersion: "test-1", Overall: s.score, Grade: s.grade, ReadingMin: s.minutes, Report: docReport},
	}); err != nil {
		t.Fatalf("seed %s: record version: %v", s.domain, err)
	}
	report, _ := json.Marshal(siteReport(s, docURL, words))
	if err := d.SaveSiteScore(ctx, site.ID, legible.SiteScore{
		RubricVersion: "test-1", Overall: s.score, Grade: s.grade, ReadingMin: s.minutes,
		Language: s.lang, Report: report, CreatedAt: s.at,
	}); err != nil {
		t.Fatalf("seed %s: save site score: %v", s.domain, err)
	}
	return site
}

// siteReport is a small site report with evidence, as the scorer writes it.
func siteReport(s seedSite, docURL string, words int) scorer.SiteReport {
	sells := scorer.Finding{Kind: scorer.Bad, Label: "Sells personal data", Quote: "We may sell your data to partners.", Document: legible.KindPrivacy, Points: -5}
	noSell := scorer.Finding{Kind: scorer.Good, Label: "Does not sell personal data", Quote: "We do not sell your data.", Document: legible.KindPrivacy, Points: 5}
	retention := scorer.Finding{Kind: scorer.Missing, Label: "No retention period", Document: legible.KindPrivacy, Points: -3}
	extra := scorer.Finding{Kind: scorer.Good, Label: "Names a privacy contact", Quote: "Write to privacy@" + s.domain + ".", Document: legible.KindPrivacy, Points: 2}
	return scorer.SiteReport{
		RubricVersion: "test-1", Score: s.score, Grade: s.grade, ReadingMinutes: s.minutes, Words: words, Language: s.lang,
		Criteria: []scorer.Criterion{{
			ID: "limited_collection", Name: "Limited collection", Score: 7, Max: 15,
			Findings: []scorer.Finding{sells, noSell}, Advice: []string{"Say you do not sell personal data."},
		}},
		Documents:   []scorer.SiteDocument{{Kind: legible.KindPrivacy, URL: docURL, Language: s.lang, Words: words, ReadingMinutes: s.minutes, Score: s.score, Grade: s.grade}},
		TopFindings: []scorer.Finding{sells, noSell, retention, extra},
	}
}

// httptestRecorder shortens the recorder's type in test helpers.
type httptestRecorder = httptest.ResponseRecorder

// quoteJSON returns s as a JSON string literal.
func quoteJSON(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
