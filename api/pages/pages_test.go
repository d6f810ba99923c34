package pages

import (
	"errors"
	"net/http"
	"strings"
	"testing"
)

func TestHome(t *testing.T) {
	r := newTestRouter(newFixtureStore(t), nil)
	res := do(t, r, http.MethodGet, "/", nil, nil)
	if res.Code != http.StatusOK {
		t.Fatalf("status %d, want 200", res.Code)
	}
	if ct := res.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	mustContain(t, res.Body,
		`<html lang="en" dir="ltr">`,
		`<a class="skip" href="#main">Skip to content</a>`,
		`<main id="main"`,
		`<form class="search" method="get" action="/search" role="search">`,
		`<label for="q">Website</label>`,
		`Most legible`, `Least legible`,
		`href="/sites/xn--bcher-kva.de" dir="ltr">bücher.de</a>`,
		`role="img" aria-labelledby="dist-svg-title dist-svg-desc"`,
		`<desc id="dist-svg-desc">Number of rated sites per grade: A 1, B 1, C 0, D 0, E 1.</desc>`,
		`Recent policy changes`,
		`<link rel="stylesheet" href="/static/app.css?v=`,
	)
	// The best board lists the highest score first.
	best := res.Body[strings.Index(res.Body, "Most legible"):strings.Index(res.Body, "Least legible")]
	if strings.Index(best, "bücher.de") > strings.Index(best, "worst.net") {
		t.Error("best board is not ordered best first")
	}
	mustNotContain(t, res.Body, "<script", ` style="`)
}

func TestHomeEmpty(t *testing.T) {
	r := newTestRouter(&fakeStore{}, nil)
	res := do(t, r, http.MethodGet, "/", nil, nil)
	if res.Code != http.StatusOK {
		t.Fatalf("status %d, want 200", res.Code)
	}
	mustContain(t, res.Body, "No site has been rated yet.", "No change has been recorded yet.", "(0 sites)")
}

func TestSearch(t *testing.T) {
	r := newTestRouter(newFixtureStore(t), nil)
	tests := []struct {
		name, target string
		code         int
		location     string
	}{
		{"domain", "/search?q=example.com", http.StatusSeeOther, "/sites/example.com"},
		{"any spelling", "/search?q=" + urlQuery("https://WWW.News.BBC.co.uk/privacy?x=1"), http.StatusSeeOther, "/sites/bbc.co.uk"},
		{"unicode", "/search?q=" + urlQuery("Bücher.de"), http.StatusSeeOther, "/sites/xn--bcher-kva.de"},
		{"keeps language", "/search?q=example.com&lang=ar", http.StatusSeeOther, "/sites/example.com?lang=ar"},
		{"empty", "/search?q=+", http.StatusSeeOther, "/"},
		{"garbage", "/search?q=" + urlQuery("not a domain<>"), http.StatusBadRequest, ""},
		{"ip address", "/search?q=127.0.0.1", http.StatusBadRequest, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := do(t, r, http.MethodGet, tt.target, nil, nil)
			if res.Code != tt.code {
				t.Fatalf("status %d, want %d", res.Code, tt.code)
			}
			if got := res.Header.Get("Location"); got != tt.location {
				t.Errorf("Location %q, want %q", got, tt.location)
			}
		})
	}
}

func TestSearchGarbageIsEscaped(t *testing.T) {
	r := newTestRouter(newFixtureStore(t), nil)
	res := do(t, r, http.MethodGet, "/search?q="+urlQuery(`<img src=x onerror=alert(1)>`), nil, nil)
	if res.Code != http.StatusBadRequest {
		t.Fatalf("status %d, want 400", res.Code)
	}
	mustContain(t, res.Body, "That is not a website address", "&lt;img src=x onerror=alert(1)&gt;")
	mustNotContain(t, res.Body, "<img src=x")
}

func TestSiteReport(t *testing.T) {
	r := newTestRouter(newFixtureStore(t), nil)
	res := do(t, r, http.MethodGet, "/sites/example.com", nil, nil)
	if res.Code != http.StatusOK {
		t.Fatalf("status %d, want 200", res.Code)
	}
	mustContain(t, res.Body,
		`<title>example.com — privacy and terms report</title>`,
		`<h1>Report for <bdi>example.com</bdi></h1>`,
		`<span class="big-grade-letter" data-grade="B">B</span>`,
		`<div class="big-grade grade-b">`,
		`72 out of 100`,
		`37 minutes — longer than a TV episode`,
		`8,900 words across 2 documents`,
		`32 out of 100 — difficult`,
		`Measured on the privacy policy with the Flesch reading ease.`,
		`Limited collection and honest use`, `14 of 34 points`,
		`Disputes: arbitration, class actions, courts and law`,
		`<span class="icon" aria-hidden="true">✓</span> Good`,
		`<span class="icon" aria-hidden="true">✗</span> Problem`,
		`<span class="icon" aria-hidden="true">?</span> Missing`,
		`<blockquote class="quote"><p lang="en" dir="ltr">We do not sell your personal data.</p><footer><cite>Privacy policy</cite></footer></blockquote>`,
		`Give a retention period in days, months or years for each kind of data, and what happens after it.`,
		`How this grade is made: <bdi>privacy policy B 68, terms B 72, HTTPS with HSTS &#43;2, security.txt &#43;1 → site B 72</bdi> (weights: privacy policy 70%, terms 30%)`,
		`<a class="how-link" href="/how-we-score">How we score</a>`,
		`A best … E worst`,
		`<h2 id="practices-title">What they do with your data</h2>`,
		`<a href="https://example.com/privacy" rel="nofollow noopener">Privacy policy</a>`,
		`Served over HTTPS: <strong>Yes</strong>`,
		`Honours Global Privacy Control: <strong>No</strong>`,
		`mailto:security@example.com`,
		`<polyline class="trend" points="44,84 `,
		`<title>28 November 2026: 72 (B)</title>`,
		`<a href="http://example.test/v1/sites/example.com" dir="ltr">`,
		`&lt;a href=&#34;http://example.test/sites/example.com&#34;&gt;&lt;img src=&#34;http://example.test/badge/example.com.svg&#34;`,
		`<time datetime="2026-11-28T10:00:00Z">`,
	)
	// The evidence quote holds markup: it must come out escaped.
	mustContain(t, res.Body, `We may share &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; data with partners &amp; advertisers.`)
	mustNotContain(t, res.Body, `<script>alert`, `javascript:alert`, ` style="`)
}

func TestSiteReportArabic(t *testing.T) {
	r := newTestRouter(newFixtureStore(t), nil)
	for _, tt := range []struct {
		name, target string
		header       map[string]string
	}{
		{"query", "/sites/example.com?lang=ar", nil},
		{"accept-language", "/sites/example.com", map[string]string{"Accept-Language": "ar-EG,ar;q=0.9,en;q=0.5"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := do(t, r, http.MethodGet, tt.target, nil, tt.header)
			if res.Code != http.StatusOK {
				t.Fatalf("status %d, want 200", res.Code)
			}
			mustContain(t, res.Body,
				`<html lang="ar" dir="rtl">`,
				`<h1>تقرير <bdi>example.com</bdi></h1>`,
				`٧٢ من ١٠٠`,
				`٣٧ دقيقة — أطول من حلقة مسلسل`,
				`<span class="icon" aria-hidden="true">✗</span> مشكلة`,
				`سياسة الخصوصية`,
				`٢٨ نوفمبر ٢٠٢٦`,
				// Criterion names, labels and advice in Arabic, from the scorer's texts.
				`<h3>جمع محدود واستخدام نزيه</h3>`,
				`<h3>النزاعات: التحكيم والدعاوى الجماعية والمحاكم والقانون</h3>`,
				`<span class="finding-label">يسمّي مسؤولًا عن حماية البيانات</span>`,
				`<p class="finding-advice">حدّد مدة الاحتفاظ بالأيام أو الأشهر أو السنوات لكل نوع من البيانات، وما يحدث بعدها.</p>`,
				`<a class="how-link" href="/how-we-score`,
				`A الأفضل … E الأسوأ`,
				`← الموقع B ٧٢`,
			)
			mustNotContain(t, res.Body, `Limited collection and honest use`, `Names a data protection officer`, `**`)
			if got := res.Header.Get("Content-Language"); got != "ar" {
				t.Errorf("Content-Language %q, want ar", got)
			}
		})
	}
	// A language chosen by ?lang= is kept in the page's links; the switcher offers English.
	res := do(t, r, http.MethodGet, "/sites/example.com?lang=ar", nil, nil)
	mustContain(t, res.Body, `href="/check?lang=ar"`, `<a href="/sites/example.com?lang=en" hreflang="en" lang="en">English</a>`)
}

func TestSiteUnknown(t *testing.T) {
	r := newTestRouter(newFixtureStore(t), nil)
	res := do(t, r, http.MethodGet, "/sites/unrated.example", nil, nil)
	if res.Code != http.StatusNotFound {
		t.Fatalf("status %d, want 404", res.Code)
	}
	mustContain(t, res.Body,
		`<h1 id="nr-title">unrated.example is not rated yet</h1>`,
		`<form method="post" action="/sites/unrated.example/request"><button type="submit">Request a rating</button></form>`,
	)
	res = do(t, r, http.MethodGet, "/sites/unrated.example?requested=1", nil, nil)
	mustContain(t, res.Body, `role="status">Thank you. A rating of unrated.example has been requested`)
}

func TestSiteKnownButUnrated(t *testing.T) {
	r := newTestRouter(newFixtureStore(t), nil)
	res := do(t, r, http.MethodGet, "/sites/pending.org", nil, nil)
	if res.Code != http.StatusOK {
		t.Fatalf("status %d, want 200", res.Code)
	}
	mustContain(t, res.Body, `data-grade="?">?</span>`, `Not rated yet`, `action="/sites/pending.org/request"`)
	mustNotContain(t, res.Body, `out of 100`)
}

func TestSiteBadDomain(t *testing.T) {
	r := newTestRouter(newFixtureStore(t), nil)
	tests := []struct {
		name, path string
		code       int
		location   string
	}{
		{"malformed", "/sites/not_a..domain", http.StatusBadRequest, ""},
		{"ip", "/sites/10.0.0.1", http.StatusBadRequest, ""},
		{"public suffix", "/sites/co.uk", http.StatusBadRequest, ""},
		{"case and www", "/sites/WWW.Example.COM", http.StatusMovedPermanently, "/sites/example.com"},
		{"subdomain", "/sites/news.example.com", http.StatusMovedPermanently, "/sites/example.com"},
		{"unicode", "/sites/B%C3%BCcher.de", http.StatusMovedPermanently, "/sites/xn--bcher-kva.de"},
		{"keeps language", "/sites/WWW.example.com?lang=ar", http.StatusMovedPermanently, "/sites/example.com?lang=ar"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := do(t, r, http.MethodGet, tt.path, nil, nil)
			if res.Code != tt.code {
				t.Fatalf("status %d, want %d", res.Code, tt.code)
			}
			if got := res.Header.Get("Location"); got != tt.location {
				t.Errorf("Location %q, want %q", got, tt.location)
			}
		})
	}
}

func TestStoreFailure(t *testing.T) {
	store := newFixtureStore(t)
	store.err = errors.New("db: connection refused to 10.1.2.3")
	r := newTestRouter(store, nil)
	for _, path := range []string{"/", "/sites/example.com"} {
		res := do(t, r, http.MethodGet, path, nil, nil)
		if res.Code != http.StatusInternalServerError {
			t.Errorf("%s: status %d, want 500", path, res.Code)
		}
		mustContain(t, res.Body, "Something went wrong")
		mustNotContain(t, res.Body, "connection refused")
	}
	res := do(t, r, http.MethodPost, "/sites/new.example/request", nil, map[string]string{"Sec-Fetch-Site": "same-origin"})
	if res.Code != http.StatusInternalServerError || len(store.Domains()) != 0 {
		t.Errorf("request on a failing store: status %d, enqueued %v", res.Code, store.Domains())
	}
}
