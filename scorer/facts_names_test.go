package scorer

import (
	"slices"
	"strings"
	"testing"
)

// TestDefinedNames: the service's own name is read from the parenthesis
// that also calls it "we", and only a capitalised name the lexicons do not
// read and the text never writes in lower case.
func TestDefinedNames(t *testing.T) {
	checkNames(t, "names", func(e *factsEngine, text string) [][]string { return e.definedNames(text) }, []nameCase{
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
	})
}

// nameCase is a text and the names read from it.
type nameCase struct {
	text string
	want [][]string
}

// checkNames checks the names read from each case's text.
func checkNames(t *testing.T, what string, read func(e *factsEngine, text string) [][]string, cases []nameCase) {
	t.Helper()
	e, err := loadFacts()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		if got := read(e, c.text); !slices.EqualFunc(got, c.want, slices.Equal) {
			t.Errorf("%q: %s %q, want %q", c.text, what, got, c.want)
		}
	}
}

// TestTitleName: a policy's title ("Acme Privacy Policy", its first line)
// names its owner, which the reader takes for data coming to the service
// ("partners share information with Acme"); a title that names no one, or
// a word the text also writes in lower case, names nobody.
func TestTitleName(t *testing.T) {
	checkNames(t, "title names", func(e *factsEngine, text string) [][]string { return e.titleName(text) }, []nameCase{
		{"Acme Privacy Policy\n===================\n\nWhen you use our services, you trust us.", [][]string{{"acme"}}},
		{"# Acme Labs Privacy Notice\n\nWe collect data.", [][]string{{"acme", "labs"}}},
		{"\n\n**Acme Privacy Statement**\n\nWe collect data.", [][]string{{"acme"}}},
		{"# Privacy Policy\n\nWe collect data.", nil},
		{"# Our Privacy Policy\n\nWe collect data.", nil},
		{"# Global Privacy Policy\n\nThis global policy applies everywhere.", nil},
		{"# Acme Privacy Policy for Kids\n\nWe collect data.", nil},
		{"Welcome!\n\n# Acme Privacy Policy\n\nWe collect data.", nil},
		// Letters whose lower case is longer or shorter in bytes (the
		// Kelvin sign, a dotted capital I) and a title cut inside a letter
		// are read without error.
		{"# \u212aelvin Privacy Policy\n\nWe collect data.", [][]string{{"kelvin"}}},
		{"# \u0130zmir Privacy Policy\n\nWe collect data.", [][]string{{"izmir"}}},
		{strings.Repeat("\u00e9", 250) + " Privacy Policy", nil},
	})
	// Data that partners share "with Acme" comes to the service: it is
	// collected from others, not shared with them.
	policy := "Acme Privacy Policy\n===================\n\nWhen you use our services, you trust us with your information.\n\nPartners may share information about your activity with Acme.\n"
	if p := answerOf(t, policy, "third-party-collection"); p.Answer != "yes" {
		t.Errorf("third-party-collection %s, want yes", p.Answer)
	}
	if p := answerOf(t, policy, "third-party-access"); p.Answer != AnswerUnknown {
		t.Errorf("third-party-access %s, want unknown", p.Answer)
	}
}
