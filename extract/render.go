package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// renderer writes a DOM subtree as Markdown-like text. It keeps one pending
// inline line and emits blocks separated by blank lines; whitespace inside a
// line is collapsed.
type renderer struct {
	out strings.Builder
	// line holds the inline text of the block being built.
	line strings.Builder
	// prefix starts the current block ("# ", "- ").
	prefix string
	// space is true when a space is due before the next word.
	space bool
	// skip reports nodes to leave out (boilerplate); may be nil.
	skip func(*html.Node) bool
	// listDepth is the nesting depth of lists, for indentation.
	listDepth int
	// pre is non-zero inside <pre>.
	pre int
	// cell is non-zero inside an inline table cell, where blocks become spaces.
	cell int
	// kind is the kind of block being built; lastKind the kind last written.
	kind, lastKind blockKind
	// needBreak is true when a block ended and the next line starts a new one.
	needBreak bool
}

// blockKind tells blocks that follow each other without a blank line (list
// items, table rows) from paragraphs.
type blockKind int

const (
	kindPara blockKind = iota
	kindItem
	kindRow
)

// blockAtoms are elements that start and end a block of text.
var blockAtoms = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Center: true, atom.Dd: true, atom.Details: true, atom.Dialog: true, atom.Div: true,
	atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true,
	atom.Footer: true, atom.Form: true, atom.Header: true, atom.Hgroup: true, atom.Hr: true,
	atom.Legend: true, atom.Main: true, atom.Nav: true, atom.Ol: true, atom.P: true,
	atom.Section: true, atom.Summary: true, atom.Table: true, atom.Caption: true,
	atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Ul: true, atom.Menu: true,
	atom.Body: true, atom.Html: true, atom.Li: true, atom.Tr: true, atom.Pre: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
}

// headingLevel returns 1..6 for h1..h6 and 0 otherwise.
func headingLevel(a atom.Atom) int {
	switch a {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

// render writes n and its descendants.
func (r *renderer) render(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		r.text(n.Data)
		return
	case html.DocumentNode:
		r.children(n)
		return
	case html.ElementNode:
	default:
		return
	}
	if r.skip != nil && r.skip(n) {
		return
	}
	if r.cell > 0 && blockAtoms[n.DataAtom] {
		r.space = true
		r.children(n)
		r.space = true
		return
	}
	switch n.DataAtom {
	case atom.Br:
		if r.pre > 0 || r.cell > 0 {
			r.text("\n")
			return
		}
		r.flushLine("\n")
		return
	case atom.Hr:
		r.endBlock()
		return
	case atom.Pre:
		r.endBlock()
		r.pre++
		r.children(n)
		r.pre--
		r.endBlock()
		return
	case atom.Ul, atom.Ol, atom.Menu:
		r.endBlock()
		r.listDepth++
		r.children(n)
		r.listDepth--
		r.endBlock()
		return
	case atom.Li:
		r.endBlock()
		r.prefix = strings.Repeat("  ", max(r.listDepth-1, 0)) + "- "
		r.children(n)
		r.endBlock()
		r.prefix = ""
		return
	case atom.Tr:
		r.row(n)
		return
	}
	if lvl := headingLevel(n.DataAtom); lvl > 0 {
		r.endBlock()
		r.prefix = strings.Repeat("#", lvl) + " "
		r.children(n)
		r.endBlock()
		r.prefix = ""
		return
	}
	if blockAtoms[n.DataAtom] {
		r.endBlock()
		r.children(n)
		r.endBlock()
		return
	}
	// Inline element: its text flows on, as a browser shows it.
	r.children(n)
}

// children renders each child of n.
func (r *renderer) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.render(c)
	}
}

// row renders a table row: simple rows as "a | b | c" on one line, rows
// whose cells hold blocks of their own as separate blocks.
func (r *renderer) row(tr *html.Node) {
	r.endBlock()
	var cells []*html.Node
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) {
			if r.skip == nil || !r.skip(c) {
				cells = append(cells, c)
			}
		}
	}
	inline := true
	for _, c := range cells {
		if hasBlockContent(c) {
			inline = false
			break
		}
	}
	if !inline {
		for _, c := range cells {
			r.endBlock()
			r.children(c)
			r.endBlock()
		}
		return
	}
	r.cell++
	r.kind = kindRow
	defer func() { r.kind = kindPara }()
	first := true
	for _, c := range cells {
		mark := r.line.Len()
		if !first {
			r.space = false
			r.line.WriteString(" | ")
		}
		before := r.line.Len()
		r.children(c)
		if r.line.Len() == before {
			// Empty cell: drop its separator.
			s := r.line.String()[:mark]
			r.line.Reset()
			r.line.WriteString(s)
		} else {
			first = false
		}
		r.space = false
	}
	r.cell--
	r.endBlock()
}

// hasBlockContent reports whether a table cell holds block elements
// (paragraphs, headings, lists, nested tables), as layout tables do.
func hasBlockContent(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.P, atom.Ul, atom.Ol, atom.Table, atom.Pre, atom.Blockquote,
			atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return true
		case atom.Div, atom.Section, atom.Article, atom.Span, atom.Font, atom.Center:
			if hasBlockContent(c) {
				return true
			}
		}
	}
	return false
}

// text appends a text node to the current line, collapsing whitespace
// outside <pre>.
func (r *renderer) text(s string) {
	if r.pre > 0 {
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			if i > 0 {
				r.flushLine("\n")
			}
			r.line.WriteString(strings.TrimRight(l, " \t\r"))
		}
		return
	}
	start := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && !isHTMLSpace(s[i]) {
			continue
		}
		if i > start {
			if r.space && r.line.Len() > 0 {
				r.line.WriteByte(' ')
			}
			r.line.WriteString(s[start:i])
			r.space = false
		}
		if i < len(s) {
			r.space = true
		}
		start = i + 1
	}
}

// isHTMLSpace reports ASCII whitespace as HTML defines it.
func isHTMLSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f'
}

// flushLine ends the current line (a <br>) and keeps the block open. A
// <br> on an empty line (the second of "<br><br>") ends the paragraph.
func (r *renderer) flushLine(sep string) {
	line := strings.TrimSpace(r.line.String())
	r.line.Reset()
	r.space = false
	if line == "" {
		if r.out.Len() > 0 {
			r.needBreak = true
		}
		return
	}
	r.emit(line, sep)
}

// emit writes one line of the current block, preceded by a blank line when
// a block ended before it, except between two list items or two table rows.
func (r *renderer) emit(line, sep string) {
	kind := r.kind
	if r.prefix != "" && strings.HasPrefix(strings.TrimLeft(r.prefix, " "), "- ") {
		kind = kindItem
	}
	if r.needBreak && r.out.Len() > 0 {
		if kind == kindPara || kind != r.lastKind {
			r.out.WriteByte('\n')
		}
	}
	r.needBreak = false
	r.lastKind = kind
	if r.prefix != "" {
		r.out.WriteString(r.prefix)
		r.prefix = ""
	}
	r.out.WriteString(line)
	r.out.WriteString(sep)
}

// endBlock closes the current block. A prefix not yet written stays for
// the next block (a list item whose text sits in a <p>).
func (r *renderer) endBlock() {
	line := strings.TrimSpace(r.line.String())
	r.line.Reset()
	r.space = false
	if line != "" {
		r.emit(line, "\n")
	}
	if r.out.Len() > 0 {
		r.needBreak = true
	}
}

// String returns everything rendered so far.
func (r *renderer) String() string {
	r.endBlock()
	return r.out.String()
}
