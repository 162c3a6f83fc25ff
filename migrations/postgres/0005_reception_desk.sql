-- The reception desk (issue 5): assisted sessions a present patient approves, and what the desk
-- records about a minor's record. Instants are BIGINT milliseconds since the Unix epoch (UTC).
-- Keep in step with migrations/sqlite/0005_reception_desk.sql.

-- A staff member helping a patient at the desk, in the staff member's own sign-in. Pending until
-- the patient approves it (their passkey on the desk device, or a 6-digit code e-mailed to them
-- and read back); then short: `last_seen_at` and `approved_at` bound it (idle and maximum, read
-- on every request). Ending it ends the staff member's sign-in too.
CREATE TABLE assisted_sessions (
    id               TEXT PRIMARY KEY,
    staff_account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    sign_in_id       TEXT NOT NULL REFERENCES sign_ins(id) ON DELETE CASCADE,
    patient_id       TEXT NOT NULL REFERENCES patients(id),
    code_hash        TEXT,                 -- SHA-256 of the session id and the code last sent
    code_expires_at  BIGINT,
    code_attempts    INTEGER NOT NULL DEFAULT 0,  -- wrong codes typed for the code last sent
    codes_sent       INTEGER NOT NULL DEFAULT 0,
    approval_ceremony TEXT,                -- hash of the passkey ceremony started to approve it
    approved_by      TEXT CHECK (approved_by IN ('passkey', 'code')),
    created_at       BIGINT NOT NULL,
    approved_at      BIGINT,
    last_seen_at     BIGINT NOT NULL,
    ended_at         BIGINT
);
CREATE INDEX assisted_sessions_sign_in ON assisted_sessions(sign_in_id);
CREATE INDEX assisted_sessions_staff ON assisted_sessions(staff_account_id, patient_id);

-- A minor's own address, where the invitation to enrol goes on their 18th birthday, and when it
-- went.
ALTER TABLE patients ADD COLUMN contact_email TEXT;
ALTER TABLE patients ADD COLUMN adult_invited_at BIGINT;
