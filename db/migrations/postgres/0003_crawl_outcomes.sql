-- How each site's latest crawl ended, so that "no policy found" and "crawl
-- failed" are states of their own rather than "not rated yet"; and the
-- practice facts of each site's latest report, so sites can be filtered by them.

-- +goose Up
-- '', rated, no_policy or failed (checked by the code that writes it).
ALTER TABLE sites ADD COLUMN crawl_status TEXT NOT NULL DEFAULT '';
-- Comma-separated kinds of document the latest crawl did not find.
ALTER TABLE sites ADD COLUMN crawl_missing TEXT NOT NULL DEFAULT '';
ALTER TABLE sites ADD COLUMN crawl_detail TEXT NOT NULL DEFAULT '';
ALTER TABLE sites ADD COLUMN crawled_at TIMESTAMPTZ;
-- The name the site gives itself (og:site_name or its home page's title), for search.
ALTER TABLE sites ADD COLUMN name TEXT NOT NULL DEFAULT '';
CREATE INDEX sites_unrated_status ON sites (crawl_status, checked_at) WHERE score_id IS NULL;

-- Written with the site score, replaced whenever the site report is.
CREATE TABLE site_practices (
    site_id  BIGINT NOT NULL REFERENCES sites (id),
    practice TEXT NOT NULL,
    answer   TEXT NOT NULL,
    PRIMARY KEY (site_id, practice)
);
CREATE INDEX site_practices_answer ON site_practices (practice, answer, site_id);

-- +goose Down
DROP TABLE site_practices;
DROP INDEX sites_unrated_status;
ALTER TABLE sites DROP COLUMN name;
ALTER TABLE sites DROP COLUMN crawled_at;
ALTER TABLE sites DROP COLUMN crawl_detail;
ALTER TABLE sites DROP COLUMN crawl_missing;
ALTER TABLE sites DROP COLUMN crawl_status;
