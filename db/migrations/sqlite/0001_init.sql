-- Legible's schema on SQLite. Times are TIMESTAMP columns holding UTC text in
-- the driver's "sqlite" format (2006-01-02 15:04:05.999999999+00:00), which
-- sorts in time order; JSON documents are TEXT.

-- +goose Up
CREATE TABLE sites (
    id              INTEGER PRIMARY KEY,
    domain          TEXT NOT NULL UNIQUE,
    unicode_domain  TEXT NOT NULL,
    domain_hash     TEXT NOT NULL,
    hash_prefix     TEXT NOT NULL,
    canonical_url   TEXT NOT NULL DEFAULT '',
    created_at      TIMESTAMP NOT NULL,
    updated_at      TIMESTAMP NOT NULL,
    -- The latest combined score, copied from site_scores by SaveSiteScore so
    -- listings and look-ups read one row per site.
    score_id        INTEGER REFERENCES site_scores (id),
    overall         INTEGER,
    grade           TEXT CHECK (grade IN ('A', 'B', 'C', 'D', 'E')),
    rubric_version  TEXT,
    reading_minutes REAL,
    language        TEXT,
    checked_at      TIMESTAMP,
    changed_at      TIMESTAMP
);
CREATE INDEX sites_unicode_domain ON sites (unicode_domain);
CREATE INDEX sites_hash_prefix ON sites (hash_prefix);
CREATE INDEX sites_overall ON sites (overall, domain) WHERE score_id IS NOT NULL;
CREATE INDEX sites_reading ON sites (reading_minutes, domain) WHERE score_id IS NOT NULL;
CREATE INDEX sites_changed ON sites (changed_at, domain) WHERE score_id IS NOT NULL;
CREATE INDEX sites_checked ON sites (checked_at) WHERE score_id IS NOT NULL;

CREATE TABLE documents (
    id         INTEGER PRIMARY KEY,
    site_id    INTEGER NOT NULL REFERENCES sites (id),
    kind       TEXT NOT NULL CHECK (kind IN ('privacy', 'terms', 'cookies', 'other')),
    url        TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (site_id, kind, url)
);

CREATE TABLE versions (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents (id),
    previous_id  INTEGER REFERENCES versions (id),
    fetched_at   TIMESTAMP NOT NULL,
    checked_at   TIMESTAMP NOT NULL,
    content_hash TEXT NOT NULL,
    content_type TEXT NOT NULL DEFAULT '',
    raw_gzip     BLOB,
    text         TEXT NOT NULL,
    language     TEXT NOT NULL DEFAULT '',
    words        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX versions_document ON versions (document_id, id);
CREATE INDEX versions_fetched ON versions (fetched_at, id);

CREATE TABLE scores (
    id              INTEGER PRIMARY KEY,
    version_id      INTEGER NOT NULL REFERENCES versions (id),
    rubric_version  TEXT NOT NULL,
    overall         INTEGER NOT NULL,
    grade           TEXT NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D', 'E')),
    reading_minutes REAL NOT NULL DEFAULT 0,
    report          TEXT,
    created_at      TIMESTAMP NOT NULL,
    UNIQUE (version_id, rubric_version)
);

CREATE TABLE site_scores (
    id              INTEGER PRIMARY KEY,
    site_id         INTEGER NOT NULL REFERENCES sites (id),
    rubric_version  TEXT NOT NULL,
    overall         INTEGER NOT NULL,
    grade           TEXT NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D', 'E')),
    reading_minutes REAL NOT NULL DEFAULT 0,
    language        TEXT NOT NULL DEFAULT '',
    report          TEXT,
    created_at      TIMESTAMP NOT NULL,
    checked_at      TIMESTAMP NOT NULL
);
CREATE INDEX site_scores_site ON site_scores (site_id, id);

CREATE TABLE site_signals (
    site_id    INTEGER PRIMARY KEY REFERENCES sites (id),
    signals    TEXT NOT NULL,
    checked_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

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
-- At most one open job per domain.
CREATE UNIQUE INDEX crawl_jobs_open_domain ON crawl_jobs (domain) WHERE state IN ('queued', 'running');
CREATE INDEX crawl_jobs_due ON crawl_jobs (state, next_run_at, id);

CREATE TABLE api_keys (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    key_hash     TEXT NOT NULL UNIQUE,
    created_at   TIMESTAMP NOT NULL
);

-- +goose Down
DROP TABLE api_keys;
DROP TABLE crawl_jobs;
DROP TABLE site_signals;
DROP TABLE site_scores;
DROP TABLE scores;
DROP TABLE versions;
DROP TABLE documents;
DROP TABLE sites;
