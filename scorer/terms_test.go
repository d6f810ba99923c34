package scorer

import (
	"strings"
	"testing"
)

// termsAnswers reads text as a terms of service and returns each practice's
// answer, checking on the way that every quote is the text it points at.
func termsAnswers(t *testing.T, text, lang string) (map[string]string, termsResult) {
	t.Helper()
	a, err := Analyze(text, Options{Language: lang})
	if err != nil {
		t.Fatalf("Analyze(%q): %v", text, err)
	}
	res := mustReadTerms(t, a)
	checkTermsQuotes(t, a.Text, res)
	got := map[string]string{}
	for _, p := range res.Practices {
		got[p.ID] = p.Answer
	}
	return got, res
}

// checkTermsQuotes fails unless every finding and evidence quote is exactly
// text[Start:End].
func checkTermsQuotes(t *testing.T, text string, res termsResult) {
	t.Helper()
	for _, c := range res.Criteria {
		for _, f := range c.Findings {
			if _, advice := termsText(f.ID, "en"); f.Advice != advice {
				t.Errorf("%s: advice %q, want %q", f.ID, f.Advice, advice)
			}
			if f.Kind == Missing {
				if f.Quote != "" {
					t.Errorf("%s: missing finding with a quote", f.ID)
				}
				continue
			}
			if f.Start < 0 || f.End > len(text) || f.Start >= f.End || cleanQuote(text[f.Start:f.End]) != f.Quote {
				t.Errorf("%s: quote %q is not the cleaned text[%d:%d]", f.ID, f.Quote, f.Start, f.End)
			}
		}
	}
	for _, p := range res.Practices {
		for _, e := range p.Evidence {
			if e.Start < 0 || e.End > len(text) || e.Start >= e.End || cleanQuote(text[e.Start:e.End]) != e.Quote {
				t.Errorf("%s: evidence %q is not text[%d:%d]", p.ID, e.Quote, e.Start, e.End)
			}
		}
	}
}

// TestTermsSentences reads one sentence at a time and checks the answer it
// gives, in English, French and Arabic, with negated and excepted forms.
func TestTermsSentences(t *testing.T) {
	cases := []struct {
		lang, practice, want, text string
	}{
		// Changes to the terms.
		{"en", "terms_changes", "no_notice", "We may change these terms at any time."},
		{"en", "terms_changes", "no_notice", "We reserve the right to modify these Terms without prior notice."},
		{"en", "terms_changes", "notice", "We may not change these terms without giving you 30 days' notice."},
		{"en", "terms_changes", "notice", "We will notify you by email at least 30 days before changes to these Terms take effect."},
		{"en", "terms_changes", "notice", "If we make material changes, we will tell you in advance through the app."},
		{"en", "terms_changes", "no_notice", "We will not notify you before we change these terms."},
		{"en", "terms_changes", "check_page", "Please review this page periodically for changes to the terms."},
		{"en", "terms_changes", "check_page", "Your continued use of the service after we update the terms means that you accept them."},
		{"en", "terms_changes", "unknown", "You may not change or remove any copyright notice from the content."},
		{"en", "terms_changes", "unknown", "\"Terms\" means these terms, which we may change at any time."},
		{"en", "terms_changes", "unknown", "For example, a service might say that it may change these terms at any time."},
		{"en", "terms_termination", "for_cause", "We may suspend your account if you breach these terms, for example by sending spam."},
		{"fr", "terms_termination", "unknown", "Par exemple, un site peut suspendre votre compte à tout moment et sans motif."},
		{"en", "terms_termination", "unknown", "If you later deactivate that phone number, you must update your account information."},
		{"en", "terms_termination", "for_cause", "If payment cannot be charged for any reason, or if you materially breach these terms, we may suspend or terminate your account."},
		{"en", "terms_termination", "at_will", "Midjourney reserves the right to suspend or ban your access to the services at any time, and for any reason."},
		{"en", "terms_termination", "unknown", "All claims that for whatever reason are not submitted to arbitration will be litigated exclusively in the courts of Texas."},
		{"fr", "terms_changes", "no_notice", "Nous pouvons modifier ces conditions à tout moment."},
		{"fr", "terms_changes", "no_notice", "L'éditeur se réserve le droit de modifier les présentes CGU sans préavis."},
		{"fr", "terms_changes", "notice", "Nous ne modifierons pas ces conditions sans préavis."},
		{"fr", "terms_changes", "notice", "Nous vous informerons par courriel trente jours avant l'entrée en vigueur de toute modification des présentes conditions."},
		{"fr", "terms_changes", "check_page", "Nous vous invitons à consulter régulièrement cette page pour prendre connaissance des mises à jour."},
		{"ar", "terms_changes", "no_notice", "يحق لنا تعديل هذه الشروط في أي وقت دون إشعار."},
		{"ar", "terms_changes", "notice", "لن نقوم بتعديل هذه الشروط دون إشعار مسبق لك."},
		{"ar", "terms_changes", "notice", "سنخطرك قبل ثلاثين يوما من سريان أي تعديل على هذه الشروط."},

		// Termination and suspension.
		{"en", "terms_termination", "at_will", "We may suspend or terminate your account at any time, for any reason or no reason."},
		{"en", "terms_termination", "at_will", "We may terminate your account at any time, for any reason, including if you violate these terms."},
		{"en", "terms_termination", "for_cause", "We may suspend your account if you breach these terms or use the service to commit fraud."},
		{"en", "terms_termination", "for_cause", "We will not terminate your account except for a serious breach of these terms."},
		{"en", "terms_termination", "for_cause", "We will not terminate your account without cause."},
		{"en", "terms_termination", "unknown", "You may close your account at any time from the settings page."},
		{"en", "terms_termination", "unknown", "If you pay by card, your subscription will renew automatically if you do not cancel it before the end of the term."},
		{"en", "terms_termination", "unknown", "Appeals are explained in our Help Center (https://help.example.com/suspended-accounts#violations) for everyone."},
		{"fr", "terms_termination", "at_will", "Nous pouvons suspendre votre compte à tout moment et sans motif."},
		{"fr", "terms_termination", "at_will", "Nous pouvons suspendre ou résilier votre compte, ou cesser de vous fournir tout ou partie des Services, à tout moment, pour un quelconque motif ou sans motif, notamment si vous avez violé les présentes Conditions."},
		{"fr", "terms_termination", "unknown", "Si vous avez associé votre numéro à votre compte et que vous désactiviez ensuite ce numéro, vous devrez mettre à jour votre compte."},
		{"fr", "terms_termination", "for_cause", "En cas de manquement aux présentes conditions, nous pouvons suspendre votre compte."},
		{"fr", "terms_termination", "unknown", "Vous pouvez fermer votre compte à tout moment depuis votre profil."},
		{"ar", "terms_termination", "at_will", "يحق لنا إنهاء حسابك في أي وقت ولأي سبب دون إشعار."},
		{"ar", "terms_termination", "for_cause", "يجوز لنا تعليق حسابك في حال مخالفتك لهذه الشروط."},
		{"ar", "terms_termination", "unknown", "يمكنك إغلاق حسابك في أي وقت من صفحة الإعدادات."},

		{"ar", "terms_termination", "for_cause", "لن نقوم بإنهاء حسابك إلا في حال مخالفتك الجسيمة لهذه الشروط."},
		{"fr", "terms_termination", "for_cause", "Nous ne résilierons votre compte qu'en cas de manquement grave aux présentes conditions."},

		// Arbitration.
		{"en", "terms_arbitration", "binding", "Any dispute between you and us will be resolved by binding individual arbitration."},
		{"en", "terms_arbitration", "opt_out", "You may opt out of this arbitration agreement by writing to us within 30 days."},
		{"en", "terms_arbitration", "none", "These terms do not require you to arbitrate any dispute with us."},
		{"fr", "terms_arbitration", "binding", "Tout litige sera tranché définitivement par voie d'arbitrage."},
		{"ar", "terms_arbitration", "binding", "تتم تسوية أي نزاع عن طريق التحكيم الملزم."},
		{"ar", "terms_arbitration", "none", "لا نلجأ إلى التحكيم في أي نزاع مع المستهلكين."},

		{"ar", "terms_arbitration", "none", "لا تخضع النزاعات بينك وبيننا للتحكيم الملزم."},
		{"en", "terms_arbitration", "none", "Disputes between you and us will not be resolved by arbitration."},
		{"en", "terms_arbitration", "binding", "You may not bring a claim in court, except through binding arbitration."},

		// Class-action waiver.
		{"en", "terms_class_waiver", "waiver", "You waive any right to participate in a class action lawsuit against us."},
		{"en", "terms_class_waiver", "waiver", "Claims may be brought only on an individual basis and not as a plaintiff in any class action."},
		{"en", "terms_class_waiver", "none", "Nothing in these terms affects your rights as a consumer under the law of your country."},
		{"fr", "terms_class_waiver", "waiver", "Vous renoncez à participer à toute action de groupe contre nous."},
		{"ar", "terms_class_waiver", "waiver", "أنت تتنازل عن حقك في رفع دعوى جماعية ضدنا."},

		// Jurisdiction.
		{"en", "terms_jurisdiction", "distant", "You agree to the exclusive jurisdiction of the courts located in Santa Clara County, California."},
		{"en", "terms_jurisdiction", "home", "If you are a consumer, you may bring proceedings in the courts of the country where you live."},
		{"en", "terms_jurisdiction", "unknown", "We may disclose information when ordered by a court of competent jurisdiction."},
		{"en", "terms_jurisdiction", "unknown", "We may bring any claim against you in any competent court in the country in which you reside."},
		{"fr", "terms_jurisdiction", "distant", "Tout litige relève de la compétence exclusive des tribunaux de Paris."},
		{"fr", "terms_jurisdiction", "distant", "Tout litige sera soumis aux tribunaux français, quel que soit le lieu de résidence de l'Internaute."},
		{"en", "terms_jurisdiction", "distant", "No matter where you live, all claims will be brought exclusively in the courts of New York."},
		{"fr", "terms_jurisdiction", "home", "Le consommateur peut saisir le tribunal du lieu où il demeurait au moment de la conclusion du contrat."},
		{"ar", "terms_jurisdiction", "distant", "تختص محاكم دبي حصريا بالنظر في أي نزاع ينشأ عن هذه الشروط."},
		{"ar", "terms_jurisdiction", "home", "يحق لك رفع دعواك أمام المحاكم في بلد إقامتك."},

		// Governing law.
		{"en", "terms_governing_law", "chosen", "These Terms are governed by the laws of the State of California."},
		{"en", "terms_governing_law", "chosen", "California law will govern these Terms except for its conflicts of laws principles."},
		{"en", "terms_governing_law", "unknown", "You may use the service only if you are not barred from it under the laws of your country."},
		{"en", "terms_governing_law", "home", "This choice of law does not deprive you of the protection of the mandatory law of your country of residence."},
		{"fr", "terms_governing_law", "chosen", "Les présentes conditions sont soumises au droit français."},
		{"ar", "terms_governing_law", "chosen", "تخضع هذه الشروط لقوانين دولة الإمارات العربية المتحدة."},

		// Licence to users' content.
		{"en", "terms_content", "broad", "You grant us a worldwide, non-exclusive, royalty-free, sublicensable licence to use, copy and distribute your content."},
		{"en", "terms_content", "broad", "By posting content, you grant us a perpetual and irrevocable license to use it."},
		{"en", "terms_content", "limited", "You grant us a license to host and display your content solely for the purpose of operating the service."},
		{"en", "terms_content", "unknown", "We grant you a limited, non-exclusive, worldwide, non-transferable licence to use the app."},
		{"en", "terms_content", "unknown", "If you send us feedback, you grant us a perpetual, irrevocable license to use it."},
		{"fr", "terms_content", "broad", "Vous nous concédez une licence mondiale, gratuite et cessible sur vos contenus."},
		{"fr", "terms_content", "limited", "Vous nous concédez une licence sur vos contenus aux seules fins de fournir le service."},
		{"ar", "terms_content", "broad", "أنت تمنحنا ترخيصا دائما وغير قابل للإلغاء لاستخدام المحتوى الذي تنشره."},
		{"ar", "terms_content", "limited", "أنت تمنحنا ترخيصا لاستضافة محتواك فقط لغرض تقديم الخدمة."},

		// Liability.
		{"en", "terms_liability", "total", "In no event shall we be liable for any damages arising from your use of the service."},
		{"en", "terms_liability", "total", "To the maximum extent permitted by law, our total liability shall not exceed one hundred dollars, unless prohibited by law."},
		{"en", "terms_liability", "lawful", "Nothing in these terms excludes or limits our liability for death or personal injury caused by our negligence, or for fraud."},
		{"en", "terms_liability", "lawful", "We are liable without limitation for intent and gross negligence."},
		{"en", "terms_liability", "unknown", "You are solely responsible for any damages you cause to third parties."},
		{"en", "terms_liability", "unknown", "The foregoing release does not apply to claims for personal injury or death caused by our fraud, and our liability is set out below."},
		{"en", "terms_liability", "unknown", "You will bear full responsibility for losses caused by the leakage of your password, except where caused by our gross negligence."},
		{"fr", "terms_liability", "unknown", "Le contenu fourni par un des utilisateurs ne peut en aucun cas engager notre responsabilité."},
		{"en", "terms_liability", "unknown", "We will not be liable for any acts or omissions by you, including any damages of any kind."},
		{"en", "terms_liability", "unknown", "We do not exclude or limit in any way our liability to you where it would be unlawful to do so."},
		{"en", "terms_liability", "unknown", "The foregoing does not apply to liability arising from fraud or any other liability that cannot be limited by law."},
		{"en", "terms_liability", "unknown", "This closure is without prejudice to any damages which may be claimed by us from you for a breach of these terms."},
		{"en", "terms_liability", "unknown", "We are not responsible for the content of third-party websites linked from the service."},
		{"fr", "terms_liability", "total", "En aucun cas notre responsabilité ne pourra être engagée pour quelque dommage que ce soit."},
		{"fr", "terms_liability", "lawful", "Ces limitations ne s'appliquent pas en cas de faute lourde ou de dommage corporel engageant notre responsabilité."},
		{"ar", "terms_liability", "total", "لن نكون مسؤولين بأي حال من الأحوال عن أي أضرار تنشأ عن استخدامك للخدمة."},
		{"ar", "terms_liability", "lawful", "لا تنطبق حدود المسؤولية هذه في حالات الإهمال الجسيم أو الغش."},

		{"ar", "terms_liability", "total", "إلى أقصى حد يسمح به القانون، لن نكون مسؤولين عن أي أضرار غير مباشرة تنشأ عن استخدامك للخدمة."},
		{"fr", "terms_liability", "total", "Sauf disposition légale contraire, notre responsabilité totale ne pourra excéder le montant payé au cours des douze derniers mois."},

		// Automatic renewal.
		{"en", "terms_renewal", "auto", "Your subscription renews automatically at the end of each billing period."},
		{"en", "terms_renewal", "auto_reminder", "We will send you a reminder seven days before your subscription renews."},
		{"en", "terms_renewal", "none", "Your subscription does not renew automatically at the end of the year."},
		{"fr", "terms_renewal", "auto", "L'abonnement est renouvelé par tacite reconduction pour une durée d'un an."},
		{"fr", "terms_renewal", "none", "L'abonnement ne sera pas reconduit tacitement à son terme."},
		{"fr", "terms_renewal", "none", "Le professionnel peut interrompre sa souscription au plus tard sept jours avant le renouvellement annuel de l'abonnement."},
		{"fr", "terms_renewal", "auto_reminder", "Nous vous informerons par courriel un mois avant le renouvellement de votre abonnement."},
		{"ar", "terms_renewal", "auto", "يتجدد اشتراكك تلقائيا في نهاية كل شهر."},
		{"ar", "terms_renewal", "none", "لا يتجدد اشتراكك تلقائيا في نهاية المدة."},

		{"ar", "terms_renewal", "auto_reminder", "يتجدد الاشتراك تلقائيا وسنرسل لك تذكيرا قبل سبعة أيام من التجديد."},

		// Contract by using.
		{"en", "terms_use", "yes", "By using the service, you agree to be bound by these terms."},
		{"en", "terms_use", "none", "You accept these terms when you tick the box at sign-up."},
		{"fr", "terms_use", "yes", "L'utilisation du site implique l'acceptation pleine et entière des présentes conditions."},
		{"ar", "terms_use", "yes", "باستخدامك لهذه الخدمة فإنك توافق على هذه الشروط."},
		{"en", "terms_use", "yes", "By using the service you agree to these terms, unless prohibited by law."},
	}
	for _, c := range cases {
		t.Run(c.lang+"/"+c.practice+"/"+c.want, func(t *testing.T) {
			got, _ := termsAnswers(t, c.text, c.lang)
			if got[c.practice] != c.want {
				t.Errorf("%q: %s = %q, want %q", c.text, c.practice, got[c.practice], c.want)
			}
		})
	}
}

// TestTermsEvidencePrefersFirstRule: an answer is quoted from its first rule
// that fires, not from whichever sentence comes first.
func TestTermsEvidencePrefersFirstRule(t *testing.T) {
	text := "In no event will we be liable for any incidental damages arising from a meet-up in real life.\n\n" +
		"We are not liable for any indirect or consequential damages.\n\n" +
		"Our aggregate liability shall not exceed the amount you paid us in the last twelve months."
	got, res := termsAnswers(t, text, "en")
	if got["terms_liability"] != "total" {
		t.Fatalf("terms_liability = %q, want total", got["terms_liability"])
	}
	for _, p := range res.Practices {
		if p.ID == "terms_liability" && !strings.HasPrefix(p.Evidence[0].Quote, "Our aggregate liability") {
			t.Errorf("quoted %q, want the liability cap", p.Evidence[0].Quote)
		}
	}
}

// TestTermsSavingClauseKeepsExclusion: "unless prohibited by law" and its
// kin leave a liability cap in force.
func TestTermsSavingClauseKeepsExclusion(t *testing.T) {
	text := "Our aggregate liability shall not exceed one hundred dollars.\n\n" +
		"The limitations of this section will not apply to any liability that cannot be excluded or limited by law."
	if got, _ := termsAnswers(t, text, "en"); got["terms_liability"] != "total" {
		t.Errorf("terms_liability = %q, want total", got["terms_liability"])
	}
}

// TestTermsText checks that every id the engine can emit has a label in the
// five languages, and advice wherever an answer costs points.
func TestTermsText(t *testing.T) {
	b, err := loadTerms()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range b.data.Practices {
		for _, lang := range []string{"en", "ar", "fr", "de", "es"} {
			if q, _ := termsText(p.ID, lang); q == "" || lang != "en" && q == b.data.Text[p.ID]["en"].Label {
				t.Errorf("%s: no question in %s", p.ID, lang)
			}
			for _, a := range p.Answers {
				id := termsAnswerID(p.ID, a.ID)
				label, advice := termsText(id, lang)
				if label == "" || lang != "en" && label == b.data.Text[id]["en"].Label {
					t.Errorf("%s: no label in %s", id, lang)
				}
				if a.Kind != Good && a.Score < maxAnswer(p) && advice == "" {
					t.Errorf("%s: an answer that costs points has no advice in %s", id, lang)
				}
			}
		}
	}
	for _, c := range b.data.Criteria {
		for _, lang := range []string{"en", "ar", "fr", "de", "es"} {
			if b.data.Text[c.ID][lang].Name == "" {
				t.Errorf("criterion %s: no name in %s", c.ID, lang)
			}
		}
	}
	for _, lang := range []string{"ar", "fr"} {
		if l, a := termsText(notReadID, lang); l == "" || a == "" {
			t.Errorf("%s: no text in %s", notReadID, lang)
		}
	}
	if l, a := termsText("no_such_id", "fr"); l != "" || a != "" {
		t.Errorf("unknown id: %q, %q", l, a)
	}
	if l, _ := termsText("terms_use_yes", "xx"); l != b.data.Text["terms_use_yes"]["en"].Label {
		t.Errorf("unknown language does not fall back to English: %q", l)
	}
	if !strings.HasPrefix(TermsVersion(), "20") {
		t.Errorf("TermsVersion() = %q", TermsVersion())
	}
}

func maxAnswer(p termsPracticeSpec) float64 {
	m := 0.0
	for _, a := range p.Answers {
		if a.Score > m {
			m = a.Score
		}
	}
	return m
}

// mustReadTerms reads a text's terms, failing the test when the rules cannot load.
func mustReadTerms(tb testing.TB, a *Analysis) termsResult {
	tb.Helper()
	res, err := readTerms(a)
	if err != nil {
		tb.Fatal(err)
	}
	return res
}
