package api

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/gin-gonic/gin"
)

// headerRequestID is the canonical form of X-Request-ID.
const headerRequestID = "X-Request-Id"

// Header values shared by every response; assigned to the header map
// directly so that serving them allocates nothing.
var (
	hdrNoSniff        = []string{"nosniff"}
	hdrNoReferrer     = []string{"no-referrer"}
	hdrDeny           = []string{"DENY"}
	hdrSameOrigin     = []string{"same-origin"}
	hdrCrossOrigin    = []string{"cross-origin"}
	hdrAllowAnyOrigin = []string{"*"}
	hdrExposed        = []string{"ETag, Retry-After, X-Request-ID"}
	// hdrCSP allows what the pages use: their own scripts, styles, images
	// (and inline SVG data images), forms posting to this origin.
	hdrCSP = []string{"default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"}
	// hdrBadgeCSP keeps an SVG badge inert (no scripts) while it may be embedded anywhere.
	hdrBadgeCSP = []string{"default-src 'none'; style-src 'unsafe-inline'"}
)

// requestIDs makes request IDs: a random per-process prefix and a counter.
type requestIDs struct {
	prefix string
	n      atomic.Uint64
}

var ids = func() *requestIDs {
	b := make([]byte, 6)
	if _, err := rand.Read(b); err != nil {
		return &requestIDs{prefix: strconv.FormatInt(time.Now().UnixNano(), 36)}
	}
	return &requestIDs{prefix: hex.EncodeToString(b)}
}()

func (g *requestIDs) next() string {
	buf := make([]byte, 0, 32)
	buf = append(buf, g.prefix...)
	buf = append(buf, '-')
	buf = strconv.AppendUint(buf, g.n.Add(1), 36)
	return string(buf)
}

// validRequestID accepts a client's request ID only when short and plain.
func validRequestID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for i := 0; i < len(id); i++ {
		b := id[i]
		if !(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b == '_' || b == '.') {
			return false
		}
	}
	return true
}

// routeOf is the route pattern of the request, never its raw path.
func routeOf(c *gin.Context) string {
	if p := c.FullPath(); p != "" {
		return p
	}
	return "unmatched"
}

// observe gives each request an ID, then records metrics and the access
// log line once it is served.
//
// Access log policy: a line holds the method, the route pattern, the status,
// the duration, the response size and the request ID — never the client IP,
// the raw path, the query string, the referrer or the user agent. So no log
// line ties a client to a looked-up hash prefix, domain or table download.
func (s *Server) observe(c *gin.Context) {
	start := time.Now()
	id := c.Request.Header.Get(headerRequestID)
	if !validRequestID(id) {
		id = ids.next()
	}
	c.Writer.Header()[headerRequestID] = []string{id}

	c.Next()

	route := routeOf(c)
	elapsed := time.Since(start)
	status := c.Writer.Status()
	if status >= 500 && clientClosed(c.Request, nil) {
		status = StatusClientClosed // a handler that failed because its client left
	}
	s.metrics.observe(route, c.Request.Method, status, elapsed)
	if s.cfg.AccessLog {
		s.access.LogAttrs(c.Request.Context(), slog.LevelInfo, "request",
			slog.String("method", c.Request.Method),
			slog.String("route", route),
			slog.Int("status", status),
			slog.Duration("duration", elapsed),
			slog.Int("bytes", max(0, c.Writer.Size())),
			slog.String("request_id", id))
	}
}

// recoverer turns a panic in a handler into a 500 problem.
func (s *Server) recoverer(c *gin.Context) {
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.fail(c, fmt.Errorf("panic serving %s: %v", routeOf(c), v))
		}
	}()
	c.Next()
}

// secure sets the security headers. Badges may be embedded by any site, so
// they get an inert CSP without frame restrictions.
func (s *Server) secure(c *gin.Context) {
	h := c.Writer.Header()
	h["X-Content-Type-Options"] = hdrNoSniff
	h["Referrer-Policy"] = hdrNoReferrer
	if c.FullPath() == badgeRoute {
		h["Content-Security-Policy"] = hdrBadgeCSP
		h["Cross-Origin-Resource-Policy"] = hdrCrossOrigin
		return
	}
	h["Content-Security-Policy"] = hdrCSP
	h["X-Frame-Options"] = hdrDeny
	if isPublicData(c.Request.URL.Path) {
		h["Cross-Origin-Resource-Policy"] = hdrCrossOrigin
	} else {
		h["Cross-Origin-Resource-Policy"] = hdrSameOrigin
	}
}

// isPublicData reports whether path is open to other origins (the extension,
// embedding sites): the API, the badges and the OpenAPI document.
func isPublicData(path string) bool {
	return strings.HasPrefix(path, "/v1/") || strings.HasPrefix(path, "/badge/") || path == "/openapi.json"
}

// cors lets any origin read the public GET endpoints, without credentials,
// and answers their preflight requests.
func (s *Server) cors(c *gin.Context) {
	if !isPublicData(c.Request.URL.Path) {
		return
	}
	h := c.Writer.Header()
	switch c.Request.Method {
	case http.MethodGet, http.MethodHead:
		h["Access-Control-Allow-Origin"] = hdrAllowAnyOrigin
		h["Access-Control-Expose-Headers"] = hdrExposed
	case http.MethodOptions:
		h["Access-Control-Allow-Origin"] = hdrAllowAnyOrigin
		h.Set("Access-Control-Allow-Methods", "GET, HEAD")
		h.Set("Access-Control-Allow-Headers", "If-None-Match, X-Request-ID")
		h.Set("Access-Control-Max-Age", "86400")
		c.AbortWithStatus(http.StatusNoContent)
	}
}
