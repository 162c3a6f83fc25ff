//! The operator's report of failed identifications: publications (through `POST /fhir/r4` or the
//! portal's forms) that named no record — an unknown INS, or a birth date that does not match —
//! counted per publisher from the audit log, where each refusal is a row. The same count over
//! the last hour stops a publisher at [`crate::record::import::IDENTIFY_LIMIT`]: it is probing
//! identities or its feed is broken, and the operator calls them.

use sqlx::{Any, FromRow, Transaction};

use crate::clock::now_ms;
use crate::db::Db;
use crate::policy::{Actor, Refusal, WriteAction};
use crate::Result;

/// One publisher's failed identifications since the report's start.
#[derive(Debug, Clone, PartialEq, Eq, FromRow)]
pub struct FailedIdentifications {
    /// `organisation` (software with a token) or `account` (a professional in the portal).
    pub actor_kind: String,
    pub actor_id: String,
    /// The organisation's or the professional's name (empty if it no longer exists).
    pub name: String,
    pub failures: i64,
    /// When the last one was refused (ms since the epoch).
    pub last_at: i64,
}

/// Failed identifications per publisher since `since_ms`, most first.
pub async fn since(db: &Db, since_ms: i64) -> Result<Vec<FailedIdentifications>> {
    // The reason is written as the partial index's condition (`audit_log_unknown_record`), a
    // literal the planners match, so this reads only refusals, however long the log.
    let unknown_record = Refusal::UnknownRecord.as_str();
    let sql = format!(
        "SELECT l.actor_kind, l.actor_id, \
         COALESCE(o.name, a.display_name, '') AS name, COUNT(*) AS failures, MAX(l.at) AS last_at \
         FROM audit_log l LEFT JOIN organisations o ON l.actor_kind = 'organisation' AND o.id = l.actor_id \
         LEFT JOIN accounts a ON l.actor_kind = 'account' AND a.id = l.actor_id \
         WHERE l.reason = '{unknown_record}' AND l.at >= $1 AND l.action = $2 \
         GROUP BY l.actor_kind, l.actor_id, o.name, a.display_name ORDER BY failures DESC, l.actor_id"
    );
    let rows: Vec<FailedIdentifications> =
        sqlx::query_as(&sql).bind(since_ms).bind(WriteAction::Publish.as_str()).fetch_all(db.pool()).await?;
    Ok(rows)
}

/// How many of `actor`'s publications named no record in the last `window_ms`, as `tx` sees it.
pub async fn recent(tx: &mut Transaction<'static, Any>, actor: &Actor, window_ms: i64) -> Result<i64> {
    let actor_id = match actor {
        Actor::Organisation { id } => id.as_str(),
        Actor::Person { account_id, .. } => account_id.as_str(),
        Actor::Operator => return Ok(0),
    };
    let unknown_record = Refusal::UnknownRecord.as_str();
    let sql = format!(
        "SELECT COUNT(*) FROM audit_log WHERE reason = '{unknown_record}' AND actor_id = $1 AND at >= $2 AND action = $3"
    );
    Ok(sqlx::query_scalar(&sql)
        .bind(actor_id)
        .bind(now_ms() - window_ms)
        .bind(WriteAction::Publish.as_str())
        .fetch_one(&mut **tx)
        .await?)
}
