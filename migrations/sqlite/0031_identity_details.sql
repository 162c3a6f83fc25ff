-- What publishers say of who people are, kept for the export (issue 19): a patient's postal
-- addresses as the latest publisher sent them (a JSON array of FHIR Address fields: use, text,
-- lines, city, district, state, postal code, country), and a practitioner's name in its parts
-- (prefix, given names, family name; the whole name stays in `name`).
-- Keep in step with migrations/postgres/0031_identity_details.sql.
ALTER TABLE patients ADD COLUMN addresses TEXT;
ALTER TABLE authors ADD COLUMN name_prefix TEXT;
ALTER TABLE authors ADD COLUMN name_given TEXT;
ALTER TABLE authors ADD COLUMN name_family TEXT;
