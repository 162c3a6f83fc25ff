//! The e-mail a patient gets the first time a caregiver uses their delegation: an effect the
//! policy's decision asks for, carried out by the door (`access`) in the transaction of that use.
//! Kept apart from the rest of the delegations, which open the door themselves, so that the
//! door's effects import nothing that imports the door.

use sqlx::{Any, Transaction};

use crate::clock::now_ms;
use crate::db::Db;
use crate::Result;

/// The first use of a caregiver's delegation is e-mailed to the patient, once, in the
/// transaction of that use (an effect of the policy's decision, carried out by the door).
pub(crate) async fn notify(
    tx: &mut Transaction<'static, Any>,
    db: &Db,
    delegation_id: &str,
    patient_id: &str,
) -> Result<()> {
    let first = sqlx::query("UPDATE delegations SET first_used_at = $1 WHERE id = $2 AND first_used_at IS NULL")
        .bind(now_ms())
        .bind(delegation_id)
        .execute(&mut **tx)
        .await?
        .rows_affected()
        == 1;
    if first {
        let caregiver: Option<String> = sqlx::query_scalar(
            "SELECT a.display_name FROM delegations g JOIN accounts a ON a.id = g.delegate_account_id WHERE g.id = $1",
        )
        .bind(delegation_id)
        .fetch_optional(&mut **tx)
        .await?;
        let caregiver = caregiver.unwrap_or_default();
        crate::mail::to_patient(tx, patient_id, |patient| {
            crate::mail::delegation_first_used(patient, &caregiver, &db.portal_link("/history"))
        })
        .await?;
    }
    Ok(())
}
