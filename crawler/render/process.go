package render

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"sync/atomic"
	"time"

	"github.com/chromedp/chromedp"
)

// process is one running Chromium and the contexts that drive it.
type process struct {
	allocCancel context.CancelFunc
	ctx         context.Context // the browser's chromedp context
	cancel      context.CancelFunc
	sink        *sink
	pid         int
	// broken is set when the browser failed to open a tab: it is restarted.
	broken atomic.Bool
}

// flags returns the Chromium command line: chromedp's quiet defaults plus
// the switches that keep the browser from reaching anything by itself.
func flags(cfg Config, proxy string) []chromedp.ExecAllocatorOption {
	opts := append([]chromedp.ExecAllocatorOption{}, chromedp.DefaultExecAllocatorOptions[:]...)
	opts = append(opts,
		chromedp.ExecPath(cfg.ExecPath),
		// Whatever escapes Fetch interception goes to the sink, loopback included.
		chromedp.ProxyServer("http://"+proxy),
		chromedp.Flag("proxy-bypass-list", "<-loopback>"),
		// Nor can it resolve names itself (no DNS prefetch, no lookups that
		// leak what a page names): only the sink's IP address is reachable.
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"),
		chromedp.Flag("force-webrtc-ip-handling-policy", "disable_non_proxied_udp"),
		chromedp.Flag("webrtc-ip-handling-policy", "disable_non_proxied_udp"),
		chromedp.Flag("deny-permission-prompts", true),
		chromedp.Flag("disable-notifications", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-domain-reliability", true),
		chromedp.Flag("no-pings", true),
		chromedp.Flag("disable-features", "Translate,BlinkGenPropertyTrees,OptimizationHints,MediaRouter,"+
			"AutofillServerCommunication,CertificateTransparencyComponentUpdater,NetworkTimeServiceQuerying"),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("blink-settings", "imagesEnabled=false"),
		chromedp.Flag("js-flags", "--max-old-space-size=256"),
		chromedp.WindowSize(1280, 2000),
	)
	if cfg.UserAgent != "" {
		opts = append(opts, chromedp.UserAgent(cfg.UserAgent))
	}
	if os.Geteuid() == 0 {
		// Chromium refuses to start as root with its sandbox; containers
		// run as root. Pages still get no network of their own.
		opts = append(opts, chromedp.NoSandbox)
	}
	return opts
}

// startProcess starts Chromium and waits until it answers.
func startProcess(ctx context.Context, cfg Config, log *slog.Logger) (*process, error) {
	s, err := newSink(log)
	if err != nil {
		return nil, fmt.Errorf("render: sink proxy: %w", err)
	}
	// The browser outlives the render that starts it: its contexts derive
	// from Background, and ctx only bounds the start.
	allocCtx, allocCancel := chromedp.NewExecAllocator(context.Background(), flags(cfg, s.addr())...)
	bctx, cancel := chromedp.NewContext(allocCtx)
	started := make(chan error, 1)
	go func() { started <- chromedp.Do(bctx) }()
	select {
	case err = <-started:
	case <-ctx.Done():
		err = ctx.Err()
	case <-time.After(30 * time.Second):
		err = fmt.Errorf("no answer after 30s")
	}
	if err != nil {
		cancel()
		allocCancel()
		s.close()
		return nil, fmt.Errorf("render: start chromium %s: %w", cfg.ExecPath, err)
	}
	p := &process{allocCancel: allocCancel, ctx: bctx, cancel: cancel, sink: s}
	if c := chromedp.FromContext(bctx); c != nil && c.Browser != nil && c.Browser.Process() != nil {
		p.pid = c.Browser.Process().Pid
	}
	log.Debug("chromium started", "path", cfg.ExecPath, "pid", p.pid)
	return p, nil
}

// alive reports whether the browser is still running and usable.
func (p *process) alive() bool {
	if p.broken.Load() || p.ctx.Err() != nil {
		return false
	}
	if p.pid > 0 {
		if _, err := os.Stat(fmt.Sprintf("/proc/%d", p.pid)); os.IsNotExist(err) {
			return false
		}
	}
	return true
}

// stop closes the browser gracefully, then kills it after a few seconds.
func (p *process) stop() error {
	ctx, cancel := context.WithTimeout(p.ctx, 5*time.Second)
	defer cancel()
	err := chromedp.Cancel(ctx)
	p.cancel()
	p.allocCancel()
	p.sink.close()
	if err != nil && p.ctx.Err() == nil {
		return fmt.Errorf("render: stop chromium: %w", err)
	}
	return nil
}

// rss returns the resident memory of the browser and all its descendants.
func (p *process) rss() (int64, error) {
	if p.pid <= 0 {
		return 0, fmt.Errorf("render: no browser pid")
	}
	return treeRSS(p.pid)
}
