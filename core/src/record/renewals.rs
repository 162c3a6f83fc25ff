//! Renewal requests: the patient (or someone acting for them) asks the prescriber of a current
//! treatment to renew it; the prescriber, in their own space, accepts or declines it with a
//! note; whoever asked is e-mailed that an answer is waiting (no health details in the e-mail).
//!
//! The request goes to the treatment's author when that author is a Carnet account (matched as
//! documents' authors are, [`crate::policy::account_of_author`]) who may read the record: the
//! request shows them a treatment, which only a professional the patient lets read may see. Both
//! acts are policy decisions on the record (`profile.request-renewal`, `profile.answer-renewal`);
//! the prescriber's list is read through the door, one record at a time.

use uuid::Uuid;

use super::health_profile::Kind;
use crate::access::{self, Access};
use crate::accounts;
use crate::clock::now_ms;
use crate::db::Db;
use crate::error::Problem;
use crate::policy::{self, Actor, ProfileChange, ReadAction, Subject, WriteAction};
use crate::text::{looks_like_markup, single_line};
use crate::{Error, Result};

/// Where a request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Pending,
    Accepted,
    Declined,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Accepted => "accepted",
            Status::Declined => "declined",
        }
    }

    fn from_stored(text: &str) -> Status {
        match text {
            "accepted" => Status::Accepted,
            "declined" => Status::Declined,
            _ => Status::Pending,
        }
    }
}

/// A renewal request, as the patient's side and the prescriber see it.
#[derive(Debug, Clone, PartialEq)]
pub struct Renewal {
    pub id: String,
    pub patient_id: String,
    /// Whose record it is ("Given Family").
    pub patient_name: String,
    pub item_id: String,
    /// The treatment, as its prescriber recorded it.
    pub medication: String,
    pub prescriber: String,
    /// Who asked (the patient, or someone for them).
    pub requested_by: String,
    pub message: Option<String>,
    pub status: Status,
    pub answer: Option<String>,
    pub requested_at: i64,
    pub answered_at: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    patient_id: String,
    patient_name: String,
    item_id: String,
    medication: String,
    prescriber: String,
    requested_by: String,
    message: Option<String>,
    status: String,
    answer: Option<String>,
    requested_at: i64,
    answered_at: Option<i64>,
}

impl From<Row> for Renewal {
    fn from(r: Row) -> Renewal {
        Renewal {
            id: r.id,
            patient_id: r.patient_id,
            patient_name: r.patient_name,
            item_id: r.item_id,
            medication: r.medication,
            prescriber: r.prescriber,
            requested_by: r.requested_by,
            message: r.message,
            status: Status::from_stored(&r.status),
            answer: r.answer,
            requested_at: r.requested_at,
            answered_at: r.answered_at,
        }
    }
}

const SELECT: &str = "SELECT r.id, r.patient_id, TRIM(pt.given_names || ' ' || pt.family_name) AS patient_name, \
     r.item_id, i.display AS medication, \
     COALESCE(pa.display_name, '') AS prescriber, COALESCE(ra.display_name, '') AS requested_by, r.message, r.status, \
     r.answer, r.requested_at, r.answered_at FROM renewal_requests r JOIN profile_items i ON i.id = r.item_id \
     JOIN patients pt ON pt.id = r.patient_id \
     LEFT JOIN accounts pa ON pa.id = r.prescriber_id LEFT JOIN accounts ra ON ra.id = r.requested_by";

/// A note or a message: one line, at most 500 characters, no markup; empty is none.
fn note_of(text: &str, problem: Problem) -> Result<Option<String>> {
    match text.trim() {
        "" => Ok(None),
        text => single_line(text, 500)
            .filter(|line| !looks_like_markup(line))
            .map(|line| Some(line.to_string()))
            .ok_or(Error::Invalid(problem)),
    }
}

/// The patient's side asks the prescriber of the current treatment `item_id` to renew it, with
/// an optional message. Refused with a reason the patient can act on when the prescriber is not
/// a Carnet account, may not read the record, or a request is already waiting; another record's
/// item, or one that is not a prescribed treatment, is not found.
pub async fn request(db: &Db, actor: &Actor, item_id: &str, message: &str) -> Result<()> {
    let message = note_of(message, Problem::RenewalMessage)?;
    let action = WriteAction::Profile(ProfileChange::RequestRenewal);
    let mut access = access::open_write_on(db, actor, Subject::OwnRecord, action, Some(item_id)).await?;
    let requested_by = actor.account_id().ok_or(Error::NotFound)?.to_string();
    // A treatment a publisher sent and still taken; anything else is not found.
    let item = match super::health_profile::item(&mut access, item_id).await {
        Ok(item) if item.kind() == Some(Kind::Medication) && !item.is_declared() && item.is_current() => item,
        Ok(_) | Err(Error::NotFound) => {
            access.commit().await?;
            return Err(Error::NotFound);
        }
        Err(other) => return Err(other),
    };
    let (tx, grant) = access.parts();
    let prescriber: Option<String> = match &item.author_id {
        Some(author) => {
            sqlx::query_scalar(&format!("SELECT {}", policy::account_of_author("$1")))
                .bind(author)
                .fetch_one(&mut **tx)
                .await?
        }
        None => None,
    };
    let Some(prescriber) = prescriber else { return Err(Error::Invalid(Problem::RenewalNoPrescriber)) };
    let readable = format!(
        "SELECT COUNT(*) FROM patients p WHERE p.id = $4 AND {}",
        policy::readable_by_professional("$1", "$2", "$3")
    );
    let readable: i64 = sqlx::query_scalar(&readable)
        .bind(&prescriber)
        .bind(now_ms())
        .bind(policy::minor_born_after(db.today()))
        .bind(grant.patient_id())
        .fetch_one(&mut **tx)
        .await?;
    if readable == 0 {
        return Err(Error::Invalid(Problem::RenewalNotReadable));
    }
    let waiting: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM renewal_requests WHERE patient_id = $1 AND item_id = $2 AND status = 'pending'",
    )
    .bind(grant.patient_id())
    .bind(item_id)
    .fetch_one(&mut **tx)
    .await?;
    if waiting > 0 {
        return Err(Error::Invalid(Problem::RenewalPending));
    }
    sqlx::query(
        "INSERT INTO renewal_requests (id, patient_id, item_id, prescriber_id, requested_by, message, status, \
         requested_at) VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7)",
    )
    .bind(Uuid::new_v4().to_string())
    .bind(grant.patient_id())
    .bind(item_id)
    .bind(&prescriber)
    .bind(&requested_by)
    .bind(&message)
    .bind(now_ms())
    .execute(&mut **tx)
    .await?;
    let to = accounts::get_in(tx, &prescriber).await?;
    crate::mail::enqueue(tx, &crate::mail::renewal_requested(&to, &db.portal_link("/patients#renewals-title"))).await?;
    access.commit().await
}

/// The latest request for each treatment of the record (what the patient's side sees beside
/// them), newest first.
pub async fn of_record<K>(access: &mut Access<K>) -> Result<Vec<Renewal>> {
    let (tx, grant) = access.parts();
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "{SELECT} WHERE r.patient_id = $1 AND r.requested_at = (SELECT MAX(o.requested_at) FROM renewal_requests o \
         WHERE o.patient_id = r.patient_id AND o.item_id = r.item_id) ORDER BY r.requested_at DESC"
    ))
    .bind(grant.patient_id())
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows.into_iter().map(Renewal::from).collect())
}

/// How long an answered request stays in the prescriber's list.
const ANSWERED_LISTED_MS: i64 = 30 * 24 * 3600 * 1000;

/// The requests sent to this professional: those waiting, then those answered in the last 30
/// days. Each record's are read through the door (`read.profile`, audited): a record the
/// professional may no longer read shows none.
pub async fn inbox(db: &Db, actor: &Actor) -> Result<Vec<Renewal>> {
    // Whose list this may be is the policy's to say, as for "my patients".
    let professional = crate::sharing::professional::professional_account(actor)?;
    let since = now_ms() - ANSWERED_LISTED_MS;
    let patients: Vec<String> = sqlx::query_scalar(
        "SELECT DISTINCT patient_id FROM renewal_requests WHERE prescriber_id = $1 \
         AND (status = 'pending' OR answered_at > $2)",
    )
    .bind(professional)
    .bind(since)
    .fetch_all(db.pool())
    .await?;
    let mut all = Vec::new();
    for patient in patients {
        let mut access = match access::open_read(db, actor, Subject::Patient(&patient), ReadAction::Profile).await {
            Ok(access) => access,
            Err(Error::NotFound) => continue,
            Err(other) => return Err(other),
        };
        let (tx, grant) = access.parts();
        let rows: Vec<Row> = sqlx::query_as(&format!(
            "{SELECT} WHERE r.patient_id = $1 AND r.prescriber_id = $2 AND (r.status = 'pending' OR r.answered_at > $3)"
        ))
        .bind(grant.patient_id())
        .bind(professional)
        .bind(since)
        .fetch_all(&mut **tx)
        .await?;
        access.commit().await?;
        all.extend(rows.into_iter().map(Renewal::from));
    }
    all.sort_by_key(|r| (r.status != Status::Pending, std::cmp::Reverse(r.requested_at)));
    Ok(all)
}

/// The prescriber answers a request sent to them on `patient_id`'s record (while they may read
/// it), with an optional note; whoever asked is e-mailed. Someone else's request, one already
/// answered or a record they may not read: not found.
pub async fn answer(db: &Db, actor: &Actor, patient_id: &str, id: &str, accept: bool, note: &str) -> Result<()> {
    let note = note_of(note, Problem::RenewalMessage)?;
    let action = WriteAction::Profile(ProfileChange::AnswerRenewal);
    let mut access = access::open_write_on(db, actor, Subject::Patient(patient_id), action, Some(id)).await?;
    let (tx, grant) = access.parts();
    let status = if accept { Status::Accepted } else { Status::Declined };
    let asked_by: Option<String> = sqlx::query_scalar(
        "UPDATE renewal_requests SET status = $1, answer = $2, answered_at = $3 WHERE id = $4 AND patient_id = $5 \
         AND prescriber_id = $6 AND status = 'pending' RETURNING requested_by",
    )
    .bind(status.as_str())
    .bind(&note)
    .bind(now_ms())
    .bind(id)
    .bind(grant.patient_id())
    .bind(actor.account_id())
    .fetch_optional(&mut **tx)
    .await?;
    let Some(asked_by) = asked_by else {
        access.commit().await?;
        return Err(Error::NotFound);
    };
    let to = accounts::get_in(tx, &asked_by).await?;
    crate::mail::enqueue(
        tx,
        &crate::mail::renewal_answered(&to, &db.portal_link("/health#health-current-treatments-title")),
    )
    .await?;
    access.commit().await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_one_line_without_markup() {
        assert_eq!(note_of("  ", Problem::RenewalMessage).unwrap(), None);
        assert_eq!(note_of(" Merci ", Problem::RenewalMessage).unwrap(), Some("Merci".into()));
        for bad in ["<script>x</script>".to_string(), "x".repeat(501), "a\nb".to_string()] {
            assert!(matches!(note_of(&bad, Problem::RenewalMessage), Err(Error::Invalid(Problem::RenewalMessage))));
        }
    }
}
