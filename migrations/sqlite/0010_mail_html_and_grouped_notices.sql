-- E-mails carry an HTML part beside the text; "something new in your record" notices wait in
-- the outbox for others to the same person and go out as one e-mail counting the new items.
-- Keep in step with migrations/postgres/0010_mail_html_and_grouped_notices.sql.

-- The HTML part (NULL for messages queued before it existed: sent as text only).
ALTER TABLE outbox ADD COLUMN html TEXT;
-- While a grouped notice is unsent and unclaimed: its kind and recipient
-- ('record-updated:<account id>'). Cleared when a worker claims the row for sending.
ALTER TABLE outbox ADD COLUMN group_key TEXT;
-- How many new items a grouped notice tells of.
ALTER TABLE outbox ADD COLUMN items INTEGER NOT NULL DEFAULT 1;
-- One pending notice per key: concurrent writers meet on it (INSERT … ON CONFLICT).
CREATE UNIQUE INDEX outbox_pending_group ON outbox(group_key) WHERE group_key IS NOT NULL;
