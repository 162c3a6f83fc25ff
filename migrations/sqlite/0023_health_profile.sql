-- The health profile (issue 19): allergies and intolerances, problems (current and past),
-- treatments (prescribed or reported), procedures and encounters (a hospital stay is an
-- encounter of class IMP, an emergency visit EMER), as publishers send them; and what the
-- patient declares: those kinds, their blood group, advance directives, family history.
--
-- One table for every kind: they are read, corrected and withdrawn the same way as
-- results and vaccinations (`source` = '<publisher>|<Type>/<id>', see 0016), and listed
-- together on the health summary. Codes keep their system (SNOMED CT, RxNorm, ATC…); a
-- concept sent as text only has an empty `code`. Columns that do not apply to a kind are NULL
-- (see core/src/fhir/mod.rs, ProfileEntry). Keep in step with migrations/postgres/0023_health_profile.sql.
CREATE TABLE profile_items (
    id           TEXT PRIMARY KEY,
    patient_id   TEXT NOT NULL REFERENCES patients(id),
    source       TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('allergy', 'condition', 'medication', 'procedure', 'encounter',
                                           'blood-group', 'directive', 'family-history')),
    code_system  TEXT NOT NULL,             -- '' when the source gave none
    code         TEXT NOT NULL,             -- '' when the source sent a text only
    display      TEXT NOT NULL,
    status       TEXT NOT NULL,             -- as sent: clinical status, or the resource's status
    verification TEXT,
    category     TEXT,                      -- allergy category, 'request'/'statement', encounter class
    criticality  TEXT,
    severity     TEXT,
    detail       TEXT,                      -- reactions, dosage, reason
    started_at   INTEGER,
    ended_at     INTEGER,
    asserted_at  INTEGER,
    author_id    TEXT REFERENCES authors(id),
    place_id     TEXT REFERENCES authors(id),
    recorded_at  INTEGER NOT NULL,
    corrected_at INTEGER,
    corrected_by TEXT,
    withdrawn_at INTEGER,
    withdrawn_by TEXT,
    -- Declared by the patient (or someone acting for them) rather than sent by a publisher:
    -- who typed it; they may edit, hide from professionals or remove it.
    origin       TEXT NOT NULL DEFAULT 'publisher' CHECK (origin IN ('publisher', 'patient')),
    declared_by  TEXT REFERENCES accounts(id),
    hidden_from_professionals INTEGER NOT NULL DEFAULT 0 CHECK (hidden_from_professionals IN (0, 1)),
    -- The patient's note on any item ("I stopped this treatment"), and a professional's
    -- confirmation of a declared one.
    note         TEXT,
    noted_at     INTEGER,
    confirmed_by TEXT REFERENCES accounts(id),
    confirmed_at INTEGER,
    UNIQUE (patient_id, source)
);
CREATE INDEX profile_items_patient ON profile_items(patient_id, kind, started_at);
CREATE INDEX profile_items_source ON profile_items(source);

-- A caregiver reads the health profile only if the patient ticked it. Delegations made before
-- the profile existed let their caregivers "read the record", which then meant all of it: they
-- keep reading all of it.
ALTER TABLE delegations ADD COLUMN scope_profile INTEGER NOT NULL DEFAULT 0 CHECK (scope_profile IN (0, 1));
UPDATE delegations SET scope_profile = scope_record;

-- A record's administrative gender, as a publisher sent it (FHIR Patient.gender): the
-- screenings recommended depend on it. Records made at the desk or on enrolment have none
-- until a publisher sends it.
ALTER TABLE patients ADD COLUMN gender TEXT CHECK (gender IN ('male', 'female', 'other', 'unknown'));

-- A report's code keeps its system, as results' do, so that the export gives it back whole.
ALTER TABLE reports ADD COLUMN code_system TEXT NOT NULL DEFAULT '';
