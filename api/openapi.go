package api

import (
	_ "embed"
	"net/http"

	"github.com/gin-gonic/gin"
)

// openapiDoc is the OpenAPI 3.1 description of the API.
//
//go:embed openapi.json
var openapiDoc []byte

// openapi serves GET /openapi.json.
func (s *Server) openapi(c *gin.Context) {
	c.Header("Cache-Control", "public, max-age=3600")
	c.Data(http.StatusOK, "application/json; charset=utf-8", openapiDoc)
}
