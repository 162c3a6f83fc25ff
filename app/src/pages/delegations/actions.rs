//! The forms behind delegations: a patient invites a caregiver (`POST /caregivers/invite`);
//! the invited person accepts with their account (`POST /invitations/{token}/accept`) or makes
//! one (`POST /invitations/{token}/join`, then enrols a passkey); either side ends it
//! (`POST /delegations/{id}/end`); a caregiver chooses whom they act for (`POST /acting-for`).
//! Each answers with a redirect to its page and a notice, or an [`AppError`] (the form sent back
//! with the problem and what was typed).

use crate::context::{AppState, RequestContext};
use crate::notice::Notice;
use axum::extract::{Extension, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::post;
use carnet_core::accounts::DisplayName;
use carnet_core::delegation::{self, NewInvitation, Scopes};
use carnet_core::Error;
use tower_sessions::Session;

use crate::web::session::ACTING_FOR_KEY;
use serde::{Deserialize, Serialize};

use crate::web::errors::{form_error, AppError, FormBody};
use crate::web::extract::SignedInActor;
use crate::web::forms::Fields;
use crate::web::{Edge, Routes};

pub fn routes() -> Routes {
    Routes::new()
        .route("/caregivers/invite", post(invite))
        .route("/delegations/{id}/end", post(end))
        .route("/invitations/{token}/accept", post(accept))
        .route("/invitations/{token}/join", post(join))
        .route("/acting-for", post(act_for))
}

/// The invitation form: the caregiver's address, what they may do (checkboxes), until when.
#[derive(Deserialize, Serialize)]
pub struct InviteForm {
    email: String,
    #[serde(default)]
    last_day: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    record: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    profile: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    measurements: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    upload: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    appointments: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    messages: Option<String>,
}

pub async fn invite(
    State(state): State<AppState>,
    SignedInActor(actor): SignedInActor,
    FormBody(form): FormBody<InviteForm>,
) -> Result<Redirect, AppError> {
    let scopes = Scopes {
        record: form.record.is_some(),
        profile: form.profile.is_some(),
        measurements: form.measurements.is_some(),
        upload: form.upload.is_some(),
        appointments: form.appointments.is_some(),
        messages: form.messages.is_some(),
    };
    let invited = async {
        let new = NewInvitation::parse(&form.email, scopes, &form.last_day, state.db.today())?;
        delegation::invite(&state.db, &actor, &new).await
    };
    invited.await.map_err(|e| AppError::from(e).send_back("/caregivers", "invite", &form))?;
    Ok(Redirect::to(&Notice::Invited.on("/caregivers")))
}

/// Ending a delegation: the page the button was on (`helping` for the delegate's).
#[derive(Deserialize)]
pub struct EndForm {
    #[serde(default)]
    from: String,
}

pub async fn end(
    State(state): State<AppState>,
    SignedInActor(actor): SignedInActor,
    Path(id): Path<String>,
    FormBody(form): FormBody<EndForm>,
) -> Result<Redirect, AppError> {
    let page = if form.from == "helping" { "/helping" } else { "/caregivers" };
    delegation::end(&state.db, &actor, &id).await?;
    Ok(Redirect::to(&Notice::Ended.on(page)))
}

pub async fn accept(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    session: Session,
    Path(token): Path<String>,
) -> Result<Redirect, AppError> {
    let page = invitation_page(&token);
    let Some(viewer) = &ctx.viewer else { return Ok(Redirect::to(&page)) };
    let patient_id = match delegation::accept(&state.db, &token, &viewer.account).await {
        Ok(patient_id) => patient_id,
        // Unknown, used or expired: the invitation page explains which.
        Err(Error::Link(_)) => return Ok(Redirect::to(&page)),
        Err(error) => return Err(AppError::from(error).send_back(&page, "accept", &Fields::new())),
    };
    // Straight into acting for them: the banner says so, and the switch is one tap away.
    if let Err(error) = session.insert(ACTING_FOR_KEY, patient_id).await {
        tracing::error!(%error, "could not remember whom the person acts for");
    }
    Ok(Redirect::to(&Notice::Accepted.on("/helping")))
}

/// Joining from an invitation: the new account's name.
#[derive(Deserialize, Serialize)]
pub struct JoinForm {
    name: String,
}

pub async fn join(
    State(state): State<AppState>,
    State(edge): State<Edge>,
    Path(token): Path<String>,
    FormBody(form): FormBody<JoinForm>,
) -> Result<Redirect, AppError> {
    let page = invitation_page(&token);
    let joined = async {
        let name = DisplayName::parse(&form.name)?;
        delegation::join(&state.db, &token, &name, edge.enrolment_ttl_hours).await
    };
    match joined.await {
        // The link to create their passkey went to the invited address.
        Ok(()) => Ok(Redirect::to(&Notice::Joined.on("/signin"))),
        Err(Error::Link(_)) => Ok(Redirect::to(&page)),
        Err(error) => Err(AppError::from(error).send_back(&page, "join", &form)),
    }
}

/// Whom to act for: a person helped (their record's id), or empty for oneself again.
#[derive(Deserialize)]
pub struct ActForForm {
    #[serde(default)]
    patient: String,
}

/// Acts for someone the person helps (`patient`), or for themselves again (empty).
pub async fn act_for(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    session: Session,
    FormBody(form): FormBody<ActForForm>,
) -> Result<Response, AppError> {
    let Some(viewer) = &ctx.viewer else { return Ok(Redirect::to("/signin").into_response()) };
    let chosen = if form.patient.is_empty() {
        session.remove::<String>(ACTING_FOR_KEY).await.map(|_| ())
    } else {
        delegation::acting(&state.db, &viewer.account.id, &form.patient).await?.ok_or(AppError::NotFound)?;
        session.insert(ACTING_FOR_KEY, form.patient.clone()).await
    };
    Ok(match chosen {
        Ok(()) => Redirect::to("/").into_response(),
        Err(error) => {
            tracing::error!(%error, "could not remember whom the person acts for");
            form_error(ctx.locale, StatusCode::SERVICE_UNAVAILABLE, "error-internal")
        }
    })
}

/// The invitation's page.
fn invitation_page(token: &str) -> String {
    let token: String = token.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
    format!("/invitations/{token}")
}
