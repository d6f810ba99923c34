package render

import (
	"context"
	"os"
	"sync/atomic"
	"testing"
	"time"
)

// ownBrowser starts a Browser for one test, with cfg changed by edit.
func ownBrowser(t *testing.T, edit func(*Config)) *Browser {
	t.Helper()
	testBrowser(t) // skips without Chromium
	cfg := DefaultConfig()
	cfg.ExecPath = sharedBrowser.ExecPath()
	cfg.PageTimeout = 6 * time.Second
	cfg.SettleQuiet = 200 * time.Millisecond
	edit(&cfg)
	b, err := New(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	return b
}

func TestRestartPastMemoryBudget(t *testing.T) {
	b := ownBrowser(t, func(c *Config) { c.MemoryBudget = 1 })
	srv := site(t, nil)
	var refused atomic.Int64
	for i := range 2 {
		if _, err := render(t, b, srv, "/plain.html", &refused); err != nil {
			t.Fatalf("render %d: %v", i, err)
		}
	}
	if got := b.Restarts(); got != 2 {
		t.Errorf("Restarts = %d, want 2 (one per render past a 1-byte budget)", got)
	}
}

func TestRestartAfterCrash(t *testing.T) {
	b := ownBrowser(t, func(*Config) {})
	srv := site(t, nil)
	var refused atomic.Int64
	if _, err := render(t, b, srv, "/plain.html", &refused); err != nil {
		t.Fatal(err)
	}
	if b.RSS() <= 0 {
		t.Error("RSS of a running browser is 0")
	}
	b.mu.RLock()
	pid := b.proc.pid
	b.mu.RUnlock()
	proc, err := os.FindProcess(pid)
	if err != nil {
		t.Fatal(err)
	}
	if err := proc.Kill(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for b.proc.alive() && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	p, err := b.Render(ctx, Request{URL: srv.URL + "/plain.html", Fetch: siteFetch(srv.Listener.Addr().String(), &refused)})
	if err != nil {
		t.Fatalf("render after the browser was killed: %v", err)
	}
	if len(p.HTML) == 0 {
		t.Error("empty DOM after restart")
	}
	if got := b.Restarts(); got != 1 {
		t.Errorf("Restarts = %d, want 1", got)
	}
}
