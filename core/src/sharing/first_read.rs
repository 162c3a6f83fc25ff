//! The e-mail a patient gets the first time a professional reads their record with their
//! consent: an effect the policy's decision asks for, carried out by the door (`access`) in the
//! transaction of the read. Kept apart from the rest of sharing, which opens the door itself, so
//! that the door's effects import nothing that imports the door.

use sqlx::{Any, Transaction};

use crate::clock::now_ms;
use crate::db::Db;
use crate::Result;

/// The first read of a record by a professional (with consent) is e-mailed to the patient,
/// once, in the transaction of the read (an effect of the policy's decision, carried out by the
/// door).
pub(crate) async fn notify(
    tx: &mut Transaction<'static, Any>,
    db: &Db,
    professional_id: &str,
    patient_id: &str,
) -> Result<()> {
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
        crate::mail::to_patient(tx, patient_id, |account| {
            crate::mail::record_read_first_time(account, &db.portal_link("/history"))
        })
        .await?;
    }
    Ok(())
}
