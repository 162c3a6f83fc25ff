//! The waiting list: a patient asks to be told when an earlier slot frees up with a
//! professional. When a booking is cancelled or moved away, everyone waiting for that
//! professional who has nothing booked before that time is e-mailed (first to book gets it).
//! Booking with the professional takes the patient off their list.

use sqlx::{Any, Transaction};
use uuid::Uuid;

use super::notices;
use crate::access;
use crate::accounts;
use crate::clock::now_ms;
use crate::db::Db;
use crate::policy::{Actor, AppointmentChange, Subject, WriteAction};
use crate::{Error, Result};

/// A professional the patient waits for.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Waiting {
    pub professional_id: String,
    pub professional_name: String,
    pub since: i64,
}

/// Puts the record the actor acts on on `professional_id`'s waiting list (once).
pub async fn join(db: &Db, actor: &Actor, professional_id: &str) -> Result<()> {
    let action = WriteAction::Appointment(AppointmentChange::Wait);
    let mut access = access::open_write_on(db, actor, Subject::OwnRecord, action, Some(professional_id)).await?;
    let (tx, grant) = access.parts();
    let patient_id = grant.patient_id().to_string();
    let bookable: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM places WHERE professional_id = $1")
        .bind(professional_id)
        .fetch_one(&mut **tx)
        .await?;
    if bookable == 0 {
        return Err(Error::NotFound);
    }
    sqlx::query(
        "INSERT INTO waiting_list (id, patient_id, professional_id, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
    )
    .bind(Uuid::new_v4().to_string())
    .bind(&patient_id)
    .bind(professional_id)
    .bind(actor.account_id().unwrap_or(""))
    .bind(now_ms())
    .execute(&mut **tx)
    .await?;
    access.commit().await
}

/// Takes the record the actor acts on off `professional_id`'s waiting list.
pub async fn leave(db: &Db, actor: &Actor, professional_id: &str) -> Result<()> {
    let action = WriteAction::Appointment(AppointmentChange::Wait);
    let mut access = access::open_write_on(db, actor, Subject::OwnRecord, action, Some(professional_id)).await?;
    let (tx, grant) = access.parts();
    let patient_id = grant.patient_id().to_string();
    end(tx, &patient_id, professional_id).await?;
    access.commit().await
}

/// The lists the patient is on (read inside the access of their appointments page).
pub(crate) async fn of_patient(tx: &mut Transaction<'static, Any>, patient_id: &str) -> Result<Vec<Waiting>> {
    Ok(sqlx::query_as(
        "SELECT w.professional_id, a.display_name AS professional_name, w.created_at AS since \
         FROM waiting_list w JOIN accounts a ON a.id = w.professional_id \
         WHERE w.patient_id = $1 AND w.ended_at IS NULL ORDER BY w.created_at",
    )
    .bind(patient_id)
    .fetch_all(&mut **tx)
    .await?)
}

/// The patient booked with the professional: they no longer wait.
pub(crate) async fn booked(tx: &mut Transaction<'static, Any>, patient_id: &str, professional_id: &str) -> Result<()> {
    end(tx, patient_id, professional_id).await
}

async fn end(tx: &mut Transaction<'static, Any>, patient_id: &str, professional_id: &str) -> Result<()> {
    sqlx::query(
        "UPDATE waiting_list SET ended_at = $1 WHERE patient_id = $2 AND professional_id = $3 AND ended_at IS NULL",
    )
    .bind(now_ms())
    .bind(patient_id)
    .bind(professional_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A slot of `professional_id` starting at `starts_at` was freed (by `freed_by`'s cancel or
/// move): tells everyone else waiting who has nothing booked with them before then.
pub(crate) async fn slot_freed(
    tx: &mut Transaction<'static, Any>,
    db: &Db,
    professional_id: &str,
    starts_at: i64,
    freed_by: &str,
) -> Result<()> {
    let now = now_ms();
    if starts_at <= now {
        return Ok(());
    }
    let waiting: Vec<(String, String)> = sqlx::query_as(
        "SELECT w.id, COALESCE(p.account_id, w.created_by) FROM waiting_list w JOIN patients p ON p.id = w.patient_id \
         WHERE w.professional_id = $1 AND w.ended_at IS NULL AND w.patient_id <> $2 \
         AND NOT EXISTS (SELECT 1 FROM appointments x WHERE x.patient_id = w.patient_id \
           AND x.professional_id = w.professional_id AND x.cancelled_at IS NULL AND x.starts_at > $3 \
           AND x.starts_at <= $4) ORDER BY w.created_at",
    )
    .bind(professional_id)
    .bind(freed_by)
    .bind(now)
    .bind(starts_at)
    .fetch_all(&mut **tx)
    .await?;
    if waiting.is_empty() {
        return Ok(());
    }
    let (professional, zone): (String, String) = sqlx::query_as(
        "SELECT a.display_name, COALESCE((SELECT pl.zone FROM slots s JOIN places pl ON pl.id = s.place_id \
         WHERE s.professional_id = a.id AND s.starts_at = $2), $3) FROM accounts a WHERE a.id = $1",
    )
    .bind(professional_id)
    .bind(starts_at)
    .bind(super::DEFAULT_ZONE)
    .fetch_one(&mut **tx)
    .await?;
    let zone = jiff::tz::TimeZone::get(&zone).unwrap_or(jiff::tz::TimeZone::UTC);
    // The professional's free slots, where the freed one can be booked.
    let url = db.portal_link(&format!("/book/{professional_id}"));
    for (entry_id, account_id) in waiting {
        let account = match accounts::get_in(tx, &account_id).await {
            Ok(account) => account,
            Err(Error::NotFound) => continue,
            Err(other) => return Err(other),
        };
        let when = account.mail_locale().appointment_when(starts_at, &zone);
        crate::mail::enqueue(tx, &notices::slot_freed(&account, &professional, &when, &url)).await?;
        sqlx::query("UPDATE waiting_list SET notified_at = $1 WHERE id = $2")
            .bind(now)
            .bind(&entry_id)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}
