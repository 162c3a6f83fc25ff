//! The messages' forms: a first message from the patient's side (`POST /messages/new`) or from
//! a professional (`POST /messages/with/{pid}`), a reply (`POST /messages/{id}`), archiving
//! (`POST /messages/archive/{id}`), a file opened (`GET /messages/{id}/files/{fid}`) or saved to
//! the documents (`POST /messages/{id}/files/{fid}/save`) or, by the professional who sent it,
//! published into the record (`POST /messages/{id}/files/{fid}/publish`), and the settings
//! (`POST /messages/settings`). Each answers with a redirect and a notice, or the form sent back
//! with the problem and what was typed (never the file).

use axum::extract::{Extension, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use carnet_core::messaging::conversations::{self, To, Typed};
use carnet_core::messaging::{attachments, settings};
use carnet_core::record::documents::Kind;
use carnet_core::record::files::checked_type;
use carnet_core::Error;
use serde::{Deserialize, Serialize};

use crate::context::{AppState, RequestContext};
use crate::notice::Notice;
use crate::web::errors::{form_error, AppError, FormBody};
use crate::web::extract::SignedInActor;
use crate::web::files::file_response;
use crate::web::{multipart, Routes};

pub fn routes() -> Routes {
    Routes::new()
        .route("/messages/new", post(start))
        .route("/messages/settings", post(save_settings))
        .route("/messages/with/{pid}", post(start_for_patient))
        .route("/messages/{id}", post(reply))
        .route("/messages/archive/{id}", post(archive))
        .route("/messages/{id}/files/{fid}", get(file))
        .route("/messages/{id}/files/{fid}/save", post(save_file))
        .route("/messages/{id}/files/{fid}/publish", post(publish_file))
}

/// Reads a message form (multipart); a form that cannot be read goes back to `page` as typed.
async fn read_form(
    request: axum::extract::Request,
    fields: &[&str],
    page: &str,
    form: &'static str,
) -> Result<multipart::FileForm, AppError> {
    multipart::read(request, fields).await.map_err(|(problem, partial)| {
        AppError::Problem(StatusCode::BAD_REQUEST, problem).send_back(page, form, &partial.text)
    })
}

fn typed(form: &multipart::FileForm) -> Typed<'_> {
    Typed { body: form.get("body"), file_name: &form.file_name, file: &form.bytes }
}

/// `POST /messages/new`: the patient's side writes a first message.
pub async fn start(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    request: axum::extract::Request,
) -> Result<Redirect, AppError> {
    let Some(actor) = ctx.actor() else { return Ok(Redirect::to("/signin")) };
    let page = "/messages/new";
    let form = read_form(request, &["to", "subject", "body"], page, "message").await?;
    let back = |e: Error| AppError::from(e).send_back(page, "message", &form.text);
    let to = To::parse(form.get("to"))
        .ok_or_else(|| back(Error::Invalid(carnet_core::Problem::MessageNotTheirProfessional)))?;
    let id =
        conversations::start_with(&state.db, &actor, &to, form.get("subject"), &typed(&form)).await.map_err(back)?;
    Ok(Redirect::to(&Notice::MessageSent.on(&format!("/messages/{id}#latest"))))
}

/// `POST /messages/with/{pid}`: a professional writes a first message to a patient.
pub async fn start_for_patient(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    Path(pid): Path<String>,
    request: axum::extract::Request,
) -> Result<Redirect, AppError> {
    let Some(actor) = ctx.actor() else { return Ok(Redirect::to("/signin")) };
    let page = format!("/patients/{pid}/messages");
    let form = read_form(request, &["subject", "body"], &page, "message").await?;
    let id = conversations::start_for_patient(&state.db, &actor, &pid, form.get("subject"), &typed(&form))
        .await
        .map_err(|e| AppError::from(e).send_back(&page, "message", &form.text))?;
    Ok(Redirect::to(&Notice::MessageSent.on(&format!("/messages/{id}#latest"))))
}

/// `POST /messages/{id}`: a reply in a conversation.
pub async fn reply(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    Path(id): Path<String>,
    request: axum::extract::Request,
) -> Result<Redirect, AppError> {
    let Some(actor) = ctx.actor() else { return Ok(Redirect::to("/signin")) };
    let page = format!("/messages/{id}");
    let form = read_form(request, &["body"], &page, "reply").await?;
    conversations::write(&state.db, &actor, &id, &typed(&form))
        .await
        .map_err(|e| AppError::from(e).send_back(&page, "reply", &form.text))?;
    Ok(Redirect::to(&Notice::MessageSent.on(&format!("/messages/{id}#latest"))))
}

#[derive(Deserialize, Serialize, Default)]
pub struct ArchiveForm {
    #[serde(default)]
    archived: String,
}

/// `POST /messages/archive/{id}`: archives the conversation for the reader's side (`archived=1`)
/// or brings it back (`0`).
pub async fn archive(
    State(state): State<AppState>,
    SignedInActor(actor): SignedInActor,
    Path(id): Path<String>,
    FormBody(form): FormBody<ArchiveForm>,
) -> Result<Redirect, AppError> {
    let archived = form.archived == "1";
    conversations::archive(&state.db, &actor, &id, archived).await?;
    Ok(Redirect::to(&match archived {
        true => Notice::Archived.on("/messages"),
        false => Notice::Unarchived.on(&format!("/messages/{id}")),
    }))
}

/// `GET /messages/{id}/files/{fid}`: a file of the conversation, served like a document's.
pub async fn file(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    Path((id, fid)): Path<(String, String)>,
) -> Response {
    let Some(actor) = ctx.actor() else { return Redirect::to("/signin").into_response() };
    match attachments::content(&state.db, &actor, &id, &fid).await {
        Ok((attachment, bytes)) => {
            let inline = checked_type(&attachment.content_type, &bytes);
            file_response(&attachment.file_name, bytes, inline)
        }
        Err(Error::NotFound) => form_error(ctx.locale, StatusCode::NOT_FOUND, "error-not-found"),
        Err(error) => {
            tracing::error!(%error, "could not read a message's file");
            form_error(ctx.locale, StatusCode::INTERNAL_SERVER_ERROR, "error-internal")
        }
    }
}

/// `POST /messages/{id}/files/{fid}/save`: the patient's side keeps a file in the documents.
pub async fn save_file(
    State(state): State<AppState>,
    SignedInActor(actor): SignedInActor,
    Path((id, fid)): Path<(String, String)>,
) -> Result<Redirect, AppError> {
    attachments::save_to_documents(&state.db, &state.sealer, &actor, &id, &fid).await?;
    Ok(Redirect::to(&Notice::SavedToDocuments.on(&format!("/messages/{id}"))))
}

/// The kind of document a file is published as.
#[derive(Deserialize)]
pub struct PublishForm {
    #[serde(default)]
    kind: String,
}

/// `POST /messages/{id}/files/{fid}/publish`: the professional who sent a file publishes it into
/// the record as their own sealed document.
pub async fn publish_file(
    State(state): State<AppState>,
    SignedInActor(actor): SignedInActor,
    Path((id, fid)): Path<(String, String)>,
    FormBody(form): FormBody<PublishForm>,
) -> Result<Redirect, AppError> {
    let kind = Kind::from_stored(&form.kind).unwrap_or(Kind::Other);
    attachments::publish(&state.db, &state.sealer, &actor, &id, &fid, kind).await?;
    Ok(Redirect::to(&Notice::Published.on(&format!("/messages/{id}"))))
}

#[derive(Deserialize, Serialize, Default)]
pub struct SettingsForm {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    notices: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    accepts: Option<String>,
    #[serde(default)]
    absence_reply: String,
}

/// `POST /messages/settings`: the signed-in person's settings. A form without the professional's
/// fields (a patient's) keeps accepting patients' messages as it was: a patient has no such
/// choice to make.
pub async fn save_settings(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    FormBody(form): FormBody<SettingsForm>,
) -> Result<Redirect, AppError> {
    let Some(actor) = ctx.actor() else { return Ok(Redirect::to("/signin")) };
    let professional = ctx.may(carnet_core::policy::AccountAction::ListPatients);
    let accepts = if professional { form.accepts.is_some() } else { true };
    let reply = if professional { form.absence_reply.as_str() } else { "" };
    settings::save(&state.db, &actor, accepts, reply, form.notices.is_some())
        .await
        .map_err(|e| AppError::from(e).send_back("/messages/settings", "settings", &form))?;
    Ok(Redirect::to(&Notice::MessageSettings.on("/messages/settings")))
}
