package scorer

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/legible-app/legible"
)

var updateRubricGolden = flag.Bool("update-rubric", false, "rewrite the rubric golden files in testdata/rubric")

// TestRubricFixtures scores the policies written for the rubric: the bad ones
// (long, vague, no purposes, no choice, selling data) must grade E and the
// good ones (short, specific, honest, with a summary) must grade A, in
// English and in Arabic. The evidence (kind and label of every detector
// finding) is compared with a golden file.
func TestRubricFixtures(t *testing.T) {
	tests := []struct {
		file string
		lang string
		want legible.Grade
	}{
		{"bad-en.md", "en", legible.GradeE},
		{"bad-ar.md", "ar", legible.GradeE},
		{"good-en.md", "en", legible.GradeA},
		{"good-ar.md", "ar", legible.GradeA},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", "rubric", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			a, err := Analyze(string(b), Options{})
			if err != nil {
				t.Fatalf("analyze: %v", err)
			}
			if a.Metrics.Language != tt.lang {
				t.Errorf("language %q, want %q", a.Metrics.Language, tt.lang)
			}
			rep, err := applyRubric(a, Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkReport(t, tt.file, a.Text, rep)
			if rep.Grade != tt.want {
				t.Errorf("grade %s (score %d), want %s", rep.Grade, rep.Score, tt.want)
				for _, c := range rep.Criteria {
					t.Logf("  %s %.1f/%v", c.ID, c.Score, c.Max)
				}
			}
			if rep.RubricVersion != RubricVersion() || rep.RubricVersion == "" {
				t.Errorf("rubric version %q", rep.RubricVersion)
			}
			compareRubricGolden(t, strings.TrimSuffix(tt.file, ".md")+".golden.json", evidenceOf(rep))
		})
	}
}

// evidenceOf lists "criterion kind id=answer" for every finding that comes
// from the practice facts and detectors (not from the measured figures, which belong to the
// analysis and are tested there).
func evidenceOf(rep *Report) []string {
	var out []string
	for _, c := range rep.Criteria {
		for _, f := range c.Findings {
			if f.ID == "" || strings.HasPrefix(f.ID, "metric.") {
				continue
			}
			id := f.ID
			if f.Answer != "" {
				id += "=" + f.Answer
			}
			out = append(out, c.ID+" "+string(f.Kind)+" "+id)
		}
	}
	return out
}

func compareRubricGolden(t *testing.T, name string, got []string) {
	t.Helper()
	path := filepath.Join("testdata", "rubric", name)
	if *updateRubricGolden {
		b, _ := json.MarshalIndent(got, "", "  ")
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden (run with -update-rubric to create it): %v", err)
	}
	var want []string
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatalf("golden %s: %v", path, err)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("evidence differs from %s:\ngot:\n  %s\nwant:\n  %s", path, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}
