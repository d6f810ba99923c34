package scorer

import (
	"math"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) <= 0.011 }

// TestAnalyzeEnglishByHand checks a short English text against values worked
// out by hand.
func TestAnalyzeEnglishByHand(t *testing.T) {
	// Words 7, sentences 2; syllables we 1, collect 2, information 4, your 1,
	// privacy 3, is 1, important 3 = 15; letters 2+7+11+4+7+2+9 = 42; hard
	// words (3+ syllables) information, privacy, important = 3.
	a, err := Analyze("We collect information. Your privacy is important.", Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := a.Metrics
	if m.Language != "en" || m.Words != 7 || m.Sentences != 2 || m.Characters != 42 {
		t.Fatalf("language %s words %d sentences %d characters %d; want en 7 2 42", m.Language, m.Words, m.Sentences, m.Characters)
	}
	want := map[string]float64{
		// 206.835 - 1.015×3.5 - 84.6×15/7
		IndexFleschReadingEase: 22.00,
		// 0.39×3.5 + 11.8×15/7 - 15.59 = 1.365 + 25.286 - 15.59
		IndexFleschKincaidGrade: 11.06,
		// 0.4×(3.5 + 100×3/7)
		IndexGunningFog: 18.54,
		// 1.0430×√(3×30/2) + 3.1291
		IndexSMOG: 10.13,
		// 0.0588×600 - 0.296×28.571 - 15.8
		IndexColemanLiau: 11.02,
		// 4.71×6 + 0.5×3.5 - 21.43
		IndexARI: 8.58,
	}
	for k, v := range want {
		if got, ok := m.Readability.Indices[k]; !ok || !near(got, v) {
			t.Errorf("%s = %v, want %v", k, got, v)
		}
	}
	if m.Readability.Ease == nil || !near(*m.Readability.Ease, 22) || m.Readability.Level != "very difficult" {
		t.Errorf("ease %v level %q; want 22 very difficult", m.Readability.Ease, m.Readability.Level)
	}
	// 7 words at 238 words per minute.
	if m.ReadingWPM != 238 || m.ReadingUnit != "words" || !near(m.ReadingMinutes, 0.03) {
		t.Errorf("reading %v min at %v %s; want 0.03 at 238 words", m.ReadingMinutes, m.ReadingWPM, m.ReadingUnit)
	}
}

// TestAnalyzeArabicByHand checks OSMAN on a short Arabic text worked out by hand.
func TestAnalyzeArabicByHand(t *testing.T) {
	// Words A = 6, sentences B = 2. Estimated syllables (see
	// TestMeasureArabicWord): نحن 2, نحمي 4, بياناتك 6, لا 2, نبيع 3,
	// المعلومات 7: D = 24. Words over five letters: بياناتك, المعلومات: C = 2.
	// Words over four syllables: the same two: G = 2. Faseeh: H = 0.
	// OSMAN = 200.791 - 1.015×3 - 24.18143403×(2/6 + 24/6 + 2/6 + 0) = 84.90.
	a, err := Analyze("نحن نحمي بياناتك. لا نبيع المعلومات.", Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := a.Metrics
	if m.Language != "ar" || m.Words != 6 || m.Sentences != 2 {
		t.Fatalf("language %s words %d sentences %d; want ar 6 2", m.Language, m.Words, m.Sentences)
	}
	if got := m.Readability.Indices[IndexOSMAN]; !near(got, 84.90) {
		t.Errorf("OSMAN = %v, want 84.90", got)
	}
	if m.Readability.EaseIndex != IndexOSMAN || m.Readability.Level != "easy" {
		t.Errorf("ease index %q level %q; want osman, easy", m.Readability.EaseIndex, m.Readability.Level)
	}
	// 6 words at 138 words per minute.
	if m.ReadingWPM != 138 || !near(m.ReadingMinutes, 0.04) {
		t.Errorf("reading %v min at %v; want 0.04 at 138", m.ReadingMinutes, m.ReadingWPM)
	}
	if m.Clarity.PassiveShare != nil {
		t.Error("passive voice is measured for English only")
	}
}

func TestReadabilityOtherLanguages(t *testing.T) {
	// 10 words, 2 sentences, 15 syllables, 3 polysyllables, 4 monosyllables,
	// 2 words over six letters.
	c := textCounts{words: 10, sentences: 2, syllables: 15, polysyllables: 3, monosyllables: 4, longWords: 2}
	tests := []struct {
		lang, index string
		want        float64
	}{
		{"fr", IndexKandelMoles, 207 - 1.015*5 - 73.6*1.5},
		{"de", IndexAmstad, 180 - 5 - 58.5*1.5},
		{"de", IndexWiener1, 0.1935*30 + 0.1672*5 + 0.1297*20 - 0.0327*40 - 0.875},
		{"es", IndexFernandezHuerta, 206.84 - 60*1.5 - 1.02*5},
		{"es", IndexSzigrisztPazos, 206.835 - 62.3*1.5 - 5},
	}
	for _, tt := range tests {
		r := readability(tt.lang, c)
		if got := r.Indices[tt.index]; !near(got, tt.want) {
			t.Errorf("%s %s = %v, want %v", tt.lang, tt.index, got, tt.want)
		}
		if r.Ease == nil {
			t.Errorf("%s: no ease", tt.lang)
		}
	}
	if r := readability("zh", c); r.Ease != nil || len(r.Indices) != 0 {
		t.Errorf("zh readability = %+v, want none", r)
	}
}

func TestEaseLevel(t *testing.T) {
	tests := []struct {
		ease float64
		want string
	}{{95, "very easy"}, {85, "easy"}, {75, "fairly easy"}, {65, "standard"}, {55, "fairly difficult"}, {40, "difficult"}, {10, "very difficult"}}
	for _, tt := range tests {
		if got := easeLevel(tt.ease); got != tt.want {
			t.Errorf("easeLevel(%v) = %q, want %q", tt.ease, got, tt.want)
		}
	}
}
