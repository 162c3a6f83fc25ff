-- Messages with the care team (issue 20). Keep in step with migrations/sqlite/0033_messages.sql.
-- Practices: an organisation the administrator creates (`carnet practice create`); its members
-- are professionals, who share the inbox of messages written to the practice.
CREATE TABLE practices (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);
CREATE TABLE practice_members (
    practice_id     TEXT NOT NULL REFERENCES practices(id),
    professional_id TEXT NOT NULL REFERENCES accounts(id),
    joined_at       BIGINT NOT NULL,
    PRIMARY KEY (practice_id, professional_id)
);
CREATE INDEX practice_members_professional ON practice_members(professional_id, practice_id);

-- What a person decides about messages: whether patients may start a conversation with them
-- (professionals), the reply sent automatically while they are away, and whether a new message
-- is told by e-mail. No row: accepts, no auto-reply, notices on.
CREATE TABLE message_settings (
    account_id       TEXT PRIMARY KEY REFERENCES accounts(id),
    accepts_patients INTEGER NOT NULL DEFAULT 1 CHECK (accepts_patients IN (0, 1)),
    auto_reply       TEXT,
    notices          INTEGER NOT NULL DEFAULT 1 CHECK (notices IN (0, 1))
);

-- A conversation between one patient's record and one professional, or one practice (exactly
-- one of the two). Its messages are part of the record and never deleted; what changes is
-- where each side stands: the time of the last message, how many the side has not read, and
-- whether it archived the conversation (a new message brings it back).
CREATE TABLE conversations (
    id               TEXT PRIMARY KEY,
    patient_id       TEXT NOT NULL REFERENCES patients(id),
    professional_id  TEXT REFERENCES accounts(id),
    practice_id      TEXT REFERENCES practices(id),
    subject          TEXT NOT NULL,
    started_by       TEXT NOT NULL REFERENCES accounts(id),
    started_at       BIGINT NOT NULL,
    last_message_at  BIGINT NOT NULL,
    patient_unread   INTEGER NOT NULL DEFAULT 0,
    care_unread      INTEGER NOT NULL DEFAULT 0,
    patient_archived INTEGER NOT NULL DEFAULT 0 CHECK (patient_archived IN (0, 1)),
    care_archived    INTEGER NOT NULL DEFAULT 0 CHECK (care_archived IN (0, 1)),
    CHECK ((professional_id IS NULL) <> (practice_id IS NULL))
);
CREATE INDEX conversations_patient ON conversations(patient_id, last_message_at, id);
CREATE INDEX conversations_professional ON conversations(professional_id, care_archived, last_message_at, id);
CREATE INDEX conversations_practice ON conversations(practice_id, care_archived, last_message_at, id);

-- One message: written by an account on the patient's side (the patient, or someone for them:
-- `on_behalf_of` names the delegation or assisted session) or on the care side, or sent
-- automatically (an absence reply, `author_id` the professional away). Never changed.
CREATE TABLE messages (
    id              TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations(id),
    side            TEXT NOT NULL CHECK (side IN ('patient', 'care')),
    author_id       TEXT NOT NULL REFERENCES accounts(id),
    author_name     TEXT NOT NULL,
    on_behalf_of    TEXT,
    automatic       INTEGER NOT NULL DEFAULT 0 CHECK (automatic IN (0, 1)),
    body            TEXT NOT NULL,
    sent_at         BIGINT NOT NULL
);
CREATE INDEX messages_thread ON messages(conversation_id, sent_at, id);

-- When the other side first read a message (what the patient sees as "read on …").
CREATE TABLE message_reads (
    message_id TEXT PRIMARY KEY REFERENCES messages(id),
    read_at    BIGINT NOT NULL
);

-- A file sent with a message (PDF, JPEG, PNG; checked by content), its bytes in `blobs`;
-- `document_id`: the document it became in the record, once saved or published.
CREATE TABLE message_attachments (
    id           TEXT PRIMARY KEY,
    message_id   TEXT NOT NULL REFERENCES messages(id),
    file_name    TEXT NOT NULL,
    content_type TEXT NOT NULL,
    sha256       TEXT NOT NULL REFERENCES blobs(sha256),
    size         BIGINT NOT NULL,
    document_id  TEXT REFERENCES documents(id)
);
CREATE INDEX message_attachments_message ON message_attachments(message_id);

-- The last e-mail notice of a new message sent to an account for a conversation: at most one
-- an hour.
CREATE TABLE message_notices (
    conversation_id TEXT NOT NULL REFERENCES conversations(id),
    account_id      TEXT NOT NULL REFERENCES accounts(id),
    sent_at         BIGINT NOT NULL,
    PRIMARY KEY (conversation_id, account_id)
);

-- A caregiver may read and write messages for the patient only if the patient ticked it.
ALTER TABLE delegations ADD COLUMN scope_messages INTEGER NOT NULL DEFAULT 0
    CHECK (scope_messages IN (0, 1));

CREATE TRIGGER messages_immutable BEFORE UPDATE OR DELETE ON messages
    FOR EACH ROW EXECUTE FUNCTION carnet_refuse_change();
CREATE TRIGGER message_reads_immutable BEFORE UPDATE OR DELETE ON message_reads
    FOR EACH ROW EXECUTE FUNCTION carnet_refuse_change();
