package pages

import (
	"fmt"
	"strings"

	"github.com/legible-app/legible/scorer"
)

// compositionLine states the site rule's result in the page language from
// the parts of a site report, e.g. "privacy policy C 48, terms D 40, HTTPS
// with HSTS +2 → site C 47"; "" when the report has no parts.
func compositionLine(l *Localizer, rep scorer.SiteReport) string {
	if len(rep.Parts) == 0 || rep.Grade == "" {
		return ""
	}
	terms := make([]string, 0, len(rep.Parts))
	for _, p := range rep.Parts {
		label := scorer.Translate(p.Label, l.Lang)
		if p.Kind == "signal" {
			sign := "+"
			if p.Points < 0 {
				sign = "−"
			}
			pts := p.Points
			if pts < 0 {
				pts = -pts
			}
			terms = append(terms, l.T("site.composition.signal", label, sign+l.Dec(pts)))
			continue
		}
		terms = append(terms, l.T("site.composition.document", label, string(p.Grade), l.Int(p.Score)))
	}
	return l.T("site.composition", strings.Join(terms, l.T("list.sep")), scorer.Translate("site", l.Lang), string(rep.Grade), l.Int(rep.Score))
}

// weightsLine says how much each document weighs in the site's grade, e.g.
// "privacy policy 70%, terms 30%"; "" when only one document counts.
func weightsLine(l *Localizer, rep scorer.SiteReport) string {
	total := 0.0
	for _, p := range rep.Parts {
		if p.Kind != "signal" {
			total += p.Weight
		}
	}
	var terms []string
	for _, p := range rep.Parts {
		if p.Kind == "signal" || p.Weight <= 0 {
			continue
		}
		share := int(p.Weight/total*100 + 0.5)
		terms = append(terms, fmt.Sprintf("%s %s", scorer.Translate(p.Label, l.Lang), l.T("percent", l.Int(share))))
	}
	if len(terms) < 2 {
		return ""
	}
	return strings.Join(terms, l.T("list.sep"))
}
