package extract

import (
	"bytes"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/ledongthuc/pdf"
)

// maxPDFPages bounds the work spent on one PDF.
const maxPDFPages = 2000

// extractPDF returns the text of a PDF, page by page, one line per row of
// glyphs and a blank line where the vertical gap says a paragraph ends.
func extractPDF(body []byte) (res *Result, err error) {
	// The PDF reader panics on some malformed files; turn that into an error.
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, fmt.Errorf("read pdf: malformed file: %v", p)
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(body), int64(len(body)))
	if err != nil {
		return nil, fmt.Errorf("read pdf: %w", err)
	}
	n := min(r.NumPage(), maxPDFPages)
	var b strings.Builder
	for i := 1; i <= n; i++ {
		p := r.Page(i)
		if p.V.IsNull() {
			continue
		}
		writePDFPage(&b, p.Content().Text)
		b.WriteString("\n\n")
	}
	res = &Result{Text: normalizeText(b.String())}
	if title := r.Trailer().Key("Info").Key("Title").Text(); title != "" {
		res.Title = normalizeLine(title)
	}
	return res, nil
}

// writePDFPage groups a page's glyphs into rows by baseline, orders each row
// left to right and puts spaces where glyphs are far apart.
func writePDFPage(b *strings.Builder, glyphs []pdf.Text) {
	if len(glyphs) == 0 {
		return
	}
	type row struct {
		y      float64
		size   float64
		glyphs []pdf.Text
	}
	var rows []*row
	for _, g := range glyphs {
		var cur *row
		if len(rows) > 0 {
			last := rows[len(rows)-1]
			if math.Abs(last.y-g.Y) < math.Max(1, g.FontSize*0.3) {
				cur = last
			}
		}
		if cur == nil {
			cur = &row{y: g.Y, size: g.FontSize}
			rows = append(rows, cur)
		}
		cur.glyphs = append(cur.glyphs, g)
	}
	var prevY, prevSize float64
	for i, r := range rows {
		sort.SliceStable(r.glyphs, func(a, c int) bool { return r.glyphs[a].X < r.glyphs[c].X })
		if i > 0 {
			gap := prevY - r.y
			if gap > 1.8*math.Max(prevSize, r.size) || gap < 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		end := math.Inf(-1)
		for _, g := range r.glyphs {
			if !math.IsInf(end, -1) && g.X-end > 0.2*math.Max(g.FontSize, 1) &&
				!strings.HasPrefix(g.S, " ") {
				b.WriteByte(' ')
			}
			b.WriteString(g.S)
			end = g.X + g.W
		}
		prevY, prevSize = r.y, r.size
	}
}
