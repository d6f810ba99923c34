package crawler

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strings"
)

// sitemapDoc is a sitemap or a sitemap index (sitemaps.org protocol).
type sitemapDoc struct {
	XMLName  xml.Name
	URLs     []sitemapLoc `xml:"url"`
	Sitemaps []sitemapLoc `xml:"sitemap"`
}

type sitemapLoc struct {
	Loc string `xml:"loc"`
}

// parseSitemap returns the page URLs and the child sitemap URLs of a
// sitemap or sitemap index.
func parseSitemap(body []byte) (pages, children []string, err error) {
	var d sitemapDoc
	dec := xml.NewDecoder(bytes.NewReader(body))
	dec.Strict = false
	dec.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	if err := dec.Decode(&d); err != nil {
		return nil, nil, fmt.Errorf("parse sitemap: %w", err)
	}
	for _, u := range d.URLs {
		if s := strings.TrimSpace(u.Loc); s != "" {
			pages = append(pages, s)
		}
	}
	for _, s := range d.Sitemaps {
		if l := strings.TrimSpace(s.Loc); l != "" {
			children = append(children, l)
		}
	}
	return pages, children, nil
}

// robotsSitemaps returns the Sitemap: lines of a robots.txt.
func robotsSitemaps(body []byte) []string {
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		name, value, ok := strings.Cut(line, ":")
		if ok && strings.EqualFold(strings.TrimSpace(name), "sitemap") {
			if v := strings.TrimSpace(value); v != "" {
				out = append(out, v)
			}
		}
	}
	return out
}

// rankSitemaps orders child sitemaps so that those likely to list legal
// and static pages come first.
func rankSitemaps(urls []string) []string {
	score := func(s string) int {
		s = strings.ToLower(s)
		for i, w := range []string{"legal", "polic", "privacy", "terms", "page", "static", "misc"} {
			if strings.Contains(s, w) {
				return i
			}
		}
		for _, w := range []string{"post", "product", "news", "article", "image", "video", "categor", "tag", "author"} {
			if strings.Contains(s, w) {
				return 100
			}
		}
		return 50
	}
	out := append([]string(nil), urls...)
	sort.SliceStable(out, func(i, j int) bool { return score(out[i]) < score(out[j]) })
	return out
}
