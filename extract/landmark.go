package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// protection says which pruning rules an element is shielded from.
type protection uint8

const (
	// unprotected elements go through every rule.
	unprotected protection = iota
	// contentBox is an <article>: no furniture or consent rule removes it
	// (a consent library may put its classes on it), but it may still be
	// hidden or a copy of an earlier one.
	contentBox
	// sectionHeader heads a section: a <header> inside an article, or an
	// element holding an <h1> inside a main landmark or an article. Its
	// tag, role or class ("entry-header", "page-header") alone does not
	// make it furniture.
	sectionHeader
	// contentRoot is the document root (<html>, <body>), a main landmark
	// (<main>, role="main") or an element holding one: only the copy rule
	// applies, whatever classes or styles a script has put on it.
	contentRoot
)

// isMainLandmark reports <main> and role="main".
func isMainLandmark(n *html.Node) bool {
	if n.DataAtom == atom.Main {
		return true
	}
	for _, a := range n.Attr {
		if a.Key == "role" && strings.EqualFold(strings.TrimSpace(a.Val), "main") {
			return true
		}
	}
	return false
}

// protectionOf says how the element n, whose statistics are sum and which
// sits at pos, is protected: the document root and the elements holding a
// main landmark are content roots, an article a content box, and the
// header of a section of the main content a section header.
func protectionOf(n *html.Node, sum textStats, pos position) protection {
	switch {
	case n.DataAtom == atom.Html || n.DataAtom == atom.Body || sum.Mains > 0:
		return contentRoot
	case n.DataAtom == atom.Article:
		return contentBox
	case pos.inArticle && n.DataAtom == atom.Header, pos.inMain && sum.H1 > 0:
		// A site's own header inside <main> (pages that wrap everything in
		// it) holds no page title and stays furniture.
		return sectionHeader
	}
	return unprotected
}

// isSectionAnchor reports an element whose id merely anchors a section of
// the text ("sharing", "social-media", "notifications"): it opens with a
// heading, and neither its tag, its role nor its class names furniture.
func isSectionAnchor(n *html.Node) bool {
	if furnitureAtoms[n.DataAtom] || !opensWithHeading(n) {
		return false
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "role":
			if furnitureRoles[strings.ToLower(strings.TrimSpace(a.Val))] {
				return false
			}
		case "class":
			if classify(a.Val, false) != notChrome {
				return false
			}
		}
	}
	return true
}

// opensWithHeading reports whether the first element inside n is a heading.
func opensWithHeading(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.ElementNode:
			return headingLevel(c.DataAtom) > 0
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return false
			}
		}
	}
	return false
}
