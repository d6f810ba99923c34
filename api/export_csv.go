package api

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/scorer"
)

// utf8BOM starts the CSV export so that spreadsheets read it as UTF-8
// (Unicode domains, Arabic findings) rather than in a local code page.
const utf8BOM = "\ufeff"

// csvCriteria are the rubric's criteria, one score column each, in the
// rubric's order (scorer/data/rubric.json): the privacy policy's, then the
// terms of service's own (scorer/data/terms.json).
var csvCriteria = []string{"transparency", "data_collected", "limited_collection", "choice", "security", "accountability",
	"terms_changes", "terms_termination", "terms_disputes", "terms_content", "terms_liability", "terms_renewal", "terms_use"}

// csvKinds are the documents with a URL and a version date column each.
var csvKinds = []legible.DocKind{legible.KindPrivacy, legible.KindTerms, legible.KindCookies}

// csvTimeLayout is ISO 8601 with a space, in UTC: the form spreadsheets
// read as a date and time without help.
const csvTimeLayout = "2006-01-02 15:04:05"

// csvHeader names the export's columns.
var csvHeader = func() []string {
	h := []string{"domain", "unicode_domain", "domain_hash", "status", "missing", "score", "grade", "rubric_version",
		"reading_minutes", "words", "language", "checked_at_utc", "changed_at_utc"}
	for _, c := range csvCriteria {
		h = append(h, "criterion_"+c)
	}
	for _, k := range csvKinds {
		h = append(h, string(k)+"_url", string(k)+"_version_utc")
	}
	return append(h, "practices")
}()

// csvReport is the part of a stored site report the export reads.
type csvReport struct {
	Words     int                   `json:"words"`
	Criteria  []scorer.Criterion    `json:"criteria"`
	Documents []scorer.SiteDocument `json:"documents"`
	Practices []scorer.Practice     `json:"practices"`
}

// exportCSV serves GET /v1/export.csv: every listed site's latest figures,
// per-criterion scores, document addresses and version dates and practice
// facts, streamed, UTF-8 with a byte order mark.
func (s *Server) exportCSV(c *gin.Context) {
	s.export(c, "text/csv; charset=utf-8", "legible-sites.csv", s.store.ExportWithVersions, func(w *bufio.Writer) (func(legible.SiteSummary) error, func() error) {
		cw := csv.NewWriter(w)
		started := false
		start := func() error {
			started = true
			if _, err := w.WriteString(utf8BOM); err != nil {
				return err
			}
			return cw.Write(csvHeader)
		}
		row := func(r legible.SiteSummary) error {
			if !started {
				if err := start(); err != nil {
					return err
				}
			}
			if err := cw.Write(csvRow(r)); err != nil {
				return err
			}
			return cw.Error()
		}
		done := func() error {
			if !started {
				if err := start(); err != nil {
					return err
				}
			}
			cw.Flush()
			return cw.Error()
		}
		return row, done
	})
}

// csvRow lays one site out under csvHeader. A report that cannot be read
// leaves its columns empty.
func csvRow(r legible.SiteSummary) []string {
	var rep csvReport
	if len(r.Report) > 0 {
		_ = json.Unmarshal(r.Report, &rep)
	}
	status := r.Status
	if status == "" && r.Grade != "" {
		status = legible.StatusRated
	}
	row := []string{r.Domain, r.UnicodeDomain, r.DomainHash, string(status), legible.JoinKinds(r.Missing)}
	if r.Grade != "" {
		row = append(row, strconv.Itoa(r.Score), string(r.Grade), r.RubricVersion,
			strconv.FormatFloat(roundTenth(r.ReadingMin), 'f', -1, 64), strconv.Itoa(rep.Words), r.Language)
	} else {
		row = append(row, "", "", "", "", "", "")
	}
	row = append(row, csvTime(r.CheckedAt), csvTime(r.ChangedAt))
	for _, id := range csvCriteria {
		cell := ""
		for _, c := range rep.Criteria {
			// The first of an id is the privacy policy's (documents come
			// privacy policy first); terms repeat transparency for their own.
			if c.ID == id && !c.NotAssessed {
				cell = strconv.FormatFloat(c.Score, 'f', -1, 64)
				break
			}
		}
		row = append(row, cell)
	}
	for _, k := range csvKinds {
		u := ""
		for _, d := range rep.Documents {
			if d.Kind == k && u == "" {
				u = d.URL
			}
		}
		row = append(row, u, csvTime(r.VersionDates[k]))
	}
	facts := make([]string, 0, len(rep.Practices))
	for _, p := range rep.Practices {
		facts = append(facts, p.ID+":"+p.Answer)
	}
	return append(row, strings.Join(facts, "; "))
}

// csvTime formats t for a spreadsheet; "" for the zero time.
func csvTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(csvTimeLayout)
}
