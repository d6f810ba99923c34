package main

import (
	"errors"
	"flag"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/legible-app/legible/crawler"
)

// resolveFlag collects repeated --resolve HOST=IP:PORT flags (and the
// comma-separated LEGIBLE_RESOLVE).
type resolveFlag map[string]string

func (r resolveFlag) String() string {
	parts := make([]string, 0, len(r))
	for h, a := range r {
		parts = append(parts, h+"="+a)
	}
	sort.Strings(parts)
	return strings.Join(parts, ",")
}

func (r resolveFlag) Set(v string) error {
	for _, item := range strings.Split(v, ",") {
		if item = strings.TrimSpace(item); item == "" {
			continue
		}
		host, addr, ok := strings.Cut(item, "=")
		if !ok || strings.TrimSpace(host) == "" || strings.TrimSpace(addr) == "" {
			return fmt.Errorf("resolve %q: want HOST=IP:PORT", item)
		}
		r[strings.ToLower(strings.TrimSpace(host))] = strings.TrimSpace(addr)
	}
	return nil
}

// envParser reads typed environment fallbacks and remembers malformed ones,
// so a typo in LEGIBLE_* is reported instead of silently ignored.
type envParser struct {
	e   *env
	err error
}

// envValue reads key with parse, or returns def when it is unset; a value
// that does not parse is remembered as an error and def is used.
func envValue[T any](p *envParser, key string, def T, parse func(string) (T, error)) T {
	v := p.e.getenv(key)
	if v == "" {
		return def
	}
	x, err := parse(v)
	if err != nil {
		p.err = errors.Join(p.err, fmt.Errorf("%s=%q: %w", key, v, err))
		return def
	}
	return x
}

func (p *envParser) duration(key string, def time.Duration) time.Duration {
	return envValue(p, key, def, time.ParseDuration)
}

func (p *envParser) int(key string, def int) int { return envValue(p, key, def, strconv.Atoi) }

func (p *envParser) bool(key string, def bool) bool { return envValue(p, key, def, strconv.ParseBool) }

func (p *envParser) float(key string, def float64) float64 {
	return envValue(p, key, def, func(s string) (float64, error) { return strconv.ParseFloat(s, 64) })
}

// Err reports the malformed environment variables, as a usage error.
func (p *envParser) Err() error {
	if p.err == nil {
		return nil
	}
	return &exitError{code: 2, err: fmt.Errorf("bad environment: %w", p.err)}
}

// crawlFlags are the crawler settings shared by crawl, serve and worker.
type crawlFlags struct {
	allowPrivate bool
	resolve      resolveFlag
	delay        time.Duration
	userAgent    string
	timeout      time.Duration
	siteTimeout  time.Duration
	maxPages     int
	render       renderFlags
}

// register adds the crawler flags to fs, with LEGIBLE_* fallbacks read by p.
// delayFlag names the per-host delay flag ("delay" for crawl, "crawl-delay"
// where the command does more than crawl).
func (c *crawlFlags) register(p *envParser, fs *flag.FlagSet, delayFlag string) {
	def := crawler.DefaultConfig()
	c.resolve = resolveFlag{}
	fs.BoolVar(&c.allowPrivate, "allow-private", p.bool("LEGIBLE_ALLOW_PRIVATE", false), "allow loopback and private addresses (env LEGIBLE_ALLOW_PRIVATE)")
	fs.Var(c.resolve, "resolve", "HOST=IP:PORT: connect to IP:PORT for HOST, repeatable (env LEGIBLE_RESOLVE, comma-separated)")
	fs.DurationVar(&c.delay, delayFlag, p.duration("LEGIBLE_CRAWL_DELAY", def.Delay), "pause after each request to a host (env LEGIBLE_CRAWL_DELAY)")
	fs.StringVar(&c.userAgent, "user-agent", envOr(p.e, "LEGIBLE_USER_AGENT", def.UserAgent), "User-Agent with a contact URL (env LEGIBLE_USER_AGENT)")
	fs.DurationVar(&c.timeout, "timeout", p.duration("LEGIBLE_CRAWL_TIMEOUT", def.Timeout), "timeout of one request (env LEGIBLE_CRAWL_TIMEOUT)")
	fs.DurationVar(&c.siteTimeout, "site-timeout", p.duration("LEGIBLE_CRAWL_SITE_TIMEOUT", def.SiteTimeout), "time limit of one site (env LEGIBLE_CRAWL_SITE_TIMEOUT)")
	fs.IntVar(&c.maxPages, "max-pages", p.int("LEGIBLE_CRAWL_MAX_PAGES", def.MaxPagesPerSite), "requests per site at most (env LEGIBLE_CRAWL_MAX_PAGES)")
	c.render.register(p.e, fs)
	if v := p.e.getenv("LEGIBLE_RESOLVE"); v != "" {
		if err := c.resolve.Set(v); err != nil {
			p.err = errors.Join(p.err, fmt.Errorf("LEGIBLE_RESOLVE: %w", err))
		}
	}
}

// validate checks the values after parsing.
func (c *crawlFlags) validate() error {
	if c.delay < 0 || c.timeout <= 0 || c.siteTimeout <= 0 || c.maxPages < 1 {
		return &exitError{code: 2, err: errors.New("the delay must not be negative; --timeout, --site-timeout and --max-pages must be positive")}
	}
	return c.render.validate()
}

// config returns the crawler configuration the flags describe.
func (c *crawlFlags) config() crawler.Config {
	cfg := crawler.DefaultConfig()
	cfg.AllowPrivate = c.allowPrivate
	cfg.Resolve = c.resolve
	cfg.Delay = c.delay
	cfg.UserAgent = c.userAgent
	cfg.Timeout = c.timeout
	cfg.SiteTimeout = c.siteTimeout
	cfg.MaxPagesPerSite = c.maxPages
	return cfg
}
