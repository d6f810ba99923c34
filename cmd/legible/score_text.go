package main

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/legible-app/legible/scorer"
)

// maxQuoteRunes is how much of a quote the text report shows.
const maxQuoteRunes = 110

// languageNames names the languages a report is likely to show.
var languageNames = map[string]string{
	"en": "English", "ar": "Arabic", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
	"pt": "Portuguese", "nl": "Dutch", "ro": "Romanian", "et": "Estonian", "pl": "Polish", "sv": "Swedish",
	"da": "Danish", "fi": "Finnish", "tr": "Turkish", "cs": "Czech", "hu": "Hungarian", "fa": "Persian",
	"ur": "Urdu", "ru": "Russian", "uk": "Ukrainian", "bg": "Bulgarian", "hi": "Hindi", "mr": "Marathi",
	"ne": "Nepali", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "el": "Greek", "he": "Hebrew",
	"th": "Thai", "und": "undetermined",
}

// indexNames are the readability indices' names for people, in display order.
var indexNames = []struct{ key, name string }{
	{scorer.IndexFleschReadingEase, "Flesch Reading Ease"},
	{scorer.IndexFleschKincaidGrade, "Flesch-Kincaid grade"},
	{scorer.IndexGunningFog, "Gunning Fog"},
	{scorer.IndexSMOG, "SMOG"},
	{scorer.IndexColemanLiau, "Coleman-Liau"},
	{scorer.IndexARI, "ARI"},
	{scorer.IndexKandelMoles, "Kandel-Moles"},
	{scorer.IndexAmstad, "Amstad"},
	{scorer.IndexWiener1, "Wiener Sachtextformel"},
	{scorer.IndexFernandezHuerta, "Fernandez Huerta"},
	{scorer.IndexSzigrisztPazos, "Szigriszt-Pazos"},
	{scorer.IndexOSMAN, "OSMAN"},
}

// writeTextReport prints one report for people: aligned label/value rows
// with units, then the criteria with their evidence and advice.
func writeTextReport(w io.Writer, name string, r *scorer.Report) error {
	p := &printer{w: w}
	p.line("%s", name)
	if r.NotGraded != "" {
		p.row("Grade", "not graded in this language yet (rubric %s): measurements only", r.RubricVersion)
	} else {
		p.row("Grade", "%s  (%d/100, rubric %s; A best, E worst)", r.Grade, r.Score, r.RubricVersion)
	}
	lang := languageNames[r.Language]
	if lang == "" {
		lang = r.Language
	}
	p.row("Language", "%s (%s, %s)", lang, r.Language, r.LanguageSource)
	// Report.Characters counts letters and digits, not spaces or punctuation.
	p.row("Length", "%s words, %s sentences, %s letters and digits", thousands(r.Words), thousands(r.Sentences), thousands(r.Characters))
	p.row("Reading time", "%s at %s %s per minute", minutes(r.ReadingMinutes), trimFloat(r.ReadingWPM, 0), r.ReadingUnit)
	writeReadability(p, r.Readability)
	c := r.Clarity
	p.row("Sentences", "%s words on average, %s over 40 words", trimFloat(c.AvgSentenceWords, 1), percent(c.LongSentenceShare))
	p.row("Vague terms", "%s per 1,000 words", trimFloat(c.VaguePer1000, 1))
	p.row("Legalese", "%s per 1,000 words", trimFloat(c.LegalesePer1000, 1))
	if c.PassiveShare != nil {
		p.row("Passive voice", "%s of sentences", percent(*c.PassiveShare))
	}
	p.row("Structure", "%d headings, %d list items", c.Headings, c.ListItems)
	writePractices(p, r.Practices)
	for _, cr := range r.Criteria {
		writeCriterion(p, cr)
	}
	return p.err
}

// writePractices prints what the text says on each practice question it
// answers, with the sentence that answers it; unknown answers are left out.
func writePractices(p *printer, ps []scorer.Practice) {
	first := true
	for _, pr := range ps {
		if pr.Answer == scorer.AnswerUnknown || pr.Answer == "" {
			continue
		}
		if first {
			p.line("")
			p.line("  What it says")
			first = false
		}
		p.line("    %s %s", pr.Question, pr.Label)
		if len(pr.Evidence) > 0 {
			p.quote(pr.Evidence[0].Context, pr.Evidence[0].Quote)
		}
	}
}

// writeTextSite prints a site report for people: the site's grade and how it
// follows from its documents, what the site says, then each document.
func writeTextSite(w io.Writer, s *scorer.SiteReport, results []scored) error {
	p := &printer{w: w}
	p.line("Site (%d documents)", len(s.Documents))
	if s.NotGraded != "" {
		p.row("Grade", "not graded (%s), rubric %s", s.NotGraded, s.RubricVersion)
	} else {
		p.row("Grade", "%s  (%d/100, rubric %s; A best, E worst)", s.Grade, s.Score, s.RubricVersion)
	}
	p.row("How", "%s", s.Explanation)
	p.row("Reading time", "%s for all documents (%s words)", minutes(s.ReadingMinutes), thousands(s.Words))
	for _, d := range s.Documents {
		g := string(d.Grade) + " " + strconv.Itoa(d.Score)
		if d.NotGraded != "" {
			g = "not graded"
		}
		p.row(string(d.Kind), "%s  %s", displayName(d.URL), g)
	}
	writePractices(p, s.Practices)
	if p.err != nil {
		return p.err
	}
	for _, r := range results {
		if r.Report == nil {
			continue
		}
		p.line("")
		if err := writeTextReport(w, displayName(r.File)+" ("+string(r.Kind)+")", r.Report); err != nil {
			return err
		}
	}
	return p.err
}

// writeReadability prints the main ease index and the others on a second row.
func writeReadability(p *printer, rd scorer.Readability) {
	if rd.Ease == nil {
		p.row("Readability", "no formula for this language")
		return
	}
	main := rd.EaseIndex
	for _, n := range indexNames {
		if n.key == rd.EaseIndex {
			main = n.name
		}
	}
	p.row("Readability", "%s %s/100 (%s)", main, trimFloat(*rd.Ease, 1), rd.Level)
	var others []string
	for _, n := range indexNames {
		if v, ok := rd.Indices[n.key]; ok && n.key != rd.EaseIndex {
			others = append(others, n.name+" "+trimFloat(v, 1))
		}
	}
	if len(others) > 0 {
		p.row("", "%s", strings.Join(others, ", "))
	}
}

// writeCriterion prints a criterion's score, findings and advice.
func writeCriterion(p *printer, c scorer.Criterion) {
	p.line("")
	if c.NotAssessed {
		p.line("  %-44s   not assessed: the text does not say", c.Name)
	} else {
		p.line("  %-44s %5s / %s", c.Name, trimFloat(c.Score, 1), trimFloat(c.Max, 0))
	}
	for _, f := range c.Findings {
		mark := map[scorer.FindingKind]string{scorer.Good: "+", scorer.Bad: "-", scorer.Missing: "?"}[f.Kind]
		if mark == "" {
			mark = "*"
		}
		pts := ""
		if f.Points != 0 {
			pts = fmt.Sprintf(" (%s points)", trimFloat(f.Points, 1))
		}
		p.line("    %s %s%s", mark, f.Label, pts)
		if f.Quote != "" {
			p.quote(f.Context, f.Quote)
		}
	}
	for _, a := range c.Advice {
		p.line("    > %s", a)
	}
}

// quote prints a quote, under the lead-in of its list when it is an item
// ("We share your data to: … meet any applicable law").
func (p *printer) quote(context, q string) {
	if context != "" {
		p.line("        %q …", truncateQuote(context))
	}
	p.line("        %q", truncateQuote(q))
}

// truncateQuote shortens a quote to maxQuoteRunes on one line.
func truncateQuote(q string) string {
	q = strings.Join(strings.Fields(q), " ")
	if utf8.RuneCountInString(q) <= maxQuoteRunes {
		return q
	}
	n := 0
	for i := range q {
		if n == maxQuoteRunes-1 {
			return q[:i] + "…"
		}
		n++
	}
	return q
}

// printer writes lines and keeps the first error.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) line(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format+"\n", args...)
	}
}

// row prints an aligned "label  value" row.
func (p *printer) row(label, format string, args ...any) {
	p.line("  %-15s "+format, append([]any{label}, args...)...)
}

// thousands formats n with comma separators.
func thousands(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// minutes formats a reading time.
func minutes(m float64) string {
	if m < 1 {
		return fmt.Sprintf("%d seconds", int(math.Round(m*60)))
	}
	if m < 60 {
		if v := trimFloat(m, 1); v != "1" {
			return v + " minutes"
		}
		return "1 minute"
	}
	h := int(m) / 60
	return fmt.Sprintf("%d h %d min", h, int(math.Round(m))-60*h)
}

// percent formats a 0..1 share.
func percent(v float64) string { return trimFloat(100*v, 1) + "%" }

// trimFloat formats v with at most prec decimals and no trailing zeros.
func trimFloat(v float64, prec int) string {
	s := strconv.FormatFloat(v, 'f', prec, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}
