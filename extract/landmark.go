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
// page's main content, so that no furniture or consent rule removes them.
func protections(root *html.Node) map[*html.Node]protection {
	prot := make(map[*html.Node]protection)
	for n := root; n != nil; n = n.Parent {
		if n.Type == html.ElementNode {
			prot[n] = contentRoot
		}
	}
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		if n.DataAtom == atom.Html || n.DataAtom == atom.Body || isMainLandmark(n) {
			for a := n; a != nil && prot[a] != contentRoot; a = a.Parent {
				if a.Type == html.ElementNode {
					prot[a] = contentRoot
				}
			}
		} else if n.DataAtom == atom.Article && prot[n] == unprotected {
			prot[n] = contentBox
		}
		return !dropAtoms[n.DataAtom]
	})
	return prot
}
