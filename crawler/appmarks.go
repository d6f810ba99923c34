package crawler

import (
	"strings"

	"github.com/PuerkitoBio/goquery"
)

// appRoots are the ids of the elements client-side frameworks render into.
var appRoots = []string{"root", "app", "__next", "__nuxt", "___gatsby", "svelte", "main-app"}

// appMarks lists the marks of a page built by scripts in the browser: an
// empty framework root element, a <noscript> asking for JavaScript, a
// script-only body. It returns nil for a page without scripts: rendering
// it could not change its text.
func appMarks(doc *goquery.Document) []string {
	if doc.Find("script").Length() == 0 {
		return nil
	}
	var marks []string
	for _, id := range appRoots {
		el := doc.Find("#" + id).First()
		if el.Length() > 0 && strings.TrimSpace(el.Text()) == "" && el.Children().Not("script,noscript,style,link").Length() == 0 {
			marks = append(marks, "empty #"+id)
			break
		}
	}
	if doc.Find("app-root:empty").Length() > 0 {
		marks = append(marks, "empty <app-root>")
	}
	doc.Find("noscript").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		t := strings.ToLower(s.Text())
		if strings.Contains(t, "javascript") || strings.Contains(t, "enable js") {
			marks = append(marks, "<noscript> asks for JavaScript")
			return false
		}
		return true
	})
	return marks
}

// hasScripts reports whether a page has any script element.
func hasScripts(doc *goquery.Document) bool { return doc.Find("script").Length() > 0 }

// legalWords are words of legal page URLs and labels, for linksOnlyInScripts.
var legalWords = []string{"privacy", "terms", "legal", "datenschutz", "impressum", "confidentialit", "privacidad"}

// linksOnlyInScripts reports whether the page's inline scripts mention a
// legal page while none of its links does: the links are built by scripts.
func linksOnlyInScripts(doc *goquery.Document) bool {
	var src, links strings.Builder
	doc.Find("script").Each(func(_ int, s *goquery.Selection) {
		if src.Len() < 1<<20 {
			src.WriteString(strings.ToLower(s.Text()))
		}
	})
	doc.Find("a[href]").Each(func(_ int, s *goquery.Selection) {
		links.WriteString(strings.ToLower(s.AttrOr("href", "") + " " + s.Text() + " "))
	})
	for _, w := range legalWords {
		if strings.Contains(src.String(), w) && !strings.Contains(links.String(), w) {
			return true
		}
	}
	return false
}
