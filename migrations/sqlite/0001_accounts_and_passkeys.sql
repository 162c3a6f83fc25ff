-- Accounts, passkeys, sign-in sessions, enrolment links, rate limits and the mail outbox.
-- Instants are INTEGER milliseconds since the Unix epoch (UTC); ids are UUID text.
-- Keep in step with migrations/postgres/0001_accounts_and_passkeys.sql.

-- A person who can sign in. The id is also the WebAuthn user handle.
CREATE TABLE accounts (
    id           TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    email        TEXT NOT NULL UNIQUE,      -- stored lower-case
    locale       TEXT,                      -- chosen language; NULL until the person picks one
    created_at   INTEGER NOT NULL
);

-- What an account may be: several at once (a patient who is also a caregiver).
CREATE TABLE account_roles (
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('patient', 'caregiver', 'professional', 'staff', 'admin')),
    PRIMARY KEY (account_id, role)
);

-- Single-use links that let a person create a passkey. Only the SHA-256 of the token is kept.
CREATE TABLE enrolment_links (
    token_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    purpose    TEXT NOT NULL CHECK (purpose IN ('enrol', 'recovery')),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at    INTEGER
);
CREATE INDEX enrolment_links_account ON enrolment_links(account_id);

-- Registered passkeys. `passkey` is webauthn-rs's credential record (public key, counter,
-- backup flags) as JSON; the credential id is duplicated in its own column to be unique.
CREATE TABLE passkeys (
    id            TEXT PRIMARY KEY,
    account_id    TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    credential_id BLOB NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    passkey       TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    last_used_at  INTEGER
);
CREATE INDEX passkeys_account ON passkeys(account_id);

-- In-flight passkey ceremonies: server-side, single-use (deleted when consumed), short-lived.
CREATE TABLE passkey_ceremonies (
    id                 TEXT PRIMARY KEY,    -- SHA-256 of the id handed to the browser
    kind               TEXT NOT NULL CHECK (kind IN ('register', 'authenticate')),
    account_id         TEXT REFERENCES accounts(id) ON DELETE CASCADE,
    enrolment_token    TEXT,               -- token_hash of the link being used, if any
    state              TEXT NOT NULL,
    expires_at         INTEGER NOT NULL
);
CREATE INDEX passkey_ceremonies_expiry ON passkey_ceremonies(expires_at);

-- One row per sign-in: the web session cookie points here. Idle and absolute limits are
-- enforced against these columns on every request, so ending a row ends the session at once.
CREATE TABLE sign_ins (
    id           TEXT PRIMARY KEY,
    account_id   TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    passkey_id   TEXT REFERENCES passkeys(id) ON DELETE SET NULL,
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    ended_at     INTEGER
);
CREATE INDEX sign_ins_account ON sign_ins(account_id);
CREATE INDEX sign_ins_passkey ON sign_ins(passkey_id);

-- Fixed-window counters shared by every node (ceremony endpoints, later codes).
CREATE TABLE rate_limits (
    bucket       TEXT NOT NULL,
    window_start INTEGER NOT NULL,
    hits         INTEGER NOT NULL,
    PRIMARY KEY (bucket, window_start)
);

-- Durable outbox: written in the same transaction as the event, sent by a worker with retries.
CREATE TABLE outbox (
    id              TEXT PRIMARY KEY,
    recipient       TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    claimed_until   INTEGER,
    sent_at         INTEGER,
    last_error      TEXT
);
CREATE INDEX outbox_due ON outbox(sent_at, next_attempt_at);
