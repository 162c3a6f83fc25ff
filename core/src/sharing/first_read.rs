//! The e-mail a patient gets the first time a professional reads their record with their
//! consent: an effect the policy's decision asks for, carried out by the door (`access`) in the
//! transaction of the read. Kept apart from the rest of sharing, which opens the door itself, so
//! that the door's effects import nothing that imports the door.

use sqlx::{Any, Transaction};

use crate::clock::now_ms;
use crate::db::Db;
use crate::mail::{self, Recipient};
use crate::Result;

/// The first read of a record by a professional (with consent) is e-mailed, once, in the
/// transaction of the read, to whoever can act on the record (its holder; a minor's legal
/// representatives). It is marked as told only when someone was: a record no one can be told
/// about yet is told at the next read after that changes.
pub(crate) async fn notify(
    tx: &mut Transaction<'static, Any>,
    db: &Db,
    professional_id: &str,
    patient_id: &str,
) -> Result<()> {
    let recipients = mail::who_can_act(tx, patient_id, db.today()).await?;
    if recipients.is_empty() {
        return Ok(());
    }
    let first = sqlx::query(
        "UPDATE consents SET first_read_at = $1 WHERE patient_id = $2 AND professional_id = $3 \
         AND first_read_at IS NULL",
    )
    .bind(now_ms())
    .bind(patient_id)
    .bind(professional_id)
    .execute(&mut **tx)
    .await?
    .rows_affected()
        == 1;
    if first {
        let link = db.portal_link("/history");
        for recipient in &recipients {
            let message = match recipient {
                Recipient::Holder(account) => mail::record_read_first_time(account, &link),
                Recipient::Representative { account, child } => mail::record_read_first_time_for(account, child, &link),
            };
            mail::enqueue(tx, &message).await?;
        }
    }
    Ok(())
}
