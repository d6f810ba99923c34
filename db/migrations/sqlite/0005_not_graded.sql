-- A text in a language Legible cannot read yet is measured but not graded:
-- its scores and site scores keep grade '' (the report says why), and the
-- site's copy of the latest grade is NULL. SQLite cannot change a CHECK, so
-- scores and site_scores are rebuilt; sites.score_id, the one reference to
-- site_scores, is set aside and restored so foreign keys hold throughout.

-- +goose Up
CREATE TABLE scores_new (
    id              INTEGER PRIMARY KEY,
    version_id      INTEGER NOT NULL REFERENCES versions (id),
    rubric_version  TEXT NOT NULL,
    overall         INTEGER NOT NULL,
    grade           TEXT NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D', 'E', '')),
    reading_minutes REAL NOT NULL DEFAULT 0,
    report          TEXT,
    created_at      TIMESTAMP NOT NULL,
    UNIQUE (version_id, rubric_version)
);
INSERT INTO scores_new SELECT id, version_id, rubric_version, overall, grade, reading_minutes, report, created_at FROM scores;
DROP TABLE scores;
ALTER TABLE scores_new RENAME TO scores;

CREATE TEMP TABLE site_score_ids AS SELECT id, score_id FROM sites WHERE score_id IS NOT NULL;
UPDATE sites SET score_id = NULL WHERE score_id IS NOT NULL;
CREATE TABLE site_scores_new (
    id              INTEGER PRIMARY KEY,
    site_id         INTEGER NOT NULL REFERENCES sites (id),
    rubric_version  TEXT NOT NULL,
    overall         INTEGER NOT NULL,
    grade           TEXT NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D', 'E', '')),
    reading_minutes REAL NOT NULL DEFAULT 0,
    language        TEXT NOT NULL DEFAULT '',
    report          TEXT,
    created_at      TIMESTAMP NOT NULL,
    checked_at      TIMESTAMP NOT NULL
);
INSERT INTO site_scores_new SELECT id, site_id, rubric_version, overall, grade, reading_minutes, language, report, created_at, checked_at FROM site_scores;
DROP TABLE site_scores;
ALTER TABLE site_scores_new RENAME TO site_scores;
CREATE INDEX site_scores_site ON site_scores (site_id, id);
UPDATE sites SET score_id = (SELECT k.score_id FROM site_score_ids k WHERE k.id = sites.id)
    WHERE id IN (SELECT id FROM site_score_ids);
DROP TABLE site_score_ids;

-- +goose Down
UPDATE sites SET score_id = NULL, overall = NULL, grade = NULL
    WHERE score_id IN (SELECT id FROM site_scores WHERE grade = '');
DELETE FROM site_scores WHERE grade = '';
DELETE FROM scores WHERE grade = '';
