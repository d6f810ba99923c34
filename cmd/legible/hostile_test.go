package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/legible-app/legible"
)

// hostileServeHeapBudget is how far the heap may rise while two workers
// crawl hostile sites: 64 MiB per crawl running at once.
const hostileServeHeapBudget = 2 * 64 << 20

// hostileWeb serves sites that attack the crawler, one per host name:
// decompression bombs of 1 GiB, an endless robots.txt and a slow drip.
func hostileWeb(t *testing.T) *httptest.Server {
	t.Helper()
	// 1 GiB of zeros: 1024 gzip members of 1 MiB, and brotli from a fixture
	// (written by brotli.NewWriterLevel(w, 9) from 1 GiB of zeros).
	var member bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&member, gzip.BestCompression)
	zw.Write(make([]byte, 1<<20))
	zw.Close()
	gz := bytes.NewBuffer(bytes.Repeat(member.Bytes(), 1024))
	brBytes, err := os.ReadFile(filepath.Join("testdata", "bombs", "zeros-1GiB.br"))
	if err != nil {
		t.Fatal(err)
	}
	br := bytes.NewBuffer(brBytes)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host, _, _ := strings.Cut(r.Host, ":")
		switch {
		case host == "gzip.test" && r.URL.Path == "/":
			w.Header().Set("Content-Encoding", "gzip, identity")
			w.Header().Set("Content-Type", "text/html")
			w.Write(gz.Bytes())
		case host == "gzfile.test" && r.URL.Path == "/":
			w.Header().Set("Content-Type", "application/gzip")
			w.Write(gz.Bytes())
		case host == "brotli.test" && r.URL.Path == "/robots.txt":
			w.Header().Set("Content-Encoding", "br")
			w.Header().Set("Content-Type", "text/plain")
			w.Write(br.Bytes())
		case host == "endless.test" && r.URL.Path == "/robots.txt":
			line := bytes.Repeat([]byte("Disallow: /x\n"), 4096)
			for r.Context().Err() == nil {
				if _, err := w.Write(line); err != nil {
					return
				}
			}
		case host == "drip.test" && r.URL.Path == "/":
			w.Header().Set("Content-Type", "text/html")
			for r.Context().Err() == nil {
				w.Write([]byte("<"))
				w.(http.Flusher).Flush()
				time.Sleep(100 * time.Millisecond)
			}
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestServeSurvivesHostileSites runs `legible serve --workers 2` against
// hostile sites: every crawl fails with a clear error within the site
// deadline, no job is left running, the heap stays bounded and /healthz
// answers all along.
func TestServeSurvivesHostileSites(t *testing.T) {
	if testing.Short() {
		t.Skip("crawls 1 GiB decompression bombs")
	}
	web := hostileWeb(t)
	addr := strings.TrimPrefix(web.URL, "http://")
	hosts := map[string]string{
		"gzip.test":    "body larger than the limit",
		"gzfile.test":  "body larger than the limit",
		"brotli.test":  "robots.txt: body larger than the limit",
		"endless.test": "robots.txt: body larger than the limit",
		"drip.test":    "context deadline exceeded",
	}
	dbPath := filepath.Join(t.TempDir(), "hostile.db")
	e, out, _ := serveEnv(nil)
	if code := run(t.Context(), e, []string{"apikey", "create", "--db", dbPath, "test"}); code != 0 {
		t.Fatalf("apikey create: exit %d", code)
	}
	key := strings.TrimSpace(out.String())
	args := []string{"--addr", "127.0.0.1:0", "--db", dbPath, "--workers", "2", "--allow-private",
		"--crawl-delay", "0", "--site-timeout", "10s", "--max-attempts", "1"}
	for h := range hosts {
		args = append(args, "--resolve", h+"="+addr, "--resolve", "www."+h+"=127.0.0.1:1")
	}
	runtime.GC()
	heap := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(heap)
	baseline := heap[0].Value.Uint64()
	base, logs, stop := startServe(t, args...)
	client := &http.Client{Timeout: 10 * time.Second}

	// Watch /healthz and the heap while the crawls run.
	var mu sync.Mutex
	var peak uint64
	var healthFailures []string
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		hc := &http.Client{Timeout: 2 * time.Second}
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		for {
			metrics.Read(s)
			resp, err := hc.Get(base + "/healthz")
			mu.Lock()
			peak = max(peak, s[0].Value.Uint64())
			if err != nil {
				healthFailures = append(healthFailures, err.Error())
			} else {
				if resp.StatusCode != http.StatusOK {
					healthFailures = append(healthFailures, resp.Status)
				}
				resp.Body.Close()
			}
			mu.Unlock()
			select {
			case <-done:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	})

	ids := map[string]int64{}
	for h := range hosts {
		req, _ := http.NewRequest(http.MethodPost, base+"/v1/crawls", strings.NewReader(`{"domain":"`+h+`"}`))
		req.Header.Set("Authorization", "Bearer "+key)
		req.Header.Set("Content-Type", "application/json")
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var job legible.CrawlJob
		json.NewDecoder(resp.Body).Decode(&job)
		resp.Body.Close()
		if resp.StatusCode != http.StatusAccepted {
			t.Fatalf("POST /v1/crawls %s: %d", h, resp.StatusCode)
		}
		ids[h] = job.ID
	}
	start := time.Now()
	jobs := map[string]legible.CrawlJob{}
	for len(jobs) < len(ids) {
		if time.Since(start) > 60*time.Second {
			t.Fatalf("crawls not finished after a minute: %+v\n%s", jobs, logs.String())
		}
		time.Sleep(100 * time.Millisecond)
		for h, id := range ids {
			resp, err := client.Get(fmt.Sprintf("%s/v1/crawls/%d", base, id))
			if err != nil {
				t.Fatal(err)
			}
			var job legible.CrawlJob
			json.NewDecoder(resp.Body).Decode(&job)
			resp.Body.Close()
			if job.State == legible.JobFailed || job.State == legible.JobDone {
				jobs[h] = job
			}
		}
	}
	close(done)
	wg.Wait()
	t.Logf("5 hostile crawls on 2 workers took %v; heap peak %.1f MiB above baseline",
		time.Since(start).Round(time.Millisecond), float64(peak-min(peak, baseline))/(1<<20))
	for h, want := range hosts {
		job := jobs[h]
		if job.State != legible.JobFailed || !strings.Contains(job.LastError, want) {
			t.Errorf("%s: state %s, error %q; want failed with %q", h, job.State, job.LastError, want)
		}
	}
	if len(healthFailures) > 0 {
		t.Errorf("/healthz failed %d times during the crawls: %q", len(healthFailures), healthFailures)
	}
	if peak > baseline && peak-baseline > hostileServeHeapBudget {
		t.Errorf("heap rose %d MiB, budget %d MiB", (peak-baseline)>>20, hostileServeHeapBudget>>20)
	}
	if c := stop(); c != 0 {
		t.Errorf("serve exit %d", c)
	}
}
