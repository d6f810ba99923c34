package feeds

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"
	"time"

	"github.com/legible-app/legible"
)

func ptr[T any](v T) *T { return &v }

func TestWrite(t *testing.T) {
	at := time.Date(2026, 11, 29, 8, 30, 0, 0, time.UTC)
	changes := []legible.Change{
		{Domain: "xn--bcher-kva.de", UnicodeDomain: "bücher.de", Kind: legible.KindPrivacy, URL: "https://bücher.de/datenschutz",
			VersionID: 12, PreviousID: ptr(int64(7)), FetchedAt: at, Score: ptr(41), Grade: ptr(legible.GradeD), PreviousScore: ptr(63), PreviousGrade: ptr(legible.GradeC)},
		{Domain: "example.com", UnicodeDomain: "example.com", Kind: legible.KindTerms, URL: "https://example.com/terms?a=1&b=<2>",
			VersionID: 3, FetchedAt: at.Add(-time.Hour), Score: ptr(80), Grade: ptr(legible.GradeB)},
	}
	tests := []struct {
		name   string
		feed   Feed
		want   []string
		unwant []string
	}{
		{"all sites", Feed{BaseURL: "https://legible.example/", Changes: changes}, []string{
			`<id>https://legible.example/feeds/changes.atom</id>`,
			`<updated>2026-11-29T08:30:00Z</updated>`,
			`bücher.de changed its privacy policy`,
			`from 63 (C) to 41 (D).`,
			`href="https://legible.example/v1/versions/12/diff?against=7"`,
			`example.com: terms first recorded`,
			`b=&lt;2&gt; were recorded for the first time; they score 80 (B).`,
			`The privacy policy at https://bücher.de/datenschutz has a new version; its score went`,
		}, []string{"<2>", "terms at https://example.com/terms?a=1&amp;b=&lt;2&gt; was"}},
		{"not graded", Feed{BaseURL: "https://legible.example", Changes: []legible.Change{
			{Domain: "example.in", UnicodeDomain: "example.in", Kind: legible.KindPrivacy, URL: "https://example.in/privacy",
				VersionID: 5, PreviousID: ptr(int64(4)), FetchedAt: at, Score: ptr(0), Grade: ptr(legible.Grade("")), PreviousScore: ptr(0), PreviousGrade: ptr(legible.Grade(""))},
		}}, []string{
			`The privacy policy at https://example.in/privacy has a new version.`,
		}, []string{"score", "0 ()"}},
		{"one site, empty", Feed{BaseURL: "http://localhost:8080", Domain: "example.com", Now: at}, []string{
			`<id>http://localhost:8080/feeds/sites/example.com.atom</id>`,
			`<updated>2026-11-29T08:30:00Z</updated>`,
		}, []string{"<entry>"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, tt.feed); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("feed lacks %q:\n%s", w, out)
				}
			}
			for _, u := range tt.unwant {
				if strings.Contains(out, u) {
					t.Errorf("feed has %q:\n%s", u, out)
				}
			}
			var parsed atomFeed
			if err := xml.Unmarshal(buf.Bytes(), &parsed); err != nil {
				t.Fatalf("not well-formed XML: %v", err)
			}
			if len(parsed.Entries) != len(tt.feed.Changes) {
				t.Errorf("%d entries, want %d", len(parsed.Entries), len(tt.feed.Changes))
			}
		})
	}
}
