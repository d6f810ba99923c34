package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropAtoms never hold readable text.
var dropAtoms = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Canvas: true, atom.Iframe: true, atom.Object: true,
	atom.Embed: true, atom.Head: true, atom.Title: true, atom.Meta: true, atom.Link: true,
	atom.Button: true, atom.Select: true, atom.Option: true, atom.Input: true,
	atom.Textarea: true, atom.Audio: true, atom.Video: true, atom.Picture: true, atom.Img: true,
}

// chromeKind says how an element looks like page furniture.
type chromeKind int

const (
	// notChrome is ordinary content.
	notChrome chromeKind = iota
	// furniture is navigation, headers, footers, side bars and share
	// widgets: short or made of links.
	furniture
	// overlay is a dialog, modal or cookie notice laid over the page: it may
	// hold a fair amount of prose and still not be the page's text.
	overlay
)

// furnitureAtoms and furnitureRoles name furniture by tag and ARIA role.
var (
	furnitureAtoms = map[atom.Atom]bool{
		atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	}
	furnitureRoles = map[string]bool{
		"navigation": true, "banner": true, "contentinfo": true, "search": true,
		"menu": true, "menubar": true, "toolbar": true, "complementary": true,
	}
	overlayRoles = map[string]bool{"dialog": true, "alertdialog": true}
)

// furnitureWords and overlayWords are id/class words that name furniture
// and overlays. An id or class is lower-cased and split on spaces, '-', '_',
// ':' and '.' before matching, so "site_footer" matches while "footnote"
// does not.
var (
	furnitureWords = map[string]bool{
		"nav": true, "navbar": true, "navigation": true, "menu": true, "megamenu": true,
		"footer": true, "header": true, "masthead": true, "sidebar": true, "banner": true,
		"breadcrumb": true, "breadcrumbs": true, "share": true, "sharing": true, "social": true,
		"newsletter": true, "subscribe": true, "skip": true, "skiplink": true, "skiplinks": true,
		"toolbar": true, "topbar": true, "announcement": true, "notification": true,
		"notifications": true, "promo": true,
	}
	overlayWords = map[string]bool{
		"modal": true, "popup": true, "offcanvas": true, "cookiebanner": true, "cookiebar": true,
		"cookienotice": true, "cookieconsent": true,
	}
)

// consentWords and noticeWords together name a cookie or consent notice
// ("cookie-notice", "gdpr_popup", "consent-bar"); alone they do not, since a
// cookie policy lists its cookies in elements such as "cookie-card".
var (
	consentWords = map[string]bool{
		"cookie": true, "cookies": true, "consent": true, "gdpr": true, "ccpa": true,
	}
	// weakConsentWords name notices as often as the policy itself
	// ("privacy-notice" may hold the whole policy): with a notice word they
	// make furniture, dropped only when short.
	weakConsentWords = map[string]bool{"privacy": true, "tracking": true}
	noticeWords      = map[string]bool{
		"notice": true, "notification": true, "bar": true, "banner": true, "popup": true,
		"modal": true, "dialog": true, "overlay": true, "alert": true, "law": true,
		"wall": true, "box": true, "message": true, "prompt": true, "accept": true,
		"consent": true, "settings": true, "preferences": true, "manager": true,
		"layer": true, "window": true,
	}
)

// isDropped reports elements that never hold readable text.
func isDropped(n *html.Node) bool {
	return dropAtoms[n.DataAtom]
}

// isHidden reports elements that a browser would not show.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "style":
			v := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// tableParts are never furniture, whatever their class: "table-header"
// names a header cell, not the page's header.
var tableParts = map[atom.Atom]bool{
	atom.Table: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true, atom.Tr: true,
	atom.Th: true, atom.Td: true, atom.Caption: true, atom.Colgroup: true, atom.Col: true,
}

// textAtoms hold a policy's own text; a consent word and a notice word in
// their class ("cookie-settings-note") describe what the text is about,
// not an overlay: only furniture words count for them.
var textAtoms = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.Dd: true, atom.Dt: true, atom.Ul: true, atom.Ol: true,
	atom.Dl: true, atom.Blockquote: true, atom.Pre: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
}

// chrome reports whether n looks like page furniture or an overlay, by tag,
// ARIA role, id or class. sectionHead is true for the header of a section
// of the main content (see sectionHeader), which may be an overlay but not
// furniture.
func chrome(n *html.Node, sectionHead bool) chromeKind {
	if n.DataAtom == atom.Dialog {
		return overlay
	}
	if tableParts[n.DataAtom] {
		return notChrome
	}
	kind := notChrome
	if furnitureAtoms[n.DataAtom] {
		kind = furniture
	}
	if n.DataAtom == 0 {
		// Custom elements (<cookie-banner>, <my-footer>) carry their
		// purpose in their names.
		kind = classify(n.Data, false)
		if kind == overlay {
			return overlay
		}
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "role":
			role := strings.ToLower(strings.TrimSpace(a.Val))
			if overlayRoles[role] {
				return overlay
			}
			if furnitureRoles[role] {
				kind = furniture
			}
		case "id", "class":
			if headingLevel(n.DataAtom) > 0 {
				// A heading's id is a slug of its own text
				// ("supplemental-privacy-notice").
				continue
			}
			switch classify(a.Val, textAtoms[n.DataAtom]) {
			case overlay:
				return overlay
			case furniture:
				kind = furniture
			}
		}
	}
	if sectionHead && kind == furniture {
		return notChrome
	}
	return kind
}

// classify splits an id, class list or tag name into words and says whether
// they name furniture or an overlay. For the id or class of a text element
// (textLevel), only furniture words count.
func classify(v string, textLevel bool) chromeKind {
	kind := notChrome
	consent, weak, notice := false, false, false
	for _, w := range strings.FieldsFunc(strings.ToLower(v), func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '-' || r == '_' || r == ':' || r == '.'
	}) {
		if furnitureWords[w] {
			kind = furniture
		}
		if textLevel {
			continue
		}
		if overlayWords[w] {
			return overlay
		}
		switch {
		case consentWords[w]:
			consent = true
		case weakConsentWords[w]:
			weak = true
		case noticeWords[w]:
			notice = true
		}
	}
	switch {
	case consent && notice:
		return overlay
	case weak && notice:
		return furniture
	}
	return kind
}
