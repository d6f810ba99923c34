package api

import (
	"context"
	"errors"
	"fmt"
	"html"
	"math"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/legible-app/legible"
)

// badgeRoute is the route pattern of the badges; gin cannot route
// ":domain.svg", so the handler strips the extension itself.
const badgeRoute = "/badge/:file"

// gradeColours are the badge colours, shared with the browser extension.
var gradeColours = map[legible.Grade]string{
	legible.GradeA: "#1a9850",
	legible.GradeB: "#66bd63",
	legible.GradeC: "#fdae61",
	legible.GradeD: "#f46d43",
	legible.GradeE: "#d73027",
}

// unratedColour is the colour of a site without a grade.
const unratedColour = "#9e9e9e"

// labelColour is the background of the badge's "legible" half.
const labelColour = "#454545"

// badgeInfo is what a badge shows.
type badgeInfo struct {
	rated bool
	grade legible.Grade
	score int
	// status tells a site without a policy, or one that could not be read,
	// from one never rated.
	status legible.CrawlStatus
	// notGraded is a site that was scored but has no grade: its documents
	// are in a language Legible cannot read yet.
	notGraded bool
}

// badgeScale is what every badge's tooltip says of the grades and of what
// they rate.
const badgeScale = "Grades run from A (best) to E (worst) and rate the site's privacy policy and terms of service."

// notGradedColour is the colour of a site measured but not graded: the grey
// of an unrated one, with its own words.
const notGradedColour = unratedColour

// badge serves GET /badge/{domain}.svg: an SVG badge with the site's grade,
// or a grey "unrated" one for a site without a grade.
func (s *Server) badge(c *gin.Context) {
	file := c.Param("file")
	name, ok := strings.CutSuffix(file, ".svg")
	if !ok || name == "" {
		s.fail(c, fmt.Errorf("%w: badges are at /badge/{domain}.svg", legible.ErrNotFound))
		return
	}
	ascii, _, err := legible.NormalizeDomain(name)
	if err != nil {
		s.fail(c, fmt.Errorf("domain: %w", err))
		return
	}
	info, err := s.badgeInfo(c.Request.Context(), ascii)
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Writer.Header()["Cache-Control"] = s.badgeCache
	c.Data(http.StatusOK, "image/svg+xml; charset=utf-8", renderBadge(info))
}

// badgeInfo reads a site's grade from the cached table, or from the store
// while the table is not loaded.
func (s *Server) badgeInfo(ctx context.Context, domain string) (badgeInfo, error) {
	if e, found, loaded := s.cache.entry(legible.DomainHash(domain)); loaded {
		return badgeInfo{rated: found && e.Grade != "", grade: e.Grade, score: e.Score, status: e.Status,
			notGraded: found && e.Grade == "" && e.Status == ""}, nil
	}
	d, err := s.store.SiteDetail(ctx, domain)
	if errors.Is(err, legible.ErrNotFound) {
		return badgeInfo{}, nil
	}
	if err != nil {
		return badgeInfo{}, fmt.Errorf("badge: %w", err)
	}
	if d.Score == nil {
		if d.Crawl != nil {
			return badgeInfo{status: d.Crawl.Status}, nil
		}
		return badgeInfo{}, nil
	}
	if d.Score.Grade == "" {
		return badgeInfo{notGraded: true}, nil
	}
	return badgeInfo{rated: true, grade: d.Score.Grade, score: d.Score.Overall}, nil
}

// renderBadge draws the badge. It is labelled for screen readers (role=img,
// <title>, which is also its tooltip: the grade, the scale and what is
// rated) and its text colour is whichever of near-black or white contrasts
// more with the background.
func renderBadge(b badgeInfo) []byte {
	value, colour, label := "unrated", unratedColour, "Legible privacy grade: not rated yet"
	switch {
	case b.status == legible.StatusNoPolicy:
		value, label = "no policy found", "Legible: no privacy policy found on this site"
	case b.status == legible.StatusFailed:
		value, label = "not readable", "Legible: this site could not be read"
	case b.notGraded:
		value, colour, label = "not graded", notGradedColour, "Legible: not graded in this language yet"
	}
	if c, ok := gradeColours[b.grade]; b.rated && ok {
		value = string(b.grade) + " " + strconv.Itoa(b.score) + "/100"
		colour = c
		label = fmt.Sprintf("Legible privacy grade %s, score %d out of 100", b.grade, b.score)
	}
	label += ". " + badgeScale
	const left = "legible"
	lw, rw := textWidth(left)+12, textWidth(value)+12
	w := lw + rw
	var sb strings.Builder
	fmt.Fprintf(&sb, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="20" viewBox="0 0 %d 20" role="img" aria-label="%s">`, w, w, html.EscapeString(label))
	fmt.Fprintf(&sb, `<title>%s</title>`, html.EscapeString(label))
	fmt.Fprintf(&sb, `<rect width="%d" height="20" rx="3" fill="%s"/>`, w, labelColour)
	fmt.Fprintf(&sb, `<rect x="%d" width="%d" height="20" rx="3" fill="%s"/>`, lw, rw, colour)
	fmt.Fprintf(&sb, `<rect x="%d" width="4" height="20" fill="%s"/>`, lw, colour)
	sb.WriteString(`<g font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle" aria-hidden="true">`)
	fmt.Fprintf(&sb, `<text x="%d" y="14" fill="%s">%s</text>`, lw/2, textColour(labelColour), left)
	fmt.Fprintf(&sb, `<text x="%d" y="14" fill="%s" font-weight="bold">%s</text>`, lw+rw/2, textColour(colour), html.EscapeString(value))
	sb.WriteString(`</g></svg>`)
	return []byte(sb.String())
}

// textWidth estimates the width of s in 11px Verdana.
func textWidth(s string) int { return len(s) * 7 }

// textColour picks the text colour with the higher contrast on bg.
func textColour(bg string) string {
	if contrast(bg, "#ffffff") >= contrast(bg, "#1a1a1a") {
		return "#ffffff"
	}
	return "#1a1a1a"
}

// contrast is the WCAG contrast ratio of two #rrggbb colours.
func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// luminance is the WCAG relative luminance of a #rrggbb colour.
func luminance(hex string) float64 {
	v, err := strconv.ParseUint(strings.TrimPrefix(hex, "#"), 16, 32)
	if err != nil {
		return 0
	}
	ch := func(c uint64) float64 {
		x := float64(c) / 255
		if x <= 0.04045 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(v>>16&0xff) + 0.7152*ch(v>>8&0xff) + 0.0722*ch(v&0xff)
}
