-- A text in a language Legible cannot read yet is measured but not graded:
-- its scores and site scores keep grade '' (the report says why), and the
-- site's copy of the latest grade is NULL.

-- +goose Up
ALTER TABLE scores DROP CONSTRAINT scores_grade_check;
ALTER TABLE scores ADD CONSTRAINT scores_grade_check CHECK (grade IN ('A', 'B', 'C', 'D', 'E', ''));
ALTER TABLE site_scores DROP CONSTRAINT site_scores_grade_check;
ALTER TABLE site_scores ADD CONSTRAINT site_scores_grade_check CHECK (grade IN ('A', 'B', 'C', 'D', 'E', ''));

-- +goose Down
UPDATE sites SET score_id = NULL, overall = NULL, grade = NULL
    WHERE score_id IN (SELECT id FROM site_scores WHERE grade = '');
DELETE FROM site_scores WHERE grade = '';
DELETE FROM scores WHERE grade = '';
ALTER TABLE scores DROP CONSTRAINT scores_grade_check;
ALTER TABLE scores ADD CONSTRAINT scores_grade_check CHECK (grade IN ('A', 'B', 'C', 'D', 'E'));
ALTER TABLE site_scores DROP CONSTRAINT site_scores_grade_check;
ALTER TABLE site_scores ADD CONSTRAINT site_scores_grade_check CHECK (grade IN ('A', 'B', 'C', 'D', 'E'));
