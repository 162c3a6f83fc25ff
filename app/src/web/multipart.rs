//! Upload forms at the edge: the request's body read as a multipart form by
//! [`carnet_core::multipart`] (the rules every upload form follows, fuzzed there), at most
//! [`UPLOAD_BODY_LIMIT`] bytes of it.

use axum::extract::Request;
use axum::http::header::CONTENT_TYPE;
pub use carnet_core::multipart::FileForm;
use carnet_core::Problem;

use super::UPLOAD_BODY_LIMIT;

/// Reads `text_fields` and the field `file` of the request's form; other fields are ignored. A
/// refusal is a problem (bad request, file too large, an over-long text) with what was read.
pub async fn read(request: Request, text_fields: &[&str]) -> Result<FileForm, (Problem, FileForm)> {
    let content_type = request.headers().get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let Some(boundary) = carnet_core::multipart::boundary(content_type) else {
        return Err((Problem::BadRequest, FileForm::default()));
    };
    let body = request.into_body().into_data_stream();
    carnet_core::multipart::read(body, &boundary, text_fields, UPLOAD_BODY_LIMIT).await
}
