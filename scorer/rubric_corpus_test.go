package scorer

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/internal/corpus"
)

// rubricCorpusDoc is one Markdown document of the shared corpus.
type rubricCorpusDoc struct {
	slug, doctype, lang, path string
}

// rubricCorpus lists the corpus documents that have a Markdown text, or
// skips when ../shared/corpus (from the repository root) is absent.
func rubricCorpus(tb testing.TB) []rubricCorpusDoc {
	tb.Helper()
	_, all := corpus.Load(tb)
	var docs []rubricCorpusDoc
	for _, d := range all {
		if d.MDFile == "" {
			continue // HTML-only documents need extraction first
		}
		docs = append(docs, rubricCorpusDoc{slug: d.Slug, doctype: d.Doctype, lang: d.Language, path: d.MDFile})
	}
	if len(docs) == 0 {
		tb.Skip("no Markdown documents in the corpus")
	}
	return docs
}

// kindOf maps a corpus doctype to a document kind.
func kindOf(doctype string) legible.DocKind {
	switch doctype {
	case "privacy-policy":
		return legible.KindPrivacy
	case "terms-of-service":
		return legible.KindTerms
	case "trackers-policy":
		return legible.KindCookies
	}
	return legible.KindOther
}

// TestRubricCorpus scores every corpus document: every quote must be the
// exact slice of the analysed text at its offsets, scores must stay within
// bounds, and the grades must spread (no grade for more than 80% of them).
func TestRubricCorpus(t *testing.T) {
	docs := rubricCorpus(t)
	perLang := map[string]map[legible.Grade]int{}
	all := map[legible.Grade]int{}
	scored := 0
	for _, d := range docs {
		b, err := os.ReadFile(d.path)
		if err != nil {
			t.Fatalf("%s: %v", d.path, err)
		}
		opts := Options{Kind: kindOf(d.doctype)}
		a, err := Analyze(string(b), opts)
		if err != nil {
			t.Errorf("%s/%s: analyze: %v", d.slug, d.doctype, err)
			continue
		}
		rep, err := applyRubric(a, opts)
		if err != nil {
			t.Fatal(err)
		}
		checkReport(t, d.slug+"/"+d.doctype, a.Text, rep)
		if rep.NotGraded != "" {
			continue
		}
		scored++
		if perLang[d.lang] == nil {
			perLang[d.lang] = map[legible.Grade]int{}
		}
		perLang[d.lang][rep.Grade]++
		all[rep.Grade]++
	}
	langs := make([]string, 0, len(perLang))
	for l := range perLang {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		t.Logf("%-3s %s", l, gradeLine(perLang[l]))
	}
	t.Logf("all %s", gradeLine(all))
	for g, n := range all {
		if n*100 > scored*80 {
			t.Errorf("grade %s covers %d of %d documents: the rubric does not discriminate", g, n, scored)
		}
	}
}

// checkReport checks a report's invariants against the analysed text: a
// grade unless the report says why not, criteria within their maxima that add
// up to the score, and quotes that are the cleaned text of their offsets.
func checkReport(t *testing.T, name, text string, rep *Report) {
	t.Helper()
	if rep.NotGraded == "" && (rep.Score < 0 || rep.Score > 100 || rep.Grade.Rank() < 0) {
		t.Errorf("%s: score %d grade %q out of range", name, rep.Score, rep.Grade)
	}
	if rep.NotGraded != "" && rep.Grade != "" {
		t.Errorf("%s: not graded (%s) but grade %q", name, rep.NotGraded, rep.Grade)
	}
	if len(rep.Criteria) == 0 {
		t.Errorf("%s: no criteria", name)
	}
	sum, max := 0.0, 0.0
	for _, c := range rep.Criteria {
		if !c.NotAssessed {
			sum += c.Score
			max += c.Max
		}
		if c.Score < 0 || c.Score > c.Max {
			t.Errorf("%s: criterion %s score %v outside 0..%v", name, c.ID, c.Score, c.Max)
		}
		for _, f := range c.Findings {
			if f.Start < 0 || f.End > len(text) || f.Start > f.End {
				t.Errorf("%s: %s: %q: offsets %d..%d outside the text", name, c.ID, f.Label, f.Start, f.End)
				continue
			}
			if cleanQuote(text[f.Start:f.End]) != f.Quote {
				t.Errorf("%s: %s: %q: quote is not the cleaned text[%d:%d]", name, c.ID, f.Label, f.Start, f.End)
			}
			// A missing finding quotes nothing, unless the text answers in
			// part: it then quotes that part (the recipients it names).
			if f.Kind == Missing && f.Quote != "" && !partialFinding(f) {
				t.Errorf("%s: %s: missing finding %q has a quote", name, c.ID, f.Label)
			}
		}
	}
	if rep.NotGraded == "" && max > 0 {
		if d := 100*sum/max - float64(rep.Score); d > 1 || d < -1 {
			t.Errorf("%s: criteria make %.1f, score is %d", name, 100*sum/max, rep.Score)
		}
	}
}

// gradeLine formats a grade distribution: "A 3  B 10 ... (n=40)".
func gradeLine(m map[legible.Grade]int) string {
	var b strings.Builder
	n := 0
	for _, g := range []legible.Grade{legible.GradeA, legible.GradeB, legible.GradeC, legible.GradeD, legible.GradeE} {
		fmt.Fprintf(&b, "%s %-4d", g, m[g])
		n += m[g]
	}
	fmt.Fprintf(&b, "(n=%d)", n)
	return b.String()
}

// partialFinding reports whether f is the finding of a practice the text
// answers in part (the rubric's partial label).
func partialFinding(f Finding) bool {
	r, err := loadRubric()
	if err != nil {
		return false
	}
	for _, p := range r.data.Practices {
		if p.Practice == f.ID && p.PartialLabel != "" && f.Label == p.PartialLabel {
			return true
		}
	}
	return false
}
