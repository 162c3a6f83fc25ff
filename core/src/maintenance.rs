//! Periodic clean-up of short-lived rows (expired ceremonies, old rate-limit windows,
//! long-ended sign-ins, professionals' access requests past their listing). Safe to run on every
//! node at once.

//!
//! Each table's owner deletes its own rows and says how long it keeps them; this only calls
//! them in turn.

use crate::db::Db;
use crate::Result;

pub async fn sweep(db: &Db) -> Result<()> {
    crate::passkeys::sweep_ceremonies(db).await?;
    crate::ratelimit::sweep_windows(db).await?;
    crate::sign_in::sweep_ended(db).await?;
    crate::sharing::professional::sweep_requests(db).await?;
    Ok(())
}
