//! The passkey JSON API the islands call: start and finish of enrolment (from a link), adding a
//! passkey (signed in) and signing in. Ceremony state stays on the server; every endpoint is
//! rate-limited per client address with counters in the database.

use axum::extract::{Extension, State};
use axum::http::StatusCode;
use axum::Json;
use carnet_app::context::{AppState, RequestContext};
use carnet_core::passkeys::{
    CreationChallengeResponse, PublicKeyCredential, RegisterPublicKeyCredential, RequestChallengeResponse,
};
use carnet_core::passkeys::{FinishingFor, NewPasskeyFor, Started};
use carnet_core::policy::AccountAction;
use carnet_core::sign_in::{self, SignedIn};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

use carnet_app::notice::Notice;
use carnet_app::web::ceremony::{limit, limit_autofill, ClientAddress, Finish};
use carnet_app::web::errors::{ApiError, ApiJson};
use carnet_app::web::session::SIGN_IN_KEY;
use carnet_app::web::Edge;

#[derive(Deserialize)]
pub struct LinkStart {
    token: String,
}

#[derive(Deserialize)]
pub struct SignInStart {
    #[serde(default)]
    conditional: bool,
}

/// Where the browser goes once a ceremony succeeded.
#[derive(Serialize)]
pub struct Done {
    redirect: String,
}

type ApiResult<T> = Result<Json<T>, ApiError>;

/// The signed-in person changing their own passkeys; never during an assisted session (the
/// desk's device is the patient's for its duration, and credentials are not what they ask for).
fn signed_in(ctx: &RequestContext) -> Result<&SignedIn, ApiError> {
    let viewer = ctx
        .viewer
        .as_ref()
        .ok_or_else(|| ApiError::new(ctx.locale, StatusCode::UNAUTHORIZED, "error-sign-in-required"))?;
    if !ctx.may(AccountAction::ManageAccount) {
        return Err(ApiError::new(ctx.locale, StatusCode::NOT_FOUND, "error-not-found"));
    }
    Ok(viewer)
}

/// The signed-in person, who proved with a passkey that they are there in the last 5 minutes
/// (`sign_in::FRESH_VERIFICATION_MS`): what adding a passkey needs (403 otherwise; the account
/// page offers "It's me" first).
fn freshly_verified(ctx: &RequestContext) -> Result<&SignedIn, ApiError> {
    let viewer = signed_in(ctx)?;
    if !viewer.freshly_verified(carnet_core::clock::now_ms()) {
        return Err(ApiError::new(ctx.locale, StatusCode::FORBIDDEN, "error-verify-first"));
    }
    Ok(viewer)
}

/// Starts a new web session for a sign-in: a fresh session id (no fixation), pointing at the
/// `sign_ins` row. A sign-in this browser already had is ended first.
async fn open_session(
    state: &AppState,
    session: &Session,
    ctx: &RequestContext,
    sign_in_id: String,
) -> Result<(), ApiError> {
    if let Some(previous) = &ctx.viewer {
        sign_in::end(&state.db, &previous.sign_in_id).await.map_err(|e| ApiError::from_core(ctx.locale, e))?;
    }
    let result = async {
        session.cycle_id().await?;
        session.insert(SIGN_IN_KEY, sign_in_id).await
    }
    .await;
    result.map_err(|error| {
        tracing::error!(%error, "could not open the session");
        ApiError::unavailable(ctx.locale)
    })
}

pub async fn enrol_start(
    State(state): State<AppState>,
    State(edge): State<Edge>,
    Extension(ctx): Extension<RequestContext>,
    client: ClientAddress,
    ApiJson(body): ApiJson<LinkStart>,
) -> ApiResult<Started<CreationChallengeResponse>> {
    limit(&state, &edge, &ctx, client).await?;
    let started = state.passkeys.start_registration(&state.db, NewPasskeyFor::Link { token: &body.token }).await;
    started.map(Json).map_err(|e| ApiError::from_core(ctx.locale, e))
}

pub async fn enrol_finish(
    State(state): State<AppState>,
    State(edge): State<Edge>,
    Extension(ctx): Extension<RequestContext>,
    client: ClientAddress,
    session: Session,
    ApiJson(body): ApiJson<Finish<RegisterPublicKeyCredential>>,
) -> ApiResult<Done> {
    limit(&state, &edge, &ctx, client).await?;
    let sign_in_id = state
        .passkeys
        .finish_registration(&state.db, &body.ceremony, &body.credential, FinishingFor::Link, ctx.locale)
        .await
        .map_err(|e| ApiError::from_core(ctx.locale, e))?;
    if let Some(sign_in_id) = sign_in_id {
        open_session(&state, &session, &ctx, sign_in_id).await?;
    }
    Ok(Json(Done { redirect: "/".to_string() }))
}

pub async fn add_start(
    State(state): State<AppState>,
    State(edge): State<Edge>,
    Extension(ctx): Extension<RequestContext>,
    client: ClientAddress,
) -> ApiResult<Started<CreationChallengeResponse>> {
    let viewer = freshly_verified(&ctx)?;
    limit(&state, &edge, &ctx, client).await?;
    let who = NewPasskeyFor::Account { account_id: &viewer.account.id };
    let started = state.passkeys.start_registration(&state.db, who).await;
    started.map(Json).map_err(|e| ApiError::from_core(ctx.locale, e))
}

pub async fn add_finish(
    State(state): State<AppState>,
    State(edge): State<Edge>,
    Extension(ctx): Extension<RequestContext>,
    client: ClientAddress,
    ApiJson(body): ApiJson<Finish<RegisterPublicKeyCredential>>,
) -> ApiResult<Done> {
    let viewer = freshly_verified(&ctx)?;
    limit(&state, &edge, &ctx, client).await?;
    let who = FinishingFor::Account { account_id: &viewer.account.id };
    state
        .passkeys
        .finish_registration(&state.db, &body.ceremony, &body.credential, who, ctx.locale)
        .await
        .map_err(|e| ApiError::from_core(ctx.locale, e))?;
    Ok(Json(Done { redirect: Notice::PasskeyAdded.on("/account") }))
}

/// "It's me": a passkey check of the signed-in person that signs nobody in, and makes their
/// sign-in freshly verified for 5 minutes (adding or removing a passkey needs it).
pub async fn verify_start(
    State(state): State<AppState>,
    State(edge): State<Edge>,
    Extension(ctx): Extension<RequestContext>,
    client: ClientAddress,
) -> ApiResult<Started<RequestChallengeResponse>> {
    let viewer = signed_in(&ctx)?;
    limit(&state, &edge, &ctx, client).await?;
    let started = state.passkeys.start_approval(&state.db, &viewer.account.id).await;
    started.map(Json).map_err(|e| ApiError::from_core(ctx.locale, e))
}

pub async fn verify_finish(
    State(state): State<AppState>,
    State(edge): State<Edge>,
    Extension(ctx): Extension<RequestContext>,
    client: ClientAddress,
    ApiJson(body): ApiJson<Finish<PublicKeyCredential>>,
) -> ApiResult<Done> {
    let viewer = signed_in(&ctx)?;
    limit(&state, &edge, &ctx, client).await?;
    state
        .passkeys
        .finish_approval(&state.db, &body.ceremony, &body.credential, &viewer.account.id)
        .await
        .map_err(|e| ApiError::from_core(ctx.locale, e))?;
    sign_in::mark_verified(&state.db, &viewer.sign_in_id).await.map_err(|e| ApiError::from_core(ctx.locale, e))?;
    Ok(Json(Done { redirect: format!("{}#passkeys-title", Notice::Verified.on("/account")) }))
}

pub async fn sign_in_start(
    State(state): State<AppState>,
    State(edge): State<Edge>,
    Extension(ctx): Extension<RequestContext>,
    client: ClientAddress,
    ApiJson(body): ApiJson<SignInStart>,
) -> ApiResult<Started<RequestChallengeResponse>> {
    if body.conditional {
        limit_autofill(&state, &edge, &ctx, client).await?;
    } else {
        limit(&state, &edge, &ctx, client).await?;
    }
    let started = state.passkeys.start_authentication(&state.db, body.conditional).await;
    started.map(Json).map_err(|e| ApiError::from_core(ctx.locale, e))
}

pub async fn sign_in_finish(
    State(state): State<AppState>,
    State(edge): State<Edge>,
    Extension(ctx): Extension<RequestContext>,
    client: ClientAddress,
    session: Session,
    ApiJson(body): ApiJson<Finish<PublicKeyCredential>>,
) -> ApiResult<Done> {
    limit(&state, &edge, &ctx, client).await?;
    let sign_in_id = state
        .passkeys
        .finish_authentication(&state.db, &body.ceremony, &body.credential)
        .await
        .map_err(|e| ApiError::from_core(ctx.locale, e))?;
    open_session(&state, &session, &ctx, sign_in_id).await?;
    Ok(Json(Done { redirect: "/".to_string() }))
}
