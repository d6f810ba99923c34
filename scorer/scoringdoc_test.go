package scorer

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/legible-app/legible"
)

// TestScoringDocMatchesRubric keeps docs/SCORING.md true: it names the
// rubric version, every criterion with its maximum and every weighed practice
// and measurement with its weight.
func TestScoringDocMatchesRubric(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "docs", "SCORING.md"))
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	r, err := loadRubric()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc, "`"+r.data.Version+"`") {
		t.Errorf("SCORING.md does not name rubric version %s", r.data.Version)
	}
	num := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	row := func(keys ...string) string {
		for _, line := range strings.Split(doc, "\n") {
			all := strings.HasPrefix(line, "| ")
			for _, k := range keys {
				all = all && strings.Contains(line, k)
			}
			if all {
				return line
			}
		}
		return ""
	}
	for _, c := range r.data.Criteria {
		if row("(`"+c.ID+"`)") == "" {
			t.Errorf("criterion %s: no table row", c.ID)
		}
	}
	for i, g := range r.data.Grades {
		if !strings.Contains(doc, "**"+g.Grade+"** ") || (i < len(r.data.Grades)-1 && !strings.Contains(doc, "**"+g.Grade+"** "+num(g.Min))) {
			t.Errorf("grade %s from %v is not stated", g.Grade, g.Min)
		}
	}
	for _, p := range r.data.Practices {
		l := row("| `"+p.Practice+"`", "| "+p.Criterion+" |")
		if !strings.Contains(l, "| "+num(p.Weight)+" |") {
			t.Errorf("practice %s: no table row with its weight %v (%q)", p.Practice, p.Weight, l)
		}
		if strings.Contains(l, "(required)") != p.Required {
			t.Errorf("practice %s: required is %v, the row says otherwise", p.Practice, p.Required)
		}
		for ans, v := range p.Values {
			if ans != "na" && !strings.Contains(l, "`"+ans+"` "+num(v)) && !strings.Contains(l, "`"+ans+"` and") {
				t.Errorf("practice %s: the row does not give %s its share %v", p.Practice, ans, v)
			}
		}
	}
	for _, m := range r.data.Metrics {
		if l := row("`metric." + m.Metric + "`"); !strings.Contains(l, "| "+num(m.Weight)+" |") {
			t.Errorf("metric %s: no table row with its weight %v", m.Metric, m.Weight)
		}
	}
	for kind, w := range r.data.Site.Weights {
		if !strings.Contains(doc, kindLabel(legalKind(kind))+" "+num(w)) {
			t.Errorf("site weight of %s (%v) not stated", kind, w)
		}
	}
}

func legalKind(k string) legible.DocKind { return legible.DocKind(k) }
