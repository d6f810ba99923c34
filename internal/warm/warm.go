//go:build warm

package main

import (
	_ "github.com/PuerkitoBio/goquery"
	_ "github.com/abadojack/whatlanggo"
	_ "github.com/andybalholm/brotli"
	_ "github.com/gin-gonic/gin"
	_ "github.com/gocolly/colly/v2"
	_ "github.com/jackc/pgx/v5/stdlib"
	_ "github.com/jmoiron/sqlx"
	_ "github.com/markusmobius/go-trafilatura"
	_ "github.com/pressly/goose/v3"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promhttp"
	_ "github.com/schollz/progressbar/v3"
	_ "github.com/pmezard/go-difflib/difflib"
	_ "github.com/riverqueue/river"
	_ "github.com/riverqueue/river/riverdriver/riverpgxv5"
	_ "github.com/riverqueue/river/riverdriver/riversqlite"
	_ "golang.org/x/net/publicsuffix"
	_ "golang.org/x/time/rate"
	_ "modernc.org/sqlite"
)

func main() {}
