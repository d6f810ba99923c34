package scorer

import (
	"os"
	"testing"
)

// rubricBenchTexts reads the corpus's Markdown texts, or skips.
func rubricBenchTexts(b *testing.B) ([]string, int64) {
	docs := rubricCorpus(b)
	texts := make([]string, 0, len(docs))
	var size int64
	for _, d := range docs {
		raw, err := os.ReadFile(d.path)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(raw))
		size += int64(len(raw))
	}
	return texts, size
}

// BenchmarkScoreRubric measures Score (analysis and rubric) over the corpus;
// its MB/s is the throughput on one core.
func BenchmarkScoreRubric(b *testing.B) {
	texts, size := rubricBenchTexts(b)
	if _, err := loadRubric(); err != nil {
		b.Fatal(err)
	}
	if _, err := Score(texts[0], Options{}); err != nil { // warm the lexicons
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			if _, err := Score(t, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkApplyRubric measures the rubric alone, on analyses made beforehand.
func BenchmarkApplyRubric(b *testing.B) {
	texts, size := rubricBenchTexts(b)
	analyses := make([]*Analysis, 0, len(texts))
	for _, t := range texts {
		a, err := Analyze(t, Options{})
		if err != nil {
			b.Fatal(err)
		}
		analyses = append(analyses, a)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range analyses {
			if _, err := applyRubric(a, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
