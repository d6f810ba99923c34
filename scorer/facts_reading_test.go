package scorer

import "testing"

// TestFactsReadAsRaters: sentences of our own writing that a careful rater
// reads one way, in English, Arabic, French and German.
func TestFactsReadAsRaters(t *testing.T) {
	cases := []struct{ text, question, want string }{
		// Changes: a more prominent notice, prior notice or a promise to tell
		// you of material changes is a notice, even when it is a posting.
		{"Substantial changes to this notice will also be announced on our blog and in the app.", "revision-notify", "yes"},
		{"Should an update be significant, we will show a more prominent notice on the home page.", "revision-notify", "yes"},
		{"When a material change to this policy is made, we will notify you by posting a banner on our website.", "revision-notify", "yes"},
		{"Where the law requires it, we will give you 30 days' prior notice of any change to this statement.", "revision-notify", "yes"},
		{"إذا أجرينا تغييرات جوهرية على هذه السياسة، فسنعلن عنها بشكل بارز على موقعنا.", "revision-notify", "yes"},
		{"Avant toute modification substantielle de cette politique, nous vous préviendrons par e-mail.", "revision-notify", "yes"},
		{"Toute modification significative de la politique sera signalée par un avis mis en évidence dans l'application.", "revision-notify", "yes"},
		{"Bei wesentlichen Änderungen werden wir diese verstärkt über unsere Website ankündigen.", "revision-notify", "yes"},
		{"If we make material changes, we may notify you where appropriate.", "revision-notify", "unknown"},
		{"If we make material changes to this policy, we will notify you by posting it here, and where appropriate by other means.", "revision-notify", "unknown"},
		{"We may announce new features on our blog.", "revision-notify", "unknown"},
		{"We may update this policy from time to time by posting a new version on this page.", "revision-notify", "unknown"},
		// History and sources, the same in every language.
		{"À compter du 4 mai 2025 | [Versions archivées](https://acme.example/archive)", "history", "yes"},
		{"يمكنك الاطلاع على النسخ المؤرشفة من هذه السياسة.", "history", "yes"},
		{"You can read the archived versions of this policy.", "history", "yes"},
		{"**Date d'effet : 4 mai 2025**", "history", "last-modified"},
		{"Nous recevons des informations vous concernant de la part de nos partenaires publicitaires.", "third-party-collection", "yes"},
		{"نتلقى معلومات عنك من مستخدمين آخرين عندما يرسلون إليك رسالة.", "third-party-collection", "yes"},
		{"We receive information about you from other users when they message you.", "third-party-collection", "yes"},
		// Sharing: a list of the recipients specifies them; an exception
		// for the law alone leaves no sharing with third parties.
		{"We share your data with advertising partners. You can learn more about these partnerships in our help centre.", "third-party-access", "yes-specified-noncritical"},
		{"نشارك بياناتك مع شركائنا في الإعلانات. يمكنك الاطلاع على قائمة شركائنا في مركز المساعدة.", "third-party-access", "yes-specified-noncritical"},
		{"Nous partageons vos données avec nos partenaires publicitaires. Vous trouverez la liste de nos partenaires sur notre site.", "third-party-access", "yes-specified-noncritical"},
		{"Your personal data will only be shared with service providers who perform services on our behalf. See our list of subprocessors.", "third-party-access", "yes-specified-critical"},
		{"لن نشارك بياناتك إلا مع مزودي الخدمات الذين يعملون نيابة عنا فقط. راجع قائمة المعالجين الفرعيين.", "third-party-access", "yes-specified-critical"},
		{"Your personal data will not be disclosed to third parties unless we are required by law to do so.", "third-party-access", "no"},
		{"لن نكشف عن بياناتك الشخصية لأطراف ثالثة إلا إذا اقتضى القانون ذلك.", "third-party-access", "no"},
		{"We do not share your personal data with third parties except with advertising partners.", "third-party-access", "yes-unspecified"},
		{"Our group companies are listed here. We share your data with third parties for their own purposes.", "third-party-access", "yes-unspecified"},
		// Breaches: a promise to tell people, in any words, is a notice;
		// a breach of terms or a compromised account is not a data breach.
		{"If we discover a breach of our security safeguards that puts your personal data at risk, we will notify you.", "data-breaches", "eventually"},
		{"In the event of a breach, we will tell affected customers what happened without undue delay.", "data-breaches", "eventually"},
		{"If your personal data is compromised, we will let you know by email.", "data-breaches", "eventually"},
		{"في حال تسرب البيانات، سنبلغك دون تأخير غير مبرر.", "data-breaches", "eventually"},
		{"En cas de violation de vos données, nous vous informerons dans les meilleurs délais.", "data-breaches", "eventually"},
		{"Im Falle einer Datenpanne werden wir Sie unverzüglich benachrichtigen.", "data-breaches", "eventually"},
		{"In the event of a breach of these terms, we will notify you and may close your account.", "data-breaches", "unknown"},
		{"If you think your account has been compromised, please notify us at once.", "data-breaches", "unknown"},
		{"Security alerts help us notify you when we think your account has been compromised.", "data-breaches", "unknown"},
		// Targeted advertising: consent first is opt-in; a plain refusal to
		// advertise is no; "interest" alone is not interest-based advertising.
		{"We show you personalised ads only with your consent, which you can withdraw at any time.", "behavioral-marketing", "yes-opt-in"},
		{"لا نعرض إعلانات مخصصة إلا بموافقتك المسبقة.", "behavioral-marketing", "yes-opt-in"},
		{"Nous n'affichons pas de publicités ciblées sans votre consentement.", "behavioral-marketing", "yes-opt-in"},
		{"Wir zeigen Ihnen keine personalisierte Werbung ohne Ihre Einwilligung.", "behavioral-marketing", "yes-opt-in"},
		{"We do not use personal information to market or advertise to you.", "behavioral-marketing", "no"},
		{"لا نعرض إعلانات.", "behavioral-marketing", "no"},
		{"We never show ads.", "behavioral-marketing", "no"},
		{"The pixel measures sign-ups and interest based on which pages people read.", "behavioral-marketing", "unknown"},
		// Precision: a right to request a list, lists of categories or
		// countries, services (not data) from partners, and hedged or
		// sharing-only refusals answer nothing new.
		{"We share data with advertising partners. You may request a list of the third parties to whom we have disclosed your data.", "third-party-access", "yes-unspecified"},
		{"We share data with advertising partners. We have sold data to the categories of third parties listed above.", "third-party-access", "yes-unspecified"},
		{"نشارك البيانات مع شركائنا في الإعلانات. يمكنك طلب قائمة الأطراف الثالثة التي كشفنا لها بياناتك.", "third-party-access", "yes-unspecified"},
		{"Nos prestataires et partenaires nous fournissent des services d'hébergement et d'analyse.", "third-party-collection", "unknown"},
		{"We may attempt to notify you about major changes to this policy, but please review it regularly.", "revision-notify", "unknown"},
		{"We do not share your personal information with third parties for their direct marketing without your consent.", "behavioral-marketing", "unknown"},
		// Deletion you do yourself: following instructions, a portal.
		{"Follow the instructions on the help page to deactivate your account, and your personal data is then deleted.", "data-deletion", "yes-automated"},
		{"Through the account management portal you can delete the personal information you stored with us.", "data-deletion", "yes-automated"},
		{"اتبع التعليمات في مركز المساعدة لتعطيل حسابك وحذف بياناتك الشخصية.", "data-deletion", "yes-automated"},
		{"To remove access for a lost phone, sign out of all devices and follow the instructions on screen; your account stays as it is.", "data-deletion", "unknown"},
		// Personalised ads that depend on your settings can be turned off.
		{"Depending on your settings, we use what you read in the app to personalise ads.", "behavioral-marketing", "yes-opt-out"},
		{"Selon vos paramètres, vous verrez des annonces personnalisées dans l'application.", "behavioral-marketing", "yes-opt-out"},
		{"حسب إعداداتك، قد نعرض لك إعلانات مخصصة بناءً على اهتماماتك.", "behavioral-marketing", "yes-opt-out"},
		{"Nous utilisons votre activité pour vous présenter des annonces personnalisées. Vous pouvez modifier les paramètres des annonces dans votre compte.", "behavioral-marketing", "yes-opt-out"},
		// A list of recipients that ends with the law still shares; a list
		// of the companies that set cookies does not name every recipient.
		{"We may share personal data with the following recipients: our advertising partners, other third parties you connect to, and public authorities where required by law.", "third-party-access", "yes-unspecified"},
		{"قد نشارك البيانات الشخصية مع شركائنا في الإعلانات ومع أطراف ثالثة أخرى، ومع السلطات إذا اقتضى القانون ذلك.", "third-party-access", "yes-unspecified"},
		{"We share data with advertising partners. For a list of the third parties that set cookies on our pages, see our cookie table.", "third-party-access", "yes-unspecified"},
		// Not a refusal to share: others' duties, a child's settings, data
		// already shared, government requests; not a refusal to target: an
		// opt-out request, partners turning emails into ad identifiers.
		{"Our vendors can access your personal data to work for us and are obligated not to disclose it further.", "third-party-access", "unknown"},
		{"The kids app does not allow your child to share personal information with third parties.", "third-party-access", "unknown"},
		{"Data shared with our search partner is used only for these purposes and cannot be used for anything else.", "third-party-access", "unknown"},
		{"We may ask for your consent before disclosing data when a governmental entity has not provided a court order.", "third-party-access", "unknown"},
		{"البائعون ملزمون بعدم الكشف عن بياناتك الشخصية لأي طرف آخر.", "third-party-access", "unknown"},
		{"You can ask us not to share your personal information for online advertising.", "behavioral-marketing", "unknown"},
		{"Unsere Werbepartner wandeln Ihre E-Mail-Adresse in eine Kennung um, die Sie nicht direkt identifiziert.", "behavioral-marketing", "unknown"},
		// Not a breach notice: asking users to tell us, or partners who send
		// notifications and handle security incidents.
		{"Please notify us if you suspect any breach of security on your account.", "data-breaches", "unknown"},
		{"يرجى إبلاغنا إذا اشتبهت في أي اختراق لحسابك.", "data-breaches", "unknown"},
		{"Our partners help with hosting, sending notifications and the management of security incidents.", "data-breaches", "unknown"},
		// Changes without notice are no notice, said; advice to check back
		// is no notice either, but says nothing of one.
		{"We may modify this policy at any time, without prior notice.", "revision-notify", "no"},
		{"The content of this policy may be changed without any notification to users.", "revision-notify", "no"},
		{"يجوز لنا تعديل هذه السياسة في أي وقت دون إشعار مسبق.", "revision-notify", "no"},
		{"Nous pouvons modifier cette politique à tout moment sans préavis.", "revision-notify", "no"},
		// A "notice" that is only a new date or a posted version tells no
		// one who does not look: raters split on it, readers do not.
		{"If we change this policy, we will let you know by revising the date at the top.", "revision-notify", "no"},
		{"## Changes to this policy\n\nWe encourage you to review the privacy policy regularly to stay informed.", "revision-notify", "unknown"},
		{"We send you updates by email when someone comments on your post.", "revision-notify", "unknown"},
		// Neither-nor is a negation; a right to know about ads is no ad;
		// ads shown with your permission are opt-in.
		{"Wir verwenden weder Ihre Chats noch Ihre Kontakte für zielgerichtete Werbung.", "behavioral-marketing", "no"},
		{"You have the right to know whether we share your data for cross-context behavioral advertising.", "behavioral-marketing", "unknown"},
		{"With your permission, we show you personalised ads in the app.", "behavioral-marketing", "yes-opt-in"},
		{"بإذنك، نعرض لك إعلانات مخصصة داخل التطبيق.", "behavioral-marketing", "yes-opt-in"},
		// Only providers, and named ones: specified and critical.
		{"We only share personal data with service providers acting on our behalf. Card payments are handled by our payment processors, Stripe and Adyen.", "third-party-access", "yes-specified-critical"},
		{"لا نشارك بياناتك إلا مع مزودي الخدمات فقط. نستخدم مزودي الخدمات مثل Stripe لمعالجة المدفوعات.", "third-party-access", "yes-specified-critical"},
		{"We share data with service providers. Our service providers include Stripe.", "third-party-access", "unknown"},
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
		})
	}
}

// TestFactsCollectsNothingScope: only a claim about all personal data says
// the service collects almost nothing; claims about children, students,
// sensitive data or one feature do not.
func TestFactsCollectsNothingScope(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"We do not collect any personal data.", true},
		{"لا نجمع أي بيانات شخصية.", true},
		{"Nous ne collectons aucune donnée personnelle.", true},
		{"We do not knowingly collect any personal information from persons under 18.", false},
		{"We do not intentionally collect any personal data about your race or health.", false},
		{"The app does not require any personal information of the students who use it.", false},
		{"لا نجمع عن علم أي بيانات شخصية من القاصرين.", false},
		{"Nous ne collectons sciemment aucune donnée personnelle auprès de mineurs.", false},
	}
	for _, c := range cases {
		if got := signalsOf(t, c.text)["collects-nothing"]; got != c.want {
			t.Errorf("%q: collects-nothing = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestTitleLabel: a run-in heading in title case is told from a sentence.
func TestTitleLabel(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"Legal Requests and Comply with State and Federal Laws.", true},
		{"**No Selling Personal Information.**", true},
		{"Cookies and Interest-Based Advertising.", true},
		{"We may share your data with Google Analytics.", false},
		{"Google Analytics", false},
		{"Amazon.", false},
		{"Service Providers, Partners and Others.", false},
		{"If we are Required by Law, we Disclose Data to Authorities and Courts in Every Country Where We Operate.", false},
	}
	for _, c := range cases {
		if got := titleLabel(c.s); got != c.want {
			t.Errorf("titleLabel(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestClauseActor: the actor of a clause named outside its usual place
// before the verb. A negated clause opened by a relative pronoun that names
// no actor of its own acts as the noun before it; one that names its own
// actor keeps it, and a positive one keeps none, unless the clause before it
// denies or disclaims what it speaks of. A possessive ("our service") does
// not take over from others named before it. Others named right after an
// Arabic verb are its subject; a first-person verb keeps the service.
func TestClauseActor(t *testing.T) {
	e, err := loadFacts()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text   string
		clause int // the clause whose actor is checked
		want   uint8
	}{
		{"Our partners, who do not sell your data, may receive it.", 1, actorOther},
		{"Nos partenaires, qui ne vendent pas vos données, peuvent les recevoir.", 1, actorOther},
		{"شركاؤنا الذين لا يبيعون بياناتك قد يتلقونها.", 1, actorOther},
		{"We, who value your privacy, do not sell your data.", 1, actorSelf},
		{"We do not sell the information which we collect.", 1, actorSelf},
		{"Data which is not sold is kept.", 1, actorNone},
		{"We share it with advertising partners, who use it for targeted advertising.", 1, actorNone},
		{"لا يبيع المعلنون بياناتك.", 0, actorOther},
		{"يشارك المعلنون بياناتك مع شركات أخرى.", 0, actorOther},
		{"نشارك بياناتك مع المعلنين.", 0, actorSelf},
		// With "ل" joined ("للمعلنين": to the advertisers) the noun after
		// the verb is its object; before the verb it is still the actor.
		{"نقدم بياناتك للمعلنين.", 0, actorNone},
		{"يمكن للمعلنين استخدام ملفات تعريف الارتباط.", 0, actorOther},
		{"We sell advertisers your data.", 0, actorSelf},
		// After a denial or a disclaimer, a relative clause on those it
		// names is theirs; after an exception or a plain statement it is
		// not.
		{"We do not share your data with advertisers who use it for ads.", 1, actorOther},
		{"We never sell your data to anyone who could use it for ads.", 1, actorOther},
		{"We are not responsible for third parties who may show you ads.", 1, actorOther},
		{"Nous ne vendons pas vos données à des tiers qui pourraient vous proposer des publicités.", 1, actorOther},
		{"We do not sell your data, which we use only to run the service.", 1, actorSelf},
		{"We do not share your data except with partners, who use it for ads.", 2, actorNone},
		// A possessive names the service's things, not its acts: it does
		// not take over from others named before it, unless the service
		// is named before them too.
		{"Third-party websites linked from our service may use cookies.", 0, actorOther},
		{"Third parties that integrate our services may sell your data.", 0, actorOther},
		{"Les sites tiers accessibles depuis notre service peuvent utiliser des cookies.", 0, actorOther},
		{"Our app collects your location.", 0, actorSelf},
		// A quantifier may stand between an Arabic verb and its subject.
		{"قد تبيع بعض التطبيقات الأخرى بياناتك لوسطاء البيانات.", 0, actorOther},
		{"تشارك العديد من الشركات الأخرى بياناتك مع المعلنين.", 0, actorOther},
		// Others named after "to" or "with" receive; they do not act.
		{"To our related companies, to the extent such sharing is necessary.", 0, actorSelf},
		{"You may log in and correct your data, opt out of sharing with our advertisers, or delete your account.", 0, actorYou},
		// Users whose data it is ("of users", "des utilisateurs") do not act.
		{"Measures to protect the data of users.", 0, actorNone},
		{"Mesures globales pour protéger les données des utilisateurs.", 0, actorNone},
		// The service joined by others as one subject acts: "we and our
		// users share".
		{"As part of our ads programme, we and our users share your device identifiers with our advertising partners.", 1, actorSelf},
		{"Nous et nos partenaires publicitaires partageons vos identifiants d'appareil.", 0, actorSelf},
		// … unless the preposition is part of another phrase.
		{"We list your choices with respect to advertising networks that collect data about you.", 0, actorOther},
	}
	for _, c := range cases {
		r := &reader{e: e}
		var rd reading
		r.read(c.text, &rd)
		r.splitClauses(&rd)
		if len(rd.clauses) <= c.clause {
			t.Errorf("%q: %d clauses, want clause %d", c.text, len(rd.clauses), c.clause)
			continue
		}
		if got := rd.clauses[c.clause].actor; got != c.want {
			t.Errorf("%q: actor of clause %d is %d, want %d", c.text, c.clause, got, c.want)
		}
	}
}

// TestPointerSentences: a sentence that sends the reader elsewhere ("we
// invite you to read the privacy policies of …") is a pointer, weak
// evidence of what the service itself does, in each language.
func TestPointerSentences(t *testing.T) {
	e, err := loadFacts()
	if err != nil {
		t.Fatal(err)
	}
	r := &reader{e: e}
	var rd reading
	for _, s := range []string{
		"We encourage you to read the privacy policies of the app stores, which collect your name and device identifiers.",
		"Nous vous invitons à prendre connaissance des politiques de confidentialité des éditeurs de système d'exploitation.",
		"Le invitamos a leer las políticas de privacidad de nuestros socios.",
		"ندعوك إلى الاطلاع على سياسات الخصوصية الخاصة بشركائنا.",
	} {
		r.read(s, &rd)
		if !rd.set.has(e.roles.pointer) {
			t.Errorf("%q: no pointer read", s)
		}
	}
	r.read("We collect your name and device identifiers.", &rd)
	if rd.set.has(e.roles.pointer) {
		t.Error("a sentence of practice read as a pointer")
	}
}
