package extract

import (
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minorRunes is the text size under which an element that looks like
// furniture is dropped whatever its link density.
const minorRunes = 1500

// pruner decides which elements of a page are left out of its text.
type pruner struct {
	opt   htmlOptions
	stats map[*html.Node]textStats
	prot  map[*html.Node]protection
	total int
	dups  *duplicateFinder
}

// newPruner measures the text below root once, so that each decision is
// a constant-time look-up.
func newPruner(root *html.Node, opt htmlOptions) *pruner {
	stats := textLengths(root)
	return &pruner{opt: opt, stats: stats, prot: protections(root, stats), total: stats[root].Text,
		dups: newDuplicateFinder(root, stats)}
}

// skip reports whether the element n (and all below it) is left out.
func (p *pruner) skip(n *html.Node) bool {
	if isDropped(n) {
		return true
	}
	s := p.stats[n]
	switch p.prot[n] {
	case contentRoot:
		return p.dups.repeat(n)
	case contentBox:
		if p.opt.DropHidden && isHidden(n) && isMinor(s) {
			return true
		}
		return p.dups.repeat(n)
	}
	if p.opt.DropChrome && (isConsentPlatform(n) ||
		s.H1 == 0 && (isConsentOverlay(n) || isConsentPanel(n, s))) {
		// Consent furniture, dropped whatever its size unless it holds the
		// page's title.
		return true
	}
	if float64(s.Text) >= p.opt.GuardFrac*float64(p.total) && s.Link*2 <= s.Text {
		// Whatever it looks like, this is where the page's text is.
		return p.dups.repeat(n)
	}
	if p.opt.DropHidden && isHidden(n) && isMinor(s) {
		return true
	}
	if p.opt.DropChrome {
		if isConsentNotice(n, s) {
			return true
		}
		switch chrome(n, p.prot[n] == sectionHeader) {
		case overlay:
			return true
		case furniture:
			if isMinor(s) {
				return true
			}
		}
	}
	return p.dups.repeat(n)
}

// isMinor reports whether an element with statistics s may be dropped as
// furniture: it must be short or mostly links. A long run of prose is kept
// even when its id says "share" or "header" (section anchors often do).
func isMinor(s textStats) bool {
	return s.Text < minorRunes || s.Link*2 > s.Text
}

// textStats is how much text an element holds, in non-space runes.
type textStats struct {
	Text     int // all text, never-shown elements excluded
	Link     int // text inside links
	Controls int // buttons, switches and form fields (see isControl)
	Toggles  int // check boxes, radio buttons and switches (see isToggle)
	H1       int // <h1> elements
}

// textLengths returns the text statistics of n and every element below it.
func textLengths(n *html.Node) map[*html.Node]textStats {
	stats := make(map[*html.Node]textStats)
	var count func(*html.Node, bool) textStats
	count = func(n *html.Node, inLink bool) textStats {
		switch n.Type {
		case html.TextNode:
			k := nonSpaceRunes(n.Data)
			if inLink {
				return textStats{Text: k, Link: k}
			}
			return textStats{Text: k}
		case html.ElementNode, html.DocumentNode:
		default:
			return textStats{}
		}
		var sum textStats
		if n.Type == html.ElementNode {
			if isControl(n) {
				sum.Controls = 1
				if isToggle(n) {
					sum.Toggles = 1
				}
			}
			if isDropped(n) {
				return sum
			}
			if n.DataAtom == atom.H1 {
				sum.H1 = 1
			}
		}
		inLink = inLink || n.DataAtom == atom.A
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			s := count(c, inLink)
			sum.Text += s.Text
			sum.Link += s.Link
			sum.Controls += s.Controls
			sum.Toggles += s.Toggles
			sum.H1 += s.H1
		}
		stats[n] = sum
		return sum
	}
	count(n, false)
	return stats
}

// nonSpaceRunes counts the runes of s that are not white space.
func nonSpaceRunes(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if isHTMLSpace(s[i]) {
			i++
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
	}
	return n
}
