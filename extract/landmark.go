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
	// element holding an <h1> inside a main landmark or an article. Its tag, role or class
	// ("entry-header", "page-header") alone does not make it furniture.
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

// protections finds the elements below root (root included) that hold the
// page's main content, so that no furniture or consent rule removes them,
// and the headers of its sections; stats are the text statistics of root.
func protections(root *html.Node, stats map[*html.Node]textStats) map[*html.Node]protection {
	prot := make(map[*html.Node]protection)
	for n := root; n != nil; n = n.Parent {
		if n.Type == html.ElementNode {
			prot[n] = contentRoot
		}
	}
	// inMain is true below a main landmark or an article, inArticle below
	// an article only.
	var visit func(n *html.Node, inMain, inArticle bool)
	visit = func(n *html.Node, inMain, inArticle bool) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || dropAtoms[c.DataAtom] {
				continue
			}
			childInMain, childInArticle := inMain, inArticle
			switch {
			case c.DataAtom == atom.Html || c.DataAtom == atom.Body:
				prot[c] = contentRoot
			case isMainLandmark(c):
				for a := c; a != nil && prot[a] != contentRoot; a = a.Parent {
					if a.Type == html.ElementNode {
						prot[a] = contentRoot
					}
				}
				childInMain = true
			case c.DataAtom == atom.Article:
				if prot[c] == unprotected {
					prot[c] = contentBox
				}
				childInMain, childInArticle = true, true
			case inArticle && c.DataAtom == atom.Header, inMain && stats[c].H1 > 0:
				// A site's own header inside <main> (pages that wrap
				// everything in it) holds no page title and stays furniture.
				prot[c] = sectionHeader
			}
			visit(c, childInMain, childInArticle)
		}
	}
	visit(root, false, false)
	return prot
}
