-- The crawl_jobs table predates the River job queue (package queue), which
-- keeps its own tables; nothing ran the jobs it held.

-- +goose Up
DROP TABLE crawl_jobs;

-- +goose Down
CREATE TABLE crawl_jobs (
    id          INTEGER PRIMARY KEY,
    domain      TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT NOT NULL DEFAULT '',
    next_run_at TIMESTAMP NOT NULL,
    result      TEXT,
    created_at  TIMESTAMP NOT NULL,
    updated_at  TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX crawl_jobs_open_domain ON crawl_jobs (domain) WHERE state IN ('queued', 'running');
CREATE INDEX crawl_jobs_due ON crawl_jobs (state, next_run_at, id);
