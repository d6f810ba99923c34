package crawler

import (
	"context"
	"fmt"
	"strings"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/extract"
	"github.com/legible-app/legible/rating"
	"github.com/legible-app/legible/scorer"
)

// minWords is the fewest words a document must have: less is a stub, a
// login wall or a page that needs JavaScript.
const minWords = 20

// storeError marks a storage failure, which stops the site crawl.
type storeError struct{ err error }

func (e *storeError) Error() string { return "store: " + e.err.Error() }
func (e *storeError) Unwrap() error { return e.err }

// fetchDocument fetches a candidate under ctx, checks that it is a document
// of the kind, extracts, scores and stores it under storeCtx.
func (sc *siteCrawl) fetchDocument(ctx, storeCtx context.Context, kind legible.DocKind, c candidate, home *page) (*DocumentResult, *page, error) {
	p, err := sc.f.get(ctx, c.URL)
	if err != nil {
		return nil, nil, err
	}
	if !p.ok() {
		return nil, nil, fmt.Errorf("%s: HTTP %d", c.URL, p.Status)
	}
	unlabelled := c.Source == SourceSitemap || c.Source == SourcePath
	if unlabelled && cacheKey(p.URL.String()) == cacheKey(home.URL.String()) {
		return nil, nil, fmt.Errorf("%s: redirected to the home page", c.URL)
	}
	res, err := sc.extract(p)
	p, res, err = sc.maybeRenderDocument(ctx, kind, p, res, err)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: extract: %w", c.URL, err)
	}
	text := strings.TrimSpace(res.Text)
	words := len(strings.Fields(text))
	if words < minWords {
		return nil, nil, fmt.Errorf("%s: only %d words of text", c.URL, words)
	}
	if unlabelled && !looksLike(kind, res.Title, text) {
		return nil, nil, fmt.Errorf("%s: does not read like a %s document", c.URL, kind)
	}

	now := sc.cfg.Now().UTC()
	finalURL := cacheKey(p.URL.String())
	dr := &DocumentResult{
		Kind: kind, URL: finalURL, Source: c.Source, Label: c.Label, ContentType: p.ContentType,
		Words: words, Language: primaryLanguage(res.Lang), Rendered: p.Rendered,
	}
	nv := legible.NewVersion{
		Kind: kind, URL: finalURL, FetchedAt: now, ContentType: p.ContentType, Raw: p.Body, Text: text,
		Rendered: p.Rendered,
	}
	rep, err := rating.Score(text, scorer.Options{Kind: kind})
	var stored legible.Score
	if err == nil {
		stored, err = rating.StoredScore(rep, now)
	}
	if err != nil {
		dr.ScoreError = err.Error()
		sc.note("score %s %s: %v", kind, finalURL, err)
	} else {
		nv.Score = &stored
		if rep.Language != "" && rep.Language != scorer.Undetermined {
			dr.Language = rep.Language
		}
		if rep.Words > 0 {
			dr.Words = rep.Words
		}
		score := rep.Score
		dr.Score, dr.Grade, dr.ReadingMinutes = &score, rep.Grade, rep.ReadingMinutes
		sc.reports = append(sc.reports, scorer.DocumentReport{Kind: kind, URL: finalURL, Report: rep})
	}
	nv.Language, nv.Words = dr.Language, dr.Words

	rec, err := sc.store.RecordVersion(storeCtx, sc.siteID, nv)
	if err != nil {
		return nil, nil, &storeError{fmt.Errorf("record %s %s: %w", kind, finalURL, err)}
	}
	dr.DocumentID, dr.VersionID, dr.NewVersion = rec.Document.ID, rec.Version.ID, rec.Created
	dr.Created = rec.Document.CreatedAt
	sc.res.Documents = append(sc.res.Documents, *dr)
	sc.log.Debug("document stored", "kind", kind, "url", finalURL, "new_version", rec.Created, "words", dr.Words)
	return dr, p, nil
}

// extract runs the configured extractor, turning a panic into an error.
func (sc *siteCrawl) extract(p *page) (res *extract.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("extractor panicked: %v", r)
		}
	}()
	res, err = sc.cfg.Extract(p.Body, p.ContentType, p.URL.String())
	if err == nil && res == nil {
		err = fmt.Errorf("no result")
	}
	return res, err
}

// primaryLanguage returns the primary subtag of a language tag ("en-GB" → "en").
func primaryLanguage(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) < 2 || len(tag) > 3 {
		return ""
	}
	return tag
}
