//! Fixed-window rate limits kept in the database, so every node behind a proxy shares them.

use crate::clock::{hours, now_ms};
use crate::db::Db;
use crate::Result;

/// A limit: at most `max` hits per `window_ms` for one bucket.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub max: i64,
    pub window_ms: i64,
}

/// How long a window's count is kept after the window started (longer than any limit's window).
const WINDOWS_KEPT_MS: i64 = hours(1);

/// Counts a hit in `bucket` and says whether it is within the limit.
pub async fn hit(db: &Db, bucket: &str, limit: Limit) -> Result<bool> {
    let now = now_ms();
    let window_start = now - now.rem_euclid(limit.window_ms);
    let hits: i64 = sqlx::query_scalar(
        "INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1) \
         ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limits.hits + 1 \
         RETURNING hits",
    )
    .bind(bucket)
    .bind(window_start)
    .fetch_one(db.writer())
    .await?;
    Ok(hits <= limit.max)
}

/// Forgets windows older than [`WINDOWS_KEPT_MS`] (periodic clean-up).
pub async fn sweep_windows(db: &Db) -> Result<()> {
    sqlx::query("DELETE FROM rate_limits WHERE window_start < $1")
        .bind(now_ms() - WINDOWS_KEPT_MS)
        .execute(db.writer())
        .await?;
    Ok(())
}
