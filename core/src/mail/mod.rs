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
    emergency_access_for, invitation, message_received, passkey_added, record_corrected, record_corrected_for,
    record_read_first_time, record_read_first_time_for, record_updated, record_updated_for, recovery,
    recovery_in_person, recovery_started_for, renewal_answered, renewal_requested, representative_added,
    representative_appointed,
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

/// Who is told about what happens to a record: whoever can act on it.
#[derive(Debug, Clone)]
pub enum Recipient {
    /// The record's own account holder.
    Holder(Account),
    /// A legal representative of a minor whose record it is; `child` is the minor's name.
    Representative { account: Account, child: String },
}

/// Whoever can act on a record today: its account holder, and, while its person is a minor,
/// their legal representatives (a minor's record often has no account of its own). Empty when
/// no one can be told, so that a notice is not marked as given to no one.
pub async fn who_can_act(
    tx: &mut Transaction<'static, Any>,
    patient_id: &str,
    today: jiff::civil::Date,
) -> Result<Vec<Recipient>> {
    let mut recipients: Vec<Recipient> =
        patient_account(tx, patient_id).await?.into_iter().map(Recipient::Holder).collect();
    let person: Option<(Option<String>, String, String)> =
        sqlx::query_as("SELECT birth_date, given_names, family_name FROM patients WHERE id = $1")
            .bind(patient_id)
            .fetch_optional(&mut **tx)
            .await?;
    let Some((birth, given, family)) = person else { return Ok(recipients) };
    if !crate::policy::is_minor(birth.and_then(|b| b.parse().ok()), today) {
        return Ok(recipients);
    }
    let child = format!("{given} {family}").trim().to_string();
    let representatives: Vec<String> = sqlx::query_scalar(
        "SELECT delegate_account_id FROM delegations WHERE patient_id = $1 AND kind = 'representative' \
         AND ended_at IS NULL AND accepted_at IS NOT NULL AND delegate_account_id IS NOT NULL ORDER BY created_at, id",
    )
    .bind(patient_id)
    .fetch_all(&mut **tx)
    .await?;
    for account_id in representatives {
        let account = accounts::get_in(tx, &account_id).await?;
        recipients.push(Recipient::Representative { account, child: child.clone() });
    }
    Ok(recipients)
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
