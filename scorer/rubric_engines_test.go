package scorer

import "testing"

// TestEnginesPinned makes a change to facts.json or terms.json a change of
// the rubric: stored scores are keyed by the rubric version, so the rubric
// must name the versions of the rules it was weighed against (and get a new
// version of its own when they change).
func TestEnginesPinned(t *testing.T) {
	r, err := loadRubric()
	if err != nil {
		t.Fatal(err)
	}
	if r.data.Engines.Facts != FactsVersion() || r.data.Engines.Terms != TermsVersion() {
		t.Errorf("rubric %s pins facts %q and terms %q, the data files are facts %q and terms %q: bump the rubric version and its engines",
			r.data.Version, r.data.Engines.Facts, r.data.Engines.Terms, FactsVersion(), TermsVersion())
	}
}
