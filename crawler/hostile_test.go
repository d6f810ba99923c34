package crawler

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/tls"
	"crypto/x509"
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

// heapBudget is how far the heap may rise above its baseline during one
// hostile crawl (bodies are capped at 10 MiB decoded).
const heapBudget = 64 << 20

// bombSize is what every bomb expands to: 1 GiB of zeros.
const bombSize = 1 << 30

// slowSiteTimeout is the site deadline of the crawls that only a deadline
// can end (a body dripping for ever); each must end within it (plus a little
// for the caller to return).
const slowSiteTimeout = 4 * time.Second

// bombSiteTimeout is the site deadline of the other hostile crawls, which
// must end on the size limit, not the clock: decoding 10 MiB is CPU work
// that the race detector and a loaded CI machine slow several times over,
// so their deadline leaves room for that.
const bombSiteTimeout = 30 * time.Second

// bombs are built once per test binary, each of 1 GiB of zeros: gzip (1024
// members of 1 MiB each, which a reader decodes as one stream; 1 MB), gzip
// of that gzip (3 KB) and brotli (testdata/bombs/zeros-1GiB.br, 1.6 KB,
// written by brotli.NewWriterLevel(w, 9) from 1024 writes of 1 MiB of
// zeros; encoding it here would take the race detector a minute).
var bombs = sync.OnceValue(func() bombSet {
	zeros := make([]byte, 1<<20)
	var member bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&member, gzip.BestCompression)
	zw.Write(zeros)
	zw.Close()
	gz := bytes.Repeat(member.Bytes(), bombSize/len(zeros))
	var gg bytes.Buffer
	zw2 := gzip.NewWriter(&gg)
	zw2.Write(gz)
	zw2.Close()
	br, err := os.ReadFile(filepath.Join("testdata", "bombs", "zeros-1GiB.br"))
	if err != nil {
		panic(err)
	}
	return bombSet{gz: gz, gzgz: gg.Bytes(), br: br}
})

type bombSet struct{ gz, gzgz, br []byte }

func gzipBomb() []byte     { return bombs().gz }
func gzipGzipBomb() []byte { return bombs().gzgz }
func brotliBomb() []byte   { return bombs().br }

// sendBody serves body with the given header lines (a key may repeat).
func sendBody(body []byte, header ...string) http.HandlerFunc {
	return func(rw http.ResponseWriter, r *http.Request) {
		for i := 0; i+1 < len(header); i += 2 {
			rw.Header().Add(header[i], header[i+1])
		}
		rw.Write(body)
	}
}

// endless streams lines of text until the client goes away.
func endless(line string) http.HandlerFunc {
	return func(rw http.ResponseWriter, r *http.Request) {
		rw.Header().Set("Content-Type", "text/plain")
		chunk := []byte(strings.Repeat(line+"\n", 4096))
		for r.Context().Err() == nil {
			if _, err := rw.Write(chunk); err != nil {
				return
			}
		}
	}
}

// drip sends one byte of a page every 100 ms, for ever.
func drip(contentType string) http.HandlerFunc {
	return func(rw http.ResponseWriter, r *http.Request) {
		rw.Header().Set("Content-Type", contentType)
		fl := rw.(http.Flusher)
		for {
			if _, err := rw.Write([]byte("<")); err != nil {
				return
			}
			fl.Flush()
			select {
			case <-r.Context().Done():
				return
			case <-time.After(100 * time.Millisecond):
			}
		}
	}
}

// rawGzipTransferEncoding answers with "Transfer-Encoding: gzip, chunked",
// which net/http's server never sends by itself.
func rawGzipTransferEncoding(rw http.ResponseWriter, r *http.Request) {
	conn, buf, err := http.NewResponseController(rw).Hijack()
	if err != nil {
		return
	}
	defer conn.Close()
	body := gzipBomb()
	fmt.Fprintf(buf, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: gzip, chunked\r\n\r\n%x\r\n", len(body))
	buf.Write(body)
	buf.WriteString("\r\n0\r\n\r\n")
	buf.Flush()
}

// heapRise runs f and returns the peak of the heap's object bytes above
// their level before f, sampled every half millisecond.
func heapRise(f func()) uint64 {
	const name = "/memory/classes/heap/objects:bytes"
	runtime.GC()
	s := []metrics.Sample{{Name: name}}
	metrics.Read(s)
	base := s[0].Value.Uint64()
	var peak uint64
	done, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		s := []metrics.Sample{{Name: name}}
		tick := time.NewTicker(500 * time.Microsecond)
		defer tick.Stop()
		for {
			metrics.Read(s)
			peak = max(peak, s[0].Value.Uint64())
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	f()
	close(done)
	<-stopped
	if peak < base {
		return 0
	}
	return peak - base
}

// hostileCase is one hostile site: handlers over the plain English site.
type hostileCase struct {
	name string
	// home is the home page fixture when no handler replaces "/".
	home     string
	handlers map[string]http.HandlerFunc
	// tls serves the site over HTTPS (security.txt is read only there).
	tls bool
	// want is in the crawl's error or its notes.
	want string
	// slow marks a case that only the site deadline ends (slowSiteTimeout);
	// the others get bombSiteTimeout.
	slow bool
}

func hostileCases() []hostileCase {
	var cases []hostileCase
	// A gzip bomb under every spelling of the encoding and every content type.
	for _, ce := range []string{"gzip", "x-gzip", "GZIP", "gzip, identity", "identity, gzip", " gzip "} {
		for _, ct := range []string{"text/html", "application/gzip", "application/x-gzip", "application/octet-stream", "application/pdf", "text/plain"} {
			cases = append(cases, hostileCase{
				name:     "home gzip bomb/" + ce + "/" + ct,
				handlers: map[string]http.HandlerFunc{"/": sendBody(gzipBomb(), "Content-Encoding", ce, "Content-Type", ct)},
				want:     "body larger than the limit (10485760 bytes decoded)",
			})
		}
	}
	for _, ct := range []string{"text/html", "application/gzip", "application/x-gzip", "application/x-brotli"} {
		cases = append(cases, hostileCase{
			name:     "home brotli bomb/" + ct,
			handlers: map[string]http.HandlerFunc{"/": sendBody(brotliBomb(), "Content-Encoding", "br", "Content-Type", ct)},
			want:     "body larger than the limit (10485760 bytes decoded)",
		})
	}
	// The bomb as a gzip file, no Content-Encoding: colly used to expand these itself.
	for _, ct := range []string{"application/gzip", "application/x-gzip", "application/gzip-compressed", "application/x-gzip; charset=binary"} {
		cases = append(cases, hostileCase{
			name:     "home gzip file/" + ct,
			handlers: map[string]http.HandlerFunc{"/": sendBody(gzipBomb(), "Content-Type", ct)},
			want:     "body larger than the limit (10485760 bytes decoded)",
		})
	}
	cases = append(cases,
		hostileCase{
			name:     "gzip encoding of a gzip file",
			handlers: map[string]http.HandlerFunc{"/": sendBody(gzipGzipBomb(), "Content-Encoding", "gzip", "Content-Type", "application/gzip")},
			want:     "body larger than the limit (10485760 bytes decoded)",
		},
		hostileCase{
			name:     "stacked gzip, gzip",
			handlers: map[string]http.HandlerFunc{"/": sendBody(gzipGzipBomb(), "Content-Encoding", "gzip, gzip", "Content-Type", "text/html")},
			want:     `unsupported content encoding: stacked codings "gzip, gzip"`,
		},
		hostileCase{
			name:     "stacked gzip on two header lines",
			handlers: map[string]http.HandlerFunc{"/": sendBody(gzipGzipBomb(), "Content-Encoding", "gzip", "Content-Encoding", "gzip", "Content-Type", "text/html")},
			want:     `unsupported content encoding: stacked codings "gzip, gzip"`,
		},
		hostileCase{
			name:     "stacked br, gzip",
			handlers: map[string]http.HandlerFunc{"/": sendBody(gzipBomb(), "Content-Encoding", "br, gzip", "Content-Type", "text/html")},
			want:     `unsupported content encoding: stacked codings "br, gzip"`,
		},
		hostileCase{
			name:     "unknown deflate",
			handlers: map[string]http.HandlerFunc{"/": sendBody(gzipBomb(), "Content-Encoding", "deflate", "Content-Type", "text/html")},
			want:     `unsupported content encoding "deflate"`,
		},
		hostileCase{
			name:     "unknown zstd",
			handlers: map[string]http.HandlerFunc{"/": sendBody(gzipBomb(), "Content-Encoding", "zstd", "Content-Type", "text/html")},
			want:     `unsupported content encoding "zstd"`,
		},
		hostileCase{
			name:     "gzip transfer-encoding",
			handlers: map[string]http.HandlerFunc{"/": rawGzipTransferEncoding},
			want:     "unsupported transfer encoding",
		},
		hostileCase{
			name:     "slow-drip home page",
			handlers: map[string]http.HandlerFunc{"/": drip("text/html")},
			want:     "context deadline exceeded",
			slow:     true,
		},
		hostileCase{
			name:     "endless robots.txt",
			handlers: map[string]http.HandlerFunc{"/robots.txt": endless("Disallow: /private")},
			want:     "robots.txt: body larger than the limit (524288 bytes decoded)",
		},
		hostileCase{
			name:     "huge robots.txt",
			handlers: map[string]http.HandlerFunc{"/robots.txt": sendBody(bytes.Repeat([]byte("Allow: /a\n"), 1<<20), "Content-Type", "text/plain")},
			want:     "robots.txt: body larger than the limit (524288 bytes decoded)",
		},
		hostileCase{
			name:     "gzip bomb robots.txt",
			handlers: map[string]http.HandlerFunc{"/robots.txt": sendBody(gzipBomb(), "Content-Encoding", "gzip", "Content-Type", "text/plain")},
			want:     "robots.txt: body larger than the limit (524288 bytes decoded)",
		},
		hostileCase{
			name:     "brotli bomb robots.txt as a gzip file",
			handlers: map[string]http.HandlerFunc{"/robots.txt": sendBody(brotliBomb(), "Content-Encoding", "br", "Content-Type", "application/x-gzip")},
			want:     "robots.txt: body larger than the limit (524288 bytes decoded)",
		},
		hostileCase{
			name:     "slow-drip robots.txt",
			handlers: map[string]http.HandlerFunc{"/robots.txt": drip("text/plain")},
			want:     "context deadline exceeded",
			slow:     true,
		},
		hostileCase{
			name: "sitemap.xml.gz bomb",
			home: "home_plain.html",
			handlers: map[string]http.HandlerFunc{
				"/robots.txt":     sendBody([]byte("User-agent: *\nAllow: /\nSitemap: /sitemap.xml.gz\n"), "Content-Type", "text/plain"),
				"/sitemap.xml.gz": sendBody(gzipBomb(), "Content-Type", "application/octet-stream"),
			},
			want: "sitemap http://bomb.example/sitemap.xml.gz: get http://bomb.example/sitemap.xml.gz: body larger than the limit (10485760 bytes decoded)",
		},
		hostileCase{
			name:     "sitemap.xml brotli bomb",
			home:     "home_plain.html",
			handlers: map[string]http.HandlerFunc{"/sitemap.xml": sendBody(brotliBomb(), "Content-Encoding", "br", "Content-Type", "application/xml")},
			want:     "sitemap http://bomb.example/sitemap.xml: get http://bomb.example/sitemap.xml: body larger than the limit (10485760 bytes decoded)",
		},
		hostileCase{
			name:     "security.txt gzip bomb",
			tls:      true,
			handlers: map[string]http.HandlerFunc{"/.well-known/security.txt": sendBody(gzipBomb(), "Content-Encoding", "gzip, identity", "Content-Type", "text/plain")},
			want:     "security.txt: get https://example.com/.well-known/security.txt: body larger than the limit (10485760 bytes decoded)",
		},
		hostileCase{
			name:     "gpc.json gzip file",
			tls:      true,
			handlers: map[string]http.HandlerFunc{"/.well-known/gpc.json": sendBody(gzipBomb(), "Content-Type", "application/gzip")},
			want:     "gpc.json: get https://example.com/.well-known/gpc.json: body larger than the limit (10485760 bytes decoded)",
		},
		hostileCase{
			name:     "PDF policy brotli bomb",
			handlers: map[string]http.HandlerFunc{"/privacy": sendBody(brotliBomb(), "Content-Encoding", "br", "Content-Type", "application/pdf")},
			want:     "get http://bomb.example/privacy: body larger than the limit (10485760 bytes decoded)",
		},
	)
	return cases
}

// TestHostileSites crawls sites that serve decompression bombs, stacked or
// unknown encodings, endless, huge and slow files: each crawl ends within
// its site deadline, says why, and keeps the heap under heapBudget.
func TestHostileSites(t *testing.T) {
	if testing.Short() {
		t.Skip("hostile sites expand 1 GiB bombs")
	}
	bombs()
	for _, tc := range hostileCases() {
		t.Run(tc.name, func(t *testing.T) {
			host := "bomb.example"
			w := &fakeWeb{t: t, sites: map[string]*http.ServeMux{}}
			if tc.tls {
				host = "example.com" // the test certificate's name
				w.srv = httptest.NewTLSServer(http.HandlerFunc(w.serve))
			} else {
				w.srv = httptest.NewServer(http.HandlerFunc(w.serve))
			}
			t.Cleanup(w.srv.Close)
			handlers := tc.handlers
			if tc.home != "" {
				handlers["/"] = sendBody([]byte(fixture(t, tc.home)), "Content-Type", "text/html")
			}
			enSite(t, w, host, handlers)
			cfg := testConfig(w)
			cfg.Resolve["www."+host] = "127.0.0.1:1" // refused at once, no DNS
			cfg.MaxBodyBytes = DefaultConfig().MaxBodyBytes
			cfg.Timeout = 30 * time.Second // the site deadline, not the request's, must cut slow bodies
			deadline := bombSiteTimeout
			if tc.slow {
				deadline = slowSiteTimeout
			}
			cfg.SiteTimeout = deadline
			if tc.tls {
				pool := x509.NewCertPool()
				pool.AddCert(w.srv.Certificate())
				cfg.TLSConfig = &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}
			}
			c, err := New(cfg, newMemStore(), testLogger(t))
			if err != nil {
				t.Fatal(err)
			}
			var res *SiteResult
			var crawlErr error
			var took time.Duration
			rise := heapRise(func() {
				start := time.Now()
				res, crawlErr = c.CrawlSite(context.Background(), host)
				took = time.Since(start)
			})
			said := fmt.Sprint(crawlErr)
			if res != nil {
				said += "\n" + strings.Join(res.Errors, "\n")
			}
			t.Logf("took %v, heap rose %.1f MiB; err: %v", took.Round(time.Millisecond), float64(rise)/(1<<20), crawlErr)
			if !strings.Contains(said, tc.want) {
				t.Errorf("the crawl does not say %q; it said:\n%s", tc.want, said)
			}
			if took > deadline+time.Second {
				t.Errorf("crawl took %v, past the site deadline of %v", took, deadline)
			}
			if rise > heapBudget {
				t.Errorf("heap rose %d MiB during the crawl, budget %d MiB", rise>>20, heapBudget>>20)
			}
		})
	}
}

// TestSiteByteBudget: a site whose pages together pass MaxSiteBytes fails,
// the process does not grow with it.
func TestSiteByteBudget(t *testing.T) {
	w := newFakeWeb(t)
	big := "<html><body><p>" + strings.Repeat("We collect data. ", 40_000) + "</p></body></html>" // 680 KB
	enSite(t, w, "heavy.example", map[string]http.HandlerFunc{
		"/privacy": sendBody([]byte(big), "Content-Type", "text/html"),
		"/terms":   sendBody([]byte(big), "Content-Type", "text/html"),
		"/cookies": sendBody([]byte(big), "Content-Type", "text/html"),
	})
	cfg := testConfig(w)
	cfg.MaxSiteBytes = 1 << 20
	res, err := crawlOnce(t, cfg, newMemStore(), "heavy.example")
	if err == nil {
		t.Fatalf("a crawl reading past its 1 MiB budget succeeded: %+v", res)
	}
	if !strings.Contains(err.Error(), "site crawl read more than its byte budget (1048576 bytes)") {
		t.Errorf("err = %v, want the byte budget", err)
	}
}

// TestContentEncodings covers the header's parsing on its own.
func TestContentEncodings(t *testing.T) {
	tests := []struct {
		values  []string
		want    string
		wantErr bool
	}{
		{nil, "", false},
		{[]string{""}, "", false},
		{[]string{"identity"}, "", false},
		{[]string{"gzip"}, "gzip", false},
		{[]string{"X-GZIP"}, "x-gzip", false},
		{[]string{"gzip, identity"}, "gzip", false},
		{[]string{"identity", "br"}, "br", false},
		{[]string{"gzip, gzip"}, "", true},
		{[]string{"gzip", "br"}, "", true},
		{[]string{"deflate"}, "", true},
		{[]string{"compress"}, "", true},
		{[]string{"gzip;q=1"}, "", true},
	}
	for _, tt := range tests {
		got, err := contentEncodings(tt.values)
		if (err != nil) != tt.wantErr || strings.Join(got, ",") != tt.want {
			t.Errorf("contentEncodings(%q) = %q, %v; want %q, error %v", tt.values, got, err, tt.want, tt.wantErr)
		}
	}
}

// TestSitemapGzipFile: a real sitemap.xml.gz is still read.
func TestSitemapGzipFile(t *testing.T) {
	w := newFakeWeb(t)
	mux := enSite(t, w, "gz.example", map[string]http.HandlerFunc{
		"/": sendBody([]byte(fixture(t, "home_plain.html")), "Content-Type", "text/html"),
	})
	var sm bytes.Buffer
	zw := gzip.NewWriter(&sm)
	fmt.Fprint(zw, `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`+
		`<url><loc>http://gz.example/privacy</loc></url></urlset>`)
	zw.Close()
	serve(mux, "/robots.txt", "text/plain", []byte("Sitemap: http://gz.example/sitemap.xml.gz\n"))
	serve(mux, "/sitemap.xml.gz", "application/x-gzip", sm.Bytes())
	res := mustCrawl(t, testConfig(w), newMemStore(), "gz.example")
	if doc(res, legible.KindPrivacy) == nil {
		t.Errorf("the privacy policy listed in sitemap.xml.gz was not found; errors %q", res.Errors)
	}
}
