package api

import (
	"context"
	"fmt"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
	"github.com/pmezard/go-difflib/difflib"

	"github.com/legible-app/legible"
)

// idParam parses a positive integer ID from the path or query.
func idParam(name, v string) (int64, error) {
	id, err := strconv.ParseInt(v, 10, 64)
	if err != nil || id <= 0 {
		return 0, invalidf("%s must be a positive integer", name)
	}
	return id, nil
}

// diff serves GET /v1/versions/{id}/diff?against={id}: a unified diff of the
// two versions' texts, always from the older to the newer one, whichever
// order they are named in. X-Older-Version and X-Newer-Version name them.
func (s *Server) diff(c *gin.Context) {
	id, err := idParam("version id", c.Param("id"))
	if err != nil {
		s.fail(c, err)
		return
	}
	against, err := idParam("against", c.Query("against"))
	if err != nil {
		s.fail(c, err)
		return
	}
	ctx := c.Request.Context()
	a, err := s.version(ctx, id)
	if err != nil {
		s.fail(c, err)
		return
	}
	b, err := s.version(ctx, against)
	if err != nil {
		s.fail(c, err)
		return
	}
	if a.SiteID != b.SiteID {
		s.fail(c, invalidf("versions %d and %d belong to different sites; a diff compares two versions of one site's documents", id, against))
		return
	}
	older, newer := b, a
	if newer.FetchedAt.Before(older.FetchedAt) || (newer.FetchedAt.Equal(older.FetchedAt) && newer.ID < older.ID) {
		older, newer = newer, older
	}
	text, err := unifiedDiff(older, newer)
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Header("X-Older-Version", strconv.FormatInt(older.ID, 10))
	c.Header("X-Newer-Version", strconv.FormatInt(newer.ID, 10))
	c.Header("Cache-Control", "public, max-age=86400")
	c.Data(http.StatusOK, "text/plain; charset=utf-8", []byte(text))
}

// versionText serves GET /v1/versions/{id}/text: the version's extracted
// text as stored, UTF-8, against which the start and end of every quote in
// its report (byte offsets) can be checked.
func (s *Server) versionText(c *gin.Context) {
	id, err := idParam("version id", c.Param("id"))
	if err != nil {
		s.fail(c, err)
		return
	}
	v, err := s.version(c.Request.Context(), id)
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Header("X-Document-Id", strconv.FormatInt(v.DocumentID, 10))
	c.Header("X-Fetched-At", formatTime(v.FetchedAt))
	c.Header("Cache-Control", "public, max-age=86400")
	c.Data(http.StatusOK, "text/plain; charset=utf-8", []byte(v.Text))
}

// version reads one version, with a clear message when it does not exist.
func (s *Server) version(ctx context.Context, id int64) (legible.Version, error) {
	v, err := s.store.Version(ctx, id)
	if err != nil {
		return v, fmt.Errorf("version %d: %w", id, err)
	}
	return v, nil
}

// unifiedDiff returns the unified diff from older to newer; the file header
// lines say which version is the older one and when each was fetched.
func unifiedDiff(older, newer legible.Version) (string, error) {
	label := func(v legible.Version, age string) string {
		return fmt.Sprintf("version %d (%s, fetched %s)", v.ID, age, formatTime(v.FetchedAt))
	}
	out, err := difflib.GetUnifiedDiffString(difflib.UnifiedDiff{
		A:        difflib.SplitLines(older.Text),
		B:        difflib.SplitLines(newer.Text),
		FromFile: label(older, "older"),
		ToFile:   label(newer, "newer"),
		Context:  3,
	})
	if err != nil {
		return "", fmt.Errorf("diff versions %d and %d: %w", older.ID, newer.ID, err)
	}
	if out == "" {
		out = fmt.Sprintf("--- %s\n+++ %s\n", label(older, "older"), label(newer, "newer"))
	}
	return out, nil
}
