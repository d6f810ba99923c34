package api

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/legible-app/legible/api/pages"
)

func init() { gin.SetMode(gin.ReleaseMode) }

// routes is the route table: every endpoint of the server is registered here.
func (s *Server) routes() *gin.Engine {
	r := gin.New()
	r.HandleMethodNotAllowed = true
	// Route on the escaped path so that a URL-encoded full URL (with its
	// slashes) stays one :domain segment.
	r.UseRawPath = true
	if err := r.SetTrustedProxies(s.cfg.TrustedProxies); err != nil {
		s.log.Warn("ignoring trusted proxies", "error", err)
		_ = r.SetTrustedProxies(nil)
	}
	r.Use(s.recoverer, s.observe, s.secure, s.cors, s.rateLimit)

	r.GET("/healthz", s.healthz)
	r.GET("/readyz", s.readyz)
	r.GET("/metrics", gin.WrapH(s.metrics.handler()))
	r.GET("/openapi.json", s.openapi)
	r.GET("/badge/:file", s.badge)
	r.GET("/feeds/changes.atom", s.changesFeed)
	r.GET("/feeds/sites/:file", s.siteFeed)

	v1 := r.Group("/v1")
	v1.GET("/sites", s.listSites)
	v1.GET("/sites/:domain", s.site)
	v1.GET("/sites/:domain/history", s.history)
	v1.GET("/versions/:id/diff", s.diff)
	v1.GET("/versions/:id/text", s.versionText)
	v1.GET("/export.csv", s.exportCSV)
	v1.GET("/export.ndjson", s.exportNDJSON)
	v1.POST("/score", s.score)
	v1.POST("/crawls", s.requireKey, s.createCrawl)
	v1.GET("/crawls/:id", s.crawl)
	v1.GET("/lookup/:prefix", s.lookup)
	v1.GET("/table", s.table)

	pages.Register(r, pages.Deps{Store: s.store, Jobs: s.cfg.Jobs, Log: s.log})

	r.NoRoute(func(c *gin.Context) {
		writeProblem(c, Problem{
			Type:     problemTypeBase + "not-found",
			Title:    http.StatusText(http.StatusNotFound),
			Status:   http.StatusNotFound,
			Detail:   "No such endpoint; see /openapi.json.",
			Instance: c.Request.URL.Path,
		})
	})
	r.NoMethod(func(c *gin.Context) {
		writeProblem(c, Problem{
			Type:     problemTypeBase + "method-not-allowed",
			Title:    http.StatusText(http.StatusMethodNotAllowed),
			Status:   http.StatusMethodNotAllowed,
			Detail:   "This endpoint does not accept " + c.Request.Method + ".",
			Instance: c.Request.URL.Path,
		})
	})
	return r
}
