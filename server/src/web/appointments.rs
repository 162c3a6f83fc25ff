//! The forms behind appointments. Patients (and those acting for them): book a slot
//! (`POST /book/{pid}/{slot}`, which moves an appointment instead when the form names one),
//! cancel with an optional reason (`POST /appointments/{id}/cancel`, from its confirmation
//! page), wait for an earlier slot (`POST /waiting/{pid}/join|leave`), and the `.ics` of an
//! appointment (`GET /appointments/{id}/calendar.ics`). Professionals: places, openings, closed
//! days and settings (`POST /agenda/…`), cancelling (from its confirmation page) or moving a
//! patient's appointment (`POST /agenda/appointments/{id}/cancel|move`). Each form is a typed
//! struct; a handler answers with a redirect to its page and a notice, or an [`AppError`] (the
//! form sent back with the problem and what was typed).

use axum::extract::{Extension, Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use carnet_app::context::{AppState, RequestContext};
use carnet_core::appointments::availability::{Visit, WeeklyRule};
use carnet_core::appointments::booking::{self, parse_reason, NewBooking};
use carnet_core::appointments::{agenda, waiting, REASON_MAX_CHARS};
use carnet_core::{Error, Problem};
use serde::{Deserialize, Serialize};

use super::errors::{AppError, FormBody};
use super::extract::{ProfessionalActor, SignedInActor};
use super::forms::{confirmed, Fields};

/// The path of a professional's booking page, and of one slot's confirmation.
fn slots_page(professional_id: &str) -> String {
    format!("/book/{professional_id}")
}

/// A reason far over the limit is refused before anything else, and only its start is kept to
/// show again.
fn reason_within_limit(reason: &mut String) -> Result<(), AppError> {
    if reason.chars().count() <= REASON_MAX_CHARS {
        return Ok(());
    }
    *reason = reason.chars().take(REASON_MAX_CHARS).collect();
    Err(AppError::Problem(StatusCode::BAD_REQUEST, Problem::AppointmentReasonLong))
}

/// The booking form of a slot: why (optional), the form's one-time key, and the appointment it
/// moves, if it moves one.
#[derive(Deserialize, Serialize)]
pub struct BookForm {
    #[serde(default)]
    reason: String,
    #[serde(default)]
    key: String,
    #[serde(default, rename = "move", skip_serializing_if = "String::is_empty")]
    moving: String,
}

pub async fn book(
    State(state): State<AppState>,
    SignedInActor(actor): SignedInActor,
    Path((professional_id, slot_id)): Path<(String, String)>,
    FormBody(mut form): FormBody<BookForm>,
) -> Result<Redirect, AppError> {
    let page = format!("{}/{slot_id}", slots_page(&professional_id));
    reason_within_limit(&mut form.reason).map_err(|e| e.send_back(&page, "book", &form))?;
    let done = if form.moving.is_empty() {
        match NewBooking::parse(&slot_id, &professional_id, &form.reason, &form.key) {
            Ok(new) => booking::book(&state.db, &actor, &new).await.map(|id| (id, "booked")),
            Err(error) => Err(error),
        }
    } else {
        booking::reschedule(&state.db, &actor, &form.moving, &slot_id, &form.key).await.map(|id| (id, "moved"))
    };
    let slots = match form.moving.as_str() {
        "" => slots_page(&professional_id),
        moving => format!("{}?move={moving}", slots_page(&professional_id)),
    };
    match done {
        Ok((id, notice)) => Ok(Redirect::to(&format!("/appointments/{id}?notice={notice}"))),
        // Taken in the meantime, or not a slot to book (any more): back to the free slots, told
        // plainly.
        Err(Error::Conflict(problem))
        | Err(Error::Invalid(problem @ (Problem::AppointmentSlotUnknown | Problem::AppointmentSlotPast))) => {
            Err(AppError::Problem(StatusCode::CONFLICT, problem).send_back(&slots, "slots", &Fields::new()))
        }
        Err(error) => Err(AppError::from(error).send_back(&page, "book", &form)),
    }
}

/// Cancelling from the confirmation page: an optional reason.
#[derive(Deserialize, Serialize)]
pub struct CancelForm {
    #[serde(default)]
    reason: String,
    #[serde(default, skip_serializing)]
    confirmed: String,
}

pub async fn cancel(
    State(state): State<AppState>,
    SignedInActor(actor): SignedInActor,
    Path(id): Path<String>,
    FormBody(mut form): FormBody<CancelForm>,
) -> Result<Redirect, AppError> {
    let confirm_page = format!("/appointments/{id}/cancel");
    if !confirmed(&form.confirmed) {
        return Ok(Redirect::to(&confirm_page));
    }
    reason_within_limit(&mut form.reason).map_err(|e| e.send_back(&confirm_page, "cancel", &form))?;
    let reason = parse_reason(&form.reason).map_err(|e| AppError::from(e).send_back(&confirm_page, "cancel", &form))?;
    booking::cancel(&state.db, &actor, &id, reason.as_deref())
        .await
        .map_err(|e| AppError::from(e).send_back(&format!("/appointments/{id}"), "appointment", &Fields::new()))?;
    Ok(Redirect::to(&format!("/appointments/{id}?notice=cancelled")))
}

pub async fn calendar_file(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    SignedInActor(actor): SignedInActor,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let appointment = booking::one(&state.db, &actor, &id).await?;
    let page = state.db.portal_link(&format!("/appointments/{}", appointment.id));
    let headers = [
        (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
        (header::CONTENT_DISPOSITION, "attachment; filename=\"rendez-vous.ics\""),
        (header::CACHE_CONTROL, "no-store"),
    ];
    Ok((headers, appointment.ics(ctx.locale, &page)).into_response())
}

pub async fn wait(
    State(state): State<AppState>,
    SignedInActor(actor): SignedInActor,
    Path(professional_id): Path<String>,
) -> Result<Redirect, AppError> {
    waiting::join(&state.db, &actor, &professional_id).await?;
    Ok(Redirect::to(&format!("{}?notice=waiting", slots_page(&professional_id))))
}

pub async fn stop_waiting(
    State(state): State<AppState>,
    SignedInActor(actor): SignedInActor,
    Path(professional_id): Path<String>,
) -> Result<Redirect, AppError> {
    waiting::leave(&state.db, &actor, &professional_id).await?;
    Ok(Redirect::to("/appointments?notice=left-waiting"))
}

const AVAILABILITY: &str = "/agenda/availability";

/// The availability page after a change of `form`: its notice, or the form sent back.
fn availability_changed(
    result: Result<(), Error>,
    form: &'static str,
    typed: &impl Serialize,
) -> Result<Redirect, AppError> {
    result.map_err(|e| AppError::from(e).send_back(AVAILABILITY, form, typed))?;
    Ok(Redirect::to(&format!("{AVAILABILITY}?notice={form}")))
}

/// A place of consultation.
#[derive(Deserialize, Serialize)]
pub struct PlaceForm {
    name: String,
    address: String,
    postcode: String,
    city: String,
    phone: String,
    zone: String,
}

pub async fn add_place(
    State(state): State<AppState>,
    ProfessionalActor(actor): ProfessionalActor,
    FormBody(form): FormBody<PlaceForm>,
) -> Result<Redirect, AppError> {
    let added = async {
        let f = &form;
        let new = agenda::NewPlace::parse(&f.name, &f.address, &f.postcode, &f.city, &f.phone, &f.zone)?;
        agenda::add_place(&state.db, &actor, &new).await.map(|_| ())
    };
    availability_changed(added.await, "place", &form)
}

/// A weekly opening: a place, a weekday (1 Monday … 7 Sunday), hours, slot length, in person
/// or by video. Kept as typed, each checked with its own problem.
#[derive(Deserialize, Serialize)]
pub struct OpeningForm {
    place: String,
    weekday: String,
    start: String,
    end: String,
    slot: String,
    visit: String,
}

pub async fn add_opening(
    State(state): State<AppState>,
    ProfessionalActor(actor): ProfessionalActor,
    FormBody(form): FormBody<OpeningForm>,
) -> Result<Redirect, AppError> {
    let added = async {
        let visit = match form.visit.as_str() {
            "video" => Visit::Video,
            "in-person" => Visit::InPerson,
            _ => return Err(Error::Invalid(Problem::AvailabilityVisit)),
        };
        let weekday = form
            .weekday
            .parse::<i8>()
            .ok()
            .and_then(|n| jiff::civil::Weekday::from_monday_one_offset(n).ok())
            .ok_or(Error::Invalid(Problem::AvailabilityWeekday))?;
        let rule = WeeklyRule::parse(weekday, &form.start, &form.end, &form.slot, visit)?;
        agenda::add_opening(&state.db, &actor, &form.place, &rule).await
    };
    availability_changed(added.await, "opening", &form)
}

pub async fn remove_opening(
    State(state): State<AppState>,
    ProfessionalActor(actor): ProfessionalActor,
    Path(id): Path<String>,
) -> Result<Redirect, AppError> {
    availability_changed(agenda::remove_opening(&state.db, &actor, &id).await, "opening-removed", &Fields::new())
}

/// Days closed: from, and to (empty for one day).
#[derive(Deserialize, Serialize)]
pub struct ClosureForm {
    from: String,
    #[serde(default)]
    to: String,
}

pub async fn close_days(
    State(state): State<AppState>,
    ProfessionalActor(actor): ProfessionalActor,
    FormBody(form): FormBody<ClosureForm>,
) -> Result<Redirect, AppError> {
    availability_changed(agenda::close_days(&state.db, &actor, &form.from, &form.to).await, "closure", &form)
}

pub async fn reopen_day(
    State(state): State<AppState>,
    ProfessionalActor(actor): ProfessionalActor,
    Path(day): Path<String>,
) -> Result<Redirect, AppError> {
    availability_changed(agenda::reopen_day(&state.db, &actor, &day).await, "reopened", &Fields::new())
}

/// Booking settings: the cut-off, the languages spoken (repeated `language` fields) and the
/// video consultation link.
#[derive(Serialize)]
struct SettingsForm {
    cutoff: String,
    video_url: String,
}

pub async fn settings(
    State(state): State<AppState>,
    ProfessionalActor(actor): ProfessionalActor,
    // Languages come as repeated `language` fields, which a struct or a map would fold into one.
    FormBody(pairs): FormBody<Vec<(String, String)>>,
) -> Result<Redirect, AppError> {
    let value = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    let languages: Vec<String> = pairs.iter().filter(|(k, _)| k == "language").map(|(_, v)| v.clone()).collect();
    let form = SettingsForm { cutoff: value("cutoff"), video_url: value("video_url") };
    let typed =
        agenda::BookingSettings { cutoff_hours: &form.cutoff, languages: &languages, video_url: &form.video_url };
    availability_changed(agenda::set_booking_settings(&state.db, &actor, &typed).await, "settings", &form)
}

/// A professional's cancelling, from its confirmation page.
#[derive(Deserialize)]
pub struct ProfessionalCancelForm {
    #[serde(default)]
    confirmed: String,
}

pub async fn professional_cancel(
    State(state): State<AppState>,
    ProfessionalActor(actor): ProfessionalActor,
    Path(id): Path<String>,
    FormBody(form): FormBody<ProfessionalCancelForm>,
) -> Result<Redirect, AppError> {
    if !confirmed(&form.confirmed) {
        return Ok(Redirect::to(&format!("/agenda/appointments/{id}/cancel")));
    }
    agenda::cancel(&state.db, &actor, &id).await.map_err(|e| {
        AppError::from(e).send_back(&format!("/agenda/appointments/{id}"), "appointment", &Fields::new())
    })?;
    Ok(Redirect::to("/agenda?notice=cancelled"))
}

/// Moving a patient's appointment to another free slot.
#[derive(Deserialize, Serialize)]
pub struct MoveForm {
    slot: String,
}

pub async fn professional_move(
    State(state): State<AppState>,
    ProfessionalActor(actor): ProfessionalActor,
    Path(id): Path<String>,
    FormBody(form): FormBody<MoveForm>,
) -> Result<Redirect, AppError> {
    let new_id = agenda::move_to(&state.db, &actor, &id, &form.slot)
        .await
        .map_err(|e| AppError::from(e).send_back(&format!("/agenda/appointments/{id}"), "appointment", &form))?;
    Ok(Redirect::to(&format!("/agenda/appointments/{new_id}?notice=moved")))
}
