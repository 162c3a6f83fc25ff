//! The e-mails about an appointment, queued in the transaction of the change: confirmed,
//! moved, cancelled (each with the `.ics` file), the reminder, and "an earlier slot is free".
//! They go to the patient's account, or, for a record without one (a young child), to whoever
//! booked; a caregiver or legal representative who books, moves or cancels for the patient gets
//! a copy of that message in their own language. They name the professional, the time, the
//! place with its postcode and telephone (or, for a video consultation, how to join from the
//! appointment's page), and never the reason the patient gave. The confirmation, a move and the
//! reminder also carry what the patient must know before the visit: its kind, the instructions,
//! the documents to bring and whether a form waits ([`super::visit_kinds`]).

use sqlx::{Any, Transaction};

use super::visit_forms;
use super::visit_kinds::{self, VisitKind};
use super::Appointment;
use crate::accounts::{self, Account};
use crate::db::Db;
use crate::mail::{self, Attachment, OutgoingEmail};
use crate::Result;

/// Who is told of a change: the patient's side, and the person who made it for them through a
/// delegation (`copy_to`, an account id), if any.
pub(crate) struct Told<'a> {
    pub copy_to: Option<&'a str>,
}

impl Told<'_> {
    /// Only the patient's side (changes by the professional, the reminder, the patient's own).
    pub const PATIENT: Told<'static> = Told { copy_to: None };
}

pub(crate) async fn confirmed(
    tx: &mut Transaction<'static, Any>,
    db: &Db,
    appointment: &Appointment,
    told: Told<'_>,
) -> Result<()> {
    send(tx, db, appointment, "appointment-confirmed", told).await
}

pub(crate) async fn moved(
    tx: &mut Transaction<'static, Any>,
    db: &Db,
    appointment: &Appointment,
    by_professional: bool,
    told: Told<'_>,
) -> Result<()> {
    let kind = if by_professional { "appointment-moved-by-professional" } else { "appointment-moved" };
    send(tx, db, appointment, kind, told).await
}

pub(crate) async fn cancelled(
    tx: &mut Transaction<'static, Any>,
    db: &Db,
    appointment: &Appointment,
    by_professional: bool,
    told: Told<'_>,
) -> Result<()> {
    let kind = if by_professional { "appointment-cancelled-by-professional" } else { "appointment-cancelled" };
    send(tx, db, appointment, kind, told).await
}

pub(crate) async fn reminder(tx: &mut Transaction<'static, Any>, db: &Db, appointment: &Appointment) -> Result<()> {
    send(tx, db, appointment, "appointment-reminder", Told::PATIENT).await
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
        Some(id) => account(tx, &id).await,
        None => Ok(None),
    }
}

async fn account(tx: &mut Transaction<'static, Any>, id: &str) -> Result<Option<Account>> {
    match accounts::get_in(tx, id).await {
        Ok(account) => Ok(Some(account)),
        Err(crate::Error::NotFound) => Ok(None),
        Err(other) => Err(other),
    }
}

async fn send(
    tx: &mut Transaction<'static, Any>,
    db: &Db,
    appointment: &Appointment,
    kind: &str,
    told: Told<'_>,
) -> Result<()> {
    let url = db.portal_link(&format!("/appointments/{}", appointment.id));
    let prepares =
        ["appointment-confirmed", "appointment-moved", "appointment-reminder"].iter().any(|k| kind.starts_with(k));
    let visit_kind = match (&appointment.visit_kind_id, prepares) {
        (Some(id), true) => Some(visit_kinds::load(tx, id).await?),
        _ => None,
    };
    let visit_kind = visit_kind.as_ref();
    // Done once signed, or once answered when no signature is asked.
    let form_done = match visit_kind {
        Some(kind) if kind.has_form() => match visit_forms::signed_at(tx, &appointment.calendar_uid).await? {
            Some(signed_at) => signed_at.is_some() || !kind.needs_signature,
            None => false,
        },
        _ => false,
    };
    let preparation = visit_kind.map(|kind| (kind, !form_done));
    let patient_side = recipient(tx, &appointment.id).await?;
    if let Some(account) = &patient_side {
        mail::enqueue(tx, &message(account, appointment, preparation, kind, &url)).await?;
    }
    let Some(copy_to) = told.copy_to.filter(|id| patient_side.as_ref().is_none_or(|a| a.id != *id)) else {
        return Ok(());
    };
    if let Some(account) = account(tx, copy_to).await? {
        mail::enqueue(tx, &message(&account, appointment, preparation, &format!("{kind}-copy"), &url)).await?;
    }
    Ok(())
}

/// The message of `kind` about `appointment` to `account`, in their language, with the `.ics`;
/// with what to know before the visit when it has a kind of visit (and whether its form still
/// waits).
fn message(
    account: &Account,
    appointment: &Appointment,
    preparation: Option<(&VisitKind, bool)>,
    kind: &str,
    url: &str,
) -> OutgoingEmail {
    let locale = account.mail_locale();
    let zone = appointment.time_zone();
    let mut place = appointment.where_text(locale);
    let text = preparation.map(|(visit_kind, pending)| visit_kind.preparation_text(locale, pending));
    if let Some(preparation) = text.filter(|p| !p.is_empty()) {
        place = format!("{place}\n\n{preparation}");
    }
    let args = [
        ("name", account.display_name.as_str().into()),
        ("patient", appointment.patient_name.as_str().into()),
        ("professional", appointment.professional_name.as_str().into()),
        ("when", locale.appointment_when(appointment.starts_at, &zone).into()),
        ("place", place.into()),
        ("url", url.into()),
    ];
    OutgoingEmail {
        attachment: Some(Attachment {
            name: "rendez-vous.ics".to_string(),
            content_type: "text/calendar; charset=utf-8; method=PUBLISH".to_string(),
            content: appointment.ics(locale, url),
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
