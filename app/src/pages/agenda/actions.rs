//! The agenda's forms, for professionals: places, openings, closed days and settings
//! (`POST /agenda/…`, back to the availability page with a notice), cancelling a patient's
//! appointment (from its confirmation page) or moving it (`POST /agenda/appointments/{id}/cancel|move`).
//! Each form is a typed struct; a handler answers with a redirect to its page and a notice, or an
//! [`AppError`] (the form sent back with the problem and what was typed).

use axum::extract::{Path, State};
use axum::response::Redirect;
use axum::routing::post;
use carnet_core::appointments::agenda;
use carnet_core::appointments::availability::{Visit, WeeklyRule};
use carnet_core::{Error, Problem};
use serde::{Deserialize, Serialize};

use crate::context::AppState;
use crate::notice::Notice;
use crate::web::errors::{AppError, FormBody};
use crate::web::extract::ProfessionalActor;
use crate::web::forms::{confirmed, Fields};
use crate::web::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .route("/agenda/places", post(add_place))
        .route("/agenda/openings", post(add_opening))
        .route("/agenda/openings/{id}/remove", post(remove_opening))
        .route("/agenda/closures", post(close_days))
        .route("/agenda/closures/{day}/reopen", post(reopen_day))
        .route("/agenda/settings", post(settings))
        .route("/agenda/appointments/{id}/cancel", post(professional_cancel))
        .route("/agenda/appointments/{id}/move", post(professional_move))
}

const AVAILABILITY: &str = "/agenda/availability";

/// The availability page after a change of `form`: its notice, or the form sent back.
fn availability_changed(
    result: Result<(), Error>,
    form: &'static str,
    typed: &impl Serialize,
    notice: Notice,
) -> Result<Redirect, AppError> {
    result.map_err(|e| AppError::from(e).send_back(AVAILABILITY, form, typed))?;
    Ok(Redirect::to(&notice.on(AVAILABILITY)))
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
    availability_changed(added.await, "place", &form, Notice::Place)
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
    availability_changed(added.await, "opening", &form, Notice::Opening)
}

pub async fn remove_opening(
    State(state): State<AppState>,
    ProfessionalActor(actor): ProfessionalActor,
    Path(id): Path<String>,
) -> Result<Redirect, AppError> {
    availability_changed(
        agenda::remove_opening(&state.db, &actor, &id).await,
        "opening",
        &Fields::new(),
        Notice::OpeningRemoved,
    )
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
    availability_changed(
        agenda::close_days(&state.db, &actor, &form.from, &form.to).await,
        "closure",
        &form,
        Notice::Closure,
    )
}

pub async fn reopen_day(
    State(state): State<AppState>,
    ProfessionalActor(actor): ProfessionalActor,
    Path(day): Path<String>,
) -> Result<Redirect, AppError> {
    availability_changed(agenda::reopen_day(&state.db, &actor, &day).await, "closure", &Fields::new(), Notice::Reopened)
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
    availability_changed(
        agenda::set_booking_settings(&state.db, &actor, &typed).await,
        "settings",
        &form,
        Notice::Settings,
    )
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
    Ok(Redirect::to(&Notice::Cancelled.on("/agenda")))
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
    Ok(Redirect::to(&Notice::Moved.on(&format!("/agenda/appointments/{new_id}"))))
}
