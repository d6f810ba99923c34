package pages

import (
	"context"
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
)

// statusClientClosed is the status of a request whose client went away
// before the answer (nginx's 499).
const statusClientClosed = 499

// errorView is the data of the error page.
type errorView struct {
	page
	Status  int
	Heading string
	Text    string
}

// fail renders the error page with a status, a heading and a sentence, all
// already localised.
func (h *handler) fail(c *gin.Context, p page, status int, heading, text string) {
	p.Title = heading
	h.render(c, status, "error", p.L, errorView{page: p, Status: status, Heading: heading, Text: text})
}

// internal logs err with the operation that failed and renders a 500 page
// that tells the user nothing of the detail.
func (h *handler) internal(c *gin.Context, p page, op string, err error) {
	if errors.Is(err, context.Canceled) || errors.Is(c.Request.Context().Err(), context.Canceled) {
		// The client went away: not a server error, and nobody reads a page.
		h.log.DebugContext(c.Request.Context(), op+": client closed the request", "path", c.Request.URL.Path, "error", err)
		c.AbortWithStatus(statusClientClosed)
		return
	}
	h.log.ErrorContext(c.Request.Context(), op, "path", c.Request.URL.Path, "error", err)
	h.fail(c, p, http.StatusInternalServerError, p.L.T("error.500.title"), p.L.T("error.500.text"))
}
