//! E-mail: a durable outbox written in the same transaction as the event that causes it, and a
//! delivery loop that sends what is due through lettre (SMTP, or `.eml` files in a folder).
//!
//! Messages are written in the recipient's language from the Fluent files (`mail-*` ids) and
//! carry no health details. Each has a text part and an HTML part that says the same
//! ([`compose`]); "something new in your record" notices are grouped per person
//! ([`enqueue_grouped`]).

mod html;
mod outbox;
mod templates;
mod transport;

pub use outbox::{deliver_due, enqueue, enqueue_grouped, Attachment, OutgoingEmail};
pub use templates::{
    access_requested, assisted_session_code, coming_of_age, compose, delegation_ended_for_delegate,
    delegation_ended_for_patient, delegation_first_used, delegation_granted, delegation_invitation, emergency_access,
    invitation, passkey_added, record_corrected, record_read_first_time, record_updated, recovery, recovery_in_person,
    representative_added,
};

use sqlx::{Any, Transaction};

use crate::accounts::{self, Account};
use crate::Result;

/// Queues `build(account)` for the account holder of a record, if the record has one. Returns
/// whether a message was queued.
pub async fn to_patient(
    tx: &mut Transaction<'static, Any>,
    patient_id: &str,
    build: impl FnOnce(&Account) -> OutgoingEmail,
) -> Result<bool> {
    let Some(account) = patient_account(tx, patient_id).await? else { return Ok(false) };
    enqueue(tx, &build(&account)).await?;
    Ok(true)
}

/// The account holder of a record, if the record has one.
pub async fn patient_account(tx: &mut Transaction<'static, Any>, patient_id: &str) -> Result<Option<Account>> {
    let account_id: Option<Option<String>> = sqlx::query_scalar("SELECT account_id FROM patients WHERE id = $1")
        .bind(patient_id)
        .fetch_optional(&mut **tx)
        .await?;
    match account_id {
        Some(Some(account_id)) => Ok(Some(accounts::get_in(tx, &account_id).await?)),
        _ => Ok(None),
    }
}
pub use transport::Transport;
