package scorer

import (
	"encoding/csv"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/internal/corpus"
)

// scoreCorpusPolicy scores the privacy policy of a corpus slug.
func scoreCorpusPolicy(tb testing.TB, dir, slug string) *Report {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "policies", slug, "privacy-policy.md"))
	if err != nil {
		tb.Fatalf("%s: %v", slug, err)
	}
	rep, err := Score(string(b), Options{Kind: legible.KindPrivacy})
	if err != nil {
		tb.Fatalf("%s: %v", slug, err)
	}
	return rep
}

// TestGradeCalibration prints (with -v) how Legible's privacy-policy scores
// rank the services of the calibration set against human raters' scores
// (Spearman, development half), and the grade spread over every privacy
// policy of the corpus. It fails when the agreement or the spread falls below
// what the rubric reaches today.
func TestGradeCalibration(t *testing.T) {
	cal := calibrationDir(t)
	dir := corpusDir(t)
	f, err := os.Open(filepath.Join(cal, "scores.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	questions := loadRaterQuestions(t, cal)
	var ours, theirs, formula, words []float64
	for _, r := range rows[1:] {
		human, err := strconv.ParseFloat(r[2], 64)
		if err != nil {
			t.Fatalf("scores.csv: %v", err)
		}
		rep := scoreCorpusPolicy(t, dir, r[0])
		if rep.NotGraded != "" {
			t.Logf("%-24s not graded (%s)", r[0], rep.NotGraded)
			continue
		}
		t.Logf("%-24s legible %3d %s  raters %.1f", r[0], rep.Score, rep.Grade, human)
		ours = append(ours, float64(rep.Score))
		theirs = append(theirs, human)
		formula = append(formula, raterFormula(questions, rep.Practices))
		words = append(words, float64(rep.Words))
	}
	rho := spearman(ours, theirs)
	t.Logf("Spearman with the raters (development half): %.3f over %d policies", rho, len(ours))
	// The raters' own formula applied to Legible's answers: how far the
	// facts alone, whatever the weights, can carry the ranking.
	t.Logf("the raters' formula on Legible's practice answers: Spearman %.3f", spearman(formula, theirs))
	// The baseline a score must beat: the policy's length alone (shorter
	// ranked better).
	for i := range words {
		words[i] = -words[i]
	}
	t.Logf("word count alone (shorter is better): Spearman %.3f", spearman(words, theirs))
	if rho < calibrationFloor {
		t.Errorf("Spearman %.3f below the floor %.2f", rho, calibrationFloor)
	}

	_, docs := corpus.Load(t)
	grades := map[legible.Grade]int{}
	n := 0
	for _, d := range docs {
		if d.Doctype != "privacy-policy" || d.MDFile == "" {
			continue
		}
		rep := scoreCorpusPolicy(t, dir, d.Slug)
		if rep.NotGraded != "" {
			grades["-"]++
			continue
		}
		grades[rep.Grade]++
		n++
	}
	t.Logf("grades over %d graded corpus privacy policies: A %d  B %d  C %d  D %d  E %d  (not graded %d)",
		n, grades["A"], grades["B"], grades["C"], grades["D"], grades["E"], grades["-"])
	used := 0
	for _, g := range []legible.Grade{legible.GradeA, legible.GradeB, legible.GradeC, legible.GradeD, legible.GradeE} {
		if grades[g] > 0 {
			used++
		}
		if grades[g]*2 > n {
			t.Errorf("grade %s holds %d of %d policies: more than half", g, grades[g], n)
		}
	}
	if used < 4 {
		t.Errorf("only %d grades used over the corpus", used)
	}
}

// calibrationFloor is a little under the development figure, so that a
// regression fails.
const calibrationFloor = 0.52

// TestTranslationsAgree scores each policy of the corpus that exists in
// English and in a translation (slug and slug-LANG) and prints the
// difference; one policy should get one verdict in any language.
func TestTranslationsAgree(t *testing.T) {
	dir := corpusDir(t)
	_, docs := corpus.Load(t)
	english := map[string]bool{}
	for _, d := range docs {
		if d.Doctype == "privacy-policy" && d.MDFile != "" && d.Language == "en" {
			english[d.Slug] = true
		}
	}
	var diffs []float64
	for _, d := range docs {
		i := strings.LastIndex(d.Slug, "-")
		if d.Doctype != "privacy-policy" || d.MDFile == "" || i < 0 || !english[d.Slug[:i]] || d.Language == "en" {
			continue
		}
		tr, en := scoreCorpusPolicy(t, dir, d.Slug), scoreCorpusPolicy(t, dir, d.Slug[:i])
		if tr.NotGraded != "" {
			t.Logf("%-22s not graded (%s)", d.Slug, tr.NotGraded)
			continue
		}
		diff := math.Abs(float64(tr.Score - en.Score))
		diffs = append(diffs, diff)
		same, known := 0, 0
		for k, p := range tr.Practices {
			if k < len(en.Practices) && p.ID == en.Practices[k].ID && (p.Answer != AnswerUnknown || en.Practices[k].Answer != AnswerUnknown) {
				known++
				if p.Answer == en.Practices[k].Answer {
					same++
				}
			}
		}
		t.Logf("%-22s %s %3d %s  vs en %3d %s  diff %2.0f  practices agree %d/%d", d.Slug, d.Language, tr.Score, tr.Grade, en.Score, en.Grade, diff, same, known)
	}
	if len(diffs) == 0 {
		t.Skip("no translated pairs")
	}
	sort.Float64s(diffs)
	mean := 0.0
	for _, d := range diffs {
		mean += d
	}
	mean /= float64(len(diffs))
	t.Logf("translated pairs: %d, mean difference %.1f, max %.0f", len(diffs), mean, diffs[len(diffs)-1])
	// A little above what the rubric reaches today, so that a regression fails.
	if mean > 6 || diffs[len(diffs)-1] > 15 {
		t.Errorf("translations differ by %.1f points on average and %.0f at most; want at most 6 and 15", mean, diffs[len(diffs)-1])
	}
}

// spearman is the rank correlation of a and b, ties ranked by their mean.
func spearman(a, b []float64) float64 {
	if len(a) < 3 || len(a) != len(b) {
		return math.NaN()
	}
	ra, rb := ranks(a), ranks(b)
	ma, mb := mean(ra), mean(rb)
	var cov, va, vb float64
	for i := range ra {
		cov += (ra[i] - ma) * (rb[i] - mb)
		va += (ra[i] - ma) * (ra[i] - ma)
		vb += (rb[i] - mb) * (rb[i] - mb)
	}
	if va == 0 || vb == 0 {
		return 0
	}
	return cov / math.Sqrt(va*vb)
}

func ranks(v []float64) []float64 {
	idx := make([]int, len(v))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool { return v[idx[i]] < v[idx[j]] })
	out := make([]float64, len(v))
	for i := 0; i < len(idx); {
		j := i
		for j+1 < len(idx) && v[idx[j+1]] == v[idx[i]] {
			j++
		}
		for k := i; k <= j; k++ {
			out[idx[k]] = float64(i+j) / 2
		}
		i = j + 1
	}
	return out
}

func mean(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x
	}
	return s / float64(len(v))
}

// raterQuestion is one question of the raters' rubric: its points and the
// share of them each answer earns.
type raterQuestion struct {
	Points  float64 `json:"points"`
	Options []struct {
		ID      string  `json:"id"`
		Percent float64 `json:"percent"`
	} `json:"options"`
}

// loadRaterQuestions reads the raters' questions.json.
func loadRaterQuestions(tb testing.TB, cal string) map[string]raterQuestion {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(cal, "questions.json"))
	if err != nil {
		tb.Fatal(err)
	}
	var qs map[string]raterQuestion
	if err := json.Unmarshal(b, &qs); err != nil {
		tb.Fatalf("questions.json: %v", err)
	}
	return qs
}

// raterFormula scores practice answers the raters' way: 10 × the points
// earned over the points of the questions answered (5 when none is).
func raterFormula(qs map[string]raterQuestion, ps []Practice) float64 {
	var earned, total float64
	for _, p := range ps {
		q, ok := qs[p.ID]
		if !ok {
			continue
		}
		for _, o := range q.Options {
			if o.ID == p.Answer {
				earned += q.Points * o.Percent / 100
				total += q.Points
			}
		}
	}
	if total == 0 {
		return 5
	}
	return 10 * earned / total
}
