// Package render loads a page in headless Chromium and returns its DOM after
// the scripts ran, for the pages whose text or links only exist once
// JavaScript has run.
//
// Chromium never touches the network itself. Every request a page makes is
// paused through the DevTools Fetch domain and answered by Request.Fetch,
// which is the crawler's own guarded HTTP client (non-public addresses
// refused at dial time, size caps, robots.txt for documents). Requests to
// other sites, non-GET methods and media are failed before they are fetched.
// As a second wall, the browser's proxy is a local sink that accepts and
// drops anything that would escape interception (WebSockets, WebRTC, a
// popup's requests, Chromium's own background calls), and keeps a note of
// what reached it.
//
// One Browser runs one Chromium process, started on first use, with a
// bounded number of tabs; each render gets a fresh incognito browser
// context, a deadline, and a cap on the DOM it returns. The process is
// restarted when it dies or when its resident memory passes a budget.
package render

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"time"
)

// ErrNoChromium means no Chromium executable was found or given.
var ErrNoChromium = errors.New("no Chromium executable found")

// Config tunes a Browser. Zero values take the defaults of DefaultConfig.
type Config struct {
	// ExecPath is the Chromium executable; empty means FindChromium.
	ExecPath string
	// UserAgent is sent by the browser (the crawler also sets it on the
	// requests it makes for the page).
	UserAgent string
	// MaxTabs bounds the pages rendered at once.
	MaxTabs int
	// PageTimeout bounds one render, from opening the tab to reading the DOM.
	PageTimeout time.Duration
	// SettleQuiet is how long the page must stay without requests and
	// without DOM text changes to count as settled.
	SettleQuiet time.Duration
	// MaxDOMBytes caps the serialised DOM returned (bytes of HTML).
	MaxDOMBytes int
	// MaxRequests bounds the requests one page may have answered; the
	// others fail in the browser.
	MaxRequests int
	// MaxResourceBytes caps one response handed to the browser.
	MaxResourceBytes int64
	// MaxConcurrentRequests bounds the requests of one page fetched at once.
	MaxConcurrentRequests int
	// MemoryBudget is the resident memory, in bytes, of the whole browser
	// (all its processes) past which it is restarted between renders.
	MemoryBudget int64
}

// DefaultConfig returns the settings used for crawling.
func DefaultConfig() Config {
	return Config{
		MaxTabs:               2,
		PageTimeout:           20 * time.Second,
		SettleQuiet:           500 * time.Millisecond,
		MaxDOMBytes:           4 << 20,
		MaxRequests:           150,
		MaxConcurrentRequests: 6,
		MaxResourceBytes:      10 << 20,
		MemoryBudget:          1 << 30,
	}
}

func (c Config) withDefaults() Config {
	d := DefaultConfig()
	if c.MaxTabs <= 0 {
		c.MaxTabs = d.MaxTabs
	}
	if c.PageTimeout <= 0 {
		c.PageTimeout = d.PageTimeout
	}
	if c.SettleQuiet <= 0 {
		c.SettleQuiet = d.SettleQuiet
	}
	if c.MaxDOMBytes <= 0 {
		c.MaxDOMBytes = d.MaxDOMBytes
	}
	if c.MaxRequests <= 0 {
		c.MaxRequests = d.MaxRequests
	}
	if c.MaxConcurrentRequests <= 0 {
		c.MaxConcurrentRequests = d.MaxConcurrentRequests
	}
	if c.MaxResourceBytes <= 0 {
		c.MaxResourceBytes = d.MaxResourceBytes
	}
	if c.MemoryBudget <= 0 {
		c.MemoryBudget = d.MemoryBudget
	}
	return c
}

// Browser renders pages in one Chromium process. It is safe for concurrent
// use; Close stops the process.
type Browser struct {
	cfg  Config
	log  *slog.Logger
	tabs chan struct{}

	// mu is held for reading by every render and for writing while the
	// process starts, restarts or stops.
	mu       sync.RWMutex
	proc     *process
	closed   bool
	restarts int
}

// New returns a Browser for the Chromium at cfg.ExecPath (or the one
// FindChromium finds). The process starts on the first Render.
func New(cfg Config, log *slog.Logger) (*Browser, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	cfg = cfg.withDefaults()
	if cfg.ExecPath == "" {
		cfg.ExecPath = FindChromium()
	}
	if cfg.ExecPath == "" {
		return nil, ErrNoChromium
	}
	if fi, err := os.Stat(cfg.ExecPath); err != nil || fi.IsDir() || fi.Mode()&0o111 == 0 {
		return nil, fmt.Errorf("%w: %s is not an executable file", ErrNoChromium, cfg.ExecPath)
	}
	return &Browser{cfg: cfg, log: log, tabs: make(chan struct{}, cfg.MaxTabs)}, nil
}

// ExecPath returns the Chromium executable in use.
func (b *Browser) ExecPath() string { return b.cfg.ExecPath }

// Restarts returns how many times the process was restarted after it died
// or outgrew its memory budget.
func (b *Browser) Restarts() int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	return b.restarts
}

// Escaped returns the first request lines ("CONNECT host:443 HTTP/1.1")
// that reached the sink proxy of the running browser and were dropped:
// Chromium's own background calls, and anything of a page that got past
// interception.
func (b *Browser) Escaped() []string {
	b.mu.RLock()
	defer b.mu.RUnlock()
	if b.proc == nil {
		return nil
	}
	return b.proc.sink.requests()
}

// Close stops the browser process and waits for it.
func (b *Browser) Close() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true
	if b.proc == nil {
		return nil
	}
	err := b.proc.stop()
	b.proc = nil
	return err
}

// acquire returns the running process, starting or restarting it as
// needed, with b.mu held for reading; the caller must call b.mu.RUnlock.
func (b *Browser) acquire(ctx context.Context) (*process, error) {
	b.mu.RLock()
	if b.proc != nil && b.proc.alive() && !b.closed {
		return b.proc, nil
	}
	b.mu.RUnlock()

	b.mu.Lock()
	if b.closed {
		b.mu.Unlock()
		return nil, errors.New("render: browser closed")
	}
	if b.proc == nil || !b.proc.alive() {
		if b.proc != nil {
			b.log.Warn("chromium died or stopped answering; restarting", "path", b.cfg.ExecPath)
			_ = b.proc.stop()
			b.proc = nil
			b.restarts++
		}
		p, err := startProcess(ctx, b.cfg, b.log)
		if err != nil {
			b.mu.Unlock()
			return nil, err
		}
		b.proc = p
	}
	b.mu.Unlock()
	b.mu.RLock()
	if b.proc == nil {
		b.mu.RUnlock()
		return nil, errors.New("render: browser closed")
	}
	return b.proc, nil
}

// checkMemory restarts the process when it uses more than the budget. It
// waits for the renders in progress (it takes b.mu for writing).
func (b *Browser) checkMemory() {
	b.mu.RLock()
	p := b.proc
	b.mu.RUnlock()
	if p == nil {
		return
	}
	rss, err := p.rss()
	if err != nil || rss <= b.cfg.MemoryBudget {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.proc != p {
		return // restarted meanwhile
	}
	b.log.Info("chromium past its memory budget; restarting", "rss_bytes", rss, "budget_bytes", b.cfg.MemoryBudget)
	_ = p.stop()
	b.proc = nil
	b.restarts++
}

// RSS returns the resident memory of the browser's processes, in bytes, or
// 0 when it is not running.
func (b *Browser) RSS() int64 {
	b.mu.RLock()
	defer b.mu.RUnlock()
	if b.proc == nil {
		return 0
	}
	n, _ := b.proc.rss()
	return n
}
