package pages

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/legible-app/legible/scorer"
)

// howView is the data of the "How we score" page.
type howView struct {
	page
	// Bands are the grades with their score ranges, best first.
	Bands []bandView
	// Privacy and Terms are the criteria of each kind of document, the
	// weightiest first, with the questions each asks.
	Privacy, Terms []howCriterion
}

// bandView is one grade and the scores that earn it.
type bandView struct {
	Grade gradeView
	Range string
	Word  string
}

// howCriterion is one criterion of the rubric as the page explains it.
type howCriterion struct {
	Name      string
	NameLang  string
	Points    string
	Questions []textView
}

func (h *handler) howWeScore(c *gin.Context) {
	p := h.newPage(c, "")
	p.Title = p.L.T("how.title")
	o, err := loadOutline()
	if err != nil {
		h.internal(c, p, "pages.howWeScore: rubric outline", err)
		return
	}
	v := howView{page: p}
	v.Bands, err = gradeBands(p.L)
	if err != nil {
		h.internal(c, p, "pages.howWeScore: grade bands", err)
		return
	}
	v.Privacy = howCriteria(p.L, o.privacy)
	v.Terms = howCriteria(p.L, o.terms)
	c.Header("Cache-Control", "public, max-age=3600")
	h.render(c, http.StatusOK, "how", p.L, v)
}

// gradeBands reads the score range of each grade from the rubric.
func gradeBands(l *Localizer) ([]bandView, error) {
	out := make([]bandView, 0, len(allGrades))
	top := 100
	for _, g := range allGrades {
		floor, err := scorer.GradeFloor(g)
		if err != nil {
			return nil, fmt.Errorf("grade %s: %w", g, err)
		}
		low := int(floor)
		out = append(out, bandView{
			Grade: viewGrade(g),
			Range: l.T("how.band", l.Int(low), l.Int(top)),
			Word:  l.T("how.grade." + string(g)),
		})
		top = low - 1
	}
	return out, nil
}
