package api

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/legible-app/legible"
)

// tableSnapshot is the compact table encoded once per change.
type tableSnapshot struct {
	generated time.Time
	rows      []tableRow // by hash
	updated   []time.Time
	body      []byte
	gz        []byte
	etag      string // strong, without quotes
}

// tableRow is one site in GET /v1/table; the short keys keep the download small.
type tableRow struct {
	H string        `json:"h"`
	G legible.Grade `json:"g"`
	S int           `json:"s"`
	M float64       `json:"m"`
	C string        `json:"c"`
	// St is the status of a site without a grade: no_policy or failed.
	St legible.CrawlStatus `json:"st,omitempty"`
}

type tableResponse struct {
	GeneratedAt string     `json:"generated_at"`
	Sites       []tableRow `json:"sites"`
}

// buildSnapshot encodes the table, gzipped too, with its ETag.
func buildSnapshot(entries []legible.TableEntry, now time.Time) (*tableSnapshot, error) {
	sortEntries(entries)
	snap := &tableSnapshot{
		generated: now.UTC(),
		rows:      make([]tableRow, len(entries)),
		updated:   make([]time.Time, len(entries)),
	}
	for i, e := range entries {
		snap.rows[i] = tableRow{H: e.DomainHash, G: e.Grade, S: e.Score, M: roundTenth(e.ReadingMin), C: formatTime(e.CheckedAt)}
		if e.Grade == "" {
			snap.rows[i].St = e.Status
		}
		snap.updated[i] = e.UpdatedAt
		if snap.updated[i].IsZero() {
			snap.updated[i] = e.CheckedAt
		}
	}
	var err error
	snap.body, snap.gz, snap.etag, err = encodeTable(snap.generated, snap.rows, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	return snap, nil
}

// encodeTable returns the JSON, its gzip form and its entity tag.
func encodeTable(generated time.Time, rows []tableRow, level int) (body, gz []byte, etag string, err error) {
	if rows == nil {
		rows = []tableRow{}
	}
	body, err = json.Marshal(tableResponse{GeneratedAt: formatTime(generated), Sites: rows})
	if err != nil {
		return nil, nil, "", fmt.Errorf("encode table: %w", err)
	}
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, level)
	if err != nil {
		return nil, nil, "", fmt.Errorf("compress table: %w", err)
	}
	if _, err := zw.Write(body); err != nil {
		return nil, nil, "", fmt.Errorf("compress table: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, nil, "", fmt.Errorf("compress table: %w", err)
	}
	sum := sha256.Sum256(body)
	return body, buf.Bytes(), hex.EncodeToString(sum[:16]), nil
}

// since returns the rows updated after t.
func (t *tableSnapshot) since(after time.Time) []tableRow {
	out := []tableRow{}
	for i, u := range t.updated {
		if u.After(after) {
			out = append(out, t.rows[i])
		}
	}
	return out
}

// table serves GET /v1/table: the whole compact table (or, with ?since=, the
// rows updated after that time — or the whole table when that is most of
// it), with a strong ETag, gzip when accepted, and public caching.
func (s *Server) table(c *gin.Context) {
	if err := s.cache.ensure(c.Request.Context()); err != nil {
		s.fail(c, err)
		return
	}
	snap := s.cache.snapshot()
	if snap == nil {
		s.fail(c, fmt.Errorf("table: no snapshot after load"))
		return
	}
	body, gz, etag := snap.body, snap.gz, snap.etag
	if v := c.Query("since"); v != "" {
		after, err := time.Parse(time.RFC3339, v)
		if err != nil {
			s.fail(c, invalidf("since must be an RFC 3339 time such as 2026-11-30T10:00:00Z"))
			return
		}
		// A delta holding most of the table is served as the whole
		// (precompressed) table: a superset the client merges the same way,
		// and no large compression per request.
		if rows := snap.since(after); len(rows) <= len(snap.rows)/2 {
			var err2 error
			body, gz, etag, err2 = encodeTable(snap.generated, rows, gzip.DefaultCompression)
			if err2 != nil {
				s.fail(c, err2)
				return
			}
		}
	}

	h := c.Writer.Header()
	h["Cache-Control"] = s.publicCache
	h["Vary"] = hdrVaryEncoding
	useGzip := acceptsGzip(c.Request.Header.Get("Accept-Encoding"))
	tag := `"` + etag + `"`
	if useGzip {
		tag = `"` + etag + `-gzip"`
	}
	h["Etag"] = []string{tag}
	if etagMatches(c.Request.Header.Get("If-None-Match"), etag) {
		c.Status(http.StatusNotModified)
		return
	}
	if useGzip {
		h["Content-Encoding"] = hdrGzip
		body = gz
	}
	h["Content-Length"] = []string{strconv.Itoa(len(body))}
	c.Data(http.StatusOK, "application/json; charset=utf-8", body)
}

var (
	hdrVaryEncoding = []string{"Accept-Encoding"}
	hdrGzip         = []string{"gzip"}
)

// acceptsGzip reports whether an Accept-Encoding value allows gzip.
func acceptsGzip(ae string) bool {
	for _, part := range strings.Split(ae, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), "gzip") && strings.TrimSpace(name) != "*" {
			continue
		}
		q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}

// etagMatches reports whether an If-None-Match value names the entity tag
// (in either of its encodings) or is "*".
func etagMatches(inm, etag string) bool {
	if inm == "" {
		return false
	}
	for _, t := range strings.Split(inm, ",") {
		t = strings.TrimSpace(t)
		if t == "*" {
			return true
		}
		t = strings.TrimPrefix(t, "W/")
		t = strings.Trim(t, `"`)
		if t == etag || t == etag+"-gzip" {
			return true
		}
	}
	return false
}
