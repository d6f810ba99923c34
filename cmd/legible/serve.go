package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/legible-app/legible/api"
	"github.com/legible-app/legible/crawler"
	"github.com/legible-app/legible/db"
)

func init() {
	register(command{
		name:    "serve",
		summary: "serve the API, the web pages and the crawl workers",
		run:     runServe,
	})
}

// serveConfig is what `legible serve` is started with.
type serveConfig struct {
	addr            string
	dsn             string
	workers         int
	allowPrivate    bool
	resolve         serveResolveFlag
	crawlDelay      time.Duration
	shutdownTimeout time.Duration
	api             api.Config
	proxies         string
}

// serveResolveFlag collects repeated --resolve HOST=IP:PORT flags.
type serveResolveFlag map[string]string

func (r serveResolveFlag) String() string {
	parts := make([]string, 0, len(r))
	for h, a := range r {
		parts = append(parts, h+"="+a)
	}
	return strings.Join(parts, ",")
}

func (r serveResolveFlag) Set(v string) error {
	for _, item := range strings.Split(v, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		host, addr, ok := strings.Cut(item, "=")
		if !ok || host == "" || addr == "" {
			return fmt.Errorf("resolve %q: want HOST=IP:PORT", item)
		}
		r[strings.ToLower(host)] = addr
	}
	return nil
}

// parseServeFlags reads the flags, with environment variables as defaults.
func parseServeFlags(e *env, args []string) (serveConfig, error) {
	cfg := serveConfig{resolve: serveResolveFlag{}, api: api.DefaultConfig()}
	envInt := func(key string, def int) int {
		if n, err := strconv.Atoi(e.getenv(key)); err == nil {
			return n
		}
		return def
	}
	envFloat := func(key string, def float64) float64 {
		if f, err := strconv.ParseFloat(e.getenv(key), 64); err == nil {
			return f
		}
		return def
	}
	envBool := func(key string, def bool) bool {
		if b, err := strconv.ParseBool(e.getenv(key)); err == nil {
			return b
		}
		return def
	}
	envDuration := func(key string, def time.Duration) time.Duration {
		if d, err := time.ParseDuration(e.getenv(key)); err == nil {
			return d
		}
		return def
	}
	fs := newFlagSet(e, "serve", "serve [--addr :8080] [--db DSN] [--workers N] [--allow-private] [--resolve HOST=IP:PORT]...")
	fs.StringVar(&cfg.addr, "addr", envOr(e, "LEGIBLE_ADDR", ":8080"), "listen address; :0 picks a free port (env LEGIBLE_ADDR)")
	fs.StringVar(&cfg.dsn, "db", envOr(e, "LEGIBLE_DB", db.DefaultSQLiteFile), "SQLite file or postgres:// DSN (env LEGIBLE_DB)")
	fs.IntVar(&cfg.workers, "workers", envInt("LEGIBLE_WORKERS", 1), "crawl workers to run; 0 for none (env LEGIBLE_WORKERS)")
	fs.BoolVar(&cfg.allowPrivate, "allow-private", envBool("LEGIBLE_ALLOW_PRIVATE", false), "let the crawler reach private and loopback addresses (env LEGIBLE_ALLOW_PRIVATE)")
	fs.Var(cfg.resolve, "resolve", "HOST=IP:PORT: connect to IP:PORT for HOST, repeatable (env LEGIBLE_RESOLVE, comma-separated)")
	fs.DurationVar(&cfg.crawlDelay, "crawl-delay", envDuration("LEGIBLE_CRAWL_DELAY", crawler.DefaultConfig().Delay), "pause between requests to one host (env LEGIBLE_CRAWL_DELAY)")
	fs.DurationVar(&cfg.shutdownTimeout, "shutdown-timeout", envDuration("LEGIBLE_SHUTDOWN_TIMEOUT", 15*time.Second), "how long to let in-flight requests finish on SIGTERM")
	fs.Float64Var(&cfg.api.AnonRate, "rate", envFloat("LEGIBLE_RATE", cfg.api.AnonRate), "requests per second per client IP without an API key; negative turns limiting off (env LEGIBLE_RATE)")
	fs.IntVar(&cfg.api.AnonBurst, "burst", envInt("LEGIBLE_BURST", cfg.api.AnonBurst), "burst per client IP without an API key (env LEGIBLE_BURST)")
	fs.Float64Var(&cfg.api.KeyRate, "key-rate", envFloat("LEGIBLE_KEY_RATE", cfg.api.KeyRate), "requests per second per API key (env LEGIBLE_KEY_RATE)")
	fs.IntVar(&cfg.api.KeyBurst, "key-burst", envInt("LEGIBLE_KEY_BURST", cfg.api.KeyBurst), "burst per API key (env LEGIBLE_KEY_BURST)")
	fs.BoolVar(&cfg.api.AccessLog, "access-log", envBool("LEGIBLE_ACCESS_LOG", cfg.api.AccessLog), "write an access log line per request (no client IPs) (env LEGIBLE_ACCESS_LOG)")
	fs.StringVar(&cfg.proxies, "trusted-proxies", e.getenv("LEGIBLE_TRUSTED_PROXIES"), "comma-separated proxy addresses whose X-Forwarded-For is trusted (env LEGIBLE_TRUSTED_PROXIES)")
	if v := e.getenv("LEGIBLE_RESOLVE"); v != "" {
		if err := cfg.resolve.Set(v); err != nil {
			return cfg, fmt.Errorf("LEGIBLE_RESOLVE: %w", err)
		}
	}
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	if fs.NArg() > 0 {
		return cfg, &exitError{code: 2, err: fmt.Errorf("unexpected arguments: %s", strings.Join(fs.Args(), " "))}
	}
	if cfg.workers < 0 {
		return cfg, &exitError{code: 2, err: errors.New("--workers must be 0 or more")}
	}
	for _, p := range strings.Split(cfg.proxies, ",") {
		if p = strings.TrimSpace(p); p != "" {
			cfg.api.TrustedProxies = append(cfg.api.TrustedProxies, p)
		}
	}
	return cfg, nil
}

// runServe serves until ctx ends (SIGINT or SIGTERM), then lets in-flight
// requests finish and stops the workers.
func runServe(ctx context.Context, e *env, args []string) error {
	cfg, err := parseServeFlags(e, args)
	if err != nil {
		return err
	}
	log := e.log
	store, err := db.Open(ctx, cfg.dsn, log)
	if err != nil {
		return fmt.Errorf("open database: %w", err)
	}
	defer store.Close()

	if cfg.api.AccessLog {
		// Access lines are buffered: one write per request would cost a
		// busy server more than the request itself.
		access := api.NewAccessLog(e.stderr, 250*time.Millisecond)
		defer access.Close()
		cfg.api.AccessLogger = access.Logger
	}
	srv := api.New(cfg.api, store, log)
	crawl, err := newServeCrawlFunc(cfg, store, log)
	if err != nil {
		return err
	}

	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.addr, err)
	}
	hs := &http.Server{
		Handler:           srv.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}

	// Background work (cache refresh, workers) outlives ctx until the
	// HTTP server has drained, then stops.
	bg, stopBg := context.WithCancel(context.WithoutCancel(ctx))
	defer stopBg()
	var wg sync.WaitGroup
	wg.Go(func() { srv.Run(bg) })
	for i := range cfg.workers {
		w := &api.Worker{Store: store, Crawl: crawl, Log: log.With("worker", i+1), Done: srv.Changed}
		wg.Go(func() { w.Run(bg) })
	}

	log.Info("listening", "addr", ln.Addr().String(), "workers", cfg.workers)
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()

	select {
	case err := <-served:
		stopBg()
		wg.Wait()
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	log.Info("shutting down", "timeout", cfg.shutdownTimeout)
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cfg.shutdownTimeout)
	defer cancel()
	shutErr := hs.Shutdown(sctx)
	stopBg()
	wg.Wait()
	if err := <-served; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	if shutErr != nil {
		return fmt.Errorf("shutdown: %w", shutErr)
	}
	log.Info("stopped")
	return nil
}

// newServeCrawlFunc builds the workers' crawl function on the crawler.
func newServeCrawlFunc(cfg serveConfig, store *db.DB, log *slog.Logger) (api.CrawlFunc, error) {
	ccfg := crawler.DefaultConfig()
	ccfg.AllowPrivate = cfg.allowPrivate
	ccfg.Resolve = cfg.resolve
	ccfg.Delay = cfg.crawlDelay
	c, err := crawler.New(ccfg, store, log)
	if err != nil {
		return nil, fmt.Errorf("crawler: %w", err)
	}
	return func(ctx context.Context, domain string) (json.RawMessage, error) {
		res, err := c.CrawlSite(ctx, domain)
		if err != nil {
			return nil, err
		}
		out, err := json.Marshal(res)
		if err != nil {
			return nil, fmt.Errorf("encode crawl result: %w", err)
		}
		return out, nil
	}, nil
}
