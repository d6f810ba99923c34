package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Consent notices that no known platform drew (a theme's own banner, a
// plug-in not listed in consentMarkers) are recognised by their structure:
// a small block holding accept or settings controls, labelled as a consent
// notice, or laid over the page or set directly in <body>, whose own text
// speaks of cookies.
const (
	// maxLabelledNoticeRunes is the most text a block labelled as a consent
	// notice (id, class or aria-label) and holding controls may have.
	maxLabelledNoticeRunes = 1000
	// maxBareNoticeRunes is the most text an unlabelled banner (a bare
	// alert or fixed bar) holding controls and naming cookies may have.
	maxBareNoticeRunes = 600
)

// consentLabelWords name consent in an id, class or ARIA label. Unlike
// consentWords they leave out "privacy", which names policies as often as
// notices, and "cmp", which Adobe's core components put on every block.
var consentLabelWords = map[string]bool{
	"cookie": true, "cookies": true, "consent": true, "consents": true, "gdpr": true,
	"rgpd": true, "dsgvo": true, "ccpa": true, "traceurs": true,
}

// bannerWords name a bar or pop-up laid over the page, in an id or class.
var bannerWords = map[string]bool{
	"alert": true, "banner": true, "bar": true, "notice": true, "popup": true, "popin": true,
	"bandeau": true, "toast": true, "snackbar": true, "overlay": true, "modal": true,
	"fixed": true, "sticky": true, "disclaimer": true, "warning": true, "info": true,
	"message": true, "notification": true, "prompt": true, "drawer": true,
}

// noticeRoles are the ARIA roles of banners and dialogs.
var noticeRoles = map[string]bool{
	"alert": true, "alertdialog": true, "dialog": true, "region": true, "status": true,
}

// labelWords splits an id, class list or label into lower-cased words, as
// classify does.
func labelWords(v string) []string {
	return strings.FieldsFunc(strings.ToLower(v), func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '-' || r == '_' || r == ':' || r == '.'
	})
}

// isConsentWord reports a word naming consent: one of consentLabelWords, or
// a compound starting with "cookie" ("cookiechoiceinfo", "cookiewarning").
func isConsentWord(w string) bool {
	return consentLabelWords[w] || strings.HasPrefix(w, "cookie")
}

// documentStems name the parts of a policy document ("cookie-policy",
// "CookieDeclarationTable", "cookie-list"): a label holding one names the
// policy's own text, not a notice.
var documentStems = []string{"polic", "statement", "declaration", "table", "list", "richtlinie", "erklaerung", "politique", "charte"}

// consentLabelled reports whether n's id, class or ARIA label names a
// consent notice, and none names a part of a policy document.
func consentLabelled(n *html.Node) bool {
	consent := false
	for _, a := range n.Attr {
		switch a.Key {
		case "id", "class", "aria-label", "aria-labelledby", "aria-describedby":
			for _, w := range labelWords(a.Val) {
				for _, stem := range documentStems {
					if strings.Contains(w, stem) {
						return false
					}
				}
				if isConsentWord(w) {
					consent = true
				}
			}
		}
	}
	return consent
}

// laidOver reports whether n looks like a bar or pop-up over the page: a
// banner word in its id or class, a banner or dialog role, or a fixed or
// sticky inline position.
func laidOver(n *html.Node) bool {
	if n.DataAtom == atom.Dialog {
		return true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "id", "class":
			for _, w := range labelWords(a.Val) {
				if bannerWords[w] {
					return true
				}
			}
		case "role":
			if noticeRoles[strings.ToLower(strings.TrimSpace(a.Val))] {
				return true
			}
		case "aria-modal", "data-nosnippet":
			// data-nosnippet keeps a block out of search snippets: consent
			// managers put it on their banners.
			return true
		case "style":
			v := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
			if strings.Contains(v, "position:fixed") || strings.Contains(v, "position:sticky") {
				return true
			}
		}
	}
	return false
}

// isNoticeBlock reports the elements a consent notice is drawn in: blocks,
// not the paragraphs, list items or cells of a policy's text (which may hold
// a "cookie settings" button of their own).
func isNoticeBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Aside, atom.Footer, atom.Header, atom.Form,
		atom.Dialog, atom.Nav, atom.Span:
		return true
	case 0:
		return true // custom elements
	}
	return false
}

// isConsentNotice reports a consent notice drawn by the page itself, from
// its structure and the statistics s of its text.
func isConsentNotice(n *html.Node, s textStats) bool {
	if !isNoticeBlock(n) {
		return false
	}
	if s.Controls > 0 && s.Text <= maxLabelledNoticeRunes && consentLabelled(n) {
		return true
	}
	if s.Text > maxBareNoticeRunes {
		return false
	}
	switch {
	case s.Controls > 0 && laidOver(n):
		// A bar or pop-up laid over the page.
	case s.Controls >= 2 && isBodyChild(n):
		// A block of buttons that a script put at the top or foot of <body>,
		// outside the page's own containers.
	case isBodyChild(n) && !opensWithHeading(n) && (consentLabelled(n) || laidOver(n)):
		// An implied-consent notice ("by continuing to browse..."), which
		// has no button at all.
	default:
		return false
	}
	return mentionsCookies(n)
}

// isBodyChild reports whether n sits directly in <body>.
func isBodyChild(n *html.Node) bool {
	return n.Parent != nil && n.Parent.Type == html.ElementNode && n.Parent.DataAtom == atom.Body
}

// consentStems are word stems that tell a notice's text speaks of cookies,
// trackers or consent (English, French, German).
var consentStems = []string{"cookie", "traceur", "tracker", "consent", "einwillig", "zustimm"}

// mentionsCookies reports whether the text below n speaks of cookies,
// trackers or consent.
func mentionsCookies(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found {
			return false
		}
		switch c.Type {
		case html.TextNode:
			v := strings.ToLower(c.Data)
			for _, stem := range consentStems {
				if strings.Contains(v, stem) {
					found = true
					break
				}
			}
			return false
		case html.ElementNode:
			return !isDropped(c)
		}
		return false
	})
	return found
}

// maxRunesPerToggle is the most text a consent panel holds per choice it
// offers: a preference panel is a list of toggles, each with a line or two
// about a purpose or vendor; a policy with a form in it has far more text.
const maxRunesPerToggle = 600

// isConsentPanel reports a preference panel that no known platform drew: a
// block offering at least two consent toggles, with little text around
// each, that speaks of cookies or consent.
func isConsentPanel(n *html.Node, s textStats) bool {
	return s.Toggles >= 2 && s.Text <= maxRunesPerToggle*int32(s.Toggles) && isNoticeBlock(n) && mentionsCookies(n)
}
