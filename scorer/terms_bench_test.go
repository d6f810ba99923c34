package scorer

import "testing"

// BenchmarkReadTerms measures the terms engine alone, on analyses of the
// corpus's terms of service made beforehand. MB/cpu-s is per second of CPU
// time, which stays put on a busy machine; run with -cpu 1 for one core.
func BenchmarkReadTerms(b *testing.B) {
	_, texts := termsCorpusDocs(b)
	analyses := make([]*Analysis, 0, len(texts))
	var size int64
	for _, t := range texts {
		a, err := Analyze(t, Options{})
		if err != nil {
			b.Fatal(err)
		}
		analyses = append(analyses, a)
		size += int64(len(t))
	}
	if _, err := loadTerms(); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, a := range analyses {
			mustReadTerms(b, a)
		}
	}
	if cpu := cpuTime() - start; cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}

// BenchmarkScoreAndReadTerms measures Analyze followed by the terms engine
// over the corpus's terms of service: the cost of judging one terms text.
func BenchmarkScoreAndReadTerms(b *testing.B) {
	_, texts := termsCorpusDocs(b)
	var size int64
	for _, t := range texts {
		size += int64(len(t))
	}
	if _, err := Score(texts[0], Options{}); err != nil { // warm the lexicons
		b.Fatal(err)
	}
	mustReadTerms(b, &Analysis{})
	b.SetBytes(size)
	b.ResetTimer()
	start := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			a, err := Analyze(t, Options{})
			if err != nil {
				b.Fatal(err)
			}
			mustReadTerms(b, a)
		}
	}
	if cpu := cpuTime() - start; cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}
