package scorer

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// translatedPairs are corpus policies published by one service in two
// languages: the original first, then its translation.
var translatedPairs = [][2]string{
	{"firefox", "firefox-ar"},
	{"firefox", "firefox-de"},
	{"facebook", "facebook-fr"},
	{"qobuz", "qobuz-fr"},
	{"google", "google-fr"},
	{"twitter", "twitter-fr"},
	{"whatsapp", "whatsapp-fr"},
	{"netflix", "netflix-fr"},
}

// TestPracticesTranslations: the same policy in another language gets the
// same practice facts. Some translations are of an older or shorter
// version, so the floor sits a little under what the engine reaches.
func TestPracticesTranslations(t *testing.T) {
	dir := filepath.Join(corpusDir(t), "policies")
	practices := map[string][]Practice{}
	read := func(slug string) ([]Practice, bool) {
		if ps, ok := practices[slug]; ok {
			return ps, true
		}
		b, err := os.ReadFile(filepath.Join(dir, slug, "privacy-policy.md"))
		if err != nil {
			return nil, false
		}
		rep, err := Score(string(b), Options{})
		if err != nil {
			t.Fatalf("%s: %v", slug, err)
		}
		practices[slug] = rep.Practices
		return rep.Practices, true
	}
	same, total := 0, 0
	for _, pair := range translatedPairs {
		orig, ok1 := read(pair[0])
		tr, ok2 := read(pair[1])
		if !ok1 || !ok2 {
			continue
		}
		for _, p := range orig {
			total++
			if q := practiceOf(tr, p.ID); q.Answer == p.Answer {
				same++
			} else if testing.Verbose() {
				fmt.Printf("  %-12s %-26s %s | %s\n", pair[1], p.ID, p.Answer, q.Answer)
			}
		}
	}
	if total == 0 {
		t.Skip("no translated pair in the corpus")
	}
	fmt.Printf("translated pairs: same answer %d/%d (%.0f%%)\n", same, total, pct(same, total))
	if got := pct(same, total); got < 84 {
		t.Errorf("translation agreement = %.1f%%, under its floor 84%%", got)
	}
}
