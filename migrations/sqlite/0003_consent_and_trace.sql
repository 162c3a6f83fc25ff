-- Consent per professional, documents hidden from professionals, emergency ("break-glass")
-- access, the professional directory, and signed checkpoints of the audit log (issue 4).
-- Instants are INTEGER milliseconds since the Unix epoch (UTC); flags are INTEGER 0 or 1.
-- Keep in step with migrations/postgres/0003_consent_and_trace.sql.

-- The directory patients find professionals in. `specialty` is a code (`specialty-*` in the
-- Fluent files); `rpps` the national 11-digit identifier, when known.
CREATE TABLE professionals (
    account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    rpps       TEXT UNIQUE,
    specialty  TEXT NOT NULL,
    city       TEXT NOT NULL
);
CREATE INDEX professionals_city ON professionals(city);
INSERT INTO professionals (account_id, rpps, specialty, city)
    SELECT account_id, NULL, 'general-practice', '' FROM account_roles WHERE role = 'professional';

-- A patient's decision about one professional: one row per pair, so concurrent changes end in
-- one state. 'none' is what revoking, unblocking or refusing a request leaves; the audit log
-- keeps the history. A block overrides everything but the patient's own view.
CREATE TABLE consents (
    patient_id      TEXT NOT NULL REFERENCES patients(id),
    professional_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    status          TEXT NOT NULL CHECK (status IN ('none', 'requested', 'authorized', 'blocked')),
    changed_at      INTEGER NOT NULL,
    requested_at    INTEGER,
    first_read_at   INTEGER,                -- when the patient was told of the first read
    PRIMARY KEY (patient_id, professional_id)
);
CREATE INDEX consents_professional ON consents(professional_id, status);
CREATE INDEX consents_patient ON consents(patient_id, status);

-- Emergency access: a stated reason, a fixed end. Never updated; expiry is read per request.
CREATE TABLE emergency_accesses (
    id              TEXT PRIMARY KEY,
    patient_id      TEXT NOT NULL REFERENCES patients(id),
    professional_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    reason          TEXT NOT NULL,
    started_at      INTEGER NOT NULL,
    expires_at      INTEGER NOT NULL
);
CREATE INDEX emergency_accesses_pair ON emergency_accesses(patient_id, professional_id, expires_at);
CREATE INDEX emergency_accesses_professional ON emergency_accesses(professional_id, expires_at);

-- Who a document is hidden from (documents themselves never change). No row: visible.
CREATE TABLE document_visibility (
    document_id                 TEXT PRIMARY KEY REFERENCES documents(id),
    patient_id                  TEXT NOT NULL REFERENCES patients(id),
    hidden_from_professionals   INTEGER NOT NULL CHECK (hidden_from_professionals IN (0, 1)),
    hidden_from_representatives INTEGER NOT NULL CHECK (hidden_from_representatives IN (0, 1)),
    changed_at                  INTEGER NOT NULL
);
CREATE INDEX document_visibility_patient ON document_visibility(patient_id);

-- A patient's sharing preferences: whether new documents start hidden from professionals.
CREATE TABLE sharing_preferences (
    patient_id         TEXT PRIMARY KEY REFERENCES patients(id),
    hide_new_documents INTEGER NOT NULL CHECK (hide_new_documents IN (0, 1)),
    changed_at         INTEGER NOT NULL
);

-- "Who saw my record": the rows of a record written by anyone but its patient (the patient's own
-- decisions are the only ones with the reason 'owner'), newest first, however many times the
-- patient read their own record; and the same filtered by person.
CREATE INDEX audit_log_patient_others ON audit_log(patient_id, seq) WHERE reason <> 'owner';
CREATE INDEX audit_log_patient_actor ON audit_log(patient_id, actor_id, seq);

-- Signed checkpoints: the server's Ed25519 signature over (seq, hash, at) of the chain's head
-- at regular intervals (format in docs/audit.md). Append-only like the log.
CREATE TABLE audit_checkpoints (
    seq       INTEGER PRIMARY KEY,
    hash      TEXT NOT NULL,
    at        INTEGER NOT NULL,
    key_id    TEXT NOT NULL,
    signature TEXT NOT NULL
);
CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints BEGIN SELECT RAISE(ABORT, 'audit_checkpoints is append-only'); END;
CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints BEGIN SELECT RAISE(ABORT, 'audit_checkpoints is append-only'); END;
