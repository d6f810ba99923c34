package extract

import (
	"strings"
	"testing"
)

func TestIsConsentToken(t *testing.T) {
	tests := []struct {
		tok  string
		want bool
	}{
		{"onetrust-banner-sdk", true},
		{"onetrust-pc-sdk", true},
		{"CybotCookiebotDialog", true},
		{"didomi-host", true},
		{"qc-cmp2-container", true},
		{"truste-consent-track", true},
		{"cmplz-cookiebanner", true},
		{"cky-consent-container", true},
		{"cky-preference-center", true},
		{"klaro", true},
		{"BorlabsCookieBox", true},
		{"osano-cm-window", true},
		{"tarteaucitronRoot", true},
		{"cookie-law-info-bar", true},
		{"usercentrics-root", true},
		{"fr-consent-banner", true},
		// Cookie lists that consent managers embed in a cookie policy.
		{"ot-sdk-cookie-policy", false},
		{"CookieDeclaration", false},
		{"cmplz-document", false},
		{"cky-audit-table-element", false},
		{"uc-embed", false},
		{"iub_content", false},
		// Words that merely start like a vendor's name.
		{"trusted-partners", false},
		{"klarofied", false},
		{"cc", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isConsentToken(tt.tok); got != tt.want {
			t.Errorf("isConsentToken(%q) = %v, want %v", tt.tok, got, tt.want)
		}
	}
}

func TestConsentRules(t *testing.T) {
	policy := "<h1>Privacy policy</h1><p>" + strings.Repeat("We keep your order history for six years. ", 20) + "</p>"
	// A preference panel longer than the policy it sits beside.
	panel := strings.Repeat(`<div class="purpose"><label><input type="checkbox"> Analytics</label><p>These cookies measure how the site is used and are set only with your consent.</p></div>`, 30)
	tests := []struct {
		name string
		body string
		keep []string
		drop []string
	}{
		{
			name: "consent class on body",
			body: `<html><body class="tarteaucitron-initialized">` + policy + `</body></html>`,
			keep: []string{"# Privacy policy", "six years"},
		},
		{
			name: "consent classes on html, body and main",
			body: `<html class="CybotCookiebotDialogActive"><body class="didomi-popup-open ot-overflow-hidden">
				<main class="didomi-notice-open osano-cm-dialog-open">` + policy + `</main></body></html>`,
			keep: []string{"six years"},
		},
		{
			name: "consent class on role=main and article",
			body: `<body><div role="main" class="cky-consent-open"><article class="cmplz-cookiebanner-visible">` + policy + `</article></div></body>`,
			keep: []string{"six years"},
		},
		{
			name: "body hidden until scripts run",
			body: `<body style="display: none">` + policy + `</body>`,
			keep: []string{"six years"},
		},
		{
			name: "consent manager preference panel inside main",
			body: `<body><main><div class="cky-modal"><div class="cky-preference-center"><ul class="cky-cookie-des-table">
				<li><div>Cookie</div><div>cookieyesID</div></li><li><div>Durée</div><div>1 an</div></li></ul>` + panel + `</div></div>` + policy + `</main></body>`,
			keep: []string{"six years"},
			drop: []string{"cookieyesID", "Analytics"},
		},
		{
			name: "consent banner sentence in an alert bar",
			body: `<body><main><div class="alert alert-info" role="alert">Ce site utilise des cookies. En continuant à parcourir le site, vous acceptez notre utilisation des cookies. <button type="button" class="close">×</button></div>` + policy + `</main></body>`,
			keep: []string{"six years"},
			drop: []string{"Ce site utilise des cookies"},
		},
		{
			name: "unlabelled block of buttons set directly in body",
			body: `<body><div><h2>À propos des cookies</h2><p>Nous utilisons des cookies pour mesurer l'audience.</p><ul><li><button>Tout accepter</button></li><li><button>Tout refuser</button></li></ul></div><main>` + policy + `</main></body>`,
			keep: []string{"six years"},
			drop: []string{"À propos des cookies", "mesurer l'audience"},
		},
		{
			name: "implied-consent notice without buttons set in body",
			body: `<body><div id="cookies"><p>Ce site utilise des cookies. En continuant à parcourir le site, vous acceptez notre utilisation des cookies.</p></div><main>` + policy + `</main></body>`,
			keep: []string{"six years"},
			drop: []string{"Ce site utilise des cookies"},
		},
		{
			name: "section about cookies set in body kept",
			body: `<body>` + policy + `<div id="cookies"><h2>Cookies</h2><p>We use one cookie to keep you signed in.</p></div></body>`,
			keep: []string{"## Cookies", "keep you signed in"},
		},
		{
			name: "banner labelled as cookies with link buttons",
			body: `<body><div id="bandeau-cookies"><p>Nous utilisons des cookies.</p><a href="#" class="btn">J'accepte</a></div>` + policy + `</body>`,
			drop: []string{"Nous utilisons des cookies"},
		},
		{
			name: "unnamed preference dialog longer than the page",
			body: `<body><div class="layer" aria-modal="true">` + panel + `</div>` + policy + `</body>`,
			keep: []string{"six years"},
			drop: []string{"Analytics"},
		},
		{
			name: "wrapper holding the page title and a panel kept",
			body: `<body><div class="page">` + policy + `<div class="layer" aria-modal="true">` + panel + `</div></div></body>`,
			keep: []string{"# Privacy policy", "six years"},
			drop: []string{"Analytics"},
		},
		{
			name: "cookie policy's own cookie lists kept",
			body: `<body><main>` + policy + `
				<div id="ot-sdk-cookie-policy"><h3>Cookie List</h3><table><tr><th class="ot-table-header">Cookie Subgroup</th></tr><tr><td>example.org</td></tr></table></div>
				<div id="CookieDeclaration" class="CookieDeclaration"><table class="CookieDeclarationTable"><tr><td>CookieConsent</td><td>1 year</td></tr></table></div>
				<div id="cmplz-document" class="cmplz-document cookie-statement"><details class="cmplz-dropdown-cookiepolicy" open><summary>Statistics</summary><table><tr><td>_pk_id</td><td>13 months</td></tr></table></details></div>
				<div class="cookie-table-wrapper"><table class="cookie-table"><tr><td>rac_session</td><td>session</td></tr></table></div>
				</main></body>`,
			keep: []string{"Cookie Subgroup", "example.org", "CookieConsent", "_pk_id", "rac_session"},
		},
		{
			name: "short opt-out page made of a form of choices kept",
			body: `<body><main><div class="content"><h2>Your privacy choices</h2><p>Choose whether we may use cookies for advertising. Your consent can be withdrawn at any time.</p>
				<div><label><input type="radio" name="ads"> Allow advertising cookies</label></div><div><label><input type="radio" name="ads"> Do not allow them</label></div></div></main></body>`,
			keep: []string{"Your privacy choices", "Allow advertising cookies"},
		},
		{
			name: "headings are not furniture by their id, a slug of their text",
			body: `<body><main>` + policy + `<h2 id="sharing">Sharing</h2><h4 id="supplemental-privacy-notice">Supplemental privacy notice</h4><p>` + strings.Repeat("We share data with processors. ", 10) + `</p></main></body>`,
			keep: []string{"## Sharing", "#### Supplemental privacy notice"},
		},
		{
			name: "a short section anchored by a furniture word kept, a newsletter box dropped",
			body: `<body><main>` + policy + `<section id="social-media"><h2>Social media</h2><p>We have pages on two social networks; what you post there is governed by their policies.</p></section>
				<div id="newsletter"><h3>Our newsletter</h3><p>News every month.</p><input type="email"><button>Subscribe</button></div></main></body>`,
			keep: []string{"## Social media", "governed by their policies"},
			drop: []string{"News every month"},
		},
		{
			name: "a privacy notice container is not an overlay",
			body: `<body><nav>` + strings.Repeat(`<a href="/x">Menu entry</a> `, 500) + `</nav><div id="privacy-notice">` + policy + strings.Repeat("<p>We answer requests within a month.</p>", 40) + `</div></body>`,
			keep: []string{"six years", "within a month"},
		},
		{
			name: "component library classes are not consent labels",
			body: `<body><main>` + policy + `<div class="cmp-text"><p>Write to our support team for help.</p><button>Chat</button></div></main></body>`,
			keep: []string{"Write to our support team for help."},
		},
		{
			name: "paragraph with a cookie settings button kept",
			body: `<body><main>` + policy + `<p class="cookie-settings-note">You may change your choice at any time. <button class="ot-sdk-show-settings">Cookie settings</button></p></main></body>`,
			keep: []string{"You may change your choice at any time."},
		},
		{
			name: "entry header with the title kept, site header inside main dropped",
			body: `<body><main><header class="site-header"><a href="/">Home</a> <a href="/shop">Shop</a> <span>Sign in to your account</span></header>
				<article><header class="entry-header"><h1>Cookie Policy</h1></header><div class="entry-content"><p>` + strings.Repeat("Cookies help the shop remember your basket. ", 20) + `</p></div></article></main></body>`,
			keep: []string{"# Cookie Policy", "remember your basket"},
			drop: []string{"Sign in to your account"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Extract([]byte(tt.body), "text/html", "")
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			for _, k := range tt.keep {
				if !strings.Contains(res.Text, k) {
					t.Errorf("lost %q:\n%s", k, res.Text)
				}
			}
			for _, d := range tt.drop {
				if strings.Contains(res.Text, d) {
					t.Errorf("kept %q:\n%s", d, res.Text)
				}
			}
		})
	}
}
