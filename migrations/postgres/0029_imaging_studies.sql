-- Imaging studies (issue 19): an ImagingStudy is kept as an item of the health profile of kind
-- 'imaging' (its procedure or modality, the part of the body examined, when, who read it),
-- corrected and withdrawn like the others; the report that reads it (a DiagnosticReport's
-- `imagingStudy`) is `report_id`, through which the study leads to the report's document.
-- Keep in step with migrations/sqlite/0029_imaging_studies.sql.
ALTER TABLE profile_items DROP CONSTRAINT profile_items_kind_check;
ALTER TABLE profile_items ADD CONSTRAINT profile_items_kind_check
    CHECK (kind IN ('allergy', 'condition', 'medication', 'procedure', 'encounter', 'blood-group', 'directive',
                    'family-history', 'imaging'));

ALTER TABLE profile_items ADD COLUMN report_id TEXT REFERENCES reports(id);
CREATE INDEX profile_items_report ON profile_items(report_id);
