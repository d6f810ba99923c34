package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/legible-app/legible"
)

func TestInputKind(t *testing.T) {
	tests := []struct {
		arg, flag string
		kind      legible.DocKind
		file      string
	}{
		{"privacy.md", "auto", legible.KindPrivacy, "privacy.md"},
		{"docs/terms-of-service.md", "auto", legible.KindTerms, "docs/terms-of-service.md"},
		{"CGU.html", "auto", legible.KindTerms, "CGU.html"},
		{"trackers-policy.md", "auto", legible.KindCookies, "trackers-policy.md"},
		{"terms=legal.md", "auto", legible.KindTerms, "legal.md"},
		{"cookies=a=b.md", "privacy", legible.KindCookies, "a=b.md"},
		{"notes.md", "terms", legible.KindTerms, "notes.md"},
		{"x=y.md", "auto", legible.KindPrivacy, "x=y.md"},
		// An acronym is a whole word of the name, never part of another.
		{"photos-privacy.html", "auto", legible.KindPrivacy, "photos-privacy.html"},
		{"/tmp/tmp.xAgbTos9.txt", "auto", legible.KindPrivacy, "/tmp/tmp.xAgbTos9.txt"},
		{"acme_tos.md", "auto", legible.KindTerms, "acme_tos.md"},
		{"AGB.pdf", "auto", legible.KindTerms, "AGB.pdf"},
		{"termsofservice.html", "auto", legible.KindTerms, "termsofservice.html"},
	}
	for _, tt := range tests {
		kind, file := inputKind(tt.arg, tt.flag)
		if kind != tt.kind || file != tt.file {
			t.Errorf("inputKind(%q, %q) = %s %q, want %s %q", tt.arg, tt.flag, kind, file, tt.kind, tt.file)
		}
	}
}

// A company gates its whole set of documents: legible score --site combines
// them by the stated rule, in text and in JSON.
func TestScoreSite(t *testing.T) {
	terms, err := os.ReadFile(filepath.Join("..", "..", "scorer", "testdata", "terms", "fair.en.md"))
	if err != nil {
		t.Fatal(err)
	}
	policy, err := os.ReadFile(filepath.Join("..", "..", "scorer", "testdata", "rubric", "good-en.md"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	pp := writeFile(t, dir, "privacy.md", policy)
	tp := writeFile(t, dir, "terms.md", terms)

	code, out, errOut := runCLI(t, "", "score", "--site", pp, tp)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"Site (2 documents)", "privacy policy", "terms", "→ site", "A best, E worst"} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q:\n%s", want, out)
		}
	}

	code, out, errOut = runCLI(t, "", "score", "--site", "--format", "json", pp, tp)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var site struct {
		Score       *int   `json:"score"`
		Grade       string `json:"grade"`
		Explanation string `json:"explanation"`
		Parts       []struct {
			Kind  string `json:"kind"`
			Score int    `json:"score"`
		} `json:"parts"`
		Documents []struct {
			Kind string `json:"kind"`
		} `json:"documents"`
	}
	if err := json.Unmarshal([]byte(out), &site); err != nil {
		t.Fatalf("JSON: %v\n%s", err, out)
	}
	if site.Score == nil || site.Grade == "" || len(site.Parts) != 2 || len(site.Documents) != 2 || site.Documents[1].Kind != "terms" {
		t.Errorf("site report %+v", site)
	}

	// The gate applies to the site's grade: a vague policy that sells data
	// holds the site below A whatever its terms.
	bad, err := os.ReadFile(filepath.Join("..", "..", "scorer", "testdata", "rubric", "bad-en.md"))
	if err != nil {
		t.Fatal(err)
	}
	code, _, errOut = runCLI(t, "", "score", "--site", "--min-grade", "A", writeFile(t, dir, "policy.md", bad), "terms="+tp)
	if code != 1 || !strings.Contains(errOut, "below A") {
		t.Errorf("gate: exit %d, stderr %q; want 1 and the site below A", code, errOut)
	}
	// An unreadable input stops the site report with status 2.
	code, _, _ = runCLI(t, "", "score", "--site", pp, filepath.Join(dir, "missing.md"))
	if code != 2 {
		t.Errorf("missing input: exit %d, want 2", code)
	}
}
