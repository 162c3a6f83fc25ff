//! The reception desk: digital-help staff who check people's identity in person. They enrol
//! patients (`enrolment`), start the recovery of someone who lost every passkey (`enrolment`),
//! create a minor's record and propose its legal representatives (`minors`), appointed only when
//! a second person of the desk approves (`representatives`), and help a present patient in a
//! short session that patient approves (`assisted`).
//!
//! Staff never reach health data of their own right: outside an approved assisted session the
//! policy refuses them like anyone else. Everything done here is audited, in the transaction that
//! does it, under the staff member's name.

pub mod assisted;
pub mod enrolment;
pub mod minors;
pub mod representatives;

use sqlx::{Any, Transaction};

use crate::audit::chain as audit;
use crate::policy::{self, AccountAction, Actor};
use crate::record::patients::INS_SYSTEM;
use crate::record::publish::PatientNamed;
use crate::{Error, Result};

/// The staff member behind a desk action, when the policy lets them do it ([`AccountAction`]:
/// staff, and administrators for what they may do too, in their own name). Anyone else gets
/// not found.
fn desk_person(actor: &Actor, action: AccountAction) -> Result<&str> {
    match actor.account_id() {
        Some(account_id) if policy::may(actor, action, false) => Ok(account_id),
        _ => Err(Error::NotFound),
    }
}

/// Whether the actor may mark the device they use as a kiosk (staff and admins); not found
/// otherwise.
pub fn may_mark_kiosk(actor: &Actor) -> Result<()> {
    desk_person(actor, AccountAction::UseDesk).map(|_| ())
}

/// The record named by INS and birth date, with the account linked to it if any.
async fn find_patient(
    tx: &mut Transaction<'static, Any>,
    named: &PatientNamed,
) -> Result<Option<(String, Option<String>)>> {
    Ok(sqlx::query_as(
        "SELECT p.id, p.account_id FROM patient_identifiers i JOIN patients p ON p.id = i.patient_id \
         WHERE i.system = $1 AND i.value = $2 AND p.birth_date = $3",
    )
    .bind(INS_SYSTEM)
    .bind(named.health_id.as_str())
    .bind(named.birth_date.to_string())
    .fetch_optional(&mut **tx)
    .await?)
}

/// An audit row for a desk action about a patient's record (not a read of it), by the staff
/// member; `through` names the assisted session when it is about one (`assisted:<id>`).
async fn audit_desk(
    tx: &mut Transaction<'static, Any>,
    staff_id: &str,
    patient_id: &str,
    action: &str,
    target: Option<&str>,
    through: Option<&str>,
    reason: &str,
) -> Result<()> {
    let entry = audit::Entry::by_person(staff_id, "staff", action, reason);
    audit::append(tx, &entry.about(patient_id, target, through)).await
}

/// Logs a desk action refused on `patient_id`'s record (`None`: a record the refused action
/// would have made), in its own transaction (what was refused is rolled back; the attempt stays).
async fn audit_desk_refusal(
    db: &crate::db::Db,
    staff_id: &str,
    patient_id: Option<&str>,
    action: &str,
    reason: &str,
) -> Result<()> {
    let mut tx = db.begin().await?;
    let entry = audit::Entry { allowed: false, ..audit::Entry::by_person(staff_id, "staff", action, reason) };
    let entry = match patient_id {
        Some(patient_id) => entry.about(patient_id, None, None),
        None => entry,
    };
    audit::append(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(())
}

/// Every action the desk writes to the audit log, and the reasons it gives.
pub const ACTIONS: [&str; 9] = [
    "desk.enrol",
    "desk.recovery",
    "desk.minor",
    "desk.representative-propose",
    "desk.representative-approve",
    "desk.representative-refuse",
    "desk.assist-start",
    "desk.assist-approve",
    "desk.assist-end",
];
pub const REASONS: [&str; 9] = [
    "identity-checked",
    "code",
    "passkey",
    IDENTITY_NOT_MATCHED,
    representatives::STAFF_ACCOUNT,
    representatives::SECOND_PERSON_NEEDED,
    "birth-certificate",
    "family-record-book",
    "court-decision",
];

/// Why an enrolment at the desk was refused a record: the identity typed is not the record's, the
/// record already has an account, or it is a minor's (logged, refused, in the record's history).
pub const IDENTITY_NOT_MATCHED: &str = "identity-not-matched";
