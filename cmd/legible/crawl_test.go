package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/internal/corpus"
)

// crawlCmdPolicy is long enough to be scored.
const crawlCmdPolicy = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Privacy Policy</title></head><body><main>
<h1>Privacy Policy</h1>
<p>This privacy policy explains which personal data Rated Example collects when you use the service, why we collect it, and how long we keep it.</p>
<h2>What we collect</h2>
<p>We collect your name and email address when you create an account. We keep them until you delete your account, and for at most thirty days afterwards.</p>
<h2>Who we share it with</h2>
<p>We do not sell your personal data. We share it only with the hosting company that runs our servers, under a contract that forbids any other use.</p>
<h2>Your rights</h2>
<ul><li>You may ask for a copy of your data.</li><li>You may ask us to correct or delete it.</li><li>You may complain to your data protection authority.</li></ul>
<p>Write to privacy@rated.example; we answer within one month.</p>
</main></body></html>`

const crawlCmdTerms = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Terms of Service</title></head><body><main>
<h1>Terms of Service</h1>
<p>These terms govern your use of Rated Example. By creating an account you agree to them. You must be at least sixteen years old to use the service.</p>
<p>We may suspend accounts that break the law or these terms. We will tell you by email thirty days before any change to these terms takes effect.</p>
</main></body></html>`

// crawlCmdSites serves sites on one loopback server, by Host: rated.example
// with a privacy policy and terms, empty.example with no legal link at all.
func crawlCmdSites(t *testing.T) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host := crawlCmdHost(r)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		switch host + r.URL.Path {
		case "rated.example/":
			fmt.Fprint(w, `<html><body><main><h1>Rated</h1><p>A service.</p></main>
<footer><a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Service</a></footer></body></html>`)
		case "rated.example/privacy":
			fmt.Fprint(w, crawlCmdPolicy)
		case "rated.example/terms":
			fmt.Fprint(w, crawlCmdTerms)
		case "empty.example/":
			fmt.Fprint(w, `<html><body><main><h1>Empty</h1><p>Nothing legal here.</p></main></body></html>`)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv.Listener.Addr().String()
}

// crawlCmdHost is the request's host name without a port.
func crawlCmdHost(r *http.Request) string {
	if h, _, err := net.SplitHostPort(r.Host); err == nil {
		return h
	}
	return r.Host
}

// crawlCmdEnv returns an env with buffers and the given variables.
func crawlCmdEnv(vars map[string]string) (*env, *bytes.Buffer, *bytes.Buffer) {
	var out, errs bytes.Buffer
	return &env{
		stdin:  strings.NewReader(""),
		stdout: &out,
		stderr: &errs,
		getenv: func(k string) string { return vars[k] },
		log:    slog.New(slog.NewTextHandler(&errs, &slog.HandlerOptions{Level: slog.LevelWarn})),
	}, &out, &errs
}

func crawlCmdRun(t *testing.T, e *env, args ...string) int {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	return run(ctx, e, append([]string{"crawl"}, args...))
}

// TestCrawlCommandSeedsDatabase runs the exact command the end-to-end suites
// use to seed their databases.
func TestCrawlCommandSeedsDatabase(t *testing.T) {
	addr := crawlCmdSites(t)
	dsn := filepath.Join(t.TempDir(), "seed.db")
	e, out, errs := crawlCmdEnv(nil)
	code := crawlCmdRun(t, e, "--db", dsn, "--allow-private", "--resolve", "rated.example="+addr, "rated.example")
	if code != 0 {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	if !strings.Contains(out.String(), "found      rated.example") || !strings.Contains(out.String(), "1 sites: 1 found") {
		t.Errorf("stdout:\n%s", out)
	}
	if !strings.Contains(errs.String(), "[1/1] rated.example found") {
		t.Errorf("no plain progress line on a non-terminal:\n%s", errs)
	}

	store, err := db.Open(context.Background(), dsn, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	detail, err := store.SiteDetail(context.Background(), "rated.example")
	if err != nil {
		t.Fatalf("site not stored: %v", err)
	}
	kinds := map[legible.DocKind]bool{}
	for _, d := range detail.Documents {
		kinds[d.Document.Kind] = true
	}
	if !kinds[legible.KindPrivacy] || !kinds[legible.KindTerms] {
		t.Errorf("stored documents: %+v", detail.Documents)
	}
	if detail.Score == nil {
		t.Errorf("no site score stored; stdout:\n%s", out)
	}
}

// TestCrawlCommandSummary mixes a found site, a site without documents, an
// unreachable one and garbage: each gets its outcome, none stops the others.
func TestCrawlCommandSummary(t *testing.T) {
	addr := crawlCmdSites(t)
	list := filepath.Join(t.TempDir(), "domains.txt")
	os.WriteFile(list, []byte("# sites to check\nrated.example\n\nempty.example  # no documents\nnot a domain\ndown.example\nrated.example\n"), 0o644)
	e, out, errs := crawlCmdEnv(map[string]string{
		"LEGIBLE_DB":            filepath.Join(t.TempDir(), "x.db"),
		"LEGIBLE_ALLOW_PRIVATE": "true",
		"LEGIBLE_RESOLVE":       "rated.example=" + addr + ",empty.example=" + addr,
	})
	code := crawlCmdRun(t, e, "--from", list, "--format", "json", "--resolve", "down.example=127.0.0.1:1",
		"--resolve", "www.down.example=127.0.0.1:1", "--concurrency", "3", "--delay", "0")
	if code != 1 {
		t.Errorf("exit %d, want 1 when some sites failed; stderr:\n%s", code, errs)
	}
	var got struct {
		Sites []struct {
			Input, Status, Error, Detail string
			Result                       *struct{ Documents []json.RawMessage }
		}
		Summary map[string]int
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("stdout is not JSON: %v\n%s", err, out)
	}
	// The error says it in a few words; the detail keeps the whole error.
	want := []struct{ input, status, reason, detail string }{
		{"rated.example", "found", "", ""},
		{"empty.example", "not_found", "no privacy policy", ""},
		{"not a domain", "failed", "not a domain name", "invalid input"},
		{"down.example", "failed", "the site refused the connection", "home page unreachable"},
	}
	if len(got.Sites) != len(want) {
		t.Fatalf("sites = %+v", got.Sites)
	}
	for i, w := range want {
		s := got.Sites[i]
		if s.Input != w.input || s.Status != w.status || !strings.Contains(s.Error, w.reason) || !strings.Contains(s.Detail, w.detail) {
			t.Errorf("site %d = %+v, want %+v", i, s, w)
		}
	}
	if got.Summary["found"] != 1 || got.Summary["not_found"] != 1 || got.Summary["failed"] != 2 || got.Summary["total"] != 4 {
		t.Errorf("summary = %v", got.Summary)
	}
	if !strings.Contains(errs.String(), "2 of 4 sites failed") {
		t.Errorf("stderr:\n%s", errs)
	}
}

func TestCrawlCommandEnqueue(t *testing.T) {
	dsn := filepath.Join(t.TempDir(), "q.db")
	e, out, errs := crawlCmdEnv(nil)
	code := crawlCmdRun(t, e, "--db", dsn, "--enqueue", "--format", "json", "Example.COM", "https://www.example.com/x", "not a domain")
	if code != 1 {
		t.Errorf("exit %d, want 1 for the bad input; stderr:\n%s", code, errs)
	}
	var got struct {
		Jobs []struct {
			Input string
			Error string
			Job   *legible.CrawlJob
		}
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("stdout is not JSON: %v\n%s", err, out)
	}
	if len(got.Jobs) != 3 || got.Jobs[0].Job == nil || got.Jobs[1].Job == nil || got.Jobs[2].Job != nil {
		t.Fatalf("jobs = %+v", got.Jobs)
	}
	a, b := got.Jobs[0].Job, got.Jobs[1].Job
	if a.Domain != "example.com" || a.State != legible.JobQueued || a.ID != b.ID {
		t.Errorf("jobs %+v and %+v: want one queued job for example.com", a, b)
	}
	if !strings.Contains(got.Jobs[2].Error, "invalid input") {
		t.Errorf("bad input error = %q", got.Jobs[2].Error)
	}
}

func TestCrawlCommandBadUsage(t *testing.T) {
	tests := []struct {
		name string
		vars map[string]string
		args []string
		want string
	}{
		{"no domain", nil, nil, "no domain given"},
		{"bad format", nil, []string{"--format", "xml", "a.example"}, "--format must be text or json"},
		{"bad concurrency", nil, []string{"--concurrency", "0", "a.example"}, "--concurrency"},
		{"bad resolve", nil, []string{"--resolve", "nonsense", "a.example"}, "want HOST=IP:PORT"},
		{"bad env delay", map[string]string{"LEGIBLE_CRAWL_DELAY": "soon"}, []string{"a.example"}, "LEGIBLE_CRAWL_DELAY"},
		{"unknown flag", nil, []string{"--nope", "a.example"}, "flag provided but not defined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, _, errs := crawlCmdEnv(tt.vars)
			if code := crawlCmdRun(t, e, tt.args...); code != 2 {
				t.Errorf("exit %d, want 2", code)
			}
			if !strings.Contains(errs.String(), tt.want) {
				t.Errorf("stderr %q does not contain %q", errs, tt.want)
			}
		})
	}
}

func TestParseCrawlFlagsAfterDomains(t *testing.T) {
	e, _, _ := crawlCmdEnv(map[string]string{"LEGIBLE_CRAWL_CONCURRENCY": "7"})
	o, err := parseCrawlFlags(e, []string{"a.example", "--delay", "250ms", "b.example", "--user-agent", "TestBot/1 (+https://t.example)"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(o.domains, " ") != "a.example b.example" || o.crawl.delay != 250*time.Millisecond ||
		o.concurrency != 7 || o.crawl.userAgent != "TestBot/1 (+https://t.example)" || o.dsn != db.DefaultSQLiteFile {
		t.Errorf("options = %+v", o)
	}
}

// TestCrawlThroughput is the crawl benchmark (bench/crawl.sh): every corpus
// page served from its own loopback site, crawled with politeness delays
// off into a temporary SQLite database. It runs only with
// LEGIBLE_BENCH_CRAWL=1 and reports sites per minute.
func TestCrawlThroughput(t *testing.T) {
	if os.Getenv("LEGIBLE_BENCH_CRAWL") != "1" {
		t.Skip("set LEGIBLE_BENCH_CRAWL=1 to run the crawl benchmark")
	}
	sites := crawlCmdCorpus(t)
	addr := crawlCmdMirror(t, sites)
	var args []string
	list := &strings.Builder{}
	for _, slug := range sites.slugs {
		args = append(args, "--resolve", slug+".example="+addr)
		fmt.Fprintln(list, slug+".example")
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "domains.txt"), []byte(list.String()), 0o644)
	concurrency := os.Getenv("LEGIBLE_BENCH_CONCURRENCY")
	if concurrency == "" {
		concurrency = "4"
	}
	e, out, errs := crawlCmdEnv(nil)
	args = append(args, "--db", filepath.Join(dir, "bench.db"), "--allow-private", "--delay", "0",
		"--concurrency", concurrency, "--format", "json", "--from", filepath.Join(dir, "domains.txt"))
	start := time.Now()
	code := crawlCmdRun(t, e, args...)
	elapsed := time.Since(start)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	var got struct {
		Sites []struct {
			Result *struct {
				Documents []struct {
					Score *int `json:"score"`
				} `json:"documents"`
			} `json:"result"`
		} `json:"sites"`
		Summary map[string]int `json:"summary"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	docs, scored := 0, 0
	for _, s := range got.Sites {
		if s.Result == nil {
			continue
		}
		for _, d := range s.Result.Documents {
			docs++
			if d.Score != nil {
				scored++
			}
		}
	}
	perMin := float64(got.Summary["found"]) / elapsed.Minutes()
	t.Logf("crawl benchmark: %d sites (%d found), %d documents stored, %d scored, in %v with concurrency %s: %.0f sites/minute, %.0f documents/minute",
		got.Summary["total"], got.Summary["found"], docs, scored, elapsed.Round(time.Millisecond), concurrency,
		perMin, float64(docs)/elapsed.Minutes())
	fmt.Printf("BENCH crawl sites_per_minute=%.0f documents_per_minute=%.0f sites=%d documents=%d seconds=%.2f\n",
		perMin, float64(docs)/elapsed.Minutes(), got.Summary["found"], docs, elapsed.Seconds())
}

// crawlCmdCorpusSites are the corpus documents by service.
type crawlCmdCorpusSites struct {
	slugs []string
	docs  map[string]map[string]string // slug → URL path → file
}

// crawlCmdCorpus reads the shared corpus, skipping when it is absent.
func crawlCmdCorpus(t *testing.T) crawlCmdCorpusSites {
	_, docs := corpus.Load(t)
	paths := map[string]string{"privacy-policy": "/privacy", "terms-of-service": "/terms", "trackers-policy": "/cookie-policy"}
	s := crawlCmdCorpusSites{docs: map[string]map[string]string{}}
	for _, d := range docs {
		if d.HTMLFile == "" || paths[d.Doctype] == "" {
			continue
		}
		if s.docs[d.Slug] == nil {
			s.docs[d.Slug] = map[string]string{}
			s.slugs = append(s.slugs, d.Slug)
		}
		s.docs[d.Slug][paths[d.Doctype]] = d.HTMLFile
	}
	sort.Strings(s.slugs)
	return s
}

// crawlCmdMirror serves each corpus service as <slug>.example with a
// generated home page linking its documents.
func crawlCmdMirror(t *testing.T, s crawlCmdCorpusSites) string {
	labels := map[string]string{"/privacy": "Privacy Policy", "/terms": "Terms of Service", "/cookie-policy": "Cookie Policy"}
	var mu sync.Mutex
	cache := map[string][]byte{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host := crawlCmdHost(r)
		docs := s.docs[strings.TrimSuffix(host, ".example")]
		if docs == nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		if r.URL.Path == "/" {
			fmt.Fprintf(w, "<html><body><main><h1>%s</h1></main><footer>", host)
			for p := range docs {
				fmt.Fprintf(w, `<a href="%s">%s</a> `, p, labels[p])
			}
			fmt.Fprint(w, "</footer></body></html>")
			return
		}
		file, ok := docs[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		mu.Lock()
		body, ok := cache[file]
		mu.Unlock()
		if !ok {
			var err error
			if body, err = os.ReadFile(file); err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			mu.Lock()
			cache[file] = body
			mu.Unlock()
		}
		w.Write(body)
	}))
	t.Cleanup(srv.Close)
	return srv.Listener.Addr().String()
}
