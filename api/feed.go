package api

import (
	"bytes"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/api/feeds"
)

// feedEntries is how many changes a feed carries.
const feedEntries = 50

// changesFeed serves GET /feeds/changes.atom: the latest policy changes of
// every site.
func (s *Server) changesFeed(c *gin.Context) {
	s.writeFeed(c, "")
}

// siteFeed serves GET /feeds/sites/{domain}.atom: the changes of one site.
func (s *Server) siteFeed(c *gin.Context) {
	file := c.Param("file")
	if !strings.HasSuffix(file, ".atom") {
		s.fail(c, fmt.Errorf("feed %q: %w: the feed of a site is /feeds/sites/DOMAIN.atom", file, legible.ErrNotFound))
		return
	}
	ascii, _, err := legible.NormalizeDomain(strings.TrimSuffix(file, ".atom"))
	if err != nil {
		s.fail(c, fmt.Errorf("domain: %w", err))
		return
	}
	if _, err := s.store.FindSite(c.Request.Context(), ascii); err != nil {
		s.fail(c, fmt.Errorf("site %s: %w", ascii, err))
		return
	}
	s.writeFeed(c, ascii)
}

func (s *Server) writeFeed(c *gin.Context, domain string) {
	changes, err := s.store.RecentChanges(c.Request.Context(), domain, feedEntries)
	if err != nil {
		s.fail(c, fmt.Errorf("recent changes: %w", err))
		return
	}
	var buf bytes.Buffer
	if err := feeds.Write(&buf, feeds.Feed{BaseURL: s.root.For(c.Request), Domain: domain, Changes: changes, Now: time.Now()}); err != nil {
		s.fail(c, err)
		return
	}
	c.Header("Cache-Control", "public, max-age=300")
	c.Data(http.StatusOK, "application/atom+xml; charset=utf-8", buf.Bytes())
}
