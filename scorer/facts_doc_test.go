package scorer

import (
	"strings"
	"testing"
)

// TestBareTitle: a paragraph of a few title-case words with no closing
// punctuation is a title that lost its markup; a button's two words, a
// date line, a sentence or a line inside a paragraph are not.
func TestBareTitle(t *testing.T) {
	cases := []titleLine{
		{"Intro.\n\nSharing with Third Parties\n\nWe share data.", "Sharing with Third Parties", true},
		{"Sharing with Third Parties\n\nWe share data.", "Sharing with Third Parties", true},
		{"Intro.\n\nCookie Settings\n\nMore.", "Cookie Settings", false},
		{"Intro.\n\nEffective December Sixteenth 2025\n\nMore.", "Effective December Sixteenth 2025", false},
		{"Intro.\n\nWe Share Information With Others.\n\nMore.", "We Share Information With Others.", false},
		{"Intro.\nSharing with Third Parties\nWe share data.", "Sharing with Third Parties", false},
		{"Intro.\n\nwe share your information with partners\n\nMore.", "we share your information with partners", false},
	}
	checkTitleLines(t, "bareTitle", bareTitle, cases)
}

// TestNumberedTitle: a paragraph of a section number and a few words with
// no closing punctuation is a section title that lost its markup; a
// numbered sentence, a lower-case item, a date or a line inside a
// paragraph is not.
func TestNumberedTitle(t *testing.T) {
	cases := []titleLine{
		{"Intro.\n\n11. Modification de notre politique de confidentialité\n\nLa présente politique change.", "11. Modification de notre politique de confidentialité", true},
		{"2.3 Sharing with service providers\n\nWe share data.", "2.3 Sharing with service providers", true},
		{"Intro.\n\n4. We share your data with our partners.\n\nMore.", "4. We share your data with our partners.", false},
		{"Intro.\n\n4. your name and email address\n\nMore.", "4. your name and email address", false},
		{"Intro.\n\n2024 Privacy\n\nMore.", "2024 Privacy", false},
		{"Intro.\n11. Modification de notre politique\nLa présente politique change.", "11. Modification de notre politique", false},
		{"Intro.\n\n3. Contact\n\nMore.", "3. Contact", false},
	}
	checkTitleLines(t, "numberedTitle", numberedTitle, cases)
}

// titleLine is a case of a test of a title check: the line of text it asks
// about, and whether it is a title.
type titleLine struct {
	text, line string
	want       bool
}

// checkTitleLines runs a title check (bareTitle, numberedTitle) on each
// case's line within its text.
func checkTitleLines(t *testing.T, name string, check func(text string, lineStart, lineEnd int) bool, cases []titleLine) {
	t.Helper()
	for _, c := range cases {
		start := strings.Index(c.text, c.line)
		if got := check(c.text, start, start+len(c.line)); got != c.want {
			t.Errorf("%s(%q in %q) = %v, want %v", name, c.line, c.text, got, c.want)
		}
	}
}

// TestTocLink: an entry of a table of contents (links to places in the page
// and a few words at most) is skipped; prose that links to another section,
// a button's "(#)" link and a link to another page are read.
func TestTocLink(t *testing.T) {
	cases := []struct {
		raw  string
		want bool
	}{
		{"[Your rights](#rights)", true},
		{"* [Sharing](#sharing) and [Cookies](#cookies)", true},
		{"4. [Your rights](#rig", true}, // the sentence ends inside the link
		{"You can opt out of advertising through the Cookie Settings in our [Cookies Policy](#cookies).", false},
		{"Click [Cookie Settings](#) to choose.", false},
		{"[Your rights](https://example.com/rights)", false},
		{"We share data with partners.", false},
	}
	for _, c := range cases {
		if got := tocLink(c.raw); got != c.want {
			t.Errorf("tocLink(%q) = %v, want %v", c.raw, got, c.want)
		}
	}
}

// TestItemLabel: a few words without a subject, auxiliary or modal, ending
// with a full stop, read as a list item's label; a short clause, a long
// phrase, a question and Arabic script do not.
func TestItemLabel(t *testing.T) {
	e, err := loadFacts()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		raw  string
		want bool
	}{
		{"Sale and targeted marketing of our products and Services.", true},
		{"Right to delete your data.", true},
		{"**Delete your content or close your account.**", true},
		{"Droit à l'effacement de vos données.", true},
		{"We never sell data.", false},
		{"Data is not sold.", false},
		{"Nous ne vendons pas vos données.", false},
		{"No automated decision making.", false},
		{"Sharing", false},
		{"Who gets your data?", false},
		{"Sale, rental, trade or transfer of the personal data of our customers and visitors.", false},
		{"حذف بياناتك.", false},
	}
	for _, c := range cases {
		if got := e.itemLabel(c.raw); got != c.want {
			t.Errorf("itemLabel(%q) = %v, want %v", c.raw, got, c.want)
		}
	}
}

// TestOpensWithPronoun: a sentence opening with a plural subject pronoun
// speaks of what the sentence before named; German "Sie" is the reader.
func TestOpensWithPronoun(t *testing.T) {
	for _, c := range []struct {
		raw  string
		want bool
	}{
		{"They record information about your browsing.", true},
		{"Ils enregistrent des informations relatives à la navigation.", true},
		{"Sie können Cookies in Ihrem Browser ablehnen.", false},
		{"Theyre not a pronoun here.", false},
		{"We collect your email address.", false},
	} {
		if got := opensWithPronoun(c.raw); got != c.want {
			t.Errorf("opensWithPronoun(%q) = %v, want %v", c.raw, got, c.want)
		}
	}
}
