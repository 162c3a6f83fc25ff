-- Measurements (issue 19): what the patient measures at home is stored as a vital-sign result
-- of the same test as what professionals publish (one series per LOINC code, 0002), so that one
-- chart holds them all; each result says where it came from. `origin`: 'publisher' (a
-- professional or a laboratory), 'device' (an app or device publishing through the API, the
-- Observation naming a device), 'patient' (entered in the portal; `entered_by` is the account
-- that typed it: the patient, or someone acting for them).
ALTER TABLE results ADD COLUMN origin TEXT NOT NULL DEFAULT 'publisher'
    CHECK (origin IN ('publisher', 'device', 'patient'));
ALTER TABLE results ADD COLUMN entered_by TEXT REFERENCES accounts(id);

-- The range a professional sets for one patient's measurement (a blood pressure under
-- 135/85 at home, a weight to reach): readings outside it are flagged. One per test; set
-- again, it replaces the previous one.
CREATE TABLE measurement_targets (
    patient_id TEXT NOT NULL REFERENCES patients(id),
    code       TEXT NOT NULL,               -- LOINC code of the measurement
    low        REAL,
    high       REAL,
    set_by     TEXT NOT NULL REFERENCES accounts(id),
    set_at     INTEGER NOT NULL,
    PRIMARY KEY (patient_id, code),
    CHECK (low IS NOT NULL OR high IS NOT NULL)
);

-- A caregiver reads and enters measurements only if the patient ticked it. Delegations made
-- before let their caregivers "read the record", which then held the measurements: they keep
-- them.
ALTER TABLE delegations ADD COLUMN scope_measurements INTEGER NOT NULL DEFAULT 0
    CHECK (scope_measurements IN (0, 1));
UPDATE delegations SET scope_measurements = scope_record;
