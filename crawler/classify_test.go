package crawler

import (
	"net/url"
	"testing"

	"github.com/legible-app/legible"
)

// bestKind returns the kind with the highest score, "" when none reaches 4.
func bestKind(scores map[legible.DocKind]float64) legible.DocKind {
	var best legible.DocKind
	top := 3.99
	for _, k := range kindOrder {
		if scores[k] > top {
			best, top = k, scores[k]
		}
	}
	return best
}

func TestClassifyLink(t *testing.T) {
	tests := []struct {
		label string
		href  string
		want  legible.DocKind
	}{
		{"Privacy Policy", "/privacy", legible.KindPrivacy},
		{"Privacy", "/p/123", legible.KindPrivacy},
		{"Privacy Notice", "/legal/notice", legible.KindPrivacy},
		{"Terms of Service", "/tos", legible.KindTerms},
		{"Terms & Conditions", "/t", legible.KindTerms},
		{"Cookie Policy", "/cookies", legible.KindCookies},
		{"Privacy & Cookie Policy", "/privacy-cookies", legible.KindPrivacy},
		{"Legal", "/legal", kindHub},
		{"Privacy Center", "/privacy-center", kindHub},
		{"Imprint", "/imprint", legible.KindOther},
		// Arabic
		{"سياسة الخصوصية", "/ar/p", legible.KindPrivacy},
		{"الشروط والأحكام", "/ar/t", legible.KindTerms},
		{"شروط الاستخدام", "/ar/use", legible.KindTerms},
		{"سياسة ملفات تعريف الارتباط", "/ar/c", legible.KindCookies},
		{"سياسة الكوكيز", "/ar/k", legible.KindCookies},
		{"سِيَاسَة الخُصُوصِيَّة", "/ar/p2", legible.KindPrivacy}, // with diacritics
		// French, German, Spanish, Italian, Portuguese, Dutch
		{"Politique de confidentialité", "/fr/pc", legible.KindPrivacy},
		{"Conditions générales d’utilisation", "/fr/cgu", legible.KindTerms},
		{"Mentions légales", "/fr/ml", legible.KindOther},
		{"Datenschutzerklärung", "/de/ds", legible.KindPrivacy},
		{"AGB", "/de/agb", legible.KindTerms},
		{"Impressum", "/de/impressum", legible.KindOther},
		{"Política de privacidad", "/es/p", legible.KindPrivacy},
		{"Términos y condiciones", "/es/t", legible.KindTerms},
		{"Informativa sulla privacy", "/it/p", legible.KindPrivacy},
		{"Termos de uso", "/pt/t", legible.KindTerms},
		{"Privacybeleid", "/nl/p", legible.KindPrivacy},
		{"Algemene voorwaarden", "/nl/v", legible.KindTerms},
		{"Kullanım Koşulları", "/tr/k", legible.KindTerms},
		// URL only (an icon link)
		{"", "/legal/privacy-policy", legible.KindPrivacy},
		{"", "/terms-of-use.html", legible.KindTerms},
		// Not documents
		{"Cookie settings", "/#cookies", ""},
		{"Your Privacy Choices", "/choices", ""},
		{"Manage privacy preferences", "/prefs", ""},
		{"إعدادات الخصوصية", "/ar/settings", ""},
		{"About us", "/about", ""},
		{"Blog", "/blog/terms-we-love", ""},
		{"Protocols", "/protocols", ""},
		{"Intermediate terms", "/glossary", legible.KindTerms}, // a weak match stays weak...
	}
	for _, tt := range tests {
		t.Run(tt.label+" "+tt.href, func(t *testing.T) {
			u, err := url.Parse("https://example.com" + tt.href)
			if err != nil {
				t.Fatal(err)
			}
			scores := classifyLink([]string{tt.label}, u)
			if got := bestKind(scores); got != tt.want {
				t.Errorf("classify(%q, %s) = %q (%v), want %q", tt.label, tt.href, got, scores, tt.want)
			}
		})
	}
}

func TestWeakLabelsRankBelowStrongOnes(t *testing.T) {
	u, _ := url.Parse("https://example.com/x")
	weakScore := classifyLink([]string{"Intermediate terms"}, u)[legible.KindTerms]
	strongScore := classifyLink([]string{"Terms of Service"}, u)[legible.KindTerms]
	if weakScore >= strongScore {
		t.Errorf("weak %v >= strong %v", weakScore, strongScore)
	}
}

func TestContainsPhrase(t *testing.T) {
	tests := []struct {
		text, phrase string
		want         bool
	}{
		{"privacy policy", "privacy", true},
		{"our privacy", "privacy", true},
		{"privacypolicy", "privacy", false},
		{"protocols", "tos", false},
		{"/legal/tos.html", "tos", true},
		{"/fr/cgu-2024", "cgu", true},
		{"وسياسة الخصوصية", "سياسة الخصوصية", true},
		{"利用規約はこちら", "利用規約", true},
	}
	for _, tt := range tests {
		if got := containsPhrase(fold(tt.text), fold(tt.phrase)); got != tt.want {
			t.Errorf("containsPhrase(%q, %q) = %v, want %v", tt.text, tt.phrase, got, tt.want)
		}
	}
}

func TestLooksLike(t *testing.T) {
	if !looksLike(legible.KindPrivacy, "Datenschutzerklärung", "") {
		t.Error("German title not recognised")
	}
	if !looksLike(legible.KindTerms, "", "# Terms of Use\n\nBy using the site...") {
		t.Error("heading not recognised")
	}
	if looksLike(legible.KindCookies, "Welcome", "Our shop sells shoes.") {
		t.Error("a shop page is not a cookie policy")
	}
}
