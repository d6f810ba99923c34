package crawler

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/rating"
	"github.com/legible-app/legible/scorer"
)

// maxNotes bounds SiteResult.Errors.
const maxNotes = 50

// siteCrawl is the state of one CrawlSite call.
type siteCrawl struct {
	cfg     *Config
	store   legible.CrawlStore
	log     *slog.Logger
	f       *fetcher
	res     *SiteResult
	siteID  int64
	reports []scorer.DocumentReport
}

// note records a problem that does not stop the crawl.
func (sc *siteCrawl) note(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	sc.log.Debug("crawl problem", "domain", sc.res.Domain, "problem", msg)
	if len(sc.res.Errors) < maxNotes {
		sc.res.Errors = append(sc.res.Errors, msg)
	}
}

// CrawlSite finds, fetches, extracts, scores and stores the legal documents
// of one site, given as a domain ("example.com", "bücher.de") or a URL
// ("https://www.example.com/", which starts from that host). It returns an
// error when the input is not a domain (wrapping legible.ErrInvalid), when
// the home page cannot be fetched, or when storage fails; problems with
// single documents are listed in SiteResult.Errors. The result is returned
// even with an error, as far as the crawl got.
func (c *Crawler) CrawlSite(ctx context.Context, domainOrURL string) (*SiteResult, error) {
	start := c.cfg.Now()
	ascii, uni, err := legible.NormalizeDomain(domainOrURL)
	if err != nil {
		return nil, fmt.Errorf("crawl %q: %w", domainOrURL, err)
	}
	starts, err := startURLs(domainOrURL, ascii)
	if err != nil {
		return nil, fmt.Errorf("crawl %q: %w", domainOrURL, err)
	}
	// The site deadline bounds the fetching; storing what was found uses the
	// caller's context, so a slow site still gets a consistent record.
	parent := ctx
	ctx, cancel := context.WithTimeout(ctx, c.cfg.SiteTimeout)
	defer cancel()
	res := &SiteResult{Domain: ascii, UnicodeDomain: uni, StartedAt: start.UTC(), Documents: []DocumentResult{}}
	log := c.log.With("domain", ascii)
	f, err := newFetcher(ctx, &c.cfg, c.rt, log)
	if err != nil {
		return nil, fmt.Errorf("crawl %s: %w", ascii, err)
	}
	sc := &siteCrawl{cfg: &c.cfg, store: c.store, log: log, f: f, res: res}
	defer func() {
		res.Pages = f.pageCount()
		res.Duration = c.cfg.Now().Sub(start).Seconds()
	}()

	home, err := sc.fetchHome(ctx, starts)
	if err != nil {
		c.recordOutcome(parent, ascii, res, err)
		return res, fmt.Errorf("crawl %s: %w", ascii, err)
	}
	res.CanonicalURL = home.URL.String()
	site, err := c.store.UpsertSite(parent, legible.Site{
		Domain: ascii, UnicodeDomain: uni, DomainHash: legible.DomainHash(ascii), CanonicalURL: res.CanonicalURL,
		Name: siteName(home),
	})
	if err != nil {
		return res, fmt.Errorf("crawl %s: save site: %w", ascii, err)
	}
	sc.siteID = site.ID

	if err := sc.findDocuments(ctx, parent, home, ascii); err != nil {
		return res, fmt.Errorf("crawl %s: %w", ascii, err)
	}
	res.Signals = sc.signals(ctx, home)
	if f.budget.spent() {
		return res, fmt.Errorf("crawl %s: %w", ascii, f.budget.err())
	}
	if err := parent.Err(); err != nil {
		return res, fmt.Errorf("crawl %s: %w", ascii, err)
	}
	if ctx.Err() != nil {
		sc.note("site crawl stopped after %v", c.cfg.SiteTimeout)
	}
	if err := c.store.SaveSignals(parent, sc.siteID, res.Signals); err != nil {
		return res, fmt.Errorf("crawl %s: save signals: %w", ascii, err)
	}
	if err := sc.saveSiteScore(parent); err != nil {
		return res, fmt.Errorf("crawl %s: %w", ascii, err)
	}
	c.recordOutcome(parent, ascii, res, nil)
	log.Debug("site crawled", "documents", len(res.Documents), "missing", res.Missing, "pages", f.pageCount())
	return res, nil
}

// startURLs lists the home pages to try, best first: the URL as given, or
// https then http for a bare host (with its port, when given), then the
// www. host for a bare domain.
func startURLs(input, registrableDomain string) ([]string, error) {
	host, err := legible.NormalizeHost(input)
	if err != nil {
		return nil, err
	}
	schemes := []string{"https", "http"}
	path := "/"
	if strings.Contains(input, "://") {
		u, err := url.Parse(strings.TrimSpace(input))
		if err != nil {
			return nil, fmt.Errorf("%w: %v", legible.ErrInvalid, err)
		}
		switch strings.ToLower(u.Scheme) {
		case "http":
			schemes = []string{"http", "https"}
		case "https":
		default:
			return nil, fmt.Errorf("%w: unsupported scheme %q", legible.ErrInvalid, u.Scheme)
		}
		if u.Port() != "" {
			host += ":" + u.Port()
		}
		if u.EscapedPath() != "" {
			path = u.EscapedPath()
		}
	} else if u, err := url.Parse("//" + strings.TrimSpace(input)); err == nil && u.Port() != "" {
		// "host:8080": the port is kept; the scheme is tried as for a bare host.
		host += ":" + u.Port()
	}
	var out []string
	for _, s := range schemes {
		out = append(out, s+"://"+host+path)
	}
	if host == registrableDomain {
		for _, s := range schemes {
			out = append(out, s+"://www."+host+"/")
		}
	}
	return out, nil
}

// fetchHome fetches the first start URL that answers.
func (sc *siteCrawl) fetchHome(ctx context.Context, starts []string) (*page, error) {
	var errs []error
	for _, u := range starts {
		p, err := sc.f.get(ctx, u)
		if err == nil {
			if !p.ok() {
				sc.note("home page %s: HTTP %d", p.URL, p.Status)
			}
			return sc.followRefresh(ctx, p), nil
		}
		if errors.Is(err, ErrRobots) || ctx.Err() != nil {
			return nil, fmt.Errorf("home page: %w", joinedErrors(append(errs, err)))
		}
		errs = append(errs, err)
	}
	return nil, fmt.Errorf("home page unreachable: %w", joinedErrors(errs))
}

// joinedErrors is errors.Join on one line.
type joinedErrors []error

func (e joinedErrors) Error() string {
	s := make([]string, len(e))
	for i, err := range e {
		s[i] = err.Error()
	}
	return strings.Join(s, "; ")
}

func (e joinedErrors) Unwrap() []error { return e }

// followRefresh follows a home page's <meta http-equiv="refresh"> within
// the site, once; it returns the page to use as the home page.
func (sc *siteCrawl) followRefresh(ctx context.Context, home *page) *page {
	if !home.ok() || !isHTML(home.ContentType, home.Body) {
		return home
	}
	doc, err := parseHTML(home.Body, home.ContentType)
	if err != nil {
		return home
	}
	target := metaRefresh(doc, home.URL)
	if target == nil || registrable(target.Hostname()) != registrable(home.URL.Hostname()) ||
		cacheKey(target.String()) == cacheKey(home.URL.String()) {
		return home
	}
	p, err := sc.f.get(ctx, target.String())
	if err != nil || !p.ok() {
		sc.note("home page refresh to %s: %v", target, err)
		return home
	}
	return p
}

// saveSiteScore combines the documents' reports with the signals and stores
// the site's score.
func (sc *siteCrawl) saveSiteScore(ctx context.Context) error {
	if len(sc.reports) == 0 {
		return nil
	}
	sig := sc.res.Signals
	sr, ss, err := rating.Site(sc.reports, &sig, sc.cfg.Now().UTC())
	if err != nil {
		sc.note("site score: %v", err)
		return nil
	}
	ss.SiteID = sc.siteID
	if err := sc.store.SaveSiteScore(ctx, sc.siteID, ss); err != nil {
		return fmt.Errorf("save site score: %w", err)
	}
	score := sr.Score
	sc.res.Score, sc.res.Grade, sc.res.RubricVersion = &score, sr.Grade, ss.RubricVersion
	return nil
}
