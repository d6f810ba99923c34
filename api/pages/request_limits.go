package pages

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/legible-app/legible/api/gate"
)

// requestRefused answers a rating request that the anonymous limits refused
// (see package gate) and reports whether it did: 429 with Retry-After when
// the budget or the queue is full, 422 when the domain does not resolve to a
// public address. Clients asking for JSON get a problem document.
func (h *handler) requestRefused(c *gin.Context, p page, name string, err error) bool {
	var busy *gate.BusyError
	switch {
	case errors.As(err, &busy):
		secs := busy.Seconds()
		c.Header("Retry-After", strconv.Itoa(secs))
		c.Header("Cache-Control", "no-store")
		h.log.InfoContext(c.Request.Context(), "rating request refused: budget", "reason", busy.Reason)
		minutes := (secs + 59) / 60
		h.refuse(c, p, http.StatusTooManyRequests, p.L.T("error.429.title"), p.L.T("request.busy", minutes), "rate-limited")
		return true
	case errors.Is(err, gate.ErrUnreachable):
		h.log.InfoContext(c.Request.Context(), "rating request refused: unreachable", "error", err)
		h.refuse(c, p, http.StatusUnprocessableEntity, p.L.T("error.422.title"), p.L.T("request.unreachable", name), "unreachable")
		return true
	}
	return false
}

// refuse renders the error page, or a problem document for a JSON client.
func (h *handler) refuse(c *gin.Context, p page, status int, title, text, slug string) {
	if wantsJSON(c.GetHeader("Accept")) {
		body, err := json.Marshal(map[string]any{
			"type":   "https://legible.app/problems/" + slug,
			"title":  title,
			"status": status,
			"detail": text,
		})
		if err != nil {
			h.internal(c, p, "pages.refuse: encode problem", err)
			return
		}
		c.Data(status, "application/problem+json", body)
		return
	}
	h.fail(c, p, status, title, text)
}

// wantsJSON reports whether an Accept header prefers JSON to HTML.
func wantsJSON(accept string) bool {
	a := strings.ToLower(accept)
	return strings.Contains(a, "json") && !strings.Contains(a, "text/html")
}
