package api

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/legible-app/legible"
)

// flushEvery is how many rows an export writes between flushes.
var flushEvery = 256

var csvHeader = []string{"domain", "unicode_domain", "domain_hash", "score", "grade", "rubric_version", "reading_minutes", "language", "checked_at", "changed_at"}

// exportCSV serves GET /v1/export.csv: every rated site's latest figures, streamed.
func (s *Server) exportCSV(c *gin.Context) {
	s.export(c, "text/csv; charset=utf-8", "legible-sites.csv", func(w *bufio.Writer) (func(legible.SiteSummary) error, func() error) {
		cw := csv.NewWriter(w)
		started := false
		row := func(r legible.SiteSummary) error {
			if !started {
				started = true
				if err := cw.Write(csvHeader); err != nil {
					return err
				}
			}
			cw.Write([]string{
				r.Domain, r.UnicodeDomain, r.DomainHash, strconv.Itoa(r.Score), string(r.Grade),
				r.RubricVersion, strconv.FormatFloat(roundTenth(r.ReadingMin), 'f', -1, 64), r.Language,
				formatTime(r.CheckedAt), formatTime(r.ChangedAt),
			})
			return cw.Error()
		}
		done := func() error {
			if !started {
				if err := cw.Write(csvHeader); err != nil {
					return err
				}
			}
			cw.Flush()
			return cw.Error()
		}
		return row, done
	})
}

// exportNDJSON serves GET /v1/export.ndjson: one JSON object a line per rated site.
func (s *Server) exportNDJSON(c *gin.Context) {
	s.export(c, "application/x-ndjson", "legible-sites.ndjson", func(w *bufio.Writer) (func(legible.SiteSummary) error, func() error) {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		row := func(r legible.SiteSummary) error { return enc.Encode(newListSite(r)) }
		return row, func() error { return nil }
	})
}

// export streams the store's rows through a format's row writer, flushing
// to the client as it goes. An error after the first bytes were sent can no
// longer become a problem response: it is logged and the connection broken.
func (s *Server) export(c *gin.Context, contentType, filename string, format func(*bufio.Writer) (row func(legible.SiteSummary) error, done func() error)) {
	h := c.Writer.Header()
	h.Set("Content-Type", contentType)
	h.Set("Content-Disposition", `attachment; filename="`+filename+`"`)
	h.Set("Cache-Control", "public, max-age=300")
	bw := bufio.NewWriterSize(c.Writer, 32<<10)
	row, done := format(bw)
	n := 0
	err := s.store.ExportLatest(c.Request.Context(), func(r legible.SiteSummary) error {
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
