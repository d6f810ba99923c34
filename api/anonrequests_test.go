package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/legible-app/legible"
)

// countingJobs queues nothing; it counts the crawls asked for.
type countingJobs struct {
	mu      sync.Mutex
	domains []string
}

func (j *countingJobs) Enqueue(_ context.Context, domain string) (legible.CrawlJob, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.domains = append(j.domains, domain)
	return legible.CrawlJob{ID: int64(len(j.domains)), Domain: domain, State: legible.JobQueued}, nil
}

func (j *countingJobs) Job(_ context.Context, id int64) (legible.CrawlJob, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if id < 1 || int(id) > len(j.domains) {
		return legible.CrawlJob{}, legible.ErrNotFound
	}
	return legible.CrawlJob{ID: id, Domain: j.domains[id-1], State: legible.JobQueued}, nil
}

func (j *countingJobs) count() int {
	j.mu.Lock()
	defer j.mu.Unlock()
	return len(j.domains)
}

// requestFrom posts "Request a rating" for domain from a client address.
func requestFrom(e *testEnv, remote, domain string, hdr ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodPost, "/sites/"+domain+"/request", nil)
	req.RemoteAddr = remote
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	rec := httptest.NewRecorder()
	e.srv.Handler().ServeHTTP(rec, req)
	return rec
}

// TestAnonymousRequestsBudget: 300 visitors from 300 addresses, racing,
// queue no more than the hourly budget; the others get 429 with
// Retry-After; a keyed POST /v1/crawls still works.
func TestAnonymousRequestsBudget(t *testing.T) {
	const budget, visitors = 12, 300
	jobs := &countingJobs{}
	cfg := generous()
	cfg.Jobs, cfg.AnonCrawlsPerHour, cfg.AnonCrawlQueue = jobs, budget, 1000
	e := newTestEnv(t, cfg)

	codes := make([]int, visitors)
	var wg sync.WaitGroup
	for i := range visitors {
		wg.Go(func() {
			remote := fmt.Sprintf("198.%d.%d.%d:4000", i/65536%256, i/256%256, i%256)
			rec := requestFrom(e, remote, fmt.Sprintf("site%d.example", i))
			codes[i] = rec.Code
			if rec.Code == http.StatusTooManyRequests {
				if s, err := strconv.Atoi(rec.Header().Get("Retry-After")); err != nil || s < 1 || s > 3600 {
					t.Errorf("Retry-After = %q", rec.Header().Get("Retry-After"))
				}
			}
		})
	}
	wg.Wait()
	counts := map[int]int{}
	for _, c := range codes {
		counts[c]++
	}
	if n := jobs.count(); n != budget {
		t.Errorf("%d visitors from %d addresses queued %d crawls, budget %d", visitors, visitors, n, budget)
	}
	if counts[http.StatusSeeOther] != budget || counts[http.StatusTooManyRequests] != visitors-budget {
		t.Errorf("statuses %v, want %d × 303 and the rest 429", counts, budget)
	}

	// A repeat for a domain already queued is a no-op, not a refusal.
	if rec := requestFrom(e, "203.0.113.9:1", "site0.example"); rec.Code != http.StatusSeeOther && rec.Code != http.StatusTooManyRequests {
		t.Errorf("repeat: %d", rec.Code)
	}

	// The page and the JSON say so clearly.
	page := requestFrom(e, "203.0.113.10:1", "late.example")
	if page.Code != http.StatusTooManyRequests || !strings.Contains(page.Body.String(), "try again in") {
		t.Errorf("page: %d %s", page.Code, page.Body.String())
	}
	js := requestFrom(e, "203.0.113.11:1", "late.example", "Accept", "application/json")
	var p Problem
	if err := json.Unmarshal(js.Body.Bytes(), &p); err != nil || js.Code != http.StatusTooManyRequests ||
		p.Status != http.StatusTooManyRequests || !strings.Contains(p.Detail, "try again in") ||
		js.Header().Get("Content-Type") != "application/problem+json" {
		t.Errorf("JSON: %d %q %s", js.Code, js.Header().Get("Content-Type"), js.Body.String())
	}

	key, err := e.db.CreateAPIKey(t.Context(), "newsroom")
	if err != nil {
		t.Fatal(err)
	}
	rec := e.do(http.MethodPost, "/v1/crawls", strings.NewReader(`{"domain":"keyed.example"}`),
		"Content-Type", "application/json", "Authorization", "Bearer "+key)
	if rec.Code != http.StatusAccepted {
		t.Errorf("keyed crawl after the anonymous budget ran out: %d %s", rec.Code, rec.Body.String())
	}
}

// TestAnonymousRequestUnreachable: a domain that does not resolve to a
// public address is refused before anything is queued.
func TestAnonymousRequestUnreachable(t *testing.T) {
	jobs := &countingJobs{}
	cfg := generous()
	cfg.Jobs = jobs
	cfg.CheckDomain = func(_ context.Context, domain string) error {
		if domain == "intranet.example" {
			return errors.New("resolves to 10.1.2.3 only")
		}
		return nil
	}
	e := newTestEnv(t, cfg)
	rec := requestFrom(e, "192.0.2.1:1", "intranet.example")
	if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), "public website") {
		t.Errorf("unreachable: %d %s", rec.Code, rec.Body.String())
	}
	if rec := requestFrom(e, "192.0.2.1:1", "public.example"); rec.Code != http.StatusSeeOther {
		t.Errorf("public: %d", rec.Code)
	}
	if jobs.count() != 1 || jobs.domains[0] != "public.example" {
		t.Errorf("queued %q", jobs.domains)
	}
}
