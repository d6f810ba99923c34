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
