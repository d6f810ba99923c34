package scorer

import "testing"

func TestNormalizeArabic(t *testing.T) {
	tests := []struct{ in, want string }{
		{"إِنَّ الـمُعلِّمَةَ أَتَتْ إلى", "ان المعلمه اتت الي"},
		{"آمن ٱلبيانات", "امن البيانات"},
		{"سياسة الخصوصية", "سياسه الخصوصيه"},
		{"Privacy policy", "Privacy policy"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := NormalizeArabic(tt.in); got != tt.want {
			t.Errorf("NormalizeArabic(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMeasureArabicWord(t *testing.T) {
	tests := []struct {
		word      string
		syllables int
		letters   int
		faseeh    bool
	}{
		// With diacritics (the reference implementation's rules): kataba has
		// three short syllables; kitābun a short, a long and a tanween stress
		// syllable: 1 + 2×(1+1).
		{"كَتَبَ", 3, 3, false},
		{"كِتَابٌ", 5, 4, false},
		// Without diacritics, estimated: na-h(n) = 2; na-h-mī = 1+1+2.
		{"نحن", 2, 3, false},
		{"نحمي", 4, 4, false},
		// bi-yā-nā-tu-k: 1 + 2 + 2 + 1.
		{"بياناتك", 6, 7, false},
		// al-ma-ʿa-lū-mā-t: the article's lam closes "al": 1+1+1+2+2.
		{"المعلومات", 7, 9, false},
		// Faseeh marks: hamza on waw and the plural ending ون. Read as
		// ma-sa-ʾū-lū-n (1+1+2+2): the estimate cannot see the sukun on s.
		{"مسؤولون", 6, 7, true},
		{"ذلك", 2, 3, true},
	}
	for _, tt := range tests {
		m := measureArabicWord(tt.word)
		if m.syllables != tt.syllables || m.letters != tt.letters || m.faseehMark != tt.faseeh {
			t.Errorf("measureArabicWord(%q) = %+v, want syllables %d letters %d faseeh %v",
				tt.word, m, tt.syllables, tt.letters, tt.faseeh)
		}
	}
}
