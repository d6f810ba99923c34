package scorer

import (
	"testing"

	"github.com/legible-app/legible/internal/corpus"
)

// corpusDir returns the shared corpus, or skips the test when it is absent.
func corpusDir(tb testing.TB) string {
	tb.Helper()
	dir, ok := corpus.Dir()
	if !ok {
		tb.Skip("../shared/corpus is absent")
	}
	return dir
}
