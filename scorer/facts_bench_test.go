package scorer

import "testing"

// BenchmarkPracticeFacts measures the practice-facts engine alone over the
// corpus Markdown texts (analysis done beforehand). MB/cpu-s is per second
// of CPU time, which stays put on a busy machine. Run with -cpu 1.
func BenchmarkPracticeFacts(b *testing.B) {
	texts := loadCorpusTexts(b)
	var size int64
	analyses := make([]*Analysis, 0, len(texts))
	for _, t := range texts {
		a, err := Analyze(t, Options{})
		if err != nil {
			continue
		}
		size += int64(len(t))
		analyses = append(analyses, a)
	}
	if _, err := loadFacts(); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, a := range analyses {
			readPractices(a, "", true)
		}
	}
	if cpu := cpuTime() - start; cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}

// BenchmarkScoreEverything measures Score with everything on (analysis,
// rubric and practice facts) over the corpus Markdown texts, in MB of plain
// text per second of wall and of CPU time. Run with -cpu 1.
func BenchmarkScoreEverything(b *testing.B) {
	texts := loadCorpusTexts(b)
	var size int64
	for _, t := range texts {
		size += int64(len(t))
	}
	if _, err := Score(texts[0], Options{}); err != nil { // warm the lexicons
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			if _, err := Score(t, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
	if cpu := cpuTime() - start; cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}
