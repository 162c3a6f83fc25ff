//! E-mail notices of a new message: "You have a new message in Carnet", in the recipient's
//! language, with a link and no health content (not the subject, not who wrote, not whose
//! record). At most one per conversation and person an hour, none to someone who turned them
//! off, none to the author.
//!
//! Who is told: on the patient's side, the patient (or, for a record without an account of its
//! own, a minor's, its legal representatives); on the care side, the professional written to,
//! or the members of the practice who may read the record.

use sqlx::{Any, Transaction};

use super::Side;
use crate::accounts;
use crate::clock::{hours, now_ms};
use crate::db::Db;
use crate::policy;
use crate::Result;

/// A conversation's notices to one person are this far apart at least.
pub const NOTICE_EVERY_MS: i64 = hours(1);

/// Tells `side` of the conversation that a new message waits.
pub(super) async fn tell_other_side(
    tx: &mut Transaction<'static, Any>,
    db: &Db,
    conversation_id: &str,
    patient_id: &str,
    side: Side,
) -> Result<()> {
    let people: Vec<String> = match side {
        Side::Patient => {
            sqlx::query_scalar(
                "SELECT p.account_id FROM patients p WHERE p.id = $1 AND p.account_id IS NOT NULL \
                 UNION SELECT g.delegate_account_id FROM delegations g JOIN patients p ON p.id = g.patient_id \
                 WHERE g.patient_id = $1 AND p.account_id IS NULL AND g.kind = 'representative' \
                 AND g.ended_at IS NULL AND g.delegate_account_id IS NOT NULL",
            )
            .bind(patient_id)
            .fetch_all(&mut **tx)
            .await?
        }
        Side::Care => {
            let sql = format!(
                "SELECT a.id FROM accounts a JOIN conversations m ON m.id = $1 JOIN patients p ON p.id = m.patient_id \
                 WHERE {} AND {}",
                policy::party_to_conversation("a.id"),
                policy::messages_readable_by_professional("a.id", "$2", "$3"),
            );
            sqlx::query_scalar(&sql)
                .bind(conversation_id)
                .bind(now_ms())
                .bind(policy::minor_born_after(db.today()))
                .fetch_all(&mut **tx)
                .await?
        }
    };
    let now = now_ms();
    for account_id in people {
        let wants: Option<i64> = sqlx::query_scalar("SELECT notices FROM message_settings WHERE account_id = $1")
            .bind(&account_id)
            .fetch_optional(&mut **tx)
            .await?;
        if wants == Some(0) {
            continue;
        }
        // One notice an hour: the row is claimed by the update, or made by the insert.
        let claimed = sqlx::query(
            "INSERT INTO message_notices (conversation_id, account_id, sent_at) VALUES ($1, $2, $3) \
             ON CONFLICT (conversation_id, account_id) DO UPDATE SET sent_at = excluded.sent_at \
             WHERE message_notices.sent_at <= $4",
        )
        .bind(conversation_id)
        .bind(&account_id)
        .bind(now)
        .bind(now - NOTICE_EVERY_MS)
        .execute(&mut **tx)
        .await?
        .rows_affected();
        if claimed == 0 {
            continue;
        }
        let to = accounts::get_in(tx, &account_id).await?;
        crate::mail::enqueue(tx, &crate::mail::message_received(&to, &db.portal_link("/messages"))).await?;
    }
    Ok(())
}
