//! The health profile's forms: the patient's side declares an item (`POST /health/declare`;
//! advance directives in a file: `POST /health/declare/directive-document`),
//! edits or removes one it declared (`POST /health/items/{id}/edit`, `…/remove`), notes
//! something on any item (`…/note`); the patient hides an item from their legal
//! representatives (`…/representatives`); a professional confirms a declared item
//! (`POST /patients/{pid}/health/items/{id}/confirm`). Each answers with a redirect and a notice,
//! or the form sent back with the problem and what was typed.

use axum::extract::{Extension, Path, State};
use axum::http::StatusCode;
use axum::response::Redirect;
use axum::routing::post;
use carnet_core::record::documents::{self, Upload};
use carnet_core::record::health_profile::{self, Declaration};
use carnet_core::record::renewals;
use serde::{Deserialize, Serialize};

use crate::context::{AppState, RequestContext};
use crate::notice::Notice;
use crate::web::errors::{AppError, FormBody};
use crate::web::extract::SignedInActor;
use crate::web::{multipart, Routes};

pub fn routes() -> Routes {
    Routes::new()
        .route("/health/declare", post(declare))
        .route("/health/declare/directive-document", post(declare_directive_document))
        .route("/health/items/{id}/edit", post(edit))
        .route("/health/items/{id}/remove", post(remove))
        .route("/health/items/{id}/note", post(note))
        .route("/health/items/{id}/representatives", post(representatives))
        .route("/health/items/{id}/renewal", post(renewal))
        .route("/patients/{pid}/renewals/{id}/answer", post(answer_renewal))
        .route("/patients/{pid}/health/items/{id}/confirm", post(confirm))
}

/// A declaration as the form sends it (the kind is a hidden field of each kind's form).
#[derive(Deserialize, Serialize, Default)]
pub struct DeclareForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    detail: String,
    #[serde(default)]
    since: String,
    #[serde(default)]
    until: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    hidden: Option<String>,
}

/// The advance directives' file form as typed (the file is never sent back).
#[derive(Serialize)]
struct DirectiveDocumentForm<'a> {
    name: &'a str,
}

impl DeclareForm {
    fn declaration(&self) -> Declaration<'_> {
        Declaration {
            kind: &self.kind,
            name: &self.name,
            detail: &self.detail,
            since: &self.since,
            until: &self.until,
            hidden: self.hidden.is_some(),
            document: None,
        }
    }
}

/// The form each kind is sent back to: `declare-<kind>` (only known kinds name a form).
fn declare_form(kind: &str) -> &'static str {
    match kind {
        "condition" => "declare-condition",
        "medication" => "declare-medication",
        "blood-group" => "declare-blood-group",
        "directive" => "declare-directive",
        "family-history" => "declare-family-history",
        "disability" => "declare-disability",
        "organ-donation" => "declare-organ-donation",
        _ => "declare-allergy",
    }
}

pub async fn declare(
    State(state): State<AppState>,
    SignedInActor(actor): SignedInActor,
    FormBody(form): FormBody<DeclareForm>,
) -> Result<Redirect, AppError> {
    let form_id = declare_form(&form.kind);
    let id = health_profile::declare(&state.db, &actor, &form.declaration())
        .await
        .map_err(|e| AppError::from(e).send_back("/health", form_id, &form))?;
    Ok(Redirect::to(&Notice::Declared.on(&format!("/health#item-{id}"))))
}

/// `POST /health/declare/directive-document` (multipart: `file`, `name`): advance directives
/// the patient's side adds as a file, which joins the record's documents.
pub async fn declare_directive_document(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    request: axum::extract::Request,
) -> Result<Redirect, AppError> {
    const FORM: &str = "declare-directive-document";
    let Some(actor) = ctx.actor() else { return Ok(Redirect::to("/signin")) };
    let form = multipart::read(request, &["name"]).await.map_err(|(problem, partial)| {
        let typed = DirectiveDocumentForm { name: partial.get("name") };
        AppError::Problem(StatusCode::BAD_REQUEST, problem).send_back("/health", FORM, &typed)
    })?;
    let typed = DirectiveDocumentForm { name: form.get("name") };
    // Titled in the words of who adds it, as any document they add.
    let title = ctx.locale.t("health-directive-document-title");
    let file = Upload { title: &title, kind: documents::Kind::Other, file_name: &form.file_name, bytes: &form.bytes };
    let id = health_profile::declare_directive_document(&state.db, &state.sealer, &actor, &file, typed.name)
        .await
        .map_err(|e| AppError::from(e).send_back("/health", FORM, &typed))?;
    Ok(Redirect::to(&Notice::Declared.on(&format!("/health#item-{id}"))))
}

pub async fn edit(
    State(state): State<AppState>,
    SignedInActor(actor): SignedInActor,
    Path(id): Path<String>,
    FormBody(form): FormBody<DeclareForm>,
) -> Result<Redirect, AppError> {
    let page = format!("/health/items/{id}");
    health_profile::edit(&state.db, &actor, &id, &form.declaration())
        .await
        .map_err(|e| AppError::from(e).send_back(&page, "edit", &form))?;
    Ok(Redirect::to(&Notice::ProfileEdited.on(&format!("/health#item-{id}"))))
}

pub async fn remove(
    State(state): State<AppState>,
    SignedInActor(actor): SignedInActor,
    Path(id): Path<String>,
) -> Result<Redirect, AppError> {
    health_profile::remove(&state.db, &actor, &id).await?;
    Ok(Redirect::to(&Notice::ProfileRemoved.on("/health")))
}

#[derive(Deserialize, Serialize)]
pub struct NoteForm {
    #[serde(default)]
    note: String,
}

pub async fn note(
    State(state): State<AppState>,
    SignedInActor(actor): SignedInActor,
    Path(id): Path<String>,
    FormBody(form): FormBody<NoteForm>,
) -> Result<Redirect, AppError> {
    health_profile::annotate(&state.db, &actor, &id, &form.note)
        .await
        .map_err(|e| AppError::from(e).send_back(&format!("/health/items/{id}"), "note", &form))?;
    Ok(Redirect::to(&Notice::Noted.on(&format!("/health#item-{id}"))))
}

#[derive(Deserialize)]
pub struct RepresentativesForm {
    /// Ticked: hidden from legal representatives.
    #[serde(default)]
    hide: Option<String>,
}

pub async fn representatives(
    State(state): State<AppState>,
    SignedInActor(actor): SignedInActor,
    Path(id): Path<String>,
    FormBody(form): FormBody<RepresentativesForm>,
) -> Result<Redirect, AppError> {
    health_profile::hide_from_representatives(&state.db, &actor, &id, form.hide.is_some()).await?;
    Ok(Redirect::to(&Notice::ProfileVisibility.on(&format!("/health/items/{id}"))))
}

#[derive(Deserialize, Serialize, Default)]
pub struct RenewalForm {
    #[serde(default)]
    message: String,
}

pub async fn renewal(
    State(state): State<AppState>,
    SignedInActor(actor): SignedInActor,
    Path(id): Path<String>,
    FormBody(form): FormBody<RenewalForm>,
) -> Result<Redirect, AppError> {
    let page = format!("/health/items/{id}");
    renewals::request(&state.db, &actor, &id, &form.message)
        .await
        .map_err(|e| AppError::from(e).send_back(&page, "renewal", &form))?;
    Ok(Redirect::to(&Notice::RenewalRequested.on(&page)))
}

/// A prescriber's answer: `decision` is `accept` or `decline`.
#[derive(Deserialize, Serialize, Default)]
pub struct AnswerForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    note: String,
}

pub async fn answer_renewal(
    State(state): State<AppState>,
    SignedInActor(actor): SignedInActor,
    Path((pid, id)): Path<(String, String)>,
    FormBody(form): FormBody<AnswerForm>,
) -> Result<Redirect, AppError> {
    let accept = match form.decision.as_str() {
        "accept" => true,
        "decline" => false,
        _ => return Err(carnet_core::Error::NotFound.into()),
    };
    renewals::answer(&state.db, &actor, &pid, &id, accept, &form.note)
        .await
        .map_err(|e| AppError::from(e).send_back("/patients", "answer", &form))?;
    Ok(Redirect::to(&Notice::RenewalAnswered.on("/patients#renewals-title")))
}

pub async fn confirm(
    State(state): State<AppState>,
    SignedInActor(actor): SignedInActor,
    Path((pid, id)): Path<(String, String)>,
) -> Result<Redirect, AppError> {
    health_profile::confirm(&state.db, &actor, &pid, &id).await?;
    Ok(Redirect::to(&Notice::Confirmed.on(&format!("/patients/{pid}/health#item-{id}"))))
}
