-- Delegations (issue 5): people a patient lets act for them (caregivers, invited by the patient)
-- and the legal representatives of a minor (attached by the reception desk).
-- Instants are INTEGER milliseconds since the Unix epoch (UTC); flags are INTEGER 0 or 1.
-- Keep in step with migrations/postgres/0004_delegations.sql.

-- One row per delegation, from invitation to end. A caregiver's row starts as an invitation
-- (`delegate_account_id` NULL, the token's hash in `invitation_hash`) and becomes running when
-- someone accepts it with their account. Whether it may be used is read on every request:
-- accepted, not ended, before `ends_at`, the scope covering the action, and for a
-- representative the patient under 18 that day. Rows are never deleted: ending sets `ended_at`.
CREATE TABLE delegations (
    id                    TEXT PRIMARY KEY,
    patient_id            TEXT NOT NULL REFERENCES patients(id),
    kind                  TEXT NOT NULL CHECK (kind IN ('caregiver', 'representative')),
    delegate_account_id   TEXT REFERENCES accounts(id) ON DELETE CASCADE,
    invited_email         TEXT,                -- where a caregiver's invitation was sent
    invitation_hash       TEXT UNIQUE,         -- SHA-256 of the invitation token
    invitation_expires_at INTEGER,
    scope_record          INTEGER NOT NULL CHECK (scope_record IN (0, 1)),   -- read the record
    scope_upload          INTEGER NOT NULL CHECK (scope_upload IN (0, 1)),   -- add documents
    ends_at               INTEGER,             -- the end the patient chose (exclusive), if any
    created_by            TEXT NOT NULL,       -- the account that granted it
    created_at            INTEGER NOT NULL,
    accepted_at           INTEGER,
    first_used_at         INTEGER,             -- when the patient was told of the first use
    ended_at              INTEGER,
    ended_by              TEXT                 -- the account that ended it
);
CREATE INDEX delegations_patient ON delegations(patient_id, created_at);
CREATE INDEX delegations_delegate ON delegations(delegate_account_id, patient_id);
-- At most one running delegation per person and patient: accepting twice, or racing two
-- invitations, cannot leave two.
CREATE UNIQUE INDEX delegations_one_running ON delegations(patient_id, delegate_account_id)
    WHERE ended_at IS NULL AND delegate_account_id IS NOT NULL;
