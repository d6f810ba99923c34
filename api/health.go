package api

import (
	"context"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

// healthz serves GET /healthz: the process is up.
func (s *Server) healthz(c *gin.Context) {
	c.Header("Cache-Control", "no-store")
	c.JSON(http.StatusOK, gin.H{"status": "ok"})
}

// readyz serves GET /readyz: the database answers and the lookup table's
// first load is over (a load balancer then sends traffic to a warm server).
func (s *Server) readyz(c *gin.Context) {
	if s.cache.warming.Load() {
		c.Header("Retry-After", "5")
		writeProblem(c, Problem{
			Type:   problemTypeBase + "not-ready",
			Title:  http.StatusText(http.StatusServiceUnavailable),
			Status: http.StatusServiceUnavailable,
			Detail: "The lookup table is loading.",
		})
		return
	}
	ctx, cancel := context.WithTimeout(c.Request.Context(), 2*time.Second)
	defer cancel()
	c.Header("Cache-Control", "no-store")
	if err := s.store.Ping(ctx); err != nil {
		s.log.Warn("not ready", "error", err)
		writeProblem(c, Problem{
			Type:   problemTypeBase + "not-ready",
			Title:  http.StatusText(http.StatusServiceUnavailable),
			Status: http.StatusServiceUnavailable,
			Detail: "The database does not answer.",
		})
		return
	}
	c.JSON(http.StatusOK, gin.H{"status": "ready"})
}
