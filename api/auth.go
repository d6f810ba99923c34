package api

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/legible-app/legible"
)

// ctxKeyName is the gin context key holding the caller's API key name.
const ctxKeyName = "legible.apikey"

// maxCachedKeys bounds the key cache.
const maxCachedKeys = 1024

// apiKeyFrom returns the API key of the request: "Authorization: Bearer KEY"
// or "X-API-Key: KEY".
func apiKeyFrom(r *http.Request) string {
	if a := r.Header.Get("Authorization"); a != "" {
		if scheme, key, ok := strings.Cut(a, " "); ok && strings.EqualFold(scheme, "Bearer") {
			return strings.TrimSpace(key)
		}
	}
	return strings.TrimSpace(r.Header.Get("X-API-Key"))
}

// keyCache remembers valid keys for a few seconds, so that choosing a keyed
// client's rate-limit budget does not cost a database query per request.
// Authorising a request (requireKey) always asks the store, so a revoked key
// is refused at once. Keys are held only as hashes.
type keyCache struct {
	store keyStore
	ttl   time.Duration
	mu    sync.Mutex
	names map[[32]byte]cachedKey
}

type cachedKey struct {
	name    string
	expires time.Time
}

func newKeyCache(store keyStore, ttl time.Duration) *keyCache {
	return &keyCache{store: store, ttl: ttl, names: make(map[[32]byte]cachedKey)}
}

// check returns the key's name, or an error wrapping legible.ErrUnauthorized.
func (k *keyCache) check(ctx context.Context, key string) (string, error) {
	sum := sha256.Sum256([]byte(key))
	now := time.Now()
	k.mu.Lock()
	c, ok := k.names[sum]
	k.mu.Unlock()
	if ok && now.Before(c.expires) {
		return c.name, nil
	}
	name, err := k.store.CheckAPIKey(ctx, key)
	if err != nil {
		return "", fmt.Errorf("check API key: %w", err)
	}
	k.mu.Lock()
	if len(k.names) >= maxCachedKeys {
		clear(k.names)
	}
	k.names[sum] = cachedKey{name: name, expires: now.Add(k.ttl)}
	k.mu.Unlock()
	return name, nil
}

// verify asks the store, never the cache, whether key is valid, and updates
// the cache with the answer: a revoked key is dropped from it at once.
func (k *keyCache) verify(ctx context.Context, key string) (string, error) {
	sum := sha256.Sum256([]byte(key))
	name, err := k.store.CheckAPIKey(ctx, key)
	k.mu.Lock()
	defer k.mu.Unlock()
	if err != nil {
		delete(k.names, sum)
		return "", fmt.Errorf("check API key: %w", err)
	}
	if len(k.names) >= maxCachedKeys {
		clear(k.names)
	}
	k.names[sum] = cachedKey{name: name, expires: time.Now().Add(k.ttl)}
	return name, nil
}

// requireKey lets only requests with a valid API key through; the key is
// checked against the store on every request.
func (s *Server) requireKey(c *gin.Context) {
	key := apiKeyFrom(c.Request)
	if key == "" {
		s.fail(c, fmt.Errorf("%w: an API key is required (Authorization: Bearer KEY or X-API-Key)", legible.ErrUnauthorized))
		return
	}
	name, err := s.keys.verify(c.Request.Context(), key)
	if err != nil {
		if errors.Is(err, legible.ErrUnauthorized) {
			err = fmt.Errorf("%w: the API key is not valid", legible.ErrUnauthorized)
		}
		s.fail(c, err)
		return
	}
	c.Set(ctxKeyName, name)
}

// keyCacheTTL is how long a valid key is remembered for rate limiting.
const keyCacheTTL = 5 * time.Second
