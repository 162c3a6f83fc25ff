//! Errors as people see them: a status and a translated message, never an internal detail.
//! JSON endpoints answer `{"error": "…"}`; form posts get the message as plain text.

use axum::extract::{FromRequest, Request};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use carnet_app::context::RequestContext;
use carnet_core::error::LinkProblem;
use carnet_core::i18n::Locale;
use carnet_core::Error;
use serde::de::DeserializeOwned;

/// A refusal with its translated message.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
}

impl ApiError {
    pub fn new(locale: Locale, status: StatusCode, message_id: &str) -> Self {
        ApiError { status, message: locale.t(message_id) }
    }

    pub fn unavailable(locale: Locale) -> Self {
        Self::new(locale, StatusCode::SERVICE_UNAVAILABLE, "error-internal")
    }

    /// Maps a core error; internal ones are logged here and shown as a generic message.
    pub fn from_core(locale: Locale, error: Error) -> Self {
        let (status, id) = match &error {
            Error::NotFound => (StatusCode::NOT_FOUND, "error-not-found"),
            Error::Invalid(id) => (StatusCode::BAD_REQUEST, *id),
            Error::Conflict(id) => (StatusCode::CONFLICT, *id),
            Error::Link(LinkProblem::Unknown) => (StatusCode::NOT_FOUND, "link-unknown-text"),
            Error::Link(LinkProblem::Used) => (StatusCode::GONE, "link-used-text"),
            Error::Link(LinkProblem::Expired) => (StatusCode::GONE, "link-expired-text"),
            Error::LastPasskey => (StatusCode::CONFLICT, "error-last-passkey"),
            Error::Ceremony => (StatusCode::BAD_REQUEST, "error-ceremony"),
            Error::Database(_) | Error::Migration(_) | Error::Config(_) | Error::Mail(_) => {
                tracing::error!(%error, "request failed");
                (StatusCode::INTERNAL_SERVER_ERROR, "error-internal")
            }
        };
        Self::new(locale, status, id)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(serde_json::json!({ "error": self.message }))).into_response()
    }
}

/// A refusal of a plain form post: the translated message as text.
pub fn form_error(locale: Locale, status: StatusCode, message_id: &str) -> Response {
    (status, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], locale.t(message_id)).into_response()
}

fn request_locale(request: &Request) -> Locale {
    request.extensions().get::<RequestContext>().map(|c| c.locale).unwrap_or_default()
}

/// Reads the body as bytes, answering 413 or 400 in the request's language.
async fn body_bytes<S: Send + Sync>(
    request: Request,
    state: &S,
    locale: Locale,
) -> Result<axum::body::Bytes, ApiError> {
    axum::body::Bytes::from_request(request, state).await.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(locale, StatusCode::PAYLOAD_TOO_LARGE, "error-payload-too-large")
        } else {
            ApiError::new(locale, StatusCode::BAD_REQUEST, "error-bad-request")
        }
    })
}

fn content_type_is(request: &Request, expected: &str) -> bool {
    request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case(expected))
}

/// A JSON body whose rejections (wrong type, too large, malformed) are translated.
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let locale = request_locale(&request);
        if !content_type_is(&request, "application/json") {
            return Err(ApiError::new(locale, StatusCode::UNSUPPORTED_MEDIA_TYPE, "error-unsupported-media"));
        }
        let bytes = body_bytes(request, state, locale).await?;
        serde_json::from_slice(&bytes)
            .map(ApiJson)
            .map_err(|_| ApiError::new(locale, StatusCode::BAD_REQUEST, "error-bad-request"))
    }
}

/// A urlencoded form body whose rejections are translated (as plain text).
pub struct FormBody<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for FormBody<T> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let locale = request_locale(&request);
        if !content_type_is(&request, "application/x-www-form-urlencoded") {
            return Err(form_error(locale, StatusCode::UNSUPPORTED_MEDIA_TYPE, "error-unsupported-media"));
        }
        let bytes = body_bytes(request, state, locale).await.map_err(|e| {
            form_error(
                locale,
                e.status,
                if e.status == StatusCode::PAYLOAD_TOO_LARGE { "error-payload-too-large" } else { "error-bad-request" },
            )
        })?;
        serde_urlencoded::from_bytes(&bytes)
            .map(FormBody)
            .map_err(|_| form_error(locale, StatusCode::BAD_REQUEST, "error-bad-request"))
    }
}

/// Unknown `/api/…` paths: a JSON 404 rather than a page.
pub async fn api_not_found(request: Request) -> ApiError {
    ApiError::new(request_locale(&request), StatusCode::NOT_FOUND, "error-not-found")
}

/// Last resort if a handler panics: a generic answer, no detail.
pub fn panic_response(_panic: Box<dyn std::any::Any + Send + 'static>) -> Response {
    tracing::error!("a request handler panicked");
    ApiError::new(Locale::default(), StatusCode::INTERNAL_SERVER_ERROR, "error-internal").into_response()
}
