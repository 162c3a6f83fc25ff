//! What a person decides about messages: a professional whether patients may start a
//! conversation with them and the reply sent while they are away; anyone whether a new message
//! is told by e-mail. Everyone's own settings, changed only by themselves.

use sqlx::{Any, Transaction};

use crate::db::Db;
use crate::error::Problem;
use crate::policy::Actor;
use crate::text::multi_line;
use crate::{Error, Result};

/// Longest absence reply (characters).
pub const MAX_ABSENCE_REPLY_CHARS: usize = 1000;

/// A person's settings (defaults: accepts, no absence reply, notices on).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub accepts_patients: bool,
    pub absence_reply: Option<String>,
    pub notices: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings { accepts_patients: true, absence_reply: None, notices: true }
    }
}

/// The signed-in person's settings.
pub async fn of(db: &Db, actor: &Actor) -> Result<Settings> {
    let Some(account_id) = actor.account_id() else { return Err(Error::NotFound) };
    let row: Option<(i64, Option<String>, i64)> =
        sqlx::query_as("SELECT accepts_patients, auto_reply, notices FROM message_settings WHERE account_id = $1")
            .bind(account_id)
            .fetch_optional(db.pool())
            .await?;
    Ok(row.map_or_else(Settings::default, |(accepts, reply, notices)| Settings {
        accepts_patients: accepts == 1,
        absence_reply: reply,
        notices: notices == 1,
    }))
}

/// Saves the signed-in person's settings (an absence reply is trimmed; empty is none). Whether
/// they accept patients' conversations only matters for professionals, and is kept for anyone.
pub async fn save(db: &Db, actor: &Actor, accepts_patients: bool, absence_reply: &str, notices: bool) -> Result<()> {
    let Some(account_id) = actor.account_id() else { return Err(Error::NotFound) };
    let reply = match absence_reply.trim() {
        "" => None,
        text => Some(multi_line(text, MAX_ABSENCE_REPLY_CHARS).ok_or(Error::Invalid(Problem::MessageAbsenceReply))?),
    };
    sqlx::query(
        "INSERT INTO message_settings (account_id, accepts_patients, auto_reply, notices) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (account_id) DO UPDATE SET accepts_patients = excluded.accepts_patients, \
         auto_reply = excluded.auto_reply, notices = excluded.notices",
    )
    .bind(account_id)
    .bind(i64::from(accepts_patients))
    .bind(reply)
    .bind(i64::from(notices))
    .execute(db.writer())
    .await?;
    Ok(())
}

/// The absence reply a professional set, if any.
pub(super) async fn absence_reply(tx: &mut Transaction<'static, Any>, account_id: &str) -> Result<Option<String>> {
    let reply: Option<Option<String>> =
        sqlx::query_scalar("SELECT auto_reply FROM message_settings WHERE account_id = $1")
            .bind(account_id)
            .fetch_optional(&mut **tx)
            .await?;
    Ok(reply.flatten().filter(|r| !r.is_empty()))
}
