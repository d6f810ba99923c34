// Command apibench supports bench/api.sh: it seeds a database with many
// rated sites through the Store methods, and serves a bare gin handler that
// returns a constant, the baseline the API's throughput is compared with.
//
// Usage:
//
//	apibench seed -db PATH -n 100000 -domains FILE
//	apibench bare -addr 127.0.0.1:8091
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/scorer"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: apibench seed|bare [flags]")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "seed":
		err = seedCmd(ctx, os.Args[2:])
	case "bare":
		err = bareCmd(ctx, os.Args[2:])
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "apibench:", err)
		os.Exit(1)
	}
}

// benchDomain is the i-th synthetic domain.
func benchDomain(i int) string { return fmt.Sprintf("bench-site-%06d.com", i) }

func seedCmd(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("seed", flag.ContinueOnError)
	dsn := fs.String("db", "", "database to seed")
	n := fs.Int("n", 100_000, "number of sites")
	domains := fs.String("domains", "", "write the seeded domains to this file, one a line")
	workers := fs.Int("workers", 4, "concurrent writers")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *dsn == "" {
		return errors.New("seed: -db is required")
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	store, err := db.Open(ctx, *dsn, log)
	if err != nil {
		return fmt.Errorf("seed: %w", err)
	}
	defer store.Close()

	start := time.Now()
	var next, done atomic.Int64
	var wg sync.WaitGroup
	errc := make(chan error, *workers)
	for range *workers {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= *n || ctx.Err() != nil {
					return
				}
				if err := seedOne(ctx, store, i); err != nil {
					errc <- err
					return
				}
				if d := done.Add(1); d%10_000 == 0 {
					fmt.Fprintf(os.Stderr, "seeded %d sites (%.0f/s)\n", d, float64(d)/time.Since(start).Seconds())
				}
			}
		})
	}
	wg.Wait()
	close(errc)
	if err := <-errc; err != nil {
		return fmt.Errorf("seed: %w", err)
	}
	fmt.Fprintf(os.Stderr, "seeded %d sites in %s\n", done.Load(), time.Since(start).Round(time.Millisecond))
	if *domains != "" {
		return writeDomains(*domains, *n)
	}
	return nil
}

func writeDomains(path string, n int) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("domains file: %w", err)
	}
	w := bufio.NewWriter(f)
	for i := range n {
		fmt.Fprintln(w, benchDomain(i))
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("domains file: %w", err)
	}
	return f.Close()
}

var grades = []legible.Grade{legible.GradeA, legible.GradeB, legible.GradeC, legible.GradeD, legible.GradeE}

// seedOne stores site i with a privacy document and a combined score whose
// report carries criteria and top findings, like a real crawl's.
func seedOne(ctx context.Context, store *db.DB, i int) error {
	site, err := store.UpsertSite(ctx, legible.Site{Domain: benchDomain(i)})
	if err != nil {
		return err
	}
	score := 100 - (i*37)%100
	grade := grades[min(4, (100-score)/20)]
	minutes := float64(5+(i*13)%60) + 0.5
	text := fmt.Sprintf("# Privacy policy of %s\nWe collect your email address to send receipts. We may share your data with partners for advertising. We keep your data as long as necessary.", site.Domain)
	docURL := "https://" + site.Domain + "/privacy"
	sells := scorer.Finding{Kind: scorer.Bad, Label: "Shares data for advertising", Quote: "We may share your data with partners for advertising.", Document: legible.KindPrivacy, Points: -5}
	purpose := scorer.Finding{Kind: scorer.Good, Label: "Says why email is collected", Quote: "We collect your email address to send receipts.", Document: legible.KindPrivacy, Points: 3}
	retention := scorer.Finding{Kind: scorer.Bad, Label: "Keeps data as long as necessary", Quote: "We keep your data as long as necessary.", Document: legible.KindPrivacy, Points: -3}
	report, err := json.Marshal(scorer.SiteReport{
		RubricVersion: "bench-1", Score: score, Grade: grade, ReadingMinutes: minutes, Words: 30, Language: "en",
		Criteria: []scorer.Criterion{{ID: "limited_collection", Name: "Limited collection", Score: 5, Max: 15,
			Findings: []scorer.Finding{sells, retention}, Advice: []string{"State a retention period in days or months."}}},
		Documents:   []scorer.SiteDocument{{Kind: legible.KindPrivacy, URL: docURL, Language: "en", Words: 30, ReadingMinutes: minutes, Score: score, Grade: grade}},
		TopFindings: []scorer.Finding{sells, retention, purpose},
	})
	if err != nil {
		return err
	}
	if _, err := store.RecordVersion(ctx, site.ID, legible.NewVersion{
		Kind: legible.KindPrivacy, URL: docURL, ContentType: "text/html", Text: text, Language: "en", Words: 30,
		Score: &legible.Score{RubricVersion: "bench-1", Overall: score, Grade: grade, ReadingMin: minutes},
	}); err != nil {
		return err
	}
	return store.SaveSiteScore(ctx, site.ID, legible.SiteScore{
		RubricVersion: "bench-1", Overall: score, Grade: grade, ReadingMin: minutes, Language: "en", Report: report,
	})
}

// bareCmd serves GET /bare: a gin engine in release mode with one handler
// returning a constant body, nothing else.
func bareCmd(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("bare", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8091", "listen address")
	if err := fs.Parse(args); err != nil {
		return err
	}
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	body := []byte(`{"prefix":"a379","sites":[]}`)
	r.GET("/bare", func(c *gin.Context) { c.Data(http.StatusOK, "application/json; charset=utf-8", body) })
	srv := &http.Server{Addr: *addr, Handler: r, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}()
	if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("bare: %w", err)
	}
	return nil
}
