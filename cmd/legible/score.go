package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"strings"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/rating"
	"github.com/legible-app/legible/scorer"
)

func init() {
	register(command{
		name:    "score",
		summary: "measure and grade policy documents (HTML, Markdown, text, or - for stdin)",
		run:     runScore,
	})
}

// scoreOptions are the parsed flags of legible score.
type scoreOptions struct {
	format   string
	lang     string
	kind     string
	site     bool
	minGrade legible.Grade
}

// scored is the outcome for one input: its report or why it has none.
type scored struct {
	File   string
	Kind   legible.DocKind
	Report *scorer.Report
	Err    error
}

// scoredJSON is one input in --format json: the report's fields, with the
// file name, or the error.
type scoredJSON struct {
	File string `json:"file"`
	*scorer.Report
	Error string `json:"error,omitempty"`
}

// MarshalJSON writes the report's own JSON (its "score": null when not
// graded included) with the file first, or the file and the error.
func (s scoredJSON) MarshalJSON() ([]byte, error) {
	if s.Report == nil {
		return json.Marshal(struct {
			File  string `json:"file"`
			Error string `json:"error,omitempty"`
		}{s.File, s.Error})
	}
	b, err := json.Marshal(s.Report)
	if err != nil {
		return nil, err
	}
	file, _ := json.Marshal(s.File)
	b = spliceField(b, "file", file, true)
	if s.Error != "" {
		e, _ := json.Marshal(s.Error)
		b = spliceField(b, "error", e, false)
	}
	return b, nil
}

func runScore(ctx context.Context, e *env, args []string) error {
	opts, files, err := parseScoreFlags(e, args)
	if err != nil {
		return err
	}
	results := make([]scored, 0, len(files))
	for _, arg := range files {
		if err := ctx.Err(); err != nil {
			return &exitError{code: 130, err: fmt.Errorf("interrupted: %w", err)}
		}
		kind, f := inputKind(arg, opts.kind)
		rep, err := scoreFile(ctx, e, f, opts.lang, kind)
		if err != nil {
			e.log.Debug("score failed", "file", f, "err", err)
		}
		results = append(results, scored{File: f, Kind: kind, Report: rep, Err: err})
	}
	if opts.site {
		return runScoreSite(e, opts, results)
	}
	if err := writeScores(e, opts.format, results); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	failed := 0
	for _, r := range results {
		if r.Err != nil {
			fmt.Fprintf(e.stderr, "legible score: %s: %v\n", displayName(r.File), r.Err)
			failed++
		}
	}
	below := 0
	if opts.minGrade != "" {
		below, err = checkMinGrade(e.stderr, results, opts.minGrade)
		if err != nil {
			return err
		}
	}
	// Exit status: 0 passed, 1 below --min-grade, 2 usage or unreadable input.
	switch {
	case failed > 0 && below > 0:
		return &exitError{code: 2, err: fmt.Errorf("%d of %d inputs could not be scored; %d scored below grade %s", failed, len(results), below, opts.minGrade)}
	case failed > 0:
		return &exitError{code: 2, err: fmt.Errorf("%d of %d inputs could not be scored", failed, len(results))}
	case below > 0:
		return &exitError{code: 1, err: fmt.Errorf("%d of %d documents scored below grade %s", below, len(results), opts.minGrade)}
	}
	return nil
}

// parseScoreFlags parses and checks the flags and returns the files.
func parseScoreFlags(e *env, args []string) (scoreOptions, []string, error) {
	fs := newFlagSet(e, "score", "score [--format text|json] [--lang auto|CODE] [--min-grade A-E] FILE...\n\n"+
		"Scores each FILE: HTML and PDF are reduced to their main text, Markdown and plain text read as they\n"+
		"are, in any charset (UTF-16 with a byte order mark included); the format comes from the extension,\n"+
		"else from the content. - reads standard input. Binary files and inputs over 20 MiB are refused.")
	format := fs.String("format", "text", "output `format`: text (for people) or json (one object per input, an array for several)")
	lang := fs.String("lang", "auto", "document `language`: auto to detect it, or an ISO 639-1 code such as en, ar, fr, de, es")
	minGrade := fs.String("min-grade", "", minGradeHelp())
	kind := fs.String("kind", "auto", "document `kind`: privacy, terms, cookies, or auto to tell it from the file name\n"+
		"(terms, conditions, and tos, cgu, cgv, agb as words of their own: terms; cookie, tracker: cookies;\n"+
		"anything else: privacy);\n"+
		"KIND=FILE names one file's kind, e.g. terms=tos.md")
	site := fs.Bool("site", false, "combine the files into one site report (privacy policy, terms, cookie policy) and grade the site")
	files, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return scoreOptions{}, nil, err
		}
		return scoreOptions{}, nil, &exitError{code: 2, err: err}
	}
	opts := scoreOptions{format: *format, kind: strings.ToLower(strings.TrimSpace(*kind)), site: *site}
	if opts.kind != "auto" && !legible.DocKind(opts.kind).Valid() {
		return opts, nil, usageError(fs, "--kind must be auto, privacy, terms or cookies, not %q", *kind)
	}
	if opts.format != "text" && opts.format != "json" {
		return opts, nil, usageError(fs, "--format must be text or json, not %q", *format)
	}
	if opts.lang, err = rating.ParseLanguage(*lang); err != nil {
		return opts, nil, usageError(fs, "--lang: %v", err)
	}
	if *minGrade != "" {
		g := legible.Grade(strings.ToUpper(strings.TrimSpace(*minGrade)))
		if g.Rank() < 0 {
			return opts, nil, usageError(fs, "--min-grade must be one of A, B, C, D, E, not %q", *minGrade)
		}
		opts.minGrade = g
	}
	if len(files) == 0 {
		return opts, nil, usageError(fs, "no file to score (give a path, or - for standard input)")
	}
	return opts, files, nil
}

// minGradeHelp explains --min-grade with the embedded rubric's figures.
func minGradeHelp() string {
	b, err := scorer.GradeFloor(legible.GradeB)
	if err != nil {
		b = 0
	}
	return fmt.Sprintf("exit with status 1 when a document grades below this `grade` (A-E), printing one line per\n"+
		"criterion whose score is below the share of its maximum that the grade needs (grade B needs %s\n"+
		"of 100 points, so each criterion should reach %s%% of its maximum)", trimFloat(b, 1), trimFloat(b, 1))
}

// usageError prints the usage and returns exit status 2.
func usageError(fs *flag.FlagSet, format string, args ...any) error {
	fs.Usage()
	return &exitError{code: 2, err: fmt.Errorf(format, args...)}
}

// writeScores prints the results in the chosen format.
func writeScores(e *env, format string, results []scored) error {
	if format == "text" {
		for i, r := range results {
			if r.Report == nil {
				continue
			}
			if i > 0 {
				fmt.Fprintln(e.stdout)
			}
			if err := writeTextReport(e.stdout, displayName(r.File), r.Report); err != nil {
				return err
			}
		}
		return nil
	}
	out := make([]scoredJSON, len(results))
	for i, r := range results {
		out[i] = scoredJSON{File: r.File, Report: r.Report}
		if r.Err != nil {
			out[i].Error = r.Err.Error()
		}
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	if len(out) == 1 {
		return enc.Encode(out[0])
	}
	return enc.Encode(out)
}

// displayName names an input for people.
func displayName(file string) string {
	if file == "-" {
		return "(stdin)"
	}
	return file
}
