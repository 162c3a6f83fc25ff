-- Corrections and withdrawals of published results.
--
-- A published item is identified by its publisher and the publisher's own id for it: from now
-- on `source` holds both, `<publisher>|<Type>/<id>` (`org:<id>` for an organisation's
-- software, `account:<id>` for a professional publishing in the portal, `import` for the
-- operator's import), so two laboratories that both send Observation/1 for one patient make two
-- results, and neither can reach the other's. Rows stored before keep their unqualified
-- source: no publisher can address them again.
--
-- A result sent again by its publisher with another value replaces the value shown; the value
-- it replaced is kept in `result_versions`. A result withdrawn by its publisher
-- (`entered-in-error`) leaves every list, trend, count and export, and stays in its test's
-- history marked as withdrawn. Who did either is kept by name, as the publisher was named then.
ALTER TABLE results ADD COLUMN corrected_at BIGINT;
ALTER TABLE results ADD COLUMN corrected_by TEXT;
ALTER TABLE results ADD COLUMN withdrawn_at BIGINT;
ALTER TABLE results ADD COLUMN withdrawn_by TEXT;

CREATE TABLE result_versions (
    id           TEXT PRIMARY KEY,
    result_id    TEXT NOT NULL REFERENCES results(id),
    value_number DOUBLE PRECISION,
    value_text   TEXT,
    unit         TEXT,
    range_low    DOUBLE PRECISION,
    range_high   DOUBLE PRECISION,
    range_text   TEXT,
    flag         TEXT,
    effective_at BIGINT NOT NULL,
    replaced_at  BIGINT NOT NULL
);
CREATE INDEX result_versions_of_result ON result_versions(result_id, replaced_at);
