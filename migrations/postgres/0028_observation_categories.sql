-- Observations of every category (issue 19): besides laboratory results and vital signs, what
-- publishers send as social history (smoking status), exam, survey (questionnaires and scores),
-- imaging, procedure, therapy and activity observations, and those without a category
-- ('other'), kept as results are and shown by category. A coded value keeps its system and
-- code beside its text (`value_system`, `value_code`; a SNOMED CT "Never smoker" is no longer
-- bare text), and a quantity its UCUM unit code (`unit_code`) beside the unit shown.
-- Keep in step with migrations/sqlite/0028_observation_categories.sql.
ALTER TABLE result_series DROP CONSTRAINT result_series_category_check;
ALTER TABLE result_series ADD CONSTRAINT result_series_category_check
    CHECK (category IN ('laboratory', 'vital-signs', 'social-history', 'exam', 'survey', 'imaging', 'procedure',
                        'therapy', 'activity', 'other'));

ALTER TABLE results ADD COLUMN value_system TEXT;
ALTER TABLE results ADD COLUMN value_code TEXT;
ALTER TABLE results ADD COLUMN unit_code TEXT;
