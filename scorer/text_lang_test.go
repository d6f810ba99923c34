package scorer

import (
	"os"
	"testing"

	"github.com/legible-app/legible/internal/corpus"
)

func TestDetectLanguageShortTexts(t *testing.T) {
	tests := []struct{ text, want string }{
		{"We collect information. Your privacy is important.", "en"},
		{"Nous collectons vos données pour gérer votre compte.", "fr"},
		{"Wir erheben Ihre Daten, um Ihr Konto zu verwalten.", "de"},
		{"Recopilamos sus datos para gestionar su cuenta y no los vendemos.", "es"},
		{"نحن نجمع بياناتك لإدارة حسابك ولا نبيعها أبدا.", "ar"},
		{"我们收集您的数据以管理您的账户。", "zh"},
		{"お客様のデータを収集します。", "ja"},
		{"हम आपका डेटा एकत्र करते हैं और इसे कभी नहीं बेचते।", "hi"},
		{"12345 67890 !!! ???", Undetermined},
	}
	for _, tt := range tests {
		if got := detectLanguage(tt.text); got != tt.want {
			t.Errorf("detectLanguage(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestDetectLanguageCorpus checks detection against the corpus manifest's
// labels on every Markdown text: at least 99% must agree, and every
// disagreement is logged for review.
func TestDetectLanguageCorpus(t *testing.T) {
	_, docs := corpus.Load(t)
	total, agree := 0, 0
	for _, d := range docs {
		if d.MDFile == "" {
			continue // HTML-only entries have no plain text to read here
		}
		b, err := os.ReadFile(d.MDFile)
		if err != nil {
			t.Fatalf("read %s: %v", d.MDFile, err)
		}
		total++
		got, want := detectLanguage(string(b)), d.Language
		if got == want {
			agree++
			continue
		}
		t.Logf("disagreement: %s: manifest %q, detected %q", d.MDFile, want, got)
	}
	share := float64(agree) / float64(total)
	t.Logf("language agreement: %d of %d (%.2f%%)", agree, total, 100*share)
	if share < 0.99 {
		t.Errorf("agreement %.2f%% is under 99%%", 100*share)
	}
}
