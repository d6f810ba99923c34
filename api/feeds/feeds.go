// Package feeds renders Legible's change feeds as Atom (RFC 4287): one entry
// per recorded change of a document's text, with its score before and after.
package feeds

import (
	"encoding/xml"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/legible-app/legible"
)

// Feed describes one Atom feed.
type Feed struct {
	// BaseURL is the server's public root, e.g. "https://legible.example".
	BaseURL string
	// Domain is the site the feed follows, or "" for every site.
	Domain  string
	Changes []legible.Change
	// Now stamps an empty feed's updated time.
	Now time.Time
}

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string      `xml:"id"`
	Title   string      `xml:"title"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  atomAuthor  `xml:"author"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomAuthor struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	ID      string     `xml:"id"`
	Title   string     `xml:"title"`
	Updated string     `xml:"updated"`
	Links   []atomLink `xml:"link"`
	Summary string     `xml:"summary"`
}

// Write renders f as an Atom document.
func Write(w io.Writer, f Feed) error {
	base := strings.TrimRight(f.BaseURL, "/")
	self := base + "/feeds/changes.atom"
	title := "Legible: privacy policy and terms changes"
	alt := base + "/"
	if f.Domain != "" {
		self = base + "/feeds/sites/" + url.PathEscape(f.Domain) + ".atom"
		title = "Legible: changes to " + f.Domain + "'s policies"
		alt = base + "/sites/" + url.PathEscape(f.Domain)
	}
	updated := f.Now
	if len(f.Changes) > 0 {
		updated = f.Changes[0].FetchedAt
		for _, c := range f.Changes {
			if c.FetchedAt.After(updated) {
				updated = c.FetchedAt
			}
		}
	}
	doc := atomFeed{
		ID:      self,
		Title:   title,
		Updated: stamp(updated),
		Links:   []atomLink{{Rel: "self", Type: "application/atom+xml", Href: self}, {Rel: "alternate", Type: "text/html", Href: alt}},
		Author:  atomAuthor{Name: "Legible"},
	}
	for _, c := range f.Changes {
		doc.Entries = append(doc.Entries, entry(base, c))
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("feeds: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("feeds: %w", err)
	}
	return nil
}

func entry(base string, c legible.Change) atomEntry {
	name := c.UnicodeDomain
	if name == "" {
		name = c.Domain
	}
	kind := kindName(c.Kind)
	title := fmt.Sprintf("%s changed its %s", name, kind)
	if c.PreviousID == nil {
		title = fmt.Sprintf("%s: %s first recorded", name, kind)
	}
	// "terms" is plural: the verbs and pronouns agree with it.
	was, has, its, scores := "was", "has", "its", "it scores"
	if plural(c.Kind) {
		was, has, its, scores = "were", "have", "their", "they score"
	}
	var sum strings.Builder
	fmt.Fprintf(&sum, "The %s at %s", kind, c.URL)
	if c.PreviousID == nil {
		fmt.Fprintf(&sum, " %s recorded for the first time", was)
	} else {
		fmt.Fprintf(&sum, " %s a new version", has)
	}
	switch {
	case c.Score != nil && c.PreviousScore != nil && c.Grade != nil && c.PreviousGrade != nil:
		fmt.Fprintf(&sum, "; %s score went from %d (%s) to %d (%s).", its, *c.PreviousScore, *c.PreviousGrade, *c.Score, *c.Grade)
	case c.Score != nil && c.Grade != nil:
		fmt.Fprintf(&sum, "; %s %d (%s).", scores, *c.Score, *c.Grade)
	default:
		sum.WriteString(".")
	}
	links := []atomLink{{Rel: "alternate", Type: "text/html", Href: base + "/sites/" + url.PathEscape(c.Domain)}}
	if c.PreviousID != nil {
		links = append(links, atomLink{Rel: "related", Type: "text/plain",
			Href: fmt.Sprintf("%s/v1/versions/%d/diff?against=%d", base, c.VersionID, *c.PreviousID)})
	}
	return atomEntry{
		ID:      fmt.Sprintf("%s/v1/versions/%d", base, c.VersionID),
		Title:   title,
		Updated: stamp(c.FetchedAt),
		Links:   links,
		Summary: sum.String(),
	}
}

// plural reports whether the English name of a kind is plural ("terms").
func plural(k legible.DocKind) bool { return k == legible.KindTerms }

func kindName(k legible.DocKind) string {
	switch k {
	case legible.KindPrivacy:
		return "privacy policy"
	case legible.KindTerms:
		return "terms"
	case legible.KindCookies:
		return "cookie policy"
	}
	return "legal document"
}

func stamp(t time.Time) string {
	if t.IsZero() {
		t = time.Unix(0, 0)
	}
	return t.UTC().Format(time.RFC3339)
}
