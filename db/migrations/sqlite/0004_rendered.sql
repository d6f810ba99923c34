-- Marks the versions whose text was read from the DOM after the page's
-- scripts ran in a headless browser (0: from the HTML as served).

-- +goose Up
ALTER TABLE versions ADD COLUMN rendered INTEGER NOT NULL DEFAULT 0 CHECK (rendered IN (0, 1));

-- +goose Down
ALTER TABLE versions DROP COLUMN rendered;
