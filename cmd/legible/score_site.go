package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/rating"
	"github.com/legible-app/legible/scorer"
)

// inputKind returns the kind of the document an argument names and its file:
// "terms=tos.md" says it; otherwise flagKind does, or with "auto" the file
// name ("terms-of-service.md", "cookie-policy.html"...).
func inputKind(arg, flagKind string) (legible.DocKind, string) {
	if k, file, ok := strings.Cut(arg, "="); ok && legible.DocKind(k).Valid() {
		return legible.DocKind(k), file
	}
	if flagKind != "" && flagKind != "auto" {
		return legible.DocKind(flagKind), arg
	}
	name := strings.ToLower(filepath.Base(arg))
	// Words of the name: "terms-of-service.md" holds "terms", "CGU.html"
	// "cgu"; an acronym counts only as a whole word, never inside another
	// ("photos.html" is no "tos").
	words := strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	has := func(long []string, acronyms []string) bool {
		for _, w := range long {
			if strings.Contains(name, w) {
				return true
			}
		}
		for _, w := range words {
			if slices.Contains(acronyms, w) {
				return true
			}
		}
		return false
	}
	if has([]string{"terms", "conditions", "nutzungsbedingungen", "شروط"}, []string{"tos", "cgu", "cgv", "agb"}) {
		return legible.KindTerms, arg
	}
	if has([]string{"cookie", "tracker"}, nil) {
		return legible.KindCookies, arg
	}
	return legible.KindPrivacy, arg
}

// siteJSON is legible score --site --format json: the site report, with the
// inputs that could not be scored.
type siteJSON struct {
	*scorer.SiteReport
	Errors []scoredJSON `json:"errors,omitempty"`
}

// runScoreSite combines the scored files into one site report, prints it and
// gates it on --min-grade, with the exit statuses of legible score.
func runScoreSite(e *env, opts scoreOptions, results []scored) error {
	var docs []scorer.DocumentReport
	failed := 0
	var errs []scoredJSON
	for _, r := range results {
		if r.Err != nil {
			fmt.Fprintf(e.stderr, "legible score: %s: %v\n", displayName(r.File), r.Err)
			errs = append(errs, scoredJSON{File: r.File, Error: r.Err.Error()})
			failed++
			continue
		}
		docs = append(docs, scorer.DocumentReport{Kind: r.Kind, URL: r.File, Report: r.Report})
	}
	if failed > 0 {
		return &exitError{code: 2, err: fmt.Errorf("%d of %d inputs could not be scored", failed, len(results))}
	}
	site, _, err := rating.Site(docs, nil, time.Now())
	if err != nil {
		return fmt.Errorf("combine the site: %w", err)
	}
	if opts.format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(siteJSON{SiteReport: site, Errors: errs}); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
	} else if err := writeTextSite(e.stdout, site, results); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	if opts.minGrade == "" {
		return nil
	}
	if site.NotGraded != "" || site.Grade.Rank() > opts.minGrade.Rank() {
		fmt.Fprintf(e.stderr, "site: %s is below %s\n", siteGradeText(site), opts.minGrade)
		return &exitError{code: 1, err: fmt.Errorf("the site scored below grade %s", opts.minGrade)}
	}
	return nil
}

// siteGradeText is "C 47", or why the site has no grade.
func siteGradeText(s *scorer.SiteReport) string {
	if s.NotGraded != "" {
		return "not graded (" + s.NotGraded + ")"
	}
	return fmt.Sprintf("%s %d", s.Grade, s.Score)
}

// MarshalJSON writes the site report's own JSON (its "score": null when not
// graded included) with the inputs that could not be scored.
func (s siteJSON) MarshalJSON() ([]byte, error) {
	b, err := json.Marshal(s.SiteReport)
	if err != nil || len(s.Errors) == 0 {
		return b, err
	}
	errs, err := json.Marshal(s.Errors)
	if err != nil {
		return nil, err
	}
	return spliceField(b, "errors", errs, false), nil
}

// spliceField adds "key": value to the JSON object b, first or last.
func spliceField(b []byte, key string, value []byte, first bool) []byte {
	k, _ := json.Marshal(key)
	field := append(append(k, ':'), value...)
	if len(b) < 2 || b[0] != '{' {
		return b
	}
	empty := len(strings.TrimSpace(string(b[1:len(b)-1]))) == 0
	var out []byte
	if first {
		out = append(append([]byte{'{'}, field...), b[1:]...)
		if !empty {
			out = append(append([]byte{'{'}, field...), append([]byte{','}, b[1:]...)...)
		}
		return out
	}
	out = append(out, b[:len(b)-1]...)
	if !empty {
		out = append(out, ',')
	}
	out = append(out, field...)
	return append(out, '}')
}
