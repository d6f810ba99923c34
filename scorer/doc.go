// Package scorer turns the text of a privacy policy, terms of service or
// cookie policy into an explainable report: length, reading time at the
// language's own speed, readability, clarity, the practice facts a reader
// asks about ("does it sell my data?"), the criteria of the transparency
// rubric with quoted evidence and advice, a 0–100 score and an A–E grade.
//
// The package is pure: text in, report out. It does no I/O; its lexicons,
// rules and weights are versioned data files embedded in the binary
// (data/lexicons.json, facts.json, terms.json, rubric.json, messages.json).
//
// A text goes through three rooms, each a group of files named by prefix:
//
//   - text_*: the text itself — scripts, language detection, normalisation
//     (case, accents, Arabic letter forms), sentence and line segmentation,
//     words, syllables, and the phrase automaton the readers share.
//   - measure_*: the measurements (Analyze) — word and sentence counts,
//     reading time, the readability formulas of each language, clarity
//     (long sentences, vague terms, legalese, passive voice).
//   - the judgement: facts_* reads a privacy policy clause by clause into
//     practice facts (who does what to whose data, negation, exceptions,
//     definitions); terms_* reads a terms of service's unfair-term
//     categories; rubric_* weighs facts and measurements into criteria, a
//     score and a grade (Score); site.go combines a site's documents and
//     signals by a stated rule (CombineSite); messages.go gives every label
//     and piece of advice in the reader's language.
//
// report.go holds the types a caller sees.
package scorer
