package scorer

import "encoding/json"

// MarshalJSON writes "score": null for a report that is not graded, so that
// no reader mistakes "not graded" for a score of 0.
func (r Report) MarshalJSON() ([]byte, error) {
	type plain Report
	if r.NotGraded == "" {
		return json.Marshal(plain(r))
	}
	return json.Marshal(struct {
		plain
		Score *int `json:"score"`
	}{plain: plain(r)})
}

// MarshalJSON writes "score": null for a site that is not graded.
func (s SiteReport) MarshalJSON() ([]byte, error) {
	type plain SiteReport
	if s.NotGraded == "" {
		return json.Marshal(plain(s))
	}
	return json.Marshal(struct {
		plain
		Score *int `json:"score"`
	}{plain: plain(s)})
}

// MarshalJSON writes "score": null for a document that is not graded.
func (d SiteDocument) MarshalJSON() ([]byte, error) {
	type plain SiteDocument
	if d.NotGraded == "" {
		return json.Marshal(plain(d))
	}
	return json.Marshal(struct {
		plain
		Score *int `json:"score"`
	}{plain: plain(d)})
}
