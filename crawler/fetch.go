package crawler

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strconv"
	"strings"
	"sync"

	"github.com/gocolly/colly/v2"
	"golang.org/x/net/publicsuffix"

	"github.com/legible-app/legible"
)

// Errors of a single fetch; they are wrapped with the URL.
var (
	// ErrTooLarge means the body exceeded Config.MaxBodyBytes.
	ErrTooLarge = errors.New("body larger than the limit")
	// ErrRobots means robots.txt forbids the URL to our User-Agent.
	ErrRobots = errors.New("forbidden by robots.txt")
	// ErrTooManyRedirects means a redirect chain (or loop) was too long.
	ErrTooManyRedirects = errors.New("too many redirects")
	// ErrPageBudget means the site crawl used up Config.MaxPagesPerSite.
	ErrPageBudget = errors.New("page limit of the site reached")
	// ErrUnsupportedType means the response is media the crawler never reads.
	ErrUnsupportedType = errors.New("unsupported content type")
)

// page is one fetched response.
type page struct {
	// URL is the final URL, after redirects.
	URL    *url.URL
	Status int
	Header http.Header
	// ContentType is the full Content-Type header as sent.
	ContentType string
	Body        []byte
	// Rendered is true when Body is the DOM of the page rendered in a
	// headless browser, not the body as served.
	Rendered bool
}

// ok reports whether the response was a success.
func (p *page) ok() bool { return p.Status >= 200 && p.Status < 300 }

// Keys of the per-request colly context.
const (
	ctxResponse = "legible.response"
	ctxTooLarge = "legible.too_large"
	ctxBadType  = "legible.bad_type"
)

// fetcher fetches the pages of one site crawl through its own colly
// collector, with retries, a page budget, a byte budget and a cache of
// fetched pages. It checks robots.txt itself (see robots.go): colly's own
// check reads robots.txt without a size limit or the site's context.
type fetcher struct {
	cfg    *Config
	c      *colly.Collector
	log    *slog.Logger
	budget *siteBudget
	robots *robotsCache
	rt     http.RoundTripper // for the requests of rendered pages

	mu    sync.Mutex
	pages int
	cache map[string]*page
}

// newFetcher builds a collector for one site crawl. Every option is set
// explicitly after Init, so COLLY_* environment variables (read only by
// colly.NewCollector) cannot change them. ctx bounds every request of the
// crawl, robots.txt included, and carries the site's byte budget.
func newFetcher(ctx context.Context, cfg *Config, rt http.RoundTripper, log *slog.Logger) (*fetcher, error) {
	budget := newSiteBudget(cfg.MaxSiteBytes)
	ctx = withSiteBudget(ctx, budget)
	f := &fetcher{cfg: cfg, log: log, budget: budget, rt: rt, cache: map[string]*page{}}
	f.robots = newRobotsCache(cfg, rt)
	c := &colly.Collector{}
	c.Init()
	c.UserAgent = cfg.UserAgent
	c.IgnoreRobotsTxt = true // checked by the fetcher, bounded and with the site's context
	c.AllowURLRevisit = true // the fetcher keeps its own cache
	c.MaxBodySize = int(cfg.MaxBodyBytes) + 1
	c.ParseHTTPErrorResponse = true
	c.DetectCharset = false
	c.Async = false
	c.CacheDir = ""
	c.MaxDepth = 0
	c.Context = ctx
	c.Headers = &http.Header{
		"Accept": {"text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.5"},
	}
	jar, err := cookiejar.New(&cookiejar.Options{PublicSuffixList: publicsuffix.List})
	if err != nil {
		return nil, fmt.Errorf("cookie jar: %w", err)
	}
	c.SetClient(&http.Client{Transport: rt, Timeout: cfg.Timeout, Jar: jar})
	maxRedirects := cfg.MaxRedirects
	c.SetRedirectHandler(func(req *http.Request, via []*http.Request) error {
		if len(via) >= maxRedirects {
			return fmt.Errorf("%w: stopped after %d", ErrTooManyRedirects, len(via))
		}
		if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
			return fmt.Errorf("redirect to unsupported scheme %q", req.URL.Scheme)
		}
		// colly checks robots.txt for the first URL only; every hop is checked here.
		return f.robots.allow(req.Context(), req.URL)
	})
	if err := c.Limit(&colly.LimitRule{DomainGlob: "*", Delay: cfg.Delay, Parallelism: cfg.Parallelism}); err != nil {
		return nil, fmt.Errorf("limit rule: %w", err)
	}
	limit := cfg.MaxBodyBytes
	c.OnResponseHeaders(func(r *colly.Response) {
		if n, err := strconv.ParseInt(r.Headers.Get("Content-Length"), 10, 64); err == nil && n > limit {
			r.Ctx.Put(ctxTooLarge, true)
			r.Request.Abort()
			return
		}
		if unreadable(r.Headers.Get("Content-Type")) {
			r.Ctx.Put(ctxBadType, r.Headers.Get("Content-Type"))
			r.Request.Abort()
		}
	})
	c.OnResponse(func(r *colly.Response) { r.Ctx.Put(ctxResponse, r) })
	f.c = c
	return f, nil
}

// unreadable reports media types that never hold a document. (Some servers
// send HTML and PDF as application/octet-stream; extraction sniffs those.)
func unreadable(mediaType string) bool {
	mt := strings.ToLower(mediaType)
	for _, p := range []string{"image/", "video/", "audio/", "font/"} {
		if strings.HasPrefix(mt, p) {
			return true
		}
	}
	return mt == "application/zip"
}

// get fetches rawURL once per site crawl (later calls get the cached page),
// retrying on 429, 5xx and dropped connections.
func (f *fetcher) get(ctx context.Context, rawURL string) (*page, error) {
	key := cacheKey(rawURL)
	f.mu.Lock()
	if p, ok := f.cache[key]; ok {
		f.mu.Unlock()
		return p, nil
	}
	if f.budget.spent() {
		f.mu.Unlock()
		return nil, fmt.Errorf("get %s: %w", rawURL, f.budget.err())
	}
	if f.pages >= f.cfg.MaxPagesPerSite {
		f.mu.Unlock()
		return nil, fmt.Errorf("get %s: %w (%d)", rawURL, ErrPageBudget, f.cfg.MaxPagesPerSite)
	}
	f.pages++
	f.mu.Unlock()
	if f.cfg.OnPage != nil {
		f.cfg.OnPage(rawURL)
	}

	p, err := f.getWithRetries(ctx, rawURL)
	if err != nil && (errors.Is(err, context.DeadlineExceeded) || isTimeout(err)) && ctx.Err() == nil {
		// The page's own deadline, not the site's: say which, whichever
		// layer (client or context) noticed it first.
		return nil, fmt.Errorf("get %s: timeout after %v: %w", rawURL, f.cfg.Timeout, err)
	}
	if err != nil {
		return nil, fmt.Errorf("get %s: %w", rawURL, err)
	}
	f.mu.Lock()
	f.cache[key] = p
	f.cache[cacheKey(p.URL.String())] = p
	f.mu.Unlock()
	return p, nil
}

// pageCount returns how many pages the crawl has requested.
func (f *fetcher) pageCount() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.pages
}

func (f *fetcher) getWithRetries(ctx context.Context, rawURL string) (*page, error) {
	for attempt := 0; ; attempt++ {
		p, err := f.once(ctx, rawURL)
		if !shouldRetry(p, err) || attempt >= f.cfg.Retries {
			return p, err
		}
		wait := backoff(f.cfg.RetryBackoff, attempt)
		if p != nil {
			if ra, ok := retryAfter(p.Header.Get("Retry-After"), f.cfg.Now()); ok {
				if ra > f.cfg.MaxRetryAfter {
					return p, nil // the caller reports the status; asking again sooner would be rude
				}
				if ra > 0 {
					wait = ra
				}
			}
		}
		f.log.DebugContext(ctx, "retrying", "url", rawURL, "attempt", attempt+1, "wait", wait, "status", statusOf(p), "err", err)
		if err := sleep(ctx, wait); err != nil {
			return nil, err
		}
	}
}

func statusOf(p *page) int {
	if p == nil {
		return 0
	}
	return p.Status
}

// once makes one request through colly.
func (f *fetcher) once(ctx context.Context, rawURL string) (*page, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", legible.ErrInvalid, err)
	}
	if err := f.robots.allow(withSiteBudget(ctx, f.budget), u); err != nil {
		return nil, err
	}
	cctx := colly.NewContext()
	err = f.c.Request(http.MethodGet, rawURL, nil, cctx, nil)
	if cctx.GetAny(ctxTooLarge) != nil {
		return nil, fmt.Errorf("%w (%d bytes)", ErrTooLarge, f.cfg.MaxBodyBytes)
	}
	if ct, ok := cctx.GetAny(ctxBadType).(string); ok {
		return nil, fmt.Errorf("%w: %s", ErrUnsupportedType, ct)
	}
	if err != nil {
		if errors.Is(err, ErrRobots) {
			return nil, ErrRobots
		}
		if ctxErr := ctx.Err(); ctxErr != nil {
			return nil, fmt.Errorf("site deadline: %w", ctxErr)
		}
		return nil, err
	}
	r, ok := cctx.GetAny(ctxResponse).(*colly.Response)
	if !ok {
		return nil, errors.New("no response")
	}
	if int64(len(r.Body)) > f.cfg.MaxBodyBytes {
		return nil, fmt.Errorf("%w (%d bytes)", ErrTooLarge, f.cfg.MaxBodyBytes)
	}
	h := http.Header{}
	if r.Headers != nil {
		h = r.Headers.Clone()
	}
	ct := h.Get(headerContentType)
	if ct == "" {
		ct = h.Get("Content-Type")
	}
	return &page{URL: r.Request.URL, Status: r.StatusCode, Header: h, ContentType: ct, Body: r.Body}, nil
}

// cacheKey normalises a URL for the page cache (no fragment).
func cacheKey(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	u.Fragment = ""
	if u.Path == "" {
		u.Path = "/"
	}
	return u.String()
}
