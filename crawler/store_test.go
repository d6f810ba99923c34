package crawler

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"sync"

	"github.com/legible-app/legible"
)

// memStore is an in-memory legible.CrawlStore with the semantics of the
// real one: RecordVersion adds a version only when the text changed.
type memStore struct {
	mu       sync.Mutex
	sites    map[string]*legible.Site
	docs     map[docKey]*legible.Document
	versions map[int64][]legible.Version // by document ID
	scores   map[int64][]legible.Score   // by version ID
	signals  map[int64]legible.Signals
	site     map[int64][]legible.SiteScore
	outcomes map[string]legible.CrawlOutcome // by domain
	nextID   int64
}

type docKey struct {
	site int64
	kind legible.DocKind
	url  string
}

func newMemStore() *memStore {
	return &memStore{
		sites: map[string]*legible.Site{}, docs: map[docKey]*legible.Document{},
		versions: map[int64][]legible.Version{}, scores: map[int64][]legible.Score{},
		signals: map[int64]legible.Signals{}, site: map[int64][]legible.SiteScore{},
		outcomes: map[string]legible.CrawlOutcome{},
	}
}

func (m *memStore) id() int64 { m.nextID++; return m.nextID }

func (m *memStore) UpsertSite(_ context.Context, s legible.Site) (legible.Site, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if old, ok := m.sites[s.Domain]; ok {
		if s.CanonicalURL != "" {
			old.CanonicalURL = s.CanonicalURL
		}
		return *old, nil
	}
	s.ID = m.id()
	m.sites[s.Domain] = &s
	return s, nil
}

func (m *memStore) SaveSignals(_ context.Context, siteID int64, sig legible.Signals) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.signals[siteID] = sig
	return nil
}

func (m *memStore) RecordVersion(_ context.Context, siteID int64, v legible.NewVersion) (legible.Recorded, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	k := docKey{siteID, v.Kind, v.URL}
	d, ok := m.docs[k]
	if !ok {
		d = &legible.Document{ID: m.id(), SiteID: siteID, Kind: v.Kind, URL: v.URL, CreatedAt: v.FetchedAt}
		m.docs[k] = d
	}
	sum := sha256.Sum256([]byte(v.Text))
	hash := hex.EncodeToString(sum[:])
	vs := m.versions[d.ID]
	rec := legible.Recorded{Document: *d}
	if n := len(vs); n > 0 {
		prev := vs[n-1]
		rec.Previous = &prev
		if prev.ContentHash == hash {
			vs[n-1].CheckedAt = v.FetchedAt
			rec.Version = vs[n-1]
			return rec, nil
		}
	}
	ver := legible.Version{
		ID: m.id(), DocumentID: d.ID, FetchedAt: v.FetchedAt, CheckedAt: v.FetchedAt, ContentHash: hash,
		ContentType: v.ContentType, Raw: v.Raw, Text: v.Text, Language: v.Language, Words: v.Words,
		Rendered: v.Rendered,
	}
	m.versions[d.ID] = append(vs, ver)
	if v.Score != nil {
		s := *v.Score
		s.VersionID = ver.ID
		m.scores[ver.ID] = append(m.scores[ver.ID], s)
	}
	rec.Version, rec.Created = ver, true
	return rec, nil
}

func (m *memStore) SaveSiteScore(_ context.Context, siteID int64, s legible.SiteScore) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.site[siteID] = append(m.site[siteID], s)
	return nil
}

func (m *memStore) SaveCrawlOutcome(_ context.Context, domain string, o legible.CrawlOutcome) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.outcomes[domain] = o
	return nil
}

// outcome returns the latest crawl outcome recorded for a domain.
func (m *memStore) outcome(domain string) (legible.CrawlOutcome, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	o, ok := m.outcomes[domain]
	return o, ok
}

// versionCount counts the versions of every document of a site.
func (m *memStore) versionCount(domain string) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	s, ok := m.sites[domain]
	if !ok {
		return 0
	}
	n := 0
	for k, d := range m.docs {
		if k.site == s.ID {
			n += len(m.versions[d.ID])
		}
	}
	return n
}

// latest returns the latest version of a site's document of a kind.
func (m *memStore) latest(domain string, kind legible.DocKind) (legible.Version, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	s, ok := m.sites[domain]
	if !ok {
		return legible.Version{}, false
	}
	for k, d := range m.docs {
		if k.site == s.ID && k.kind == kind {
			vs := m.versions[d.ID]
			if len(vs) > 0 {
				return vs[len(vs)-1], true
			}
		}
	}
	return legible.Version{}, false
}
