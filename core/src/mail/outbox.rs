//! The outbox table: enqueue inside a transaction; deliver with claims so that several nodes
//! (or the CLI and a server) never send the same message twice.
//!
//! Some notices are *grouped* ([`enqueue_grouped`]): one that finds an unsent notice with the
//! same key (one kind, one recipient) adds its items to it instead of making a second e-mail,
//! and a new one waits a few minutes for others before it is sent. A consultation's results,
//! report and vaccination, published one after the other, reach the patient as one e-mail.

use sqlx::{Any, Transaction};
use uuid::Uuid;

use super::Transport;
use crate::clock::{minutes, now_ms};
use crate::db::Db;
use crate::Result;

/// A message ready to be queued.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingEmail {
    pub to: String,
    pub subject: String,
    /// The text part.
    pub body: String,
    /// The HTML part, saying the same as the text (every message [`super::compose`]d has one).
    pub html: Option<String>,
    pub attachment: Option<Attachment>,
}

/// A text file sent with a message (the `.ics` of an appointment).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub name: String,
    /// The MIME type, e.g. `text/calendar; charset=utf-8; method=PUBLISH`.
    pub content_type: String,
    pub content: String,
}

/// Queues a message as part of `tx`: it is sent only if the transaction commits.
pub async fn enqueue(tx: &mut Transaction<'static, Any>, email: &OutgoingEmail) -> Result<()> {
    let now = now_ms();
    sqlx::query(
        "INSERT INTO outbox (id, recipient, subject, body, html, created_at, attempts, next_attempt_at, \
         attachment_name, attachment_type, attachment) VALUES ($1, $2, $3, $4, $5, $6, 0, $6, $7, $8, $9)",
    )
    .bind(Uuid::new_v4().to_string())
    .bind(&email.to)
    .bind(&email.subject)
    .bind(&email.body)
    .bind(email.html.as_deref())
    .bind(now)
    .bind(email.attachment.as_ref().map(|a| a.name.as_str()))
    .bind(email.attachment.as_ref().map(|a| a.content_type.as_str()))
    .bind(email.attachment.as_ref().map(|a| a.content.as_str()))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Queues a grouped notice as part of `tx`: if an unsent notice with the same `key` is waiting,
/// `items` are added to it and its text is made again for the total by `build`; otherwise a new
/// notice for `items` is written, to be sent `hold_ms` from now. Both happen only if the
/// transaction commits. The key names the kind and the recipient (`record-updated:<account>`).
///
/// A notice stops taking items when a worker claims it for sending: the next one starts a new
/// notice. The unique index on pending keys makes concurrent transactions (several nodes) meet on
/// one row.
pub async fn enqueue_grouped(
    tx: &mut Transaction<'static, Any>,
    key: &str,
    items: i64,
    hold_ms: i64,
    build: impl Fn(i64) -> OutgoingEmail,
) -> Result<()> {
    let now = now_ms();
    let first = build(items);
    let (id, total): (String, i64) = sqlx::query_as(
        "INSERT INTO outbox (id, recipient, subject, body, html, created_at, attempts, next_attempt_at, group_key, items) \
         VALUES ($1, $2, $3, $4, $5, $6, 0, $7, $8, $9) \
         ON CONFLICT (group_key) WHERE group_key IS NOT NULL DO UPDATE SET items = outbox.items + excluded.items \
         RETURNING id, items",
    )
    .bind(Uuid::new_v4().to_string())
    .bind(&first.to)
    .bind(&first.subject)
    .bind(&first.body)
    .bind(first.html.as_deref())
    .bind(now)
    .bind(now + hold_ms.max(0))
    .bind(key)
    .bind(items)
    .fetch_one(&mut **tx)
    .await?;
    if total != items {
        let merged = build(total);
        sqlx::query("UPDATE outbox SET recipient = $1, subject = $2, body = $3, html = $4 WHERE id = $5")
            .bind(&merged.to)
            .bind(&merged.subject)
            .bind(&merged.body)
            .bind(merged.html.as_deref())
            .bind(&id)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// How long a claim on a message lasts before another worker may retry it.
const CLAIM_MS: i64 = 60_000;

/// Waits before the next attempt: 30 s, 1 min, 2 min, … capped at one hour.
fn backoff_ms(attempts: i64) -> i64 {
    let exp = attempts.clamp(1, 8) - 1;
    (30_000 * (1i64 << exp)).min(minutes(60))
}

/// Sends every message that is due. Returns how many were sent.
pub async fn deliver_due(db: &Db, transport: &Transport) -> Result<usize> {
    let now = now_ms();
    let due: Vec<String> = sqlx::query_scalar(
        "SELECT id FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= $1 \
         AND (claimed_until IS NULL OR claimed_until < $1) ORDER BY created_at LIMIT 50",
    )
    .bind(now)
    .fetch_all(db.pool())
    .await?;
    let mut sent = 0;
    for id in due {
        // Claimed, a grouped notice takes no more items (its key is released for the next one).
        let claimed = sqlx::query(
            "UPDATE outbox SET claimed_until = $1, attempts = attempts + 1, group_key = NULL \
             WHERE id = $2 AND sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < $3)",
        )
        .bind(now + CLAIM_MS)
        .bind(&id)
        .bind(now)
        .execute(db.pool())
        .await?;
        if claimed.rows_affected() != 1 {
            continue; // another worker has it
        }
        let row: Row = sqlx::query_as(
            "SELECT recipient, subject, body, html, attempts, attachment_name, attachment_type, attachment \
             FROM outbox WHERE id = $1",
        )
        .bind(&id)
        .fetch_one(db.pool())
        .await?;
        let attempts = row.attempts;
        match transport.send(&id, &row.into_email()).await {
            Ok(()) => {
                sqlx::query("UPDATE outbox SET sent_at = $1, claimed_until = NULL, last_error = NULL WHERE id = $2")
                    .bind(now_ms())
                    .bind(&id)
                    .execute(db.pool())
                    .await?;
                sent += 1;
            }
            Err(error) => {
                // The error is about transport (host, TLS, refusal), never the message body.
                tracing::warn!(outbox_id = %id, attempts, %error, "e-mail delivery failed; will retry");
                let error: String = error.chars().take(500).collect();
                sqlx::query(
                    "UPDATE outbox SET claimed_until = NULL, next_attempt_at = $1, last_error = $2 WHERE id = $3",
                )
                .bind(now_ms() + backoff_ms(attempts))
                .bind(error)
                .bind(&id)
                .execute(db.pool())
                .await?;
            }
        }
    }
    Ok(sent)
}

#[derive(sqlx::FromRow)]
struct Row {
    recipient: String,
    subject: String,
    body: String,
    html: Option<String>,
    attempts: i64,
    attachment_name: Option<String>,
    attachment_type: Option<String>,
    attachment: Option<String>,
}

impl Row {
    fn into_email(self) -> OutgoingEmail {
        let attachment = match (self.attachment_name, self.attachment_type, self.attachment) {
            (Some(name), Some(content_type), Some(content)) => Some(Attachment { name, content_type, content }),
            _ => None,
        };
        OutgoingEmail { to: self.recipient, subject: self.subject, body: self.body, html: self.html, attachment }
    }
}

#[cfg(test)]
mod tests {
    use super::backoff_ms;

    #[test]
    fn backoff_grows_and_is_capped() {
        assert_eq!(backoff_ms(1), 30_000);
        assert_eq!(backoff_ms(2), 60_000);
        assert_eq!(backoff_ms(3), 120_000);
        assert_eq!(backoff_ms(50), 3_600_000);
    }
}
