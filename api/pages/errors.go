package pages

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

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
	h.log.ErrorContext(c.Request.Context(), op, "path", c.Request.URL.Path, "error", err)
	h.fail(c, p, http.StatusInternalServerError, p.L.T("error.500.title"), p.L.T("error.500.text"))
}
