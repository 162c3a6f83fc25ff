//! The Document page's actions: its file opened in the browser (`/documents/{id}/file`) or
//! downloaded (`/documents/{id}/download`), and whom the patient hides it from
//! (`POST /documents/{id}/visibility`). Access goes through the policy like the page.
//!
//! A file is shown inline only when its declared type is one Carnet shows (PDF, JPEG, PNG,
//! plain text) *and* its content agrees; anything else is an attachment of opaque bytes. Either
//! way the response is sandboxed (CSP `sandbox`, no scripts, no framing, nosniff), so a hostile
//! file can never run in Carnet's origin.

use axum::extract::{Extension, Path, State};
use axum::http::{header, HeaderValue, StatusCode};
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
use crate::web::Routes;

pub fn routes() -> Routes {
    Routes::new()
        .route("/documents/{id}/file", get(open))
        .route("/documents/{id}/download", get(download))
        .route("/documents/{id}/visibility", post(document_visibility))
}

/// The policy of a served file: nothing may run, load, or frame it.
const FILE_CSP: &str = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; \
     frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

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
    let content_type = inline.map_or("application/octet-stream", |t| t.mime());
    let disposition = format!(
        "{}; filename=\"{}\"; filename*=UTF-8''{}",
        if inline.is_some() { "inline" } else { "attachment" },
        ascii_fallback(&document.file_name),
        utf8_percent(&document.file_name)
    );
    let mut response = (StatusCode::OK, bytes).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(FILE_CSP));
    headers.insert("cross-origin-resource-policy", HeaderValue::from_static("same-origin"));
    response
}

/// The name with anything but printable ASCII replaced, for old clients.
fn ascii_fallback(name: &str) -> String {
    name.chars().map(|c| if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' { c } else { '_' }).collect()
}

/// RFC 5987 encoding of the name for `filename*`.
fn utf8_percent(name: &str) -> String {
    name.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_header_safe() {
        assert_eq!(ascii_fallback("Bilan sanguin du 2026.pdf"), "Bilan sanguin du 2026.pdf");
        assert_eq!(ascii_fallback("Ordonnance é\".pdf"), "Ordonnance __.pdf");
        assert_eq!(utf8_percent("é a.pdf"), "%C3%A9%20a.pdf");
    }
}
