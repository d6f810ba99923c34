package scorer

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestReportJSONNotGraded(t *testing.T) {
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"graded report", Report{Score: 0, Grade: "E"}, `"score":0`},
		{"ungraded report", Report{Score: 0, NotGraded: NotGradedLanguage}, `"score":null`},
		{"ungraded site", SiteReport{NotGraded: NotGradedNoDocuments}, `"score":null`},
		{"ungraded document", SiteDocument{NotGraded: NotGradedLanguage}, `"score":null`},
		{"graded document", SiteDocument{Score: 41, Grade: "D"}, `"score":41`},
	}
	for _, tt := range tests {
		b, err := json.Marshal(tt.v)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if !strings.Contains(string(b), tt.want) || strings.Count(string(b), `"score":`) != 1 {
			t.Errorf("%s: %s, want one %s", tt.name, b, tt.want)
		}
	}
	// Pointers marshal the same, and the JSON reads back.
	rep := &Report{NotGraded: NotGradedLanguage, Metrics: Metrics{Language: "hi", Words: 12}}
	b, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(b, &back); err != nil || back.NotGraded != NotGradedLanguage || back.Words != 12 {
		t.Errorf("round trip: %+v, %v (from %s)", back, err, b)
	}
}
