package crawler

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/legible-app/legible/crawler/render"
	"github.com/legible-app/legible/extract"
)

// BenchmarkCrawlRender crawls plain HTML sites (a home page, a privacy
// policy and terms, real extraction and scoring) under each render mode,
// and a client-side app site under auto. It reports sites per minute and
// the peak resident memory of the test process plus Chromium's processes.
// Run one mode per process for a meaningful peak (bench/render.sh does).
func BenchmarkCrawlRender(b *testing.B) {
	for _, tc := range []struct {
		name string
		mode RenderMode
		spa  bool
	}{
		{"never", RenderNever, false},
		{"auto-plain", RenderAuto, false},
		{"always-plain", RenderAlways, false},
		{"auto-js", RenderAuto, true},
	} {
		b.Run(tc.name, func(b *testing.B) { benchCrawlRender(b, tc.mode, tc.spa) })
	}
}

func benchCrawlRender(b *testing.B, mode RenderMode, spa bool) {
	w := newFakeWeb(b)
	hosts := make([]string, b.N)
	for i := range hosts {
		hosts[i] = fmt.Sprintf("site%d.test", i)
		if spa {
			spaSite(b, w, hosts[i])
		} else {
			plainSite(b, w, hosts[i])
		}
	}
	cfg := testConfig(w)
	cfg.Extract = extract.Extract
	cfg.Render = mode
	var browser *render.Browser
	if mode != RenderNever {
		rc := render.DefaultConfig()
		rc.ExecPath = os.Getenv("LEGIBLE_CHROMIUM")
		br, err := render.New(rc, nil)
		if err != nil {
			b.Skipf("no headless browser: %v", err)
		}
		defer br.Close()
		browser, cfg.Renderer = br, br
	}
	c, err := New(cfg, newMemStore(), nil)
	if err != nil {
		b.Fatal(err)
	}
	var peakBrowser atomic.Int64
	stop := make(chan struct{})
	var sampler sync.WaitGroup
	if browser != nil {
		sampler.Go(func() {
			for {
				if n := browser.RSS(); n > peakBrowser.Load() {
					peakBrowser.Store(n)
				}
				select {
				case <-stop:
					return
				case <-time.After(100 * time.Millisecond):
				}
			}
		})
	}
	renders := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := c.CrawlSite(context.Background(), hosts[i])
		if err != nil || len(res.Documents) < 2 {
			b.Fatalf("crawl %s: %v (documents %d, errors %v)", hosts[i], err, len(res.Documents), res.Errors)
		}
		renders += res.Renders
	}
	b.StopTimer()
	close(stop)
	sampler.Wait()
	perSite := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(60/perSite, "sites/min")
	b.ReportMetric(float64(renders)/float64(b.N), "renders/site")
	b.ReportMetric(float64(selfPeakRSS()+peakBrowser.Load())/(1<<20), "peak-MB")
	b.ReportMetric(float64(peakBrowser.Load())/(1<<20), "chromium-peak-MB")
	if browser != nil {
		b.ReportMetric(float64(browser.Restarts()), "restarts")
	}
}

// spaSite serves a client-side app site: the footer and both documents are
// built by scripts from JSON.
func spaSite(t testing.TB, w *fakeWeb, host string) {
	mux := w.site(host)
	htmlPage(mux, "/", string(renderFixture(t, "spa_home.html")))
	htmlPage(mux, "/privacy", string(renderFixture(t, "spa_document.html")))
	htmlPage(mux, "/terms", string(renderFixture(t, "spa_document.html")))
	serve(mux, "/static/app.js", "text/javascript", renderFixture(t, "app.js"))
	serve(mux, "/api/privacy.json", "application/json", renderFixture(t, "privacy.json"))
	serve(mux, "/api/terms.json", "application/json", renderFixture(t, "terms.json"))
}

// selfPeakRSS is the peak resident memory of this process (VmHWM), in bytes.
func selfPeakRSS() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range strings.Lines(string(b)) {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			f := strings.Fields(rest)
			if len(f) > 0 {
				kb, _ := strconv.ParseInt(f[0], 10, 64)
				return kb << 10
			}
		}
	}
	return 0
}
