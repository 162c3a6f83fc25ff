-- Requests for access as professionals typed them, and the index that finds a patient's answer
-- to a request in "who saw my record" (issue 16).
-- Instants are INTEGER milliseconds since the Unix epoch (UTC).
-- Keep in step with migrations/postgres/0008_access_requests.sql.

-- A professional's list shows the requests they sent as they typed them (INS and birth date),
-- whether or not a record matches, so that the list says nothing about a record's existence.
-- Not linked to any record; the patient's side is `consents.status = 'requested'`. Listed for
-- 30 days, swept after.
CREATE TABLE access_requests (
    professional_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    health_id       TEXT NOT NULL,          -- the INS as typed, checked and normalised
    birth_date      TEXT NOT NULL,          -- YYYY-MM-DD
    requested_at    INTEGER NOT NULL,       -- the latest time it was sent
    PRIMARY KEY (professional_id, health_id, birth_date)
);
CREATE INDEX access_requests_time ON access_requests(requested_at);

-- The patient's decisions that answer a request (their target is the professional). Partial:
-- the condition must stay identical to `ANSWERS` in core/src/audit/history.rs to be used.
CREATE INDEX audit_log_answers ON audit_log(patient_id, target, seq)
    WHERE action IN ('share.approve', 'share.refuse', 'share.authorize', 'share.block');
