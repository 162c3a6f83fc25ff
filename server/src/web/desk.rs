//! The reception desk's forms: enrol a patient (`POST /desk/enrol`), start a recovery
//! (`/desk/recover`) — each link e-mailed or kept for the handover page — create a minor's record (`/desk/minor`), run an assisted session (start,
//! send the code, check it, or approve with the patient's passkey through the JSON API; end it),
//! and mark the device as a kiosk (`/desk/kiosk`). Each answers with a redirect to its page, with
//! a notice, or with the reason and the fields typed.

use carnet_core::Problem;
use std::net::SocketAddr;

use axum::extract::{ConnectInfo, Extension, Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;
use carnet_app::context::{AppState, RequestContext};
use carnet_core::desk::assisted::{self, Desk};
use carnet_core::desk::enrolment::{self, HandedOver, Handover, NewPatient};
use carnet_core::desk::minors::{self, NewMinor};
use carnet_core::enrolment::Purpose;
use carnet_core::passkeys::{PublicKeyCredential, RequestChallengeResponse, Started};
use carnet_core::record::publish::PatientNamed;
use carnet_core::{sign_in, Error};
use serde::Serialize;
use tower_sessions::Session;

use super::context::{ASSISTED_KEY, HANDOVER_KEY, KIOSK_COOKIE, LANGUAGE_COOKIE};
use super::errors::{form_error, form_failed, ApiError, ApiJson, FormBody};
use super::extract::SignedInActor;
use super::forms::{self, field, Fields};
use super::passkeys::{limit, Finish};
use super::Edge;

pub async fn enrol(
    State(state): State<AppState>,
    State(edge): State<Edge>,
    Extension(ctx): Extension<RequestContext>,
    SignedInActor(actor): SignedInActor,
    session: Session,
    FormBody(fields): FormBody<Fields>,
) -> Response {
    let handover = handover_of(&fields);
    let enrolled = match NewPatient::parse(
        field(&fields, "name"),
        field(&fields, "email"),
        field(&fields, "ins"),
        field(&fields, "birth"),
    ) {
        Ok(new) => enrolment::enrol(&state.db, &actor, &new, handover, edge.enrolment_ttl_hours).await,
        Err(error) => Err(error),
    };
    match (enrolled, handover) {
        (Ok(_), Handover::Email) => Redirect::to("/desk?notice=enrolled").into_response(),
        (Ok(token), Handover::Printed) => {
            hand_over(&ctx, &session, HandedOver { token, purpose: Purpose::Enrol }).await
        }
        (Err(Error::Invalid(id) | Error::Conflict(id)), _) => forms::back("/desk", "enrol", id, &fields),
        (Err(error), _) => failed(&ctx, error),
    }
}

/// How staff chose to give the link: e-mailed (the default) or shown now as a QR code.
fn handover_of(fields: &Fields) -> Handover {
    if field(fields, "handover") == "print" {
        Handover::Printed
    } else {
        Handover::Email
    }
}

/// Keeps the link for the handover page, which shows it once.
async fn hand_over(ctx: &RequestContext, session: &Session, link: HandedOver) -> Response {
    match session.insert(HANDOVER_KEY, link).await {
        Ok(()) => Redirect::to("/desk/handover").into_response(),
        Err(error) => {
            tracing::error!(%error, "could not keep the link to hand over");
            form_error(ctx.locale, StatusCode::SERVICE_UNAVAILABLE, "error-internal")
        }
    }
}

pub async fn recover(
    State(state): State<AppState>,
    State(edge): State<Edge>,
    Extension(ctx): Extension<RequestContext>,
    SignedInActor(actor): SignedInActor,
    session: Session,
    FormBody(fields): FormBody<Fields>,
) -> Response {
    let handover = handover_of(&fields);
    let recovered = match PatientNamed::parse(field(&fields, "ins"), field(&fields, "birth")) {
        Ok(named) => enrolment::recover(&state.db, &actor, &named, handover, edge.enrolment_ttl_hours).await,
        Err(error) => Err(error),
    };
    match (recovered, handover) {
        (Ok(_), Handover::Email) => Redirect::to("/desk?notice=recovery-sent").into_response(),
        (Ok(token), Handover::Printed) => {
            hand_over(&ctx, &session, HandedOver { token, purpose: Purpose::Recovery }).await
        }
        (Err(Error::Invalid(id)), _) => forms::back("/desk", "recover", id, &fields),
        (Err(error), _) => failed(&ctx, error),
    }
}

pub async fn minor(
    State(state): State<AppState>,
    State(edge): State<Edge>,
    Extension(ctx): Extension<RequestContext>,
    SignedInActor(actor): SignedInActor,
    FormBody(fields): FormBody<Fields>,
) -> Response {
    let representatives = [
        (field(&fields, "rep1_name"), field(&fields, "rep1_email")),
        (field(&fields, "rep2_name"), field(&fields, "rep2_email")),
    ];
    let created = match NewMinor::parse(
        field(&fields, "given"),
        field(&fields, "family"),
        field(&fields, "birth"),
        field(&fields, "ins"),
        field(&fields, "own_email"),
        &representatives,
        state.db.today(),
    ) {
        Ok(new) => minors::create(&state.db, &actor, &new, edge.enrolment_ttl_hours).await,
        Err(error) => Err(error),
    };
    match created {
        Ok(_) => Redirect::to("/desk?notice=minor-created").into_response(),
        Err(Error::Invalid(id) | Error::Conflict(id)) => forms::back("/desk", "minor", id, &fields),
        Err(error) => failed(&ctx, error),
    }
}

/// The desk's sign-in: the staff member as the actor and their sign-in, or not found.
fn desk_of(ctx: &RequestContext) -> Option<(carnet_core::policy::Actor, &str)> {
    let viewer = ctx.viewer.as_ref()?;
    // An assisted session runs already: a new one starts from a fresh sign-in.
    if ctx.assisted.is_some() {
        return None;
    }
    Some((carnet_core::policy::Actor::person(&viewer.account), &viewer.sign_in_id))
}

pub async fn assist_start(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    FormBody(fields): FormBody<Fields>,
) -> Response {
    let Some((actor, sign_in_id)) = desk_of(&ctx) else { return not_found(&ctx) };
    let desk = Desk { actor: &actor, sign_in_id };
    let started = match PatientNamed::parse(field(&fields, "ins"), field(&fields, "birth")) {
        Ok(named) => assisted::start(&state.db, desk, &named).await,
        Err(error) => Err(error),
    };
    match started {
        Ok(id) => Redirect::to(&format!("/desk/assist/{id}")).into_response(),
        Err(Error::Invalid(id)) => forms::back("/desk", "assist", id, &fields),
        Err(error) => failed(&ctx, error),
    }
}

pub async fn assist_code(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Response {
    let Some((actor, sign_in_id)) = desk_of(&ctx) else { return not_found(&ctx) };
    match assisted::send_code(&state.db, Desk { actor: &actor, sign_in_id }, &id).await {
        Ok(()) => Redirect::to(&format!("/desk/assist/{id}?notice=code-sent#code-title")).into_response(),
        Err(Error::Invalid(error)) => assist_page_error(&id, error),
        Err(error) => failed(&ctx, error),
    }
}

pub async fn assist_verify(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    session: Session,
    Path(id): Path<String>,
    FormBody(fields): FormBody<Fields>,
) -> Response {
    let Some((actor, sign_in_id)) = desk_of(&ctx) else { return not_found(&ctx) };
    let desk = Desk { actor: &actor, sign_in_id };
    match assisted::approve_with_code(&state.db, desk, &id, field(&fields, "code")).await {
        Ok(()) => enter(&ctx, &session, id).await,
        Err(Error::Invalid(error)) => assist_page_error(&id, error),
        Err(error) => failed(&ctx, error),
    }
}

/// Runs the approved session in this browser's web session: from now on every page is the
/// patient's, under the "assisted by" banner.
async fn enter(ctx: &RequestContext, session: &Session, id: String) -> Response {
    match session.insert(ASSISTED_KEY, id).await {
        Ok(()) => Redirect::to("/").into_response(),
        Err(error) => {
            tracing::error!(%error, "could not start the assisted session");
            form_error(ctx.locale, StatusCode::SERVICE_UNAVAILABLE, "error-internal")
        }
    }
}

fn assist_page_error(id: &str, error: Problem) -> Response {
    let id: String = id.chars().filter(|c| c.is_ascii_hexdigit() || *c == '-').collect();
    forms::back(&format!("/desk/assist/{id}"), "code", error, &Fields::new())
}

/// Where the browser goes once the patient's passkey approved the session.
#[derive(Serialize)]
pub struct Approved {
    redirect: &'static str,
}

pub async fn approve_start(
    State(state): State<AppState>,
    State(edge): State<Edge>,
    Extension(ctx): Extension<RequestContext>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path(id): Path<String>,
) -> Result<Json<Started<RequestChallengeResponse>>, ApiError> {
    limit(&state, &edge, &ctx, peer).await?;
    let not_found = || ApiError::new(ctx.locale, StatusCode::NOT_FOUND, "error-not-found");
    let (actor, sign_in_id) = desk_of(&ctx).ok_or_else(not_found)?;
    let desk = Desk { actor: &actor, sign_in_id };
    let started = assisted::start_passkey_approval(&state.db, &state.passkeys, desk, &id).await;
    started.map(Json).map_err(|e| ApiError::from_core(ctx.locale, e))
}

pub async fn approve_finish(
    State(state): State<AppState>,
    State(edge): State<Edge>,
    Extension(ctx): Extension<RequestContext>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    session: Session,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<Finish<PublicKeyCredential>>,
) -> Result<Json<Approved>, ApiError> {
    limit(&state, &edge, &ctx, peer).await?;
    let not_found = || ApiError::new(ctx.locale, StatusCode::NOT_FOUND, "error-not-found");
    let (actor, sign_in_id) = desk_of(&ctx).ok_or_else(not_found)?;
    let desk = Desk { actor: &actor, sign_in_id };
    assisted::finish_passkey_approval(&state.db, &state.passkeys, desk, &id, &body.ceremony, &body.credential)
        .await
        .map_err(|e| ApiError::from_core(ctx.locale, e))?;
    session.insert(ASSISTED_KEY, id).await.map_err(|error| {
        tracing::error!(%error, "could not start the assisted session");
        ApiError::unavailable(ctx.locale)
    })?;
    Ok(Json(Approved { redirect: "/" }))
}

/// Ends the assisted session with one button: the session, the desk's sign-in, and everything
/// this site left in the browser (cookies but the kiosk mark, storage, cache).
pub async fn assist_end(
    State(state): State<AppState>,
    State(edge): State<Edge>,
    Extension(ctx): Extension<RequestContext>,
    session: Session,
) -> Response {
    if let (Some(viewer), Some(running)) = (&ctx.viewer, &ctx.assisted) {
        let ended = async {
            assisted::end(&state.db, &viewer.account.id, &running.id).await?;
            sign_in::end(&state.db, &viewer.sign_in_id).await
        };
        if let Err(error) = ended.await {
            return failed(&ctx, error);
        }
    }
    let _ = session.flush().await;
    cleared(&edge, Redirect::to("/?notice=session-ended").into_response())
}

/// Adds to a response what leaves nothing of this site in the browser: `Clear-Site-Data` for
/// its cache and storage, and expired cookies (the session's and the language's; the kiosk
/// mark stays, it belongs to the device).
pub fn cleared(edge: &Edge, mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert("clear-site-data", HeaderValue::from_static("\"cache\", \"storage\""));
    let secure = if edge.secure_cookies { "; Secure" } else { "" };
    for name in ["carnet_session", LANGUAGE_COOKIE] {
        let expired = format!("{name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax{secure}");
        if let Ok(value) = HeaderValue::from_str(&expired) {
            headers.append(header::SET_COOKIE, value);
        }
    }
    response
}

/// Marks this device as a kiosk, or not (staff or admin).
pub async fn kiosk(
    State(edge): State<Edge>,
    Extension(ctx): Extension<RequestContext>,
    SignedInActor(actor): SignedInActor,
    FormBody(fields): FormBody<Fields>,
) -> Response {
    if let Err(error) = carnet_core::desk::may_mark_kiosk(&actor) {
        return failed(&ctx, error);
    }
    let on = field(&fields, "kiosk") == "on";
    let secure = if edge.secure_cookies { "; Secure" } else { "" };
    let cookie = match on {
        true => format!("{KIOSK_COOKIE}=1; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax{secure}"),
        false => format!("{KIOSK_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax{secure}"),
    };
    let notice = if on { "kiosk-on" } else { "kiosk-off" };
    ([(header::SET_COOKIE, cookie)], Redirect::to(&format!("/desk?notice={notice}"))).into_response()
}

fn not_found(ctx: &RequestContext) -> Response {
    form_error(ctx.locale, StatusCode::NOT_FOUND, "error-not-found")
}

fn failed(ctx: &RequestContext, error: Error) -> Response {
    form_failed(ctx.locale, error, "a desk action")
}
