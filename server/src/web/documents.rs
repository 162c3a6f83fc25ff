//! Document files: opened in the browser (`/documents/{id}/file`) or downloaded
//! (`/documents/{id}/download`), and patients' own uploads (`POST /upload`). Access goes
//! through the policy like the document's page.
//!
//! A file is shown inline only when its declared type is one Carnet shows (PDF, JPEG, PNG,
//! plain text) *and* its content agrees; anything else is an attachment of opaque bytes. Either
//! way the response is sandboxed (CSP `sandbox`, no scripts, no framing, nosniff), so a hostile
//! file can never run in Carnet's origin.

use axum::extract::multipart::MultipartRejection;
use axum::extract::{Extension, Multipart, Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use carnet_app::context::{AppState, RequestContext};
use carnet_core::access;
use carnet_core::policy::{ReadAction, Subject};
use carnet_core::record::documents::{self, Kind, Upload};
use carnet_core::Error;

use super::errors::{form_error, AppError};
use super::forms::Fields;
use super::multipart;

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

/// `POST /upload`: a patient adds a file to their own record (multipart: `title`, `kind`,
/// `file`). Answers with a redirect to the documents, or the form sent back with the problem and
/// what was typed.
pub async fn upload(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestContext>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Redirect, AppError> {
    let Some(actor) = ctx.actor() else { return Ok(Redirect::to("/signin")) };
    let form = multipart::read(multipart, &["title", "kind"]).await.map_err(|(problem, partial)| {
        to_upload_form(AppError::Problem(StatusCode::BAD_REQUEST, problem), &partial.text)
    })?;
    let kind = Kind::from_stored(form.get("kind")).unwrap_or(Kind::Other);
    let upload = Upload { title: form.get("title"), kind, file_name: &form.file_name, bytes: &form.bytes };
    // No record of their own is "not found", as for anything else.
    documents::upload(&state.db, &state.sealer, &actor, &upload)
        .await
        .map_err(|e| to_upload_form(e.into(), &form.text))?;
    Ok(Redirect::to("/documents?notice=uploaded"))
}

/// The upload form again, with its title and kind as typed (the file is never sent back).
fn to_upload_form(error: AppError, typed: &Fields) -> AppError {
    error.send_back("/upload", "upload", typed)
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
