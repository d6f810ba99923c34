package crawler

import (
	"bytes"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/legible-app/legible/extract"
)

// fakeWeb is one loopback HTTP server playing many sites, told apart by
// the Host header; Config.Resolve sends every site's host name to it.
type fakeWeb struct {
	t     testing.TB
	srv   *httptest.Server
	mu    sync.Mutex
	sites map[string]*http.ServeMux
	seen  []string // "host/path" of every request, in order
}

func newFakeWeb(t testing.TB) *fakeWeb {
	t.Helper()
	w := &fakeWeb{t: t, sites: map[string]*http.ServeMux{}}
	w.srv = httptest.NewServer(http.HandlerFunc(w.serve))
	t.Cleanup(w.srv.Close)
	return w
}

func (w *fakeWeb) serve(rw http.ResponseWriter, r *http.Request) {
	host := r.Host
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	w.mu.Lock()
	w.seen = append(w.seen, host+r.URL.RequestURI())
	mux := w.sites[host]
	w.mu.Unlock()
	if mux == nil {
		http.NotFound(rw, r)
		return
	}
	mux.ServeHTTP(rw, r)
}

// site returns the mux of a host, creating it.
func (w *fakeWeb) site(host string) *http.ServeMux {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.sites[host] == nil {
		w.sites[host] = http.NewServeMux()
	}
	return w.sites[host]
}

// resolve maps every site's host to the server.
func (w *fakeWeb) resolve() map[string]string {
	w.mu.Lock()
	defer w.mu.Unlock()
	m := map[string]string{}
	for h := range w.sites {
		m[h] = w.srv.Listener.Addr().String()
	}
	return m
}

// requested counts the requests for host and path (query included).
func (w *fakeWeb) requested(host, path string) int {
	w.mu.Lock()
	defer w.mu.Unlock()
	n := 0
	for _, s := range w.seen {
		if s == host+path {
			n++
		}
	}
	return n
}

// serve serves body at path with a content type.
func serve(mux *http.ServeMux, path, contentType string, body []byte) {
	mux.HandleFunc(pattern(path), func(rw http.ResponseWriter, r *http.Request) {
		rw.Header().Set("Content-Type", contentType)
		rw.Write(body)
	})
}

// pattern is the ServeMux pattern matching exactly path.
func pattern(path string) string {
	if strings.HasSuffix(path, "/") {
		return "GET " + path + "{$}"
	}
	return "GET " + path
}

// htmlPage serves an HTML page from a string.
func htmlPage(mux *http.ServeMux, path, body string) {
	serve(mux, path, "text/html; charset=utf-8", []byte(body))
}

// fixture reads testdata/sites/name.
func fixture(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "sites", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// testConfig is a fast configuration aimed at w, with a simple extractor so
// that discovery tests do not depend on extraction quality.
func testConfig(w *fakeWeb) Config {
	cfg := DefaultConfig()
	cfg.AllowPrivate = true
	cfg.Resolve = w.resolve()
	cfg.Delay = 0
	cfg.Timeout = 3 * time.Second
	cfg.RetryBackoff = 10 * time.Millisecond
	cfg.Extract = plainExtract
	return cfg
}

// testLogger logs to the test output.
func testLogger(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
}

type tWriter struct{ t *testing.T }

func (w tWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// plainExtract is a minimal extractor for tests: the text of <main> or
// <body> without scripts, navigation and footers; text/plain as is.
func plainExtract(body []byte, contentType, pageURL string) (*extract.Result, error) {
	if strings.HasPrefix(contentType, "text/plain") {
		return &extract.Result{Text: string(body), Format: "text"}, nil
	}
	if !isHTML(contentType, body) {
		return nil, fmt.Errorf("plainExtract: unsupported type %q", contentType)
	}
	doc, err := parseHTML(body, contentType)
	if err != nil {
		return nil, err
	}
	doc.Find("script, style, nav, header, footer").Remove()
	root := doc.Find("main")
	if root.Length() == 0 {
		root = doc.Find("body")
	}
	var b bytes.Buffer
	root.Find("h1, h2, h3, p, li").Each(func(_ int, s *goquery.Selection) {
		b.WriteString(strings.Join(strings.Fields(s.Text()), " "))
		b.WriteString("\n\n")
	})
	return &extract.Result{
		Title:  strings.TrimSpace(doc.Find("title").Text()),
		Text:   strings.TrimSpace(b.String()),
		Lang:   doc.Find("html").AttrOr("lang", ""),
		Format: "html",
	}, nil
}

// realExtract calls extract.Extract and skips the test while it is not
// implemented.
func realExtract(t *testing.T) ExtractFunc {
	t.Helper()
	if _, err := extract.Extract([]byte("<html><body><p>probe text</p></body></html>"), "text/html", ""); err != nil &&
		strings.Contains(err.Error(), "not implemented") {
		t.Skip("extract.Extract is not implemented yet")
	}
	return extract.Extract
}

// slowBody writes n bytes in chunks, stopping when the client goes away.
func slowBody(rw http.ResponseWriter, r *http.Request, n int) {
	chunk := bytes.Repeat([]byte("<p>lorem ipsum dolor sit amet</p>\n"), 1024)
	for written := 0; written < n; written += len(chunk) {
		if _, err := rw.Write(chunk); err != nil {
			return
		}
		if r.Context().Err() != nil {
			return
		}
	}
}
