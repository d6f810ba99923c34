// Package crawler finds a site's privacy policy, terms and cookie policy
// without any per-site configuration, fetches them politely and safely,
// extracts their text, scores it and stores a new version when it changed.
//
// It is built on colly: robots.txt is obeyed, requests carry an identifying
// User-Agent, per-host delay and parallelism are limited, bodies are capped
// and every connection goes through a dialer that refuses non-public
// addresses after name resolution (on the first request and on every
// redirect), unless Config.AllowPrivate is set.
//
// colly reads COLLY_* environment variables in colly.NewCollector; the
// crawler never calls it and sets every collector option itself, so the
// environment cannot loosen robots.txt, the User-Agent or the limits.
package crawler

import (
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/netip"
	"strings"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/extract"
)

// DefaultUserAgent identifies the crawler and says where to learn about it.
const DefaultUserAgent = "LegibleBot/0.1 (+https://github.com/legible-app/legible)"

// ExtractFunc turns a fetched body into its main text; extract.Extract by default.
type ExtractFunc func(body []byte, contentType, pageURL string) (*extract.Result, error)

// Config tunes a Crawler. Start from DefaultConfig: in New, zero values of
// the size and time limits are replaced by their defaults, but a zero Delay
// or Retries means none.
type Config struct {
	// UserAgent identifies the crawler, with a contact URL.
	UserAgent string
	// AllowPrivate lets the crawler connect to loopback, private and other
	// non-public addresses (for tests and intranets).
	AllowPrivate bool
	// AllowAddrs are non-public ranges allowed even without AllowPrivate,
	// e.g. an internal mirror.
	AllowAddrs []netip.Prefix
	// AllowAddrPorts are single non-public addresses with their port allowed
	// even without AllowPrivate: a test's own server, while any other
	// listener on the same address stays refused.
	AllowAddrPorts []netip.AddrPort
	// Resolve maps a host name to "ip:port", like curl --resolve: every
	// connection to that host, on any port, goes there. The address is
	// still checked by the dialer guard.
	Resolve map[string]string
	// Lookup resolves host names for CheckDomain; nil means the system
	// resolver. (Connections resolve through the dialer.)
	Lookup LookupFunc
	// TLSConfig is the client TLS configuration (e.g. extra root CAs for tests).
	TLSConfig *tls.Config
	// Delay is the pause after each request to a host; 0 means none.
	Delay time.Duration
	// Parallelism is how many requests one site crawl makes at once.
	Parallelism int
	// Timeout bounds one request, body included.
	Timeout time.Duration
	// MaxBodyBytes is the largest body accepted; bigger ones are refused.
	MaxBodyBytes int64
	// MaxSiteBytes bounds the bytes one site crawl reads, decoded, over all
	// its requests (robots.txt included): past it the crawl of that site
	// fails with ErrSiteBudget. It is the site's memory budget for bodies.
	MaxSiteBytes int64
	// MaxPagesPerSite bounds the requests of one site crawl (robots.txt aside).
	MaxPagesPerSite int
	// SiteTimeout bounds one whole site crawl.
	SiteTimeout time.Duration
	// MaxRedirects bounds the redirects followed per request (at most 10).
	MaxRedirects int
	// Retries is how many times a request is retried on 429, 5xx or a
	// dropped connection; 0 means none.
	Retries int
	// RetryBackoff is the first pause between retries; it doubles each time.
	RetryBackoff time.Duration
	// MaxRetryAfter caps the Retry-After a server may ask for: a longer one
	// ends the retries for that request.
	MaxRetryAfter time.Duration
	// Now returns the current time.
	Now func() time.Time
	// Extract extracts a document's main text; nil means extract.Extract.
	Extract ExtractFunc
	// OnPage, when set, is called with the address of every page a site
	// crawl requests, as it requests it (for progress on a terminal). It may
	// be called from several goroutines at once.
	OnPage func(url string)
	// Renderer renders pages that need JavaScript in a headless browser;
	// nil means pages are never rendered.
	Renderer Renderer
	// Render says when pages are rendered (see RenderMode); "" means
	// RenderAuto with a Renderer and RenderNever without one.
	Render RenderMode
}

// DefaultConfig returns the settings for crawling real sites politely.
func DefaultConfig() Config {
	return Config{
		UserAgent:       DefaultUserAgent,
		Delay:           time.Second,
		Parallelism:     2,
		Timeout:         20 * time.Second,
		MaxBodyBytes:    10 << 20,
		MaxSiteBytes:    48 << 20,
		MaxPagesPerSite: 30,
		SiteTimeout:     5 * time.Minute,
		MaxRedirects:    10,
		Retries:         2,
		RetryBackoff:    time.Second,
		MaxRetryAfter:   30 * time.Second,
		Now:             time.Now,
	}
}

// withDefaults fills the zero limits and validates the rest.
func (c Config) withDefaults() (Config, error) {
	d := DefaultConfig()
	if strings.TrimSpace(c.UserAgent) == "" {
		c.UserAgent = d.UserAgent
	}
	if c.Parallelism <= 0 {
		c.Parallelism = d.Parallelism
	}
	if c.Timeout <= 0 {
		c.Timeout = d.Timeout
	}
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = d.MaxBodyBytes
	}
	if c.MaxSiteBytes <= 0 {
		c.MaxSiteBytes = d.MaxSiteBytes
	}
	if c.MaxPagesPerSite <= 0 {
		c.MaxPagesPerSite = d.MaxPagesPerSite
	}
	if c.SiteTimeout <= 0 {
		c.SiteTimeout = d.SiteTimeout
	}
	if c.MaxRedirects <= 0 {
		c.MaxRedirects = d.MaxRedirects
	}
	if c.MaxRedirects > 10 {
		return c, fmt.Errorf("%w: at most 10 redirects, got %d", legible.ErrInvalid, c.MaxRedirects)
	}
	if c.Delay < 0 || c.Retries < 0 {
		return c, fmt.Errorf("%w: negative delay or retries", legible.ErrInvalid)
	}
	if c.RetryBackoff <= 0 {
		c.RetryBackoff = d.RetryBackoff
	}
	if c.MaxRetryAfter <= 0 {
		c.MaxRetryAfter = d.MaxRetryAfter
	}
	if c.Now == nil {
		c.Now = d.Now
	}
	if c.Lookup == nil {
		c.Lookup = defaultLookup
	}
	if c.Extract == nil {
		c.Extract = extract.Extract
	}
	if c.Render == "" {
		c.Render = RenderAuto
	}
	if _, err := ParseRenderMode(string(c.Render)); err != nil {
		return c, err
	}
	if c.Renderer == nil {
		c.Render = RenderNever
	}
	resolve := make(map[string]string, len(c.Resolve))
	for host, addr := range c.Resolve {
		if _, err := netip.ParseAddrPort(addr); err != nil {
			return c, fmt.Errorf("%w: resolve %s: %q is not ip:port", legible.ErrInvalid, host, addr)
		}
		resolve[strings.ToLower(strings.TrimSuffix(host, "."))] = addr
	}
	c.Resolve = resolve
	return c, nil
}

// Crawler crawls sites and records what it finds. It is safe for concurrent
// use; each CrawlSite call has its own collector.
type Crawler struct {
	cfg   Config
	store legible.CrawlStore
	log   *slog.Logger
	rt    http.RoundTripper
}

// New returns a Crawler that stores into store.
func New(cfg Config, store legible.CrawlStore, log *slog.Logger) (*Crawler, error) {
	if store == nil {
		return nil, errors.New("crawler: nil store")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, fmt.Errorf("crawler: %w", err)
	}
	return &Crawler{cfg: cfg, store: store, log: log, rt: newTransport(cfg)}, nil
}
