//! The reminder the day before: every appointment still booked, starting within 24 hours and
//! booked earlier than that (a later booking's confirmation is its reminder), gets one e-mail.
//! Claimed and queued in one transaction per appointment, so two nodes never send it twice.

use super::{booking, load, notices};
use crate::clock::{hours, now_ms};
use crate::db::Db;
use crate::Result;

/// Queues the reminders that are due. Returns how many.
pub async fn send_due(db: &Db) -> Result<usize> {
    let now = now_ms();
    let due: Vec<String> = sqlx::query_scalar(
        "SELECT id FROM appointments WHERE reminded_at IS NULL AND cancelled_at IS NULL \
         AND starts_at > $1 AND starts_at <= $2 ORDER BY starts_at LIMIT 200",
    )
    .bind(now)
    .bind(now + hours(24))
    .fetch_all(db.pool())
    .await?;
    let mut sent = 0;
    for id in due {
        let mut tx = db.begin().await?;
        if booking::claim_reminder(&mut tx, &id, now).await? {
            let appointment = load(&mut tx, &id).await?;
            notices::reminder(&mut tx, db, &appointment).await?;
            sent += 1;
        }
        tx.commit().await?;
    }
    Ok(sent)
}
