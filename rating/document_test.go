package rating_test

import (
	"errors"
	"testing"
	"time"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/rating"
	"github.com/legible-app/legible/scorer"
)

func TestScoreErrors(t *testing.T) {
	tests := []struct {
		name, text string
		want, also error
	}{
		{"empty", "  \n ", rating.ErrEmpty, scorer.ErrEmpty},
		{"binary", "\x00\x01\x02\x03\x04\x05\x06\x07", rating.ErrNotText, scorer.ErrNotText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := rating.Score(tt.text, scorer.Options{})
			if !errors.Is(err, tt.want) || !errors.Is(err, tt.also) || !errors.Is(err, legible.ErrInvalid) {
				t.Errorf("err = %v, want %v wrapping %v", err, tt.want, tt.also)
			}
		})
	}
}

func TestScoreLanguage(t *testing.T) {
	for _, lang := range []string{"", "auto", "und", "UND"} {
		rep, err := rating.Score(arabicPolicy, scorer.Options{Language: lang})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Language != "ar" || rep.LanguageSource != "detected" {
			t.Errorf("language %q: scored as %s (%s), want ar detected", lang, rep.Language, rep.LanguageSource)
		}
	}
	rep, err := rating.Score(arabicPolicy, scorer.Options{Language: "EN"})
	if err != nil || rep.Language != "en" || rep.LanguageSource != "given" {
		t.Errorf("language EN: %v, %+v", err, rep)
	}
}

func TestStoredScore(t *testing.T) {
	at := time.Date(2026, 5, 6, 7, 8, 9, 0, time.UTC)
	rep := &scorer.Report{Score: 71, Grade: legible.GradeB, Metrics: scorer.Metrics{ReadingMinutes: 3.5}}
	s, err := rating.StoredScore(rep, at)
	if err != nil {
		t.Fatal(err)
	}
	if s.RubricVersion != scorer.RubricVersion() || s.Overall != 71 || s.Grade != legible.GradeB ||
		s.ReadingMin != 3.5 || !s.CreatedAt.Equal(at) || len(s.Report) == 0 {
		t.Errorf("StoredScore = %+v", s)
	}
	rep.RubricVersion = "1999.1"
	if s, _ := rating.StoredScore(rep, at); s.RubricVersion != "1999.1" {
		t.Errorf("rubric version %q, want the report's own", s.RubricVersion)
	}
	for _, bad := range []*scorer.Report{nil, {Grade: ""}, {Grade: "F"}} {
		if _, err := rating.StoredScore(bad, at); !errors.Is(err, rating.ErrNoGrade) {
			t.Errorf("StoredScore(%+v) err = %v, want ErrNoGrade", bad, err)
		}
	}
}

func TestSite(t *testing.T) {
	rep, err := rating.Score(arabicPolicy, scorer.Options{Kind: legible.KindPrivacy})
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 5, 6, 7, 8, 9, 0, time.UTC)
	sr, ss, err := rating.Site([]scorer.DocumentReport{{Kind: legible.KindPrivacy, URL: "https://example.com/p", Report: rep}},
		&legible.Signals{HTTPS: true}, at)
	if err != nil {
		t.Fatal(err)
	}
	if ss.Overall != sr.Score || ss.Grade != sr.Grade || ss.Language != "ar" || ss.RubricVersion != scorer.RubricVersion() ||
		!ss.CreatedAt.Equal(at) || len(ss.Report) == 0 {
		t.Errorf("site score %+v does not match the report %+v", ss, sr)
	}
}
