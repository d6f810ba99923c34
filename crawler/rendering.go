package crawler

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/crawler/render"
	"github.com/legible-app/legible/extract"
)

// renderedContentType is the Content-Type of a rendered page's snapshot.
const renderedContentType = "text/html; charset=utf-8"

// renderPage renders p in the headless browser and returns the rendered
// page. Every request of the page goes through the crawler's transport
// (the dial guard, the body and site byte caps) and documents through
// robots.txt; the render counts as one page of the site's budget.
func (sc *siteCrawl) renderPage(ctx context.Context, p *page) (*page, error) {
	f := sc.f
	f.mu.Lock()
	if f.pages >= sc.cfg.MaxPagesPerSite {
		f.mu.Unlock()
		return nil, fmt.Errorf("render %s: %w (%d)", p.URL, ErrPageBudget, sc.cfg.MaxPagesPerSite)
	}
	f.pages++
	f.mu.Unlock()

	rp, err := sc.cfg.Renderer.Render(ctx, render.Request{
		URL:   p.URL.String(),
		Fetch: sc.renderFetch(),
		Allow: func(ctx context.Context, u *url.URL) error {
			return f.robots.allow(withSiteBudget(ctx, f.budget), u)
		},
	})
	if err != nil {
		return nil, err
	}
	sc.res.Renders++
	sc.noteBlocked(p.URL, rp)
	if rp.Truncated {
		sc.note("render %s: DOM cut at the size limit", p.URL)
	}
	sc.log.Debug("page rendered", "url", p.URL.String(), "requests", rp.Requests, "blocked", rp.BlockedCount, "duration", rp.Duration)
	return &page{
		URL: p.URL, Status: http.StatusOK, Header: p.Header, ContentType: renderedContentType,
		Body: rp.HTML, Rendered: true,
	}, nil
}

// noteBlocked says which requests of a rendered page were refused for
// safety: non-public addresses and robots.txt by name, the others counted.
func (sc *siteCrawl) noteBlocked(u *url.URL, rp *render.Page) {
	others := rp.BlockedCount
	for _, b := range rp.Blocked {
		if strings.Contains(b.Reason, ErrPrivateAddress.Error()) || strings.Contains(b.Reason, ErrRobots.Error()) {
			sc.note("render %s: blocked %s: %s", u, b.URL, b.Reason)
			others--
		}
	}
	if others > 0 {
		sc.note("render %s: %d requests refused (other sites, media, non-GET or over the limit)", u, others)
	}
}

// renderFetch returns the function that answers the browser's requests:
// the crawler's guarded transport, its User-Agent, the site's byte budget,
// and no redirects (the browser follows them, each hop checked again).
func (sc *siteCrawl) renderFetch() render.FetchFunc {
	client := &http.Client{
		Transport:     sc.f.rt,
		Timeout:       sc.cfg.Timeout,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	return func(ctx context.Context, req *http.Request) (*http.Response, error) {
		req = req.WithContext(withSiteBudget(ctx, sc.f.budget))
		req.Header.Set("User-Agent", sc.cfg.UserAgent)
		resp, err := client.Do(req)
		if err != nil {
			return nil, err
		}
		// The transport keeps the full Content-Type aside for colly; the
		// browser needs it back (charset included).
		if ct := resp.Header.Get(headerContentType); ct != "" {
			resp.Header.Set("Content-Type", ct)
			resp.Header.Del(headerContentType)
		}
		return resp, nil
	}
}

// maybeRenderDocument renders a fetched document when the render mode asks
// for it, and returns the page and extraction to use: the rendered ones
// when they give at least as many words, else the plain ones unchanged.
func (sc *siteCrawl) maybeRenderDocument(ctx context.Context, kind legible.DocKind, p *page, res *extract.Result, err error) (*page, *extract.Result, error) {
	words := 0
	if err == nil {
		words = len(strings.Fields(res.Text))
	}
	reason := sc.documentRenderReason(kind, p, words)
	if reason == "" {
		return p, res, err
	}
	rp, rerr := sc.renderPage(ctx, p)
	if rerr != nil {
		sc.note("%s: %v", kind, rerr)
		return p, res, err
	}
	rres, rerr := sc.extract(rp)
	if rerr != nil {
		sc.note("%s: rendered %s: extract: %v", kind, p.URL, rerr)
		return p, res, err
	}
	if rwords := len(strings.Fields(rres.Text)); rwords < words {
		sc.log.Debug("rendered page gave fewer words; keeping the plain fetch", "url", p.URL.String(), "plain", words, "rendered", rwords)
		return p, res, err
	}
	sc.log.Debug("document rendered", "kind", kind, "url", p.URL.String(), "reason", reason)
	return rp, rres, nil
}

// documentRenderReason says why a document should be rendered, or "".
// Under RenderAuto only HTML pages with scripts are rendered: without
// scripts a browser would show the same text.
func (sc *siteCrawl) documentRenderReason(kind legible.DocKind, p *page, words int) string {
	switch sc.cfg.Render {
	case RenderNever:
		return ""
	case RenderAlways:
		if isHTML(p.ContentType, p.Body) {
			return "always"
		}
		return ""
	}
	if !isHTML(p.ContentType, p.Body) {
		return ""
	}
	doc, err := parseHTML(p.Body, p.ContentType)
	if err != nil || !hasScripts(doc) {
		return ""
	}
	if marks := appMarks(doc); len(marks) > 0 {
		return strings.Join(marks, ", ")
	}
	if min := renderMinWords[kind]; words < min {
		return fmt.Sprintf("%d words, fewer than %d", words, min)
	}
	return ""
}

// renderHome renders the home page, when the mode asks for it, and adds
// the rendered page's links. Under RenderAuto that is when the plain home
// page names no document but runs scripts (a footer built by scripts).
func (d *discovery) renderHome(ctx context.Context) {
	sc := d.sc
	if sc.cfg.Render == RenderNever || !d.home.ok() || !isHTML(d.home.ContentType, d.home.Body) {
		return
	}
	reason := "always"
	if sc.cfg.Render == RenderAuto {
		if d.anyCandidate() {
			return
		}
		doc, err := parseHTML(d.home.Body, d.home.ContentType)
		if err != nil || !hasScripts(doc) {
			return
		}
		reason = "no document link, scripts present"
		if linksOnlyInScripts(doc) {
			reason = "legal links only in scripts"
		}
	}
	sc.log.Debug("rendering the home page", "url", d.home.URL.String(), "reason", reason)
	rp, err := sc.renderPage(ctx, d.home)
	if err != nil {
		if !errors.Is(err, context.Canceled) {
			sc.note("home page: %v", err)
		}
		return
	}
	d.addLinksOf(rp, SourceHome)
}
