package api

import (
	"github.com/legible-app/legible"
)

// OutcomeMessage says in English what a crawl outcome means for a reader,
// "" for a rated site that is missing nothing worth saying.
func OutcomeMessage(o legible.CrawlOutcome) string {
	date := o.CheckedAt.UTC().Format("2 January 2006")
	switch {
	case o.Status == legible.StatusFailed && o.Detail != "":
		return "Legible could not read this site: " + o.Detail + " (checked " + date + ")."
	case o.Status == legible.StatusFailed:
		return "Legible could not read this site (checked " + date + ")."
	case o.Status == legible.StatusNoPolicy && o.MissingPrivacy():
		return "No privacy policy found on this site (checked " + date + ")."
	case o.Status == legible.StatusNoPolicy:
		return "No readable privacy policy or terms found on this site (checked " + date + ")."
	}
	return ""
}
