package scorer

import (
	"slices"
	"testing"
)

// TestDefinedNames: the service's own name is read from the parenthesis
// that also calls it "we", and only a capitalised name the lexicons do not
// read and the text never writes in lower case.
func TestDefinedNames(t *testing.T) {
	e, err := loadFacts()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		want [][]string
	}{
		{`Acme Labs Inc. ("Acme", "we", "us") runs this app.`, [][]string{{"acme"}}},
		{"Perplexity AI, Inc. and its affiliates (collectively, “Perplexity,” “we,” “us,” or “our”) collect data.", [][]string{{"perplexity"}}},
		{"Stack Exchange, Inc. (“Stack Overflow”, “we”) runs the site.", [][]string{{"stack", "overflow"}}},
		{"La société Acme SAS (« Acme », « nous ») édite le site.", [][]string{{"acme"}}},
		// An address is no lower-case use of the name.
		{`Acme Labs Inc. ("Acme", "we") runs www.acme.com; write to privacy@acme.com.`, [][]string{{"acme"}}},
		// Not names: a pronoun, a word the lexicons read, a common word.
		{`HER Inc. ("HER", "we") runs this app.`, nil},
		{`Acme Labs Inc. ("the Company", "we") runs this app.`, nil},
		{`Guardian Media ("Guardian", "we") asks a parent or guardian to consent.`, nil},
		// No definition of "we", or one that names nobody.
		{`Acme Labs Inc. ("Acme") runs this app (see below).`, nil},
		{`Acme Labs Inc. ("we", "us") runs this app.`, nil},
	}
	for _, c := range cases {
		got := e.definedNames(c.text)
		if !slices.EqualFunc(got, c.want, slices.Equal) {
			t.Errorf("%q: names %q, want %q", c.text, got, c.want)
		}
	}
}

// TestDefinedNameReading: a defined name is the service: what it does is
// the service's practice, and data shared "with" it comes to the service.
// Without the definition the name is nobody in particular. (The denial and
// the opt-out right hold with or without the name read; they guard what
// reading it must not change.)
func TestDefinedNameReading(t *testing.T) {
	const def = `Acme Labs Inc. ("Acme", "we", "us") runs this app. `
	cases := []struct {
		text, question, want, not string
	}{
		{def + "Acme does not use your data for targeted advertising.", "behavioral-marketing", "no", ""},
		{def + "Our partners share information about you with Acme.", "third-party-collection", "yes", ""},
		{def + "Our partners share information about you with Acme.", "third-party-access", "", "yes-unspecified"},
		{"Our partners share information about you with Acme.", "third-party-collection", "", "yes"},
		// "You may direct Acme, that may sell …, not to sell": an opt-out
		// right, not a sale.
		{def + "You may direct Acme, that may sell or share your personal information to third parties, not to sell or share it.", "sells-data", "", "yes"},
	}
	for _, c := range cases {
		got := answerOf(t, c.text, c.question).Answer
		if c.want != "" && got != c.want {
			t.Errorf("%s in %q: %s, want %s", c.question, c.text, got, c.want)
		}
		if c.not != "" && got == c.not {
			t.Errorf("%s in %q: %s, which the text does not say", c.question, c.text, got)
		}
	}
}
