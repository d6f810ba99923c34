package main

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/crawler/render"
	"github.com/legible-app/legible/db"
)

// renderCmdEnv is crawlCmdEnv logging at Info, where the start-up line is.
func renderCmdEnv(vars map[string]string) (*env, *bytes.Buffer, *bytes.Buffer) {
	e, out, errs := crawlCmdEnv(vars)
	e.log = slog.New(slog.NewTextHandler(errs, &slog.HandlerOptions{Level: slog.LevelInfo}))
	return e, out, errs
}

func TestRenderFlags(t *testing.T) {
	addr := crawlCmdSites(t)
	tests := []struct {
		name     string
		vars     map[string]string
		args     []string
		path     string // PATH for the test; "" keeps it
		wantCode int
		wantLog  string
	}{
		{"bad mode", nil, []string{"--render", "sometimes"}, "", 2, `render mode "sometimes"`},
		{"bad mode from env", map[string]string{"LEGIBLE_RENDER": "maybe"}, nil, "", 2, `render mode "maybe"`},
		{"always without the given chromium", nil, []string{"--render", "always", "--chromium", "/nonexistent/chromium"}, "", 2, "no Chromium executable found"},
		{"chromium from env missing", map[string]string{"LEGIBLE_CHROMIUM": "/nonexistent/chromium"}, nil, "", 2, "no Chromium executable found"},
		{"never", map[string]string{"LEGIBLE_RENDER": "never"}, nil, "", 0, "rendering off"},
		{"auto without chromium on the PATH", nil, nil, t.TempDir(), 0, "no Chromium found: --render auto acts as never"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.path != "" {
				t.Setenv("PATH", tc.path)
			}
			e, out, errs := renderCmdEnv(tc.vars)
			args := append([]string{"--db", filepath.Join(t.TempDir(), "r.db"), "--allow-private", "--resolve", "rated.example=" + addr}, tc.args...)
			code := crawlCmdRun(t, e, append(args, "rated.example")...)
			if code != tc.wantCode || !strings.Contains(errs.String(), tc.wantLog) {
				t.Errorf("exit %d, want %d with %q\nstdout:\n%s\nstderr:\n%s", code, tc.wantCode, tc.wantLog, out, errs)
			}
			if n := strings.Count(errs.String(), "no Chromium found"); n > 1 {
				t.Errorf("the missing Chromium was reported %d times", n)
			}
		})
	}
}

// jsSitePolicy is the policy text the JavaScript site loads as JSON.
const jsSitePolicy = `We collect your name and email address when you create an account, and the pages you read. ` +
	`We keep them until you delete your account and for thirty days afterwards. We do not sell your personal data. ` +
	`We share it only with the hosting company that runs our servers, under a contract that forbids any other use. ` +
	`You may ask for a copy of your data, ask us to correct or delete it, and complain to your data protection authority. ` +
	`We use only the cookies needed to keep you signed in. Write to privacy@script.example and we answer within one month. ` +
	`We tell you by email thirty days before any change to this policy takes effect, and we keep the earlier versions online. ` +
	`Your data is stored in the European Union and is never transferred elsewhere without the safeguards the law requires.`

func TestCrawlCommandRendersJavaScriptSite(t *testing.T) {
	if render.FindChromium() == "" {
		t.Skip("no Chromium installed")
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, `<html><body><main><h1>Script</h1><p>An app.</p></main><footer id="f"></footer>
<script>document.getElementById("f").innerHTML = '<a href="/privacy">Privacy Policy</a>';</script></body></html>`)
		case "/privacy":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, `<html><head><title>Privacy Policy</title></head><body><div id="root"></div>
<script>fetch("/policy.json").then(r => r.json()).then(p => {
  document.getElementById("root").innerHTML = "<main><h1>Privacy Policy</h1><p>" + p.text + "</p></main>";
});</script></body></html>`)
		case "/policy.json":
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprintf(w, `{"text": %q}`, jsSitePolicy)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	dsn := filepath.Join(t.TempDir(), "js.db")
	e, out, errs := renderCmdEnv(nil)
	code := crawlCmdRun(t, e, "--db", dsn, "--allow-private", "--delay", "0",
		"--resolve", "script.example="+srv.Listener.Addr().String(), "script.example")
	if code != 0 {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	if !strings.Contains(errs.String(), "rendering pages that need JavaScript") {
		t.Errorf("no start-up line about rendering:\n%s", errs)
	}
	store, err := db.Open(context.Background(), dsn, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	detail, err := store.SiteDetail(context.Background(), "script.example")
	if err != nil {
		t.Fatalf("site not stored: %v\nstderr:\n%s", err, errs)
	}
	var found bool
	for _, d := range detail.Documents {
		if d.Document.Kind == legible.KindPrivacy {
			found = true
			if !d.Version.Rendered || d.Version.Words < 100 {
				t.Errorf("privacy version: rendered=%v words=%d", d.Version.Rendered, d.Version.Words)
			}
		}
	}
	if !found {
		t.Errorf("no privacy document stored: %+v\nstdout:\n%s", detail.Documents, out)
	}
}
