-- Names Carnet owns and names publishers send (issue 16). A test or vaccine published through
-- the portal's form is named from Carnet's catalogue and shown in the reader's language; one a
-- publisher sent (FHIR) is shown as sent, with its code. See core/src/record/names.rs.
-- Keep in step with migrations/postgres/0009_name_origin.sql.

ALTER TABLE vaccinations ADD COLUMN name_origin TEXT NOT NULL DEFAULT 'sent'
    CHECK (name_origin IN ('sent', 'catalogue'));

-- A test's summary row is named by Carnet only while every one of its results came from the
-- portal's form; a result a publisher sends makes it the publisher's name.
ALTER TABLE result_series ADD COLUMN name_origin TEXT NOT NULL DEFAULT 'sent'
    CHECK (name_origin IN ('sent', 'catalogue'));

-- Rows published through the portal's form before this migration (their source is
-- 'publication/<uuid>…', which no FHIR resource can have) with a code of the catalogue as it
-- was then (core/src/record/publish.rs: LAB_TESTS, VACCINES).
UPDATE vaccinations SET name_origin = 'catalogue'
    WHERE source LIKE 'publication/%' AND vaccine_system = 'http://hl7.org/fhir/sid/cvx'
    AND vaccine_code IN ('146', '115', '113', '03', '08', '133', '216', '203', '163', '165', '187', '140', '208', '119');

UPDATE result_series SET name_origin = 'catalogue'
    WHERE code_system = 'http://loinc.org'
    AND code IN ('1558-6', '4548-4', '2093-3', '13457-7', '2085-9', '2571-8', '2160-0', '718-7', '6690-2',
                 '777-3', '3016-3', '2276-4', '1988-5', '2951-2', '2823-3')
    AND NOT EXISTS (SELECT 1 FROM results r WHERE r.series_id = result_series.id AND r.source NOT LIKE 'publication/%');
