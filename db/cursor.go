package db

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/legible-app/legible"
)

// sortKey is one way ListSites can order sites.
type sortKey struct {
	name   string
	column string
}

var sortKeys = map[string]sortKey{
	"score":   {"score", "s.overall"},
	"reading": {"reading", "s.reading_minutes"},
	"changed": {"changed", "s.changed_at"},
	"domain":  {"domain", "s.domain"},
}

// parseSort reads "key" or "-key" (descending); "" means "domain".
func parseSort(s string) (sortKey, bool, error) {
	desc := strings.HasPrefix(s, "-")
	name := strings.TrimPrefix(s, "-")
	if name == "" {
		name = "domain"
	}
	k, ok := sortKeys[name]
	if !ok {
		return sortKey{}, false, fmt.Errorf("unknown sort %q: %w", s, legible.ErrInvalid)
	}
	return k, desc, nil
}

// cursor is the position after which the next page starts: the last row's
// sort key and domain. It travels as base64url JSON; clients treat it as
// opaque.
type cursor struct {
	Sort   string          `json:"o"`
	Key    json.RawMessage `json:"k,omitempty"`
	Domain string          `json:"d"`

	key  sortKey
	desc bool
	val  any
}

func encodeCursor(k sortKey, desc bool, last legible.SiteSummary) string {
	c := cursor{Sort: k.name, Domain: last.Domain}
	if desc {
		c.Sort = "-" + k.name
	}
	var v any
	switch k.name {
	case "score":
		v = last.Score
	case "reading":
		v = last.ReadingMin
	case "changed":
		v = last.ChangedAt.UTC().Format(time.RFC3339Nano)
	}
	if v != nil {
		c.Key, _ = json.Marshal(v) // ints, floats and strings always encode
	}
	b, _ := json.Marshal(c)
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodeCursor parses s, which must come from a listing with the same sort.
func decodeCursor(s string, k sortKey, desc bool) (cursor, error) {
	bad := func(why string) (cursor, error) {
		return cursor{}, fmt.Errorf("bad page cursor (%s): %w", why, legible.ErrInvalid)
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return bad("not base64url")
	}
	var c cursor
	if err := json.Unmarshal(b, &c); err != nil {
		return bad("not JSON")
	}
	want := k.name
	if desc {
		want = "-" + k.name
	}
	if c.Sort != want {
		return bad("made for sort " + c.Sort)
	}
	if c.Domain == "" {
		return bad("no domain")
	}
	c.key, c.desc = k, desc
	switch k.name {
	case "score":
		var n int
		err = json.Unmarshal(c.Key, &n)
		c.val = n
	case "reading":
		var f float64
		err = json.Unmarshal(c.Key, &f)
		c.val = f
	case "changed":
		var ts string
		if err = json.Unmarshal(c.Key, &ts); err == nil {
			var t time.Time
			t, err = time.Parse(time.RFC3339Nano, ts)
			c.val = dbTime(t)
		}
	}
	if err != nil {
		return bad("bad key")
	}
	return c, nil
}

// condition returns the WHERE condition selecting rows after the cursor.
func (c cursor) condition() (string, []any) {
	op := ">"
	if c.desc {
		op = "<"
	}
	if c.key.name == "domain" {
		return "s.domain " + op + " ?", []any{c.Domain}
	}
	// A row-value comparison, which both backends turn into an index range.
	return "(" + c.key.column + ", s.domain) " + op + " (?, ?)", []any{c.val, c.Domain}
}
