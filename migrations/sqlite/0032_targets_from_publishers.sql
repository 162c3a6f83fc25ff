-- Targets that arrive in a bundle (issue 19): a FHIR Goal on a measurement, sent by a publisher
-- or moved from another Carnet's export, is a target of the record like one a professional set
-- in the portal; it names who set it in words (`set_by_name`) rather than an account of this
-- Carnet (`set_by`, now optional: one of the two is required).
-- Keep in step with migrations/postgres/0032_targets_from_publishers.sql.
--
-- SQLite cannot drop a NOT NULL in place: the table is rebuilt (nothing refers to it, so foreign
-- keys stay on while it is).
CREATE TABLE measurement_targets_new (
    patient_id  TEXT NOT NULL REFERENCES patients(id),
    code        TEXT NOT NULL,               -- LOINC code of the measurement
    low         REAL,
    high        REAL,
    set_by      TEXT REFERENCES accounts(id),
    set_by_name TEXT,
    set_at      INTEGER NOT NULL,
    PRIMARY KEY (patient_id, code),
    CHECK (low IS NOT NULL OR high IS NOT NULL),
    CHECK (set_by IS NOT NULL OR set_by_name IS NOT NULL)
);
INSERT INTO measurement_targets_new (patient_id, code, low, high, set_by, set_at)
    SELECT patient_id, code, low, high, set_by, set_at FROM measurement_targets;
DROP TABLE measurement_targets;
ALTER TABLE measurement_targets_new RENAME TO measurement_targets;
