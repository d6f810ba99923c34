package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/legible-app/legible/rating/ratingtest"
)

// TestScoreInputs scores every sample of rating.Text from a file and from
// standard input: the command line reads the same inputs as POST /v1/score
// and /check.
func TestScoreInputs(t *testing.T) {
	dir := t.TempDir()
	for _, in := range ratingtest.Inputs() {
		p := writeFile(t, dir, in.Name, in.Body)
		for _, src := range []struct{ name, stdin, arg string }{{"file", "", p}, {"stdin", string(in.Body), "-"}} {
			t.Run(in.Name+"/"+src.name, func(t *testing.T) {
				code, out, errOut := runCLI(t, src.stdin, "score", "--format", "json", src.arg)
				if in.Binary() {
					if code != 2 || !strings.Contains(errOut, "not text") {
						t.Errorf("exit %d, stderr %q; want 2 and not text", code, errOut)
					}
					return
				}
				if code != 0 {
					t.Fatalf("exit %d, stderr %s", code, errOut)
				}
				var r struct {
					Language string `json:"language"`
					Words    int    `json:"words"`
					Grade    string `json:"grade"`
				}
				if err := json.Unmarshal([]byte(out), &r); err != nil {
					t.Fatal(err)
				}
				if r.Language != in.Language || r.Words < 20 || r.Words > 60 || r.Grade == "" {
					t.Errorf("scored %+v, want %s, 20 to 60 words and a grade", r, in.Language)
				}
			})
		}
	}
}

func TestScoreUnknownLanguage(t *testing.T) {
	p := writeFile(t, t.TempDir(), "policy.md", []byte(goodPolicy))
	if code, _, errOut := runCLI(t, "", "score", "--lang", "zz", p); code != 2 || !strings.Contains(errOut, "unknown language") {
		t.Errorf("--lang zz: exit %d, stderr %q; want 2 and unknown language", code, errOut)
	}
}
