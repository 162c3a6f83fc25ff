//! The reception desk's forms: enrol a patient (`POST /desk/enrol`), start a recovery
//! (`/desk/recover`) — each link e-mailed or kept for the handover page — create a minor's record
//! and propose their representatives (`/desk/minor`), approve or refuse a colleague's proposal
//! (`/desk/representatives/:id/approve|refuse`), run an assisted session (start,
//! send the code, check it, or approve with the patient's passkey through the JSON API; end it),
//! and mark the device as a kiosk (`/desk/kiosk`). Each form is a typed struct; a handler answers
//! with a redirect to its page and a notice, or an [`AppError`] (the form sent back with the
//! problem and what was typed).

use crate::context::{AppState, RequestContext};
use crate::notice::Notice;
use axum::extract::{Extension, Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::post;
use axum::Json;
use carnet_core::desk::assisted::{self, Desk};
use carnet_core::desk::enrolment::{self, HandedOver, Handover, HandoverKey, NewPatient};
use carnet_core::desk::minors::{self, NewMinor};
use carnet_core::desk::representatives::{self, Decided};
use carnet_core::passkeys::{PublicKeyCredential, RequestChallengeResponse, Started};
use carnet_core::policy::AccountAction;
use carnet_core::record::publish::PatientNamed;
use carnet_core::{sign_in, Error};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

use crate::web::ceremony::{limit, ClientAddress, Finish};
use crate::web::errors::{form_error, ApiError, ApiJson, AppError, FormBody};
use crate::web::extract::SignedInActor;
use crate::web::forms::Fields;
use crate::web::session::{self, ASSISTED_KEY, HANDOVER_KEY, KIOSK_COOKIE};
use crate::web::{Edge, Routes};

pub fn routes() -> Routes {
    Routes::new()
        .route("/desk/enrol", post(enrol))
        .route("/desk/recover", post(recover))
        .route("/desk/minor", post(minor))
        .route("/desk/representatives/{id}/approve", post(approve_representative))
        .route("/desk/representatives/{id}/refuse", post(refuse_representative))
        .route("/desk/kiosk", post(kiosk))
        .route("/desk/assist", post(assist_start))
        .route("/desk/assist/end", post(assist_end))
        .route("/desk/assist/{id}/code", post(assist_code))
        .route("/desk/assist/{id}/verify", post(assist_verify))
        .route("/api/desk/assist/{id}/approve/start", post(approve_start))
        .route("/api/desk/assist/{id}/approve/finish", post(approve_finish))
}

/// How staff chose to give a link: e-mailed (the default) or shown now as a QR code (`print`).
fn handover_of(choice: &str, state: &AppState) -> Handover {
    if choice == "print" {
        Handover::Printed(HandoverKey::of(&state.sealer))
    } else {
        Handover::Email
    }
}

/// Enrolling a patient present at the desk.
#[derive(Deserialize, Serialize)]
pub struct EnrolForm {
    name: String,
    email: String,
    ins: String,
    birth: String,
    #[serde(default)]
    handover: String,
}

pub async fn enrol(
    State(state): State<AppState>,
    State(edge): State<Edge>,
    Extension(ctx): Extension<RequestContext>,
    SignedInActor(actor): SignedInActor,
    session: Session,
    FormBody(form): FormBody<EnrolForm>,
) -> Result<Response, AppError> {
    let handover = handover_of(&form.handover, &state);
    let enrolled = async {
        let new = NewPatient::parse(&form.name, &form.email, &form.ins, &form.birth)?;
        enrolment::enrol(&state.db, &actor, &new, handover, edge.enrolment_ttl_hours).await
    };
    let handed = enrolled.await.map_err(|e| AppError::from(e).send_back("/desk", "enrol", &form))?;
    Ok(match handed {
        None => Redirect::to(&Notice::Enrolled.on("/desk")).into_response(),
        Some(handed) => hand_over(&ctx, &session, handed).await,
    })
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

/// A patient named by INS and birth date (recovery; an assisted session, without `handover`).
#[derive(Deserialize, Serialize)]
pub struct NamedPatientForm {
    ins: String,
    birth: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    handover: String,
}

pub async fn recover(
    State(state): State<AppState>,
    State(edge): State<Edge>,
    Extension(ctx): Extension<RequestContext>,
    SignedInActor(actor): SignedInActor,
    session: Session,
    FormBody(form): FormBody<NamedPatientForm>,
) -> Result<Response, AppError> {
    let handover = handover_of(&form.handover, &state);
    let recovered = async {
        let named = PatientNamed::parse(&form.ins, &form.birth)?;
        enrolment::recover(&state.db, &actor, &named, handover, edge.enrolment_ttl_hours).await
    };
    let handed = recovered.await.map_err(|e| AppError::from(e).send_back("/desk", "recover", &form))?;
    Ok(match handed {
        None => Redirect::to(&Notice::RecoverySent.on("/desk")).into_response(),
        Some(handed) => hand_over(&ctx, &session, handed).await,
    })
}

/// A minor's record: the child, one or two representatives, and the document that proves it.
#[derive(Deserialize, Serialize)]
pub struct MinorForm {
    given: String,
    family: String,
    birth: String,
    ins: String,
    #[serde(default)]
    own_email: String,
    rep1_name: String,
    rep1_email: String,
    #[serde(default)]
    rep2_name: String,
    #[serde(default)]
    rep2_email: String,
    #[serde(default)]
    evidence: String,
}

pub async fn minor(
    State(state): State<AppState>,
    SignedInActor(actor): SignedInActor,
    FormBody(form): FormBody<MinorForm>,
) -> Result<Redirect, AppError> {
    let proposed = async {
        let f = &form;
        let representatives = [(f.rep1_name.as_str(), f.rep1_email.as_str()), (&f.rep2_name, &f.rep2_email)];
        let today = state.db.today();
        let new =
            NewMinor::parse(&f.given, &f.family, &f.birth, &f.ins, &f.own_email, &representatives, &f.evidence, today)?;
        minors::propose(&state.db, &actor, &new).await
    };
    let proposed = proposed.await.map_err(|e| AppError::from(e).send_back("/desk", "minor", &form))?;
    let notice = if proposed.created { Notice::MinorCreated } else { Notice::MinorRepresentativesProposed };
    Ok(Redirect::to(&notice.on("/desk#waiting-title")))
}

pub async fn approve_representative(
    state: State<AppState>,
    edge: State<Edge>,
    actor: SignedInActor,
    Path(id): Path<String>,
) -> Result<Redirect, AppError> {
    decide_representative(state, edge, actor, id, true).await
}

pub async fn refuse_representative(
    state: State<AppState>,
    edge: State<Edge>,
    actor: SignedInActor,
    Path(id): Path<String>,
) -> Result<Redirect, AppError> {
    decide_representative(state, edge, actor, id, false).await
}

/// A decision on a proposal waiting on the desk's page; a refusal comes back there with its
/// reason (a second person is needed, the person cannot be appointed).
async fn decide_representative(
    State(state): State<AppState>,
    State(edge): State<Edge>,
    SignedInActor(actor): SignedInActor,
    id: String,
    approve: bool,
) -> Result<Redirect, AppError> {
    let decided = representatives::decide(&state.db, &actor, &id, approve, edge.enrolment_ttl_hours).await;
    let decided = decided.map_err(|e| AppError::from(e).send_back("/desk", "waiting", &Fields::new()))?;
    let notice = match decided {
        Decided::Approved => Notice::RepresentativeApproved,
        Decided::Refused => Notice::RepresentativeRefused,
    };
    Ok(Redirect::to(&notice.on("/desk#waiting-title")))
}

/// The desk's sign-in: the staff member as the actor and their sign-in, or not found when the
/// policy says they may not run an assisted session (not staff, acting for someone, or inside an
/// assisted session already: a new one starts from a fresh sign-in).
fn desk_of(ctx: &RequestContext) -> Option<(carnet_core::policy::Actor, &str)> {
    let viewer = ctx.viewer.as_ref()?;
    ctx.may(AccountAction::RunAssistedSession)
        .then(|| (carnet_core::policy::Actor::person(&viewer.account), viewer.sign_in_id.as_str()))
}

pub async fn assist_start(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    FormBody(form): FormBody<NamedPatientForm>,
) -> Result<Redirect, AppError> {
    let (actor, sign_in_id) = desk_of(&ctx).ok_or(AppError::NotFound)?;
    let started = async {
        let named = PatientNamed::parse(&form.ins, &form.birth)?;
        assisted::start(&state.db, Desk { actor: &actor, sign_in_id }, &named).await
    };
    let id = started.await.map_err(|e| AppError::from(e).send_back("/desk", "assist", &form))?;
    Ok(Redirect::to(&format!("/desk/assist/{id}")))
}

/// The session's page, its code form sent back with a problem.
fn on_code_form(error: Error, id: &str) -> AppError {
    let id: String = id.chars().filter(|c| c.is_ascii_hexdigit() || *c == '-').collect();
    AppError::from(error).send_back(&format!("/desk/assist/{id}"), "code", &Fields::new())
}

pub async fn assist_code(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    Path(id): Path<String>,
) -> Result<Redirect, AppError> {
    let (actor, sign_in_id) = desk_of(&ctx).ok_or(AppError::NotFound)?;
    assisted::send_code(&state.db, Desk { actor: &actor, sign_in_id }, &id).await.map_err(|e| on_code_form(e, &id))?;
    Ok(Redirect::to(&Notice::CodeSent.on(&format!("/desk/assist/{id}#code-title"))))
}

/// The code the patient reads back.
#[derive(Deserialize)]
pub struct CodeForm {
    code: String,
}

pub async fn assist_verify(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    session: Session,
    Path(id): Path<String>,
    FormBody(form): FormBody<CodeForm>,
) -> Result<Response, AppError> {
    let (actor, sign_in_id) = desk_of(&ctx).ok_or(AppError::NotFound)?;
    let desk = Desk { actor: &actor, sign_in_id };
    assisted::approve_with_code(&state.db, desk, &id, &form.code).await.map_err(|e| on_code_form(e, &id))?;
    Ok(enter(&ctx, &session, id).await)
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

/// Where the browser goes once the patient's passkey approved the session.
#[derive(Serialize)]
pub struct Approved {
    redirect: &'static str,
}

pub async fn approve_start(
    State(state): State<AppState>,
    State(edge): State<Edge>,
    Extension(ctx): Extension<RequestContext>,
    client: ClientAddress,
    Path(id): Path<String>,
) -> Result<Json<Started<RequestChallengeResponse>>, ApiError> {
    limit(&state, &edge, &ctx, client).await?;
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
    client: ClientAddress,
    session: Session,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<Finish<PublicKeyCredential>>,
) -> Result<Json<Approved>, ApiError> {
    limit(&state, &edge, &ctx, client).await?;
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
) -> Result<Response, AppError> {
    if let (Some(viewer), Some(running)) = (&ctx.viewer, &ctx.assisted) {
        assisted::end(&state.db, &viewer.account.id, &running.id).await?;
        sign_in::end(&state.db, &viewer.sign_in_id).await?;
    }
    let _ = session.flush().await;
    Ok(session::cleared(&edge, Redirect::to(&Notice::SessionEnded.on("/")).into_response()))
}

/// Marking this device as a kiosk (a checkbox).
#[derive(Deserialize)]
pub struct KioskForm {
    #[serde(default)]
    kiosk: Option<String>,
}

/// Marks this device as a kiosk, or not (staff or admin).
pub async fn kiosk(
    State(edge): State<Edge>,
    SignedInActor(actor): SignedInActor,
    FormBody(form): FormBody<KioskForm>,
) -> Result<Response, AppError> {
    carnet_core::desk::may_mark_kiosk(&actor)?;
    let on = form.kiosk.is_some();
    let cookie = session::cookie(&edge, KIOSK_COOKIE, on.then_some("1"));
    let notice = if on { Notice::KioskOn } else { Notice::KioskOff };
    Ok(([(header::SET_COOKIE, cookie)], Redirect::to(&notice.on("/desk"))).into_response())
}
