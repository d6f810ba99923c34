package api

import (
	"net/http"
	"sort"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/legible-app/legible/api/pages"
)

func init() { gin.SetMode(gin.ReleaseMode) }

// apiPrefixes are the paths of the machine-readable endpoints; every other
// path is a page.
var apiPrefixes = []string{"/v1/", "/badge/", "/feeds/", "/healthz", "/readyz", "/metrics", "/openapi.json"}

// isAPIPath reports whether a path belongs to the machine-readable endpoints.
func isAPIPath(path string) bool {
	for _, p := range apiPrefixes {
		if strings.HasPrefix(path, p) {
			return true
		}
	}
	return false
}

// routes is the route table: every endpoint of the server, the pages'
// included, is registered here, and a method a route does not take is
// answered in one place: a problem for the API, an error page for a page.
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

	pg := pages.New(pages.Deps{Store: s.store, Jobs: s.cfg.Jobs, Root: s.root, Log: s.log})
	for _, rt := range pg.Routes() {
		r.Handle(rt.Method, rt.Path, rt.Handle)
	}

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
		sortAllow(c)
		if !isAPIPath(c.Request.URL.Path) {
			pg.MethodNotAllowed(c)
			return
		}
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

// sortAllow puts the methods of the Allow header the router set in
// alphabetical order, whatever the order routes were registered in.
func sortAllow(c *gin.Context) {
	h := c.Writer.Header()
	methods := strings.Split(h.Get("Allow"), ", ")
	sort.Strings(methods)
	h.Set("Allow", strings.Join(methods, ", "))
}
