//! The Document page's actions: its file opened in the browser (`/documents/{id}/file`) or
//! downloaded (`/documents/{id}/download`), and whom the patient hides it from
//! (`POST /documents/{id}/visibility`). Access goes through the policy like the page.
//!
//! A file is shown inline only when its declared type is one Carnet shows (PDF, JPEG, PNG,
//! plain text) *and* its content agrees; anything else is an attachment of opaque bytes. Either
//! way the response is sandboxed (CSP `sandbox`, no scripts, no framing, nosniff), so a hostile
//! file can never run in Carnet's origin.

use axum::extract::{Extension, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use carnet_core::access;
use carnet_core::policy::{ReadAction, Subject};
use carnet_core::record::documents;
use carnet_core::sharing::visibility::{self, Hidden};
use carnet_core::Error;
use serde::Deserialize;

use crate::context::{AppState, RequestContext};
use crate::notice::Notice;
use crate::web::errors::{form_error, AppError, FormBody};
use crate::web::extract::SignedInActor;
use crate::web::files::file_response;
use crate::web::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .route("/documents/{id}/file", get(open))
        .route("/documents/{id}/download", get(download))
        .route("/documents/{id}/visibility", post(document_visibility))
}

pub async fn open(state: State<AppState>, ctx: Extension<RequestContext>, id: Path<String>) -> Response {
    serve(state, ctx, id, false).await
}

pub async fn download(state: State<AppState>, ctx: Extension<RequestContext>, id: Path<String>) -> Response {
    serve(state, ctx, id, true).await
}

async fn serve(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    Path(id): Path<String>,
    as_attachment: bool,
) -> Response {
    let Some(actor) = ctx.actor() else { return Redirect::to("/signin").into_response() };
    let read = async {
        let mut access = access::open_read(&state.db, &actor, Subject::Document(&id), ReadAction::Document).await?;
        let content = documents::content(&mut access, &state.sealer, &id).await?;
        access.commit().await?;
        Ok::<_, Error>(content)
    };
    let (document, bytes) = match read.await {
        Ok(found) => found,
        Err(Error::NotFound) => return form_error(ctx.locale, StatusCode::NOT_FOUND, "error-not-found"),
        Err(error) => {
            tracing::error!(%error, "could not read a document file");
            return form_error(ctx.locale, StatusCode::INTERNAL_SERVER_ERROR, "error-internal");
        }
    };
    let inline = documents::inline_type(&document, &bytes).filter(|_| !as_attachment);
    file_response(&document.file_name, bytes, inline)
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
    Ok(Redirect::to(&Notice::Visibility.on(&format!("/documents/{id}#visibility-title"))))
}
