//! The forms behind sharing and traceability: a patient's decisions about professionals
//! (`POST /sharing/decide`; a block only from its confirmation page, `/sharing/block/{id}`), the
//! default for new documents (`POST /sharing/new-documents`), a document's visibility
//! (`POST /documents/{id}/visibility`), a professional's access request and emergency access
//! (`POST /patients/request`, `/patients/emergency`), and "who saw my record" as CSV
//! (`GET /history.csv`). Each form is a typed struct; a handler answers with a redirect to its
//! page and a notice, or an [`AppError`] (the form sent back with the problem and what was
//! typed, not found, or a generic error).

use axum::extract::{Extension, Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use carnet_app::context::{AppState, RequestContext};
use carnet_core::access;
use carnet_core::audit::history::{self, Filter};
use carnet_core::policy::{ReadAction, ShareChange, Subject};
use carnet_core::record::publish::PatientNamed;
use carnet_core::sharing::professional;
use carnet_core::sharing::visibility::{self, Hidden};
use carnet_core::Problem;
use carnet_core::{sharing, Error};

use serde::{Deserialize, Serialize};

use super::errors::{AppError, FormBody};
use super::extract::{ProfessionalActor, SignedInActor};
use super::forms::{self, Fields};

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

/// The decisions the Sharing page's buttons send, by the word they send (also the word of the
/// page's notice afterwards).
fn share_change(word: &str) -> Option<ShareChange> {
    Some(match word {
        "authorize" => ShareChange::Authorize,
        "revoke" => ShareChange::Revoke,
        "block" => ShareChange::Block,
        "unblock" => ShareChange::Unblock,
        "approve" => ShareChange::Approve,
        "refuse" => ShareChange::Refuse,
        _ => return None,
    })
}

pub async fn decide(
    State(state): State<AppState>,
    SignedInActor(actor): SignedInActor,
    FormBody(form): FormBody<DecisionForm>,
) -> Result<Redirect, AppError> {
    let change = share_change(&form.change).ok_or(AppError::Problem(StatusCode::BAD_REQUEST, Problem::BadRequest))?;
    // A block only from its confirmation page (one tap on an old page changes nothing).
    if change == ShareChange::Block && !forms::confirmed(&form.confirmed) {
        return Ok(Redirect::to(&format!("/sharing/block/{}", form.professional)));
    }
    sharing::decide(&state.db, &actor, &form.professional, change)
        .await
        .map_err(|e| AppError::from(e).send_back("/sharing", "decide", &Fields::new()))?;
    Ok(Redirect::to(&format!("/sharing?notice={}", form.change)))
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
    Ok(Redirect::to("/sharing?notice=preference"))
}

/// Whom a document is hidden from (two checkboxes).
#[derive(Deserialize)]
pub struct VisibilityForm {
    #[serde(default)]
    professionals: Option<String>,
    #[serde(default)]
    representatives: Option<String>,
}

pub async fn document_visibility(
    State(state): State<AppState>,
    SignedInActor(actor): SignedInActor,
    Path(id): Path<String>,
    FormBody(form): FormBody<VisibilityForm>,
) -> Result<Redirect, AppError> {
    let hidden = Hidden {
        from_professionals: form.professionals.is_some(),
        from_representatives: form.representatives.is_some(),
    };
    visibility::set(&state.db, &actor, &id, hidden).await?;
    Ok(Redirect::to(&format!("/documents/{id}?notice=visibility#visibility-title")))
}

/// The patient a professional names: INS and birth date, as typed.
#[derive(Deserialize, Serialize)]
pub struct NamedPatientForm {
    ins: String,
    birth: String,
    /// Why (emergency access only).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    reason: String,
}

pub async fn request_access(
    State(state): State<AppState>,
    ProfessionalActor(actor): ProfessionalActor,
    FormBody(form): FormBody<NamedPatientForm>,
) -> Result<Redirect, AppError> {
    let patient = PatientNamed::parse(&form.ins, &form.birth)
        .map_err(|e| AppError::from(e).send_back("/patients", "request", &form))?;
    professional::request_access(&state.db, &actor, &patient).await?;
    Ok(Redirect::to("/patients?notice=requested"))
}

pub async fn emergency(
    State(state): State<AppState>,
    ProfessionalActor(actor): ProfessionalActor,
    FormBody(form): FormBody<NamedPatientForm>,
) -> Result<Redirect, AppError> {
    let send_back = |error: Error| match error {
        // No such patient, or a block: the same refusal.
        Error::NotFound => AppError::Problem(StatusCode::BAD_REQUEST, Problem::EmergencyRefused),
        error => AppError::from(error),
    };
    let opened = async {
        let patient = PatientNamed::parse(&form.ins, &form.birth)?;
        professional::open_emergency(&state.db, &actor, &patient, &form.reason).await
    };
    let patient_id = opened.await.map_err(|e| send_back(e).send_back("/patients", "emergency", &form))?;
    Ok(Redirect::to(&format!("/patients/{patient_id}")))
}

/// "Who saw my record"'s filter, as the page's form sends it.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct HistoryQuery {
    from: String,
    to: String,
    who: String,
}

/// "Who saw my record" as CSV, with the page's filter.
pub async fn history_csv(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    SignedInActor(actor): SignedInActor,
    Query(query): Query<HistoryQuery>,
) -> Result<Response, AppError> {
    let filter = Filter::from_typed(&query.from, &query.to, &query.who, &state.zone)
        .ok_or(AppError::Problem(StatusCode::BAD_REQUEST, Problem::DateInvalid))?;
    let mut access = access::open_read(&state.db, &actor, Subject::OwnRecord, ReadAction::History).await?;
    let csv = history::csv(&mut access, &filter, ctx.locale, &state.zone).await?;
    access.commit().await?;
    let headers = [
        (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
        (header::CONTENT_DISPOSITION, "attachment; filename=\"carnet-history.csv\""),
        (header::CACHE_CONTROL, "no-store"),
    ];
    Ok((headers, csv).into_response())
}
