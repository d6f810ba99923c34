package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/rating"
	"github.com/legible-app/legible/scorer"
)

// scoreRequest is the JSON body of POST /v1/score.
type scoreRequest struct {
	Text string `json:"text"`
	// Language is an ISO 639-1 code or "auto" (the default).
	Language string `json:"language"`
	// Kind is the document's kind (privacy, terms, cookies), when known.
	Kind legible.DocKind `json:"kind"`
}

// score serves POST /v1/score: it scores pasted text (JSON {"text": ...}),
// an uploaded file (multipart field "file", or "text") or a raw body sent as
// text/plain, text/markdown, text/html or application/pdf (language and
// kind then in the query), and returns the full report. Files and raw
// bodies go through rating.Text, as the command line's and /check's do.
// Nothing is stored.
func (s *Server) score(c *gin.Context) {
	limit := s.cfg.MaxScoreBytes
	if c.Request.ContentLength > limit {
		s.fail(c, tooLarge(limit))
		return
	}
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, limit)
	req, err := s.readScoreRequest(c, limit)
	if err != nil {
		var maxErr *http.MaxBytesError
		if errors.As(err, &maxErr) || errors.Is(err, rating.ErrTooLarge) {
			err = tooLarge(limit)
		}
		s.fail(c, err)
		return
	}
	lang, err := rating.ParseLanguage(req.Language)
	if err != nil {
		s.fail(c, err)
		return
	}
	if req.Kind != "" && !req.Kind.Valid() {
		s.fail(c, invalidf("kind %q is not one of privacy, terms, cookies, other", req.Kind))
		return
	}
	report, err := rating.Score(req.Text, scorer.Options{Language: lang, Kind: req.Kind})
	if err != nil {
		s.fail(c, fmt.Errorf("score: %w", err))
		return
	}
	c.Header("Cache-Control", "no-store")
	c.JSON(http.StatusOK, report)
}

func tooLarge(limit int64) error {
	return fmt.Errorf("%w: the body is over the limit of %d bytes", errTooLarge, limit)
}

// rawScoreTypes are the media types besides text/* that POST /v1/score
// takes as a raw document body.
var rawScoreTypes = map[string]bool{
	"application/xhtml+xml": true, "application/pdf": true, "application/octet-stream": true,
}

// readScoreRequest reads the JSON, multipart or raw body into a request with text.
func (s *Server) readScoreRequest(c *gin.Context, limit int64) (scoreRequest, error) {
	var req scoreRequest
	mt, _, _ := mime.ParseMediaType(c.GetHeader("Content-Type"))
	switch {
	case mt == "application/json":
		dec := json.NewDecoder(c.Request.Body)
		if err := dec.Decode(&req); err != nil {
			var maxErr *http.MaxBytesError
			if errors.As(err, &maxErr) {
				return req, err
			}
			return req, invalidf("the body is not valid JSON: %v", err)
		}
		if !utf8.ValidString(req.Text) {
			return req, invalidf("text is not valid UTF-8")
		}
		return req, nil
	case mt == "multipart/form-data":
		if err := c.Request.ParseMultipartForm(limit); err != nil {
			var maxErr *http.MaxBytesError
			if errors.As(err, &maxErr) {
				return req, err
			}
			return req, invalidf("the multipart body is malformed: %v", err)
		}
		defer func() { _ = c.Request.MultipartForm.RemoveAll() }()
		req.Language = c.Request.FormValue("language")
		req.Kind = legible.DocKind(c.Request.FormValue("kind"))
		if t := c.Request.FormValue("text"); t != "" {
			req.Text = t
			return req, nil
		}
		f, hdr, err := c.Request.FormFile("file")
		if err != nil {
			return req, invalidf(`send the document in a multipart field named "file" (or the text in "text")`)
		}
		defer f.Close()
		body, err := io.ReadAll(f)
		if err != nil {
			return req, fmt.Errorf("read upload: %w", err)
		}
		req.Text, err = rating.Text(rating.Input{Body: body, Name: hdr.Filename, ContentType: hdr.Header.Get("Content-Type")})
		return req, err
	case rawScoreTypes[mt] || strings.HasPrefix(mt, "text/"):
		body, err := io.ReadAll(c.Request.Body)
		if err != nil {
			return req, err
		}
		req.Language = c.Query("language")
		req.Kind = legible.DocKind(c.Query("kind"))
		req.Text, err = rating.Text(rating.Input{Body: body, ContentType: c.GetHeader("Content-Type")})
		return req, err
	}
	return req, invalidf("send application/json {\"text\": ...}, multipart/form-data with a file, " +
		"or the document itself as text/plain, text/markdown, text/html or application/pdf")
}
