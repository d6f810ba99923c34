package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// tokenExtract is the fallback for pages the tree parser refuses (nested
// deeper than it allows): one streaming pass over the tokens that keeps
// the text, starts a block at block elements and skips the contents of
// elements that never hold readable text. It drops no furniture.
func tokenExtract(src string) *Result {
	z := html.NewTokenizer(strings.NewReader(src))
	r := &renderer{}
	res := &Result{}
	skipDepth := 0
	inTitle := false
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			res.Text = normalizeText(r.String())
			res.Title = normalizeLine(collapseSpace(res.Title))
			return res
		case html.TextToken:
			if inTitle {
				res.Title += string(z.Text())
			} else if skipDepth == 0 {
				r.text(string(z.Text()))
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			a := tok.DataAtom
			switch a {
			case atom.Html:
				for _, at := range tok.Attr {
					if at.Key == "lang" && res.Lang == "" {
						res.Lang = canonicalLang(at.Val)
					}
				}
			case atom.Title:
				inTitle = tt == html.StartTagToken && res.Title == ""
				continue
			}
			if dropAtoms[a] && a != atom.Img && a != atom.Input && a != atom.Meta && a != atom.Link {
				if tt == html.StartTagToken {
					skipDepth++
				}
				continue
			}
			r.tokenBoundary(a, true)
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Title {
				inTitle = false
				continue
			}
			if dropAtoms[a] {
				if skipDepth > 0 {
					skipDepth--
				}
				continue
			}
			r.tokenBoundary(a, false)
		}
	}
}

// tokenBoundary handles a start (open) or end tag in the streaming pass.
func (r *renderer) tokenBoundary(a atom.Atom, open bool) {
	switch {
	case a == atom.Br:
		r.flushLine("\n")
	case a == atom.Li && open:
		r.endBlock()
		r.prefix = "- "
	case headingLevel(a) > 0 && open:
		r.endBlock()
		r.prefix = strings.Repeat("#", headingLevel(a)) + " "
	case a == atom.Td || a == atom.Th:
		r.space = true
	case blockAtoms[a]:
		r.endBlock()
		if !open {
			r.prefix = ""
		}
	}
}
