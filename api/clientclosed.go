package api

import (
	"context"
	"errors"
	"net/http"
)

// StatusClientClosed is the status recorded for a request whose client went
// away before the answer (nginx's 499): not a server error.
const StatusClientClosed = 499

// clientClosed reports whether err, or the request's own context, says the
// client disconnected before the response was written.
func clientClosed(r *http.Request, err error) bool {
	if errors.Is(err, context.Canceled) {
		return true
	}
	return errors.Is(r.Context().Err(), context.Canceled)
}
