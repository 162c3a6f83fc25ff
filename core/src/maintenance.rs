//! Periodic clean-up of short-lived rows (expired ceremonies, old rate-limit windows,
//! long-ended sign-ins, professionals' access requests past their listing). Safe to run on every
//! node at once.

use crate::clock::{hours, now_ms};
use crate::db::Db;
use crate::Result;

pub async fn sweep(db: &Db) -> Result<()> {
    let now = now_ms();
    sqlx::query("DELETE FROM passkey_ceremonies WHERE expires_at < $1").bind(now).execute(db.pool()).await?;
    sqlx::query("DELETE FROM rate_limits WHERE window_start < $1").bind(now - hours(1)).execute(db.pool()).await?;
    sqlx::query("DELETE FROM sign_ins WHERE ended_at IS NOT NULL AND ended_at < $1")
        .bind(now - hours(24 * 30))
        .execute(db.pool())
        .await?;
    crate::sharing::professional::sweep_requests(db).await?;
    Ok(())
}
