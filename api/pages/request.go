package pages

import (
	"errors"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/api/links"
)

// freshFor is how long after a crawl a request to rate the site again is
// ignored, so that the public button cannot keep the crawler busy.
const freshFor = 24 * time.Hour

// requestRating queues a crawl of a site from the report or 404 page's
// button, within the anonymous limits of the Jobs it is given (package gate:
// a global hourly budget, a queue cap, a public address). It needs no key: a request from another origin is refused (the
// browser's Sec-Fetch-Site and Origin headers tell), an open job for the same
// site is reused rather than duplicated, and the answer redirects back to the
// report so that reloading does not post again. A site crawled within
// freshFor is not queued again.
func (h *handler) requestRating(c *gin.Context) {
	p := h.newPage(c, "")
	if err := h.csrf.Check(c.Request); err != nil {
		h.log.InfoContext(c.Request.Context(), "cross-origin rating request refused", "error", err)
		h.fail(c, p, http.StatusForbidden, p.L.T("error.403.title"), p.L.T("request.forbidden"))
		return
	}
	raw := c.Param("domain")
	ascii, _, err := legible.NormalizeDomain(raw)
	if err != nil {
		h.badDomain(c, p, raw, err)
		return
	}
	ctx := c.Request.Context()
	detail, err := h.store.SiteDetail(ctx, ascii)
	switch {
	case err == nil && ratingSettled(detail) && time.Since(detail.CheckedAt) < freshFor:
		// Rated recently: nothing to do but show the report.
		c.Redirect(http.StatusSeeOther, p.L.Link(links.SitePage(ascii)))
		return
	case err != nil && !errors.Is(err, legible.ErrNotFound):
		h.internal(c, p, "pages.requestRating: site detail", err)
		return
	}
	if _, err := h.jobs.Enqueue(ctx, ascii); err != nil {
		if h.requestRefused(c, p, ascii, err) {
			return
		}
		h.internal(c, p, "pages.requestRating: enqueue crawl", err)
		return
	}
	target := links.SitePage(ascii) + "?requested=1"
	if p.L.Explicit {
		target += "&lang=" + p.L.Lang
	}
	c.Redirect(http.StatusSeeOther, target)
}
