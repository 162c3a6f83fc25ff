//! The outbox table: enqueue inside a transaction; deliver with claims so that several nodes
//! (or the CLI and a server) never send the same message twice.
//!
//! The outbox keeps no secret longer than needed: a message's text (its enrolment link, its
//! code, its appointment) is deleted once it is delivered, and a message whose link or code
//! stops working ([`OutgoingEmail::valid_until`]) is abandoned, its text deleted, if it could
//! not be delivered by then. Who, when and which kind of message stay.
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
    /// Which message it is (`invitation`, `record-updated`…: its Fluent ids' middle part).
    pub kind: String,
    /// When the link or code it carries stops working (ms): it is not sent after that.
    pub expires_at: Option<i64>,
    pub to: String,
    pub subject: String,
    /// The text part.
    pub body: String,
    /// The HTML part, saying the same as the text (every message [`super::compose`]d has one).
    pub html: Option<String>,
    pub attachment: Option<Attachment>,
}

impl OutgoingEmail {
    /// The message, marked as carrying a link or code that stops working at `expires_at` (ms).
    pub fn valid_until(self, expires_at: i64) -> OutgoingEmail {
        OutgoingEmail { expires_at: Some(expires_at), ..self }
    }
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
         attachment_name, attachment_type, attachment, kind, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, 0, $6, $7, $8, $9, $10, $11)",
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
    .bind(&email.kind)
    .bind(email.expires_at)
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
        "INSERT INTO outbox (id, recipient, subject, body, html, created_at, attempts, next_attempt_at, group_key, items, \
         kind) VALUES ($1, $2, $3, $4, $5, $6, 0, $7, $8, $9, $10) \
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
    .bind(&first.kind)
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

/// Sends every message that is due (and abandons those whose link or code no longer works).
/// Returns how many were sent.
pub async fn deliver_due(db: &Db, transport: &Transport) -> Result<usize> {
    let now = now_ms();
    let abandoned = sqlx::query(
        "UPDATE outbox SET abandoned_at = $1, body = '', html = NULL, attachment = NULL, claimed_until = NULL \
         WHERE sent_at IS NULL AND abandoned_at IS NULL AND expires_at <= $1 \
         AND (claimed_until IS NULL OR claimed_until < $1)",
    )
    .bind(now)
    .execute(db.writer())
    .await?;
    if abandoned.rows_affected() > 0 {
        tracing::warn!(
            messages = abandoned.rows_affected(),
            "e-mails whose link or code expired before delivery were abandoned"
        );
    }
    let due: Vec<String> = sqlx::query_scalar(
        "SELECT id FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= $1 AND abandoned_at IS NULL \
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
        .execute(db.writer())
        .await?;
        if claimed.rows_affected() != 1 {
            continue; // another worker has it
        }
        let row: Row = sqlx::query_as(
            "SELECT kind, expires_at, recipient, subject, body, html, attempts, attachment_name, attachment_type, \
             attachment FROM outbox WHERE id = $1",
        )
        .bind(&id)
        .fetch_one(db.pool())
        .await?;
        let attempts = row.attempts;
        match transport.send(&id, &row.into_email()).await {
            Ok(()) => {
                // Delivered: what it said (a link, a code) is not kept.
                sqlx::query(
                    "UPDATE outbox SET sent_at = $1, claimed_until = NULL, last_error = NULL, \
                     body = '', html = NULL, attachment = NULL WHERE id = $2",
                )
                .bind(now_ms())
                .bind(&id)
                .execute(db.writer())
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
                .execute(db.writer())
                .await?;
            }
        }
    }
    Ok(sent)
}

#[derive(sqlx::FromRow)]
struct Row {
    kind: Option<String>,
    expires_at: Option<i64>,
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
        OutgoingEmail {
            kind: self.kind.unwrap_or_default(),
            expires_at: self.expires_at,
            to: self.recipient,
            subject: self.subject,
            body: self.body,
            html: self.html,
            attachment,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mail::compose;

    #[test]
    fn backoff_grows_and_is_capped() {
        assert_eq!(backoff_ms(1), 30_000);
        assert_eq!(backoff_ms(2), 60_000);
        assert_eq!(backoff_ms(3), 120_000);
        assert_eq!(backoff_ms(50), 3_600_000);
    }

    /// Once delivered, a message's link is gone from the database; a message whose link expired
    /// before it could be delivered is never sent, and its link is gone too.
    #[tokio::test]
    async fn the_outbox_keeps_no_link_it_no_longer_needs() {
        let dir = std::env::temp_dir().join(format!("carnet-outbox-{}", Uuid::new_v4()));
        let db = Db::connect(&format!("sqlite://{}/c.db", dir.display())).await.unwrap();
        db.migrate().await.unwrap();
        let transport = Transport::folder(dir.join("mail"), "carnet@example.org").unwrap();
        let link = |secret: &str| {
            let args = [
                ("name", "Alix".into()),
                ("url", format!("https://carnet.example/enrol/{secret}").into()),
                ("hours", 72.into()),
            ];
            compose(crate::i18n::Locale::Fr, "alix@example.org", "invitation", &args)
        };
        let mut tx = db.begin().await.unwrap();
        enqueue(&mut tx, &link("fresh-secret").valid_until(now_ms() + minutes(60))).await.unwrap();
        enqueue(&mut tx, &link("stale-secret").valid_until(now_ms() - 1)).await.unwrap();
        tx.commit().await.unwrap();

        assert_eq!(deliver_due(&db, &transport).await.unwrap(), 1, "only the link that still works is sent");
        type Kept = (String, Option<String>, Option<i64>, Option<i64>, Option<String>);
        let rows: Vec<Kept> =
            sqlx::query_as("SELECT body, html, sent_at, abandoned_at, kind FROM outbox ORDER BY sent_at")
                .fetch_all(db.pool())
                .await
                .unwrap();
        assert_eq!(rows.len(), 2);
        for (body, html, sent, abandoned, kind) in &rows {
            assert_eq!((body.as_str(), html.as_deref()), ("", None), "no text kept");
            assert!(sent.is_some() != abandoned.is_some(), "sent or abandoned: {rows:?}");
            assert_eq!(kind.as_deref(), Some("invitation"));
        }
        let sent: Vec<String> = std::fs::read_dir(dir.join("mail"))
            .unwrap()
            .map(|f| std::fs::read_to_string(f.unwrap().path()).unwrap())
            .collect();
        assert_eq!(sent.len(), 1);
        assert!(sent[0].contains("fresh-secret") && !sent[0].contains("stale-secret"));
        assert_eq!(deliver_due(&db, &transport).await.unwrap(), 0, "nothing left to send");
        db.pool().close().await;
        std::fs::remove_dir_all(dir).unwrap();
    }
}
