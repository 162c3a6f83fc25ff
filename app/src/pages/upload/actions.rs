//! The Upload page's form (`POST /upload`): a patient adds a file to their own record.

use axum::extract::{Extension, State};
use axum::http::StatusCode;
use axum::response::Redirect;
use axum::routing::post;
use carnet_core::record::documents::{self, Kind, Upload, Uploaded};

use crate::context::{AppState, RequestContext};
use crate::notice::Notice;
use crate::web::errors::AppError;
use crate::web::forms::Fields;
use crate::web::{multipart, Routes};

pub fn routes() -> Routes {
    Routes::new().route("/upload", post(upload))
}

/// `POST /upload`: a patient adds a file to their own record (multipart: `title`, `kind`,
/// `file`). Answers with a redirect to the documents, or the form sent back with the problem and
/// what was typed.
pub async fn upload(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    request: axum::extract::Request,
) -> Result<Redirect, AppError> {
    let Some(actor) = ctx.actor() else { return Ok(Redirect::to("/signin")) };
    let form = multipart::read(request, &["title", "kind"]).await.map_err(|(problem, partial)| {
        to_upload_form(AppError::Problem(StatusCode::BAD_REQUEST, problem), &partial.text)
    })?;
    let kind = Kind::from_stored(form.get("kind")).unwrap_or(Kind::Other);
    let upload = Upload { title: form.get("title"), kind, file_name: &form.file_name, bytes: &form.bytes };
    // No record of their own is "not found", as for anything else.
    let uploaded = documents::upload(&state.db, &state.sealer, &actor, &upload)
        .await
        .map_err(|e| to_upload_form(e.into(), &form.text))?;
    Ok(Redirect::to(&match uploaded {
        Uploaded::Added(_) => Notice::Uploaded.on("/documents"),
        // Sent twice (a double tap, a retry on a slow network): the one already there.
        Uploaded::AlreadyThere(id) => Notice::AlreadyAdded.on(&format!("/documents/{id}")),
    }))
}

/// The upload form again, with its title and kind as typed (the file is never sent back).
fn to_upload_form(error: AppError, typed: &Fields) -> AppError {
    error.send_back("/upload", "upload", typed)
}
