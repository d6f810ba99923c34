// Package rating is the application layer between the scorer and storage:
// it owns every path from what a user or a crawl hands Legible to what is
// stored or shown.
//
//   - Text turns the bytes of an input (HTML, PDF, Markdown or plain text, in
//     any charset, UTF-16 with a byte order mark included) into the text to
//     score, refusing binary data and inputs over MaxInputBytes. The command
//     line, POST /v1/score and the /check page all call it.
//   - Score scores one text under the checks every caller shares: the
//     language ("", "auto" and "und" mean detection; ParseLanguage refuses a
//     code the scorer does not know), a report must carry a grade, a
//     scorer panic is an error, and quotes are clipped by ClipQuotes.
//   - StoredScore and Site turn reports into the rows storage keeps
//     (legible.Score, legible.SiteScore), with the rubric version filled in.
//   - Rescore scores stored versions again under the current rubric.
//   - Gate says whether a report reaches a grade, and which criteria fall
//     short of it (legible score --min-grade).
//
// The package does no I/O of its own besides the storage calls of Rescore,
// made through the small RescoreStore interface.
package rating
