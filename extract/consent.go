package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// consentMarker names the containers a consent-management platform (CMP)
// renders its banner, dialog, preference panel or floating button in, by id,
// class token or custom tag name (lower-cased).
type consentMarker struct {
	name  string
	exact bool // the token must equal name; otherwise it must start with it
}

// consentMarkers are the UI containers of the common consent managers. Only
// the containers are named, not every class a vendor uses: the cookie lists
// these vendors embed in a cookie policy (OneTrust's #ot-sdk-cookie-policy,
// Cookiebot's CookieDeclaration, Complianz's cmplz-document, CookieYes's
// cky-audit-table-element, iubenda's iub_content, Usercentrics' uc-embed)
// carry other names and stay.
var consentMarkers = []consentMarker{
	// OneTrust (and its former name, Optanon).
	{name: "onetrust-"}, {name: "ot-sdk-btn-floating"}, {name: "ot-pc-"},
	{name: "optanon-alert-box"}, {name: "optanon-popup"}, {name: "optanon", exact: true},
	// Cookiebot.
	{name: "cybotcookiebot"}, {name: "cookiebotwidget"},
	// Didomi.
	{name: "didomi-"},
	// Usercentrics.
	{name: "usercentrics"}, {name: "uc-banner"}, {name: "uc-central-modal"},
	{name: "uc-corner-modal"}, {name: "uc-privacy-button"},
	// Quantcast Choice.
	{name: "qc-cmp"}, {name: "qccmp"},
	// TrustArc (TRUSTe).
	{name: "truste-"}, {name: "truste_"}, {name: "trustarc-banner"},
	{name: "consent_blackbar", exact: true}, {name: "teconsent", exact: true},
	// Complianz.
	{name: "cmplz-cookiebanner"}, {name: "cmplz-manage-consent"},
	{name: "cmplz-soft-cookiewall"}, {name: "cmplz-blocked-content-notice"},
	// CookieYes and its predecessor, CookieLawInfo.
	{name: "cky-consent"}, {name: "cky-modal"}, {name: "cky-preference"},
	{name: "cky-btn-revisit"}, {name: "cky-revisit"}, {name: "cky-overlay"},
	{name: "cookie-law-info-bar"}, {name: "cookie-law-info-again"},
	{name: "clisettingspopup", exact: true}, {name: "cli-modal"}, {name: "cli-settings-overlay"},
	// Klaro.
	{name: "klaro", exact: true}, {name: "cm-klaro"}, {name: "klaro-"},
	// Borlabs Cookie.
	{name: "borlabscookiebox"}, {name: "borlabscookiewidget"}, {name: "_brlbs-box"},
	{name: "brlbs-cmpnt-container"}, {name: "brlbs-cmpnt-dialog"}, {name: "brlbs-cmpnt-widget"},
	// Osano and its open-source cookieconsent.
	{name: "osano-cm-"},
	{name: "cc-window", exact: true}, {name: "cc-banner", exact: true},
	{name: "cc-revoke", exact: true}, {name: "cc-grower", exact: true},
	// tarteaucitron and its placeholders for blocked services.
	{name: "tarteaucitron"}, {name: "tac_activate"},
	// Borlabs content blockers stand in for blocked media.
	{name: "brlbs-cmpnt-content-blocker"}, {name: "_brlbs-content-blocker"},
	// Others met often.
	{name: "iubenda-cs-"}, {name: "iubenda-iframe", exact: true}, {name: "iubenda-tp-btn"},
	{name: "axeptio_"}, {name: "cookiefirst-root"}, {name: "sp_message"}, {name: "sp_veil"},
	{name: "fc-consent-root"}, {name: "fc-dialog-container"},
	{name: "cmpbox"}, {name: "cmpwrapper", exact: true},
	{name: "hs-eu-cookie-confirmation"}, {name: "ccc", exact: true}, {name: "ccc-notify"},
	{name: "ccc-module"}, {name: "ccc-overlay"}, {name: "coioverlay"}, {name: "coi-banner"},
	{name: "cookiescript_injected"}, {name: "shopify-pc__"},
	{name: "footer_tc_privacy"}, {name: "tc-privacy-wrapper"}, // Commanders Act
	{name: "ppms_cm_"}, {name: "lanyard_root"}, {name: "sd-cmp"}, // Piwik PRO, Ketch, Sirdata
	{name: "ch2-container"}, {name: "ch2-dialog"}, {name: "ch2-settings"}, // CookieHub
	{name: "cc-main", exact: true}, {name: "cc--main", exact: true}, // orestbida's cookieconsent
	// The French state design system's consent banner and manager.
	{name: "fr-consent-banner"}, {name: "fr-consent-manager"}, {name: "fr-consent-modal"},
}

// consentByHead indexes consentMarkers by their first two bytes, so that a
// class token is compared with the few markers that may match it.
var consentByHead = func() map[[2]byte][]consentMarker {
	m := make(map[[2]byte][]consentMarker)
	for _, c := range consentMarkers {
		k := [2]byte{c.name[0], c.name[1]}
		m[k] = append(m[k], c)
	}
	return m
}()

// isConsentToken reports whether one id, class token or tag name names a
// consent manager's container, ignoring ASCII case.
func isConsentToken(tok string) bool {
	if len(tok) < 2 {
		return false
	}
	for _, c := range consentByHead[[2]byte{lowerASCII(tok[0]), lowerASCII(tok[1])}] {
		if c.exact {
			if strings.EqualFold(tok, c.name) {
				return true
			}
		} else if len(tok) >= len(c.name) && strings.EqualFold(tok[:len(c.name)], c.name) {
			return true
		}
	}
	return false
}

// lowerASCII lower-cases an ASCII letter.
func lowerASCII(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// anyToken reports whether fn holds for one of the space-separated tokens
// of v, without allocating.
func anyToken(v string, fn func(string) bool) bool {
	for i := 0; i < len(v); {
		for i < len(v) && isHTMLSpace(v[i]) {
			i++
		}
		j := i
		for j < len(v) && !isHTMLSpace(v[j]) {
			j++
		}
		if j > i && fn(v[i:j]) {
			return true
		}
		i = j
	}
	return false
}

// isConsentPlatform reports the containers of known consent-management
// platforms, by id, class token or custom tag name. They are dropped
// whatever their size and wherever they sit: their vendor lists and
// preference tables can be longer than the policy itself.
func isConsentPlatform(n *html.Node) bool {
	if n.DataAtom == 0 && isConsentToken(n.Data) {
		return true
	}
	for _, a := range n.Attr {
		if (a.Key == "id" || a.Key == "class") && anyToken(a.Val, isConsentToken) {
			return true
		}
	}
	return false
}
