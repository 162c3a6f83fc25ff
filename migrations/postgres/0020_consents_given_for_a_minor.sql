-- An authorization given while the patient was a minor (by a legal representative) holds until
-- their 18th birthday, unless the young adult confirms it: then the flag is cleared. The policy
-- reads it with the birth date on every request.
ALTER TABLE consents ADD COLUMN given_for_minor INTEGER NOT NULL DEFAULT 0;
