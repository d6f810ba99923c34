package pages

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
)

//go:embed static
var staticFS embed.FS

// staticFile is one embedded static file with its content hash.
type staticFile struct {
	body []byte
	etag string
	hash string
}

// staticFiles are the embedded static files by name ("app.css"), read once.
var staticFiles = loadStatic()

// cssURL is the stylesheet's address, versioned by its content so that it
// can be cached for a year.
var cssURL = "/static/app.css?v=" + staticFiles["app.css"].hash

func loadStatic() map[string]staticFile {
	files := map[string]staticFile{}
	_ = fs.WalkDir(staticFS, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := staticFS.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		h := hex.EncodeToString(sum[:])[:12]
		files[strings.TrimPrefix(p, "static/")] = staticFile{body: b, etag: `"` + h + `"`, hash: h}
		return nil
	})
	return files
}

// static serves the embedded stylesheet and images. A request carrying the
// file's current version (?v=) may be cached forever.
func (h *handler) static(c *gin.Context) {
	name := strings.TrimPrefix(path.Clean("/"+c.Param("file")), "/")
	f, ok := staticFiles[name]
	if !ok {
		p := h.newPage(c, "")
		h.fail(c, p, http.StatusNotFound, p.L.T("error.notfound.title"), p.L.T("error.notfound.text"))
		return
	}
	hdr := c.Writer.Header()
	hdr.Set("ETag", f.etag)
	hdr.Set("X-Content-Type-Options", "nosniff")
	if c.Query("v") == f.hash {
		hdr.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		hdr.Set("Cache-Control", "public, max-age=3600")
	}
	http.ServeContent(c.Writer, c.Request, name, time.Time{}, bytes.NewReader(f.body))
}
