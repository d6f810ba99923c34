package pages

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/api/links"
)

// siteChangesShown is how many recent changes a report lists.
const siteChangesShown = 10

// notRatedView is the data of the page of a site Legible does not know.
type notRatedView struct {
	page
	Name          string
	RequestAction string
	Requested     bool
	// PendingHref reloads the page while a requested rating is pending.
	PendingHref string
}

// site renders the report of one site; any spelling of the domain redirects
// to its canonical address.
func (h *handler) site(c *gin.Context) {
	p := h.newPage(c, "")
	raw := c.Param("domain")
	ascii, unicode, err := legible.NormalizeDomain(raw)
	if err != nil {
		h.badDomain(c, p, raw, err)
		return
	}
	if raw != ascii {
		c.Redirect(http.StatusMovedPermanently, p.L.Link(links.SitePage(ascii)))
		return
	}
	ctx := c.Request.Context()
	requested := c.Query("requested") == "1"
	detail, err := h.store.SiteDetail(ctx, ascii)
	if errors.Is(err, legible.ErrNotFound) {
		h.notRated(c, p, ascii, unicode, requested)
		return
	}
	if err != nil {
		h.internal(c, p, "pages.site: site detail", err)
		return
	}
	history, err := h.store.SiteScoreHistory(ctx, detail.Site.ID)
	if err != nil {
		h.internal(c, p, "pages.site: score history", err)
		return
	}
	changes, err := h.store.RecentChanges(ctx, ascii, siteChangesShown)
	if err != nil {
		h.internal(c, p, "pages.site: recent changes", err)
		return
	}
	v := buildSiteView(p, h.log, siteInput{detail: detail, history: history, changes: changes, base: h.root.For(c.Request)})
	v.Feed = v.FeedPath
	// After a request, the page reloads itself until the rating (or the
	// news that there is no policy) exists, then drops the thanks.
	v.Requested = requested && !ratingSettled(detail)
	if v.Requested {
		v.Refresh = pendingRefresh
		v.PendingHref = p.L.Link(links.SitePage(ascii) + "?requested=1")
	} else if !requested {
		c.Header("Cache-Control", "public, max-age=60")
	}
	h.render(c, http.StatusOK, "site", p.L, v)
}

// notRated renders the 404 page of an unknown site, with a button that
// requests its rating.
func (h *handler) notRated(c *gin.Context, p page, ascii, unicode string, requested bool) {
	name := displayName(ascii, unicode)
	p.Title = p.L.T("error.404.title", name)
	if requested {
		p.Refresh = pendingRefresh
	}
	h.render(c, http.StatusNotFound, "notrated", p.L, notRatedView{
		page:          p,
		Name:          name,
		RequestAction: p.L.Link(links.SiteRequest(ascii)),
		Requested:     requested,
		PendingHref:   p.L.Link(links.SitePage(ascii) + "?requested=1"),
	})
}
