//! Organisations and their API tokens: how another health system's software authenticates to
//! publish through `POST /fhir/r4`. A token is shown once when created; only its SHA-256 is
//! stored. Revoking keeps the row (so a revoked token is refused as such, and the history stays).

use crate::error::Problem;
use uuid::Uuid;

use crate::clock::now_ms;
use crate::db::Db;
use crate::policy::Actor;
use crate::text::single_line;
use crate::tokens::{hash_token, random_token};
use crate::{Error, Result};

/// Every token starts with this, so that it is recognisable in a leak report or a secret scanner.
pub const TOKEN_PREFIX: &str = "carnet_";

/// A freshly created token: its id (to revoke it) and the secret (shown once).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewToken {
    pub id: String,
    pub organisation: String,
    pub secret: String,
}

/// A token as listed for operators (never the secret).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct TokenSummary {
    pub id: String,
    pub organisation: String,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
    pub last_used_at: Option<i64>,
}

/// Creates a token for the organisation `name` (created too if new).
pub async fn create(db: &Db, name: &str) -> Result<NewToken> {
    let name = single_line(name, 100).ok_or(Error::Invalid(Problem::NameInvalid))?;
    let mut tx = db.begin().await?;
    let existing: Option<String> =
        sqlx::query_scalar("SELECT id FROM organisations WHERE name = $1").bind(name).fetch_optional(&mut *tx).await?;
    let organisation_id = match existing {
        Some(id) => id,
        None => {
            let id = Uuid::new_v4().to_string();
            sqlx::query("INSERT INTO organisations (id, name, created_at) VALUES ($1, $2, $3)")
                .bind(&id)
                .bind(name)
                .bind(now_ms())
                .execute(&mut *tx)
                .await?;
            id
        }
    };
    let secret = format!("{TOKEN_PREFIX}{}", random_token());
    let id = Uuid::new_v4().to_string();
    sqlx::query(
        "INSERT INTO api_tokens (id, token_hash, organisation_id, created_at, revoked_at, last_used_at) \
         VALUES ($1, $2, $3, $4, NULL, NULL)",
    )
    .bind(&id)
    .bind(hash_token(&secret))
    .bind(&organisation_id)
    .bind(now_ms())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(NewToken { id, organisation: name.to_string(), secret })
}

/// Revokes a token by id; the very next request with it is refused. `NotFound` if no such token.
pub async fn revoke(db: &Db, id: &str) -> Result<()> {
    let done = sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
        .bind(now_ms())
        .bind(id)
        .execute(db.writer())
        .await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound);
    }
    Ok(())
}

/// Every token, newest first.
pub async fn list(db: &Db) -> Result<Vec<TokenSummary>> {
    Ok(sqlx::query_as(
        "SELECT t.id, o.name AS organisation, t.created_at, t.revoked_at, t.last_used_at \
         FROM api_tokens t JOIN organisations o ON o.id = t.organisation_id ORDER BY t.created_at DESC, t.id",
    )
    .fetch_all(db.pool())
    .await?)
}

/// The organisation a bearer token stands for, if it is one of ours and not revoked.
pub async fn authenticate(db: &Db, secret: &str) -> Result<Option<Actor>> {
    let well_formed = secret.strip_prefix(TOKEN_PREFIX).is_some_and(crate::tokens::looks_like_token);
    if !well_formed {
        return Ok(None);
    }
    let row: Option<(String, String)> =
        sqlx::query_as("SELECT id, organisation_id FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL")
            .bind(hash_token(secret))
            .fetch_optional(db.pool())
            .await?;
    let Some((token_id, organisation_id)) = row else { return Ok(None) };
    sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
        .bind(now_ms())
        .bind(&token_id)
        .execute(db.writer())
        .await?;
    Ok(Some(Actor::Organisation { id: organisation_id }))
}
