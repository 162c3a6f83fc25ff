//! Appointing a minor's legal representatives at the desk takes two people. One staff member
//! proposes, after seeing the document that proves the link (its kind, [`Evidence`], is kept
//! with the proposal and in the audit log); another person of the desk approves or refuses
//! ([`decide`]; the proposer may only withdraw). Until then the person named has no access. On
//! approval they get it, and everyone who could already act on the record is told by e-mail,
//! and sees the appointment in the record's history. The desk never appoints one of its own
//! ([`policy::desk_may_attach`]), checked at both steps.

use sqlx::{Any, Transaction};
use uuid::Uuid;

use super::minors::Representative;
use super::{audit_desk, audit_desk_refusal, desk_person};
use crate::accounts::{self, DisplayName, Email, Role};
use crate::clock::now_ms;
use crate::db::Db;
use crate::delegation;
use crate::enrolment::{self, Purpose};
use crate::error::Problem;
use crate::policy::{self, AccountAction, Actor};
use crate::{mail, Error, Result};

/// The document staff saw that proves the link between a representative and the minor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Evidence {
    /// Acte de naissance naming the parent.
    BirthCertificate,
    /// Livret de famille.
    FamilyRecordBook,
    /// A judge's decision (guardianship, delegation of parental authority).
    CourtDecision,
}

impl Evidence {
    pub const ALL: [Evidence; 3] = [Evidence::BirthCertificate, Evidence::FamilyRecordBook, Evidence::CourtDecision];

    /// Its name in forms, in the database and in the audit log (as the reason).
    pub const fn as_str(self) -> &'static str {
        match self {
            Evidence::BirthCertificate => "birth-certificate",
            Evidence::FamilyRecordBook => "family-record-book",
            Evidence::CourtDecision => "court-decision",
        }
    }

    /// The kind chosen in the form; none (or anything else) is `error-desk-evidence-missing`.
    pub fn parse(raw: &str) -> Result<Evidence> {
        Evidence::ALL.into_iter().find(|e| e.as_str() == raw).ok_or(Error::Invalid(Problem::DeskEvidenceMissing))
    }
}

/// The reasons a refused appointment is logged with (the allowed ones carry the evidence).
pub const STAFF_ACCOUNT: &str = "staff-account";
pub const SECOND_PERSON_NEEDED: &str = "second-person-needed";

/// A proposal waiting for a second person of the desk, as the desk's page lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    pub id: String,
    pub minor_name: String,
    pub minor_birth_date: String,
    pub representative_name: String,
    pub representative_email: String,
    pub evidence: Evidence,
    pub proposed_by: String,
    pub proposed_at: i64,
    /// Proposed by the person looking: they may withdraw it, not approve it.
    pub mine: bool,
}

/// Files the proposal that `representative` act for the minor of `patient_id`, in the caller's
/// transaction, audited under `staff`. Refused when the address is a desk or administrator
/// account's (`error-desk-staff-account`, returned with the reason to log) or the person already
/// is, or is waiting to be, a representative of this minor.
pub(super) async fn propose(
    tx: &mut Transaction<'static, Any>,
    staff: &str,
    patient_id: &str,
    representative: &Representative,
    evidence: Evidence,
) -> Result<()> {
    check_person(tx, patient_id, &representative.email).await?;
    let waiting: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM representative_appointments WHERE patient_id = $1 AND email = $2 AND decided_at IS NULL",
    )
    .bind(patient_id)
    .bind(representative.email.as_str())
    .fetch_one(&mut **tx)
    .await?;
    if waiting > 0 {
        return Err(Error::Conflict(Problem::DeskAlreadyRepresentative));
    }
    let id = Uuid::new_v4().to_string();
    sqlx::query(
        "INSERT INTO representative_appointments (id, patient_id, name, email, evidence, proposed_by, proposed_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&id)
    .bind(patient_id)
    .bind(representative.name.as_str())
    .bind(representative.email.as_str())
    .bind(evidence.as_str())
    .bind(staff)
    .bind(now_ms())
    .execute(&mut **tx)
    .await?;
    audit_desk(tx, staff, patient_id, "desk.representative-propose", Some(&id), None, evidence.as_str()).await
}

/// Refuses a person the desk may not appoint on this record: someone of the desk or an
/// administrator, or a representative already.
async fn check_person(tx: &mut Transaction<'static, Any>, patient_id: &str, email: &Email) -> Result<()> {
    let Some(account) = accounts::find_by_email_in(tx, email).await? else { return Ok(()) };
    if !policy::desk_may_attach(Some(&account.roles)) {
        return Err(Error::Conflict(Problem::DeskStaffAccount));
    }
    let already: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM delegations WHERE patient_id = $1 AND delegate_account_id = $2 \
         AND kind = 'representative' AND ended_at IS NULL",
    )
    .bind(patient_id)
    .bind(&account.id)
    .fetch_one(&mut **tx)
    .await?;
    if already > 0 {
        return Err(Error::Conflict(Problem::DeskAlreadyRepresentative));
    }
    Ok(())
}

/// The proposals waiting for a decision, oldest first (at most 50), for a person of the desk.
pub async fn waiting(db: &Db, actor: &Actor) -> Result<Vec<Waiting>> {
    let staff = desk_person(actor, AccountAction::EnrolAtDesk)?;
    type Row = (String, String, String, Option<String>, String, String, String, String, String, i64);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT r.id, p.given_names, p.family_name, p.birth_date, r.name, r.email, r.evidence, r.proposed_by, \
         a.display_name, r.proposed_at FROM representative_appointments r JOIN patients p ON p.id = r.patient_id \
         JOIN accounts a ON a.id = r.proposed_by WHERE r.decided_at IS NULL ORDER BY r.proposed_at, r.id LIMIT 50",
    )
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, given, family, birth, name, email, evidence, by_id, by_name, at)| {
            Some(Waiting {
                id,
                minor_name: format!("{given} {family}").trim().to_string(),
                minor_birth_date: birth.unwrap_or_default(),
                representative_name: name,
                representative_email: email,
                evidence: Evidence::parse(&evidence).ok()?,
                mine: by_id == staff,
                proposed_by: by_name,
                proposed_at: at,
            })
        })
        .collect())
}

/// What a decision did, for the page's notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decided {
    Approved,
    Refused,
}

/// Approves or refuses a waiting proposal. Approving takes a person of the desk other than the
/// proposer (`error-desk-second-person-needed`, logged as refused): the representative's account
/// (made, with an enrolment link by e-mail, when they have none) is attached to the record; they
/// are told, and so is everyone who could already act on it. The person is checked again
/// ([`check_person`]) and the minor must still be one. A proposal already decided, or unknown,
/// is not found; two people deciding at once decide once.
pub async fn decide(db: &Db, actor: &Actor, id: &str, approve: bool, ttl_hours: i64) -> Result<Decided> {
    let staff = desk_person(actor, AccountAction::EnrolAtDesk)?;
    let mut tx = db.begin().await?;
    let found: Option<(String, String, String, String, String)> = sqlx::query_as(
        "SELECT patient_id, name, email, evidence, proposed_by FROM representative_appointments \
         WHERE id = $1 AND decided_at IS NULL",
    )
    .bind(id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((patient_id, name, email, evidence, proposed_by)) = found else { return Err(Error::NotFound) };
    let action = if approve { "desk.representative-approve" } else { "desk.representative-refuse" };
    if !policy::may_decide_appointment(actor, &proposed_by, approve) {
        tx.rollback().await?;
        audit_desk_refusal(db, staff, Some(&patient_id), action, SECOND_PERSON_NEEDED).await?;
        return Err(Error::Invalid(Problem::DeskSecondPersonNeeded));
    }
    let now = now_ms();
    let claimed = sqlx::query(
        "UPDATE representative_appointments SET decided_by = $2, decided_at = $3, approved = $4 \
         WHERE id = $1 AND decided_at IS NULL",
    )
    .bind(id)
    .bind(staff)
    .bind(now)
    .bind(i64::from(approve))
    .execute(&mut *tx)
    .await?;
    if claimed.rows_affected() != 1 {
        return Err(Error::NotFound);
    }
    if !approve {
        audit_desk(&mut tx, staff, &patient_id, action, Some(id), None, &evidence).await?;
        tx.commit().await?;
        return Ok(Decided::Refused);
    }
    let representative = Representative { name: DisplayName::parse(&name)?, email: Email::parse(&email)? };
    if let Err(error) = check_person(&mut tx, &patient_id, &representative.email).await {
        tx.rollback().await?;
        if matches!(error, Error::Conflict(Problem::DeskStaffAccount)) {
            audit_desk_refusal(db, staff, Some(&patient_id), action, STAFF_ACCOUNT).await?;
        }
        return Err(error);
    }
    let (child, birth): (String, Option<String>) =
        sqlx::query_as("SELECT given_names || ' ' || family_name, birth_date FROM patients WHERE id = $1")
            .bind(&patient_id)
            .fetch_one(&mut *tx)
            .await?;
    if !policy::is_minor(birth.and_then(|b| b.parse().ok()), db.today()) {
        return Err(Error::Invalid(Problem::DeskNotMinor));
    }
    // Told: whoever could act on the record before this appointment.
    let already_there = mail::who_can_act(&mut tx, &patient_id, db.today()).await?;
    let account = match accounts::find_by_email_in(&mut tx, &representative.email).await? {
        Some(account) => {
            accounts::add_roles(&mut tx, &account.id, &[Role::Caregiver]).await?;
            account
        }
        None => {
            let account =
                accounts::create(&mut tx, &representative.name, &representative.email, &[Role::Caregiver]).await?;
            let token = enrolment::issue(&mut tx, &account.id, Purpose::Enrol, ttl_hours).await?;
            let url = db.portal_link(&format!("/enrol/{token}"));
            mail::enqueue(&mut tx, &mail::invitation(&account, &url, ttl_hours)).await?;
            account
        }
    };
    delegation::add_representative(&mut tx, &patient_id, &account.id, staff, now).await?;
    mail::enqueue(&mut tx, &mail::representative_added(&account, child.trim(), &db.portal_link("/helping"))).await?;
    let staff_name = accounts::get_in(&mut tx, staff).await?.display_name;
    let history = db.portal_link("/history");
    for recipient in &already_there {
        let notice = mail::representative_appointed(recipient, &account.display_name, &staff_name, &evidence, &history);
        mail::enqueue(&mut tx, &notice).await?;
    }
    audit_desk(&mut tx, staff, &patient_id, action, Some(id), None, &evidence).await?;
    tx.commit().await?;
    Ok(Decided::Approved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_is_one_of_three_documents_and_must_be_chosen() {
        for evidence in Evidence::ALL {
            assert_eq!(Evidence::parse(evidence.as_str()).unwrap(), evidence);
        }
        for raw in ["", "passport", "BIRTH-CERTIFICATE", "birth-certificate "] {
            assert!(matches!(Evidence::parse(raw), Err(Error::Invalid(Problem::DeskEvidenceMissing))), "{raw}");
        }
    }
}
