-- The health record (issue 3), the organisations that publish to it by API, and the audit log
-- every access to it is written to.
-- Instants are BIGINT milliseconds since the Unix epoch (UTC); ids are UUID text.
-- Keep in step with migrations/sqlite/0002_health_record.sql.

-- Whose record: a patient, with or without an account yet (records can be imported before the
-- person enrols). `account_id` links the record to the person who signs in.
CREATE TABLE patients (
    id           TEXT PRIMARY KEY,
    account_id   TEXT UNIQUE REFERENCES accounts(id) ON DELETE SET NULL,
    family_name  TEXT NOT NULL,
    given_names  TEXT NOT NULL,
    birth_date   TEXT,                      -- YYYY-MM-DD
    created_at   BIGINT NOT NULL
);

-- Business identifiers (INS, hospital numbers…): how imports and publishers find a patient.
CREATE TABLE patient_identifiers (
    system     TEXT NOT NULL,
    value      TEXT NOT NULL,
    patient_id TEXT NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
    PRIMARY KEY (system, value)
);
CREATE INDEX patient_identifiers_patient ON patient_identifiers(patient_id);

-- Patients who enrolled before records existed get an empty record of their own.
INSERT INTO patients (id, account_id, family_name, given_names, birth_date, created_at)
    SELECT 'account-' || a.id, a.id, a.display_name, '', NULL, a.created_at
    FROM accounts a JOIN account_roles r ON r.account_id = a.id AND r.role = 'patient';

-- Practitioners and organisations that perform results or sign documents.
CREATE TABLE authors (
    id        TEXT PRIMARY KEY,
    match_key TEXT NOT NULL UNIQUE,         -- 'system|value' of an identifier, else 'kind:name'
    kind      TEXT NOT NULL CHECK (kind IN ('practitioner', 'organization')),
    name      TEXT NOT NULL
);

-- Where a row came from: `source` is the resource it was made from (e.g. 'Observation/<id>'),
-- unique per patient, so that importing or publishing the same thing twice adds nothing.

-- Diagnostic reports: a group of results (a lipid panel), possibly with its own document.
CREATE TABLE reports (
    id           TEXT PRIMARY KEY,
    patient_id   TEXT NOT NULL REFERENCES patients(id),
    source       TEXT NOT NULL,
    code         TEXT NOT NULL,
    display      TEXT NOT NULL,
    effective_at BIGINT NOT NULL,
    issued_at    BIGINT,
    performer_id TEXT REFERENCES authors(id),
    recorded_at  BIGINT NOT NULL,
    UNIQUE (patient_id, source)
);

-- One row per test a patient has results for: the summary the Results page lists, kept up to
-- date as results are added, so that page never scans a patient's whole history.
CREATE TABLE result_series (
    id                  TEXT PRIMARY KEY,
    patient_id          TEXT NOT NULL REFERENCES patients(id),
    code_system         TEXT NOT NULL,      -- '' when the source gave none
    code                TEXT NOT NULL,
    display             TEXT NOT NULL,
    category            TEXT NOT NULL CHECK (category IN ('laboratory', 'vital-signs')),
    latest_result_id    TEXT NOT NULL,
    latest_effective_at BIGINT NOT NULL,
    latest_recorded_at  BIGINT NOT NULL,   -- when a result of this test was last added
    result_count        BIGINT NOT NULL,
    UNIQUE (patient_id, code_system, code)
);
CREATE INDEX result_series_patient ON result_series(patient_id, category, display);
CREATE INDEX result_series_recorded ON result_series(patient_id, latest_recorded_at);

-- Laboratory results and vital signs. `flag` is the source's interpretation, or computed from
-- the value and the reference range when the source gave none.
CREATE TABLE results (
    id           TEXT PRIMARY KEY,
    patient_id   TEXT NOT NULL REFERENCES patients(id),
    series_id    TEXT NOT NULL REFERENCES result_series(id),
    source       TEXT NOT NULL,
    report_id    TEXT REFERENCES reports(id),
    value_number DOUBLE PRECISION,
    value_text   TEXT,
    unit         TEXT,
    range_low    DOUBLE PRECISION,
    range_high   DOUBLE PRECISION,
    range_text   TEXT,
    flag         TEXT CHECK (flag IN ('normal', 'low', 'high', 'critical-low', 'critical-high', 'abnormal', 'critical')),
    effective_at BIGINT NOT NULL,
    issued_at    BIGINT,
    performer_id TEXT REFERENCES authors(id),
    recorded_at  BIGINT NOT NULL,
    UNIQUE (patient_id, source)
);
CREATE INDEX results_series_time ON results(series_id, effective_at, id);
CREATE INDEX results_patient_time ON results(patient_id, effective_at, id);
CREATE INDEX results_series_recorded ON results(series_id, recorded_at);

-- Document bytes, stored once, addressed by their SHA-256 (lower-case hex).
CREATE TABLE blobs (
    sha256  TEXT PRIMARY KEY,
    content BYTEA NOT NULL,
    size    BIGINT NOT NULL
);

-- Published documents. Never changed once written (see the triggers below): a correction is a
-- new document whose `replaces_id` names the old one. The seal is the server's Ed25519
-- signature over the canonical manifest (hash, patient, author, issued time): see
-- core/src/seal.rs and docs/sealing.md.
CREATE TABLE documents (
    id             TEXT PRIMARY KEY,
    patient_id     TEXT NOT NULL REFERENCES patients(id),
    source         TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('report', 'prescription', 'imaging', 'letter', 'other')),
    origin         TEXT NOT NULL CHECK (origin IN ('professional', 'patient')),
    title          TEXT NOT NULL,
    author_id      TEXT REFERENCES authors(id),
    author_name    TEXT NOT NULL,
    content_type   TEXT NOT NULL,
    file_name      TEXT NOT NULL,
    sha256         TEXT NOT NULL REFERENCES blobs(sha256),
    size           BIGINT NOT NULL,
    issued_at      BIGINT NOT NULL,
    recorded_at    BIGINT NOT NULL,
    report_id      TEXT REFERENCES reports(id),
    replaces_id    TEXT REFERENCES documents(id),
    seal_key_id    TEXT NOT NULL,
    seal_signature TEXT NOT NULL,
    UNIQUE (patient_id, source)
);
CREATE INDEX documents_patient_time ON documents(patient_id, issued_at, id);
CREATE INDEX documents_patient_recorded ON documents(patient_id, recorded_at);
CREATE INDEX documents_sha256 ON documents(sha256);
CREATE INDEX documents_replaces ON documents(replaces_id);

CREATE TABLE vaccinations (
    id              TEXT PRIMARY KEY,
    patient_id      TEXT NOT NULL REFERENCES patients(id),
    source          TEXT NOT NULL,
    vaccine_system  TEXT NOT NULL,          -- '' when the source gave none
    vaccine_code    TEXT NOT NULL,
    vaccine_display TEXT NOT NULL,
    occurred_at     BIGINT NOT NULL,
    dose_number     BIGINT,
    lot             TEXT,
    performer_id    TEXT REFERENCES authors(id),
    recorded_at     BIGINT NOT NULL,
    UNIQUE (patient_id, source)
);
CREATE INDEX vaccinations_patient ON vaccinations(patient_id, occurred_at);

-- Organisations whose software publishes through `POST /fhir/r4`, and their API tokens (only
-- the SHA-256 of a token is kept; a revoked token stays, to say so).
CREATE TABLE organisations (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);

CREATE TABLE api_tokens (
    id              TEXT PRIMARY KEY,
    token_hash      TEXT NOT NULL UNIQUE,
    organisation_id TEXT NOT NULL REFERENCES organisations(id),
    created_at      BIGINT NOT NULL,
    revoked_at      BIGINT,
    last_used_at    BIGINT
);
CREATE INDEX api_tokens_organisation ON api_tokens(organisation_id);

-- Every decision about health data, allowed or denied, in the transaction of the access it
-- guards. Append-only (triggers below) and hash-chained: `hash` = SHA-256 over `prev_hash` and
-- the row's fields (format in docs/audit.md). `audit_head` holds the chain's last link; taking
-- its row lock serialises appends on PostgreSQL (SQLite serialises every write already).
CREATE TABLE audit_log (
    seq          BIGINT PRIMARY KEY,
    at           BIGINT NOT NULL,
    actor_kind   TEXT NOT NULL CHECK (actor_kind IN ('account', 'organisation', 'operator')),
    actor_id     TEXT NOT NULL,
    actor_role   TEXT NOT NULL,
    on_behalf_of TEXT,
    patient_id   TEXT,
    action       TEXT NOT NULL,
    target       TEXT,
    decision     TEXT NOT NULL CHECK (decision IN ('allow', 'deny')),
    reason       TEXT NOT NULL,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL
);
CREATE INDEX audit_log_patient ON audit_log(patient_id, seq);

CREATE TABLE audit_head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  BIGINT NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- What is published never changes, and the audit log is only appended to.
CREATE FUNCTION carnet_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows cannot be changed or deleted', TG_TABLE_NAME;
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION carnet_refuse_change();
CREATE TRIGGER documents_immutable BEFORE UPDATE OR DELETE ON documents
    FOR EACH ROW EXECUTE FUNCTION carnet_refuse_change();
CREATE TRIGGER blobs_immutable BEFORE UPDATE OR DELETE ON blobs
    FOR EACH ROW EXECUTE FUNCTION carnet_refuse_change();
