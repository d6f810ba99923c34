package db

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"strings"

	"github.com/jmoiron/sqlx"

	"github.com/legible-app/legible"
)

const siteCols = `id, domain, unicode_domain, domain_hash, canonical_url, name, created_at, updated_at`

// normalizeSiteName returns the ASCII and Unicode forms of a site name: its
// registrable domain when it has one, else the host itself (an IP address or
// a single-label name such as "localhost", which private deployments crawl).
func normalizeSiteName(name string) (ascii, unicode string, err error) {
	ascii, unicode, err = legible.NormalizeDomain(name)
	if err == nil {
		return ascii, unicode, nil
	}
	host, herr := legible.NormalizeHost(name)
	if herr != nil || host == "" {
		return "", "", err
	}
	if net.ParseIP(host) == nil && strings.Contains(host, ".") {
		// A dotted name without a registrable domain: a bare public suffix.
		return "", "", err
	}
	return host, host, nil
}

// UpsertSite creates the site or updates its canonical URL, keyed by Domain.
// Domain is normalised to its registrable domain; an empty CanonicalURL
// leaves a known one in place.
func (d *DB) UpsertSite(ctx context.Context, s legible.Site) (legible.Site, error) {
	const op = "db.UpsertSite"
	ascii, uni, err := normalizeSiteName(s.Domain)
	if err != nil {
		return legible.Site{}, fmt.Errorf("%s: %w", op, err)
	}
	hash := legible.DomainHash(ascii)
	now := d.clock()
	var out legible.Site
	err = d.inTx(ctx, op, func(tx *sqlx.Tx) error {
		return tx.QueryRowxContext(ctx, d.q(`
			INSERT INTO sites (domain, unicode_domain, domain_hash, hash_prefix, canonical_url, name, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (domain) DO UPDATE SET
				canonical_url = CASE WHEN excluded.canonical_url <> '' THEN excluded.canonical_url ELSE sites.canonical_url END,
				name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE sites.name END,
				updated_at = CASE WHEN excluded.canonical_url <> '' AND excluded.canonical_url <> sites.canonical_url
					THEN excluded.updated_at ELSE sites.updated_at END
			RETURNING `+siteCols),
			ascii, uni, hash, hash[:4], s.CanonicalURL, siteName(s.Name), now, now,
		).StructScan(&out)
	})
	if err != nil {
		return legible.Site{}, err
	}
	return out, nil
}

// maxSiteName bounds a stored site name, in bytes.
const maxSiteName = 200

// siteName tidies a site's name for storage: one line, bounded.
func siteName(name string) string {
	name = strings.Join(strings.Fields(name), " ")
	if len(name) > maxSiteName {
		name = strings.ToValidUTF8(name[:maxSiteName], "")
	}
	return name
}

// FindSite finds a site by its ASCII or Unicode registrable domain; any other
// spelling ("WWW.Example.com", a URL) is normalised first. It fails with
// ErrNotFound for an unknown site and ErrInvalid for input that is no domain.
func (d *DB) FindSite(ctx context.Context, domain string) (legible.Site, error) {
	const op = "db.FindSite"
	s, err := d.findSite(ctx, domain)
	if err != nil {
		return legible.Site{}, fmt.Errorf("%s: %w", op, err)
	}
	return s, nil
}

func (d *DB) findSite(ctx context.Context, domain string) (legible.Site, error) {
	name := strings.ToLower(strings.TrimSpace(domain))
	if name == "" {
		return legible.Site{}, fmt.Errorf("empty domain: %w", legible.ErrInvalid)
	}
	var s legible.Site
	err := d.x.GetContext(ctx, &s, d.q(`SELECT `+siteCols+` FROM sites WHERE domain = ? OR unicode_domain = ? LIMIT 1`), name, name)
	if err == nil {
		return s, nil
	}
	if err = notFound(err, "site %q", domain); !errors.Is(err, legible.ErrNotFound) {
		return legible.Site{}, err
	}
	ascii, _, nerr := normalizeSiteName(domain)
	if nerr != nil {
		return legible.Site{}, nerr // not a domain at all: ErrInvalid
	}
	if ascii == name {
		return legible.Site{}, err
	}
	if gerr := d.x.GetContext(ctx, &s, d.q(`SELECT `+siteCols+` FROM sites WHERE domain = ?`), ascii); gerr != nil {
		return legible.Site{}, notFound(gerr, "site %q", domain)
	}
	return s, nil
}

// SaveSignals records the site's latest signals.
func (d *DB) SaveSignals(ctx context.Context, siteID int64, sig legible.Signals) error {
	const op = "db.SaveSignals"
	now := d.clock()
	sig.CheckedAt = dbTime(sig.CheckedAt)
	if sig.CheckedAt.IsZero() {
		sig.CheckedAt = now
	}
	checked := sig.CheckedAt
	body, err := json.Marshal(sig)
	if err != nil {
		return fmt.Errorf("%s: encode: %w", op, err)
	}
	return d.inTx(ctx, op, func(tx *sqlx.Tx) error {
		if err := d.lockSite(ctx, tx, siteID); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, d.q(`
			INSERT INTO site_signals (site_id, signals, checked_at, updated_at) VALUES (?, ?, ?, ?)
			ON CONFLICT (site_id) DO UPDATE SET signals = excluded.signals,
				checked_at = excluded.checked_at, updated_at = excluded.updated_at`),
			siteID, string(body), checked, now)
		if err != nil {
			return fmt.Errorf("save signals of site %d: %w", siteID, err)
		}
		return nil
	})
}

// signals returns the site's latest signals, or nil when none were saved.
func (d *DB) signals(ctx context.Context, siteID int64) (*legible.Signals, error) {
	var body []byte
	err := d.x.GetContext(ctx, &body, d.q(`SELECT signals FROM site_signals WHERE site_id = ?`), siteID)
	if err != nil {
		if isNotFound(err) {
			return nil, nil
		}
		return nil, fmt.Errorf("signals of site %d: %w", siteID, err)
	}
	var sig legible.Signals
	if err := json.Unmarshal(body, &sig); err != nil {
		return nil, fmt.Errorf("decode signals of site %d: %w", siteID, err)
	}
	return &sig, nil
}

// lockSite locks the site's row until tx ends, so writes about one site are
// serialised; it fails with ErrNotFound when there is no such site.
func (d *DB) lockSite(ctx context.Context, tx *sqlx.Tx, siteID int64) error {
	var id int64
	if err := tx.GetContext(ctx, &id, d.q(`SELECT id FROM sites WHERE id = ?`+d.forUpdate()), siteID); err != nil {
		return notFound(err, "site %d", siteID)
	}
	return nil
}
