package scorer

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// loadCorpusTexts reads every Markdown text of the shared corpus, or skips.
func loadCorpusTexts(tb testing.TB) []string {
	tb.Helper()
	root := corpusDir(tb)
	paths, err := filepath.Glob(filepath.Join(root, "policies", "*", "*.md"))
	if err != nil || len(paths) == 0 {
		tb.Skipf("no corpus texts under %s", root)
	}
	texts := make([]string, 0, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatalf("read %s: %v", p, err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// cpuTime is the CPU time (user and system) the process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkAnalyzeCorpus measures Analyze, every metric on (language
// detection, segmentation, syllables, readability, lexicons, passive voice),
// over the corpus Markdown texts. MB/s is plain text per second of wall
// time; MB/cpu-s is per second of CPU time, which stays put on a busy
// machine. Run with -cpu 1 for a per-core figure.
func BenchmarkAnalyzeCorpus(b *testing.B) {
	texts := loadCorpusTexts(b)
	var size int64
	for _, t := range texts {
		size += int64(len(t))
	}
	if _, err := loadLexicons(); err != nil {
		b.Fatal(err)
	}
	loadEnglishExceptions()
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			if _, err := Analyze(t, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
	if cpu := cpuTime() - start; cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}
