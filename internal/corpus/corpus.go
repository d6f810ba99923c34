// Package corpus reads the shared evaluation corpus (../shared/corpus beside
// the repository: real privacy policies and terms, their HTML snapshots and
// extracted text, indexed by manifest.csv) for tests and benchmarks.
package corpus

import (
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// Doc is one row of manifest.csv. File paths are absolute, or empty when the
// corpus has no such file for the document.
type Doc struct {
	Slug     string
	Service  string
	Doctype  string // privacy-policy, terms-of-service or trackers-policy
	Language string // ISO 639-1, as labelled by the corpus
	HTMLFile string
	MDFile   string
	URL      string
}

// Dir returns the corpus directory: "../shared/corpus" relative to the
// repository root (the nearest directory above the working directory that
// holds go.mod), and whether it exists.
func Dir() (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
	root := filepath.Join(filepath.Dir(dir), "shared", "corpus")
	if _, err := os.Stat(filepath.Join(root, "manifest.csv")); err != nil {
		return root, false
	}
	return root, true
}

// Manifest reads every document of the corpus rooted at dir.
func Manifest(dir string) ([]Doc, error) {
	f, err := os.Open(filepath.Join(dir, "manifest.csv"))
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("corpus: read manifest: %w", err)
	}
	if len(rows) == 0 {
		return nil, errors.New("corpus: empty manifest")
	}
	col := map[string]int{}
	for i, name := range rows[0] {
		col[name] = i
	}
	for _, need := range []string{"slug", "service_name", "doctype", "language", "html_file", "md_file", "url"} {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("corpus: manifest has no %q column", need)
		}
	}
	path := func(rel string) string {
		if rel == "" {
			return ""
		}
		return filepath.Join(dir, rel)
	}
	docs := make([]Doc, 0, len(rows)-1)
	for _, r := range rows[1:] {
		docs = append(docs, Doc{
			Slug: r[col["slug"]], Service: r[col["service_name"]], Doctype: r[col["doctype"]],
			Language: r[col["language"]], HTMLFile: path(r[col["html_file"]]), MDFile: path(r[col["md_file"]]),
			URL: r[col["url"]],
		})
	}
	return docs, nil
}

// Load returns the corpus documents, skipping the test when the corpus is
// absent (a fresh clone without ../shared) and failing it when the manifest
// cannot be read.
func Load(tb testing.TB) (dir string, docs []Doc) {
	tb.Helper()
	dir, ok := Dir()
	if !ok {
		tb.Skip("../shared/corpus is absent")
	}
	docs, err := Manifest(dir)
	if err != nil {
		tb.Fatal(err)
	}
	return dir, docs
}
