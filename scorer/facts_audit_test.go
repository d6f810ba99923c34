package scorer

import "testing"

// TestFactsAuditRegressions: the kinds of wrong answer a hand audit of
// findings on real policies found, each in sentences of our own writing. A
// "not" answer means the question must not take that answer (unknown or
// another one is right).
func TestFactsAuditRegressions(t *testing.T) {
	cases := []struct {
		text, question, want, not string
	}{
		// Browser settings are not the site's own cookie choices.
		{"You can set your browser to refuse all cookies or to alert you when cookies are being sent.", "cookie-choices", "", "settings"},
		{"يمكنك ضبط متصفحك لرفض جميع ملفات تعريف الارتباط.", "cookie-choices", "", "settings"},
		{"Vous pouvez configurer votre navigateur pour refuser les cookies.", "cookie-choices", "", "settings"},
		{"You can change your cookie preferences at any time in our Cookie Settings.", "cookie-choices", "settings", ""},
		// A promise about a subset (children) is not the service's rule.
		{"We do not sell the personal information of users under 13.", "sells-data", "", "no"},
		{"We do not sell or share the personal information of known minors under 16.", "sells-data", "", "no"},
		{"لا نبيع المعلومات الشخصية للمستخدمين الذين تقل أعمارهم عن 13 عامًا.", "sells-data", "", "no"},
		{"We do not sell your personal information.", "sells-data", "no", ""},
		// The company, by its own name, selling: yes.
		{"The Company may sell, rent or lease your personal information to third parties, including data brokers.", "sells-data", "yes", ""},
		// A negation in another clause does not deny the sale.
		{"The Company may sell aggregated information for any purpose, and such information shall not be considered personal information.", "sells-data", "", "no"},
		// A French commitment not to pass data on is not sharing.
		{"La société s'engage à ne pas transmettre vos données à ses partenaires commerciaux sans votre consentement.", "third-party-access", "", "yes-unspecified"},
		// Arabic: a negation joined to "and" (ولا) still denies; "Do Not
		// Track" (عدم التتبع) is a name, not a negation.
		{"ولا نشارك بياناتك مع المعلنين.", "third-party-access", "", "yes-unspecified"},
		{"نحترم إشارة التحكم العالمي في الخصوصية gpc وعدم التتبع.", "gpc", "yes", ""},
		// ... but only in its own clause: a joined negation after a comma
		// starts a clause of its own.
		{"قد تقوم الشركة ببيع بياناتك الشخصية إلى أطراف ثالثة، ولا تلتزم الشركة بإخطارك بأي عملية بيع.", "sells-data", "yes", ""},
		{"قد تقوم الشركة ببيع بياناتك الشخصية إلى أطراف ثالثة، ولا تلتزم الشركة بإخطارك بأي عملية بيع.", "third-party-access", "", "no"},
		{"We honour Global Privacy Control and Do Not Track signals.", "gpc", "yes", ""},
		// Having no obligation to tell you of a sale denies no sale.
		{"The Company may sell your personal information to data brokers, and the Company shall have no obligation to notify you of any such sale.", "sells-data", "yes", ""},
		// Reviewing one's own measures is not an audit.
		{"We regularly review our security measures to keep your data safe.", "security", "", "yes-audits"},
		// A link to earlier versions is a history.
		{"You can read the earlier versions of this policy here.", "history", "yes", ""},
		// A promise to tell users of a breach, however soft.
		{"We will endeavor to provide notice to you of any security systems breach.", "data-breaches", "eventually", ""},
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
