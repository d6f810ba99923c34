package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/legible-app/legible"
	"github.com/legible-app/legible/crawler"
	"github.com/legible-app/legible/db"
	"github.com/legible-app/legible/queue"
)

func init() {
	register(command{
		name:    "crawl",
		summary: "find, fetch, score and store sites' privacy policies and terms",
		run:     runCrawl,
	})
}

const crawlUsage = "crawl [--db DSN] [--from FILE] [--enqueue] [--format text|json] [--allow-private] " +
	"[--resolve HOST=IP:PORT]... [--delay D] [--concurrency N] [--user-agent S] DOMAIN..."

// crawlOptions are the parsed flags and arguments of `legible crawl`.
type crawlOptions struct {
	dsn         string
	from        string
	enqueue     bool
	format      string
	concurrency int
	crawl       crawlFlags
	domains     []string
}

// parseCrawlFlags parses flags (with LEGIBLE_* environment fallbacks) and
// domains; flags may come before or after the domains.
func parseCrawlFlags(e *env, args []string) (crawlOptions, error) {
	var o crawlOptions
	p := &envParser{e: e}
	fs := newFlagSet(e, "crawl", crawlUsage)
	fs.StringVar(&o.dsn, "db", envOr(e, "LEGIBLE_DB", db.DefaultSQLiteFile), "SQLite file or postgres:// DSN (env LEGIBLE_DB)")
	fs.StringVar(&o.from, "from", "", `file of domains or URLs, one a line ("-" for standard input; # starts a comment)`)
	fs.BoolVar(&o.enqueue, "enqueue", false, "queue crawl jobs for the workers (legible worker or serve) instead of crawling now")
	fs.StringVar(&o.format, "format", envOr(e, "LEGIBLE_FORMAT", "text"), "output: text or json (env LEGIBLE_FORMAT)")
	fs.IntVar(&o.concurrency, "concurrency", p.int("LEGIBLE_CRAWL_CONCURRENCY", 4), "sites crawled at once (env LEGIBLE_CRAWL_CONCURRENCY)")
	o.crawl.register(p, fs, "delay")
	if err := p.Err(); err != nil {
		return o, err
	}
	for rest := args; ; {
		if err := fs.Parse(rest); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return o, err
			}
			return o, &exitError{code: 2, err: errors.New("")} // the flag set printed the problem
		}
		if fs.NArg() == 0 {
			break
		}
		o.domains = append(o.domains, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	switch {
	case o.format != "text" && o.format != "json":
		return o, &exitError{code: 2, err: fmt.Errorf("--format must be text or json, not %q", o.format)}
	case o.concurrency < 1:
		return o, &exitError{code: 2, err: fmt.Errorf("--concurrency must be at least 1")}
	}
	if err := o.crawl.validate(); err != nil {
		return o, err
	}
	return o, nil
}

// crawlInputs returns the domains of the arguments and of --from, in order,
// without duplicates.
func crawlInputs(e *env, o crawlOptions) ([]string, error) {
	inputs := append([]string(nil), o.domains...)
	if o.from != "" {
		var r io.Reader = e.stdin
		if o.from != "-" {
			f, err := os.Open(o.from)
			if err != nil {
				return nil, fmt.Errorf("read domains: %w", err)
			}
			defer f.Close()
			r = f
		}
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			line := sc.Text()
			if i := strings.Index(line, "#"); i >= 0 {
				line = line[:i]
			}
			if line = strings.TrimSpace(line); line != "" {
				inputs = append(inputs, line)
			}
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("read domains from %s: %w", o.from, err)
		}
	}
	seen := map[string]bool{}
	out := inputs[:0]
	for _, in := range inputs {
		if !seen[in] {
			seen[in] = true
			out = append(out, in)
		}
	}
	return out, nil
}

// Outcomes of one site.
const (
	crawlFound    = "found"
	crawlNotFound = "not_found"
	crawlFailed   = "failed"
)

// crawlOutcome is the result of one input line.
type crawlOutcome struct {
	Input  string `json:"input"`
	Status string `json:"status"`
	// Error says in a few words why the site failed; Detail has the whole error.
	Error  string              `json:"error,omitempty"`
	Detail string              `json:"detail,omitempty"`
	Result *crawler.SiteResult `json:"result,omitempty"`
}

// crawlSummary counts the outcomes.
type crawlSummary struct {
	Total    int `json:"total"`
	Found    int `json:"found"`
	NotFound int `json:"not_found"`
	Failed   int `json:"failed"`
}

// runCrawl handles `legible crawl`.
func runCrawl(ctx context.Context, e *env, args []string) error {
	o, err := parseCrawlFlags(e, args)
	if err != nil {
		return err
	}
	inputs, err := crawlInputs(e, o)
	if err != nil {
		return err
	}
	if len(inputs) == 0 {
		return &exitError{code: 2, err: fmt.Errorf("no domain given\nusage: legible %s", crawlUsage)}
	}
	store, err := db.Open(ctx, o.dsn, e.log)
	if err != nil {
		return fmt.Errorf("open database: %w", err)
	}
	defer store.Close()
	if o.enqueue {
		q, err := openQueue(ctx, store, queue.Config{}, e)
		if err != nil {
			return err
		}
		defer q.Close(ctx)
		return enqueueCrawls(ctx, e, q, inputs, o.format)
	}

	cfg, stopRender, err := o.crawl.crawlerConfig(e.log)
	if err != nil {
		return err
	}
	defer stopRender()
	progress := newCrawlProgress(e, len(inputs))
	if progress.pages {
		cfg.OnPage = pageProgress(e.stderr)
	}
	c, err := crawler.New(cfg, store, e.log)
	if err != nil {
		return &exitError{code: 2, err: err}
	}

	outcomes := crawlConcurrently(ctx, c, inputs, o.concurrency, progress.done)
	progress.finish()

	sum := summarize(outcomes)
	if o.format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(struct {
			Sites   []crawlOutcome `json:"sites"`
			Summary crawlSummary   `json:"summary"`
		}{outcomes, sum}); err != nil {
			return fmt.Errorf("write results: %w", err)
		}
	} else {
		writeCrawlText(e.stdout, outcomes, sum)
	}
	if sum.Failed > 0 {
		return &exitError{code: 1, err: fmt.Errorf("%d of %d sites failed", sum.Failed, sum.Total)}
	}
	return nil
}

// crawlConcurrently crawls the inputs with n workers; one site failing
// never stops the others. Outcomes keep the order of the inputs.
func crawlConcurrently(ctx context.Context, c *crawler.Crawler, inputs []string, n int, done func(crawlOutcome)) []crawlOutcome {
	outcomes := make([]crawlOutcome, len(inputs))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(n, len(inputs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				outcomes[i] = crawlOne(ctx, c, inputs[i])
				done(outcomes[i])
			}
		}()
	}
	for i := range inputs {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return outcomes
}

// crawlOne crawls one input and classifies the outcome.
func crawlOne(ctx context.Context, c *crawler.Crawler, input string) crawlOutcome {
	o := crawlOutcome{Input: input}
	if err := ctx.Err(); err != nil {
		o.Status, o.Error = crawlFailed, "interrupted before it started"
		return o
	}
	res, err := c.CrawlSite(ctx, input)
	o.Result = res
	switch {
	case err != nil:
		o.Status, o.Error, o.Detail = crawlFailed, crawler.Reason(err), oneLine(err.Error())
	case res.Found():
		o.Status = crawlFound
	default:
		o.Status, o.Error = crawlNotFound, "no privacy policy, terms or cookie policy found"
	}
	return o
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func summarize(outcomes []crawlOutcome) crawlSummary {
	s := crawlSummary{Total: len(outcomes)}
	for _, o := range outcomes {
		switch o.Status {
		case crawlFound:
			s.Found++
		case crawlNotFound:
			s.NotFound++
		default:
			s.Failed++
		}
	}
	return s
}

// writeCrawlText prints one line per site and the totals.
func writeCrawlText(w io.Writer, outcomes []crawlOutcome, sum crawlSummary) {
	for _, o := range outcomes {
		name := o.Input
		if o.Result != nil && o.Result.UnicodeDomain != "" {
			name = o.Result.UnicodeDomain
		}
		switch o.Status {
		case crawlFound:
			r := o.Result
			var kinds []string
			for _, d := range r.Documents {
				k := string(d.Kind)
				if d.NewVersion {
					k += "*"
				}
				kinds = append(kinds, k)
			}
			grade := "-"
			if r.Score != nil {
				grade = fmt.Sprintf("%s %d", r.Grade, *r.Score)
			}
			line := fmt.Sprintf("found      %-28s %-6s %s", name, grade, strings.Join(kinds, ", "))
			if len(r.Missing) > 0 {
				line += fmt.Sprintf(" (no %s)", joinKinds(r.Missing))
			}
			fmt.Fprintf(w, "%s  [%d pages, %.1fs]\n", line, r.Pages, r.Duration)
		case crawlNotFound:
			fmt.Fprintf(w, "not found  %-28s %s\n", name, o.Error)
		default:
			fmt.Fprintf(w, "failed     %-28s %s\n", name, o.Error)
		}
	}
	fmt.Fprintf(w, "\n%d sites: %d found, %d not found, %d failed (* = new version stored)\n",
		sum.Total, sum.Found, sum.NotFound, sum.Failed)
}

func joinKinds(ks []legible.DocKind) string {
	s := make([]string, len(ks))
	for i, k := range ks {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}

// crawlProgress shows a progress bar on a terminal, plain lines otherwise.
type crawlProgress struct {
	mu    sync.Mutex
	e     *env
	bar   *progressbar.ProgressBar
	total int
	count int
	// pages is true for one site on a terminal: a line per page requested
	// (pageProgress) instead of a bar.
	pages bool
}

func newCrawlProgress(e *env, total int) *crawlProgress {
	p := &crawlProgress{e: e, total: total}
	if isTerminal(e.stderr) && total == 1 {
		p.pages = true
	} else if isTerminal(e.stderr) {
		p.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(e.stderr),
			progressbar.OptionSetDescription("crawling"),
			progressbar.OptionShowCount(),
			progressbar.OptionSetWidth(30),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}
	return p
}

// done records one finished site.
func (p *crawlProgress) done(o crawlOutcome) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.count++
	if p.bar != nil {
		p.bar.Add(1)
		return
	}
	msg := o.Status
	if o.Error != "" {
		msg += ": " + o.Error
	}
	if p.pages {
		fmt.Fprint(p.e.stderr, "\r\033[K") // clear the page line
	}
	fmt.Fprintf(p.e.stderr, "[%d/%d] %s %s\n", p.count, p.total, o.Input, msg)
}

func (p *crawlProgress) finish() {
	if p.bar != nil {
		p.bar.Finish()
	}
}

// enqueuedCrawl is the outcome of queueing one input.
type enqueuedCrawl struct {
	Input string            `json:"input"`
	Job   *legible.CrawlJob `json:"job,omitempty"`
	Error string            `json:"error,omitempty"`
}

// enqueueCrawls records a crawl job per input; a site with an open job
// keeps it.
func enqueueCrawls(ctx context.Context, e *env, jobs legible.Jobs, inputs []string, format string) error {
	out := make([]enqueuedCrawl, 0, len(inputs))
	failed := 0
	for _, in := range inputs {
		q := enqueuedCrawl{Input: in}
		job, err := jobs.Enqueue(ctx, in)
		if err != nil {
			q.Error = oneLine(err.Error())
			failed++
		} else {
			q.Job = &job
		}
		out = append(out, q)
	}
	if format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(struct {
			Jobs []enqueuedCrawl `json:"jobs"`
		}{out}); err != nil {
			return fmt.Errorf("write jobs: %w", err)
		}
	} else {
		for _, q := range out {
			if q.Job != nil {
				fmt.Fprintf(e.stdout, "queued     %-28s job %d (%s)\n", q.Job.Domain, q.Job.ID, q.Job.State)
			} else {
				fmt.Fprintf(e.stdout, "failed     %-28s %s\n", q.Input, q.Error)
			}
		}
		fmt.Fprintf(e.stdout, "\n%d queued, %d failed\n", len(out)-failed, failed)
	}
	if failed > 0 {
		return &exitError{code: 1, err: fmt.Errorf("%d of %d sites could not be queued", failed, len(out))}
	}
	return nil
}
