//! The Sharing page's forms: a patient's decisions about professionals (`POST /sharing/decide`;
//! a block only from its confirmation page, `/sharing/block/{id}`) and the default for new
//! documents (`POST /sharing/new-documents`). Each form is a typed struct; a handler answers with
//! a redirect to its page and a notice, or an [`AppError`] (the form sent back with the problem
//! and what was typed, not found, or a generic error).

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Redirect;
use axum::routing::post;
use carnet_core::policy::ShareChange;
use carnet_core::sharing::{self, visibility};
use carnet_core::Problem;
use serde::Deserialize;

use crate::context::AppState;
use crate::notice::Notice;
use crate::web::errors::{AppError, FormBody};
use crate::web::extract::SignedInActor;
use crate::web::forms::{self, Fields};
use crate::web::Routes;

pub fn routes() -> Routes {
    Routes::new().route("/sharing/decide", post(decide)).route("/sharing/new-documents", post(new_documents))
}

/// The patient's decision about one professional (a button of the Sharing page, or Block's
/// confirmation page).
#[derive(Deserialize)]
pub struct DecisionForm {
    professional: String,
    change: String,
    /// Set by Block's confirmation page.
    #[serde(default)]
    confirmed: String,
}

/// The decisions the Sharing page's buttons send, by the word they send, with the page's notice
/// once taken.
fn share_change(word: &str) -> Option<(ShareChange, Notice)> {
    Some(match word {
        "authorize" => (ShareChange::Authorize, Notice::Authorize),
        "revoke" => (ShareChange::Revoke, Notice::Revoke),
        "block" => (ShareChange::Block, Notice::Block),
        "unblock" => (ShareChange::Unblock, Notice::Unblock),
        "approve" => (ShareChange::Approve, Notice::Approve),
        "refuse" => (ShareChange::Refuse, Notice::Refuse),
        _ => return None,
    })
}

pub async fn decide(
    State(state): State<AppState>,
    SignedInActor(actor): SignedInActor,
    FormBody(form): FormBody<DecisionForm>,
) -> Result<Redirect, AppError> {
    let (change, notice) =
        share_change(&form.change).ok_or(AppError::Problem(StatusCode::BAD_REQUEST, Problem::BadRequest))?;
    // A block only from its confirmation page (one tap on an old page changes nothing).
    if change == ShareChange::Block && !forms::confirmed(&form.confirmed) {
        return Ok(Redirect::to(&format!("/sharing/block/{}", form.professional)));
    }
    sharing::decide(&state.db, &actor, &form.professional, change)
        .await
        .map_err(|e| AppError::from(e).send_back("/sharing", "decide", &Fields::new()))?;
    Ok(Redirect::to(&notice.on("/sharing")))
}

/// Whether documents added from now on start hidden from professionals (a checkbox).
#[derive(Deserialize)]
pub struct NewDocumentsForm {
    #[serde(default)]
    hide: Option<String>,
}

pub async fn new_documents(
    State(state): State<AppState>,
    SignedInActor(actor): SignedInActor,
    FormBody(form): FormBody<NewDocumentsForm>,
) -> Result<Redirect, AppError> {
    visibility::set_hide_new_documents(&state.db, &actor, form.hide.is_some()).await?;
    Ok(Redirect::to(&Notice::Preference.on("/sharing")))
}
