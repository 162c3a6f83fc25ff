//! Practices: organisations the administrator creates at the command line, whose members
//! (professionals) share the inbox of the conversations written to the practice. A member sees
//! one only for a record they may read (the policy's rule, applied by the lists and the door).

use uuid::Uuid;

use crate::accounts::Role;
use crate::clock::now_ms;
use crate::db::Db;
use crate::error::Problem;
use crate::text::single_line;
use crate::{Error, Result};

/// A practice by name: its id (made if there is none by that name).
pub async fn create(db: &Db, name: &str) -> Result<String> {
    let name = single_line(name, 200).ok_or(Error::Invalid(Problem::PracticeName))?;
    let id: Option<String> =
        sqlx::query_scalar("SELECT id FROM practices WHERE name = $1").bind(name).fetch_optional(db.pool()).await?;
    if let Some(id) = id {
        return Ok(id);
    }
    let id = Uuid::new_v4().to_string();
    sqlx::query("INSERT INTO practices (id, name, created_at) VALUES ($1, $2, $3)")
        .bind(&id)
        .bind(name)
        .bind(now_ms())
        .execute(db.writer())
        .await?;
    Ok(id)
}

/// Makes the professional with this e-mail address a member of the practice named `name`.
/// Someone who is not a professional, or a practice that does not exist, is not found.
pub async fn add_member(db: &Db, name: &str, email: &str) -> Result<()> {
    let practice: String = sqlx::query_scalar("SELECT id FROM practices WHERE name = $1")
        .bind(name.trim())
        .fetch_optional(db.pool())
        .await?
        .ok_or(Error::NotFound)?;
    let professional: String = sqlx::query_scalar(
        "SELECT a.id FROM accounts a JOIN account_roles r ON r.account_id = a.id AND r.role = $2 \
         WHERE LOWER(a.email) = LOWER($1)",
    )
    .bind(email.trim())
    .bind(Role::Professional.as_str())
    .fetch_optional(db.pool())
    .await?
    .ok_or(Error::NotFound)?;
    sqlx::query(
        "INSERT INTO practice_members (practice_id, professional_id, joined_at) VALUES ($1, $2, $3) \
         ON CONFLICT (practice_id, professional_id) DO NOTHING",
    )
    .bind(&practice)
    .bind(&professional)
    .bind(now_ms())
    .execute(db.writer())
    .await?;
    Ok(())
}

/// Removes the professional with this e-mail address from the practice named `name`.
pub async fn remove_member(db: &Db, name: &str, email: &str) -> Result<()> {
    let removed = sqlx::query(
        "DELETE FROM practice_members WHERE practice_id = (SELECT id FROM practices WHERE name = $1) \
         AND professional_id = (SELECT id FROM accounts WHERE LOWER(email) = LOWER($2))",
    )
    .bind(name.trim())
    .bind(email.trim())
    .execute(db.writer())
    .await?
    .rows_affected();
    match removed {
        0 => Err(Error::NotFound),
        _ => Ok(()),
    }
}
