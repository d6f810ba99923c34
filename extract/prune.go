package extract

import (
	"math"
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
	total int32
	dups  *duplicateFinder
}

// newPruner measures the text below root once, so that each decision is
// a constant-time look-up.
func newPruner(root *html.Node, opt htmlOptions) *pruner {
	stats := textLengths(root)
	return &pruner{opt: opt, stats: stats, total: stats[root].Text,
		dups: newDuplicateFinder(root, stats)}
}

// skip reports whether the element n (and all below it) is left out.
func (p *pruner) skip(n *html.Node) bool {
	if isDropped(n) {
		return true
	}
	s := p.stats[n]
	switch s.Prot {
	case contentRoot:
		return p.dups.repeat(n)
	case contentBox:
		if p.opt.DropHidden && isHidden(n) && isMinor(s) {
			return true
		}
		return p.dups.repeat(n)
	}
	if !p.opt.DropChrome {
		if p.opt.DropHidden && isHidden(n) && isMinor(s) && !p.guarded(s) {
			return true
		}
		return p.dups.repeat(n)
	}
	if isConsentPlatform(n) {
		return true
	}
	kind := chrome(n, s.Prot == sectionHeader)
	guarded := p.guarded(s)
	if s.H1 == 0 && (kind == overlay && consentLabelled(n) ||
		isConsentPanel(n, s) && (!guarded || laidOver(n) || consentLabelled(n))) {
		// Consent UI drawn by the page itself, dropped whatever its size
		// unless it holds the page's title. A bare form of choices that
		// holds much of the page (an opt-out page) needs a consent label or
		// a dialog's marks as well.
		return true
	}
	if guarded {
		// Whatever it looks like, this is where the page's text is.
		return p.dups.repeat(n)
	}
	if p.opt.DropHidden && isHidden(n) && isMinor(s) {
		return true
	}
	if kind == furniture && s.Controls == 0 && s.Link*2 <= s.Text && isSectionAnchor(n) {
		// A section of prose whose id happens to be a furniture word.
		kind = notChrome
	}
	if kind == overlay || kind == furniture && isMinor(s) || isConsentNotice(n, s) {
		return true
	}
	return p.dups.repeat(n)
}

// guarded reports whether an element with statistics s holds so much of
// the page's prose that no furniture rule may drop it.
func (p *pruner) guarded(s textStats) bool {
	return float64(s.Text) >= p.opt.GuardFrac*float64(p.total) && s.Link*2 <= s.Text
}

// isMinor reports whether an element with statistics s may be dropped as
// furniture: it must be short or mostly links. A long run of prose is kept
// even when its id says "share" or "header" (section anchors often do).
func isMinor(s textStats) bool {
	return s.Text < minorRunes || s.Link*2 > s.Text
}

// textStats is how much text an element holds, in non-space runes, what
// else it holds that the pruning rules look at, and how it is protected.
// It fits in 16 bytes, as the map holds one per element and is read for
// each: text counts are 32-bit (a page is at most MaxInputBytes long),
// element counts saturate.
type textStats struct {
	Text     int32  // all text, never-shown elements excluded
	Link     int32  // text inside links
	Controls uint16 // buttons, switches and form fields (see isControl)
	Toggles  uint16 // check boxes, radio buttons and switches (see isToggle)
	H1       uint8  // <h1> elements
	Mains    uint8  // main landmarks, the element itself included
	Prot     protection
}

// add adds the statistics of a child to s.
func (s *textStats) add(c textStats) {
	s.Text += c.Text
	s.Link += c.Link
	s.Controls = satAdd16(s.Controls, c.Controls)
	s.Toggles = satAdd16(s.Toggles, c.Toggles)
	s.H1 = satAdd8(s.H1, c.H1)
	s.Mains = satAdd8(s.Mains, c.Mains)
}

// satAdd16 and satAdd8 add without wrapping round.
func satAdd16(a, b uint16) uint16 {
	if a > math.MaxUint16-b {
		return math.MaxUint16
	}
	return a + b
}

func satAdd8(a, b uint8) uint8 {
	if a > math.MaxUint8-b {
		return math.MaxUint8
	}
	return a + b
}

// position is where an element sits: inside a link, a main landmark or an
// article.
type position struct {
	inLink, inMain, inArticle bool
}

// textLengths returns the text statistics of n and every element below it,
// in one walk.
func textLengths(n *html.Node) map[*html.Node]textStats {
	stats := make(map[*html.Node]textStats)
	var count func(*html.Node, position) textStats
	count = func(n *html.Node, pos position) textStats {
		switch n.Type {
		case html.TextNode:
			k := int32(nonSpaceRunes(n.Data))
			if pos.inLink {
				return textStats{Text: k, Link: k}
			}
			return textStats{Text: k}
		case html.ElementNode, html.DocumentNode:
		default:
			return textStats{}
		}
		var sum textStats
		inner := pos
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
			switch {
			case n.DataAtom == atom.H1:
				sum.H1 = 1
			case n.DataAtom == atom.A:
				inner.inLink = true
			case n.DataAtom == atom.Article:
				inner.inMain, inner.inArticle = true, true
			case isMainLandmark(n):
				sum.Mains = 1
				inner.inMain = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			sum.add(count(c, inner))
		}
		if n.Type == html.ElementNode {
			sum.Prot = protectionOf(n, sum, pos)
		}
		stats[n] = sum
		return sum
	}
	count(n, position{})
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
