package scorer

import (
	"errors"
	"strings"
	"testing"
)

func TestAnalyzeRejects(t *testing.T) {
	tests := []struct {
		name string
		text string
		want error
	}{
		{"empty", "", ErrEmpty},
		{"whitespace", " \n\t\r\n ", ErrEmpty},
		{"punctuation only", "... --- !!!", ErrEmpty},
		{"NUL bytes", "hello\x00world", ErrNotText},
		{"invalid UTF-8", strings.Repeat("\xff\xfe", 50) + "text", ErrNotText},
		{"control characters", strings.Repeat("\x01\x02\x03", 40) + "text", ErrNotText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Analyze(tt.text, Options{})
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if _, err := Score(tt.text, Options{}); !errors.Is(err, tt.want) {
				t.Fatalf("Score err = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestAnalyzeRepairsStrayBytes(t *testing.T) {
	text := strings.Repeat("We keep your data safe. ", 20) + "\xff"
	a, err := Analyze(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(a.Text, "\uFFFD") || a.Metrics.Words != 100 {
		t.Fatalf("text not repaired or words = %d", a.Metrics.Words)
	}
}

func TestAnalyzeCharacterLanguages(t *testing.T) {
	a, err := Analyze("我们收集数据。我们不出售。", Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := a.Metrics
	// 11 characters at 255 characters per minute.
	if m.Language != "zh" || m.ReadingUnit != "characters" || m.ReadingWPM != 255 || m.Characters != 11 || !near(m.ReadingMinutes, 0.04) {
		t.Fatalf("zh metrics %+v", m)
	}
	if m.Readability.Ease != nil {
		t.Error("no ease index expected for Chinese")
	}
}

func TestAnalyzeUnknownLanguageUsesAverageSpeed(t *testing.T) {
	a, err := Analyze("Lorem ipsum dolor sit amet.", Options{Language: "la"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Metrics.Language != "la" || a.Metrics.ReadingWPM != 184 {
		t.Fatalf("language %q speed %v, want la at 184", a.Metrics.Language, a.Metrics.ReadingWPM)
	}
}
