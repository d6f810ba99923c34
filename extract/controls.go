package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// isToggle reports the controls that take one choice among several: check
// boxes, radio buttons and switches.
func isToggle(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "type":
			if n.DataAtom == atom.Input {
				switch strings.ToLower(strings.TrimSpace(a.Val)) {
				case "checkbox", "radio":
					return true
				}
			}
		case "role":
			switch strings.ToLower(strings.TrimSpace(a.Val)) {
			case "switch", "checkbox", "radio":
				return true
			}
		}
	}
	return false
}

// isControl reports the buttons, switches and form fields a notice uses to
// take the visitor's choice.
func isControl(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Button, atom.Select:
		return true
	case atom.Input:
		for _, a := range n.Attr {
			if a.Key == "type" && strings.EqualFold(a.Val, "hidden") {
				return false
			}
		}
		return true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "role":
			switch strings.ToLower(strings.TrimSpace(a.Val)) {
			case "button", "switch", "checkbox", "radio":
				return true
			}
		case "onclick":
			return true
		case "class":
			if n.DataAtom == atom.A {
				v := strings.ToLower(a.Val)
				if strings.Contains(v, "btn") || strings.Contains(v, "button") {
					return true
				}
			}
		case "href":
			// A link that goes nowhere is a button for a script.
			if n.DataAtom == atom.A {
				v := strings.TrimSpace(a.Val)
				if v == "" || v == "#" || strings.HasPrefix(strings.ToLower(v), "javascript:") {
					return true
				}
			}
		}
	}
	return false
}
