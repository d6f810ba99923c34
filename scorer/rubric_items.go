package scorer

// metricItems turns the measured figures (reading time, readability,
// vagueness, long sentences, structure) into items: each band earns its
// points as a share of the metric's best band.
func (r *rubric) metricItems(a *Analysis) []item {
	m := a.Metrics
	var out []item
	for _, rule := range r.data.Metrics {
		value, measured := metricValue(rule.Metric, m)
		if !measured || rule.Weight <= 0 {
			continue
		}
		bd, label, ok := bandFor(rule, value)
		if !ok {
			continue
		}
		best := 0.0
		for _, b := range rule.Bands {
			best = max(best, b.Points)
		}
		share := 0.0
		if best > 0 {
			share = bd.Points / best
		}
		v := round1(value)
		if bd.Percent {
			v = round1(value * 100)
		}
		f := Finding{ID: "metric." + rule.Metric, Kind: bd.Kind, Label: label, Value: &v}
		if bd.Kind == Bad {
			f = quoteSentence(f, a, quoteFor(rule.Quote, a))
		}
		out = append(out, item{criterion: rule.Criterion, weight: rule.Weight, value: share, counted: true, finding: f, advice: bd.Advice})
	}
	st := r.data.Structure
	if st.Weight > 0 {
		it := item{criterion: st.Criterion, weight: st.Weight, counted: true}
		if label := st.label(m.Words, m.Clarity.Headings, m.Clarity.ListItems); label != "" {
			it.value, it.finding = 1, Finding{ID: "metric.structure", Kind: Good, Label: label}
		} else {
			it.finding, it.advice = Finding{ID: "metric.structure", Kind: Missing, Label: st.missingLabel(m.Clarity.Headings, m.Clarity.ListItems)}, st.Advice
		}
		out = append(out, it)
	}
	return out
}

// practiceItems weighs the practice facts. A finding made from a fact says
// exactly what the fact says, quoting its evidence, so the two never disagree.
func (r *rubric) practiceItems(ps []Practice) []item {
	byID := make(map[string]*Practice, len(ps))
	for i := range ps {
		byID[ps[i].ID] = &ps[i]
	}
	var out []item
	for _, rule := range r.data.Practices {
		p := byID[rule.Practice]
		if p == nil || p.Answer == AnswerUnknown || p.Answer == "" {
			if p != nil && p.Partial && rule.PartialAs != "" && len(p.Evidence) > 0 {
				out = append(out, partialItem(rule, p))
				continue
			}
			if rule.Required {
				label := rule.MissingLabel
				var ev []Evidence
				switch {
				case p != nil && p.Partial && rule.PartialLabel != "":
					label, ev = rule.PartialLabel, p.Evidence
				case p != nil && p.Mentioned:
					label = rule.UnclearLabel
				}
				f := Finding{ID: rule.Practice, Answer: AnswerUnknown, Kind: Missing, Label: label}
				if len(ev) > 0 {
					f.Quote, f.Start, f.End, f.Context = ev[0].Quote, ev[0].Start, ev[0].End, ev[0].Context
				}
				out = append(out, item{
					criterion: rule.Criterion, weight: rule.Weight * r.data.UnknownWeight, counted: true,
					finding: f, advice: rule.MissingAdvice,
				})
			}
			continue
		}
		v, ok := rule.Values[p.Answer]
		if !ok {
			continue // an answer the rubric does not weigh makes no claim
		}
		kind := Good
		if v < 0.5 {
			kind = Bad
		}
		label := factFindingLabel(p.ID, p.Answer, "en")
		if label == "" {
			label = p.Label
		}
		f := Finding{ID: p.ID, Answer: p.Answer, Kind: kind, Label: label}
		if len(p.Evidence) > 0 {
			e := p.Evidence[0]
			f.Quote, f.Start, f.End, f.Context, f.Document = e.Quote, e.Start, e.End, e.Context, e.Document
		}
		it := item{criterion: rule.Criterion, weight: rule.Weight, value: v, counted: true, finding: f}
		if v < 1 {
			_, it.advice = practiceText(p.ID, p.Answer, "en")
		}
		out = append(out, it)
	}
	return out
}

// partialItem weighs a partial answer as the answer the part read surely
// shows (rule.PartialAs), saying what could not be read and quoting the part.
func partialItem(rule practiceRule, p *Practice) item {
	v := rule.Values[rule.PartialAs]
	kind := Good
	if v < 0.5 {
		kind = Bad
	}
	e := p.Evidence[0]
	f := Finding{ID: rule.Practice, Answer: AnswerUnknown, Kind: kind, Label: rule.PartialLabel, Quote: e.Quote, Start: e.Start, End: e.End, Context: e.Context, Document: e.Document}
	it := item{criterion: rule.Criterion, weight: rule.Weight, value: v, counted: true, finding: f}
	if v < 1 {
		_, it.advice = practiceText(rule.Practice, rule.PartialAs, "en")
	}
	return it
}

// detectorItems turns the weighed detectors into items. A detector only ever
// earns: not finding a phrase is no evidence that the policy is silent.
func (r *rubric) detectorItems(a *Analysis) []item {
	weighed := false
	for _, d := range r.data.Detectors {
		weighed = weighed || d.Weight > 0
	}
	if !weighed {
		return nil // the phrase scan costs a pass over the text: skip it when nothing is weighed
	}
	ev := r.collect(a.Text, a.Sentences)
	var out []item
	for d := range r.data.Detectors {
		spec := &r.data.Detectors[d]
		if spec.Weight <= 0 || ev.found[d] < 0 {
			continue
		}
		f := quoteSentence(Finding{ID: "detector." + spec.ID, Kind: Good, Label: spec.Found.Label}, a, ev.found[d])
		out = append(out, item{criterion: spec.Criterion, weight: spec.Weight, value: 1, counted: true, finding: f})
	}
	return out
}

// quoteSentence quotes sentence idx of the analysed text in f, when there is one.
func quoteSentence(f Finding, a *Analysis, idx int) Finding {
	if idx < 0 || idx >= len(a.Sentences) {
		return f
	}
	sp := a.Sentences[idx]
	if 0 <= sp.Start && sp.Start <= sp.End && sp.End <= len(a.Text) {
		f.Start, f.End = sp.Start, sp.End
		f.Quote = cleanQuote(a.Text[sp.Start:sp.End])
	}
	return f
}

// missingLabel says what a text without enough structure lacks: "few"
// headings or lists when it has some, "no" headings or lists when it has
// none.
func (st *structureRule) missingLabel(headings, listItems int) string {
	if headings > 0 || listItems > 0 {
		return st.FewLabel
	}
	return st.MissingLabel
}

// label names what helps a reader find their way (headings, lists, or a text
// short enough to need neither), claiming only what the text has; "" when it
// has none of them.
func (st *structureRule) label(words, headings, listItems int) string {
	h, l := headings >= st.MinHeadings, listItems >= st.MinListItems
	switch {
	case h && l:
		return st.Label
	case h:
		return st.HeadingsOnly
	case l:
		return st.ListsOnly
	case words <= st.ShortWords:
		return st.ShortLabel
	}
	return ""
}
