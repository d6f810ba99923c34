package scorer

import (
	"reflect"
	"strings"
	"testing"
)

func quotes(text string, spans []Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestClarityMatches(t *testing.T) {
	tests := []struct {
		name, lang, text string
		vague, legalese  []string
		passive          int
	}{
		{
			name:     "English hedges and legalese",
			lang:     "en",
			text:     "We may share data from time to time, including but not limited to partners. Hereinafter, the Service shall apply.",
			vague:    []string{"may", "from time to time", "including but not limited to"},
			legalese: []string{"Hereinafter", "shall"},
		},
		{
			name:  "May the month is not a hedge",
			lang:  "en",
			text:  "Updated on 25 May 2018. You may opt out.",
			vague: []string{"may"},
		},
		{
			name:    "passive voice",
			lang:    "en",
			text:    "Your data is collected by partners. We were not given notice. We sell nothing. It is important.",
			passive: 2,
		},
		{
			name:     "Arabic with and without diacritics and a conjunction",
			lang:     "ar",
			text:     "قَدْ نشارك بياناتك من وقتٍ لآخر، وأحياناً مع شركائنا بموجب القانون.",
			vague:    []string{"قَدْ", "من وقتٍ لآخر", "وأحياناً"},
			legalese: []string{"بموجب"},
		},
		{
			name:     "French elision",
			lang:     "fr",
			text:     "Nous pouvons, le cas échéant, partager d'éventuelles données conformément à la loi.",
			vague:    []string{"le cas échéant", "d'éventuelles"},
			legalese: []string{"conformément à"},
		},
		{
			name:     "German",
			lang:     "de",
			text:     "Wir können Daten gegebenenfalls gemäß Art. 6 DSGVO weitergeben.",
			vague:    []string{"können", "gegebenenfalls"},
			legalese: []string{"gemäß"},
		},
		{
			name:     "Spanish",
			lang:     "es",
			text:     "Podremos compartir ciertos datos de conformidad con la ley.",
			vague:    []string{"Podremos", "ciertos"},
			legalese: []string{"de conformidad con"},
		},
	}
	lx, err := loadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sg := segment(tt.text)
			res := findClarity(tt.text, sg, lx.langs[tt.lang], tt.lang, false)
			if got := quotes(tt.text, res.vague); !reflect.DeepEqual(got, tt.vague) {
				t.Errorf("vague = %q, want %q", got, tt.vague)
			}
			if got := quotes(tt.text, res.legalese); !reflect.DeepEqual(got, tt.legalese) {
				t.Errorf("legalese = %q, want %q", got, tt.legalese)
			}
			if res.passive != tt.passive {
				t.Errorf("passive sentences = %d, want %d", res.passive, tt.passive)
			}
		})
	}
}

func TestLongSentences(t *testing.T) {
	long := "Every " + strings.Repeat("word ", 40) + "ends."
	text := "Short one. " + long + " Another short one."
	a, err := Analyze(text, Options{Language: "en"})
	if err != nil {
		t.Fatal(err)
	}
	if got := quotes(a.Text, a.LongSentences); len(got) != 1 || got[0] != strings.TrimSpace(long) {
		t.Fatalf("long sentences = %q", got)
	}
	// 3 sentences, one of them long.
	if a.Metrics.Clarity.LongSentenceShare != 0.3333 {
		t.Errorf("long share = %v, want 0.3333", a.Metrics.Clarity.LongSentenceShare)
	}
	if a.Metrics.LanguageSource != "given" {
		t.Errorf("language source = %q, want given", a.Metrics.LanguageSource)
	}
}
