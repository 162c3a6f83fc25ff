//! The forms behind delegations: a patient invites a caregiver (`POST /caregivers/invite`);
//! the invited person accepts with their account (`POST /invitations/{token}/accept`) or makes
//! one (`POST /invitations/{token}/join`, then enrols a passkey); either side ends it
//! (`POST /delegations/{id}/end`); a caregiver chooses whom they act for (`POST /acting-for`).
//! Each answers with a redirect to its page, with a notice, or the reason and the fields typed.

use axum::extract::{Extension, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use carnet_app::context::{AppState, RequestContext};
use carnet_core::accounts::DisplayName;
use carnet_core::delegation::{self, NewInvitation, Scopes};
use carnet_core::Error;
use tower_sessions::Session;

use super::context::ACTING_FOR_KEY;
use super::errors::{form_error, form_failed, FormBody};
use super::forms::{self, field, Fields};
use super::sharing::SignedInActor;
use super::Edge;

pub async fn invite(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    SignedInActor(actor): SignedInActor,
    FormBody(fields): FormBody<Fields>,
) -> Response {
    let scopes = Scopes {
        record: field(&fields, "record") == "on",
        upload: field(&fields, "upload") == "on",
        appointments: field(&fields, "appointments") == "on",
    };
    let invited =
        match NewInvitation::parse(field(&fields, "email"), scopes, field(&fields, "last_day"), state.db.today()) {
            Ok(new) => delegation::invite(&state.db, &actor, &new).await,
            Err(error) => Err(error),
        };
    match invited {
        Ok(()) => Redirect::to("/caregivers?notice=invited").into_response(),
        Err(Error::Invalid(id)) => forms::back("/caregivers", "invite", id, &fields),
        Err(error) => failed(&ctx, error),
    }
}

pub async fn end(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    SignedInActor(actor): SignedInActor,
    Path(id): Path<String>,
    FormBody(fields): FormBody<Fields>,
) -> Response {
    // Back to the page the button was on: the patient's list, or the delegate's.
    let page = if field(&fields, "from") == "helping" { "/helping" } else { "/caregivers" };
    match delegation::end(&state.db, &actor, &id).await {
        Ok(()) => Redirect::to(&format!("{page}?notice=ended")).into_response(),
        Err(error) => failed(&ctx, error),
    }
}

pub async fn accept(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    session: Session,
    Path(token): Path<String>,
) -> Response {
    let Some(viewer) = &ctx.viewer else { return Redirect::to(&invitation_page(&token, "")).into_response() };
    match delegation::accept(&state.db, &token, &viewer.account).await {
        Ok(patient_id) => {
            // Straight into acting for them: the banner says so, and the switch is one tap away.
            if let Err(error) = session.insert(ACTING_FOR_KEY, patient_id).await {
                tracing::error!(%error, "could not remember whom the person acts for");
            }
            Redirect::to("/helping?notice=accepted").into_response()
        }
        Err(Error::Invalid(id) | Error::Conflict(id)) => {
            Redirect::to(&invitation_page(&token, id.message_id().trim_start_matches("error-"))).into_response()
        }
        // Unknown, used or expired: the invitation page explains which.
        Err(Error::Link(_)) => Redirect::to(&invitation_page(&token, "")).into_response(),
        Err(error) => failed(&ctx, error),
    }
}

pub async fn join(
    State(state): State<AppState>,
    State(edge): State<Edge>,
    Extension(ctx): Extension<RequestContext>,
    Path(token): Path<String>,
    FormBody(fields): FormBody<Fields>,
) -> Response {
    let page = invitation_page(&token, "");
    let joined = match DisplayName::parse(field(&fields, "name")) {
        Ok(name) => delegation::join(&state.db, &token, &name, edge.enrolment_ttl_hours).await,
        Err(error) => Err(error),
    };
    match joined {
        Ok(enrol_token) => Redirect::to(&format!("/enrol/{enrol_token}")).into_response(),
        Err(Error::Invalid(id) | Error::Conflict(id)) => forms::back(&page, "join", id, &fields),
        Err(Error::Link(_)) => Redirect::to(&page).into_response(),
        Err(error) => failed(&ctx, error),
    }
}

/// Acts for someone the person helps (`patient`), or for themselves again (empty).
pub async fn act_for(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    session: Session,
    FormBody(fields): FormBody<Fields>,
) -> Response {
    let Some(viewer) = &ctx.viewer else { return Redirect::to("/signin").into_response() };
    let patient_id = field(&fields, "patient");
    let chosen = if patient_id.is_empty() {
        session.remove::<String>(ACTING_FOR_KEY).await.map(|_| ())
    } else {
        match delegation::acting(&state.db, &viewer.account.id, patient_id).await {
            Ok(Some(_)) => session.insert(ACTING_FOR_KEY, patient_id.to_string()).await,
            Ok(None) => return form_error(ctx.locale, StatusCode::NOT_FOUND, "error-not-found"),
            Err(error) => return failed(&ctx, error),
        }
    };
    match chosen {
        Ok(()) => Redirect::to("/").into_response(),
        Err(error) => {
            tracing::error!(%error, "could not remember whom the person acts for");
            form_error(ctx.locale, StatusCode::SERVICE_UNAVAILABLE, "error-internal")
        }
    }
}

/// The invitation's page, with an error id (without `error-`) if there is one.
fn invitation_page(token: &str, error: &str) -> String {
    let token: String = token.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
    match error {
        "" => format!("/invitations/{token}"),
        error => format!("/invitations/{token}?error={error}"),
    }
}

fn failed(ctx: &RequestContext, error: Error) -> Response {
    form_failed(ctx.locale, error, "a delegation change")
}
