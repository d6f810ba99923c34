package crawler

import (
	"net/url"
	"sort"
	"strings"

	"golang.org/x/net/publicsuffix"

	"github.com/legible-app/legible"
)

// Where a candidate document was found.
const (
	SourceHome     = "home"     // a link on the home page
	SourceHub      = "hub"      // a link on a "Legal" or "Privacy center" page
	SourceDocument = "document" // a link in another legal document
	SourceSitemap  = "sitemap"  // a sitemap entry
	SourcePath     = "path"     // a common path such as /privacy
)

// sourceBonus ranks the places a link was found in.
var sourceBonus = map[string]float64{
	SourceHome: 0, SourceHub: -0.5, SourceDocument: -1, SourceSitemap: -2, SourcePath: -3,
}

// minCandidateScore is the score a link needs to be fetched as a document.
const minCandidateScore = 5

// candidate is a URL that may hold a document of a kind.
type candidate struct {
	Kind   legible.DocKind
	URL    string
	Score  float64
	Source string
	Label  string
	order  int
}

// candidates collects and ranks candidate documents per kind.
type candidates struct {
	sites  []string // registrable domains of the site (as asked, and after redirects)
	byKind map[legible.DocKind]map[string]*candidate
	n      int
}

func newCandidates(sites ...string) *candidates {
	return &candidates{sites: sites, byKind: map[legible.DocKind]map[string]*candidate{}}
}

// isSite reports whether host belongs to the site.
func (cs *candidates) isSite(host string) bool {
	r := registrable(host)
	for _, s := range cs.sites {
		if r == s {
			return true
		}
	}
	return false
}

// add keeps the best score seen for (kind, URL).
func (cs *candidates) add(c candidate) {
	m := cs.byKind[c.Kind]
	if m == nil {
		m = map[string]*candidate{}
		cs.byKind[c.Kind] = m
	}
	key := cacheKey(c.URL)
	if old, ok := m[key]; ok {
		if c.Score > old.Score {
			old.Score, old.Source, old.Label = c.Score, c.Source, c.Label
		}
		return
	}
	cs.n++
	c.order = cs.n
	c.URL = key
	m[key] = &c
}

// ranked returns the candidates of a kind, best first.
func (cs *candidates) ranked(kind legible.DocKind) []candidate {
	out := make([]candidate, 0, len(cs.byKind[kind]))
	for _, c := range cs.byKind[kind] {
		out = append(out, *c)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		if len(out[i].URL) != len(out[j].URL) {
			return len(out[i].URL) < len(out[j].URL)
		}
		return out[i].order < out[j].order
	})
	return out
}

// addLinks scores a page's links and adds those that name a kind.
func (cs *candidates) addLinks(links []link, source string) {
	for _, l := range links {
		scores := classifyLink(l.Labels, l.URL)
		switch l.Rel {
		case "privacy-policy":
			scores[legible.KindPrivacy] = max(scores[legible.KindPrivacy], 14)
		case "terms-of-service":
			scores[legible.KindTerms] = max(scores[legible.KindTerms], 14)
		}
		sameSite := cs.isSite(l.URL.Hostname())
		for kind, s := range scores {
			if s < 4 {
				continue
			}
			if kind == kindHub && !sameSite {
				continue
			}
			s += sourceBonus[source]
			if l.Footer {
				s += 3
			} else if l.Position > 0.7 {
				s++
			}
			if sameSite {
				s++
			} else {
				s -= 3
			}
			cs.add(candidate{Kind: kind, URL: l.URL.String(), Score: s, Source: source, Label: firstLabel(l)})
		}
	}
}

// addURL adds a URL found without a label (a sitemap entry), scored by its path.
func (cs *candidates) addURL(u *url.URL, source string) {
	if !cs.isSite(u.Hostname()) {
		return
	}
	for kind, s := range urlScores(u) {
		if kind == kindHub || s < 6 {
			continue
		}
		cs.add(candidate{Kind: kind, URL: u.String(), Score: s + sourceBonus[source], Source: source})
	}
}

func firstLabel(l link) string {
	for _, s := range l.Labels {
		if s = strings.Join(strings.Fields(s), " "); s != "" {
			return truncate(s, 80)
		}
	}
	return l.Rel
}

// registrable returns the registrable domain of host, or host itself.
func registrable(host string) string {
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	if d, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
		return d
	}
	return host
}

// truncate cuts s to at most n runes.
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n])
}
