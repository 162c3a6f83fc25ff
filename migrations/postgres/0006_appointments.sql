-- Appointments (issue 6): where professionals receive, their weekly openings and closed days,
-- the concrete slots those make for the coming weeks, bookings, the waiting list, and e-mail
-- attachments (the .ics that goes with every confirmation, change and cancellation).
-- Instants are BIGINT milliseconds since the Unix epoch (UTC); local times are minutes after
-- midnight in the place's time zone. Keep in step with migrations/sqlite/0006_appointments.sql.

-- How long before an appointment patients may still cancel or move it, and the languages a
-- professional speaks (ISO 639-1 codes, comma-separated, for search).
ALTER TABLE professionals ADD COLUMN cancel_cutoff_hours BIGINT NOT NULL DEFAULT 24
    CHECK (cancel_cutoff_hours BETWEEN 0 AND 168);
ALTER TABLE professionals ADD COLUMN languages TEXT NOT NULL DEFAULT 'fr';

-- A place where a professional receives (or from where they hold video visits).
CREATE TABLE places (
    id              TEXT PRIMARY KEY,
    professional_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    address         TEXT NOT NULL,
    city            TEXT NOT NULL,
    zone            TEXT NOT NULL,             -- IANA time zone, e.g. Europe/Paris
    created_at      BIGINT NOT NULL
);
CREATE INDEX places_professional ON places(professional_id);

-- A weekly opening: on `weekday` (1 = Monday … 7 = Sunday) from `start_minute` to `end_minute`
-- local time, cut into slots of `slot_minutes`. Openings of one professional never overlap on
-- a weekday (checked when added, under the professional's row lock).
CREATE TABLE availability_rules (
    id              TEXT PRIMARY KEY,
    professional_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    place_id        TEXT NOT NULL REFERENCES places(id),
    weekday         BIGINT NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_minute    BIGINT NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute      BIGINT NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
    slot_minutes    BIGINT NOT NULL CHECK (slot_minutes BETWEEN 5 AND 240),
    visit           TEXT NOT NULL CHECK (visit IN ('in-person', 'video')),
    created_at      BIGINT NOT NULL,
    CHECK (start_minute < end_minute)
);
CREATE INDEX availability_rules_professional ON availability_rules(professional_id, weekday);

-- Days a professional does not receive (holidays, training): no free slot on them.
CREATE TABLE availability_closures (
    professional_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    day             TEXT NOT NULL,             -- YYYY-MM-DD, in the professional's places' zone
    PRIMARY KEY (professional_id, day)
);

-- Concrete slots for the coming weeks, made from the openings. One per professional and start
-- instant. A slot no longer offered (opening removed, day closed) is withdrawn, never deleted:
-- bookings refer to it.
CREATE TABLE slots (
    id              TEXT PRIMARY KEY,
    professional_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    place_id        TEXT NOT NULL REFERENCES places(id),
    starts_at       BIGINT NOT NULL,
    ends_at         BIGINT NOT NULL,
    visit           TEXT NOT NULL CHECK (visit IN ('in-person', 'video')),
    withdrawn_at    BIGINT,
    UNIQUE (professional_id, starts_at)
);
CREATE INDEX slots_by_time ON slots(starts_at, professional_id);

-- A booking. At most one live booking per slot: the partial unique index below is what keeps
-- two people from holding one slot, whichever server process each request reached.
-- `idempotency_key` (from the booking form) makes a form sent twice book once.
CREATE TABLE appointments (
    id              TEXT PRIMARY KEY,
    slot_id         TEXT NOT NULL REFERENCES slots(id),
    patient_id      TEXT NOT NULL REFERENCES patients(id),
    professional_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    starts_at       BIGINT NOT NULL,
    ends_at         BIGINT NOT NULL,
    reason          TEXT,                      -- for the professional only
    booked_by       TEXT NOT NULL,             -- the account that booked (patient, caregiver, staff)
    on_behalf_of    TEXT,                      -- delegation:<id> or assisted:<id>
    idempotency_key TEXT NOT NULL,
    created_at      BIGINT NOT NULL,
    cancelled_at    BIGINT,
    cancelled_by    TEXT,                      -- the account that cancelled or moved it
    cancelled_as    TEXT CHECK (cancelled_as IN ('patient', 'professional')),
    moved_to        TEXT,                      -- the appointment that replaced it, if moved
    calendar_uid    TEXT NOT NULL,             -- the first booking's id: a move keeps it
    sequence        BIGINT NOT NULL DEFAULT 0, -- iCalendar SEQUENCE of the last message sent
    reminded_at     BIGINT
);
CREATE UNIQUE INDEX appointments_one_per_slot ON appointments(slot_id) WHERE cancelled_at IS NULL;
CREATE UNIQUE INDEX appointments_idempotency ON appointments(booked_by, idempotency_key);
CREATE INDEX appointments_patient ON appointments(patient_id, starts_at);
CREATE INDEX appointments_professional ON appointments(professional_id, starts_at);
CREATE INDEX appointments_reminders ON appointments(reminded_at, starts_at);

-- Patients waiting for an earlier slot with a professional; e-mailed when one frees up.
CREATE TABLE waiting_list (
    id              TEXT PRIMARY KEY,
    patient_id      TEXT NOT NULL REFERENCES patients(id),
    professional_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    created_by      TEXT NOT NULL,
    created_at      BIGINT NOT NULL,
    notified_at     BIGINT,
    ended_at        BIGINT
);
CREATE UNIQUE INDEX waiting_list_one ON waiting_list(patient_id, professional_id) WHERE ended_at IS NULL;
CREATE INDEX waiting_list_professional ON waiting_list(professional_id, ended_at);

-- A caregiver's delegation may cover appointments (book, move, cancel for the patient).
ALTER TABLE delegations ADD COLUMN scope_appointments INTEGER NOT NULL DEFAULT 0
    CHECK (scope_appointments IN (0, 1));

-- One attachment per message at most (text: the .ics calendar file).
ALTER TABLE outbox ADD COLUMN attachment_name TEXT;
ALTER TABLE outbox ADD COLUMN attachment_type TEXT;
ALTER TABLE outbox ADD COLUMN attachment TEXT;
