package pages

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/api/links"
	"github.com/legible-app/legible/internal/jobstest"
	"github.com/legible-app/legible/scorer"
)

func init() { gin.SetMode(gin.TestMode) }

var (
	t0 = time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)
	t1 = time.Date(2026, time.July, 14, 10, 0, 0, 0, time.UTC)
	t2 = time.Date(2026, time.November, 28, 10, 0, 0, 0, time.UTC)
)

func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func urlQuery(s string) string { return url.QueryEscape(s) }

func ptr[T any](v T) *T { return &v }

// newFixtureStore holds one rated site (example.com), one known but unrated
// site (pending.org) and a leaderboard of three sites.
func newFixtureStore(t *testing.T) *fakeStore {
	t.Helper()
	siteReport := readTestdata(t, "site-report.json")
	docReport := readTestdata(t, "doc-report.json")
	example := legible.SiteDetail{
		Site: legible.Site{ID: 1, Domain: "example.com", UnicodeDomain: "example.com", DomainHash: legible.DomainHash("example.com")},
		Score: &legible.SiteScore{
			SiteID: 1, RubricVersion: "2026.1", Overall: 72, Grade: legible.GradeB,
			ReadingMin: 37.4, Language: "en", Report: siteReport, CreatedAt: t2,
		},
		Signals: &legible.Signals{HTTPS: true, HSTS: true, HSTSMaxAge: 31536000, SecurityTxt: true,
			SecurityContacts: []string{"mailto:security@example.com"}, CheckedAt: t2},
		Documents: []legible.DocumentState{
			{
				Document: legible.Document{ID: 1, Kind: legible.KindPrivacy, URL: "https://example.com/privacy"},
				Version:  legible.Version{ID: 3, Language: "en", Words: 6100, FetchedAt: t2},
				Score:    &legible.Score{Overall: 68, Grade: legible.GradeB, ReadingMin: 25.6, Report: docReport},
			},
			{
				Document: legible.Document{ID: 2, Kind: legible.KindTerms, URL: "javascript:alert(1)"},
				Version:  legible.Version{ID: 4, Language: "en", Words: 2800, FetchedAt: t1},
				Score:    &legible.Score{Overall: 72, Grade: legible.GradeB, ReadingMin: 11.8},
			},
		},
		CheckedAt: t2,
	}
	pending := legible.SiteDetail{
		Site: legible.Site{ID: 2, Domain: "pending.org", UnicodeDomain: "pending.org"},
	}
	return &fakeStore{
		details: map[string]legible.SiteDetail{"example.com": example, "pending.org": pending},
		history: map[int64][]legible.SiteScore{1: {
			{Overall: 55, Grade: legible.GradeC, CreatedAt: t0},
			{Overall: 64, Grade: legible.GradeC, CreatedAt: t1},
			{Overall: 72, Grade: legible.GradeB, CreatedAt: t2},
		}},
		sites: []legible.SiteSummary{
			{Domain: "worst.net", UnicodeDomain: "worst.net", Score: 12, Grade: legible.GradeE, ReadingMin: 95},
			{Domain: "example.com", UnicodeDomain: "example.com", Score: 72, Grade: legible.GradeB, ReadingMin: 37.4},
			{Domain: "xn--bcher-kva.de", UnicodeDomain: "bücher.de", Score: 91, Grade: legible.GradeA, ReadingMin: 6},
		},
		counts: map[legible.Grade]int{legible.GradeA: 1, legible.GradeB: 1, legible.GradeE: 1},
		changes: []legible.Change{{
			Domain: "example.com", UnicodeDomain: "example.com", Kind: legible.KindPrivacy,
			URL: "https://example.com/privacy", VersionID: 3, PreviousID: ptr(int64(2)), FetchedAt: t2,
			Score: ptr(72), Grade: ptr(legible.GradeB), PreviousScore: ptr(64), PreviousGrade: ptr(legible.GradeC),
		}},
	}
}

// newTestRouter serves the pages over store, scoring drafts with score when
// it is not nil.
func newTestRouter(store Store, score func(string, scorer.Options) (*scorer.Report, error)) *gin.Engine {
	jobs, ok := store.(legible.Jobs)
	if !ok {
		jobs = &jobstest.Jobs{}
	}
	return newTestRouterWith(store, jobs, score)
}

// newTestRouterWith serves the pages on store, queueing crawls in jobs.
func newTestRouterWith(store Store, jobs legible.Jobs, score func(string, scorer.Options) (*scorer.Report, error)) *gin.Engine {
	r := gin.New()
	root, err := links.NewRoot("", []string{testHost})
	if err != nil {
		panic(err)
	}
	h := newHandler(Deps{Store: store, Jobs: jobs, Root: root})
	if score != nil {
		h.score = score
	}
	// As the server's route table does: the pages' routes, and their 405 page.
	for _, rt := range h.routes() {
		r.Handle(rt.Method, rt.Path, rt.Handle)
	}
	r.HandleMethodNotAllowed = true
	r.NoMethod((&Pages{h: h}).MethodNotAllowed)
	return r
}

// testHost is the Host of test requests, an allowed public host.
const testHost = "example.test"

// response is a finished test request.
type response struct {
	Code   int
	Header http.Header
	Body   string
}

// do sends one request to r and returns the response.
func do(t *testing.T, r http.Handler, method, target string, body io.Reader, header map[string]string) response {
	t.Helper()
	req := httptest.NewRequest(method, target, body)
	req.Host = testHost
	for k, v := range header {
		req.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	r.ServeHTTP(w, req)
	return response{Code: w.Code, Header: w.Header(), Body: w.Body.String()}
}

func mustContain(t *testing.T, body string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(body, w) {
			t.Errorf("body lacks %q", w)
		}
	}
}

func mustNotContain(t *testing.T, body string, unwanted ...string) {
	t.Helper()
	for _, w := range unwanted {
		if strings.Contains(body, w) {
			t.Errorf("body contains %q", w)
		}
	}
}
