package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/legible-app/legible/db/dbtest"
)

// fleet plays many small sites on one loopback server, told apart by Host,
// and counts how often each home page is fetched.
type fleet struct {
	srv   *httptest.Server
	delay atomic.Int64 // per request, nanoseconds
	mu    sync.Mutex
	homes map[string]int
}

func newFleet(t *testing.T) *fleet {
	f := &fleet{homes: map[string]int{}}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(time.Duration(f.delay.Load()))
		host, _, err := net.SplitHostPort(r.Host)
		if err != nil {
			host = r.Host
		}
		switch r.URL.Path {
		case "/":
			f.mu.Lock()
			f.homes[host]++
			f.mu.Unlock()
			fmt.Fprintf(w, `<!doctype html><html lang="en"><head><title>%s</title></head><body><main><h1>Welcome to %s</h1><p>We sell garden tools.</p></main>
<footer><a href="/privacy">Privacy Policy</a></footer></body></html>`, host, host)
		case "/privacy":
			fmt.Fprintf(w, `<!doctype html><html lang="en"><head><title>Privacy Policy</title></head><body><main><h1>Privacy Policy of %s</h1>
<p>Last updated: 1 November 2026.</p>
<p>We collect your name and email address to send you your order confirmations. We do not sell your personal data.</p>
<p>You can ask us to delete your data at any time by writing to privacy@%s. We keep order records for 24 months.</p>
<p>We encrypt your data in transit and at rest, and we tell you within 72 hours of a breach.</p></main></body></html>`, host, host)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fleet) addr() string { return strings.TrimPrefix(f.srv.URL, "http://") }

func (f *fleet) counts() map[string]int {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := make(map[string]int, len(f.homes))
	for k, v := range f.homes {
		out[k] = v
	}
	return out
}

// buildBinary builds legible once per test binary run.
var buildOnce struct {
	sync.Once
	path string
	err  error
}

func buildBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "legible-bin-")
		if err != nil {
			buildOnce.err = err
			return
		}
		buildOnce.path = filepath.Join(dir, "legible")
		out, err := exec.Command("go", "build", "-o", buildOnce.path, ".").CombinedOutput()
		if err != nil {
			buildOnce.err = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildOnce.err != nil {
		t.Fatal(buildOnce.err)
	}
	return buildOnce.path
}

// pgSchema makes a fresh PostgreSQL schema for one test, or skips it when
// LEGIBLE_TEST_POSTGRES is unset.
func pgSchema(t *testing.T) string {
	t.Helper()
	return dbtest.PostgresDSN(t)
}

type proc struct {
	cmd *exec.Cmd
	// done is closed when the process has exited.
	done chan struct{}
}

func startProc(t *testing.T, bin string, env []string, args ...string) *proc {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), env...)
	logf, err := os.Create(filepath.Join(t.TempDir(), "proc.log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &proc{cmd: cmd, done: make(chan struct{})}
	go func() { _ = cmd.Wait(); logf.Close(); close(p.done) }()
	t.Cleanup(func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-p.done:
		case <-time.After(20 * time.Second):
			_ = cmd.Process.Kill()
			<-p.done
		}
		if t.Failed() {
			if b, err := os.ReadFile(logf.Name()); err == nil {
				lines := strings.Split(string(b), "\n")
				if len(lines) > 40 {
					lines = lines[len(lines)-40:]
				}
				t.Logf("%s log tail:\n%s", args[0], strings.Join(lines, "\n"))
			}
		}
	})
	return p
}

// queueStates reads `legible status --format json`.
func queueStates(t *testing.T, bin, dsn string) map[string]int {
	t.Helper()
	out, err := exec.Command(bin, "status", "--db", dsn, "--format", "json").Output()
	if err != nil {
		t.Fatalf("legible status: %v", err)
	}
	var st struct {
		States map[string]int `json:"states"`
	}
	if err := json.Unmarshal(out, &st); err != nil {
		t.Fatalf("status output %q: %v", out, err)
	}
	return st.States
}

func waitStates(t *testing.T, bin, dsn string, d time.Duration, what string, cond func(map[string]int) bool) map[string]int {
	t.Helper()
	deadline := time.Now().Add(d)
	var st map[string]int
	for time.Now().Before(deadline) {
		st = queueStates(t, bin, dsn)
		if cond(st) {
			return st
		}
		time.Sleep(500 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s; states %v", what, st)
	return nil
}

// TestScaleOutWorkers runs three worker processes against one PostgreSQL:
// 300 sites are each crawled exactly once, and after one worker is killed
// with SIGKILL mid-run every site of the next round is still crawled.
func TestScaleOutWorkers(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	dsn := pgSchema(t)
	bin := buildBinary(t)
	f := newFleet(t)
	const n = 300
	var resolve, domains []string
	for i := 0; i < n; i++ {
		d := fmt.Sprintf("s%03d.test", i)
		domains = append(domains, d)
		resolve = append(resolve, d+"="+f.addr())
	}
	list := filepath.Join(t.TempDir(), "domains.txt")
	if err := os.WriteFile(list, []byte(strings.Join(domains, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	env := []string{"LEGIBLE_RESOLVE=" + strings.Join(resolve, ","), "LEGIBLE_LOG_LEVEL=warn"}
	enqueue := func() {
		t.Helper()
		out, err := exec.Command(bin, "crawl", "--enqueue", "--db", dsn, "--from", list).CombinedOutput()
		if err != nil {
			t.Fatalf("crawl --enqueue: %v\n%s", err, out)
		}
	}
	// The job timeout leaves room for a crawl slowed down by the other
	// test packages sharing the machine: a crawl timed out is retried with
	// a backoff that can outlast the wait below. The killed worker's
	// crawls are taken over once --rescue-after has passed.
	workerArgs := func(id string) []string {
		return []string{"worker", "--db", dsn, "--id", id, "--workers", "4", "--allow-private", "--crawl-delay", "0",
			"--job-timeout", "20s", "--rescue-after", "25s", "--schedule-tick", "1h"}
	}

	pool, err := pgxpool.New(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	// crawls counts the completed crawls alone: the workers' own jobs (the
	// schedule tick run on start) complete too, and counting them would end
	// a round one crawl early, leaving that site's next crawl merged into
	// the one still running.
	crawls := func(want int) func(map[string]int) bool {
		return func(map[string]int) bool {
			var done int
			if err := pool.QueryRow(context.Background(),
				`SELECT COUNT(*) FROM river_job WHERE kind = 'legible_crawl' AND state = 'completed'`).Scan(&done); err != nil {
				t.Fatal(err)
			}
			return done >= want
		}
	}

	// Round 1: every site exactly once.
	enqueue()
	var workers []*proc
	for i := 1; i <= 3; i++ {
		workers = append(workers, startProc(t, bin, env, workerArgs(fmt.Sprintf("w%d", i))...))
	}
	start := time.Now()
	waitStates(t, bin, dsn, 3*time.Minute, "round 1", crawls(n))
	t.Logf("round 1: %d sites by 3 workers in %v", n, time.Since(start).Round(time.Millisecond))
	counts := f.counts()
	for _, d := range domains {
		if counts[d] != 1 {
			t.Errorf("%s home page fetched %d times in round 1, want 1", d, counts[d])
		}
	}

	// Round 2: slow sites, and one worker dies mid-run.
	f.delay.Store(int64(150 * time.Millisecond))
	enqueue()
	waitStates(t, bin, dsn, 2*time.Minute, "round 2 under way", crawls(n+30))
	if err := workers[0].cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-workers[0].done
	killed := time.Now()
	st := waitStates(t, bin, dsn, 4*time.Minute, "round 2", crawls(2*n))
	t.Logf("round 2: all sites done %v after the kill", time.Since(killed).Round(time.Millisecond))
	if st["discarded"] != 0 {
		t.Errorf("%d crawls discarded after the kill, want 0", st["discarded"])
	}
	// The crawls the killed worker had under way were taken over: they
	// completed on a second attempt, by another worker.
	var rescued int
	if err := pool.QueryRow(context.Background(),
		`SELECT COUNT(*) FROM river_job WHERE state = 'completed' AND attempt > 1 AND attempted_by[1] = 'w1' AND attempted_by[array_length(attempted_by, 1)] <> 'w1'`).Scan(&rescued); err != nil {
		t.Fatal(err)
	}
	if rescued == 0 {
		t.Error("no crawl of the killed worker was finished by another one")
	}
	t.Logf("round 2: %d crawls of the killed worker finished elsewhere", rescued)
	counts = f.counts()
	for _, d := range domains {
		if counts[d] < 2 {
			t.Errorf("%s crawled %d times, want at least 2 after round 2", d, counts[d])
		}
	}
}

// TestScaleThroughput measures sites crawled per hour by 1, 2 and 4 worker
// processes sharing one PostgreSQL, on the loopback corpus mirror with the
// crawler's polite per-host delay (bench/scale.sh). It runs only with
// LEGIBLE_BENCH_SCALE=1.
func TestScaleThroughput(t *testing.T) {
	if os.Getenv("LEGIBLE_BENCH_SCALE") != "1" {
		t.Skip("set LEGIBLE_BENCH_SCALE=1 to run the scaling benchmark")
	}
	sites := crawlCmdCorpus(t)
	addr := crawlCmdMirror(t, sites)
	bin := buildBinary(t)
	var resolve, domains []string
	for _, slug := range sites.slugs {
		domains = append(domains, slug+".example")
		resolve = append(resolve, slug+".example="+addr)
	}
	list := filepath.Join(t.TempDir(), "domains.txt")
	if err := os.WriteFile(list, []byte(strings.Join(domains, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	delay := envOrDefault("LEGIBLE_BENCH_DELAY", "1s")
	perProc := envOrDefault("LEGIBLE_BENCH_WORKERS", "8")
	env := []string{"LEGIBLE_RESOLVE=" + strings.Join(resolve, ","), "LEGIBLE_LOG_LEVEL=warn"}
	for _, procs := range []int{1, 2, 4} {
		t.Run(fmt.Sprintf("%d-processes", procs), func(t *testing.T) {
			dsn := pgSchema(t)
			if out, err := exec.Command(bin, "crawl", "--enqueue", "--db", dsn, "--from", list).CombinedOutput(); err != nil {
				t.Fatalf("crawl --enqueue: %v\n%s", err, out)
			}
			start := time.Now()
			for i := 0; i < procs; i++ {
				startProc(t, bin, env, "worker", "--db", dsn, "--id", fmt.Sprintf("w%d", i+1), "--workers", perProc,
					"--allow-private", "--crawl-delay", delay, "--schedule-tick", "1h")
			}
			waitStates(t, bin, dsn, 10*time.Minute, "all sites", func(s map[string]int) bool { return s["completed"]+s["discarded"] >= len(domains) })
			took := time.Since(start)
			perHour := float64(len(domains)) / took.Hours()
			t.Logf("%d worker processes × %s crawls, %s per-host delay: %d sites in %v = %.0f sites/hour",
				procs, perProc, delay, len(domains), took.Round(time.Millisecond), perHour)
			fmt.Printf("BENCH scale processes=%d per_process=%s delay=%s sites=%d seconds=%.1f sites_per_hour=%.0f\n",
				procs, perProc, delay, len(domains), took.Seconds(), perHour)
		})
	}
}

func envOrDefault(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}
