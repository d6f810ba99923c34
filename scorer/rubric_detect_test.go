package scorer

import (
	"strings"
	"testing"
)

// rubricSplit is a plain splitter for unit tests: one sentence per line or
// per ". ", so detector tests do not depend on the segmenter.
func rubricSplit(text string) []Span {
	var out []Span
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e && (text[s] == ' ' || text[s] == '\n') {
			s++
		}
		if s < e {
			out = append(out, Span{s, e})
		}
	}
	for i := 0; i < len(text); i++ {
		switch {
		case text[i] == '\n':
			emit(i)
			start = i + 1
		case text[i] == '.' && (i+1 == len(text) || text[i+1] == ' '):
			emit(i + 1)
			start = i + 1
		}
	}
	emit(len(text))
	return out
}

// rubricDetect runs the matchers on text and reports the state of a detector or
// category: "found", "negated" or "none" ("found" only for categories).
func rubricDetect(t *testing.T, text, id string) string {
	t.Helper()
	r, err := loadRubric()
	if err != nil {
		t.Fatal(err)
	}
	ev := r.collect(text, rubricSplit(text))
	if d, ok := r.detIndex[id]; ok {
		switch {
		case ev.found[d] >= 0:
			return "found"
		case ev.negated[d] >= 0:
			return "negated"
		}
		return "none"
	}
	for i, c := range r.data.Categories {
		if c.ID == id {
			if len(ev.categories[i]) > 0 {
				return "found"
			}
			return "none"
		}
	}
	t.Fatalf("no detector or category %q", id)
	return ""
}

func TestDetectors(t *testing.T) {
	tests := []struct {
		lang, id, text, want string
	}{
		// Selling, with negations.
		// Sharing, advertising, profiling.
		// Retention.
		// Choice.
		// Security.
		// Accountability.
		{"fr", "dpo", "Vous pouvez joindre notre délégué à la protection des données à dpo@example.fr.", "found"},
		{"ar", "dpo", "يمكنك التواصل مع مسؤول حماية البيانات لدينا.", "found"},
		{"en", "dpo", "Contact our support team at help@example.com.", "none"},
		{"en", "dpo", "Our Data Protection Officer can be reached at dpo@example.com.", "found"},
		{"de", "dpo", "Unseren Datenschutzbeauftragten erreichen Sie unter dsb@example.de.", "found"},
		// Summary.
		// Data categories.
	}
	for _, tt := range tests {
		name := tt.lang + "/" + tt.id + "/" + strings.Join(strings.Fields(tt.text), "_")
		if len(name) > 60 {
			name = name[:60]
		}
		t.Run(name, func(t *testing.T) {
			if got := rubricDetect(t, tt.text, tt.id); got != tt.want {
				t.Errorf("%s in %q: got %s, want %s", tt.id, tt.text, got, tt.want)
			}
		})
	}
}
