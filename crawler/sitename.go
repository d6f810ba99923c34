package crawler

import "strings"

// siteName returns the name a site gives itself on its home page: its
// og:site_name, else its application-name, else its title; "" when it
// gives none or the page is not HTML.
func siteName(home *page) string {
	if home == nil || !home.ok() || !isHTML(home.ContentType, home.Body) {
		return ""
	}
	doc, err := parseHTML(home.Body, home.ContentType)
	if err != nil {
		return ""
	}
	for _, sel := range []string{`meta[property="og:site_name"]`, `meta[name="application-name"]`} {
		if v := strings.TrimSpace(doc.Find(sel).First().AttrOr("content", "")); v != "" {
			return strings.Join(strings.Fields(v), " ")
		}
	}
	return strings.Join(strings.Fields(doc.Find("head title").First().Text()), " ")
}
