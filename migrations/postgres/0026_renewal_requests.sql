-- A patient asks the prescriber of a current treatment to renew it (issue 19): the request
-- goes to the prescriber's account (the treatment's author, matched as documents' authors are:
-- a Carnet account, or an RPPS number of the directory), who accepts or declines it with a
-- note; whoever asked is e-mailed the answer (without health details). One request waits per
-- treatment at a time.
CREATE TABLE renewal_requests (
    id            TEXT PRIMARY KEY,
    patient_id    TEXT NOT NULL REFERENCES patients(id),
    item_id       TEXT NOT NULL REFERENCES profile_items(id),
    prescriber_id TEXT NOT NULL REFERENCES accounts(id),
    requested_by  TEXT NOT NULL REFERENCES accounts(id),
    message       TEXT,
    status        TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined')),
    answer        TEXT,
    requested_at  BIGINT NOT NULL,
    answered_at   BIGINT
);
CREATE INDEX renewal_requests_prescriber ON renewal_requests(prescriber_id, status, requested_at);
CREATE INDEX renewal_requests_item ON renewal_requests(patient_id, item_id, requested_at);
