package main

import (
	"errors"
	"flag"
	"fmt"
	"log/slog"

	"github.com/legible-app/legible/crawler"
	"github.com/legible-app/legible/crawler/render"
)

// renderFlags choose when pages are rendered in headless Chromium, and which.
type renderFlags struct {
	mode     string
	chromium string
}

func (r *renderFlags) register(e *env, fs *flag.FlagSet) {
	fs.StringVar(&r.mode, "render", envOr(e, "LEGIBLE_RENDER", string(crawler.RenderAuto)),
		"when to render pages in headless Chromium: auto (pages that need JavaScript), never or always (env LEGIBLE_RENDER)")
	fs.StringVar(&r.chromium, "chromium", e.getenv("LEGIBLE_CHROMIUM"),
		"Chromium executable for rendering; empty finds chromium on the PATH (env LEGIBLE_CHROMIUM)")
}

func (r *renderFlags) validate() error {
	if _, err := crawler.ParseRenderMode(r.mode); err != nil {
		return &exitError{code: 2, err: fmt.Errorf("--render: %w", err)}
	}
	return nil
}

// open returns the render mode and the browser to use, and a function that
// stops the browser. It says once, at start-up, whether pages will be
// rendered. Without a Chromium, auto becomes never; always is an error.
func (r *renderFlags) open(userAgent string, log *slog.Logger) (crawler.RenderMode, crawler.Renderer, func(), error) {
	mode, err := crawler.ParseRenderMode(r.mode)
	if err != nil {
		return "", nil, nil, &exitError{code: 2, err: fmt.Errorf("--render: %w", err)}
	}
	noop := func() {}
	if mode == crawler.RenderNever {
		log.Info("rendering off: pages are read as served", "render", mode)
		return mode, nil, noop, nil
	}
	cfg := render.DefaultConfig()
	cfg.ExecPath = r.chromium
	cfg.UserAgent = userAgent
	b, err := render.New(cfg, log)
	if err != nil {
		if r.chromium == "" && mode == crawler.RenderAuto && errors.Is(err, render.ErrNoChromium) {
			log.Info("no Chromium found: --render auto acts as never, pages that need JavaScript are read as served",
				"render", crawler.RenderNever)
			return crawler.RenderNever, nil, noop, nil
		}
		return "", nil, nil, &exitError{code: 2, err: fmt.Errorf("--render %s: %w", mode, err)}
	}
	log.Info("rendering pages that need JavaScript in headless Chromium", "render", mode, "chromium", b.ExecPath())
	return mode, b, func() {
		if err := b.Close(); err != nil {
			log.Warn("stop chromium", "err", err)
		}
	}, nil
}

// crawlerConfig returns the crawler configuration of the flags with the
// renderer they ask for, and a function that stops the renderer.
func (c *crawlFlags) crawlerConfig(log *slog.Logger) (crawler.Config, func(), error) {
	cfg := c.config()
	mode, renderer, stop, err := c.render.open(cfg.UserAgent, log)
	if err != nil {
		return cfg, nil, err
	}
	cfg.Render, cfg.Renderer = mode, renderer
	return cfg, stop, nil
}
