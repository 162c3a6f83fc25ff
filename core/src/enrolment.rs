//! Enrolment and recovery links: random, single-use, expiring, stored hashed.
//!
//! A link lets its holder create a passkey for one account. Checking a link changes nothing;
//! only a completed passkey registration consumes it (in the same transaction).

use sqlx::{Any, Transaction};

use crate::accounts::{self, Account};
use crate::clock::{hours, now_ms};
use crate::db::Db;
use crate::error::LinkProblem;
use crate::tokens::{hash_token, looks_like_token, random_token};
use crate::{Error, Result};

/// Default lifetime of a link.
pub const DEFAULT_TTL_HOURS: i64 = 72;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Purpose {
    Enrol,
    Recovery,
}

impl Purpose {
    fn as_str(self) -> &'static str {
        match self {
            Purpose::Enrol => "enrol",
            Purpose::Recovery => "recovery",
        }
    }

    fn from_stored(purpose: &str) -> Purpose {
        if purpose == Purpose::Recovery.as_str() {
            Purpose::Recovery
        } else {
            Purpose::Enrol
        }
    }
}

/// Creates a link for the account and returns the token (shown once, never stored).
pub async fn issue(
    tx: &mut Transaction<'static, Any>,
    account_id: &str,
    purpose: Purpose,
    ttl_hours: i64,
) -> Result<String> {
    let token = random_token();
    issue_token(tx, account_id, purpose, &token, hours(ttl_hours)).await?;
    Ok(token)
}

/// Stores the link of a `token` made by the caller (the desk's handover, derived rather than
/// kept), valid for `ttl_ms`.
pub async fn issue_token(
    tx: &mut Transaction<'static, Any>,
    account_id: &str,
    purpose: Purpose,
    token: &str,
    ttl_ms: i64,
) -> Result<()> {
    let now = now_ms();
    sqlx::query(
        "INSERT INTO enrolment_links (token_hash, account_id, purpose, created_at, expires_at, used_at) \
         VALUES ($1, $2, $3, $4, $5, NULL)",
    )
    .bind(hash_token(token))
    .bind(account_id)
    .bind(purpose.as_str())
    .bind(now)
    .bind(now + ttl_ms)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The URL a person opens to use the link.
pub fn url(public_url: &url::Url, token: &str) -> String {
    format!("{}/enrol/{token}", public_url.as_str().trim_end_matches('/'))
}

/// Whose link this is, if it can still be used. Read-only.
pub async fn check(db: &Db, token: &str) -> Result<Account> {
    check_with_purpose(db, token).await.map(|(account, _)| account)
}

/// Whose link this is and what it is for (a first passkey, or one that replaces lost ones), if
/// it can still be used. Read-only.
pub async fn check_with_purpose(db: &Db, token: &str) -> Result<(Account, Purpose)> {
    if !looks_like_token(token) {
        return Err(Error::Link(LinkProblem::Unknown));
    }
    let row: Option<(String, String, i64, Option<i64>)> =
        sqlx::query_as("SELECT account_id, purpose, expires_at, used_at FROM enrolment_links WHERE token_hash = $1")
            .bind(hash_token(token))
            .fetch_optional(db.pool())
            .await?;
    match row {
        None => Err(Error::Link(LinkProblem::Unknown)),
        Some((_, _, _, Some(_))) => Err(Error::Link(LinkProblem::Used)),
        Some((_, _, expires_at, None)) if expires_at <= now_ms() => Err(Error::Link(LinkProblem::Expired)),
        Some((account_id, purpose, _, None)) => {
            Ok((accounts::get(db, &account_id).await?, Purpose::from_stored(&purpose)))
        }
    }
}

/// Marks the link used, atomically: of two concurrent attempts only one succeeds.
/// Returns the account it was for and what it was for.
pub async fn consume(tx: &mut Transaction<'static, Any>, token_hash: &str) -> Result<(String, Purpose)> {
    let now = now_ms();
    let used: Option<(String, String)> = sqlx::query_as(
        "UPDATE enrolment_links SET used_at = $1 \
         WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 RETURNING account_id, purpose",
    )
    .bind(now)
    .bind(token_hash)
    .fetch_optional(&mut **tx)
    .await?;
    if let Some((account, purpose)) = used {
        return Ok((account, Purpose::from_stored(&purpose)));
    }
    // Say precisely why: used (perhaps by a ceremony finished in another tab) or expired.
    let used_at: Option<Option<i64>> = sqlx::query_scalar("SELECT used_at FROM enrolment_links WHERE token_hash = $1")
        .bind(token_hash)
        .fetch_optional(&mut **tx)
        .await?;
    Err(Error::Link(match used_at {
        None => LinkProblem::Unknown,
        Some(Some(_)) => LinkProblem::Used,
        Some(None) => LinkProblem::Expired,
    }))
}
