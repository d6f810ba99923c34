package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/language"
)

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// declaredLang returns the language the page declares on <html lang> (or
// xml:lang, or a Content-Language <meta>), as a canonical BCP 47 tag.
func declaredLang(doc *html.Node) string {
	var lang, metaLang string
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Html:
			lang = attr(n, "lang")
			if lang == "" {
				lang = attr(n, "xml:lang")
			}
			return true
		case atom.Head:
			return true
		case atom.Meta:
			if strings.EqualFold(attr(n, "http-equiv"), "content-language") {
				metaLang = attr(n, "content")
			}
		}
		return false
	})
	if strings.TrimSpace(lang) == "" {
		lang = metaLang
	}
	return canonicalLang(lang)
}

// canonicalLang parses a language tag ("fr_FR", "EN-us") into canonical
// form ("fr-FR", "en-US"); an unparsable tag gives "".
func canonicalLang(s string) string {
	s = strings.TrimSpace(strings.SplitN(s, ",", 2)[0])
	s = strings.ReplaceAll(s, "_", "-")
	if s == "" {
		return ""
	}
	tag, err := language.Parse(s)
	if err != nil || tag == language.Und {
		return ""
	}
	return tag.String()
}

// pageTitle returns the text of <title>, else of the first <h1>.
func pageTitle(doc *html.Node) string {
	var title, h1 string
	walk(doc, func(n *html.Node) bool {
		if title != "" {
			return false
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				title = collapseSpace(nodeText(n))
				return false
			case atom.H1:
				if h1 == "" {
					h1 = collapseSpace(nodeText(n))
				}
				return false
			case atom.Script, atom.Style, atom.Svg:
				return false
			}
		}
		return true
	})
	if title == "" {
		title = h1
	}
	return normalizeLine(title)
}

// nodeText returns all text below n.
func nodeText(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		return true
	})
	return b.String()
}

// collapseSpace joins the words of s with single spaces.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
