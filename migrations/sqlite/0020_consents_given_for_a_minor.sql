-- An authorization given while the patient was a minor (by a legal representative) holds until
-- their 18th birthday, unless the young adult confirms it: then the flag is cleared. The policy
-- reads it with the birth date on every request.
ALTER TABLE consents ADD COLUMN given_for_minor INTEGER NOT NULL DEFAULT 0;
-- Authorizations already given in the name of someone still a minor today were given by a
-- representative: mark them, so that they too end at 18.
UPDATE consents SET given_for_minor = 1 WHERE status = 'authorized'
  AND patient_id IN (SELECT id FROM patients WHERE birth_date > date('now', '-18 years'));
