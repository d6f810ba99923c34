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
			// "One or more" is precise: its "plusieurs" and "mehreren" are
			// no hedge, while "plusieurs" alone is.
			name:  "one or more is no hedge",
			lang:  "fr",
			text:  "L'utilisateur est le parent d'un ou de plusieurs enfants. Nous partageons plusieurs données.",
			vague: []string{"plusieurs"},
		},
		{
			name:  "German one or more",
			lang:  "de",
			text:  "Sie haben ein oder mehrere Kinder. Wir geben mehrere Daten weiter.",
			vague: []string{"mehrere"},
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

// TestLongestSentenceQuote: the example of long sentences is a sentence of
// prose, not a menu of language links or table cells run together, and a
// link's address does not make a sentence longer.
func TestLongestSentenceQuote(t *testing.T) {
	menu := "[English](https://example.com/en) [Deutsch](https://example.com/de) [Français](https://example.com/fr) [Español](https://example.com/es) [Italiano](https://example.com/it) [Nederlands](https://example.com/nl) [Português](https://example.com/pt) [Svenska](https://example.com/sv) [Dansk](https://example.com/da) [Polski](https://example.com/pl) [Türkçe](https://example.com/tr) [Čeština](https://example.com/cs) [Suomi](https://example.com/fi) [Norsk](https://example.com/no) [Magyar](https://example.com/hu) [Română](https://example.com/ro) [Ελληνικά](https://example.com/el) [Русский](https://example.com/ru) [日本語](https://example.com/ja) [한국어](https://example.com/ko) [中文](https://example.com/zh) [العربية](https://example.com/ar) [עברית](https://example.com/he) [Tiếng Việt](https://example.com/vi) [Bahasa](https://example.com/id) [ไทย](https://example.com/th) [Hrvatski](https://example.com/hr) [Slovenčina](https://example.com/sk) [Български](https://example.com/bg) [Українська](https://example.com/uk) [Eesti](https://example.com/et) [Latviešu](https://example.com/lv) [Lietuvių](https://example.com/lt) [Slovenščina](https://example.com/sl) [Српски](https://example.com/sr) [Català](https://example.com/ca) [Euskara](https://example.com/eu) [Galego](https://example.com/gl) [Íslenska](https://example.com/is) [Malti](https://example.com/mt) [Gaeilge](https://example.com/ga)\n\n"
	prose := "Unless you tell us otherwise in the settings of your account, which you can change at any time from any device that you use to reach the service, we keep the messages you send and receive for as long as your account stays open and for ninety days after you close it."
	a, err := Analyze(menu+prose+" We sell nothing.", Options{})
	if err != nil {
		t.Fatal(err)
	}
	i := quoteFor("longest", a)
	if i < 0 || a.Text[a.Sentences[i].Start:a.Sentences[i].End] != prose {
		got := ""
		if i >= 0 {
			got = a.Text[a.Sentences[i].Start:a.Sentences[i].End]
		}
		t.Errorf("longest sentence quoted: %.80q, want the sentence of prose", got)
	}
}

// TestStructureFindingClaimsWhatIsThere: the structure finding names only
// what the text has. A policy with headings and no list does not "use
// headings and lists"; a short note with neither is short, not structured.
func TestStructureFindingClaimsWhatIsThere(t *testing.T) {
	para := strings.Repeat("We use your e-mail address to send you receipts and nothing else. ", 12)
	long := strings.Repeat(para+"\n\n", 2)
	items := "- your name\n- your e-mail address\n- your postal address\n- your phone number\n- your orders\n- your payment card\n\n"
	tests := []struct {
		name, text, want string
	}{
		{"headings only", "# Privacy\n\n" + long + "## What we collect\n\n" + long + "## Your choices\n\n" + long, "Uses headings so readers can skim"},
		{"lists only", long + items + long, "Uses lists so readers can skim"},
		{"both", "# Privacy\n\n## What we collect\n\n" + items + "## Your choices\n\n" + long + long + long, "Uses headings and lists so readers can skim"},
		{"short", "We keep nothing about you.", "Short enough to read without headings"},
		{"neither", long + long + long, "No headings or lists to help readers find their way"},
		{"too few", "# Privacy\n\n" + long + long + "- your name\n- your e-mail address\n\n" + long, "Too few headings or lists to help readers find their way"},
	}
	for _, tt := range tests {
		rep, err := Score(tt.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got string
		for _, c := range rep.Criteria {
			for _, f := range c.Findings {
				if f.ID == "metric.structure" {
					got = f.Label
				}
			}
		}
		if got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}
