package db_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/db/dbtest"
)

func TestCrawlJobLifecycle(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		clk := newClock(d)

		_, err := d.ClaimCrawlJob(ctx)
		wantErr(t, err, legible.ErrNotFound)

		job, err := d.EnqueueCrawl(ctx, "https://WWW.Bücher.de/agb")
		if err != nil {
			t.Fatal(err)
		}
		if job.Domain != "xn--bcher-kva.de" || job.State != legible.JobQueued || job.Attempts != 0 {
			t.Fatalf("enqueued %+v", job)
		}
		again, err := d.EnqueueCrawl(ctx, "bücher.de")
		if err != nil || again.ID != job.ID {
			t.Fatalf("second enqueue = %+v, %v; want the open job %d", again, err, job.ID)
		}
		_, err = d.EnqueueCrawl(ctx, "not a domain")
		wantErr(t, err, legible.ErrInvalid)

		backoffs := []time.Duration{}
		for attempt := 1; attempt <= db.MaxCrawlAttempts; attempt++ {
			claimed, err := d.ClaimCrawlJob(ctx)
			if err != nil {
				t.Fatalf("attempt %d: claim: %v", attempt, err)
			}
			if claimed.ID != job.ID || claimed.State != legible.JobRunning || claimed.Attempts != attempt {
				t.Fatalf("attempt %d: claimed %+v", attempt, claimed)
			}
			// Running: still the open job, and not claimable twice.
			if open, _ := d.EnqueueCrawl(ctx, "bücher.de"); open.ID != job.ID {
				t.Errorf("enqueue while running made job %d", open.ID)
			}
			_, err = d.ClaimCrawlJob(ctx)
			wantErr(t, err, legible.ErrNotFound)

			if err := d.FinishCrawlJob(ctx, job.ID, nil, errors.New("connection refused")); err != nil {
				t.Fatal(err)
			}
			got, err := d.CrawlJob(ctx, job.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.LastError != "connection refused" {
				t.Errorf("LastError = %q", got.LastError)
			}
			if attempt == db.MaxCrawlAttempts {
				if got.State != legible.JobFailed {
					t.Errorf("after %d attempts state = %s, want failed", attempt, got.State)
				}
				break
			}
			if got.State != legible.JobQueued {
				t.Fatalf("after failure %d state = %s", attempt, got.State)
			}
			backoffs = append(backoffs, got.NextRunAt.Sub(clk.now().Truncate(time.Microsecond)))
			// Not due before its backoff.
			_, err = d.ClaimCrawlJob(ctx)
			wantErr(t, err, legible.ErrNotFound)
			clk.advance(backoffs[len(backoffs)-1])
		}
		for i := 1; i < len(backoffs); i++ {
			if backoffs[i] != 2*backoffs[i-1] {
				t.Errorf("backoffs %v do not double", backoffs)
			}
		}
		if backoffs[0] != db.CrawlBackoff {
			t.Errorf("first backoff %v, want %v", backoffs[0], db.CrawlBackoff)
		}
		err = d.FinishCrawlJob(ctx, job.ID, nil, nil)
		wantErr(t, err, legible.ErrConflict)

		// A failed job no longer blocks a new request; success stores the result.
		fresh, err := d.EnqueueCrawl(ctx, "bücher.de")
		if err != nil || fresh.ID == job.ID {
			t.Fatalf("enqueue after dead letter = %+v, %v", fresh, err)
		}
		if _, err := d.ClaimCrawlJob(ctx); err != nil {
			t.Fatal(err)
		}
		result := []byte(`{"documents": 2, "versions_added": 1}`)
		if err := d.FinishCrawlJob(ctx, fresh.ID, result, nil); err != nil {
			t.Fatal(err)
		}
		done, err := d.CrawlJob(ctx, fresh.ID)
		if err != nil || done.State != legible.JobDone || string(done.Result) != string(result) || done.LastError != "" {
			t.Errorf("done job = %+v (%s), %v", done, done.Result, err)
		}
		_, err = d.CrawlJob(ctx, 12345)
		wantErr(t, err, legible.ErrNotFound)
		wantErr(t, d.FinishCrawlJob(ctx, 12345, nil, nil), legible.ErrNotFound)
		wantErr(t, d.FinishCrawlJob(ctx, fresh.ID, []byte("{"), nil), legible.ErrInvalid)
	})
}

func TestCrawlJobLeaseExpiry(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		clk := newClock(d)
		job, err := d.EnqueueCrawl(ctx, "example.org")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := d.ClaimCrawlJob(ctx); err != nil {
			t.Fatal(err)
		}
		clk.advance(db.CrawlLease + time.Second) // the worker died
		again, err := d.ClaimCrawlJob(ctx)
		if err != nil || again.ID != job.ID || again.Attempts != 2 {
			t.Fatalf("reclaim after lease = %+v, %v", again, err)
		}
		dbtest.MustExec(t, d, `UPDATE crawl_jobs SET attempts = ? WHERE id = ?`, db.MaxCrawlAttempts, job.ID)
		clk.advance(db.CrawlLease + time.Second)
		_, err = d.ClaimCrawlJob(ctx)
		wantErr(t, err, legible.ErrNotFound)
		dead, _ := d.CrawlJob(ctx, job.ID)
		if dead.State != legible.JobFailed || !strings.Contains(dead.LastError, "lease") {
			t.Errorf("job after its last lease = %+v", dead)
		}
	})
}

func TestClaimCrawlJobConcurrent(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		const jobs, workers = 20, 6
		for i := range jobs {
			if _, err := d.EnqueueCrawl(ctx, "site"+string(rune('a'+i))+".example"); err != nil {
				t.Fatal(err)
			}
		}
		var mu sync.Mutex
		seen := map[int64]int{}
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() {
				for {
					j, err := d.ClaimCrawlJob(ctx)
					if errors.Is(err, legible.ErrNotFound) {
						return
					}
					if err != nil {
						t.Errorf("claim: %v", err)
						return
					}
					mu.Lock()
					seen[j.ID]++
					mu.Unlock()
					if err := d.FinishCrawlJob(ctx, j.ID, nil, nil); err != nil {
						t.Errorf("finish: %v", err)
					}
				}
			})
		}
		wg.Wait()
		if len(seen) != jobs {
			t.Errorf("%d jobs claimed, want %d", len(seen), jobs)
		}
		for id, n := range seen {
			if n != 1 {
				t.Errorf("job %d claimed %d times", id, n)
			}
		}
	})
}

func TestEnqueueCrawlConcurrentDedupes(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		var wg sync.WaitGroup
		ids := make(chan int64, 10)
		for range 10 {
			wg.Go(func() {
				j, err := d.EnqueueCrawl(ctx, "example.org")
				if err != nil {
					t.Errorf("enqueue: %v", err)
					return
				}
				ids <- j.ID
			})
		}
		wg.Wait()
		close(ids)
		first := int64(-1)
		for id := range ids {
			if first == -1 {
				first = id
			}
			if id != first {
				t.Errorf("concurrent enqueues made jobs %d and %d", first, id)
			}
		}
		if n := dbtest.Count(t, d, "crawl_jobs"); n != 1 {
			t.Errorf("%d jobs, want 1", n)
		}
	})
}

func TestAPIKeys(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		key, err := d.CreateAPIKey(ctx, "newsroom")
		if err != nil {
			t.Fatal(err)
		}
		other, err := d.CreateAPIKey(ctx, "auditor")
		if err != nil || other == key {
			t.Fatalf("second key %q, %v", other, err)
		}
		name, err := d.CheckAPIKey(ctx, key)
		if err != nil || name != "newsroom" {
			t.Errorf("CheckAPIKey = %q, %v", name, err)
		}
		for _, bad := range []string{"", "lgb_", key + "x", key[:len(key)-1], strings.ToUpper(key), "Bearer " + key} {
			_, err := d.CheckAPIKey(ctx, bad)
			wantErr(t, err, legible.ErrUnauthorized)
		}
		var stored []string
		if err := d.SQL().Select(&stored, "SELECT key_hash FROM api_keys"); err != nil {
			t.Fatal(err)
		}
		for _, h := range stored {
			if h == key || h == other || strings.Contains(h, key[4:]) {
				t.Errorf("a clear key is stored")
			}
		}
		_, err = d.CreateAPIKey(ctx, "  ")
		wantErr(t, err, legible.ErrInvalid)
	})
}
