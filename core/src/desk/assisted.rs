//! Assisted sessions: with the patient present, a staff member opens a session for that patient
//! only, once the patient approves it — with their own passkey on the desk device, or by reading
//! back a 6-digit code e-mailed to them (valid 10 minutes, 5 wrong tries, 3 codes per session,
//! single use). The session lives inside the staff member's sign-in, is short (5 minutes idle,
//! 30 at most, read on every request by the policy too), and ends with one button.

use crate::error::Problem;
use rand::RngCore;
use sha2::{Digest, Sha256};
use sqlx::{Any, Transaction};
use uuid::Uuid;

use super::{audit_desk, desk_person, find_patient};
use crate::clock::{minutes, now_ms};
use crate::db::Db;
use crate::passkeys::{Passkeys, PublicKeyCredential, RequestChallengeResponse, Started};
use crate::policy::{self, AccountAction, Actor};
use crate::record::publish::PatientNamed;
use crate::{Error, Result};

/// A code can be typed for this long after it was sent.
pub const CODE_TTL_MS: i64 = minutes(10);
/// Wrong codes typed before the code is spent.
pub const CODE_ATTEMPTS: i64 = 5;
/// Codes sent per session.
pub const CODES_PER_SESSION: i64 = 3;

/// `last_seen_at` is written at most this often.
const TOUCH_EVERY_MS: i64 = 30_000;

/// A session as the desk's pages show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub id: String,
    pub patient_id: String,
    pub patient_name: String,
    pub staff_name: String,
    /// When the code last sent stops working, if one was sent.
    pub code_expires_at: Option<i64>,
    pub codes_sent: i64,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    patient_id: String,
    patient_name: String,
    staff_name: String,
    approved_at: Option<i64>,
    code_expires_at: Option<i64>,
    codes_sent: i64,
    last_seen_at: i64,
    ended_at: Option<i64>,
}

const SELECT: &str = "SELECT s.id, s.patient_id, \
     COALESCE(NULLIF(TRIM(p.given_names || ' ' || p.family_name), ''), '') AS patient_name, \
     a.display_name AS staff_name, s.approved_at, s.code_expires_at, s.codes_sent, \
     s.last_seen_at, s.ended_at \
     FROM assisted_sessions s JOIN patients p ON p.id = s.patient_id JOIN accounts a ON a.id = s.staff_account_id";

impl Row {
    fn into_session(self) -> Session {
        Session {
            id: self.id,
            patient_id: self.patient_id,
            patient_name: self.patient_name,
            staff_name: self.staff_name,
            code_expires_at: self.code_expires_at,
            codes_sent: self.codes_sent,
        }
    }
}

/// Who is at the desk: the staff member and the sign-in the session belongs to.
#[derive(Debug, Clone, Copy)]
pub struct Desk<'a> {
    pub actor: &'a Actor,
    pub sign_in_id: &'a str,
}

impl Desk<'_> {
    fn staff(&self) -> Result<&str> {
        desk_person(self.actor, AccountAction::RunAssistedSession)
    }
}

/// Starts a session for the patient named by INS and birth date, pending their approval. The
/// patient needs an account (they approve with it): otherwise `error-desk-no-account`. Any
/// other session of this sign-in ends. Returns the session's id.
pub async fn start(db: &Db, desk: Desk<'_>, patient: &PatientNamed) -> Result<String> {
    let staff = desk.staff()?;
    let mut tx = db.begin().await?;
    let Some((patient_id, Some(_))) = find_patient(&mut tx, patient).await? else {
        return Err(Error::Invalid(Problem::DeskNoAccount));
    };
    let now = now_ms();
    sqlx::query("UPDATE assisted_sessions SET ended_at = $1 WHERE sign_in_id = $2 AND ended_at IS NULL")
        .bind(now)
        .bind(desk.sign_in_id)
        .execute(&mut *tx)
        .await?;
    let id = Uuid::new_v4().to_string();
    sqlx::query(
        "INSERT INTO assisted_sessions (id, staff_account_id, sign_in_id, patient_id, created_at, last_seen_at) \
         VALUES ($1, $2, $3, $4, $5, $5)",
    )
    .bind(&id)
    .bind(staff)
    .bind(desk.sign_in_id)
    .bind(&patient_id)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    audit_desk(
        &mut tx,
        staff,
        &patient_id,
        "desk.assist-start",
        Some(&id),
        Some(&policy::through_assisted_session(&id)),
        "identity-checked",
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// A session of this desk's sign-in still waiting for the patient's approval.
pub async fn pending(db: &Db, desk: Desk<'_>, id: &str) -> Result<Session> {
    let staff = desk.staff()?;
    let row: Option<Row> = sqlx::query_as(&format!(
        "{SELECT} WHERE s.id = $1 AND s.staff_account_id = $2 AND s.sign_in_id = $3 AND s.approved_at IS NULL \
         AND s.ended_at IS NULL"
    ))
    .bind(id)
    .bind(staff)
    .bind(desk.sign_in_id)
    .fetch_optional(db.pool())
    .await?;
    row.map(Row::into_session).ok_or(Error::NotFound)
}

/// E-mails the patient a fresh 6-digit code for a pending session (the previous one stops
/// working). At most [`CODES_PER_SESSION`] per session: `error-desk-code-limit`.
pub async fn send_code(db: &Db, desk: Desk<'_>, id: &str) -> Result<()> {
    let session = pending(db, desk, id).await?;
    if session.codes_sent >= CODES_PER_SESSION {
        return Err(Error::Invalid(Problem::DeskCodeLimit));
    }
    let code = six_digits();
    let mut tx = db.begin().await?;
    let now = now_ms();
    let updated = sqlx::query(
        "UPDATE assisted_sessions SET code_hash = $1, code_expires_at = $2, code_attempts = 0, \
         codes_sent = codes_sent + 1 WHERE id = $3 AND approved_at IS NULL AND ended_at IS NULL AND codes_sent < $4",
    )
    .bind(code_hash(id, &code))
    .bind(now + CODE_TTL_MS)
    .bind(id)
    .bind(CODES_PER_SESSION)
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() == 0 {
        return Err(Error::Invalid(Problem::DeskCodeLimit));
    }
    let staff = session.staff_name.clone();
    crate::mail::to_patient(&mut tx, &session.patient_id, |patient| {
        crate::mail::assisted_session_code(patient, &code, &staff).valid_until(now + CODE_TTL_MS)
    })
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Approves a pending session with the code the patient reads back. A wrong code counts
/// against [`CODE_ATTEMPTS`]; the right one works once.
pub async fn approve_with_code(db: &Db, desk: Desk<'_>, id: &str, typed: &str) -> Result<()> {
    let staff = desk.staff()?.to_string();
    let typed: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    let mut tx = db.begin().await?;
    let row: Option<(Option<String>, Option<i64>, i64, String)> = sqlx::query_as(
        "SELECT code_hash, code_expires_at, code_attempts, patient_id FROM assisted_sessions \
         WHERE id = $1 AND staff_account_id = $2 AND sign_in_id = $3 AND approved_at IS NULL AND ended_at IS NULL",
    )
    .bind(id)
    .bind(&staff)
    .bind(desk.sign_in_id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((hash, expires_at, attempts, patient_id)) = row else { return Err(Error::NotFound) };
    let now = now_ms();
    let Some(hash) = hash.filter(|_| expires_at.is_some_and(|end| end > now)) else {
        return Err(Error::Invalid(Problem::DeskCodeExpired));
    };
    if attempts >= CODE_ATTEMPTS {
        return Err(Error::Invalid(Problem::DeskCodeAttempts));
    }
    if typed.len() != 6 || !typed.bytes().all(|b| b.is_ascii_digit()) || code_hash(id, &typed) != hash {
        sqlx::query("UPDATE assisted_sessions SET code_attempts = code_attempts + 1 WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        return Err(Error::Invalid(Problem::DeskCodeWrong));
    }
    approve(&mut tx, id, &staff, &patient_id, "code").await?;
    tx.commit().await?;
    Ok(())
}

/// Starts the patient's passkey approval of a pending session: a sign-in ceremony for the
/// patient's account only, which signs nobody in.
pub async fn start_passkey_approval(
    db: &Db,
    passkeys: &Passkeys,
    desk: Desk<'_>,
    id: &str,
) -> Result<Started<RequestChallengeResponse>> {
    let session = pending(db, desk, id).await?;
    let account = patient_account(db, &session.patient_id).await?;
    passkeys.start_approval(db, &account).await
}

/// Finishes it: the passkey must be one of the patient's, verified like a sign-in.
pub async fn finish_passkey_approval(
    db: &Db,
    passkeys: &Passkeys,
    desk: Desk<'_>,
    id: &str,
    ceremony: &str,
    credential: &PublicKeyCredential,
) -> Result<()> {
    let session = pending(db, desk, id).await?;
    let account = patient_account(db, &session.patient_id).await?;
    passkeys.finish_approval(db, ceremony, credential, &account).await?;
    let staff = desk.staff()?.to_string();
    let mut tx = db.begin().await?;
    approve(&mut tx, id, &staff, &session.patient_id, "passkey").await?;
    tx.commit().await?;
    Ok(())
}

async fn patient_account(db: &Db, patient_id: &str) -> Result<String> {
    let account: Option<Option<String>> = sqlx::query_scalar("SELECT account_id FROM patients WHERE id = $1")
        .bind(patient_id)
        .fetch_optional(db.pool())
        .await?;
    account.flatten().ok_or(Error::NotFound)
}

/// Marks the session approved (once: of two approvals only one counts) and audits it.
async fn approve(tx: &mut Transaction<'static, Any>, id: &str, staff: &str, patient_id: &str, by: &str) -> Result<()> {
    let now = now_ms();
    let approved = sqlx::query(
        "UPDATE assisted_sessions SET approved_at = $1, approved_by = $2, last_seen_at = $1, code_hash = NULL \
         WHERE id = $3 AND approved_at IS NULL AND ended_at IS NULL",
    )
    .bind(now)
    .bind(by)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    if approved.rows_affected() == 0 {
        return Err(Error::NotFound);
    }
    audit_desk(tx, staff, patient_id, "desk.assist-approve", Some(id), Some(&policy::through_assisted_session(id)), by)
        .await
}

/// The approved session a sign-in runs, if it is still within its limits. One past them is
/// ended now (and `None` returned: the caller ends the sign-in too). Touches `last_seen_at`.
pub async fn current(db: &Db, staff_account_id: &str, sign_in_id: &str, id: &str) -> Result<Option<Session>> {
    let row: Option<Row> = sqlx::query_as(&format!(
        "{SELECT} WHERE s.id = $1 AND s.staff_account_id = $2 AND s.sign_in_id = $3 AND s.approved_at IS NOT NULL"
    ))
    .bind(id)
    .bind(staff_account_id)
    .bind(sign_in_id)
    .fetch_optional(db.pool())
    .await?;
    let Some(row) = row else { return Ok(None) };
    if row.ended_at.is_some() {
        return Ok(None);
    }
    let now = now_ms();
    let facts =
        policy::AssistedFacts { approved_at: row.approved_at, ended_at: row.ended_at, last_seen_at: row.last_seen_at };
    if !policy::assisted_running(&facts, now) {
        end_row(db, id).await?;
        return Ok(None);
    }
    if now - row.last_seen_at > TOUCH_EVERY_MS {
        sqlx::query("UPDATE assisted_sessions SET last_seen_at = $1 WHERE id = $2 AND ended_at IS NULL")
            .bind(now)
            .bind(id)
            .execute(db.writer())
            .await?;
    }
    Ok(Some(row.into_session()))
}

/// Ends a session (the staff member's button, or a sign-out), audited.
pub async fn end(db: &Db, staff_account_id: &str, id: &str) -> Result<()> {
    let mut tx = db.begin().await?;
    let ended: Option<String> = sqlx::query_scalar(
        "UPDATE assisted_sessions SET ended_at = $1 WHERE id = $2 AND staff_account_id = $3 AND ended_at IS NULL \
         RETURNING patient_id",
    )
    .bind(now_ms())
    .bind(id)
    .bind(staff_account_id)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(patient_id) = ended {
        let through = policy::through_assisted_session(id);
        audit_desk(
            &mut tx,
            staff_account_id,
            &patient_id,
            "desk.assist-end",
            Some(id),
            Some(&through),
            "identity-checked",
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

async fn end_row(db: &Db, id: &str) -> Result<()> {
    sqlx::query("UPDATE assisted_sessions SET ended_at = $1 WHERE id = $2 AND ended_at IS NULL")
        .bind(now_ms())
        .bind(id)
        .execute(db.writer())
        .await?;
    Ok(())
}

/// Six random digits, uniformly drawn.
fn six_digits() -> String {
    loop {
        let n = rand::rngs::OsRng.next_u32();
        // Reject the top sliver so that every code is equally likely.
        if n < u32::MAX - u32::MAX % 1_000_000 {
            return format!("{:06}", n % 1_000_000);
        }
    }
}

/// What is stored of a code: SHA-256 over the session id and the code, so a code is only ever
/// good for its own session.
fn code_hash(session_id: &str, code: &str) -> String {
    hex::encode(Sha256::digest(format!("{session_id}:{code}").as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_six_digits_and_bound_to_their_session() {
        for _ in 0..100 {
            let code = six_digits();
            assert_eq!(code.len(), 6);
            assert!(code.bytes().all(|b| b.is_ascii_digit()));
        }
        assert_ne!(code_hash("a", "123456"), code_hash("b", "123456"));
        assert_eq!(code_hash("a", "123456"), code_hash("a", "123456"));
    }
}
