// Package feeds renders Legible's change feeds as Atom (RFC 4287): one entry
// per recorded change of a document's text, with its score before and after.
package feeds

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/api/links"
)

// Feed describes one Atom feed.
type Feed struct {
	// BaseURL is the server's public root, e.g. "https://legible.example",
	// or "" when it is not known: links are then relative and ids URNs.
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
	selfPath := links.ChangesFeed
	title := "Legible: privacy policy and terms changes"
	alt := links.Absolute(base, "/")
	if f.Domain != "" {
		selfPath = links.SiteFeed(f.Domain)
		title = "Legible: changes to " + f.Domain + "'s policies"
		alt = links.Absolute(base, links.SitePage(f.Domain))
	}
	self := links.Absolute(base, selfPath)
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
		ID:      atomID(base, selfPath),
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
	// A version measured but not graded (grade "") has no score to tell.
	graded := c.Score != nil && c.Grade != nil && *c.Grade != ""
	wasGraded := c.PreviousScore != nil && c.PreviousGrade != nil && *c.PreviousGrade != ""
	switch {
	case graded && wasGraded:
		fmt.Fprintf(&sum, "; %s score went from %d (%s) to %d (%s).", its, *c.PreviousScore, *c.PreviousGrade, *c.Score, *c.Grade)
	case graded:
		fmt.Fprintf(&sum, "; %s %d (%s).", scores, *c.Score, *c.Grade)
	default:
		sum.WriteString(".")
	}
	related := []atomLink{{Rel: "alternate", Type: "text/html", Href: links.Absolute(base, links.SitePage(c.Domain))}}
	if c.PreviousID != nil {
		related = append(related, atomLink{Rel: "related", Type: "text/plain",
			Href: links.Absolute(base, fmt.Sprintf("/v1/versions/%d/diff?against=%d", c.VersionID, *c.PreviousID))})
	}
	return atomEntry{
		ID:      atomID(base, fmt.Sprintf("/v1/versions/%d", c.VersionID)),
		Title:   title,
		Updated: stamp(c.FetchedAt),
		Links:   related,
		Summary: sum.String(),
	}
}

// atomID is the absolute address of path, Atom's id; without a known root,
// a URN that stays the same whatever host the feed was read from.
func atomID(base, path string) string {
	if base == "" {
		return "urn:legible:" + strings.TrimPrefix(path, "/")
	}
	return base + path
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
