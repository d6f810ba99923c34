package scorer

// Temporary stand-ins until the practice-facts engine lands.

func cleanQuote(s string) string { return s }

func practiceText(id, answer, lang string) (label, advice string) { return "", "" }

func mergePractices(docs []DocumentReport) []Practice {
	if len(docs) == 0 || docs[0].Report == nil {
		return []Practice{}
	}
	return docs[0].Report.Practices
}

func practiceQuestion(id, lang string) string { return "" }
