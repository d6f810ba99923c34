package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/legible-app/legible"
)

// Problem is an RFC 9457 problem details object.
type Problem struct {
	Type     string `json:"type"`
	Title    string `json:"title"`
	Status   int    `json:"status"`
	Detail   string `json:"detail,omitempty"`
	Instance string `json:"instance,omitempty"`
	// RequestID is the request's X-Request-ID, to quote when reporting a problem.
	RequestID string `json:"request_id,omitempty"`
}

// problemTypeBase prefixes the problem type URIs; each names a section of the API docs.
const problemTypeBase = "https://legible.app/problems/"

// errTooLarge marks a request body over the configured limit.
var errTooLarge = errors.New("request body too large")

// errRateLimited marks a client over its request budget.
var errRateLimited = errors.New("rate limit exceeded")

// errorStatus maps an error to its HTTP status and problem type slug. It is
// the only place where errors become statuses.
func errorStatus(err error) (int, string) {
	var maxErr *http.MaxBytesError
	switch {
	case errors.Is(err, legible.ErrNotFound):
		return http.StatusNotFound, "not-found"
	case errors.Is(err, legible.ErrInvalid):
		return http.StatusBadRequest, "invalid-input"
	case errors.Is(err, legible.ErrUnauthorized):
		return http.StatusUnauthorized, "unauthorized"
	case errors.Is(err, legible.ErrConflict):
		return http.StatusConflict, "conflict"
	case errors.Is(err, errTooLarge), errors.As(err, &maxErr):
		return http.StatusRequestEntityTooLarge, "too-large"
	case errors.Is(err, errRateLimited):
		return http.StatusTooManyRequests, "rate-limited"
	}
	return http.StatusInternalServerError, "internal"
}

// problemFor builds the problem for err. Server errors get a generic detail;
// the error itself goes to the log only.
func problemFor(err error, instance string) Problem {
	status, slug := errorStatus(err)
	p := Problem{
		Type:     problemTypeBase + slug,
		Title:    http.StatusText(status),
		Status:   status,
		Detail:   err.Error(),
		Instance: instance,
	}
	if status >= 500 {
		p.Detail = "The server could not complete the request. Quote the request ID when reporting it."
	}
	return p
}

// fail writes err as an application/problem+json response and stops the chain.
func (s *Server) fail(c *gin.Context, err error) {
	if clientClosed(c.Request, err) {
		// The client went away: nobody reads the answer and the server did
		// nothing wrong.
		s.log.LogAttrs(c.Request.Context(), slog.LevelDebug, "client closed the request",
			slog.String("route", routeOf(c)),
			slog.String("request_id", c.Writer.Header().Get(headerRequestID)),
			slog.String("error", err.Error()))
		c.AbortWithStatus(StatusClientClosed)
		return
	}
	p := problemFor(err, c.Request.URL.Path)
	if p.Status >= 500 {
		s.log.LogAttrs(c.Request.Context(), slog.LevelError, "request failed",
			slog.String("route", routeOf(c)),
			slog.String("request_id", c.Writer.Header().Get(headerRequestID)),
			slog.String("error", err.Error()))
	}
	if p.Status == http.StatusUnauthorized {
		c.Header("WWW-Authenticate", `Bearer realm="legible"`)
	}
	writeProblem(c, p)
}

// writeProblem writes p and aborts the handler chain.
func writeProblem(c *gin.Context, p Problem) {
	if p.RequestID == "" {
		p.RequestID = c.Writer.Header().Get(headerRequestID)
	}
	body, err := json.Marshal(p)
	if err != nil {
		body = fmt.Appendf(nil, `{"title":%q,"status":%d}`, p.Title, p.Status)
	}
	c.Header("Cache-Control", "no-store")
	c.Data(p.Status, "application/problem+json", body)
	c.Abort()
}

// invalidf returns an error wrapping legible.ErrInvalid with a readable message.
func invalidf(format string, args ...any) error {
	return fmt.Errorf("%w: %s", legible.ErrInvalid, fmt.Sprintf(format, args...))
}
