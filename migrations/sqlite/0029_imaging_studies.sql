-- Imaging studies (issue 19): an ImagingStudy is kept as an item of the health profile of kind
-- 'imaging' (its procedure or modality, the part of the body examined, when, who read it),
-- corrected and withdrawn like the others; the report that reads it (a DiagnosticReport's
-- `imagingStudy`) is `report_id`, through which the study leads to the report's document.
-- Keep in step with migrations/postgres/0029_imaging_studies.sql.
--
-- The kind's CHECK is widened by editing its text, as migration 0028 does for result_series
-- (see there why a rebuild is not possible); the probe row proves the new kind is accepted.
-- The text is edited keeping its length (the new kind takes the place of indentation): SQLite
-- adds a column at an offset into the table's text it read before, which a longer text would
-- move. The column added next then makes this connection read the new schema too (an ALTER ...
-- ADD COLUMN reloads it), and every other connection sees the schema's version change.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
    SET sql = replace(sql,
        char(10) || '                                           ''blood-group'', ''directive'', ''family-history''))',
        char(10) || '                                ''blood-group'', ''directive'', ''family-history'', ''imaging''))')
    WHERE type = 'table' AND name = 'profile_items';
PRAGMA writable_schema = OFF;

ALTER TABLE profile_items ADD COLUMN report_id TEXT REFERENCES reports(id);
CREATE INDEX profile_items_report ON profile_items(report_id);

PRAGMA defer_foreign_keys = ON;
INSERT INTO profile_items (id, patient_id, source, kind, code_system, code, display, status, recorded_at)
    VALUES ('migration-0029-probe', 'migration-0029-probe', 'migration-0029-probe', 'imaging', '', '', '', '', 0);
DELETE FROM profile_items WHERE id = 'migration-0029-probe';
