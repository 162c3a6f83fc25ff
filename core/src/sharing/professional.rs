//! The professionals' side of sharing: the patients whose records they may read, asking a
//! patient for access, and emergency ("break-glass") access.
//!
//! A professional names a patient by health identifier (INS) and birth date. Whether such a
//! record exists is never told: a request to an unknown or blocking patient gets the same answer
//! as any other, the professional's list shows the requests they sent as they typed them (never
//! a name from a record) until a patient lets them read, and an emergency access that cannot be
//! opened looks like a record not found.

use crate::error::Problem;
use sqlx::{Any, Transaction};
use uuid::Uuid;

use crate::access;
use crate::clock::{hours, minutes, now_ms};
use crate::db::Db;
use crate::mail;
use crate::policy::{self, AccountAction, Actor, Subject, WriteAction};
use crate::record::patients;
use crate::record::publish::PatientNamed;
use crate::text::single_line;
use crate::{Error, Result};

/// How long an emergency access lasts.
pub const EMERGENCY_MINUTES: i64 = 4 * 60;

/// Longest reason an emergency access accepts, in characters.
pub const REASON_MAX_CHARS: usize = 500;

/// How long a request stays in the professional's list (and in the database) after it was sent.
pub const REQUESTS_LISTED_DAYS: i64 = 30;

/// A patient in a professional's list.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct PatientEntry {
    pub patient_id: String,
    pub given_names: String,
    pub family_name: String,
    pub birth_date: Option<String>,
    /// 'authorized', or '' when only an emergency access applies.
    pub status: String,
    /// When a running emergency access ends.
    pub emergency_until: Option<i64>,
}

/// A request for access as the professional typed it, whether or not a record matches.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SentRequest {
    /// The INS, checked and normalised.
    pub health_id: String,
    /// `YYYY-MM-DD`.
    pub birth_date: String,
    /// When it was last sent.
    pub requested_at: i64,
}

/// The account of a signed-in professional, as the policy says ([`AccountAction::ListPatients`]);
/// anyone else gets [`Error::NotFound`].
pub(crate) fn professional_account(actor: &Actor) -> Result<&str> {
    match actor.account_id() {
        Some(account_id) if policy::may(actor, AccountAction::ListPatients, false) => Ok(account_id),
        _ => Err(Error::NotFound),
    }
}

/// The patients whose records this professional may read now — the policy's rule for a
/// professional's read ([`policy::readable_by_professional`]), applied to every record at once:
/// authorized and not blocked, or with an emergency access of theirs still running and not
/// blocked. Requests still unanswered are not here ([`sent_requests`]): their names would tell
/// which requests found a record. Anyone but a professional gets [`Error::NotFound`].
pub async fn my_patients(db: &Db, actor: &Actor) -> Result<Vec<PatientEntry>> {
    let professional_id = professional_account(actor)?;
    let sql = format!(
        "SELECT p.id AS patient_id, p.given_names, p.family_name, p.birth_date, \
         COALESCE((SELECT c.status FROM consents c WHERE c.patient_id = p.id AND c.professional_id = $1), '') \
         AS status, (SELECT MAX(e.expires_at) FROM emergency_accesses e WHERE e.patient_id = p.id \
          AND e.professional_id = $1 AND e.expires_at > $2) AS emergency_until \
         FROM patients p WHERE {} ORDER BY p.family_name, p.given_names, p.id",
        policy::readable_by_professional("$1", "$2", "$3")
    );
    Ok(sqlx::query_as(&sql)
        .bind(professional_id)
        .bind(now_ms())
        .bind(policy::minor_born_after(db.today()))
        .fetch_all(db.pool())
        .await?)
}

/// The requests this professional sent in the last [`REQUESTS_LISTED_DAYS`], as they typed
/// them, newest first — the same whether a record matched or not — except those a patient
/// answered by letting them read (that patient is then in [`my_patients`], by name; an
/// authorization given for a minor who has since turned 18 no longer counts).
/// Anyone but a professional gets [`Error::NotFound`].
pub async fn sent_requests(db: &Db, actor: &Actor) -> Result<Vec<SentRequest>> {
    let professional_id = professional_account(actor)?;
    Ok(sqlx::query_as(
        "SELECT r.health_id, r.birth_date, r.requested_at FROM access_requests r \
         WHERE r.professional_id = $1 AND r.requested_at > $2 AND NOT EXISTS ( \
           SELECT 1 FROM patient_identifiers i JOIN patients p ON p.id = i.patient_id \
           JOIN consents c ON c.patient_id = p.id AND c.professional_id = r.professional_id \
           WHERE i.system = $3 AND i.value = r.health_id AND p.birth_date = r.birth_date AND c.status = 'authorized' \
           AND (c.given_for_minor = 0 OR p.birth_date > $4)) \
         ORDER BY r.requested_at DESC, r.health_id",
    )
    .bind(professional_id)
    .bind(now_ms() - days(REQUESTS_LISTED_DAYS))
    .bind(patients::INS_SYSTEM)
    .bind(policy::minor_born_after(db.today()))
    .fetch_all(db.pool())
    .await?)
}

/// Asks the patient for access. The professional's list keeps the request as typed whatever
/// happens next; the answer is the same whether the record exists, is already shared, or blocks
/// this professional; the patient is e-mailed when a request becomes pending.
pub async fn request_access(db: &Db, actor: &Actor, patient: &PatientNamed) -> Result<()> {
    let professional_id = professional_account(actor)?.to_string();
    remember_request(db, &professional_id, patient).await?;
    let Some(patient_id) = find(db, patient).await? else { return Ok(()) };
    let mut access =
        match access::open_write(db, actor, Subject::Patient(&patient_id), WriteAction::RequestAccess).await {
            Ok(access) => access,
            Err(Error::NotFound) => return Ok(()),
            Err(other) => return Err(other),
        };
    let (tx, _) = access.parts();
    if super::request(tx, &patient_id, &professional_id, now_ms()).await? {
        let link = db.portal_link("/sharing");
        mail::to_patient(tx, &patient_id, |account| mail::access_requested(account, &link)).await?;
    }
    access.commit().await
}

/// Opens an emergency access for [`EMERGENCY_MINUTES`] with a stated reason, and e-mails the
/// patient. Returns the record's id. Refused (not found) for an unknown record and for a patient
/// who blocked this professional.
pub async fn open_emergency(db: &Db, actor: &Actor, patient: &PatientNamed, reason: &str) -> Result<String> {
    let reason = emergency_reason(reason)?;
    let patient_id = find(db, patient).await?.ok_or(Error::NotFound)?;
    let Actor::Person { account_id: professional_id, .. } = actor else { return Err(Error::NotFound) };
    let id = Uuid::new_v4().to_string();
    let mut access =
        access::open_write_on(db, actor, Subject::Patient(&patient_id), WriteAction::Emergency, Some(&id)).await?;
    let (tx, _) = access.parts();
    let now = now_ms();
    sqlx::query(
        "INSERT INTO emergency_accesses (id, patient_id, professional_id, reason, started_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&id)
    .bind(&patient_id)
    .bind(professional_id)
    .bind(reason)
    .bind(now)
    .bind(now + minutes(EMERGENCY_MINUTES))
    .execute(&mut **tx)
    .await?;
    // Told to whoever can act on the record: its holder, a minor's legal representatives.
    let link = db.portal_link("/history");
    for recipient in mail::who_can_act(tx, &patient_id, db.today()).await? {
        let message = match &recipient {
            mail::Recipient::Holder(account) => mail::emergency_access(account, &link),
            mail::Recipient::Representative { account, child } => mail::emergency_access_for(account, child, &link),
        };
        mail::enqueue(tx, &message).await?;
    }
    access.commit().await?;
    Ok(patient_id)
}

fn days(n: i64) -> i64 {
    hours(24 * n)
}

/// The reason as stored: required, at most [`REASON_MAX_CHARS`], one line.
pub fn emergency_reason(raw: &str) -> Result<&str> {
    if raw.trim().is_empty() {
        return Err(Error::Invalid(Problem::EmergencyReasonMissing));
    }
    single_line(raw, REASON_MAX_CHARS).ok_or(Error::Invalid(Problem::EmergencyReasonInvalid))
}

/// The request as typed, in the professional's own list (sent again: moved to the top).
async fn remember_request(db: &Db, professional_id: &str, patient: &PatientNamed) -> Result<()> {
    sqlx::query(
        "INSERT INTO access_requests (professional_id, health_id, birth_date, requested_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (professional_id, health_id, birth_date) DO UPDATE SET requested_at = excluded.requested_at",
    )
    .bind(professional_id)
    .bind(patient.health_id.as_str())
    .bind(patient.birth_date.to_string())
    .bind(now_ms())
    .execute(db.writer())
    .await?;
    Ok(())
}

/// Forgets requests older than [`REQUESTS_LISTED_DAYS`] (they are no longer listed).
pub async fn sweep_requests(db: &Db) -> Result<()> {
    sqlx::query("DELETE FROM access_requests WHERE requested_at < $1")
        .bind(now_ms() - days(REQUESTS_LISTED_DAYS))
        .execute(db.writer())
        .await?;
    Ok(())
}

async fn find(db: &Db, patient: &PatientNamed) -> Result<Option<String>> {
    let mut tx = db.begin().await?;
    let found = patients::find_by_health_id(&mut tx, &patient.health_id, patient.birth_date).await?;
    tx.commit().await?;
    Ok(found)
}

/// Ends the running emergency accesses of `professional_id` to `patient_id`'s record now (the
/// patient blocked them): they stay in the history, ended at this instant.
pub(crate) async fn end_emergencies(
    tx: &mut Transaction<'static, Any>,
    patient_id: &str,
    professional_id: &str,
) -> Result<()> {
    let now = now_ms();
    sqlx::query(
        "UPDATE emergency_accesses SET expires_at = $1 WHERE patient_id = $2 AND professional_id = $3 \
         AND expires_at > $1",
    )
    .bind(now)
    .bind(patient_id)
    .bind(professional_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
