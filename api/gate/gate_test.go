package gate

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/legible-app/legible"
)

// fakeJobs records enqueued domains; a domain's job stays open until finished.
type fakeJobs struct {
	mu   sync.Mutex
	jobs map[int64]legible.CrawlJob
	byD  map[string]int64
}

func newFakeJobs() *fakeJobs {
	return &fakeJobs{jobs: map[int64]legible.CrawlJob{}, byD: map[string]int64{}}
}

func (f *fakeJobs) Enqueue(_ context.Context, domain string) (legible.CrawlJob, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if id, ok := f.byD[domain]; ok && f.jobs[id].State == legible.JobQueued {
		return f.jobs[id], nil
	}
	j := legible.CrawlJob{ID: int64(len(f.jobs) + 1), Domain: domain, State: legible.JobQueued}
	f.jobs[j.ID] = j
	f.byD[domain] = j.ID
	return j, nil
}

func (f *fakeJobs) Job(_ context.Context, id int64) (legible.CrawlJob, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	j, ok := f.jobs[id]
	if !ok {
		return j, legible.ErrNotFound
	}
	return j, nil
}

func (f *fakeJobs) finishAll() {
	f.mu.Lock()
	defer f.mu.Unlock()
	for id, j := range f.jobs {
		j.State = legible.JobDone
		f.jobs[id] = j
	}
}

func (f *fakeJobs) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.jobs)
}

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func TestHourlyBudget(t *testing.T) {
	jobs := newFakeJobs()
	clk := &clock{t: time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)}
	g := New(jobs, Config{PerHour: 5, MaxQueued: 100, Now: clk.now})
	ctx := t.Context()
	for i := range 5 {
		if _, err := g.Enqueue(ctx, fmt.Sprintf("site%d.example", i)); err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
		clk.add(time.Minute)
	}
	_, err := g.Enqueue(ctx, "one-more.example")
	var busy *BusyError
	if !errors.As(err, &busy) {
		t.Fatalf("sixth request: err = %v, want *BusyError", err)
	}
	// The first admission (12:00) frees its place at 13:00; it is 12:05.
	if busy.RetryAfter != 55*time.Minute || busy.Seconds() != 3300 {
		t.Errorf("RetryAfter = %v", busy.RetryAfter)
	}
	if _, err := g.Enqueue(WithKey(ctx), "keyed.example"); err != nil {
		t.Errorf("keyed request refused: %v", err)
	}
	clk.add(55 * time.Minute)
	if _, err := g.Enqueue(ctx, "one-more.example"); err != nil {
		t.Errorf("after an hour: %v", err)
	}
	if n := jobs.count(); n != 7 {
		t.Errorf("%d jobs queued, want 5 + 1 keyed + 1", n)
	}
}

func TestKeyedRequestsBypass(t *testing.T) {
	jobs := newFakeJobs()
	g := New(jobs, Config{PerHour: 1, MaxQueued: 1})
	ctx := WithKey(t.Context())
	for i := range 10 {
		if _, err := g.Enqueue(ctx, fmt.Sprintf("k%d.example", i)); err != nil {
			t.Fatalf("keyed request %d: %v", i, err)
		}
	}
	if _, err := g.Enqueue(t.Context(), "anon.example"); err != nil {
		t.Errorf("anonymous request after keyed ones: %v", err)
	}
}

func TestRecentDomainIsNoOp(t *testing.T) {
	jobs := newFakeJobs()
	g := New(jobs, Config{PerHour: 2, MaxQueued: 10})
	first, err := g.Enqueue(t.Context(), "same.example")
	if err != nil {
		t.Fatal(err)
	}
	for range 10 {
		j, err := g.Enqueue(t.Context(), "same.example")
		if err != nil || j.ID != first.ID {
			t.Fatalf("repeat request: %+v, %v", j, err)
		}
	}
	if _, err := g.Enqueue(t.Context(), "other.example"); err != nil {
		t.Errorf("repeats used up the budget: %v", err)
	}
}

func TestQueueCap(t *testing.T) {
	jobs := newFakeJobs()
	g := New(jobs, Config{PerHour: 100, MaxQueued: 3})
	for i := range 3 {
		if _, err := g.Enqueue(t.Context(), fmt.Sprintf("q%d.example", i)); err != nil {
			t.Fatal(err)
		}
	}
	var busy *BusyError
	if _, err := g.Enqueue(t.Context(), "q3.example"); !errors.As(err, &busy) {
		t.Fatalf("fourth while three wait: %v, want *BusyError", err)
	}
	jobs.finishAll()
	if _, err := g.Enqueue(t.Context(), "q3.example"); err != nil {
		t.Errorf("after the queue drained: %v", err)
	}
}

func TestUnreachableDomainRefusedAndRefunded(t *testing.T) {
	jobs := newFakeJobs()
	check := func(_ context.Context, d string) error {
		if d == "intranet.example" {
			return errors.New("resolves to 10.0.0.1 only")
		}
		return nil
	}
	g := New(jobs, Config{PerHour: 1, MaxQueued: 10, Check: check})
	for range 5 {
		if _, err := g.Enqueue(t.Context(), "intranet.example"); !errors.Is(err, ErrUnreachable) {
			t.Fatalf("err = %v, want ErrUnreachable", err)
		}
	}
	if jobs.count() != 0 {
		t.Errorf("an unreachable domain was queued")
	}
	if _, err := g.Enqueue(t.Context(), "public.example"); err != nil {
		t.Errorf("refused domains used the budget: %v", err)
	}
}

// TestConcurrentRequestsNeverExceedBudget: however many requests race, no
// more than the budget is queued.
func TestConcurrentRequestsNeverExceedBudget(t *testing.T) {
	jobs := newFakeJobs()
	g := New(jobs, Config{PerHour: 25, MaxQueued: 1000})
	var wg sync.WaitGroup
	for i := range 500 {
		wg.Go(func() { g.Enqueue(context.Background(), fmt.Sprintf("race%d.example", i)) })
	}
	wg.Wait()
	if n := jobs.count(); n != 25 {
		t.Errorf("%d crawls queued by 500 racing requests, budget 25", n)
	}
}
