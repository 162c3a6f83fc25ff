-- Consent per professional, documents hidden from professionals, emergency ("break-glass")
-- access, the professional directory, and signed checkpoints of the audit log (issue 4).
-- Instants are BIGINT milliseconds since the Unix epoch (UTC); flags are INTEGER 0 or 1.
-- Keep in step with migrations/sqlite/0003_consent_and_trace.sql.

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
    changed_at      BIGINT NOT NULL,
    requested_at    BIGINT,
    first_read_at   BIGINT,                -- when the patient was told of the first read
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
    started_at      BIGINT NOT NULL,
    expires_at      BIGINT NOT NULL
);
CREATE INDEX emergency_accesses_pair ON emergency_accesses(patient_id, professional_id, expires_at);
CREATE INDEX emergency_accesses_professional ON emergency_accesses(professional_id, expires_at);

-- Who a document is hidden from (documents themselves never change). No row: visible.
CREATE TABLE document_visibility (
    document_id                 TEXT PRIMARY KEY REFERENCES documents(id),
    patient_id                  TEXT NOT NULL REFERENCES patients(id),
    hidden_from_professionals   INTEGER NOT NULL CHECK (hidden_from_professionals IN (0, 1)),
    hidden_from_representatives INTEGER NOT NULL CHECK (hidden_from_representatives IN (0, 1)),
    changed_at                  BIGINT NOT NULL
);
CREATE INDEX document_visibility_patient ON document_visibility(patient_id);

-- A patient's sharing preferences: whether new documents start hidden from professionals.
CREATE TABLE sharing_preferences (
    patient_id         TEXT PRIMARY KEY REFERENCES patients(id),
    hide_new_documents INTEGER NOT NULL CHECK (hide_new_documents IN (0, 1)),
    changed_at         BIGINT NOT NULL
);

-- "Who saw my record": the rows of a record written by anyone but its patient (the patient's own
-- decisions are the only ones with the reason 'owner'), newest first, however many times the
-- patient read their own record; and the same filtered by person.
CREATE INDEX audit_log_patient_others ON audit_log(patient_id, seq) WHERE reason <> 'owner';
CREATE INDEX audit_log_patient_actor ON audit_log(patient_id, actor_id, seq);

-- Signed checkpoints: the server's Ed25519 signature over (seq, hash, at) of the chain's head
-- at regular intervals (format in docs/audit.md). Append-only like the log.
CREATE TABLE audit_checkpoints (
    seq       BIGINT PRIMARY KEY,
    hash      TEXT NOT NULL,
    at        BIGINT NOT NULL,
    key_id    TEXT NOT NULL,
    signature TEXT NOT NULL
);
CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON audit_checkpoints
    FOR EACH ROW EXECUTE FUNCTION carnet_refuse_change();
-- Row triggers do not see TRUNCATE; refuse it on what must never shrink.
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION carnet_refuse_change();
CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints
    FOR EACH STATEMENT EXECUTE FUNCTION carnet_refuse_change();
CREATE TRIGGER documents_no_truncate BEFORE TRUNCATE ON documents
    FOR EACH STATEMENT EXECUTE FUNCTION carnet_refuse_change();
