//! The appointment pages' forms, for patients and those acting for them: book a slot
//! (`POST /book/{pid}/{slot}`, which moves an appointment instead when the form names one),
//! cancel with an optional reason (`POST /appointments/{id}/cancel`, from its confirmation
//! page), wait for an earlier slot (`POST /waiting/{pid}/join|leave`), and the `.ics` of an
//! appointment (`GET /appointments/{id}/calendar.ics`). Each form is a typed struct; a handler
//! answers with a redirect to its page and a notice, or an [`AppError`] (the form sent back with
//! the problem and what was typed).

use crate::context::{AppState, RequestContext};
use crate::notice::Notice;
use axum::extract::{Extension, Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use carnet_core::appointments::booking::{self, parse_reason, NewBooking};
use carnet_core::appointments::{waiting, REASON_MAX_CHARS};
use carnet_core::{Error, Problem};
use serde::{Deserialize, Serialize};

use crate::web::errors::{AppError, FormBody};
use crate::web::extract::SignedInActor;
use crate::web::forms::{confirmed, Fields};
use crate::web::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .route("/book/{pid}/{slot}", post(book))
        .route("/appointments/{id}/cancel", post(cancel))
        .route("/appointments/{id}/calendar.ics", get(calendar_file))
        .route("/waiting/{pid}/join", post(wait))
        .route("/waiting/{pid}/leave", post(stop_waiting))
}

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
            Ok(new) => booking::book(&state.db, &actor, &new).await.map(|id| (id, Notice::Booked)),
            Err(error) => Err(error),
        }
    } else {
        booking::reschedule(&state.db, &actor, &form.moving, &slot_id, &form.key).await.map(|id| (id, Notice::Moved))
    };
    let slots = match form.moving.as_str() {
        "" => slots_page(&professional_id),
        moving => format!("{}?move={moving}", slots_page(&professional_id)),
    };
    match done {
        Ok((id, notice)) => Ok(Redirect::to(&notice.on(&format!("/appointments/{id}")))),
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
    Ok(Redirect::to(&Notice::Cancelled.on(&format!("/appointments/{id}"))))
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
    Ok(Redirect::to(&Notice::Waiting.on(&slots_page(&professional_id))))
}

pub async fn stop_waiting(
    State(state): State<AppState>,
    SignedInActor(actor): SignedInActor,
    Path(professional_id): Path<String>,
) -> Result<Redirect, AppError> {
    waiting::leave(&state.db, &actor, &professional_id).await?;
    Ok(Redirect::to(&Notice::LeftWaiting.on("/appointments")))
}
