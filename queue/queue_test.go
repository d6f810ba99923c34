package queue

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/prometheus/client_golang/prometheus/testutil"
	_ "modernc.org/sqlite"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db/dbtest"
)

// backend is one database the queue tests run on.
type backend struct {
	name    string
	dialect string
	db      *sql.DB
	dsn     string
}

// backends opens a fresh SQLite file always, and a fresh PostgreSQL schema
// when LEGIBLE_TEST_POSTGRES is set.
func backends(t *testing.T) []backend {
	t.Helper()
	path := filepath.Join(t.TempDir(), "q.db")
	sdb, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)")
	if err != nil {
		t.Fatal(err)
	}
	sdb.SetMaxOpenConns(1)
	t.Cleanup(func() { sdb.Close() })
	out := []backend{{name: "sqlite", dialect: "sqlite", db: sdb}}

	if os.Getenv(dbtest.PostgresEnv) == "" {
		t.Log("LEGIBLE_TEST_POSTGRES unset: PostgreSQL not tested")
		return out
	}
	dsn := dbtest.PostgresDSN(t)
	pdb, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pdb.Close() })
	return append(out, backend{name: "postgres", dialect: "postgres", db: pdb, dsn: dsn})
}

// Dialect, Conn and DSN make a backend a Database.
func (b backend) Dialect() string { return b.dialect }
func (b backend) Conn() *sql.DB   { return b.db }
func (b backend) DSN() string     { return b.dsn }

func quietLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// waitFor polls cond until it holds or the deadline passes.
func waitFor(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if cond() {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s", what)
}

func TestQueueCrawlsOncePerSite(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			var mu sync.Mutex
			calls := map[string]int{}
			release := make(chan struct{})
			crawl := func(ctx context.Context, domain string) (json.RawMessage, error) {
				mu.Lock()
				calls[domain]++
				mu.Unlock()
				<-release
				return json.RawMessage(`{"documents":1}`), nil
			}
			q, err := Open(ctx, b, Config{Workers: 2, Crawl: crawl, PollInterval: 50 * time.Millisecond}, quietLog())
			if err != nil {
				t.Fatal(err)
			}
			if err := q.Start(ctx); err != nil {
				t.Fatal(err)
			}
			defer q.Close(ctx)

			first, err := q.Enqueue(ctx, "https://www.Example.com/")
			if err != nil {
				t.Fatal(err)
			}
			if first.Domain != "example.com" {
				t.Fatalf("domain = %q, want example.com", first.Domain)
			}
			// A second request while the first waits or runs returns the same job.
			again, err := q.Enqueue(ctx, "example.com")
			if err != nil {
				t.Fatal(err)
			}
			if again.ID != first.ID {
				t.Fatalf("duplicate request made job %d, want %d", again.ID, first.ID)
			}
			if _, err := q.Enqueue(ctx, "not a domain"); !errors.Is(err, legible.ErrInvalid) {
				t.Fatalf("bad domain: err = %v, want ErrInvalid", err)
			}
			close(release)
			waitFor(t, 20*time.Second, "job done", func() bool {
				j, err := q.Job(ctx, first.ID)
				return err == nil && j.State == legible.JobDone
			})
			j, _ := q.Job(ctx, first.ID)
			var out struct{ Documents int }
			if err := json.Unmarshal(j.Result, &out); err != nil || out.Documents != 1 {
				t.Errorf("result = %s (%v), want documents 1", j.Result, err)
			}
			mu.Lock()
			// The job crawls the address it was asked for, once.
			if calls["https://www.Example.com/"] != 1 || len(calls) != 1 {
				t.Errorf("crawls = %v, want https://www.Example.com/ once", calls)
			}
			mu.Unlock()
			// Once done, a new request makes a new job.
			next, err := q.Enqueue(ctx, "example.com")
			if err != nil {
				t.Fatal(err)
			}
			if next.ID == first.ID {
				t.Fatal("a finished crawl blocked a new request")
			}
			if _, err := q.Job(ctx, 987654); !errors.Is(err, legible.ErrNotFound) {
				t.Fatalf("unknown job: err = %v, want ErrNotFound", err)
			}
			st, err := q.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if st.States["completed"] < 1 {
				t.Errorf("stats = %+v, want a completed job", st)
			}
		})
	}
}

func TestQueueDeadLetter(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			crawl := func(ctx context.Context, domain string) (json.RawMessage, error) {
				return nil, errors.New("connection refused")
			}
			q, err := Open(ctx, b, Config{Workers: 1, MaxAttempts: 2, Crawl: crawl, PollInterval: 50 * time.Millisecond}, quietLog())
			if err != nil {
				t.Fatal(err)
			}
			if err := q.Start(ctx); err != nil {
				t.Fatal(err)
			}
			defer q.Close(ctx)
			j, err := q.Enqueue(ctx, "broken.example")
			if err != nil {
				t.Fatal(err)
			}
			waitFor(t, 30*time.Second, "job discarded", func() bool {
				got, err := q.Job(ctx, j.ID)
				return err == nil && got.State == legible.JobFailed
			})
			got, _ := q.Job(ctx, j.ID)
			if got.Attempts != 2 || !strings.Contains(got.LastError, "connection refused") {
				t.Fatalf("job = %+v, want 2 attempts and the last error", got)
			}
			st, err := q.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if st.States["discarded"] != 1 || st.FailedLastHour != 1 {
				t.Fatalf("stats = %+v, want one discarded in the last hour", st)
			}
			if n := testutil.CollectAndCount(q.Collector(), "legible_crawl_jobs"); n != 8 {
				t.Errorf("%d legible_crawl_jobs series, want one per state (8)", n)
			}
			if err := testutil.CollectAndCompare(q.Collector(), strings.NewReader(`
# HELP legible_crawls_failed_last_hour Crawls given up (out of attempts) in the last hour.
# TYPE legible_crawls_failed_last_hour gauge
legible_crawls_failed_last_hour 1
`), "legible_crawls_failed_last_hour"); err != nil {
				t.Error(err)
			}
			if len(st.RecentFailures) != 1 || st.RecentFailures[0].Domain != "broken.example" ||
				!strings.Contains(st.RecentFailures[0].Error, "connection refused") {
				t.Fatalf("recent failures = %+v", st.RecentFailures)
			}
		})
	}
}

func TestScheduleDueSpreadsAndDedupes(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			due := func(ctx context.Context, before time.Time) ([]string, error) {
				return []string{"a.example", "b.example", "c.example"}, nil
			}
			// Insert-only: no workers, so the jobs stay scheduled.
			q, err := Open(ctx, b, Config{Due: due, Spread: time.Hour}, quietLog())
			if err != nil {
				t.Fatal(err)
			}
			defer q.Close(ctx)
			now := time.Now()
			for round := 0; round < 2; round++ {
				n, err := q.ScheduleDue(ctx, now)
				if err != nil || n != 3 {
					t.Fatalf("round %d: scheduled %d, %v", round, n, err)
				}
			}
			st, err := q.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if total := st.States["scheduled"] + st.States["available"]; total != 3 {
				t.Fatalf("states = %v, want 3 waiting jobs (no duplicates)", st.States)
			}
		})
	}
}

func TestSpreadDelay(t *testing.T) {
	window := time.Hour
	seen := map[time.Duration]bool{}
	for i := 0; i < 100; i++ {
		d := spreadDelay(fmt.Sprintf("site%d.example", i), window)
		if d < 0 || d >= window {
			t.Fatalf("delay %v outside [0, %v)", d, window)
		}
		seen[d/(10*time.Minute)] = true
		if again := spreadDelay(fmt.Sprintf("site%d.example", i), window); again != d {
			t.Fatal("delay is not stable for a site")
		}
	}
	if len(seen) < 5 {
		t.Fatalf("100 sites fell in only %d of 6 ten-minute slots", len(seen))
	}
	if spreadDelay("x.example", 0) != 0 {
		t.Fatal("zero window must give zero delay")
	}
}

// A request with a scheme or a port is crawled from exactly that address;
// a bare domain is crawled as a domain. Either way the job is unique per site.
func TestQueueKeepsSchemeAndPort(t *testing.T) {
	b := backends(t)[0]
	ctx := context.Background()
	var mu sync.Mutex
	var targets []string
	crawl := func(ctx context.Context, target string) (json.RawMessage, error) {
		mu.Lock()
		targets = append(targets, target)
		mu.Unlock()
		return nil, nil
	}
	q, err := Open(ctx, b, Config{Workers: 1, Crawl: crawl, PollInterval: 50 * time.Millisecond}, quietLog())
	if err != nil {
		t.Fatal(err)
	}
	inputs := []string{"http://intranet.example:8080/", "shop.example:8443", "news.example"}
	for _, in := range inputs {
		if _, err := q.Enqueue(ctx, in); err != nil {
			t.Fatalf("%s: %v", in, err)
		}
	}
	if _, err := q.Enqueue(ctx, "ftp://files.example/"); !errors.Is(err, legible.ErrInvalid) {
		t.Errorf("ftp: err = %v, want ErrInvalid", err)
	}
	if err := q.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer q.Close(ctx)
	waitFor(t, 20*time.Second, "three crawls", func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(targets) == 3
	})
	mu.Lock()
	defer mu.Unlock()
	want := map[string]bool{"http://intranet.example:8080/": true, "shop.example:8443": true, "news.example": true}
	for _, got := range targets {
		if !want[got] {
			t.Errorf("crawled %q; want one of %v", got, want)
		}
		delete(want, got)
	}
}
