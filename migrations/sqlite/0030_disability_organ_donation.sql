-- The rest of the declared profile (issue 19): a disability ('disability': what it is, what it
-- changes, since when) and the position on organ donation ('organ-donation': one position, the
-- latest standing); advance directives may be a document the patient adds (a signed form, a
-- photo of it) rather than a text: the directive then leads to that document (`document_id`).
-- Keep in step with migrations/postgres/0030_disability_organ_donation.sql.
--
-- The kind's CHECK is widened by editing its text keeping its length, as migration 0029 does
-- (see there why): the two new kinds take the place of the line's indentation. The column added
-- next makes every connection read the new schema; the probe rows prove both kinds are accepted.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
    SET sql = replace(sql,
        char(10) || '                                ''blood-group'', ''directive'', ''family-history'', ''imaging''))',
        char(10) || '''blood-group'', ''directive'', ''family-history'', ''imaging'', ''disability'', ''organ-donation''))')
    WHERE type = 'table' AND name = 'profile_items';
PRAGMA writable_schema = OFF;

ALTER TABLE profile_items ADD COLUMN document_id TEXT REFERENCES documents(id);
CREATE INDEX profile_items_document ON profile_items(document_id);

PRAGMA defer_foreign_keys = ON;
INSERT INTO profile_items (id, patient_id, source, kind, code_system, code, display, status, recorded_at)
    VALUES ('migration-0030-probe-1', 'migration-0030-probe', 'migration-0030-probe-1', 'disability', '', '', '', '', 0);
INSERT INTO profile_items (id, patient_id, source, kind, code_system, code, display, status, recorded_at)
    VALUES ('migration-0030-probe-2', 'migration-0030-probe', 'migration-0030-probe-2', 'organ-donation', '', '', '', '', 0);
DELETE FROM profile_items WHERE patient_id = 'migration-0030-probe';
