package scorer

import (
	"strings"
	"testing"

	"github.com/legible-app/legible"
)

func TestCleanQuote(t *testing.T) {
	cases := []struct{ in, want string }{
		{"**We do not sell** your data.", "We do not sell your data."},
		{"## Your rights", "Your rights"},
		{"- You can [delete your account](https://acme.example/delete) at any time.", "You can delete your account at any time."},
		{"| Cookie | Purpose |", "Cookie Purpose"},
		{"__Note__: we keep logs\nfor 30 days.", "Note: we keep logs for 30 days."},
		{"نحن **لا نبيع** بياناتك.", "نحن لا نبيع بياناتك."},
		{"Plain text [with brackets] stays.", "Plain text [with brackets] stays."},
		{"externally with our [partners\\[69\\]](https://acme.example/p?x=1#a-69), [vendors\\[70\\]](https://acme.example/v) and others.", "externally with our partners, vendors and others."},
		{"Email privacy\\_team@acme.example \\(our team\\) or see note \\[3\\] below.", "Email privacy_team@acme.example (our team) or see note below."},
		{"A [broken link](no close stays as it is.", "A [broken link](no close stays as it is."},
		{"<a href='https://acme.example/defs#pi'>Learn More</a>, as well as <strong>deletion</strong> of your data<br>Go to the portal", "Learn More, as well as deletion of your data Go to the portal"},
		{"Users under <13 and <https://acme.example> stay.", "Users under <13 and <https://acme.example> stay."},
		{"3. **_issues d'autres sources._** *Voir* la page.", "3. issues d'autres sources. Voir la page."},
		{"_Government Authorities or Other Third Parties_: We may share data.", "Government Authorities or Other Third Parties: We may share data."},
		{"We may:\n\n* provide offers;\n- send emails.\n\nFollow these steps:\n\n1. Visit the page.", "We may: provide offers; send emails. Follow these steps: Visit the page."},
		{"(_View previous versions: 10/3/22, 10/1/21_, 4/19/21_)", "(View previous versions: 10/3/22, 10/1/21, 4/19/21)"},
		{"Write to privacy_team@acme.example or see *note* 2 * below.", "Write to privacy_team@acme.example or see note 2 * below."},
		// The items of a list are parted as a list is read aloud, their
		// markers dropped, whatever the marker or the line break.
		{"Email address\n2. First name and last name\n3. Cookies and Usage Data", "Email address; First name and last name; Cookies and Usage Data"},
		{"Name, phone number, email address, photos<br>*   User ID<br>*   Survey responses", "Name, phone number, email address, photos; User ID; Survey responses"},
		{"vos nom et prénom ;\n• vos coordonnées ;\n• votre date de naissance", "vos nom et prénom ; vos coordonnées ; votre date de naissance"},
		{"_We collect data when you:_\n\n1. _Create an account;_", "We collect data when you: Create an account;"},
		{"We also keep logs.\n- They help us fix bugs.", "We also keep logs. They help us fix bugs."},
	}
	for _, c := range cases {
		if got := cleanQuote(c.in); got != c.want {
			t.Errorf("cleanQuote(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestEvidenceIsCleanAndSpansRaw(t *testing.T) {
	text := "# Privacy\n\n- **We do not sell** your [personal data](https://acme.example/data).\n"
	p := answerOf(t, text, "sells-data")
	if p.Answer != "no" || len(p.Evidence) != 1 {
		t.Fatalf("sells-data = %+v", p)
	}
	ev := p.Evidence[0]
	if ev.Quote != "We do not sell your personal data." {
		t.Errorf("quote = %q", ev.Quote)
	}
	if raw := text[ev.Start:ev.End]; raw[:2] != "**" {
		t.Errorf("span is not the raw text: %q", raw)
	}
}

func TestPracticeText(t *testing.T) {
	e, err := loadFacts()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range e.data.Questions {
		for id := range q.Answers {
			for _, lang := range []string{"en", "ar", "fr", "de", "es"} {
				label, _ := practiceText(q.ID, id, lang)
				if label == "" {
					t.Errorf("%s/%s has no %s label", q.ID, id, lang)
				}
				if lang == "ar" || lang == "fr" {
					if en, _ := practiceText(q.ID, id, "en"); label == en && lang != "en" {
						t.Errorf("%s/%s: the %s label is the English one", q.ID, id, lang)
					}
				}
			}
			if _, adv := practiceText(q.ID, id, "en"); adv != "" {
				if _, ar := practiceText(q.ID, id, "ar"); ar == adv {
					t.Errorf("%s/%s: the Arabic advice is the English one", q.ID, id)
				}
			}
		}
	}
	if label, _ := practiceText("data-breaches", AnswerUnknown, "ar"); label == "" || label == unknownLabel {
		t.Errorf("unknown in Arabic = %q", label)
	}
	if label, advice := practiceText("no-such-question", "yes", "en"); label != "" || advice != "" {
		t.Error("an unknown question has text")
	}
	label, advice := practiceText("data-breaches", "no", "xx")
	if label != "Not promised" || advice == "" {
		t.Errorf("fallback to English = %q, %q", label, advice)
	}
}

func TestMergePractices(t *testing.T) {
	privacy := &Report{Practices: []Practice{
		{ID: "sells-data", Answer: AnswerUnknown},
		{ID: "data-breaches", Answer: "eventually", Evidence: []Evidence{{Quote: "p", Start: 1, End: 2}}},
	}}
	terms := &Report{Practices: []Practice{
		{ID: "sells-data", Answer: "no", Evidence: []Evidence{{Quote: "t", Start: 3, End: 4}}},
		{ID: "data-breaches", Answer: "no"},
	}}
	got := mergePractices([]DocumentReport{{Kind: legible.KindTerms, Report: terms}, {Kind: legible.KindPrivacy, Report: privacy}, {Kind: legible.KindCookies}})
	if len(got) != 2 || got[0].ID != "sells-data" || got[1].ID != "data-breaches" {
		t.Fatalf("order = %+v", got)
	}
	if got[0].Answer != "no" || got[0].Evidence[0].Document != legible.KindTerms {
		t.Errorf("terms did not fill the unknown: %+v", got[0])
	}
	if got[1].Answer != "eventually" || got[1].Evidence[0].Document != legible.KindPrivacy {
		t.Errorf("the privacy policy did not come first: %+v", got[1])
	}
	if privacy.Practices[1].Evidence[0].Document != "" {
		t.Error("merging changed the document's own report")
	}
	if got := mergePractices(nil); got == nil || len(got) != 0 {
		t.Errorf("no documents = %v", got)
	}
}

func TestCompileFactsRejects(t *testing.T) {
	cases := map[string]string{
		"no version":                `{"concepts":{}}`,
		"missing role":              `{"version":"1","concepts":{"self":["we"]}}`,
		"bad json":                  `{`,
		"unknown concept":           minimalFacts(`"signals":{"s":[{"all":["nope"]}]}`),
		"unknown signal":            minimalFacts(`"questions":[{"id":"q","question":{"en":"Q?"},"decisions":[{"answer":"a","when":["nope"]}],"answers":{"a":{"label":{"en":"A"}}}}]`),
		"bad polarity":              minimalFacts(`"signals":{"s":[{"all":["self"],"polarity":"maybe"}]}`),
		"unknown lent":              minimalFacts(`"ref_lends":["nope"]`),
		"list link read as no term": minimalFacts(`"list_links":{"targets":["partners"],"reads_as":"nope"}`),
		"unknown masking concept":   minimalFacts(`"masks":{"nope":["self"]}`),
		"unknown masked concept":    minimalFacts(`"masks":{"self":["nope"]}`),
		"unknown number concept":    minimalFacts(`"beside_numbers":{"nope":["may"]}`),
		"unknown history signal":    minimalFacts(`"history_signals":["nope"]`),
		"unknown terms question":    minimalFacts(`"terms_questions":["nope"]`),
		"unknown quote first":       minimalFacts(`"signals":{"s":[{"all":["self"]}]},"questions":[{"id":"q","question":{"en":"Q?"},"decisions":[{"answer":"a","when":["s"],"quote_first":"t"}],"answers":{"a":{"label":{"en":"A"}}}}]`),
	}
	cases["a term of any words only"] = strings.Replace(minimalFacts(`"signals":{}`), `"cond":["if"]}`, `"cond":["if"],"x":["?"]}`, 1)
	for name, raw := range cases {
		if _, err := compileFacts([]byte(raw)); err == nil {
			t.Errorf("%s: compiled", name)
		}
	}
	if _, err := compileFacts([]byte(minimalFacts(`"signals":{}`))); err != nil {
		t.Errorf("minimal facts: %v", err)
	}
	if FactsVersion() == "" {
		t.Error("the embedded facts have no version")
	}
}

// minimalFacts is a facts file with every reserved concept and one more field.
func minimalFacts(extra string) string {
	return `{"version":"t","concepts":{"self":["we"],"other":["they"],"you":["you"],"neg":["not"],"negcancel":["not only"],
"except":["except"],"split":["but"],"define":["means"],"defhead":["definitions"],"number":["one"],"timeunit":["days"],"cond":["if"]},` + extra + `}`
}

// A subject the text speaks of without an answer Legible can read is
// "mentioned", and the finding says so instead of claiming silence; a
// subject never spoken of keeps the not-found wording.
func TestMentionedIsNotSilence(t *testing.T) {
	rules := map[string]practiceRule{}
	r, err := loadRubric()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range r.data.Practices {
		rules[p.Practice] = p
	}
	cases := []struct {
		text, id  string
		mentioned bool
	}{
		// Sharing is spoken of, but whether it happens is not said plainly.
		{"You have the right to know which third parties we share your personal data with.", "third-party-access", true},
		{"يحق لك معرفة الأطراف الثالثة التي نشارك معها بياناتك الشخصية.", "third-party-access", true},
		{"Sont destinataires de vos données votre conseiller et l'organisme financeur.", "third-party-access", true},
		{"Our newsletter arrives on Mondays.", "third-party-access", false},
		{"Where we store your personal data depends on your region.", "retention", true},
		{"Our newsletter arrives on Mondays.", "retention", false},
	}
	for _, c := range cases {
		rep, err := Score(c.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		p := practiceOf(rep.Practices, c.id)
		if p.Answer != AnswerUnknown {
			t.Errorf("%q: %s answered %s; the case needs an unknown", c.text, c.id, p.Answer)
			continue
		}
		if p.Mentioned != c.mentioned {
			t.Errorf("%q: %s mentioned = %v, want %v", c.text, c.id, p.Mentioned, c.mentioned)
		}
		want := rules[c.id].MissingLabel
		if c.mentioned {
			want = rules[c.id].UnclearLabel
		}
		found := false
		for _, cr := range rep.Criteria {
			for _, f := range cr.Findings {
				if f.ID == c.id {
					found = true
					if f.Label != want {
						t.Errorf("%q: finding %q, want %q", c.text, f.Label, want)
					}
					if l, _ := FindingText(f, "ar"); l != Translate(want, "ar") || l == want {
						t.Errorf("%q: Arabic finding %q", c.text, l)
					}
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s finding", c.text, c.id)
		}
	}
}

func TestRunInLabel(t *testing.T) {
	cases := map[string]string{
		"In short: we collect little.":               "In short",
		"**Summary:** we collect little.":            "Summary",
		"باختصار: نحن نجمع القليل.":                  "باختصار",
		"Last updated: June 27, 2023":                "Last updated",
		"We collect the following: your name.":       "",
		"Summary:":                                   "",
		"Note (1): see below.":                       "",
		"No colon in this sentence at all.":          "",
		"`25/Mar/2003 10:15:32` is the time.":        "",
		"A label far too long to be a heading: text": "",
	}
	for in, want := range cases {
		if got := runInLabel(in); got != want {
			t.Errorf("runInLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

// The quote a finding shows is the strongest sentence, not the first: a
// sentence about another company, or one that points elsewhere, yields to
// the service's own; the same words twice are quoted once.
func TestEvidenceRanking(t *testing.T) {
	cases := []struct {
		name, text, question, first string
	}{
		{"others come last",
			"Acme Pay's information sheet describes the right of access and the right to erasure held by third parties. You can ask us to delete your personal data by writing to privacy@acme.example.",
			"data-deletion", "You can ask us to delete your personal data by writing to privacy@acme.example."},
		{"pointers come last",
			"For more information about your right to request deletion of your personal data, see our help pages. You can ask us to delete your personal data by writing to privacy@acme.example.",
			"data-deletion", "You can ask us to delete your personal data by writing to privacy@acme.example."},
		{"what cookies gather yields to the service's own list",
			"We use cookies and pixel tags to collect your IP address and the pages you visit. When you create an account, we collect your name, email address and payment card number.",
			"list-collected", "When you create an account, we collect your name, email address and payment card number."},
	}
	for _, c := range cases {
		p := answerOf(t, c.text, c.question)
		if len(p.Evidence) == 0 || p.Evidence[0].Quote != c.first {
			t.Errorf("%s: evidence = %+v, want first %q", c.name, p.Evidence, c.first)
		}
	}
	twice := "You may request that we delete your personal information. Some text between.\n\nYou may request that we delete your personal information."
	p := answerOf(t, twice, "data-deletion")
	if len(p.Evidence) != 1 {
		t.Errorf("a sentence repeated word for word is quoted %d times: %+v", len(p.Evidence), p.Evidence)
	}
}

// TestRewriteAsides: only asides that open with a negation or only name a
// party go, and a clause of the service's own is set off; the others, and
// text without any, stay as they were.
func TestRewriteAsides(t *testing.T) {
	tests := []struct{ in, want string }{
		{"We share data (such as your e-mail) with partners.", "We share data (such as your e-mail) with partners."},
		{"We use information (not including your name) about your visits.", "We use information   about your visits."},
		{"Usage data (but not your messages) (such as clicks) goes to partners.", "Usage data   (such as clicks) goes to partners."},
		{"An aside (never closed.", "An aside (never closed."},
		// A clause of the service's own is set off by semicolons.
		{"GitHub will not share your data (we do not sell your data).", "GitHub will not share your data ; we do not sell your data ;."},
		{"Data (we) goes on.", "Data (we) goes on."},
		// An aside that only names a party goes.
		{"Company (referred to as \"We\" or \"Us\") refers to Acme Inc.", "Company   refers to Acme Inc."},
		{"La société (ci-après « Acme ») collecte vos données.", "La société   collecte vos données."},
	}
	for _, tt := range tests {
		if got := rewriteAsides(tt.in); got != tt.want {
			t.Errorf("rewriteAsides(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestIsDateLine: a date in digits alone on its line, with a time perhaps;
// not a version number, a phone number or a sentence with a date in it.
func TestIsDateLine(t *testing.T) {
	for in, want := range map[string]bool{
		"2024-03-04":             true,
		"2024-03-04 08:46:24":    true,
		"**04/03/2024**":         true,
		"4.3.2024":               true,
		"2.1.4":                  false,
		"+33 1 23 45 67 89":      false,
		"Updated on 2024-03-04.": false,
		"2024":                   false,
	} {
		if got := isDateLine(in); got != want {
			t.Errorf("isDateLine(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestNameCountryUS(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"In some US states, this may be a sale.", "In some USA states, this may be a sale."},
		{"the EU-US Data Privacy Framework", "the EU-USA Data Privacy Framework"},
		{"Data is stored in the US.", "Data is stored in the USA."},
		{"CONTACT US", "CONTACT US"},
		{"PLEASE LET US KNOW", "PLEASE LET US KNOW"},
		{"US", "US"},
		{"USB keys and BUS lines", "USB keys and BUS lines"},
		{"Contact us at privacy@example.com", "Contact us at privacy@example.com"},
	} {
		if got := nameCountryUS(c.in); got != c.want {
			t.Errorf("nameCountryUS(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestStripLinks(t *testing.T) {
	lists := &listLinks{Targets: []string{"subprocessor", "who-are"}, ReadsAs: "recipientlist"}
	// Brackets stay: the reader folds punctuation away.
	cases := []struct{ in, want string }{
		{"We share it with [our partners](https://acme.example/kb#w_who-are-our-partners).", "We share it with [our partners recipientlist "},
		{"See the [list](https://trust.acme.example/subprocessors) of providers.", "See the [list recipientlist of providers. "},
		// The host is no path: a site named after its providers lists none.
		{"Read [this](https://subprocessor.example) first.", "Read [this first. "},
		{"Read [this](https://acme.example/help) first.", "Read [this first. "},
		{"Visit https://acme.example/subprocessors today.", "Visit today. "},
		{"Jump to [cookie settings](#cookie-preferences) now.", "Jump to [cookie settings now. "},
	}
	for _, c := range cases {
		if got := stripLinks(c.in, lists); got != c.want {
			t.Errorf("stripLinks(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := stripLinks(cases[0].in, nil); got != "We share it with [our partners " {
		t.Errorf("without lists: %q", got)
	}
}

// TestLabelWords: a noun phrase before a colon that a clause follows is a
// run-in label; a label's value (a date, a list of data) or a clause
// before the colon is not.
func TestLabelWords(t *testing.T) {
	e, err := loadFacts()
	if err != nil {
		t.Fatal(err)
	}
	r := &reader{e: e}
	cases := []struct {
		in   string
		want int
	}{
		{"Access, correct, update, or delete your personal information: You have a right to confirm it.", 11},
		{"**Accès ou suppression de vos données :** vous avez le droit de demander une copie.", 6},
		{"Last Modified: May 12, 2026", 0},
		{"Data we process: name, e-mail address, phone number", 0},
		{"We share your data with: advertisers, who may use it.", 0},
		{"No colon in this sentence, so no label.", 0},
	}
	for _, c := range cases {
		var rd reading
		r.read(c.in, &rd)
		if rd.label != c.want {
			t.Errorf("label of %q: %d words, want %d", c.in, rd.label, c.want)
		}
	}
}

func TestBoldLabel(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"**Information we receive from other sources**.", true},
		{"__Your choices__:", true},
		{"**معلومات نتلقاها من مصادر أخرى**.", true},
		{"Information we receive from other sources.", false},
		{"**We** do not sell your data.", false},
		{"**Cookies** and **web beacons**.", false},
		{"**Information that we receive about you from the other sources named in this section**.", false},
		{"****.", false},
	}
	for _, c := range cases {
		if got := boldLabel(c.in); got != c.want {
			t.Errorf("boldLabel(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestHeaderRowEnd(t *testing.T) {
	cases := []struct {
		name, text, row, want string // want: the text up to the end returned, "" for none
	}{
		{"first row under a separator", "| | |\n| --- | --- |\n| Version | Changes |\n| 1.0 | First draft |\n| 1.1 | New section |\n",
			"Version | Changes", "| 1.0 | First draft"},
		{"header above its separator", "| Version | Changes |\n| --- | --- |\n| 1.0 | First draft |\n",
			"Version | Changes", "| 1.0 | First draft"},
		{"a row inside the table", "| Name | Purpose |\n| --- | --- |\n| Stripe | Payments |\n| Acme | Support |\n",
			"Stripe | Payments", ""},
		{"a row with digits", "| | |\n| --- | --- |\n| Version 2 | Changes |\n| 1.0 | First draft |\n",
			"Version 2 | Changes", ""},
		{"no row under it", "| Version | Changes |\n| --- | --- |\n",
			"Version | Changes", ""},
		{"not a table", "Version and changes\n\nMore text.\n", "Version and changes", ""},
	}
	for _, c := range cases {
		at := strings.Index(c.text, c.row)
		got := headerRowEnd(c.text, Span{Start: at, End: at + len(c.row)})
		switch {
		case c.want == "" && got != -1:
			t.Errorf("%s: end %d (%q), want none", c.name, got, c.text[:got])
		case c.want != "" && (got < 0 || !strings.HasSuffix(c.text[:got], c.want)):
			t.Errorf("%s: end %d, want the end of %q", c.name, got, c.want)
		}
	}
}

// TestIndexColon: the first colon, ASCII or fullwidth, whichever comes first.
func TestIndexColon(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"Access: you may", 6},
		{"アクセス：あなた", 12},
		{"a：b:c", 1},
		{"a:b：c", 1},
		{"no colon", -1},
		{"", -1},
	} {
		if got := indexColon(c.s); got != c.want {
			t.Errorf("indexColon(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}
