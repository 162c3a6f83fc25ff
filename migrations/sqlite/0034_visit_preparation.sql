-- Visits prepared before the day (issue 20). Keep in step with
-- migrations/postgres/0034_visit_preparation.sql.

-- A kind of visit a professional offers ("blood test, fasting", "first consultation"): in person
-- or by video, with what the patient must know before (per language, below), and optionally a
-- form to fill in before the visit, which may have to be signed. A kind no longer offered is
-- retired, never deleted: appointments refer to it.
CREATE TABLE visit_kinds (
    id              TEXT PRIMARY KEY,
    professional_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    visit           TEXT NOT NULL CHECK (visit IN ('in-person', 'video')),
    needs_signature INTEGER NOT NULL DEFAULT 0 CHECK (needs_signature IN (0, 1)),
    created_at      INTEGER NOT NULL,
    retired_at      INTEGER
);
CREATE INDEX visit_kinds_professional ON visit_kinds(professional_id, retired_at, created_at);

-- What a kind says, in one language (ISO 639-1): its name, the instructions (fasting, arrive
-- early…) and the documents to bring. Plain text.
CREATE TABLE visit_kind_texts (
    kind_id      TEXT NOT NULL REFERENCES visit_kinds(id) ON DELETE CASCADE,
    lang         TEXT NOT NULL,
    name         TEXT NOT NULL,
    instructions TEXT NOT NULL DEFAULT '',
    bring        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kind_id, lang)
);

-- The questions of a kind's pre-visit form, in order. `prefill` fills the answer from the
-- patient's health summary (their allergies or their current treatments). Removed questions are
-- retired: answers already given keep their own copy of the question.
CREATE TABLE visit_questions (
    id         TEXT PRIMARY KEY,
    kind_id    TEXT NOT NULL REFERENCES visit_kinds(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    item_type  TEXT NOT NULL CHECK (item_type IN ('text', 'boolean', 'choice', 'date', 'number')),
    required   INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1)),
    prefill    TEXT CHECK (prefill IN ('allergies', 'treatments')),
    retired_at INTEGER
);
CREATE INDEX visit_questions_kind ON visit_questions(kind_id, retired_at, position);

-- A question's words in one language; a choice's options one per line.
CREATE TABLE visit_question_texts (
    question_id TEXT NOT NULL REFERENCES visit_questions(id) ON DELETE CASCADE,
    lang        TEXT NOT NULL,
    label       TEXT NOT NULL,
    options     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (question_id, lang)
);

-- What a booking is for, and, for a video visit, the link to join built from the operator's
-- template (CARNET_VIDEO_URL_TEMPLATE) with a room name of its own. A move keeps both.
ALTER TABLE appointments ADD COLUMN visit_kind_id TEXT REFERENCES visit_kinds(id);
ALTER TABLE appointments ADD COLUMN video_link TEXT;

-- The pre-visit form of one appointment (by its calendar id: a move keeps it), as answered:
-- the questions as they were asked, the answers (JSON), who answered and when, and, once
-- signed with a passkey, who signed, with which passkey, and the sealed document it became.
-- Part of the record: exported as a QuestionnaireResponse.
CREATE TABLE visit_forms (
    calendar_uid   TEXT PRIMARY KEY,
    patient_id     TEXT NOT NULL REFERENCES patients(id),
    kind_id        TEXT NOT NULL REFERENCES visit_kinds(id),
    lang           TEXT NOT NULL,
    answers        TEXT NOT NULL,
    answered_by    TEXT NOT NULL REFERENCES accounts(id),
    on_behalf_of   TEXT,
    answered_at    INTEGER NOT NULL,
    signed_by      TEXT REFERENCES accounts(id),
    signed_at      INTEGER,
    passkey_id     TEXT,
    document_id    TEXT REFERENCES documents(id)
);
CREATE INDEX visit_forms_patient ON visit_forms(patient_id, answered_at);

-- A passkey check that approves one thing (signing a form): what it is bound to, checked when
-- it finishes.
ALTER TABLE passkey_ceremonies ADD COLUMN purpose TEXT;
