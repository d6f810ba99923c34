package db

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
)

// maxRawSize bounds a decompressed snapshot, so a damaged row cannot
// exhaust memory.
const maxRawSize = 64 << 20

// gzipBytes compresses a raw snapshot; nil stays nil.
func gzipBytes(raw []byte) ([]byte, error) {
	if len(raw) == 0 {
		return nil, nil
	}
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.DefaultCompression)
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	if _, err := zw.Write(raw); err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	return buf.Bytes(), nil
}

// gunzipBytes decompresses a stored snapshot.
func gunzipBytes(z []byte) ([]byte, error) {
	if len(z) == 0 {
		return nil, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(z))
	if err != nil {
		return nil, fmt.Errorf("gunzip: %w", err)
	}
	defer zr.Close()
	raw, err := io.ReadAll(io.LimitReader(zr, maxRawSize+1))
	if err != nil {
		return nil, fmt.Errorf("gunzip: %w", err)
	}
	if len(raw) > maxRawSize {
		return nil, fmt.Errorf("gunzip: snapshot larger than %d bytes", maxRawSize)
	}
	return raw, nil
}
