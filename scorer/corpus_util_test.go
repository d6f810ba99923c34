package scorer

import (
	"os"
	"path/filepath"
	"testing"
)

// corpusDir returns the shared corpus (../shared/corpus from the repository
// root, the directory holding go.mod), or skips the test when it is absent.
func corpusDir(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Skipf("no working directory: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Skip("repository root not found")
		}
		dir = parent
	}
	root := filepath.Join(filepath.Dir(dir), "shared", "corpus")
	if _, err := os.Stat(filepath.Join(root, "manifest.csv")); err != nil {
		tb.Skipf("shared corpus absent (%s)", root)
	}
	return root
}
