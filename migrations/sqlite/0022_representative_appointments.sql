-- Appointing a legal representative at the desk takes two staff members: one proposes, after
-- seeing the document that proves it (its kind is kept here and in the audit log), another
-- approves or refuses. Until then the person has no access to the minor's record.
CREATE TABLE representative_appointments (
    id            TEXT PRIMARY KEY,
    patient_id    TEXT NOT NULL REFERENCES patients(id),
    name          TEXT NOT NULL,      -- the representative as typed
    email         TEXT NOT NULL,
    evidence      TEXT NOT NULL CHECK (evidence IN ('birth-certificate', 'family-record-book', 'court-decision')),
    proposed_by   TEXT NOT NULL REFERENCES accounts(id),
    proposed_at   BIGINT NOT NULL,
    decided_by    TEXT REFERENCES accounts(id),
    decided_at    BIGINT,
    approved      INTEGER CHECK (approved IN (0, 1))
);
CREATE INDEX representative_appointments_pending ON representative_appointments(decided_at, proposed_at);
