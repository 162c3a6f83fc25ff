-- The rest of the declared profile (issue 19): a disability ('disability': what it is, what it
-- changes, since when) and the position on organ donation ('organ-donation': one position, the
-- latest standing); advance directives may be a document the patient adds (a signed form, a
-- photo of it) rather than a text: the directive then leads to that document (`document_id`).
-- Keep in step with migrations/sqlite/0030_disability_organ_donation.sql.
ALTER TABLE profile_items DROP CONSTRAINT profile_items_kind_check;
ALTER TABLE profile_items ADD CONSTRAINT profile_items_kind_check
    CHECK (kind IN ('allergy', 'condition', 'medication', 'procedure', 'encounter', 'blood-group', 'directive',
                    'family-history', 'imaging', 'disability', 'organ-donation'));

ALTER TABLE profile_items ADD COLUMN document_id TEXT REFERENCES documents(id);
CREATE INDEX profile_items_document ON profile_items(document_id);
