package extract

import (
	"log/slog"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlOptions tune the HTML extraction; defaultHTMLOptions is what Extract uses.
type htmlOptions struct {
	// DropChrome removes navigation, headers, footers, banners and the like.
	DropChrome bool
	// DropHidden removes elements hidden by attribute or inline style.
	DropHidden bool
	// GuardFrac keeps a chrome-looking element when it holds at least this
	// share of the page's text (a policy inside <div class="cookie-policy">).
	GuardFrac float64
}

var defaultHTMLOptions = htmlOptions{DropChrome: true, DropHidden: true, GuardFrac: 0.4}

// extractHTML extracts the main text of an HTML page.
func extractHTML(body []byte, contentType string) (*Result, error) {
	return extractHTMLWith(body, contentType, defaultHTMLOptions)
}

// extractHTMLWith extracts the main text of an HTML page with the given options.
func extractHTMLWith(body []byte, contentType string, opt htmlOptions) (*Result, error) {
	src, _ := decodeHTML(body, contentType)
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		// The tree parser refuses pages nested too deeply; a streaming pass
		// still gets their text.
		slog.Debug("extract: html tree parse failed, reading tokens", "err", err)
		return tokenExtract(src), nil
	}
	res := &Result{Title: pageTitle(doc), Lang: declaredLang(doc)}
	root := findBody(doc)
	r := &renderer{skip: newPruner(root, opt).skip}
	r.render(root)
	res.Text = normalizeText(r.String())
	return res, nil
}

// findBody returns the <body> element, or doc when there is none.
func findBody(doc *html.Node) *html.Node {
	var found *html.Node
	walk(doc, func(n *html.Node) bool {
		if found != nil {
			return false
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			found = n
			return false
		}
		return true
	})
	if found == nil {
		return doc
	}
	return found
}

// walk visits n and its descendants in document order; fn returns false to
// skip a node's children.
func walk(n *html.Node, fn func(*html.Node) bool) {
	if !fn(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, fn)
	}
}
