package scorer

import (
	"testing"

	"github.com/legible-app/legible"
)

// siteDoc scores text with fixed metrics and a plain sentence split, so the
// site tests depend on the rubric only.
func siteDoc(kind legible.DocKind, text, lang string, words int, minutes float64) DocumentReport {
	ease := 65.0
	a := &Analysis{
		Text:      text,
		Sentences: rubricSplit(text),
		Metrics: Metrics{
			Language: lang, Words: words, Sentences: 10, ReadingMinutes: minutes,
			Readability: Readability{Ease: &ease},
			Clarity:     Clarity{VaguePer1000: 3, Headings: 4},
		},
	}
	return DocumentReport{Kind: kind, URL: "https://example.com/" + string(kind), Report: applyRubric(a, Options{Kind: kind})}
}

const (
	sitePrivacy = "We collect your email address to send you receipts.\n" +
		"We do not sell your personal data.\n" +
		"You can withdraw your consent at any time.\n" +
		"We keep your data as long as necessary.\n" +
		"Last updated: 4 March 2025"
	siteTerms = "We delete your account data 30 days after you close your account.\n" +
		"We collect your precise location.\n" +
		"We encrypt all data with TLS."
)

func findingByLabel(site *SiteReport, label string) (Finding, string, bool) {
	for _, c := range site.Criteria {
		for _, f := range c.Findings {
			if f.Label == label {
				return f, c.ID, true
			}
		}
	}
	return Finding{}, "", false
}

func TestCombineSiteMergesDocuments(t *testing.T) {
	terms := siteDoc(legible.KindTerms, siteTerms, "en", 1200, 6)
	privacy := siteDoc(legible.KindPrivacy, sitePrivacy, "fr", 2000, 9)
	site := CombineSite([]DocumentReport{terms, {Kind: legible.KindCookies}, privacy}, nil)

	if site.RubricVersion != RubricVersion() {
		t.Errorf("rubric version %q", site.RubricVersion)
	}
	if len(site.Documents) != 2 || site.Documents[0].Kind != legible.KindPrivacy {
		t.Fatalf("documents %+v: want privacy first, the report-less cookie policy left out", site.Documents)
	}
	if site.ReadingMinutes != 15 || site.Words != 3200 {
		t.Errorf("reading %.1f min, %d words; want the sums 15 and 3200", site.ReadingMinutes, site.Words)
	}
	if site.Language != "fr" {
		t.Errorf("language %q, want the privacy policy's", site.Language)
	}
	if len(site.Criteria) != 6 {
		t.Fatalf("%d criteria", len(site.Criteria))
	}
	// Evidence from both documents, tagged with its document.
	if f, _, ok := findingByLabel(site, "Says it does not sell personal data"); !ok || f.Document != legible.KindPrivacy {
		t.Errorf("no-sale commitment: %+v, %v", f, ok)
	}
	if f, _, ok := findingByLabel(site, "Encrypts data"); !ok || f.Document != legible.KindTerms || f.Quote == "" {
		t.Errorf("encryption from the terms: %+v, %v", f, ok)
	}
	// What one document lacks but another has is not missing for the site.
	if _, _, ok := findingByLabel(site, "Does not say whether data is encrypted"); ok {
		t.Error("encryption reported missing although the terms describe it")
	}
	// A concrete retention period anywhere cancels "as long as necessary".
	if _, _, ok := findingByLabel(site, "Keeps data 'as long as necessary', with no period"); ok {
		t.Error("vague retention kept although the terms give a period")
	}
	// Reading time is judged on the whole site: 15 minutes is "long".
	if _, _, ok := findingByLabel(site, "Long: about 15 minutes to read"); !ok {
		t.Error("no site reading-time finding for 15 minutes")
	}
	// Sensitive data named in the terms counts against the site.
	if _, id, ok := findingByLabel(site, "Collects sensitive data: precise location"); !ok || id != "limited_collection" {
		t.Errorf("sensitive location from the terms: %v in %q", ok, id)
	}
	total := 0.0
	for _, c := range site.Criteria {
		total += c.Score
		if c.Score < 0 || c.Score > c.Max {
			t.Errorf("%s: %v outside 0..%v", c.ID, c.Score, c.Max)
		}
	}
	if int(total+0.5) != site.Score {
		t.Errorf("criteria add to %.1f, score %d", total, site.Score)
	}
	if n := len(site.TopFindings); n < 3 || n > 5 {
		t.Errorf("%d top findings, want 3 to 5", n)
	}
}

func TestCombineSiteSignals(t *testing.T) {
	privacy := siteDoc(legible.KindPrivacy, sitePrivacy, "en", 2000, 9)
	without := CombineSite([]DocumentReport{privacy}, nil)
	good := CombineSite([]DocumentReport{privacy}, &legible.Signals{HTTPS: true, HSTS: true, SecurityTxt: true, GPC: true})
	plain := CombineSite([]DocumentReport{privacy}, &legible.Signals{})
	score := func(s *SiteReport, id string) float64 {
		for _, c := range s.Criteria {
			if c.ID == id {
				return c.Score
			}
		}
		t.Fatalf("no criterion %s", id)
		return 0
	}
	if score(good, "security") <= score(without, "security") {
		t.Errorf("HTTPS+HSTS and security.txt earned nothing: %v vs %v", score(good, "security"), score(without, "security"))
	}
	if score(good, "choice") <= score(without, "choice") {
		t.Errorf("GPC earned nothing: %v vs %v", score(good, "choice"), score(without, "choice"))
	}
	if good.Score <= plain.Score {
		t.Errorf("site with signals %d, without %d", good.Score, plain.Score)
	}
	if _, _, ok := findingByLabel(plain, "The site is not served over HTTPS"); !ok {
		t.Error("no finding for a site without HTTPS")
	}
	for _, c := range plain.Criteria {
		if c.ID == "security" && len(c.Advice) == 0 {
			t.Error("no security advice for a site without HTTPS or security.txt")
		}
	}
	if good.Signals == nil || !good.Signals.GPC {
		t.Error("signals not kept in the report")
	}
}

func TestCombineSiteEdgeCases(t *testing.T) {
	empty := CombineSite(nil, nil)
	if empty.Score != 0 || len(empty.Documents) != 0 || empty.TopFindings == nil {
		t.Errorf("no documents: %+v", empty)
	}
	short := CombineSite([]DocumentReport{siteDoc(legible.KindPrivacy, goodSiteText, "en", 600, 3)}, nil)
	if short.Grade.Rank() > legible.GradeB.Rank() {
		t.Fatalf("the short good policy grades %s (%d), want A or B", short.Grade, short.Score)
	}
	// The same text, taking 50 minutes to read, is held at C.
	long := CombineSite([]DocumentReport{siteDoc(legible.KindPrivacy, goodSiteText, "en", 12000, 50)}, nil)
	if long.Grade != legible.GradeC {
		t.Errorf("a site that takes 50 minutes to read graded %s (%d), want C", long.Grade, long.Score)
	}
	if _, _, ok := findingByLabel(long, "Grade held at C at most: over 35 minutes to read"); !ok {
		t.Error("no finding explaining the grade cap")
	}
}

// goodSiteText earns most of the rubric's points.
const goodSiteText = "At a glance\n" +
	"We collect your email address to send you receipts.\n" +
	"We do not sell your personal data.\n" +
	"We do not share your personal data with third parties.\n" +
	"We delete your data 30 days after you close your account.\n" +
	"We send newsletters only with your explicit consent.\n" +
	"You can unsubscribe from marketing emails at any time.\n" +
	"In your settings you can choose to receive SMS or push notifications.\n" +
	"You may withdraw your consent at any time.\n" +
	"You have the right to access your personal data.\n" +
	"You can request deletion of your data.\n" +
	"You can download a copy of your data.\n" +
	"To exercise these rights, email privacy@example.com.\n" +
	"You can refuse non-essential cookies in the cookie settings.\n" +
	"We honour Global Privacy Control signals.\n" +
	"All data is encrypted with TLS.\n" +
	"We restrict access to authorised staff.\n" +
	"We are certified to ISO 27001.\n" +
	"We will notify you of a breach within 72 hours.\n" +
	"Our Data Protection Officer can be reached at dpo@example.com.\n" +
	"We will notify you by email before changes to this policy take effect.\n" +
	"Last updated: 3 March 2025"
