-- Links and codes are never kept in clear longer than needed: a message's text is deleted once
-- it is delivered, and a message carrying a link or code that stops working (expires_at) is
-- abandoned with its text deleted if it could not be delivered before then. What stays is
-- who, when, and the message's kind (for the operator, and for tests that count by kind).
ALTER TABLE outbox ADD COLUMN kind TEXT;
ALTER TABLE outbox ADD COLUMN expires_at INTEGER;
ALTER TABLE outbox ADD COLUMN abandoned_at INTEGER;
UPDATE outbox SET body = '', html = NULL, attachment = NULL WHERE sent_at IS NOT NULL;
