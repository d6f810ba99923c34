// Package api serves Legible over HTTP: the JSON API under /v1, the grade
// badges, the OpenAPI document, health and metrics endpoints, and — through
// package api/pages — the server-rendered pages. gin stays inside this
// package; handlers parse, validate, call the store and respond.
package api

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/api/gate"
	"github.com/legible-app/legible/api/links"
)

// Config tunes the server. Jobs is required; every other zero field takes
// the default from DefaultConfig.
type Config struct {
	// AnonRate and AnonBurst bound requests per second per client IP without
	// an API key; KeyRate and KeyBurst per API key. A negative rate turns
	// limiting off.
	AnonRate  float64
	AnonBurst int
	KeyRate   float64
	KeyBurst  int
	// MaxClients bounds the number of rate limiters kept in memory.
	MaxClients int
	// MaxScoreBytes bounds the body of POST /v1/score.
	MaxScoreBytes int64
	// CacheRefresh is how often the lookup table is refreshed from the store.
	CacheRefresh time.Duration
	// LookupMaxAge is the Cache-Control max-age of /v1/lookup and /v1/table.
	LookupMaxAge time.Duration
	// BadgeMaxAge is the Cache-Control max-age of the badges.
	BadgeMaxAge time.Duration
	// TrustedProxies lists the proxies whose X-Forwarded-For is believed; none by default.
	TrustedProxies []string
	// AccessLog turns the access log on.
	AccessLog bool
	// AccessLogger receives the access log lines; nil means the server's
	// logger. See NewAccessLog for a buffered one.
	AccessLogger *slog.Logger
	// Jobs queues the crawls requested through the API and the pages (the
	// River queue of package queue); it is required.
	Jobs legible.Jobs
	// AnonCrawlsPerHour bounds the crawls that visitors without an API key
	// ("Request a rating") may queue in any hour, all together; default 60.
	AnonCrawlsPerHour int
	// AnonCrawlQueue caps the crawls queued by visitors without an API key
	// that may wait at once; default 20.
	AnonCrawlQueue int
	// CheckDomain returns nil when a domain resolves to an address the
	// crawler may reach; anonymous requests for other domains are refused
	// before anything is queued. nil skips the check.
	CheckDomain func(ctx context.Context, domain string) error
	// BaseURL is the public root of the server, for the absolute links of
	// feeds and pages (e.g. "https://legible.example").
	BaseURL string
	// PublicHosts are the Host headers trusted to build absolute links when
	// BaseURL is empty ("host[:port]" or "https://host[:port]"); a request
	// with any other Host gets relative links. Forwarded headers are never
	// trusted for links.
	PublicHosts []string
	// Collectors are more Prometheus collectors to serve on /metrics (e.g.
	// the job queue's).
	Collectors []prometheus.Collector
}

// DefaultConfig returns the defaults.
func DefaultConfig() Config {
	return Config{
		AnonRate:      10,
		AnonBurst:     40,
		KeyRate:       100,
		KeyBurst:      200,
		MaxClients:    100_000,
		MaxScoreBytes: 2 << 20,
		CacheRefresh:  30 * time.Second,
		LookupMaxAge:  5 * time.Minute,
		BadgeMaxAge:   time.Hour,
		AccessLog:     true,
	}
}

func (c Config) withDefaults() Config {
	d := DefaultConfig()
	if c.AnonRate == 0 {
		c.AnonRate = d.AnonRate
	}
	if c.AnonBurst <= 0 {
		c.AnonBurst = d.AnonBurst
	}
	if c.KeyRate == 0 {
		c.KeyRate = d.KeyRate
	}
	if c.KeyBurst <= 0 {
		c.KeyBurst = d.KeyBurst
	}
	if c.MaxClients <= 0 {
		c.MaxClients = d.MaxClients
	}
	if c.MaxScoreBytes <= 0 {
		c.MaxScoreBytes = d.MaxScoreBytes
	}
	if c.CacheRefresh <= 0 {
		c.CacheRefresh = d.CacheRefresh
	}
	if c.LookupMaxAge <= 0 {
		c.LookupMaxAge = d.LookupMaxAge
	}
	if c.BadgeMaxAge <= 0 {
		c.BadgeMaxAge = d.BadgeMaxAge
	}
	return c
}

// Server is the HTTP API. Create it with New, start its background refresh
// with Run, and serve its Handler.
type Server struct {
	cfg     Config
	store   Store
	log     *slog.Logger
	access  *slog.Logger
	engine  *gin.Engine
	root    links.Root
	cache   *lookupCache
	limiter *limiter
	keys    *keyCache
	metrics *metrics
	// publicCache and badgeCache are the Cache-Control values of the
	// cacheable endpoints.
	publicCache []string
	badgeCache  []string
}

// New builds the server and its route table. The store and cfg.Jobs are
// required: New panics without them, a wiring mistake.
func New(cfg Config, store Store, log *slog.Logger) *Server {
	if store == nil || cfg.Jobs == nil {
		panic("api.New: a store and Config.Jobs are required")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	cfg = cfg.withDefaults()
	s := &Server{
		cfg:     cfg,
		store:   store,
		log:     log,
		access:  cfg.AccessLogger,
		cache:   newLookupCache(store, log),
		limiter: newLimiter(cfg.MaxClients),
		keys:    newKeyCache(store, keyCacheTTL),
		metrics: newMetrics(),

		publicCache: maxAgeHeader(cfg.LookupMaxAge),
		badgeCache:  maxAgeHeader(cfg.BadgeMaxAge),
	}
	if s.access == nil {
		s.access = log
	}
	root, err := links.NewRoot(cfg.BaseURL, cfg.PublicHosts)
	if err != nil {
		log.Warn("absolute links disabled", "err", err)
	}
	s.root = root
	for _, c := range cfg.Collectors {
		s.metrics.reg.MustRegister(c)
	}
	// Crawls queued without an API key pass the anonymous limits; the keyed
	// POST /v1/crawls marks its requests with gate.WithKey.
	s.cfg.Jobs = gate.New(s.cfg.Jobs, gate.Config{
		PerHour: cfg.AnonCrawlsPerHour, MaxQueued: cfg.AnonCrawlQueue, Check: cfg.CheckDomain,
	})
	s.engine = s.routes()
	return s
}

// Handler returns the HTTP handler serving every route.
func (s *Server) Handler() http.Handler { return s.engine }

// Run loads the lookup table and keeps it fresh until ctx ends. Serving works
// before the first load completes, reading the store directly.
func (s *Server) Run(ctx context.Context) {
	s.cache.run(ctx, s.cfg.CacheRefresh)
}

// Changed tells the server that stored scores changed (e.g. a crawl finished),
// so its caches refresh soon.
func (s *Server) Changed() { s.cache.notify() }
