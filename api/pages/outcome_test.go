package pages

import (
	"net/http"
	"testing"
	"time"

	"github.com/legible-app/legible"
)

// outcomeStore is the fixture store with a site without a policy and a site
// whose crawl failed.
func outcomeStore(t *testing.T) *fakeStore {
	t.Helper()
	s := newFixtureStore(t)
	checked := time.Date(2026, 11, 29, 8, 0, 0, 0, time.UTC)
	s.details["nopolicy.example"] = legible.SiteDetail{
		Site: legible.Site{ID: 7, Domain: "nopolicy.example", UnicodeDomain: "nopolicy.example"},
		Crawl: &legible.CrawlOutcome{Status: legible.StatusNoPolicy, CheckedAt: checked,
			Missing: []legible.DocKind{legible.KindPrivacy, legible.KindTerms, legible.KindCookies}},
		CheckedAt: checked,
	}
	s.details["down.example"] = legible.SiteDetail{
		Site:      legible.Site{ID: 8, Domain: "down.example", UnicodeDomain: "down.example"},
		Crawl:     &legible.CrawlOutcome{Status: legible.StatusFailed, Detail: "the site refused the connection", CheckedAt: checked},
		CheckedAt: checked,
	}
	s.details["fresh.example"] = legible.SiteDetail{
		Site:      legible.Site{ID: 9, Domain: "fresh.example", UnicodeDomain: "fresh.example"},
		Crawl:     &legible.CrawlOutcome{Status: legible.StatusNoPolicy, Missing: []legible.DocKind{legible.KindPrivacy}, CheckedAt: time.Now().Add(-time.Hour)},
		CheckedAt: time.Now().Add(-time.Hour),
	}
	return s
}

func TestSiteWithoutPolicy(t *testing.T) {
	r := newTestRouter(outcomeStore(t), nil)
	tests := []struct {
		path   string
		want   []string
		absent []string
	}{
		{"/sites/nopolicy.example", []string{
			`<h2 id="unrated-title">No privacy policy found</h2>`,
			`No privacy policy found on this site (checked 29 November 2026).`,
			`<button type="submit">Check again</button>`,
			`data-grade="!">!</span>`,
		}, []string{`Not rated yet`, `Request a rating`, `http-equiv="refresh"`}},
		{"/sites/nopolicy.example?lang=ar", []string{`لم يُعثر على سياسة خصوصية في هذا الموقع`}, nil},
		// Checked an hour ago: it is not crawled again on request yet, so no button.
		{"/sites/fresh.example", []string{`It can be checked again a day after the last check.`}, []string{`Check again`, `<form`}},
		{"/sites/down.example", []string{
			`Legible could not read this site (checked 29 November 2026).`,
			`Reason: the site refused the connection`,
		}, []string{`Not rated yet`}},
	}
	for _, tt := range tests {
		res := do(t, r, http.MethodGet, tt.path, nil, nil)
		if res.Code != http.StatusOK {
			t.Fatalf("%s: status %d", tt.path, res.Code)
		}
		mustContain(t, res.Body, tt.want...)
		mustNotContain(t, res.Body, tt.absent...)
	}
}

// After "Request a rating" the page reloads itself (no script) until the
// answer exists, then drops the thanks.
func TestRequestedPageRefreshesUntilSettled(t *testing.T) {
	r := newTestRouter(outcomeStore(t), nil)
	for _, path := range []string{"/sites/unrated.example?requested=1", "/sites/pending.org?requested=1"} {
		res := do(t, r, http.MethodGet, path, nil, nil)
		mustContain(t, res.Body, `<meta http-equiv="refresh" content="15">`, `Thank you.`, `This page reloads by itself`)
	}
	for _, path := range []string{"/sites/example.com?requested=1", "/sites/nopolicy.example?requested=1"} {
		res := do(t, r, http.MethodGet, path, nil, nil)
		mustNotContain(t, res.Body, `http-equiv="refresh"`, `Thank you.`)
	}
}

func TestPagesLinkFeedsAndDiffs(t *testing.T) {
	r := newTestRouter(outcomeStore(t), nil)
	res := do(t, r, http.MethodGet, "/", nil, nil)
	mustContain(t, res.Body,
		`<link rel="alternate" type="application/atom+xml" href="/feeds/changes.atom">`,
		`<a href="/feeds/changes.atom" type="application/atom+xml">`,
		`<a class="diff" href="/v1/versions/3/diff?against=2" rel="nofollow">what changed</a>`)
	res = do(t, r, http.MethodGet, "/sites/example.com", nil, nil)
	mustContain(t, res.Body,
		`<link rel="alternate" type="application/atom+xml" href="/feeds/sites/example.com.atom">`,
		`<a href="/feeds/sites/example.com.atom" type="application/atom+xml">`)
}
