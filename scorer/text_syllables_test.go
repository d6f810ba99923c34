package scorer

import (
	"testing"

	"github.com/legible-app/legible/scorer/internal/vowelrule"
)

func TestEnglishSyllables(t *testing.T) {
	tests := []struct {
		word string
		want int
	}{
		// Counts as in the CMU Pronouncing Dictionary.
		{"the", 1}, {"data", 2}, {"privacy", 3}, {"policy", 3}, {"information", 4},
		{"collect", 2}, {"collected", 3}, {"cookies", 2}, {"provide", 2}, {"provides", 2},
		{"personal", 3}, {"advertising", 4}, {"table", 2}, {"business", 2}, {"queue", 1},
		{"every", 3}, {"people", 2}, {"area", 3}, {"identifiable", 6}, {"Privacy", 3},
		// Compounds, contractions, numbers.
		{"opt-in", 2}, {"third-party", 3}, {"don't", 1}, {"2024", 1},
	}
	for _, tt := range tests {
		if got := englishSyllables(tt.word); got != tt.want {
			t.Errorf("englishSyllables(%q) = %d, want %d", tt.word, got, tt.want)
		}
	}
}

func TestEnglishDictionaryOverridesRule(t *testing.T) {
	// "business" is three vowel groups but two syllables: the dictionary
	// must win over the rule.
	if vowelrule.English("business") == 2 {
		t.Fatal("test needs a word the vowel rule gets wrong")
	}
	if n := len(loadEnglishExceptions()); n < 5000 {
		t.Fatalf("only %d dictionary exceptions loaded", n)
	}
}

func TestOtherSyllables(t *testing.T) {
	tests := []struct {
		lang, word string
		want       int
	}{
		{"fr", "données", 2}, {"fr", "personnelles", 3}, {"fr", "créer", 2}, {"fr", "politique", 3},
		{"fr", "confidentialité", 6}, {"fr", "le", 1},
		{"de", "Datenschutz", 3}, {"de", "Informationen", 6}, {"de", "Einwilligung", 4}, {"de", "die", 1},
		{"es", "información", 4}, {"es", "día", 2}, {"es", "datos", 2}, {"es", "leer", 2}, {"es", "que", 1},
		{"es", "ciudad", 2},
	}
	for _, tt := range tests {
		if got := syllableCounterFor(tt.lang)(tt.word); got != tt.want {
			t.Errorf("%s syllables(%q) = %d, want %d", tt.lang, tt.word, got, tt.want)
		}
	}
	if syllableCounterFor("zh") != nil {
		t.Error("no syllable counter expected for Chinese")
	}
}
