package crawler

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"sync/atomic"

	"github.com/andybalholm/brotli"
)

// Errors of reading a response body.
var (
	// ErrEncoding means the response uses a content encoding the crawler
	// does not decode: an unknown one, or several stacked.
	ErrEncoding = errors.New("unsupported content encoding")
	// ErrSiteBudget means a site crawl read more bytes, decoded, than
	// Config.MaxSiteBytes allows: the crawl of that site stops.
	ErrSiteBudget = errors.New("site crawl read more than its byte budget")
)

// ctxKey types the context values of the fetch layer.
type ctxKey int

const (
	ctxBodyLimit  ctxKey = iota // int64: the body limit of the requests made with the context
	ctxSiteBudget               // *siteBudget: the bytes left to the site crawl
)

// withBodyLimit returns a context whose requests accept bodies of at most n
// bytes, decoded (n is still capped by Config.MaxBodyBytes).
func withBodyLimit(ctx context.Context, n int64) context.Context {
	return context.WithValue(ctx, ctxBodyLimit, n)
}

// siteBudget counts the decoded bytes a site crawl may still read.
type siteBudget struct {
	max  int64
	left atomic.Int64
}

func newSiteBudget(max int64) *siteBudget {
	b := &siteBudget{max: max}
	b.left.Store(max)
	return b
}

// take charges n bytes; it reports false once the budget is spent.
func (b *siteBudget) take(n int) bool { return b.left.Add(-int64(n)) >= 0 }

// spent reports whether the crawl has read past its budget.
func (b *siteBudget) spent() bool { return b.left.Load() < 0 }

func (b *siteBudget) err() error { return fmt.Errorf("%w (%d bytes)", ErrSiteBudget, b.max) }

// withSiteBudget returns a context whose requests charge their decoded
// bodies to b.
func withSiteBudget(ctx context.Context, b *siteBudget) context.Context {
	return context.WithValue(ctx, ctxSiteBudget, b)
}

// boundBody is the one place where a response body is made safe to read:
// every response of the crawler's transport goes through it, whatever the
// request (pages, robots.txt, sitemaps, well-known files, PDFs). It
//
//   - refuses unknown and stacked Content-Encodings (ErrEncoding);
//   - decodes gzip and brotli itself, and a gzip file served as such
//     (application/gzip, application/x-gzip, a .gz path), so nothing above
//     it ever decompresses again (resp.Uncompressed is set, which keeps
//     colly's own gzip decoding off);
//   - stops at limit bytes on the wire and limit bytes decoded (ErrTooLarge),
//     and charges decoded bytes to the site's budget (ErrSiteBudget);
//   - fails as soon as ctx is done, between any two reads.
func boundBody(ctx context.Context, resp *http.Response, limit int64) error {
	if v, ok := ctx.Value(ctxBodyLimit).(int64); ok && v > 0 && v < limit {
		limit = v
	}
	site, _ := ctx.Value(ctxSiteBudget).(*siteBudget)
	encodings, err := contentEncodings(resp.Header.Values("Content-Encoding"))
	if err != nil {
		return err
	}
	raw := resp.Body
	gzFile := gzipFile(resp)
	decoded := len(encodings) > 0 || gzFile
	var r io.Reader = raw
	if decoded {
		r = &boundedReader{ctx: ctx, r: raw, left: limit, limit: limit, what: "on the wire"}
	}
	for _, enc := range encodings { // at most one (contentEncodings refuses stacks)
		switch enc {
		case "br":
			r = brotli.NewReader(r)
		case "gzip", "x-gzip":
			r = &lazyGzip{src: r}
		}
	}
	if gzFile {
		r = &sniffGzip{src: bufio.NewReaderSize(r, 512)}
		resp.Header.Set("Content-Type", "application/octet-stream")
	}
	r = &boundedReader{ctx: ctx, r: r, left: limit, limit: limit, what: "decoded", site: site}
	resp.Body = &decodedBody{Reader: r, raw: raw}
	if decoded {
		resp.Header.Del("Content-Encoding")
		resp.Header.Del("Content-Length")
		resp.ContentLength = -1
	}
	// Nothing above this layer may decompress the body again.
	resp.Uncompressed = true
	return nil
}

// contentEncodings parses the Content-Encoding header lines into the codings
// to undo, "identity" dropped. More than one coding, or one the crawler does
// not decode, is an error wrapping ErrEncoding.
func contentEncodings(values []string) ([]string, error) {
	var out []string
	for _, v := range values {
		for _, tok := range strings.Split(v, ",") {
			tok = strings.ToLower(strings.TrimSpace(tok))
			switch tok {
			case "", "identity":
			case "gzip", "x-gzip", "br":
				out = append(out, tok)
			default:
				return nil, fmt.Errorf("%w %q", ErrEncoding, strings.Join(values, ", "))
			}
		}
	}
	if len(out) > 1 {
		return nil, fmt.Errorf("%w: stacked codings %q", ErrEncoding, strings.Join(values, ", "))
	}
	return out, nil
}

// gzipFile reports whether the body is a gzip file in its own right: a
// gzip media type, or a ".gz" path served as bytes (sitemap.xml.gz).
func gzipFile(resp *http.Response) bool {
	mt, _, err := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(resp.Header.Get("Content-Type"), ";", 2)[0]))
	}
	if strings.Contains(mt, "gzip") {
		return true
	}
	if resp.Request == nil || !strings.HasSuffix(strings.ToLower(resp.Request.URL.Path), ".gz") {
		return false
	}
	return mt == "" || mt == "application/octet-stream"
}

// boundedReader delivers at most limit bytes of r; past that it fails with
// ErrTooLarge. It checks ctx before every read and charges what it delivers
// to site, when set.
type boundedReader struct {
	ctx   context.Context
	r     io.Reader
	left  int64
	limit int64
	what  string
	site  *siteBudget
}

func (b *boundedReader) Read(p []byte) (int, error) {
	if err := b.ctx.Err(); err != nil {
		return 0, fmt.Errorf("read body: %w", context.Cause(b.ctx))
	}
	if b.left <= 0 {
		// Probe one byte: a body of exactly the limit is fine.
		var one [1]byte
		n, err := b.r.Read(one[:])
		if n > 0 {
			return 0, fmt.Errorf("%w (%d bytes %s)", ErrTooLarge, b.limit, b.what)
		}
		return 0, err
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.r.Read(p)
	b.left -= int64(n)
	if b.site != nil && !b.site.take(n) {
		return n, b.site.err()
	}
	return n, err
}

// lazyGzip decodes gzip, reading the header on the first Read (so that the
// header wait is bounded like the body and an empty body stays empty).
type lazyGzip struct {
	src io.Reader
	zr  *gzip.Reader
}

func (g *lazyGzip) Read(p []byte) (int, error) {
	if g.zr == nil {
		zr, err := gzip.NewReader(g.src)
		if err != nil {
			if err == io.EOF {
				return 0, io.EOF
			}
			return 0, fmt.Errorf("gzip body: %w", err)
		}
		g.zr = zr
	}
	return g.zr.Read(p)
}

// sniffGzip decodes its source when it starts with the gzip magic number,
// and passes it through otherwise (a file misnamed .gz).
type sniffGzip struct {
	src *bufio.Reader
	r   io.Reader
}

func (s *sniffGzip) Read(p []byte) (int, error) {
	if s.r == nil {
		head, err := s.src.Peek(2)
		if len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
			s.r = &lazyGzip{src: s.src}
		} else if err != nil && err != io.EOF {
			return 0, err
		} else {
			s.r = s.src
		}
	}
	return s.r.Read(p)
}

// decodedBody reads the bounded, decoded stream and closes the raw one.
type decodedBody struct {
	io.Reader
	raw io.Closer
}

func (b *decodedBody) Close() error { return b.raw.Close() }
