-- Marks the versions whose text was read from the DOM after the page's
-- scripts ran in a headless browser.

-- +goose Up
ALTER TABLE versions ADD COLUMN rendered BOOLEAN NOT NULL DEFAULT false;

-- +goose Down
ALTER TABLE versions DROP COLUMN rendered;
