package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/legible-app/legible/api"
	"github.com/legible-app/legible/api/links"
	"github.com/legible-app/legible/crawler"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/queue"
	"github.com/legible-app/legible/rating"
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
	crawl           crawlFlags
	queue           queueFlags
	shutdownTimeout time.Duration
	api             api.Config
	proxies         string
	publicHosts     string
}

// parseServeFlags reads the flags, with environment variables as defaults.
func parseServeFlags(e *env, args []string) (serveConfig, error) {
	cfg := serveConfig{api: api.DefaultConfig()}
	p := &envParser{e: e}
	fs := newFlagSet(e, "serve", "serve [--addr :8080] [--db DSN] [--workers N] [--allow-private] [--resolve HOST=IP:PORT]...")
	fs.StringVar(&cfg.addr, "addr", envOr(e, "LEGIBLE_ADDR", ":8080"), "listen address; :0 picks a free port (env LEGIBLE_ADDR)")
	fs.StringVar(&cfg.dsn, "db", envOr(e, "LEGIBLE_DB", db.DefaultSQLiteFile), "SQLite file or postgres:// DSN (env LEGIBLE_DB)")
	fs.IntVar(&cfg.workers, "workers", p.int("LEGIBLE_WORKERS", 1), "crawls run at once by this process; 0 for none (env LEGIBLE_WORKERS)")
	cfg.crawl.register(p, fs, "crawl-delay")
	cfg.queue.register(p, fs)
	fs.DurationVar(&cfg.shutdownTimeout, "shutdown-timeout", p.duration("LEGIBLE_SHUTDOWN_TIMEOUT", 15*time.Second), "how long to let in-flight requests finish on SIGTERM (env LEGIBLE_SHUTDOWN_TIMEOUT)")
	fs.Float64Var(&cfg.api.AnonRate, "rate", p.float("LEGIBLE_RATE", cfg.api.AnonRate), "requests per second per client IP without an API key; negative turns limiting off (env LEGIBLE_RATE)")
	fs.IntVar(&cfg.api.AnonBurst, "burst", p.int("LEGIBLE_BURST", cfg.api.AnonBurst), "burst per client IP without an API key (env LEGIBLE_BURST)")
	fs.Float64Var(&cfg.api.KeyRate, "key-rate", p.float("LEGIBLE_KEY_RATE", cfg.api.KeyRate), "requests per second per API key (env LEGIBLE_KEY_RATE)")
	fs.IntVar(&cfg.api.KeyBurst, "key-burst", p.int("LEGIBLE_KEY_BURST", cfg.api.KeyBurst), "burst per API key (env LEGIBLE_KEY_BURST)")
	fs.IntVar(&cfg.api.AnonCrawlsPerHour, "request-budget", p.int("LEGIBLE_REQUEST_BUDGET", 60), "crawls that visitors without an API key (\"Request a rating\") may queue per hour, all together (env LEGIBLE_REQUEST_BUDGET)")
	fs.IntVar(&cfg.api.AnonCrawlQueue, "request-queue", p.int("LEGIBLE_REQUEST_QUEUE", 20), "crawls requested without an API key that may wait at once (env LEGIBLE_REQUEST_QUEUE)")
	fs.BoolVar(&cfg.api.AccessLog, "access-log", p.bool("LEGIBLE_ACCESS_LOG", cfg.api.AccessLog), "write an access log line per request (no client IPs) (env LEGIBLE_ACCESS_LOG)")
	fs.StringVar(&cfg.api.BaseURL, "base-url", e.getenv("LEGIBLE_BASE_URL"), "public root URL of this server, for the absolute links of feeds and pages (env LEGIBLE_BASE_URL)")
	fs.StringVar(&cfg.publicHosts, "public-host", e.getenv("LEGIBLE_PUBLIC_HOSTS"), "comma-separated Host names (host[:port] or https://host) trusted for absolute links when --base-url is unset;\n"+
		"requests with any other Host get relative links (env LEGIBLE_PUBLIC_HOSTS)")
	fs.StringVar(&cfg.proxies, "trusted-proxies", e.getenv("LEGIBLE_TRUSTED_PROXIES"), "comma-separated proxy addresses whose X-Forwarded-For is trusted (env LEGIBLE_TRUSTED_PROXIES)")
	if err := p.Err(); err != nil {
		return cfg, err
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
	if err := cfg.crawl.validate(); err != nil {
		return cfg, err
	}
	if err := cfg.queue.validate(); err != nil {
		return cfg, err
	}
	if cfg.api.AnonCrawlsPerHour < 1 || cfg.api.AnonCrawlQueue < 1 {
		return cfg, &exitError{code: 2, err: errors.New("--request-budget and --request-queue must be 1 or more")}
	}
	cfg.api.TrustedProxies = splitList(cfg.proxies)
	cfg.api.PublicHosts = splitList(cfg.publicHosts)
	if _, err := links.NewRoot(cfg.api.BaseURL, cfg.api.PublicHosts); err != nil {
		return cfg, &exitError{code: 2, err: err}
	}
	return cfg, nil
}

// splitList splits a comma-separated flag value, dropping empty items.
func splitList(v string) []string {
	var out []string
	for _, p := range strings.Split(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
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
	ccfg, stopRender, err := cfg.crawl.crawlerConfig(log)
	if err != nil {
		return err
	}
	defer stopRender()
	c, err := crawler.New(ccfg, store, log)
	if err != nil {
		return &exitError{code: 2, err: fmt.Errorf("crawler: %w", err)}
	}
	cfg.api.CheckDomain = c.CheckDomain // anonymous rating requests need a reachable domain
	qc := cfg.queue.config(cfg.workers)
	qc.Due = store.SitesDue
	qc.OnStart = rating.RescoreJob(store, log)
	var srv *api.Server
	qc.Crawl = func(ctx context.Context, domain string) (json.RawMessage, error) {
		out, err := crawlFunc(c)(ctx, domain)
		srv.Changed()
		return out, err
	}
	q, err := openQueue(ctx, store, qc, e)
	if err != nil {
		return err
	}
	cfg.api.Jobs = q
	cfg.api.Collectors = append(cfg.api.Collectors, q.Collector())
	srv = api.New(cfg.api, store, log)

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
	if err := q.Start(bg); err != nil {
		stopBg()
		wg.Wait()
		return err
	}

	log.Info("listening", "addr", ln.Addr().String(), "workers", cfg.workers)
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()

	select {
	case err := <-served:
		_ = q.Close(context.WithoutCancel(ctx))
		stopBg()
		wg.Wait()
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	log.Info("shutting down", "timeout", cfg.shutdownTimeout)
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cfg.shutdownTimeout)
	defer cancel()
	shutErr := hs.Shutdown(sctx)
	// Running crawls get the rest of the shutdown time; one cut short is
	// retried by the queue.
	if err := q.Close(sctx); err != nil {
		log.Warn("stopping the job queue", "error", err)
	}
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

// crawlFunc adapts a crawler to the job queue: it crawls one site and
// returns the JSON of the result.
func crawlFunc(c *crawler.Crawler) queue.CrawlFunc {
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
	}
}
