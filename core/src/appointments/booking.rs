//! The patient's side: their appointments, booking, moving and cancelling, for themselves or
//! by whoever acts for them (a caregiver whose delegation covers appointments, a minor's legal
//! representative, the reception desk in an assisted session). Every call goes through the
//! policy and is audited in the transaction of the change. This module alone writes
//! `appointments` (the professional's agenda and the reminders call it).

use crate::error::Problem;
use sqlx::{Any, Transaction};
use uuid::Uuid;

use super::notices::{self, Told};
use super::waiting::{self, Waiting};
use super::{load, Appointment, REASON_MAX_CHARS, SELECT};
use crate::access;
use crate::clock::{hours, now_ms};
use crate::db::Db;
use crate::policy::{Actor, AppointmentChange, ReadAction, Subject, Viewer, WriteAction};
use crate::{Error, Result};

/// How many upcoming appointments one patient may hold with one professional: enough for a
/// follow-up, not enough to hoard an agenda.
pub const UPCOMING_PER_PROFESSIONAL: i64 = 3;

/// A booking as the form sent it, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewBooking {
    pub slot_id: String,
    /// The professional whose agenda the slot was chosen in: a slot id from another agenda is
    /// refused.
    pub professional_id: String,
    pub reason: Option<String>,
    /// The kind of visit chosen among the professional's, if any.
    pub visit_kind_id: Option<String>,
    /// The form's one-time key: the same form sent twice books once.
    pub idempotency_key: String,
}

impl NewBooking {
    pub fn parse(
        slot_id: &str,
        professional_id: &str,
        reason: &str,
        visit_kind: &str,
        idempotency_key: &str,
    ) -> Result<NewBooking> {
        let id = |raw: &str| Uuid::parse_str(raw.trim()).map(|u| u.to_string()).ok();
        let (Some(slot_id), Some(professional_id)) = (id(slot_id), Some(professional_id.trim().to_string())) else {
            return Err(Error::Invalid(Problem::AppointmentSlotUnknown));
        };
        let key = idempotency_key.trim();
        if key.is_empty() || key.len() > 64 || !key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return Err(Error::Invalid(Problem::FormExpired));
        }
        let visit_kind_id = match visit_kind.trim() {
            "" => None,
            raw => Some(id(raw).ok_or(Error::Invalid(Problem::VisitKindUnknown))?),
        };
        Ok(NewBooking {
            slot_id,
            professional_id,
            reason: parse_reason(reason)?,
            visit_kind_id,
            idempotency_key: key.to_string(),
        })
    }
}

/// The reason as typed: optional, at most [`REASON_MAX_CHARS`], plain text (line breaks kept,
/// other control characters and anything that looks like markup refused).
pub fn parse_reason(raw: &str) -> Result<Option<String>> {
    let text = raw.trim().replace("\r\n", "\n");
    if text.is_empty() {
        return Ok(None);
    }
    if text.chars().count() > REASON_MAX_CHARS {
        return Err(Error::Invalid(Problem::AppointmentReasonLong));
    }
    if text.chars().any(|c| c.is_control() && c != '\n') {
        return Err(Error::Invalid(Problem::AppointmentReasonInvalid));
    }
    // "< 38°" and "> 3 jours" are fine; "<b>", "</p>", "<!--", "<script" are markup.
    let bytes = text.as_bytes();
    let markup = bytes
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!' || w[1] == b'?'));
    if markup {
        return Err(Error::Invalid(Problem::AppointmentReasonMarkup));
    }
    Ok(Some(text))
}

/// The appointments page of the record the actor acts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mine {
    /// Upcoming ones soonest first, then past and cancelled ones newest first (moved ones are
    /// shown once, where they went).
    pub appointments: Vec<Appointment>,
    /// The professionals the patient waits for an earlier slot with.
    pub waiting: Vec<Waiting>,
}

/// The appointments and waiting lists of the record the actor acts on.
pub async fn mine(db: &Db, actor: &Actor) -> Result<Mine> {
    let mut access = access::open_read(db, actor, Subject::OwnRecord, ReadAction::Appointments).await?;
    let (tx, grant) = access.parts();
    let mut list: Vec<Appointment> =
        sqlx::query_as(&format!("{SELECT} WHERE x.patient_id = $1 AND x.moved_to IS NULL ORDER BY x.starts_at"))
            .bind(grant.patient_id())
            .fetch_all(&mut **tx)
            .await?;
    let waiting = waiting::of_patient(tx, grant.patient_id()).await?;
    access.commit().await?;
    let now = now_ms();
    let (mut upcoming, mut past): (Vec<_>, Vec<_>) = list.drain(..).partition(|a| a.is_live() && !a.is_past(now));
    past.reverse();
    upcoming.extend(past);
    Ok(Mine { appointments: upcoming, waiting })
}

/// The next appointment of the record the actor acts on: live and not yet over (a video
/// consultation under way is still "next"), for Home.
pub async fn next(db: &Db, actor: &Actor) -> Result<Option<Appointment>> {
    let mut access = access::open_read(db, actor, Subject::OwnRecord, ReadAction::Appointments).await?;
    let (tx, grant) = access.parts();
    let next: Option<Appointment> = sqlx::query_as(&format!(
        "{SELECT} WHERE x.patient_id = $1 AND x.cancelled_at IS NULL AND x.ends_at > $2 ORDER BY x.starts_at LIMIT 1"
    ))
    .bind(grant.patient_id())
    .bind(now_ms())
    .fetch_optional(&mut **tx)
    .await?;
    access.commit().await?;
    Ok(next)
}

/// Whom a change made by `viewer` tells besides the patient's side: the caregiver or legal
/// representative who made it, through their delegation (`by`, their account).
fn told<'a>(viewer: &Viewer, by: &'a str) -> Told<'a> {
    match viewer {
        Viewer::Delegate { .. } => Told { copy_to: Some(by) },
        _ => Told::PATIENT,
    }
}

/// One of the actor's appointments (its page, its `.ics`).
pub async fn one(db: &Db, actor: &Actor, id: &str) -> Result<Appointment> {
    let mut access = access::open_read(db, actor, Subject::Appointment(id), ReadAction::Appointments).await?;
    let (tx, _) = access.parts();
    let appointment = load(tx, id).await?;
    access.commit().await?;
    Ok(appointment)
}

/// Books a slot for the record the actor acts on. Returns the appointment's id; the same form
/// sent again returns the first booking's id. A slot someone else holds is
/// `Conflict(Problem::AppointmentTaken)`, whichever process booked it.
pub async fn book(db: &Db, actor: &Actor, new: &NewBooking) -> Result<String> {
    let booked_by = actor.account_id().ok_or(Error::NotFound)?;
    if let Some(id) = already_booked(db.pool(), booked_by, &new.idempotency_key).await? {
        return Ok(id);
    }
    let action = WriteAction::Appointment(AppointmentChange::Book);
    let mut access = access::open_write_on(db, actor, Subject::OwnRecord, action, Some(&new.slot_id)).await?;
    let on_behalf_of = access.viewer().on_behalf_of();
    let told = told(access.viewer(), booked_by);
    let (tx, grant) = access.parts();
    let patient_id = grant.patient_id().to_string();
    let visit = check_slot(tx, &new.slot_id, &new.professional_id).await?;
    if let Some(kind_id) = &new.visit_kind_id {
        super::visit_kinds::bookable(tx, &new.professional_id, kind_id, &visit).await?;
    }
    let video_link = if visit == super::Visit::Video.as_str() { db.new_video_link() } else { None };
    let upcoming: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM appointments WHERE patient_id = $1 AND professional_id = $2 \
         AND cancelled_at IS NULL AND starts_at > $3",
    )
    .bind(&patient_id)
    .bind(&new.professional_id)
    .bind(now_ms())
    .fetch_one(&mut **tx)
    .await?;
    if upcoming >= UPCOMING_PER_PROFESSIONAL {
        return Err(Error::Invalid(Problem::AppointmentTooMany));
    }
    let id = Uuid::new_v4().to_string();
    let insert = Insert {
        id: &id,
        slot_id: &new.slot_id,
        patient_id: &patient_id,
        reason: new.reason.as_deref(),
        visit_kind_id: new.visit_kind_id.as_deref(),
        video_link: video_link.as_deref(),
        booked_by,
        on_behalf_of: on_behalf_of.as_deref(),
        idempotency_key: &new.idempotency_key,
        calendar_uid: &id,
        sequence: 0,
    };
    if !insert.run(tx).await? {
        drop(access);
        // Lost a race: to the same form sent twice (the first one's booking stands), or to
        // someone else.
        return match already_booked(db.pool(), booked_by, &new.idempotency_key).await? {
            Some(id) => Ok(id),
            None => Err(Error::Conflict(Problem::AppointmentTaken)),
        };
    }
    waiting::booked(tx, &patient_id, &new.professional_id).await?;
    let appointment = load(tx, &id).await?;
    notices::confirmed(tx, db, &appointment, told).await?;
    access.commit().await?;
    Ok(id)
}

/// Cancels one of the actor's appointments, before the professional's cut-off, with the reason
/// they gave, if any (checked with [`parse_reason`]; shown to the professional, never e-mailed).
pub async fn cancel(db: &Db, actor: &Actor, id: &str, reason: Option<&str>) -> Result<()> {
    let action = WriteAction::Appointment(AppointmentChange::Cancel);
    let mut access = access::open_write(db, actor, Subject::Appointment(id), action).await?;
    let by = actor.account_id().ok_or(Error::NotFound)?;
    let told = told(access.viewer(), by);
    let (tx, _) = access.parts();
    let appointment = load(tx, id).await?;
    changeable_by_patient(&appointment)?;
    cancel_in(tx, db, &appointment, by, Cancelled::ByPatient { reason, told }).await?;
    access.commit().await
}

/// Moves one of the actor's appointments to another free slot of the same professional, in one
/// change: the new slot is taken and the old one freed together, or nothing happens.
pub async fn reschedule(db: &Db, actor: &Actor, id: &str, new_slot_id: &str, idempotency_key: &str) -> Result<String> {
    let new_slot_id = Uuid::parse_str(new_slot_id.trim())
        .map(|u| u.to_string())
        .map_err(|_| Error::Invalid(Problem::AppointmentSlotUnknown))?;
    let by = actor.account_id().ok_or(Error::NotFound)?;
    if let Some(done) = already_booked(db.pool(), by, idempotency_key).await? {
        return Ok(done);
    }
    let action = WriteAction::Appointment(AppointmentChange::Move);
    let mut access = access::open_write(db, actor, Subject::Appointment(id), action).await?;
    let on_behalf_of = access.viewer().on_behalf_of();
    let told = told(access.viewer(), by);
    let (tx, _) = access.parts();
    let old = load(tx, id).await?;
    changeable_by_patient(&old)?;
    let mover = Mover { by, on_behalf_of: on_behalf_of.as_deref(), moved_as: "patient", told };
    let moved = move_in(tx, db, &old, &new_slot_id, mover, idempotency_key).await;
    match moved {
        Ok(new_id) => {
            access.commit().await?;
            Ok(new_id)
        }
        Err(error) => {
            drop(access);
            match (&error, already_booked(db.pool(), by, idempotency_key).await?) {
                (Error::Conflict(_), Some(done)) => Ok(done),
                _ => Err(error),
            }
        }
    }
}

fn changeable_by_patient(appointment: &Appointment) -> Result<()> {
    let now = now_ms();
    if !appointment.is_live() {
        return Err(Error::Invalid(Problem::AppointmentCancelled));
    }
    if appointment.is_past(now) {
        return Err(Error::Invalid(Problem::AppointmentPast));
    }
    if !appointment.patient_may_change(now) {
        return Err(Error::Invalid(Problem::AppointmentCutoff));
    }
    Ok(())
}

/// Which side cancels, and what comes with it.
pub(crate) enum Cancelled<'a> {
    /// The patient, or someone for them: with the reason they gave, if any.
    ByPatient {
        reason: Option<&'a str>,
        told: Told<'a>,
    },
    ByProfessional,
}

/// Cancels `appointment` inside `tx` (whoever asked, checked by the caller): the patient is
/// told with the cancelled `.ics`, and those waiting for an earlier slot are told it is free.
pub(crate) async fn cancel_in(
    tx: &mut Transaction<'static, Any>,
    db: &Db,
    appointment: &Appointment,
    by: &str,
    how: Cancelled<'_>,
) -> Result<()> {
    let (cancelled_as, reason, told) = match how {
        Cancelled::ByPatient { reason, told } => ("patient", reason, told),
        Cancelled::ByProfessional => ("professional", None, Told::PATIENT),
    };
    let done = sqlx::query(
        "UPDATE appointments SET cancelled_at = $1, cancelled_by = $2, cancelled_as = $3, cancel_reason = $4, \
         sequence = sequence + 1 WHERE id = $5 AND cancelled_at IS NULL",
    )
    .bind(now_ms())
    .bind(by)
    .bind(cancelled_as)
    .bind(reason)
    .bind(&appointment.id)
    .execute(&mut **tx)
    .await?;
    if done.rows_affected() != 1 {
        return Err(Error::Invalid(Problem::AppointmentCancelled));
    }
    let cancelled = load(tx, &appointment.id).await?;
    notices::cancelled(tx, db, &cancelled, cancelled_as == "professional", told).await?;
    waiting::slot_freed(tx, db, &appointment.professional_id, appointment.starts_at, &appointment.patient_id).await
}

/// Claims the reminder of a live appointment, once (the reminders' worker, before it queues the
/// e-mail in the same transaction): `false` if it was reminded or cancelled meanwhile.
pub(crate) async fn claim_reminder(tx: &mut Transaction<'static, Any>, id: &str, now: i64) -> Result<bool> {
    let claimed = sqlx::query(
        "UPDATE appointments SET reminded_at = $1 WHERE id = $2 AND reminded_at IS NULL AND cancelled_at IS NULL",
    )
    .bind(now)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    Ok(claimed.rows_affected() == 1)
}

/// Who moves an appointment: their account, what they act through (`delegation:<id>`, …), as
/// which side (`patient` or `professional`), and who is told.
pub(crate) struct Mover<'a> {
    pub by: &'a str,
    pub on_behalf_of: Option<&'a str>,
    pub moved_as: &'a str,
    pub told: Told<'a>,
}

/// Moves `old` to `new_slot_id` inside `tx`: books the new slot for the same patient (same
/// reason, same calendar event), then cancels the old booking as moved. Returns the new id.
pub(crate) async fn move_in(
    tx: &mut Transaction<'static, Any>,
    db: &Db,
    old: &Appointment,
    new_slot_id: &str,
    mover: Mover<'_>,
    idempotency_key: &str,
) -> Result<String> {
    let Mover { by, on_behalf_of, moved_as, told } = mover;
    if new_slot_id == old.slot_id {
        return Err(Error::Invalid(Problem::AppointmentSameSlot));
    }
    let visit = check_slot(tx, new_slot_id, &old.professional_id).await?;
    // The visit stays what it was for: a kind held in person moves to a slot in person.
    if let Some(kind_id) = &old.visit_kind_id {
        let kind_visit: Option<String> = sqlx::query_scalar("SELECT visit FROM visit_kinds WHERE id = $1")
            .bind(kind_id)
            .fetch_optional(&mut **tx)
            .await?;
        if kind_visit.is_some_and(|v| v != visit) {
            return Err(Error::Invalid(Problem::VisitKindWrongSlot));
        }
    }
    // A video consultation keeps its room; one moved from a place gets a room of its own.
    let video_link = match (visit == super::Visit::Video.as_str(), old.is_video()) {
        (false, _) => None,
        (true, true) => {
            sqlx::query_scalar::<_, Option<String>>("SELECT video_link FROM appointments WHERE id = $1")
                .bind(&old.id)
                .fetch_one(&mut **tx)
                .await?
        }
        (true, false) => db.new_video_link(),
    };
    let id = Uuid::new_v4().to_string();
    let insert = Insert {
        id: &id,
        slot_id: new_slot_id,
        patient_id: &old.patient_id,
        reason: old.reason.as_deref(),
        visit_kind_id: old.visit_kind_id.as_deref(),
        video_link: video_link.as_deref(),
        booked_by: by,
        on_behalf_of,
        idempotency_key,
        calendar_uid: &old.calendar_uid,
        sequence: old.sequence + 1,
    };
    if !insert.run(tx).await? {
        return Err(Error::Conflict(Problem::AppointmentTaken));
    }
    let moved = sqlx::query(
        "UPDATE appointments SET cancelled_at = $1, cancelled_by = $2, cancelled_as = $3, moved_to = $4 \
         WHERE id = $5 AND cancelled_at IS NULL",
    )
    .bind(now_ms())
    .bind(by)
    .bind(moved_as)
    .bind(&id)
    .bind(&old.id)
    .execute(&mut **tx)
    .await?;
    if moved.rows_affected() != 1 {
        return Err(Error::Invalid(Problem::AppointmentCancelled));
    }
    let new = load(tx, &id).await?;
    notices::moved(tx, db, &new, moved_as == "professional", told).await?;
    waiting::slot_freed(tx, db, &old.professional_id, old.starts_at, &old.patient_id).await?;
    Ok(id)
}

/// The slot can be booked from this professional's agenda: it is theirs, offered, and ahead.
/// Returns how it is held (`in-person` or `video`).
async fn check_slot(tx: &mut Transaction<'static, Any>, slot_id: &str, professional_id: &str) -> Result<String> {
    let slot: Option<(String, i64, Option<i64>, String)> =
        sqlx::query_as("SELECT professional_id, starts_at, withdrawn_at, visit FROM slots WHERE id = $1")
            .bind(slot_id)
            .fetch_optional(&mut **tx)
            .await?;
    match slot {
        Some((owner, _, _, _)) if owner != professional_id => Err(Error::Invalid(Problem::AppointmentSlotUnknown)),
        Some((_, starts_at, _, _)) if starts_at <= now_ms() => Err(Error::Invalid(Problem::AppointmentSlotPast)),
        Some((_, _, Some(_), _)) => Err(Error::Conflict(Problem::AppointmentTaken)),
        Some((_, _, None, visit)) => Ok(visit),
        None => Err(Error::Invalid(Problem::AppointmentSlotUnknown)),
    }
}

/// The booking a form with this key already made, if any.
async fn already_booked(pool: &sqlx::AnyPool, booked_by: &str, key: &str) -> Result<Option<String>> {
    Ok(sqlx::query_scalar("SELECT id FROM appointments WHERE booked_by = $1 AND idempotency_key = $2")
        .bind(booked_by)
        .bind(key)
        .fetch_optional(pool)
        .await?)
}

/// One booking row, written by a single conditional statement: it is inserted only if the slot
/// is offered and ahead, and the database's unique indexes (one live booking per slot, one
/// booking per form key) turn a second booking into no row at all rather than an error, on
/// SQLite as on PostgreSQL (where an error would abort the transaction).
struct Insert<'a> {
    id: &'a str,
    slot_id: &'a str,
    patient_id: &'a str,
    reason: Option<&'a str>,
    visit_kind_id: Option<&'a str>,
    video_link: Option<&'a str>,
    booked_by: &'a str,
    on_behalf_of: Option<&'a str>,
    idempotency_key: &'a str,
    calendar_uid: &'a str,
    sequence: i64,
}

impl Insert<'_> {
    /// Whether the row was written.
    async fn run(&self, tx: &mut Transaction<'static, Any>) -> Result<bool> {
        let now = now_ms();
        // Booked less than a day ahead: the confirmation is the reminder.
        let reminded_at = now + hours(24);
        let written = sqlx::query(
            "INSERT INTO appointments (id, slot_id, patient_id, professional_id, starts_at, ends_at, reason, \
             booked_by, on_behalf_of, idempotency_key, created_at, calendar_uid, sequence, reminded_at, \
             visit_kind_id, video_link) \
             SELECT $1, s.id, $2, s.professional_id, s.starts_at, s.ends_at, $3, $4, $5, $6, $7, $8, $9, \
             CASE WHEN s.starts_at <= $10 THEN $7 ELSE NULL END, $12, $13 \
             FROM slots s WHERE s.id = $11 AND s.withdrawn_at IS NULL AND s.starts_at > $7 \
             ON CONFLICT DO NOTHING",
        )
        .bind(self.id)
        .bind(self.patient_id)
        .bind(self.reason)
        .bind(self.booked_by)
        .bind(self.on_behalf_of)
        .bind(self.idempotency_key)
        .bind(now)
        .bind(self.calendar_uid)
        .bind(self.sequence)
        .bind(reminded_at)
        .bind(self.slot_id)
        .bind(self.visit_kind_id)
        .bind(self.video_link)
        .execute(&mut **tx)
        .await?;
        Ok(written.rows_affected() == 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_are_plain_short_text() {
        assert_eq!(parse_reason("  ").unwrap(), None);
        assert_eq!(
            parse_reason("Fièvre > 3 jours, < 39°\r\nToux").unwrap().as_deref(),
            Some("Fièvre > 3 jours, < 39°\nToux")
        );
        for markup in ["<b>urgent</b>", "voir </p>", "<!-- x -->", "<script>alert(1)</script>", "<?php"] {
            assert!(matches!(parse_reason(markup), Err(Error::Invalid(Problem::AppointmentReasonMarkup))), "{markup}");
        }
        assert!(matches!(parse_reason("a\u{1b}[31m"), Err(Error::Invalid(Problem::AppointmentReasonInvalid))));
        assert!(matches!(parse_reason(&"x".repeat(501)), Err(Error::Invalid(Problem::AppointmentReasonLong))));
        assert!(parse_reason(&"é".repeat(500)).is_ok(), "characters, not bytes");
    }

    #[test]
    fn a_booking_form_is_checked() {
        let slot = Uuid::new_v4().to_string();
        assert!(NewBooking::parse(&slot, "pro", "", "", "k-1").is_ok());
        assert!(matches!(
            NewBooking::parse("1 OR 1=1", "pro", "", "", "k-1"),
            Err(Error::Invalid(Problem::AppointmentSlotUnknown))
        ));
        assert!(matches!(NewBooking::parse(&slot, "pro", "", "", ""), Err(Error::Invalid(Problem::FormExpired))));
        assert!(matches!(NewBooking::parse(&slot, "pro", "", "", "k;1"), Err(Error::Invalid(Problem::FormExpired))));
    }
}
