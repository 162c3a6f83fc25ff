//! The appointment pages' forms, for patients and those acting for them: book a slot
//! (`POST /book/{pid}/{slot}`, which moves an appointment instead when the form names one),
//! cancel with an optional reason (`POST /appointments/{id}/cancel`, from its confirmation
//! page), wait for an earlier slot (`POST /waiting/{pid}/join|leave`), and the `.ics` of an
//! appointment (`GET /appointments/{id}/calendar.ics`); the pre-visit form
//! (`POST /appointments/{id}/form`) and its signature with a passkey (the JSON pair
//! `/api/appointments/{id}/sign/start|finish` the signing button calls). Each form is a typed struct; a handler
//! answers with a redirect to its page and a notice, or an [`AppError`] (the form sent back with
//! the problem and what was typed).

use std::collections::HashMap;

use crate::context::{AppState, RequestContext};
use crate::notice::Notice;
use axum::extract::{Extension, Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Json;
use carnet_core::appointments::booking::{self, parse_reason, NewBooking};
use carnet_core::appointments::{visit_forms, waiting, REASON_MAX_CHARS};
use carnet_core::passkeys::{PublicKeyCredential, RequestChallengeResponse, Started};
use carnet_core::{Error, Problem};
use serde::{Deserialize, Serialize};

use crate::web::ceremony::{limit, ClientAddress, Finish};
use crate::web::errors::{ApiError, ApiJson, AppError, FormBody};
use crate::web::extract::SignedInActor;
use crate::web::forms::{confirmed, Fields};
use crate::web::Edge;
use crate::web::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .route("/book/{pid}/{slot}", post(book))
        .route("/appointments/{id}/cancel", post(cancel))
        .route("/appointments/{id}/calendar.ics", get(calendar_file))
        .route("/waiting/{pid}/join", post(wait))
        .route("/waiting/{pid}/leave", post(stop_waiting))
        .route("/appointments/{id}/form", post(answer_form))
        .route("/api/appointments/{id}/sign/start", post(sign_start))
        .route("/api/appointments/{id}/sign/finish", post(sign_finish))
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
    /// The kind of visit chosen on the slots page, if the professional offers kinds.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    kind: String,
}

pub async fn book(
    State(state): State<AppState>,
    SignedInActor(actor): SignedInActor,
    Path((professional_id, slot_id)): Path<(String, String)>,
    FormBody(mut form): FormBody<BookForm>,
) -> Result<Redirect, AppError> {
    // Only a kind's id goes back into an address: what was typed never does as it is.
    let kind = form.kind.trim();
    let kind_query = if kind.len() == 36 && kind.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
        format!("?kind={kind}")
    } else {
        String::new()
    };
    let page = format!("{}/{slot_id}{kind_query}", slots_page(&professional_id));
    reason_within_limit(&mut form.reason).map_err(|e| e.send_back(&page, "book", &form))?;
    let done = if form.moving.is_empty() {
        match NewBooking::parse(&slot_id, &professional_id, &form.reason, &form.kind, &form.key) {
            Ok(new) => booking::book(&state.db, &actor, &new).await.map(|id| (id, Notice::Booked)),
            Err(error) => Err(error),
        }
    } else {
        booking::reschedule(&state.db, &actor, &form.moving, &slot_id, &form.key).await.map(|id| (id, Notice::Moved))
    };
    let slots = match form.moving.as_str() {
        "" => format!("{}{kind_query}", slots_page(&professional_id)),
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

/// The pre-visit form as answered: each question's field (`q-<id>`). Saved, it goes to the
/// signature when the kind asks for one, else back to the appointment; refused, the form comes
/// back with every answer as typed and each wrong one marked.
pub async fn answer_form(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    SignedInActor(actor): SignedInActor,
    Path(id): Path<String>,
    FormBody(fields): FormBody<HashMap<String, String>>,
) -> Result<Redirect, AppError> {
    let page = format!("/appointments/{id}/form");
    let to_sign = visit_forms::answer(&state.db, &actor, &id, ctx.locale, &fields).await.map_err(|e| match e {
        // The form can no longer change: the appointment's page says why.
        Error::Invalid(Problem::VisitFormSigned | Problem::AppointmentCancelled | Problem::AppointmentPast) => {
            AppError::from(e).send_back(&format!("/appointments/{id}"), "appointment", &Fields::new())
        }
        other => AppError::from(other).send_back(&page, "visit-form", &fields),
    })?;
    if to_sign {
        return Ok(Redirect::to(&format!("/appointments/{id}/form/sign")));
    }
    Ok(Redirect::to(&Notice::VisitFormSent.on(&format!("/appointments/{id}"))))
}

/// Where the browser goes once the form is signed.
#[derive(Serialize)]
pub struct Signed {
    redirect: String,
}

/// Starts the signature of an answered form: a passkey check of the signed-in person, bound to
/// the answers as they are.
pub async fn sign_start(
    State(state): State<AppState>,
    State(edge): State<Edge>,
    Extension(ctx): Extension<RequestContext>,
    client: ClientAddress,
    SignedInActor(actor): SignedInActor,
    Path(id): Path<String>,
) -> Result<Json<Started<RequestChallengeResponse>>, ApiError> {
    limit(&state, &edge, &ctx, client).await?;
    let started = visit_forms::start_signing(&state.db, &state.passkeys, &actor, &id).await;
    started.map(Json).map_err(|e| ApiError::from_core(ctx.locale, e))
}

/// Finishes it: the signed answers become a sealed document in the record.
pub async fn sign_finish(
    State(state): State<AppState>,
    State(edge): State<Edge>,
    Extension(ctx): Extension<RequestContext>,
    client: ClientAddress,
    SignedInActor(actor): SignedInActor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<Finish<PublicKeyCredential>>,
) -> Result<Json<Signed>, ApiError> {
    limit(&state, &edge, &ctx, client).await?;
    visit_forms::finish_signing(
        &state.db,
        &state.passkeys,
        &state.sealer,
        &actor,
        &id,
        &body.ceremony,
        &body.credential,
    )
    .await
    .map_err(|e| ApiError::from_core(ctx.locale, e))?;
    Ok(Json(Signed { redirect: Notice::VisitFormSigned.on(&format!("/appointments/{id}")) }))
}
