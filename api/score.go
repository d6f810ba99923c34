package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/extract"
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

// score serves POST /v1/score: it scores pasted text (JSON) or an uploaded
// file (multipart field "file": HTML, PDF, Markdown or plain text) and
// returns the full report. Nothing is stored.
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
		if errors.As(err, &maxErr) {
			err = tooLarge(limit)
		}
		s.fail(c, err)
		return
	}
	lang := strings.ToLower(strings.TrimSpace(req.Language))
	if lang == "auto" {
		lang = ""
	}
	if lang != "" && !validLanguage(lang) {
		s.fail(c, invalidf("language %q is not an ISO 639-1 code or \"auto\"", req.Language))
		return
	}
	if req.Kind != "" && !req.Kind.Valid() {
		s.fail(c, invalidf("kind %q is not one of privacy, terms, cookies, other", req.Kind))
		return
	}
	report, err := scorer.Score(req.Text, scorer.Options{Language: lang, Kind: req.Kind})
	if err != nil {
		if errors.Is(err, scorer.ErrEmpty) || errors.Is(err, scorer.ErrNotText) {
			err = fmt.Errorf("%w: %v", legible.ErrInvalid, err)
		}
		s.fail(c, fmt.Errorf("score: %w", err))
		return
	}
	c.Header("Cache-Control", "no-store")
	c.JSON(http.StatusOK, report)
}

func tooLarge(limit int64) error {
	return fmt.Errorf("%w: the body is over the limit of %d bytes", errTooLarge, limit)
}

// readScoreRequest reads the JSON or multipart body into a request with text.
func (s *Server) readScoreRequest(c *gin.Context, limit int64) (scoreRequest, error) {
	var req scoreRequest
	mt, _, _ := mime.ParseMediaType(c.GetHeader("Content-Type"))
	switch mt {
	case "application/json":
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
	case "multipart/form-data":
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
		text, err := uploadText(body, hdr.Filename, hdr.Header.Get("Content-Type"))
		if err != nil {
			return req, err
		}
		req.Text = text
		return req, nil
	}
	return req, invalidf("send application/json {\"text\": ...} or multipart/form-data with a file")
}

// uploadText turns an uploaded file into text: HTML and PDF through the
// extractor, Markdown and plain text as they are.
func uploadText(body []byte, filename, contentType string) (string, error) {
	mt, _, _ := mime.ParseMediaType(contentType)
	ext := strings.ToLower(path.Ext(filename))
	switch {
	case ext == ".html" || ext == ".htm" || ext == ".xhtml" || mt == "text/html" || mt == "application/xhtml+xml":
		return extracted(body, "text/html")
	case ext == ".pdf" || mt == "application/pdf":
		return extracted(body, "application/pdf")
	case ext == ".md" || ext == ".markdown" || ext == ".txt" || ext == "" || strings.HasPrefix(mt, "text/"):
		if !utf8.Valid(body) {
			return "", invalidf("the file is not UTF-8 text")
		}
		return string(body), nil
	}
	return "", invalidf("unsupported file type %q: send HTML, PDF, Markdown or plain text", ext)
}

func extracted(body []byte, contentType string) (string, error) {
	res, err := extract.Extract(body, contentType, "")
	if err != nil {
		return "", fmt.Errorf("%w: could not extract the document's text: %v", legible.ErrInvalid, err)
	}
	return res.Text, nil
}
