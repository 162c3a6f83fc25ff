//! The e-mails about an appointment, queued in the transaction of the change: confirmed,
//! moved, cancelled (each with the `.ics` file), the reminder, and "an earlier slot is free".
//! They go to the patient's account, or, for a record without one (a young child), to whoever
//! booked. They name the professional, the time and the place, never the reason.

use sqlx::{Any, Transaction};

use super::Appointment;
use crate::accounts::{self, Account};
use crate::db::Db;
use crate::mail::{self, Attachment, OutgoingEmail};
use crate::Result;

pub(crate) async fn confirmed(tx: &mut Transaction<'static, Any>, db: &Db, appointment: &Appointment) -> Result<()> {
    send(tx, db, appointment, "appointment-confirmed").await
}

pub(crate) async fn moved(
    tx: &mut Transaction<'static, Any>,
    db: &Db,
    appointment: &Appointment,
    by_professional: bool,
) -> Result<()> {
    let kind = if by_professional { "appointment-moved-by-professional" } else { "appointment-moved" };
    send(tx, db, appointment, kind).await
}

pub(crate) async fn cancelled(
    tx: &mut Transaction<'static, Any>,
    db: &Db,
    appointment: &Appointment,
    by_professional: bool,
) -> Result<()> {
    let kind = if by_professional { "appointment-cancelled-by-professional" } else { "appointment-cancelled" };
    send(tx, db, appointment, kind).await
}

pub(crate) async fn reminder(tx: &mut Transaction<'static, Any>, db: &Db, appointment: &Appointment) -> Result<()> {
    send(tx, db, appointment, "appointment-reminder").await
}

/// Who hears about the appointment: the patient's account, else the account that booked.
async fn recipient(tx: &mut Transaction<'static, Any>, appointment_id: &str) -> Result<Option<Account>> {
    let account_id: Option<String> = sqlx::query_scalar(
        "SELECT COALESCE(p.account_id, x.booked_by) FROM appointments x JOIN patients p ON p.id = x.patient_id \
         WHERE x.id = $1",
    )
    .bind(appointment_id)
    .fetch_optional(&mut **tx)
    .await?;
    match account_id {
        Some(id) => match accounts::get_in(tx, &id).await {
            Ok(account) => Ok(Some(account)),
            Err(crate::Error::NotFound) => Ok(None),
            Err(other) => Err(other),
        },
        None => Ok(None),
    }
}

async fn send(tx: &mut Transaction<'static, Any>, db: &Db, appointment: &Appointment, kind: &str) -> Result<()> {
    let Some(account) = recipient(tx, &appointment.id).await? else { return Ok(()) };
    let email = message(&account, appointment, kind, &db.portal_link(&format!("/appointments/{}", appointment.id)));
    mail::enqueue(tx, &email).await
}

/// The message of `kind` about `appointment` to `account`, in their language, with the `.ics`.
fn message(account: &Account, appointment: &Appointment, kind: &str, url: &str) -> OutgoingEmail {
    let locale = account.mail_locale();
    let zone = appointment.time_zone();
    let args = [
        ("name", account.display_name.as_str().into()),
        ("patient", appointment.patient_name.as_str().into()),
        ("professional", appointment.professional_name.as_str().into()),
        ("when", locale.appointment_when(appointment.starts_at, &zone).into()),
        ("place", appointment.location().into()),
        ("url", url.into()),
    ];
    let summary = locale.t_args("appointment-ics-summary", &args);
    OutgoingEmail {
        attachment: Some(Attachment {
            name: "rendez-vous.ics".to_string(),
            content_type: "text/calendar; charset=utf-8; method=PUBLISH".to_string(),
            content: appointment.ics(&summary),
        }),
        ..mail::compose(locale, &account.email, kind, &args)
    }
}

/// "An earlier slot is free with <professional>": to someone on the waiting list.
pub(crate) fn slot_freed(account: &Account, professional: &str, when: &str, url: &str) -> OutgoingEmail {
    let args = [
        ("name", account.display_name.as_str().into()),
        ("professional", professional.into()),
        ("when", when.into()),
        ("url", url.into()),
    ];
    mail::compose(account.mail_locale(), &account.email, "appointment-slot-freed", &args)
}
