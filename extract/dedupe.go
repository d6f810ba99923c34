package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// minDuplicateRunes is the least text (non-space runes) an element must hold
// to be dropped as a copy of an earlier one. Responsive pages often carry the
// whole text twice (a desktop and a mobile layout, one hidden by a style
// sheet that is not evaluated here); shorter repeats (a sentence restated in
// two sections) are the author's and stay.
const minDuplicateRunes = 2000

// textHash is a polynomial hash of a sequence of words, composable so that
// an element's hash is computed from its children's in linear time overall.
type textHash struct {
	h     uint64
	words int
	pow   uint64 // hashBase^words
}

const hashBase = 1000003

// add appends the word sequence o to t.
func (t textHash) add(o textHash) textHash {
	if o.words == 0 {
		return t
	}
	if t.words == 0 {
		return o
	}
	return textHash{h: t.h*o.pow + o.h, words: t.words + o.words, pow: t.pow * o.pow}
}

// wordsHash hashes the words of a text node.
func wordsHash(s string) textHash {
	t := textHash{pow: 1}
	for _, w := range strings.Fields(s) {
		t = t.add(textHash{h: fnv64a(w), words: 1, pow: hashBase})
	}
	return t
}

// fnv64a is the 64-bit FNV-1a hash of s.
func fnv64a(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// duplicateFinder reports elements whose text repeats that of an element
// rendered before them.
type duplicateFinder struct {
	hashes map[*html.Node]uint64
	seen   map[uint64]*html.Node
}

// newDuplicateFinder hashes the text of every large element below root.
func newDuplicateFinder(root *html.Node, stats map[*html.Node]textStats) *duplicateFinder {
	d := &duplicateFinder{hashes: make(map[*html.Node]uint64), seen: make(map[uint64]*html.Node)}
	var visit func(*html.Node) textHash
	visit = func(n *html.Node) textHash {
		switch n.Type {
		case html.TextNode:
			return wordsHash(n.Data)
		case html.ElementNode, html.DocumentNode:
		default:
			return textHash{pow: 1}
		}
		if n.Type == html.ElementNode && isDropped(n) {
			return textHash{pow: 1}
		}
		t := textHash{pow: 1}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			t = t.add(visit(c))
		}
		if stats[n].Text >= minDuplicateRunes {
			d.hashes[n] = t.h ^ uint64(t.words)<<48
		}
		return t
	}
	visit(root)
	return d
}

// repeat reports whether n's text equals that of an element seen before
// that is not its ancestor (a wrapper holds the same text as its only
// child), and marks n as seen.
func (d *duplicateFinder) repeat(n *html.Node) bool {
	h, ok := d.hashes[n]
	if !ok {
		return false
	}
	first, ok := d.seen[h]
	if !ok {
		d.seen[h] = n
		return false
	}
	for p := n.Parent; p != nil; p = p.Parent {
		if p == first {
			return false
		}
	}
	return true
}
