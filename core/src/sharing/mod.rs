//! Who may read a patient's record: the patient's decision about each professional (authorize,
//! revoke, block, unblock, approve or refuse a request), the professional directory they choose
//! from, documents hidden from professionals, and the professionals' side (their patients,
//! access requests, emergency access).
//!
//! Every change goes through the policy (`WriteAction::Share`, `RequestAccess`, `Emergency`),
//! which audits it in the transaction that makes it. This module alone writes `consents` (the
//! professionals' side asks it to, for a request). The policy reads these tables on every
//! decision, so a change applies to the professional's very next request.

pub mod directory;
pub mod first_read;
pub mod professional;
pub mod visibility;

use crate::error::Problem;
use sqlx::{Any, Transaction};

use crate::access;
use crate::access::Access;
use crate::clock::now_ms;
use crate::db::Db;
use crate::policy::{self, Actor, Read, ShareChange, Subject, WriteAction};
use crate::{Error, Result};

pub use directory::Professional;

/// A professional the patient made a decision about, with when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub professional: Professional,
    pub since: i64,
}

/// The patient's sharing page: who can read, who is blocked, who asked, and the default for new
/// documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overview {
    pub authorized: Vec<Decision>,
    /// Authorizations given by a legal representative while the patient was a minor, which
    /// ended at 18: the young adult keeps (authorizes again) or removes each.
    pub to_review: Vec<Decision>,
    pub blocked: Vec<Decision>,
    pub requests: Vec<Decision>,
    /// Emergency accesses still running: (professional, reason, ends at).
    pub emergencies: Vec<(Professional, String, i64)>,
    pub hide_new_documents: bool,
}

#[derive(sqlx::FromRow)]
struct ConsentRow {
    status: String,
    given_for_minor: i64,
    changed_at: i64,
    requested_at: Option<i64>,
    #[sqlx(flatten)]
    professional: Professional,
}

#[derive(sqlx::FromRow)]
struct EmergencyRow {
    reason: String,
    expires_at: i64,
    #[sqlx(flatten)]
    professional: Professional,
}

/// The sharing page's data (a read of the patient's own record, audited like any), as of the
/// clinic's day `today`.
pub async fn overview(access: &mut Access<Read>, today: jiff::civil::Date) -> Result<Overview> {
    let (tx, grant) = access.parts();
    let patient_id = grant.patient_id().to_string();
    let sql = format!(
        "SELECT c.status, c.given_for_minor, c.changed_at, c.requested_at, {} FROM consents c {} \
         WHERE c.patient_id = $1 AND c.status <> 'none' ORDER BY a.display_name, a.id",
        directory::COLUMNS,
        directory::JOIN_ON_PROFESSIONAL_ID
    );
    let rows: Vec<ConsentRow> =
        sqlx::query_as(&sql.replace("{pid}", "c.professional_id")).bind(&patient_id).fetch_all(&mut **tx).await?;
    let birth: Option<String> = sqlx::query_scalar("SELECT birth_date FROM patients WHERE id = $1")
        .bind(&patient_id)
        .fetch_one(&mut **tx)
        .await?;
    let minor = policy::is_minor(birth.and_then(|b| b.parse().ok()), today);
    let mut overview = Overview {
        authorized: vec![],
        to_review: vec![],
        blocked: vec![],
        requests: vec![],
        emergencies: vec![],
        hide_new_documents: visibility::hides_new_documents(tx, &patient_id).await?,
    };
    for row in rows {
        let (professional, since) = (row.professional, row.changed_at);
        match row.status.as_str() {
            "authorized" if row.given_for_minor == 1 && !minor => {
                overview.to_review.push(Decision { professional, since })
            }
            "authorized" => overview.authorized.push(Decision { professional, since }),
            "blocked" => overview.blocked.push(Decision { professional, since }),
            "requested" => overview.requests.push(Decision { professional, since: row.requested_at.unwrap_or(since) }),
            _ => {}
        }
    }
    let sql = format!(
        "SELECT e.reason, e.expires_at, {} FROM emergency_accesses e {} \
         WHERE e.patient_id = $1 AND e.expires_at > $2 ORDER BY e.expires_at",
        directory::COLUMNS,
        directory::JOIN_ON_PROFESSIONAL_ID
    );
    let rows: Vec<EmergencyRow> = sqlx::query_as(&sql.replace("{pid}", "e.professional_id"))
        .bind(&patient_id)
        .bind(now_ms())
        .fetch_all(&mut **tx)
        .await?;
    overview.emergencies = rows.into_iter().map(|r| (r.professional, r.reason, r.expires_at)).collect();
    Ok(overview)
}

/// How many authorizations given while the patient was a minor await their review, now that
/// they are 18 ([`Overview::to_review`]): what their home page asks them to look at.
pub async fn authorizations_to_review<K>(access: &mut Access<K>, today: jiff::civil::Date) -> Result<i64> {
    let (tx, grant) = access.parts();
    let waiting: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM consents c JOIN patients p ON p.id = c.patient_id WHERE c.patient_id = $1 \
         AND c.status = 'authorized' AND c.given_for_minor = 1 AND p.birth_date <= $2",
    )
    .bind(grant.patient_id())
    .bind(policy::minor_born_after(today))
    .fetch_one(&mut **tx)
    .await?;
    Ok(waiting)
}

/// The patient changes their decision about a professional. Unknown professionals (forged ids,
/// accounts that are not professionals) are refused with `error-sharing-unknown-professional`;
/// approving or refusing a request that is no longer pending with `error-sharing-no-request`;
/// someone acting for the patient authorizing themselves with `error-sharing-self`. An
/// authorization given while the patient is a minor holds until their 18th birthday unless the
/// young adult confirms it (authorizes again, [`Overview::to_review`]).
pub async fn decide(db: &Db, actor: &Actor, professional_id: &str, change: ShareChange) -> Result<()> {
    // (new status, statuses it may replace)
    let (status, from): (&str, &[&str]) = match change {
        ShareChange::Authorize => ("authorized", &["none", "requested", "authorized", "blocked"]),
        ShareChange::Block => ("blocked", &["none", "requested", "authorized", "blocked"]),
        ShareChange::Revoke => ("none", &["authorized"]),
        ShareChange::Unblock => ("none", &["blocked"]),
        ShareChange::Approve => ("authorized", &["requested"]),
        ShareChange::Refuse => ("none", &["requested"]),
        // Documents have their own door (`visibility`).
        ShareChange::HideDocument | ShareChange::ShowDocument | ShareChange::HideNewDocuments => {
            return Err(Error::Invalid(Problem::BadRequest))
        }
    };
    let action = WriteAction::Share(change);
    let mut access = access::open_write_on(db, actor, Subject::OwnRecord, action, Some(professional_id)).await?;
    let (tx, grant) = access.parts();
    let patient_id = grant.patient_id().to_string();
    if directory::get_in(tx, professional_id).await?.is_none() {
        return Err(Error::Invalid(Problem::SharingUnknownProfessional));
    }
    // A representative (or caregiver) who is a professional never lets themselves in.
    if matches!(change, ShareChange::Authorize | ShareChange::Approve) && actor.account_id() == Some(professional_id) {
        return Err(Error::Invalid(Problem::SharingSelf));
    }
    let birth: Option<String> = sqlx::query_scalar("SELECT birth_date FROM patients WHERE id = $1")
        .bind(&patient_id)
        .fetch_one(&mut **tx)
        .await?;
    let for_minor = policy::is_minor(birth.and_then(|b| b.parse().ok()), db.today());
    let changed = set_status(tx, &patient_id, professional_id, status, from, for_minor).await?;
    // A block ends the professional's running emergency accesses for good: unblocking later
    // does not bring them back.
    if changed && change == ShareChange::Block {
        professional::end_emergencies(tx, &patient_id, professional_id).await?;
    }
    if !changed && matches!(change, ShareChange::Approve | ShareChange::Refuse) {
        return Err(Error::Invalid(Problem::SharingNoRequest));
    }
    access.commit().await
}

/// Moves the pair's status to `status` if it is now one of `from` (a missing row counts as
/// 'none'), noting whether it was decided while the patient is a minor. One statement, so
/// concurrent changes each apply whole, in some order.
async fn set_status(
    tx: &mut Transaction<'static, Any>,
    patient_id: &str,
    professional_id: &str,
    status: &str,
    from: &[&str],
    for_minor: bool,
) -> Result<bool> {
    let allowed = from.iter().map(|s| format!("'{s}'")).collect::<Vec<_>>().join(", ");
    let now = now_ms();
    let result = if from.contains(&"none") {
        sqlx::query(&format!(
            "INSERT INTO consents (patient_id, professional_id, status, changed_at, given_for_minor) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (patient_id, professional_id) DO UPDATE SET \
             status = excluded.status, changed_at = excluded.changed_at, given_for_minor = excluded.given_for_minor \
             WHERE consents.status IN ({allowed})"
        ))
        .bind(patient_id)
        .bind(professional_id)
        .bind(status)
        .bind(now)
        .bind(i32::from(for_minor))
        .execute(&mut **tx)
        .await?
    } else {
        sqlx::query(&format!(
            "UPDATE consents SET status = $1, changed_at = $2, given_for_minor = $5 WHERE patient_id = $3 \
             AND professional_id = $4 AND status IN ({allowed})"
        ))
        .bind(status)
        .bind(now)
        .bind(patient_id)
        .bind(professional_id)
        .bind(i32::from(for_minor))
        .execute(&mut **tx)
        .await?
    };
    Ok(result.rows_affected() > 0)
}

/// A professional's request for access becomes pending, unless the patient already decided
/// about them (authorized or blocked: left as it is). Returns whether it is now pending.
async fn request(
    tx: &mut Transaction<'static, Any>,
    patient_id: &str,
    professional_id: &str,
    now: i64,
) -> Result<bool> {
    let pending = sqlx::query(
        "INSERT INTO consents (patient_id, professional_id, status, changed_at, requested_at) \
         VALUES ($1, $2, 'requested', $3, $3) ON CONFLICT (patient_id, professional_id) DO UPDATE \
         SET status = 'requested', changed_at = excluded.changed_at, requested_at = excluded.requested_at \
         WHERE consents.status = 'none'",
    )
    .bind(patient_id)
    .bind(professional_id)
    .bind(now)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    Ok(pending > 0)
}
