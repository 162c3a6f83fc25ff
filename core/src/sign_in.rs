//! Sign-in sessions: one row per successful passkey sign-in, checked on every request.
//!
//! The web session (cookie, tower-sessions) only holds the id of a row here. Idle and absolute
//! limits are enforced against the row, and ending the row (sign-out, passkey removal, later
//! recovery) ends the session on the very next request, on every node.

use sqlx::{Any, Transaction};
use uuid::Uuid;

use crate::accounts::{self, Account};
use crate::audit::chain::Entry;
use crate::clock::{hours, minutes, now_ms};
use crate::db::Db;
use crate::Result;

/// How long a session may live.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Ends after this long without a request.
    pub idle_ms: i64,
    /// Ends this long after sign-in, whatever happens.
    pub absolute_ms: i64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { idle_ms: minutes(30), absolute_ms: hours(12) }
    }
}

/// `last_seen_at` is written at most this often, to keep reads cheap.
const TOUCH_EVERY_MS: i64 = 60_000;

/// How long an ended sign-in is kept.
const ENDED_KEPT_MS: i64 = hours(24 * 30);

/// The signed-in person behind a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedIn {
    pub sign_in_id: String,
    pub account: Account,
    /// When the person last proved with a passkey that they are there (ms): at sign-in, then
    /// each "confirm it's me" ([`mark_verified`]).
    pub verified_at: i64,
}

/// How recent a passkey check must be for changes that could lock the person out or let
/// someone else in (adding or removing a passkey, signing the other devices out).
pub const FRESH_VERIFICATION_MS: i64 = crate::clock::minutes(5);

impl SignedIn {
    /// Whether the person proved with a passkey that they are there in the last
    /// [`FRESH_VERIFICATION_MS`]: someone who found the device signed in cannot add their own
    /// passkey, or remove the owner's.
    pub fn freshly_verified(&self, now: i64) -> bool {
        now - self.verified_at <= FRESH_VERIFICATION_MS
    }
}

/// Notes that the person just proved with a passkey that they are there, in this sign-in.
pub async fn mark_verified(db: &Db, sign_in_id: &str) -> Result<()> {
    sqlx::query("UPDATE sign_ins SET verified_at = $1 WHERE id = $2 AND ended_at IS NULL")
        .bind(now_ms())
        .bind(sign_in_id)
        .execute(db.writer())
        .await?;
    Ok(())
}

/// Records a sign-in and returns its id.
pub async fn begin(tx: &mut Transaction<'static, Any>, account_id: &str, passkey_id: Option<&str>) -> Result<String> {
    let id = Uuid::new_v4().to_string();
    let now = now_ms();
    sqlx::query(
        "INSERT INTO sign_ins (id, account_id, passkey_id, created_at, last_seen_at, ended_at) \
         VALUES ($1, $2, $3, $4, $4, NULL)",
    )
    .bind(&id)
    .bind(account_id)
    .bind(passkey_id)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    let reason = if passkey_id.is_some() { "passkey" } else { "enrolment" };
    audit_sign_in(tx, account_id, true, reason).await?;
    Ok(id)
}

/// Audits a refused sign-in of a known account (an assertion that does not verify), in a
/// transaction of its own: probing is visible in the log.
pub async fn refused(db: &Db, account_id: &str, reason: &'static str) -> Result<()> {
    let mut tx = db.begin().await?;
    audit_sign_in(&mut tx, account_id, false, reason).await?;
    tx.commit().await?;
    Ok(())
}

async fn audit_sign_in(
    tx: &mut Transaction<'static, Any>,
    account_id: &str,
    allowed: bool,
    reason: &str,
) -> Result<()> {
    let entry =
        crate::audit::chain::Entry { allowed, ..Entry::by_person(account_id, "person", "auth.sign-in", reason) };
    crate::audit::chain::append(tx, &entry).await
}

/// The signed-in person for a session, or `None` if the sign-in ended or timed out
/// (in which case it is ended now).
pub async fn resolve(db: &Db, sign_in_id: &str, limits: Limits) -> Result<Option<SignedIn>> {
    // (account, created, last seen, ended, verified)
    type Row = (String, i64, i64, Option<i64>, Option<i64>);
    let row: Option<Row> = sqlx::query_as(
        "SELECT account_id, created_at, last_seen_at, ended_at, verified_at FROM sign_ins WHERE id = $1",
    )
    .bind(sign_in_id)
    .fetch_optional(db.pool())
    .await?;
    let Some((account_id, created_at, last_seen_at, ended_at, verified_at)) = row else {
        return Ok(None);
    };
    if ended_at.is_some() {
        return Ok(None);
    }
    let now = now_ms();
    if now - last_seen_at > limits.idle_ms || now - created_at > limits.absolute_ms {
        end(db, sign_in_id).await?;
        return Ok(None);
    }
    if now - last_seen_at > TOUCH_EVERY_MS {
        sqlx::query("UPDATE sign_ins SET last_seen_at = $1 WHERE id = $2 AND ended_at IS NULL")
            .bind(now)
            .bind(sign_in_id)
            .execute(db.writer())
            .await?;
    }
    let account = accounts::get(db, &account_id).await?;
    let verified_at = verified_at.unwrap_or(created_at);
    Ok(Some(SignedIn { sign_in_id: sign_in_id.to_string(), account, verified_at }))
}

/// Ends one sign-in (sign-out).
pub async fn end(db: &Db, sign_in_id: &str) -> Result<()> {
    sqlx::query("UPDATE sign_ins SET ended_at = $1 WHERE id = $2 AND ended_at IS NULL")
        .bind(now_ms())
        .bind(sign_in_id)
        .execute(db.writer())
        .await?;
    Ok(())
}

/// Ends every sign-in made with a passkey, except `keep` (the session doing the removal).
pub async fn end_for_passkey(tx: &mut Transaction<'static, Any>, passkey_id: &str, keep: &str) -> Result<u64> {
    let done = sqlx::query("UPDATE sign_ins SET ended_at = $1 WHERE passkey_id = $2 AND id <> $3 AND ended_at IS NULL")
        .bind(now_ms())
        .bind(passkey_id)
        .bind(keep)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected())
}

/// A running sign-in of an account, as its owner sees it on the account page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Device {
    pub created_at: i64,
    pub last_seen_at: i64,
    /// The passkey it was signed in with (its name as given), if it still exists.
    pub passkey_name: Option<String>,
    /// The sign-in of the request asking.
    pub current: bool,
}

/// The account's sign-ins still running (not ended, within the limits), the most recently seen
/// first, at most 20.
pub async fn running(db: &Db, account_id: &str, current: &str, limits: Limits) -> Result<Vec<Device>> {
    let now = now_ms();
    let rows: Vec<(String, i64, i64, Option<String>)> = sqlx::query_as(
        "SELECT s.id, s.created_at, s.last_seen_at, p.name FROM sign_ins s \
         LEFT JOIN passkeys p ON p.id = s.passkey_id \
         WHERE s.account_id = $1 AND s.ended_at IS NULL AND s.last_seen_at >= $2 AND s.created_at >= $3 \
         ORDER BY s.last_seen_at DESC, s.id LIMIT 20",
    )
    .bind(account_id)
    .bind(now - limits.idle_ms)
    .bind(now - limits.absolute_ms)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, created_at, last_seen_at, passkey_name)| Device {
            created_at,
            last_seen_at,
            passkey_name,
            current: id == current,
        })
        .collect())
}

/// Ends every sign-in of the account but `keep` (the person signing out their other devices).
/// Returns how many.
pub async fn end_others(db: &Db, account_id: &str, keep: &str) -> Result<u64> {
    let done = sqlx::query("UPDATE sign_ins SET ended_at = $1 WHERE account_id = $2 AND id <> $3 AND ended_at IS NULL")
        .bind(now_ms())
        .bind(account_id)
        .bind(keep)
        .execute(db.writer())
        .await?;
    Ok(done.rows_affected())
}

/// Ends every sign-in of an account (a recovery started at the desk). Returns how many.
pub async fn end_all(tx: &mut Transaction<'static, Any>, account_id: &str) -> Result<u64> {
    let done = sqlx::query("UPDATE sign_ins SET ended_at = $1 WHERE account_id = $2 AND ended_at IS NULL")
        .bind(now_ms())
        .bind(account_id)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected())
}

/// When the person was last seen before this sign-in (the end of their previous visit), if they
/// had one: what "new since your last visit" is measured from.
pub async fn previous_visit(db: &Db, account_id: &str, current_sign_in: &str) -> Result<Option<i64>> {
    Ok(sqlx::query_scalar("SELECT MAX(last_seen_at) FROM sign_ins WHERE account_id = $1 AND id <> $2")
        .bind(account_id)
        .bind(current_sign_in)
        .fetch_one(db.pool())
        .await?)
}

/// Forgets sign-ins ended more than [`ENDED_KEPT_MS`] ago (periodic clean-up).
pub async fn sweep_ended(db: &Db) -> Result<()> {
    sqlx::query("DELETE FROM sign_ins WHERE ended_at IS NOT NULL AND ended_at < $1")
        .bind(now_ms() - ENDED_KEPT_MS)
        .execute(db.writer())
        .await?;
    Ok(())
}
