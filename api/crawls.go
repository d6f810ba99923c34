package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/api/gate"
)

// maxCrawlBody bounds the body of POST /v1/crawls.
const maxCrawlBody = 4 << 10

type crawlRequest struct {
	Domain string `json:"domain"`
}

// createCrawl serves POST /v1/crawls: it queues a crawl of a domain (or
// returns the open job for it) and answers 202 with the job.
func (s *Server) createCrawl(c *gin.Context) {
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, maxCrawlBody)
	var req crawlRequest
	if err := json.NewDecoder(c.Request.Body).Decode(&req); err != nil {
		var maxErr *http.MaxBytesError
		if errors.As(err, &maxErr) {
			s.fail(c, tooLarge(maxCrawlBody))
			return
		}
		s.fail(c, invalidf(`send {"domain": "example.com"}: %v`, err))
		return
	}
	ascii, _, err := legible.NormalizeDomain(req.Domain)
	if err != nil {
		s.fail(c, fmt.Errorf("domain: %w", err))
		return
	}
	job, err := s.cfg.Jobs.Enqueue(gate.WithKey(c.Request.Context()), ascii)
	if err != nil {
		s.fail(c, fmt.Errorf("enqueue crawl: %w", err))
		return
	}
	s.log.Info("crawl requested", "job", job.ID, "domain", ascii, "key", c.GetString(ctxKeyName))
	c.Header("Location", "/v1/crawls/"+strconv.FormatInt(job.ID, 10))
	c.Header("Cache-Control", "no-store")
	c.JSON(http.StatusAccepted, job)
}

// crawl serves GET /v1/crawls/{id}: a job's state and, once done, its result.
func (s *Server) crawl(c *gin.Context) {
	id, err := idParam("crawl id", c.Param("id"))
	if err != nil {
		s.fail(c, err)
		return
	}
	job, err := s.cfg.Jobs.Job(c.Request.Context(), id)
	if err != nil {
		s.fail(c, fmt.Errorf("crawl %d: %w", id, err))
		return
	}
	c.Header("Cache-Control", "no-store")
	c.JSON(http.StatusOK, job)
}
