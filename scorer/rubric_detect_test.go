package scorer

import (
	"strings"
	"testing"
)

// rubricSplit is a plain splitter for unit tests: one sentence per line or
// per ". ", so detector tests do not depend on the segmenter.
func rubricSplit(text string) []Span {
	var out []Span
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e && (text[s] == ' ' || text[s] == '\n') {
			s++
		}
		if s < e {
			out = append(out, Span{s, e})
		}
	}
	for i := 0; i < len(text); i++ {
		switch {
		case text[i] == '\n':
			emit(i)
			start = i + 1
		case text[i] == '.' && (i+1 == len(text) || text[i+1] == ' '):
			emit(i + 1)
			start = i + 1
		}
	}
	emit(len(text))
	return out
}

// rubricDetect runs the matchers on text and reports the state of a detector or
// category: "found", "negated" or "none" ("found" only for categories).
func rubricDetect(t *testing.T, text, id string) string {
	t.Helper()
	r, err := loadRubric()
	if err != nil {
		t.Fatal(err)
	}
	ev := r.collect(text, rubricSplit(text))
	if d, ok := r.detIndex[id]; ok {
		switch {
		case ev.found[d] >= 0:
			return "found"
		case ev.negated[d] >= 0:
			return "negated"
		}
		return "none"
	}
	for i, c := range r.data.Categories {
		if c.ID == id {
			if len(ev.categories[i]) > 0 {
				return "found"
			}
			return "none"
		}
	}
	t.Fatalf("no detector or category %q", id)
	return ""
}

func TestDetectors(t *testing.T) {
	tests := []struct {
		lang, id, text, want string
	}{
		// Selling, with negations.
		{"en", "sells_data", "We may sell your personal information to data brokers.", "found"},
		{"en", "sells_data", "We do not sell your personal data.", "negated"},
		{"en", "sells_data", "We never sell, rent or trade your information.", "negated"},
		{"en", "sells_data", "Click Do Not Sell My Personal Information to opt out.", "none"},
		{"en", "sells_data", "We do not collect your location, but we sell your personal data.", "found"},
		{"en", "sells_data", "Our shop sells shoes.", "none"},
		{"fr", "sells_data", "Nous ne vendons pas vos données personnelles.", "negated"},
		{"fr", "sells_data", "Nous pouvons vendre vos données à des partenaires.", "found"},
		{"de", "sells_data", "Wir verkaufen Ihre Daten nicht.", "negated"},
		{"es", "sells_data", "No vendemos sus datos personales.", "negated"},
		{"ar", "sells_data", "نحن لا نبيع بياناتك الشخصية.", "negated"},
		{"ar", "sells_data", "نحن لَا نَبِيعُ بَيَانَاتِكَ الشَّخْصِيَّةَ.", "negated"},
		{"ar", "sells_data", "قد نقوم ببيع بياناتك إلى أطراف أخرى.", "found"},
		// Sharing, advertising, profiling.
		{"en", "shares_third_parties", "We share your data with advertising partners.", "found"},
		{"en", "shares_third_parties", "We do not share your personal data with third parties.", "negated"},
		{"ar", "shares_third_parties", "قد نشارك معلوماتك مع أطراف ثالثة.", "found"},
		{"en", "advertising", "We use your data to show you targeted advertising.", "found"},
		{"en", "advertising", "We do not use your data for targeted advertising.", "negated"},
		{"fr", "advertising", "Vos données servent à vous proposer de la publicité ciblée.", "found"},
		{"en", "profiling", "We do not engage in profiling or automated decision-making.", "negated"},
		{"en", "profiling", "Your data is not used for targeted ads, or any other kind of profiling.", "negated"},
		{"en", "sells_data", "We do not use cookies; we sell your personal data.", "found"},
		{"de", "profiling", "Eine automatisierte Entscheidungsfindung einschließlich Profiling findet nicht statt.", "found"},
		// Retention.
		{"en", "retention_period", "We keep your account data for 2 years after your last login.", "found"},
		{"en", "retention_period", "We delete logs after thirty days.", "found"},
		{"en", "retention_period", "We keep your data as long as necessary.", "none"},
		{"en", "retention_vague", "We keep your data as long as necessary.", "found"},
		{"ar", "retention_period", "نحتفظ ببياناتك لمدة ١٢ شهرًا.", "found"},
		{"ar", "retention_period", "نحتفظ بسجلات الخادم سنتين.", "found"},
		{"ar", "retention_vague", "نحتفظ ببياناتك طالما كان ذلك ضروريا.", "found"},
		{"fr", "retention_period", "Vos données sont conservées pendant 3 ans.", "found"},
		{"de", "retention_period", "Die Daten werden nach 30 Tagen gelöscht.", "found"},
		{"es", "retention_period", "Conservamos sus datos durante 5 años.", "found"},
		// Choice.
		{"en", "opt_out_marketing", "You can unsubscribe from marketing emails at any time.", "found"},
		{"en", "opt_out_marketing", "You can change your password at any time.", "none"},
		{"en", "channel_choice", "In your settings you can choose to receive SMS or push notifications.", "found"},
		{"en", "withdraw_consent", "You may withdraw your consent at any time.", "found"},
		{"ar", "withdraw_consent", "يمكنك سحب موافقتك في أي وقت.", "found"},
		{"en", "right_access", "You have the right to access your personal data.", "found"},
		{"en", "right_delete", "You can ask us to delete your account and data.", "found"},
		{"en", "right_delete", "You can request deletion of your data.", "found"},
		{"en", "right_export", "You can download a copy of your data in a machine-readable format.", "found"},
		{"en", "rights_how", "To exercise these rights, email privacy@example.com.", "found"},
		{"en", "cookie_choice", "You can refuse non-essential cookies in the cookie settings.", "found"},
		{"en", "gpc_dnt", "We honour Global Privacy Control signals.", "found"},
		{"en", "gpc_dnt", "We do not respond to Do Not Track signals.", "negated"},
		{"en", "gpc_dnt", "Some browsers offer a Do Not Track feature.", "none"},
		{"en", "forced_consent", "By using our website, you consent to the collection of your data.", "found"},
		{"en", "forced_consent", "By using the service you agree to these terms.", "none"},
		{"en", "consent_opt_in", "We only send newsletters with your explicit consent.", "found"},
		// Security.
		{"en", "encryption", "All data is encrypted in transit with TLS and at rest.", "found"},
		{"en", "encryption", "Visit https://example.com for details.", "none"},
		{"ar", "encryption", "نقوم بتشفير بياناتك أثناء النقل.", "found"},
		{"en", "certification", "Our systems are certified to ISO/IEC 27001.", "found"},
		{"en", "breach_notification", "If a data breach affects you, we will notify you.", "found"},
		{"en", "breach_timeframe", "We will notify you of a breach within 72 hours.", "found"},
		{"en", "breach_timeframe", "We will notify you of a breach promptly.", "none"},
		{"ar", "breach_timeframe", "في حال حدوث اختراق سنبلغك خلال ٧٢ ساعة.", "found"},
		// Accountability.
		{"en", "privacy_contact", "Questions? Contact our privacy team at privacy@example.com.", "found"},
		{"en", "dpo", "Our Data Protection Officer can be reached at dpo@example.com.", "found"},
		{"de", "dpo", "Unseren Datenschutzbeauftragten erreichen Sie unter dsb@example.de.", "found"},
		{"en", "change_notice", "We will notify you by email before changes to this policy take effect.", "found"},
		{"en", "change_notice", "We may change this policy without notice.", "none"},
		{"en", "changes_unilateral", "We may change this policy at any time without notice.", "found"},
		{"en", "changes_unilateral", "You can change your settings at any time.", "none"},
		{"en", "last_updated", "Last updated: 3 March 2025", "found"},
		{"ar", "last_updated", "آخر تحديث: 3 مارس 2025", "found"},
		{"fr", "last_updated", "Dernière mise à jour : 12 janvier 2024", "found"},
		{"de", "last_updated", "Stand: Mai 2023", "found"},
		{"es", "last_updated", "Última actualización: 1 de enero de 2024", "found"},
		// Summary.
		{"en", "summary", "At a glance", "found"},
		{"en", "summary", "In short: we collect your email address to send receipts.", "found"},
		{"ar", "summary", "باختصار", "found"},
		{"ar", "summary", "مُلَخَّص السياسة", "found"},
		{"fr", "summary", "En bref", "found"},
		{"de", "summary", "Datenschutz auf einen Blick", "found"},
		{"es", "summary", "En resumen", "found"},
		// Data categories.
		{"en", "contact", "We collect your email address and phone number.", "found"},
		{"en", "precise_location", "With your permission we collect your precise location via GPS.", "found"},
		{"en", "precise_location", "We do not collect your precise location.", "none"},
		{"en", "children", "We do not knowingly collect data from children under 13.", "none"},
		{"en", "biometrics", "We process facial recognition data.", "found"},
		{"ar", "contact", "نجمع عنوان بريدك الإلكتروني.", "found"},
		{"ar", "contact", "نجمع عنوان بريدك الالكتروني.", "found"},
		{"ar", "precise_location", "نجمع موقعك الدقيق.", "found"},
		{"ar", "health", "نجمع بياناتك الصحية.", "found"},
		{"fr", "financial", "Nous collectons les données de votre carte bancaire.", "found"},
		{"de", "financial", "Wir verarbeiten Ihre Zahlungsdaten.", "found"},
		{"es", "contact", "Recopilamos su correo electrónico.", "found"},
	}
	for _, tt := range tests {
		name := tt.lang + "/" + tt.id + "/" + strings.Join(strings.Fields(tt.text), "_")
		if len(name) > 60 {
			name = name[:60]
		}
		t.Run(name, func(t *testing.T) {
			if got := rubricDetect(t, tt.text, tt.id); got != tt.want {
				t.Errorf("%s in %q: got %s, want %s", tt.id, tt.text, got, tt.want)
			}
		})
	}
}

func TestPurposeNearCategory(t *testing.T) {
	r, err := loadRubric()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want bool
	}{
		{"We collect your email address to send you receipts.", true},
		{"We collect your email address.\nWe use it to send you receipts.", true},
		{"We collect your email address.\nOur office is in Paris.\nWe love cats.", false},
		{"نجمع بريدك الإلكتروني من أجل إرسال الفواتير.", true},
		{"نجمع بريدك الإلكتروني.", false},
		{"Nous collectons votre adresse e-mail afin de vous envoyer vos factures.", true},
	}
	for _, tt := range tests {
		sents := rubricSplit(tt.text)
		ev := r.collect(tt.text, sents)
		got := false
		for _, s := range ev.categories[0] { // contact details
			got = got || hasPurposeNear(ev.purpose, s, r.data.Purpose.Window)
		}
		if len(ev.categories[0]) == 0 {
			t.Errorf("%q: contact details not detected", tt.text)
		}
		if got != tt.want {
			t.Errorf("%q: purpose %v, want %v", tt.text, got, tt.want)
		}
	}
}
