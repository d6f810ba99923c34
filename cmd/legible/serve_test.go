package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db/dbtest"
)

// serveLog is a goroutine-safe buffer the server logs to.
type serveLog struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *serveLog) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *serveLog) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// serveEnv returns an env whose output and log go to buffers.
func serveEnv(vars map[string]string) (*env, *bytes.Buffer, *serveLog) {
	out, logs := &bytes.Buffer{}, &serveLog{}
	return &env{
		stdin:  strings.NewReader(""),
		stdout: out,
		stderr: logs,
		getenv: func(k string) string { return vars[k] },
		log:    slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
	}, out, logs
}

var listeningRe = regexp.MustCompile(`msg=listening addr=(\S+)`)

// startServe runs `legible serve args...` in-process and returns its base
// URL, its log and a stop function that ends it gracefully and returns its
// exit code.
func startServe(t *testing.T, args ...string) (string, *serveLog, func() int) {
	t.Helper()
	e, _, logs := serveEnv(nil)
	ctx, cancel := context.WithCancel(context.Background())
	code := make(chan int, 1)
	go func() { code <- run(ctx, e, append([]string{"serve"}, args...)) }()
	deadline := time.Now().Add(20 * time.Second)
	for {
		if m := listeningRe.FindStringSubmatch(logs.String()); m != nil {
			stop := func() int {
				cancel()
				select {
				case c := <-code:
					return c
				case <-time.After(30 * time.Second):
					t.Fatal("serve did not stop")
					return -1
				}
			}
			t.Cleanup(func() { cancel() })
			return "http://" + m[1], logs, stop
		}
		select {
		case c := <-code:
			t.Fatalf("serve exited with %d:\n%s", c, logs.String())
		default:
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("serve did not start:\n%s", logs.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestParseServeFlags(t *testing.T) {
	e, _, _ := serveEnv(map[string]string{"LEGIBLE_ADDR": "127.0.0.1:9999", "LEGIBLE_WORKERS": "3", "LEGIBLE_RESOLVE": "a.test=127.0.0.1:1", "LEGIBLE_RATE": "-1"})
	cfg, err := parseServeFlags(e, []string{"--db", "x.db", "--resolve", "b.test=127.0.0.1:2", "--resolve", "C.test=127.0.0.1:3", "--allow-private"})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.addr != "127.0.0.1:9999" || cfg.dsn != "x.db" || cfg.workers != 3 || !cfg.crawl.allowPrivate || cfg.api.AnonRate != -1 {
		t.Errorf("cfg = %+v", cfg)
	}
	if r := cfg.crawl.resolve; len(r) != 3 || r["c.test"] != "127.0.0.1:3" || r["a.test"] != "127.0.0.1:1" {
		t.Errorf("resolve = %v", cfg.crawl.resolve)
	}
	hosts, _, _ := serveEnv(map[string]string{"LEGIBLE_PUBLIC_HOSTS": "legible.example, https://www.legible.example"})
	if cfg, err := parseServeFlags(hosts, nil); err != nil || len(cfg.api.PublicHosts) != 2 || cfg.api.PublicHosts[1] != "https://www.legible.example" {
		t.Errorf("LEGIBLE_PUBLIC_HOSTS: %v, %q", err, cfg.api.PublicHosts)
	}
	for _, bad := range [][]string{{"--workers", "-1"}, {"--resolve", "nohost"}, {"extra"}, {"--nope"}, {"--crawl-delay", "-1s"},
		{"--base-url", "legible.example"}, {"--public-host", "ftp://legible.example"}} {
		if _, err := parseServeFlags(e, bad); err == nil {
			t.Errorf("%v: no error", bad)
		}
	}
	badEnv, _, _ := serveEnv(map[string]string{"LEGIBLE_WORKERS": "many"})
	if _, err := parseServeFlags(badEnv, nil); err == nil || !strings.Contains(err.Error(), "LEGIBLE_WORKERS") {
		t.Errorf("malformed LEGIBLE_WORKERS: err = %v, want it named", err)
	}
}

func TestAPIKeyCreate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "keys.db")
	e, out, _ := serveEnv(nil)
	if code := run(t.Context(), e, []string{"apikey", "create", "--db", path, "newsroom"}); code != 0 {
		t.Fatalf("exit %d: %s", code, e.stderr)
	}
	key := strings.TrimSpace(out.String())
	if len(key) < 20 {
		t.Fatalf("key = %q", key)
	}
	d := dbtest.OpenDSN(t, path)
	if name, err := d.CheckAPIKey(t.Context(), key); err != nil || name != "newsroom" {
		t.Errorf("CheckAPIKey = %q, %v", name, err)
	}
	if code := run(t.Context(), e, []string{"apikey", "create", "--db", path}); code != 2 {
		t.Errorf("missing name: exit %d", code)
	}
	if code := run(t.Context(), e, []string{"apikey", "delete", "x"}); code != 2 {
		t.Errorf("unknown subcommand: exit %d", code)
	}
}

// TestServeGracefulShutdown sends half a request, stops the server, then
// sends the rest: the request must still be answered in full.
func TestServeGracefulShutdown(t *testing.T) {
	base, logs, stop := startServe(t, "--addr", "127.0.0.1:0", "--db", filepath.Join(t.TempDir(), "g.db"), "--workers", "0")
	conn, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	body := `{"text":"We collect your email address to send receipts. We do not sell your data."}`
	fmt.Fprintf(conn, "POST /v1/score HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n", len(body))
	io.WriteString(conn, body[:10])
	time.Sleep(100 * time.Millisecond)

	stopped := make(chan int, 1)
	go func() { stopped <- stop() }()
	time.Sleep(200 * time.Millisecond)
	select {
	case c := <-stopped:
		t.Fatalf("server stopped (exit %d) with a request in flight", c)
	default:
	}
	io.WriteString(conn, body[10:])
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("in-flight request lost: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode >= 500 {
		t.Errorf("in-flight request: %d", resp.StatusCode)
	}
	if c := <-stopped; c != 0 {
		t.Errorf("exit %d:\n%s", c, logs.String())
	}
	if _, err := net.DialTimeout("tcp", strings.TrimPrefix(base, "http://"), time.Second); err == nil {
		t.Errorf("still listening after shutdown")
	}
}

// testSite serves the small site in testdata/serve.
func testSite(t *testing.T) *httptest.Server {
	t.Helper()
	pages := map[string]string{"/": "index.html", "/privacy": "privacy.html", "/terms": "terms.html"}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			io.WriteString(w, "User-agent: *\nAllow: /\n")
			return
		}
		name, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		b, err := os.ReadFile(filepath.Join("testdata", "serve", name))
		if err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(b)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestServeEndToEnd starts `legible serve` on :0 with a temporary database,
// asks it to crawl a loopback site, waits for the job and reads the result
// through the API.
func TestServeEndToEnd(t *testing.T) {
	site := testSite(t)
	dbPath := filepath.Join(t.TempDir(), "e2e.db")

	e, out, _ := serveEnv(nil)
	if code := run(t.Context(), e, []string{"apikey", "create", "--db", dbPath, "e2e"}); code != 0 {
		t.Fatalf("apikey create: exit %d", code)
	}
	key := strings.TrimSpace(out.String())

	base, logs, stop := startServe(t, "--addr", "127.0.0.1:0", "--db", dbPath, "--workers", "1",
		"--allow-private", "--resolve", "site.test="+strings.TrimPrefix(site.URL, "http://"), "--crawl-delay", "0")
	client := &http.Client{Timeout: 10 * time.Second}

	req, _ := http.NewRequest(http.MethodPost, base+"/v1/crawls", strings.NewReader(`{"domain":"https://www.site.test/"}`))
	req.Header.Set("Authorization", "Bearer "+key)
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var job legible.CrawlJob
	json.NewDecoder(resp.Body).Decode(&job)
	resp.Body.Close()
	if resp.StatusCode != http.StatusAccepted || job.Domain != "site.test" {
		t.Fatalf("POST /v1/crawls: %d %+v", resp.StatusCode, job)
	}

	deadline := time.Now().Add(60 * time.Second)
	for job.State != legible.JobDone {
		if job.State == legible.JobFailed || job.LastError != "" {
			t.Fatalf("crawl failed: %+v\n%s", job, logs.String())
		}
		if time.Now().After(deadline) {
			t.Fatalf("crawl not done: %+v\n%s", job, logs.String())
		}
		time.Sleep(100 * time.Millisecond)
		resp, err := client.Get(fmt.Sprintf("%s/v1/crawls/%d", base, job.ID))
		if err != nil {
			t.Fatal(err)
		}
		json.NewDecoder(resp.Body).Decode(&job)
		resp.Body.Close()
	}

	resp, err = client.Get(base + "/v1/sites/SITE.test")
	if err != nil {
		t.Fatal(err)
	}
	var report struct {
		Domain    string `json:"domain"`
		Rated     bool   `json:"rated"`
		Grade     string `json:"grade"`
		Documents []struct {
			Kind  string `json:"kind"`
			URL   string `json:"url"`
			Words int    `json:"words"`
		} `json:"documents"`
	}
	json.NewDecoder(resp.Body).Decode(&report)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || report.Domain != "site.test" || !report.Rated || report.Grade == "" {
		t.Fatalf("GET /v1/sites/site.test: %d %+v\njob result: %s", resp.StatusCode, report, job.Result)
	}
	kinds := map[string]bool{}
	for _, d := range report.Documents {
		kinds[d.Kind] = d.Words > 50
	}
	if !kinds["privacy"] || !kinds["terms"] {
		t.Errorf("documents = %+v", report.Documents)
	}

	// The private lookup finds it once the worker has refreshed the table.
	hash := legible.DomainHash("site.test")
	found := false
	for i := 0; i < 50 && !found; i++ {
		resp, err := client.Get(base + "/v1/lookup/" + hash[:4])
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		found = bytes.Contains(b, []byte(hash))
		if !found {
			time.Sleep(100 * time.Millisecond)
		}
	}
	if !found {
		t.Errorf("lookup bucket %s does not list site.test", hash[:4])
	}
	for _, c := range []struct{ path, want string }{
		{"/badge/site.test.svg", "Legible privacy grade " + report.Grade},
		{"/v1/table", hash},
		{"/metrics", `route="/v1/lookup/:prefix"`},
		{"/metrics", `legible_crawl_jobs{state="completed"} 1`},
		{"/feeds/sites/site.test.atom", "site.test: privacy policy first recorded"},
	} {
		path, want := c.path, c.want
		resp, err := client.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !bytes.Contains(b, []byte(want)) {
			t.Errorf("GET %s: %d, want it to contain %q", path, resp.StatusCode, want)
		}
	}
	if c := stop(); c != 0 {
		t.Errorf("exit %d", c)
	}
}
