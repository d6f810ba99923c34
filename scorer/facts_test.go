package scorer

import (
	"strings"
	"testing"
)

// signalsOf reads a text and returns the signals it raises.
func signalsOf(t *testing.T, text string) map[string]bool {
	t.Helper()
	e, err := loadFacts()
	if err != nil {
		t.Fatal(err)
	}
	a, err := Analyze(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	df := e.readDocument(a.Text, a.Sentences)
	out := map[string]bool{}
	for si, name := range e.sigNames {
		if len(df.hits[si]) > 0 {
			out[name] = true
		}
	}
	return out
}

// answerOf scores a text and returns its answer to one question.
func answerOf(t *testing.T, text, question string) Practice {
	t.Helper()
	return answerIn(t, text, "", question)
}

// answerIn scores text in the given language and returns the answer to
// question.
func answerIn(t *testing.T, text, lang, question string) Practice {
	t.Helper()
	rep, err := Score(text, Options{Language: lang})
	if err != nil {
		t.Fatal(err)
	}
	return practiceOf(rep.Practices, question)
}

// TestFactsNotRaised: sentences about others, negated, conditional,
// hypothetical, defined or in another word sense raise no practice.
func TestFactsNotRaised(t *testing.T) {
	cases := []struct {
		name, text string
		signals    []string
	}{
		{"others profile people", "Other companies track your data across websites to create detailed profiles about you.",
			[]string{"targeted-ads", "collects", "shares-third-parties", "shares-noncritical"}},
		{"other search engines", "On most other search engines, your searches are stored with your IP address and shared with advertisers.",
			[]string{"collects", "shares-third-parties", "shares-noncritical"}},
		{"partners share with us", "Our partners share information about your activity on their sites with us.",
			[]string{"shares-third-parties", "shares-noncritical"}},
		{"negation after the verb", "IP addresses are not sent to our servers and are never logged.", []string{"collects"}},
		{"never log", "The app lets you shield your precise location from us, and we never log it to disk.", []string{"collects"}},
		{"cookie definition", "Cookies are small text files containing a string of characters that are sent to your browser.", []string{"collects"}},
		{"cookie definition in French", "Les cookies sont de petits fichiers texte envoyés à votre navigateur.", []string{"collects"}},
		{"no automated decisions under its heading", "## Automated decision making\n\nNo automated decision making or profiling takes place.",
			[]string{"targeted-ads"}},
		{"breach of terms", "You must not breach or circumvent any security measure. We may close your account for breaches of our terms, and we will notify you.",
			[]string{"breach-notice", "breach-72"}},
		{"product named selling", "We publish the Marketplace Selling Index, which ranks sellers using data about their listings.",
			[]string{"sells-data"}},
		{"merger clause", "If we are involved in a merger, acquisition or sale of assets, your personal data may be sold or transferred as part of that transaction.",
			[]string{"sells-data"}},
		{"do not sell link", "Use the Do Not Sell My Personal Information link to exercise your rights.", []string{"sells-data"}},
		{"others sell", "Data brokers sell personal data about millions of people.", []string{"sells-data"}},
		{"except is no denial", "We do not share your personal data with third parties except in accordance with this Privacy Policy.",
			[]string{"no-sharing"}},
		{"definition", "\"Personal Data\" means any information that we collect and share with our partners.",
			[]string{"collects", "shares-noncritical", "shares-third-parties"}},
		{"definitions section", "## Definitions\n\nSensitive data: data about health, religion or sexual orientation that we collect and share with partners.",
			[]string{"collects", "shares-noncritical"}},
		{"lettered bold definitions heading", "**C. Definitions**\n\n| **FedRAMP** | A program providing a standardized approach to security assessment of cloud products. |",
			[]string{"security", "security-audits"}},
		{"bold letter before a bold definitions heading", "**A.** **Definitions**\n\n| **FedRAMP** | A program providing a standardized approach to security assessment of cloud products. |",
			[]string{"security", "security-audits"}},
		{"a lettered heading ends the section before it", "**I.Changes to this policy**\n\n**C. Sharing of personal information**\n\nWe share data with providers, and we will inform you when we collect it.",
			[]string{"change-notice", "change-notice-posted"}},
		{"numbered bold definitions heading", "**1\\. Definitions**\n\n| **FedRAMP** | A program providing a standardized approach to security assessment of cloud products. |",
			[]string{"security", "security-audits"}},
		{"conditional preference", "If you would rather we did not show you personalised ads, turn them off in settings.",
			[]string{"no-targeted-ads"}},
		{"train algorithms", "We use your posts to train our algorithms and machine learning models.", []string{"security-audits"}},
		{"question heading", "How do we share your information with advertisers?", []string{"shares-noncritical"}},
		{"the reader sells", "We collect information about you when you sell used books on our marketplace.", []string{"sells-data"}},
		{"business sale", "Should we sell all or part of our business, the buyer may receive your information.", []string{"sells-data"}},
		{"relative clause negation", "We use remarketing to reach shoppers who haven't finished checking out.", []string{"no-targeted-ads"}},
		{"gpc tells others not to sell", "The browser provides Global Privacy Control, which tells websites not to sell or share your data.", []string{"gpc-ignored"}},
		{"notice as a verb", "You might notice changes in how the app looks after you adjust your settings.", []string{"change-notice"}},
		{"requests are no request", "System logs of DNS requests are deleted within 24 hours.", []string{"delete-on-request", "delete-self-serve"}},
		{"de nl non-personal", "Wir geben begrenzte, nicht personenbezogene Daten wie den Gerätetyp an Werbepartner weiter.", []string{"no-targeted-ads", "does-not-sell"}},
		{"fr dont is no negation", "Pour comprendre la manière dont nous choisissons les publicités, ouvrez vos paramètres.", []string{"no-targeted-ads"}},
		{"fr kinds of third parties", "Voici les catégories de tiers avec lesquels nous partageons des données.", []string{"collects-from-others"}},
		{"fr your data changes", "Nous tenons à vous informer que la modification de vos données peut avoir des conséquences.", []string{"change-notice"}},
		{"aggregated sharing", "We share aggregated statistics about page views with our advertising partners.", []string{"shares-noncritical", "shares-third-parties"}},
		{"rights are no sharing", "You have the right to know which third parties we share your data with.", []string{"shares-third-parties"}},
		{"provider's certification", "Payments go through a PCI-DSS certified payment provider.", []string{"security-independent"}},
		{"a law's date", "We comply with the French data protection act of 6 January 1978, as amended, and the GDPR of 27 April 2016, and any other law that applies to the processing of your personal data by our services.", []string{"last-updated"}},
		{"gpc opt-out of sales", "Le signal GPC vaut pour nous demande d'opt-out de la vente de vos données.", []string{"sells-data"}},
		{"opt out of sale", "You can opt out of the sale of your personal information at any time.", []string{"sells-data"}},
		{"standard without audit", "We follow the PCI DSS standards when we process card data.", []string{"security-independent"}},
		{"merger is no law", "In a merger or change of ownership, your data may be transferred to the new owner as required by law.", []string{"law-enforcement"}},
		{"contextual ads", "If you look up bicycles, we'll show you ads about bicycles.", []string{"targeted-ads"}},
		{"feature changes", "We may also use your e-mail address to send you other messages, such as newsletters and changes to features.", []string{"change-notice"}},
		{"anonymous sharing", "We share anonymous information with service providers for security purposes.", []string{"shares-providers"}},
		{"ar requests deleted", "تُحذف سجلات الخادم الخاصة بطلبات البحث خلال 24 ساعة.", []string{"delete-on-request"}},
		// Arabic.
		{"ar others profile people", "الشركات الأخرى تتبع بياناتك عبر المواقع لإنشاء ملفات تعريف مفصلة عنك.", []string{"targeted-ads", "shares-third-parties"}},
		{"ar except is no denial", "لا نشارك بياناتك الشخصية مع أطراف ثالثة إلا وفقًا لسياسة الخصوصية هذه.", []string{"no-sharing"}},
		{"ar internship", "نوفر برامج تدريب للطلاب في مكاتبنا.", []string{"security-audits", "collects"}},
		// French.
		{"fr except is no denial", "Nous ne partageons pas vos données personnelles avec des tiers, sauf avec nos prestataires.", []string{"no-sharing"}},
		{"fr others", "Les autres entreprises suivent vos données pour créer des profils publicitaires.", []string{"shares-third-parties", "targeted-ads"}},
		{"fr education", "Indiquez votre formation et votre parcours professionnel.", []string{"security-audits"}},
		{"fr controller named", "La liste des responsables du traitement des données est disponible ici ; leurs coordonnées sont disponibles dans la section Nous contacter.", []string{"collects"}},
		{"fr controller of the app", "Acme Santé est responsable de traitement dans le cadre de l’utilisation de l’application et de vos coordonnées.", []string{"collects"}},
		{"shares as a noun", "If you log in or otherwise link an existing social media account, we will have access to certain information from that service, such as your name, profile information, likes, shares, posts, etc., in accordance with the authorization procedures of the social media service you use to log in.", []string{"shares-noncritical", "shares-third-parties"}},
		{"fr our contact details", "Dans la mesure où le traitement des données repose sur un consentement, vous avez le droit de révoquer ce consentement à tout moment via les coordonnées contenues dans les mentions légales.", []string{"collects"}},
		{"en our contact details", "Where the processing of your data is based on consent, you may withdraw it at any time using our contact details below.", []string{"collects"}},
		{"de no way to decrypt", "Obwohl unsere Server diese Ende-zu-Ende verschlüsselten Daten verarbeiten, um sie an den Empfänger zu übermitteln, haben wir keine Möglichkeit, die Inhalte zu entschlüsseln.", []string{"no-sharing", "no-sharing-all"}},
		{"en no way to decrypt", "Although our servers process this end-to-end encrypted data to send it to the recipient, we have no way to decrypt its contents.", []string{"no-sharing", "no-sharing-all"}},
		{"de without having to use", "Wir verarbeiten deine personenbezogenen Daten, um deinen Chat-Verlauf auf Geräte deiner Wahl zu übertragen, ohne dass du Datensicherungen von Drittanbietern verwenden musst.", []string{"collects-from-others"}},
		{"en without having to use", "We process your personal data to sync your chat history to the devices you choose, without you having to use backups from third parties.", []string{"collects-from-others"}},
		{"share button", "Our website includes social media features and widgets, such as the “Share This” button.", []string{"shares-noncritical", "shares-third-parties"}},
		{"fr share button", "Notre site comprend des widgets de réseaux sociaux, comme le bouton « Partager ».", []string{"shares-noncritical", "shares-third-parties"}},
		{"en controllers named", "The list of the data controllers and their contact details is available in the Contact us section.", []string{"collects"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := signalsOf(t, c.text)
			for _, s := range c.signals {
				if got[s] {
					t.Errorf("%q raises %s", c.text, s)
				}
			}
		})
	}
}

// TestFactsAnswers: sentences of each kind answer their question.
func TestFactsAnswers(t *testing.T) {
	cases := []struct{ text, question, want string }{
		// Lists of rights, and how to use them.
		{"You can access, correct or delete your personal data by writing to privacy@acme.example.", "data-deletion", "yes-contact"},
		{"You can delete your account at any time in your account settings.", "data-deletion", "yes-automated"},
		{"You have the right to request the deletion of your personal data.", "data-deletion", "yes-contact"},
		{"يمكنك الوصول إلى بياناتك الشخصية أو تصحيحها أو حذفها عن طريق مراسلتنا على privacy@acme.example", "data-deletion", "yes-contact"},
		{"Vous pouvez accéder à vos données, les rectifier ou les supprimer en écrivant à privacy@acme.example.", "data-deletion", "yes-contact"},
		// Selling.
		{"We sell aggregated usage data to data brokers.", "sells-data", "yes"},
		{"We do not sell your personal information.", "sells-data", "no"},
		{"We will never sell or rent your data to anyone.", "sells-data", "no"},
		{"لا نبيع بياناتك الشخصية.", "sells-data", "no"},
		{"Nous ne vendons pas vos données personnelles.", "sells-data", "no"},
		{"Wir verkaufen Ihre personenbezogenen Daten nicht.", "sells-data", "no"},
		{"No vendemos sus datos personales.", "sells-data", "no"},
		{"We do not sell your personal data, except to our affiliates.", "sells-data", "unknown"},
		// Sharing.
		{"We share your personal data with advertising partners.", "third-party-access", "yes-unspecified"},
		{"We share your data only with service providers who host our servers.", "third-party-access", "yes-unspecified-critical"},
		{"We share your data with service providers who host our servers.", "third-party-access", "unknown"},
		{"We do not share your personal data with anyone.", "third-party-access", "no"},
		// An exception that points elsewhere ("except as described in this
		// policy") says neither that nor with whom data is shared.
		{"We do not share your personal data with third parties except in accordance with this Privacy Policy.", "third-party-access", "unknown"},
		{"Acme does not and will not sell or otherwise transfer your data to any third party except as specifically stated in our Terms.", "third-party-access", "unknown"},
		{"We do not share your personal data with third parties except with our payment processor, to charge you.", "third-party-access", "yes-unspecified-critical"},
		{"Our partners share information about your purchases with us.", "third-party-collection", "yes"},
		{"We receive information about you from data brokers and other sources.", "third-party-collection", "yes"},
		// Targeted advertising.
		{"We show you personalised ads based on your activity. You can opt out of personalised ads in your settings.", "behavioral-marketing", "yes-opt-out"},
		{"We use your browsing history to show you targeted ads.", "behavioral-marketing", "yes"},
		{"We do not show ads.", "behavioral-marketing", "no"},
		{"Other companies track your data to build profiles and target ads.", "behavioral-marketing", "unknown"},
		// Breaches.
		{"In the event of a data breach, we will notify affected users within 72 hours.", "data-breaches", "yes-72"},
		{"If a security incident affects your personal data, we will notify you.", "data-breaches", "eventually"},
		{"في حال حدوث اختراق للبيانات، سنخطرك خلال 72 ساعة.", "data-breaches", "yes-72"},
		{"We may suspend accounts for breaches of these terms and will notify you by email.", "data-breaches", "unknown"},
		// Changes.
		{"If we make material changes to this policy, we will notify you by email.", "revision-notify", "yes"},
		{"We may change this policy at any time. Please check this page periodically.", "revision-notify", "unknown"},
		{"If we make changes, we will notify you by posting the new policy on this page.", "revision-notify", "no"},
		{"If we make changes, we will post the new policy on this page.", "revision-notify", "unknown"},
		{"Si nous apportons des modifications importantes, nous en informons les utilisateurs par e-mail.", "revision-notify", "yes"},
		{"We don't sell any of your data to anybody and never will.", "sells-data", "no"},
		{"تُحذف سجلات الخادم خلال 24 ساعة.", "retention", "period"},
		{"We will provide you notice and an opportunity to review the revised policy before the changes take effect.", "revision-notify", "yes"},
		// History.
		{"Last updated: May 4, 2025", "history", "last-modified"},
		{"You can read previous versions of this policy in our archive.", "history", "yes"},
		{"آخر تحديث: 4 مايو 2025", "history", "last-modified"},
		{"Privacy Policy, updated 11/14/2022", "history", "last-modified"},
		{"يسري اعتبارًا من 10 مارس 2022", "history", "last-modified"},
		{"# Privacy notice\n\n28 فبراير 2022\n\nنحن نهتم بخصوصيتك.", "history", "last-modified"},
		// Law enforcement.
		{"We disclose information to law enforcement only when required by a valid court order or subpoena.", "law-enforcement", "strict"},
		{"Wenn wir eine gültige Anordnung von den zuständigen Justizbehörden erhalten, können wir deine IP-Adresse an die zuständigen Behörden weitergeben.", "law-enforcement", "strict"},
		{"We may share data with government authorities to comply with applicable law.", "law-enforcement", "reasonable"},
		// Retention.
		{"We retain your data for 30 days.", "retention", "period"},
		{"We keep your personal data as long as necessary to provide the service.", "retention", "as-needed"},
		{"نحتفظ ببياناتك لمدة ٣٠ يومًا.", "retention", "period"},
		{"Nous conservons vos données pendant 3 ans.", "retention", "period"},
		// Children.
		{"If we become aware that a child under 13 has provided us with personal data, we take steps to remove it.", "children", "not-directed"},
		{"Our service is not directed to children under 13.", "children", "not-directed"},
		{"إذا علمنا أن طفلًا دون 13 عامًا قدّم لنا بيانات شخصية، فإننا نتخذ خطوات لحذفها.", "children", "not-directed"},
		// Cookies and GPC.
		{"You can manage your cookie preferences at any time in our cookie settings.", "cookie-choices", "settings"},
		{"You can block cookies in your browser settings.", "cookie-choices", "browser-only"},
		{"We honor Global Privacy Control signals as a request to opt out of sales.", "gpc", "yes"},
		{"We do not respond to Global Privacy Control signals.", "gpc", "no"},
		// Security.
		{"We protect your data with encryption in transit and at rest.", "security", "somewhat"},
		{"Our security measures are reviewed in annual audits by independent auditors.", "security", "yes-independent-audits"},
		// Summary.
		{"## Summary\n\nWe collect little and sell nothing.", "summary", "yes"},
	}
	for _, c := range cases {
		t.Run(c.question+"/"+c.want, func(t *testing.T) {
			p := answerOf(t, c.text, c.question)
			if p.Answer != c.want {
				t.Errorf("%q: %s = %s, want %s", c.text, c.question, p.Answer, c.want)
			}
			if c.want != AnswerUnknown && len(p.Evidence) == 0 {
				t.Errorf("%q: %s has no evidence", c.text, c.question)
			}
			for _, ev := range p.Evidence {
				if ev.Start < 0 || ev.End > len(c.text) || ev.Start >= ev.End {
					t.Errorf("evidence span %d..%d out of the text", ev.Start, ev.End)
				}
			}
		})
	}
}

// TestPracticesEveryQuestion: a report answers every question, in order,
// with labels, and silence answers only a full privacy policy.
func TestPracticesEveryQuestion(t *testing.T) {
	e, err := loadFacts()
	if err != nil {
		t.Fatal(err)
	}
	short := answerOf(t, "We collect your email address.", "data-breaches")
	if short.Answer != AnswerUnknown {
		t.Errorf("a short text's silence answered data-breaches: %s", short.Answer)
	}
	long := strings.Repeat("We collect your email address to send you receipts for your orders and to answer your questions. ", 120)
	rep, err := Score(long, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Practices) != len(e.data.Questions) {
		t.Fatalf("%d practices, want %d", len(rep.Practices), len(e.data.Questions))
	}
	for i, p := range rep.Practices {
		if p.ID != e.data.Questions[i].ID || p.Question == "" || p.Label == "" || p.Answer == "" {
			t.Errorf("practice %d = %+v", i, p)
		}
	}
	if got := practiceOf(rep.Practices, "data-breaches").Answer; got != "no" {
		t.Errorf("a full policy's silence on breaches = %s, want no", got)
	}
	if got := practiceOf(rep.Practices, "third-party-collection").Answer; got != AnswerUnknown {
		t.Errorf("silence answered third-party-collection: %s", got)
	}
}

// TestCollectsNothing: a service that collects no personal data gets na
// where the practice cannot apply.
func TestCollectsNothing(t *testing.T) {
	text := "We do not collect any personal data. " + strings.Repeat("The app works offline and keeps your notes on your own device. ", 120)
	rep, err := Score(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"data-breaches", "data-deletion", "revision-notify"} {
		if got := practiceOf(rep.Practices, id).Answer; got != AnswerNA {
			t.Errorf("%s = %s, want na", id, got)
		}
	}
	rep, err = Score("We do not collect any personal data from children. "+strings.Repeat("We collect your email address and your name to run your account. ", 120), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := practiceOf(rep.Practices, "data-breaches").Answer; got == AnswerNA {
		t.Error("a restriction on children's data was taken for collecting nothing")
	}
}

func TestIsHeading(t *testing.T) {
	text := "Privacy policy\n==============\n\nPolicy overview\n---------------\n\nWe keep logs.\n\n# Rights\n\n**Retention**\n\n**Note:** we keep logs.\n"
	a, err := Analyze(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"Privacy policy": true, "Policy overview": true, "We keep logs.": false, "Rights": true, "**Retention**": true, "**Note:** we keep logs.": false}
	for _, sp := range a.Sentences {
		s := text[sp.Start:sp.End]
		if w, ok := want[s]; ok && isHeading(text, sp) != w {
			t.Errorf("isHeading(%q) = %v", s, !w)
		}
	}
}

// TestFactsTermsListedOnce: a term listed twice in one concept is an edit
// that went astray, however harmless to the answers.
func TestFactsTermsListedOnce(t *testing.T) {
	e, err := loadFacts()
	if err != nil {
		t.Fatal(err)
	}
	for name, terms := range e.data.Concepts {
		seen := map[string]bool{}
		for _, term := range terms {
			if seen[term] {
				t.Errorf("concept %q lists %q twice", name, term)
			}
			seen[term] = true
		}
	}
}

// TestCountHits: apart, a run of consecutive sentences counts once.
func TestCountHits(t *testing.T) {
	cases := []struct {
		hits  []int
		apart bool
		want  int
	}{
		{[]int{4, 5, 6}, false, 3},
		{[]int{4, 5, 6}, true, 1},
		{[]int{4, 6, 8}, true, 3},
		{[]int{9, 4, 5, 9}, true, 2},
		{nil, true, 0},
	}
	for _, c := range cases {
		if got := countHits(c.hits, c.apart); got != c.want {
			t.Errorf("countHits(%v, %v) = %d, want %d", c.hits, c.apart, got, c.want)
		}
	}
}
