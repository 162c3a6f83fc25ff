-- Observations of every category (issue 19): besides laboratory results and vital signs, what
-- publishers send as social history (smoking status), exam, survey (questionnaires and scores),
-- imaging, procedure, therapy and activity observations, and those without a category
-- ('other'), kept as results are and shown by category. A coded value keeps its system and
-- code beside its text (`value_system`, `value_code`; a SNOMED CT "Never smoker" is no longer
-- bare text), and a quantity its UCUM unit code (`unit_code`) beside the unit shown.
-- Keep in step with migrations/postgres/0028_observation_categories.sql.
--
-- SQLite cannot change a CHECK in place, and rebuilding result_series is not possible here:
-- results refer to it, foreign keys cannot be turned off inside the transaction sqlx runs a
-- migration in, and dropping the table would count every result as a violation. Widening a CHECK
-- changes nothing stored, so its text is edited in the schema, as SQLite's documentation allows
-- for removing or loosening a constraint ("Making Other Kinds Of Table Schema Changes"). The
-- ALTERs that follow (of another table: an ALTER of the edited one would add its column at an
-- offset into the old text) change the schema's version, so every connection reads the new one;
-- the probe row then proves the new categories are accepted (the migration fails otherwise).
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
    SET sql = replace(sql, 'CHECK (category IN (''laboratory'', ''vital-signs''))',
        'CHECK (category IN (''laboratory'', ''vital-signs'', ''social-history'', ''exam'', ''survey'', ''imaging'', ''procedure'', ''therapy'', ''activity'', ''other''))')
    WHERE type = 'table' AND name = 'result_series';
PRAGMA writable_schema = OFF;

ALTER TABLE results ADD COLUMN value_system TEXT;
ALTER TABLE results ADD COLUMN value_code TEXT;
ALTER TABLE results ADD COLUMN unit_code TEXT;

PRAGMA defer_foreign_keys = ON;
INSERT INTO result_series (id, patient_id, code_system, code, display, category, latest_result_id,
    latest_effective_at, latest_recorded_at, result_count)
    VALUES ('migration-0028-probe', 'migration-0028-probe', '', '', '', 'social-history', '', 0, 0, 0);
DELETE FROM result_series WHERE id = 'migration-0028-probe';
