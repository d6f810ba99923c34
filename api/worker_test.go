package api

import (
	"context"
	"encoding/json"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/legible-app/legible"
)

// waitJob polls a job until it leaves the running/queued state it started in.
func waitJob(t *testing.T, e *testEnv, id int64, until func(legible.CrawlJob) bool) legible.CrawlJob {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		job, err := e.db.CrawlJob(t.Context(), id)
		if err != nil {
			t.Fatal(err)
		}
		if until(job) {
			return job
		}
		if time.Now().After(deadline) {
			t.Fatalf("job stuck: %+v", job)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestWorker(t *testing.T) {
	e := newTestEnv(t, generous())
	ok, _ := e.db.EnqueueCrawl(t.Context(), "good.org")
	bad, _ := e.db.EnqueueCrawl(t.Context(), "bad.org")
	panicky, _ := e.db.EnqueueCrawl(t.Context(), "panic.org")

	var done atomic.Int32
	w := &Worker{
		Store: e.db,
		Poll:  10 * time.Millisecond,
		Done:  func() { done.Add(1) },
		Crawl: func(ctx context.Context, domain string) (json.RawMessage, error) {
			switch domain {
			case "bad.org":
				return nil, errors.New("connection refused")
			case "panic.org":
				panic("index out of range")
			}
			return json.RawMessage(`{"domain":"` + domain + `","documents":[]}`), nil
		},
	}
	ctx, cancel := context.WithCancel(t.Context())
	stopped := make(chan struct{})
	go func() { w.Run(ctx); close(stopped) }()

	job := waitJob(t, e, ok.ID, func(j legible.CrawlJob) bool { return j.State == legible.JobDone })
	if string(job.Result) != `{"domain":"good.org","documents":[]}` && !json.Valid(job.Result) {
		t.Errorf("result = %s", job.Result)
	}
	failed := waitJob(t, e, bad.ID, func(j legible.CrawlJob) bool { return j.LastError != "" })
	if failed.State == legible.JobDone || failed.Attempts < 1 {
		t.Errorf("failed job = %+v", failed)
	}
	p := waitJob(t, e, panicky.ID, func(j legible.CrawlJob) bool { return j.LastError != "" })
	if p.State == legible.JobDone {
		t.Errorf("panicking job = %+v", p)
	}
	if done.Load() < 3 {
		t.Errorf("Done called %d times, want 3", done.Load())
	}

	cancel()
	select {
	case <-stopped:
	case <-time.After(5 * time.Second):
		t.Fatal("worker did not stop")
	}
}
