package scorer

import "math"

// textCounts are the counts the readability formulas are built from.
type textCounts struct {
	words, sentences, syllables int
	// letters counts the letters and digits of the words.
	letters int
	// polysyllables are words of three syllables or more (SMOG, Wiener).
	polysyllables int
	// complexWords are Gunning's hard words: three syllables or more, not
	// counting proper nouns, hyphenated compounds, or words that reach three
	// syllables only by an -ed, -es or -ing ending.
	complexWords int
	// monosyllables are words of one syllable (Wiener ES).
	monosyllables int
	// longWords are words of more than six letters (Wiener IW).
	longWords int
	// OSMAN (Arabic): words of more than five letters, of more than four
	// syllables, and of more than four syllables with a Faseeh mark.
	arabicLong, arabicComplex, arabicFaseeh int
}

// Index names in Readability.Indices.
const (
	IndexFleschReadingEase  = "flesch_reading_ease"
	IndexFleschKincaidGrade = "flesch_kincaid_grade"
	IndexGunningFog         = "gunning_fog"
	IndexSMOG               = "smog"
	IndexColemanLiau        = "coleman_liau"
	IndexARI                = "automated_readability_index"
	IndexKandelMoles        = "kandel_moles"
	IndexAmstad             = "amstad"
	IndexWiener1            = "wiener_sachtextformel_1"
	IndexFernandezHuerta    = "fernandez_huerta"
	IndexSzigrisztPazos     = "szigriszt_pazos"
	IndexOSMAN              = "osman"
)

// readability computes the indices that apply to lang and its main ease index.
func readability(lang string, c textCounts) Readability {
	r := Readability{Indices: map[string]float64{}}
	if c.words == 0 || c.sentences == 0 {
		return r
	}
	w, s := float64(c.words), float64(c.sentences)
	asl := w / s                    // words per sentence
	asw := float64(c.syllables) / w // syllables per word
	switch lang {
	case "en":
		// Flesch, R. (1948). A new readability yardstick. Journal of Applied
		// Psychology, 32(3), 221-233.
		r.Indices[IndexFleschReadingEase] = 206.835 - 1.015*asl - 84.6*asw
		// Kincaid, Fishburne, Rogers & Chissom (1975). Derivation of new
		// readability formulas for Navy enlisted personnel. Research Branch
		// Report 8-75.
		r.Indices[IndexFleschKincaidGrade] = 0.39*asl + 11.8*asw - 15.59
		// Gunning, R. (1952). The Technique of Clear Writing. McGraw-Hill.
		r.Indices[IndexGunningFog] = 0.4 * (asl + 100*float64(c.complexWords)/w)
		// McLaughlin, G. H. (1969). SMOG grading: a new readability formula.
		// Journal of Reading, 12(8), 639-646 (regression form).
		r.Indices[IndexSMOG] = 1.0430*math.Sqrt(float64(c.polysyllables)*30/s) + 3.1291
		// Coleman, M., & Liau, T. L. (1975). A computer readability formula
		// designed for machine scoring. Journal of Applied Psychology, 60(2), 283-284.
		r.Indices[IndexColemanLiau] = 0.0588*(100*float64(c.letters)/w) - 0.296*(100*s/w) - 15.8
		// Smith, E. A., & Senter, R. J. (1967). Automated Readability Index.
		// AMRL-TR-66-220, Wright-Patterson Air Force Base.
		r.Indices[IndexARI] = 4.71*(float64(c.letters)/w) + 0.5*asl - 21.43
		r.setEase(IndexFleschReadingEase)
	case "fr":
		// Kandel, L., & Moles, A. (1958). Application de l'indice de Flesch à
		// la langue française. Cahiers Études de Radio-Télévision, 19, 253-274.
		r.Indices[IndexKandelMoles] = 207 - 1.015*asl - 73.6*asw
		r.setEase(IndexKandelMoles)
	case "de":
		// Amstad, T. (1978). Wie verständlich sind unsere Zeitungen?
		// Dissertation, Universität Zürich.
		r.Indices[IndexAmstad] = 180 - asl - 58.5*asw
		// Bamberger, R., & Vanecek, E. (1984). Lesen - Verstehen - Lernen -
		// Schreiben. Jugend und Volk: first Wiener Sachtextformel, with MS the
		// percentage of words of three syllables or more, SL the mean sentence
		// length, IW the percentage of words over six letters and ES the
		// percentage of one-syllable words.
		ms := 100 * float64(c.polysyllables) / w
		iw := 100 * float64(c.longWords) / w
		es := 100 * float64(c.monosyllables) / w
		r.Indices[IndexWiener1] = 0.1935*ms + 0.1672*asl + 0.1297*iw - 0.0327*es - 0.875
		r.setEase(IndexAmstad)
	case "es":
		// Fernández Huerta, J. (1959). Medidas sencillas de lecturabilidad.
		// Consigna, 214, 29-32; with the correction of Law, G. (2011), "Error in
		// the Fernández Huerta readability formula": the sentence term is
		// words per sentence, as in Flesch.
		r.Indices[IndexFernandezHuerta] = 206.84 - 60*asw - 1.02*asl
		// Szigriszt-Pazos, F. (1993). Sistemas predictivos de legibilidad del
		// mensaje escrito: fórmula de perspicuidad. Universidad Complutense de Madrid.
		r.Indices[IndexSzigrisztPazos] = 206.835 - 62.3*asw - asl
		r.setEase(IndexFernandezHuerta)
	case "ar":
		// El-Haj, M., & Rayson, P. (2016). OSMAN - A novel Arabic readability
		// metric. Proceedings of LREC 2016, 250-255: 200.791 - 1.015 (A/B) -
		// 24.181 (C/A + D/A + G/A + H/A), A words, B sentences, C hard words
		// (more than five letters), D syllables, G complex words (more than
		// four syllables), H Faseeh words; the coefficient 24.18143403 is the
		// one of the authors' reference implementation.
		r.Indices[IndexOSMAN] = 200.791 - 1.015*asl -
			24.18143403*(float64(c.arabicLong)/w+asw+float64(c.arabicComplex)/w+float64(c.arabicFaseeh)/w)
		r.setEase(IndexOSMAN)
	}
	for k, v := range r.Indices {
		r.Indices[k] = round2(v)
	}
	return r
}

// setEase sets Ease from the named index, held to the 0-100 scale, and its Level.
func (r *Readability) setEase(index string) {
	v := round2(math.Max(0, math.Min(100, r.Indices[index])))
	r.Ease = &v
	r.EaseIndex = index
	r.Level = easeLevel(v)
}

// easeLevel describes a Flesch-scale ease in words (Flesch, 1949, The Art of
// Readable Writing).
func easeLevel(e float64) string {
	switch {
	case e >= 90:
		return "very easy"
	case e >= 80:
		return "easy"
	case e >= 70:
		return "fairly easy"
	case e >= 60:
		return "standard"
	case e >= 50:
		return "fairly difficult"
	case e >= 30:
		return "difficult"
	}
	return "very difficult"
}

// round2 rounds to two decimals.
func round2(v float64) float64 { return math.Round(v*100) / 100 }
