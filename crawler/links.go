package crawler

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// link is one hyperlink of a page.
type link struct {
	URL *url.URL
	// Labels are the link's text, title, aria-label and image alt texts.
	Labels []string
	// Footer is true when the link sits in the page's footer.
	Footer bool
	// Rel is the link relation of a <link> element ("privacy-policy",
	// "terms-of-service"), if any.
	Rel string
	// Position is the link's rank in the page, 0 to 1 (1 = last).
	Position float64
}

// parseHTML decodes body by its Content-Type, byte order mark or <meta
// charset> and parses it.
func parseHTML(body []byte, contentType string) (*goquery.Document, error) {
	r, err := charset.NewReader(bytes.NewReader(body), contentType)
	if err != nil {
		r = bytes.NewReader(body) // unknown charset: read it as UTF-8
	}
	root, err := html.Parse(r)
	if err != nil {
		return nil, fmt.Errorf("parse html: %w", err)
	}
	return goquery.NewDocumentFromNode(root), nil
}

// pageLinks returns the http(s) links of an HTML page, resolved against its
// URL (or its <base href>), without fragments.
func pageLinks(doc *goquery.Document, pageURL *url.URL) []link {
	base := pageURL
	if href, ok := doc.Find("base[href]").First().Attr("href"); ok {
		if b, err := pageURL.Parse(strings.TrimSpace(href)); err == nil {
			base = b
		}
	}
	var out []link
	doc.Find("link[rel][href]").Each(func(_ int, s *goquery.Selection) {
		rel := strings.ToLower(s.AttrOr("rel", ""))
		for _, r := range strings.Fields(rel) {
			if r == "privacy-policy" || r == "terms-of-service" {
				if u := resolveLink(base, s.AttrOr("href", "")); u != nil {
					out = append(out, link{URL: u, Rel: r})
				}
			}
		}
	})
	anchors := doc.Find("a[href], area[href]")
	n := anchors.Length()
	anchors.Each(func(i int, s *goquery.Selection) {
		u := resolveLink(base, s.AttrOr("href", ""))
		if u == nil {
			return
		}
		labels := []string{strings.TrimSpace(s.Text())}
		for _, a := range []string{"title", "aria-label"} {
			if v := strings.TrimSpace(s.AttrOr(a, "")); v != "" {
				labels = append(labels, v)
			}
		}
		s.Find("img[alt]").Each(func(_ int, img *goquery.Selection) {
			labels = append(labels, img.AttrOr("alt", ""))
		})
		pos := 0.0
		if n > 1 {
			pos = float64(i) / float64(n-1)
		}
		out = append(out, link{URL: u, Labels: labels, Footer: inFooter(s), Position: pos})
	})
	return out
}

// resolveLink resolves href against base; nil for anything but http(s).
func resolveLink(base *url.URL, href string) *url.URL {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(href, "#") {
		return nil
	}
	u, err := base.Parse(href)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil
	}
	u.Fragment = ""
	u.RawFragment = ""
	return u
}

// inFooter reports whether s sits in a footer: a <footer> element, the
// contentinfo landmark, or an element whose id or class names a footer.
func inFooter(s *goquery.Selection) bool {
	for p := s.Parent(); p.Length() > 0; p = p.Parent() {
		if goquery.NodeName(p) == "footer" || p.AttrOr("role", "") == "contentinfo" {
			return true
		}
		idc := strings.ToLower(p.AttrOr("id", "") + " " + p.AttrOr("class", ""))
		if strings.Contains(idc, "footer") || strings.Contains(idc, "foot-") || strings.Contains(idc, "colophon") {
			return true
		}
	}
	return false
}

// metaRefresh returns the target of a page's <meta http-equiv="refresh">,
// the redirect many home pages use to pick a language.
func metaRefresh(doc *goquery.Document, pageURL *url.URL) *url.URL {
	var target *url.URL
	doc.Find("meta[http-equiv]").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		if !strings.EqualFold(strings.TrimSpace(s.AttrOr("http-equiv", "")), "refresh") {
			return true
		}
		for _, part := range strings.Split(s.AttrOr("content", ""), ";") {
			name, value, ok := strings.Cut(strings.TrimSpace(part), "=")
			if ok && strings.EqualFold(strings.TrimSpace(name), "url") {
				target = resolveLink(pageURL, strings.Trim(strings.TrimSpace(value), `'"`))
				return false
			}
		}
		return true
	})
	return target
}
