package crawler

import (
	"context"
	"errors"
	"strings"

	"github.com/legible-app/legible"
)

// docKinds are the kinds stored, in the order they are looked for.
var docKinds = []legible.DocKind{legible.KindPrivacy, legible.KindTerms, legible.KindCookies, legible.KindOther}

// coreKinds are the kinds reported missing and searched in fallbacks.
var coreKinds = []legible.DocKind{legible.KindPrivacy, legible.KindTerms, legible.KindCookies}

const (
	// maxHubs is how many "Legal" / "Privacy center" pages are followed.
	maxHubs = 2
	// maxTriesPerKind is how many candidates are fetched for one kind.
	maxTriesPerKind = 4
	// maxSitemaps is how many sitemap files are read.
	maxSitemaps = 4
)

// discovery is the state of the search for a site's documents.
type discovery struct {
	sc       *siteCrawl
	storeCtx context.Context
	home     *page
	cands    *candidates
	found    map[legible.DocKind]bool
	used     map[string]bool // URLs stored as some kind
	tried    map[string]bool // kind + URL already fetched as a document
}

// findDocuments looks for each kind of document: links on the home page and
// on one level of hub pages, then sitemaps, then common paths. Pages are
// fetched under ctx, documents stored under storeCtx; it returns an error
// only when storage fails.
func (sc *siteCrawl) findDocuments(ctx, storeCtx context.Context, home *page, domain string) error {
	d := &discovery{
		sc: sc, home: home, storeCtx: storeCtx,
		cands: newCandidates(domain, registrable(home.URL.Hostname())),
		found: map[legible.DocKind]bool{}, used: map[string]bool{}, tried: map[string]bool{},
	}
	// Links to the home page itself ("/#privacy") name no document page.
	d.used[cacheKey(home.URL.String())] = true
	if home.ok() {
		d.addLinksOf(home, SourceHome)
	}
	d.renderHome(ctx)
	d.followHubs(ctx)
	stages := []func(context.Context){nil, d.fromSitemaps, d.fromCommonPaths}
	for _, stage := range stages {
		if stage != nil {
			if len(d.missing()) == 0 {
				break
			}
			stage(ctx)
		}
		if err := d.tryKinds(ctx); err != nil {
			return err
		}
	}
	sc.res.Missing = d.missing()
	return nil
}

func (d *discovery) missing() []legible.DocKind {
	var out []legible.DocKind
	for _, k := range coreKinds {
		if !d.found[k] {
			out = append(out, k)
		}
	}
	return out
}

// addLinksOf adds the links of an HTML page as candidates.
func (d *discovery) addLinksOf(p *page, source string) {
	if !isHTML(p.ContentType, p.Body) {
		return
	}
	doc, err := parseHTML(p.Body, p.ContentType)
	if err != nil {
		d.sc.note("%s: %v", p.URL, err)
		return
	}
	d.cands.addLinks(pageLinks(doc, p.URL), source)
}

// followHubs fetches the best "Legal" / "Privacy center" pages and adds
// their links. When the home page names no document and no hub, /legal is
// tried.
func (d *discovery) followHubs(ctx context.Context) {
	var hubs []string
	for _, c := range d.cands.ranked(kindHub) {
		if c.Score >= minCandidateScore && len(hubs) < maxHubs {
			hubs = append(hubs, c.URL)
		}
	}
	if len(hubs) == 0 && !d.anyCandidate() {
		for _, p := range hubPaths {
			hubs = append(hubs, origin(d.home)+p)
		}
	}
	for _, h := range hubs {
		p, err := d.sc.f.get(ctx, h)
		if err != nil {
			d.sc.note("hub %v", err)
			continue
		}
		if p.ok() {
			d.addLinksOf(p, SourceHub)
		}
	}
}

func (d *discovery) anyCandidate() bool {
	for _, k := range coreKinds {
		for _, c := range d.cands.ranked(k) {
			if c.Score >= minCandidateScore {
				return true
			}
		}
	}
	return false
}

// tryKinds fetches the best untried candidate of every kind still missing.
func (d *discovery) tryKinds(ctx context.Context) error {
	for _, k := range docKinds {
		if d.found[k] {
			continue
		}
		if err := d.tryKind(ctx, k); err != nil {
			return err
		}
	}
	return nil
}

// tryKind fetches candidates of kind, best first, until one is a document.
// It returns an error only when storage failed.
func (d *discovery) tryKind(ctx context.Context, kind legible.DocKind) error {
	tries := 0
	for _, c := range d.cands.ranked(kind) {
		if tries >= maxTriesPerKind {
			return nil
		}
		unlabelled := c.Source == SourceSitemap || c.Source == SourcePath
		if (!unlabelled && c.Score < minCandidateScore) || d.used[c.URL] || d.tried[string(kind)+" "+c.URL] {
			continue
		}
		d.tried[string(kind)+" "+c.URL] = true
		tries++
		dr, p, err := d.sc.fetchDocument(ctx, d.storeCtx, kind, c, d.home)
		if err != nil {
			var se *storeError
			if errors.As(err, &se) {
				return err
			}
			if ctx.Err() != nil {
				return nil
			}
			// A guessed path that does not exist is no news.
			if !unlabelled || !strings.Contains(err.Error(), "HTTP 404") {
				d.sc.note("%s: %v", kind, err)
			}
			if errors.Is(err, ErrPageBudget) {
				return nil
			}
			continue
		}
		d.found[kind] = true
		d.used[c.URL] = true
		d.used[cacheKey(dr.URL)] = true
		d.addLinksOf(p, SourceDocument)
		return nil
	}
	return nil
}

// fromSitemaps adds the URLs of the site's sitemaps (named in robots.txt,
// or /sitemap.xml), following sitemap indexes.
func (d *discovery) fromSitemaps(ctx context.Context) {
	queue := []string{}
	if body, err := d.sc.f.robots.body(ctx, origin(d.home)); err == nil {
		for _, s := range robotsSitemaps(body) {
			if u := resolveLink(d.home.URL, s); u != nil && d.cands.isSite(u.Hostname()) {
				queue = append(queue, u.String())
			}
		}
	}
	if len(queue) == 0 {
		queue = append(queue, origin(d.home)+"/sitemap.xml")
	}
	seen := map[string]bool{}
	for read := 0; len(queue) > 0 && read < maxSitemaps; {
		s := queue[0]
		queue = queue[1:]
		if seen[s] {
			continue
		}
		seen[s] = true
		read++
		p, err := d.sc.f.get(ctx, s)
		if err != nil {
			d.sc.note("sitemap %s: %v", s, err)
			continue
		}
		if !p.ok() {
			continue
		}
		pages, children, err := parseSitemap(p.Body)
		if err != nil {
			d.sc.note("sitemap %s: %v", s, err)
			continue
		}
		for _, raw := range pages {
			if u := resolveLink(p.URL, raw); u != nil {
				d.cands.addURL(u, SourceSitemap)
			}
		}
		for _, c := range rankSitemaps(children) {
			if u := resolveLink(p.URL, c); u != nil && d.cands.isSite(u.Hostname()) {
				queue = append(queue, u.String())
			}
		}
	}
}

// fromCommonPaths adds the usual paths of the kinds still missing.
func (d *discovery) fromCommonPaths(_ context.Context) {
	for _, k := range d.missing() {
		for i, p := range commonPaths[k] {
			d.cands.add(candidate{Kind: k, URL: origin(d.home) + p, Score: -float64(i), Source: SourcePath})
		}
	}
}

// origin returns the scheme and host of a page.
func origin(p *page) string { return p.URL.Scheme + "://" + p.URL.Host }

// isHTML reports whether a response is an HTML page.
func isHTML(contentType string, body []byte) bool {
	ct := strings.ToLower(contentType)
	if strings.Contains(ct, "html") {
		return true
	}
	if ct != "" && !strings.HasPrefix(ct, "text/plain") && !strings.HasPrefix(ct, "application/octet-stream") {
		return false
	}
	return looksLikeHTML("", body)
}
