package db_test

import (
	"os"
	"slices"
	"testing"
)

// TestMain removes the databases the benchmarks shared once all have run.
func TestMain(m *testing.M) {
	code := m.Run()
	for _, c := range slices.Backward(benchEnv.cleanups) {
		c()
	}
	os.Exit(code)
}
