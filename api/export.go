package api

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/legible-app/legible"
)

// flushEvery is how many rows an export writes between flushes.
var flushEvery = 256

// exportNDJSON serves GET /v1/export.ndjson: one JSON object a line per rated site.
func (s *Server) exportNDJSON(c *gin.Context) {
	s.export(c, "application/x-ndjson", "legible-sites.ndjson", s.store.ExportLatest, func(w *bufio.Writer) (func(legible.SiteSummary) error, func() error) {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		row := func(r legible.SiteSummary) error { return enc.Encode(newListSite(r)) }
		return row, func() error { return nil }
	})
}

// export streams the store's rows through a format's row writer, flushing
// to the client as it goes. An error after the first bytes were sent can no
// longer become a problem response: it is logged and the connection broken.
func (s *Server) export(c *gin.Context, contentType, filename string, source func(context.Context, func(legible.SiteSummary) error) error, format func(*bufio.Writer) (row func(legible.SiteSummary) error, done func() error)) {
	h := c.Writer.Header()
	h.Set("Content-Type", contentType)
	h.Set("Content-Disposition", `attachment; filename="`+filename+`"`)
	h.Set("Cache-Control", "public, max-age=300")
	bw := bufio.NewWriterSize(c.Writer, 32<<10)
	row, done := format(bw)
	n := 0
	err := source(c.Request.Context(), func(r legible.SiteSummary) error {
		if n == 0 {
			c.Status(http.StatusOK)
		}
		if err := row(r); err != nil {
			return fmt.Errorf("write row: %w", err)
		}
		n++
		if n%flushEvery == 0 {
			if err := bw.Flush(); err != nil {
				return fmt.Errorf("flush: %w", err)
			}
			c.Writer.Flush()
		}
		return nil
	})
	if err == nil {
		err = done()
	}
	if err != nil {
		if !c.Writer.Written() {
			bw.Reset(c.Writer)
			h.Del("Content-Disposition")
			s.fail(c, fmt.Errorf("export: %w", err))
			return
		}
		s.log.LogAttrs(c.Request.Context(), slog.LevelWarn, "export cut short",
			slog.String("route", routeOf(c)), slog.Int("rows", n), slog.String("error", err.Error()))
		// Break the connection so the client cannot take the partial file for a whole one.
		panic(http.ErrAbortHandler)
	}
	if err := bw.Flush(); err != nil {
		s.log.Warn("export: flush", "error", err)
	}
}
