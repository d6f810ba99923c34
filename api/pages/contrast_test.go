package pages

import (
	"fmt"
	"math"
	"strconv"
	"testing"
)

// contrastRatio returns the WCAG 2 contrast ratio of two "#rrggbb" colours.
func contrastRatio(a, b string) (float64, error) {
	la, err := luminance(a)
	if err != nil {
		return 0, err
	}
	lb, err := luminance(b)
	if err != nil {
		return 0, err
	}
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05), nil
}

// luminance is the WCAG relative luminance of a "#rrggbb" colour.
func luminance(hex string) (float64, error) {
	if len(hex) != 7 || hex[0] != '#' {
		return 0, fmt.Errorf("pages: bad colour %q", hex)
	}
	v, err := strconv.ParseUint(hex[1:], 16, 32)
	if err != nil {
		return 0, fmt.Errorf("pages: bad colour %q: %w", hex, err)
	}
	ch := func(c uint64) float64 {
		s := float64(c) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	r, g, b := ch(v>>16&0xff), ch(v>>8&0xff), ch(v&0xff)
	return 0.2126*r + 0.7152*g + 0.0722*b, nil
}

func TestGradePaletteContrast(t *testing.T) {
	for g, fill := range gradeColor {
		ratio, err := contrastRatio(fill, gradeInk[g])
		if err != nil {
			t.Fatal(err)
		}
		if ratio < 4.5 {
			t.Errorf("grade %q: ink %s on %s has contrast %.2f, want >= 4.5", g, gradeInk[g], fill, ratio)
		}
	}
}

func TestContrastRatio(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"#000000", "#ffffff", 21},
		{"#ffffff", "#ffffff", 1},
		{"#777777", "#ffffff", 4.48},
	}
	for _, tt := range tests {
		got, err := contrastRatio(tt.a, tt.b)
		if err != nil {
			t.Fatal(err)
		}
		if math.Abs(got-tt.want) > 0.01 {
			t.Errorf("contrastRatio(%s, %s) = %.3f, want %.2f", tt.a, tt.b, got, tt.want)
		}
	}
	if _, err := contrastRatio("red", "#fff"); err == nil {
		t.Error("contrastRatio accepted a bad colour")
	}
}
