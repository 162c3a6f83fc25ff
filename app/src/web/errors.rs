//! Errors as people see them: a status and a translated message, never an internal detail.
//! JSON endpoints answer `{"error": "…"}`; form posts get the message as plain text, except
//! "not found", which a browser gets as the site's not-found page, in its layout
//! (the server's `error_pages` layer), whatever handler refused (a page, a form, a file, an export).

use axum::extract::{FromRequest, Request};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use carnet_core::error::LinkProblem;
use carnet_core::i18n::Locale;
use carnet_core::{Error, Problem};
use serde::de::DeserializeOwned;

use super::forms;
use crate::context::RequestContext;

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
            Error::Invalid(id) => (StatusCode::BAD_REQUEST, id.message_id()),
            Error::Conflict(id) => (StatusCode::CONFLICT, id.message_id()),
            Error::Link(LinkProblem::Unknown) => (StatusCode::NOT_FOUND, "link-unknown-text"),
            Error::Link(LinkProblem::Used) => (StatusCode::GONE, "link-used-text"),
            Error::Link(LinkProblem::Expired) => (StatusCode::GONE, "link-expired-text"),
            Error::LastPasskey => (StatusCode::CONFLICT, "error-last-passkey"),
            Error::Ceremony => (StatusCode::BAD_REQUEST, "error-ceremony"),
            Error::Database(_) | Error::Migration(_) | Error::Config(_) | Error::Mail(_) | Error::Audit(_) => {
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

/// A refusal of a plain form post: the translated message as text; "not found" is marked so
/// that the server's `error_pages` layer answers with the site's not-found page instead.
pub fn form_error(locale: Locale, status: StatusCode, message_id: &str) -> Response {
    let mut response =
        (status, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], locale.t(message_id)).into_response();
    if status == StatusCode::NOT_FOUND {
        response.extensions_mut().insert(NotFoundPage);
    }
    response
}

/// Why a form handler did not do what was asked. Handlers return `Result<_, AppError>` and use
/// `?`: a core error becomes one (not found stays "not found", whoever asks; a problem is a 400,
/// or, tied to the handler's form with [`AppError::send_back`], the form's page again with what
/// was typed; anything else is logged and answered with a generic error). The message is
/// translated on the way out (the server's `error_pages` layer), in the person's language.
#[derive(Debug)]
pub enum AppError {
    /// The site's not-found page (404): also what "not yours" looks like.
    NotFound,
    /// A refusal with a problem's message, not tied to a form (400, or 409 for a conflict).
    Problem(StatusCode, Problem),
    /// The form sent back: `page` rendered again with the problem and the fields as typed (422).
    SentBack { page: String, form: &'static str, problem: Problem, typed: forms::Fields },
    /// Something failed that the person cannot fix: logged, a generic message (500).
    Internal(Error),
}

impl From<Error> for AppError {
    fn from(error: Error) -> Self {
        match error {
            Error::NotFound => AppError::NotFound,
            Error::Invalid(problem) => AppError::Problem(StatusCode::BAD_REQUEST, problem),
            Error::Conflict(problem) => AppError::Problem(StatusCode::CONFLICT, problem),
            Error::LastPasskey => AppError::Problem(StatusCode::CONFLICT, Problem::LastPasskey),
            // A link that is not one looks like any unknown address.
            Error::Link(LinkProblem::Unknown) => AppError::NotFound,
            error => AppError::Internal(error),
        }
    }
}

impl AppError {
    /// Ties a problem to the form `form` of `page`: the page comes back with it beside the form
    /// and `typed` (the form as received) in its fields. Other errors are left as they are.
    pub fn send_back(self, page: &str, form: &'static str, typed: &impl serde::Serialize) -> AppError {
        match self {
            AppError::Problem(_, problem) => {
                AppError::SentBack { page: page.to_string(), form, problem, typed: forms::fields_of(typed) }
            }
            other => other,
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, message_id) = match self {
            AppError::SentBack { page, form, problem, typed } => return forms::back(&page, form, problem, &typed),
            AppError::NotFound => (StatusCode::NOT_FOUND, "error-not-found"),
            AppError::Problem(status, problem) => (status, problem.message_id()),
            AppError::Internal(error) => {
                tracing::error!(%error, "a form failed");
                (StatusCode::INTERNAL_SERVER_ERROR, "error-internal")
            }
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(Translated(message_id));
        if status == StatusCode::NOT_FOUND {
            response.extensions_mut().insert(NotFoundPage);
        }
        response
    }
}

/// Marks a response whose body is the message `.0`, written in the person's language by
/// the server's `error_pages` layer (plain text).
#[derive(Debug, Clone, Copy)]
pub struct Translated(pub &'static str);

/// Marks a response of a handler serving a browser (pages, forms, files, exports — not the JSON
/// or FHIR endpoints, which answer in their own formats) as "not found": the person gets the
/// site's not-found page.
#[derive(Debug, Clone, Copy)]
pub struct NotFoundPage;

pub fn request_locale(request: &Request) -> Locale {
    request.extensions().get::<RequestContext>().map(|c| c.locale).unwrap_or_default()
}

fn content_type_is(request: &Request, expected: &str) -> bool {
    request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case(expected))
}

/// Why a body was refused: the status and the Fluent id, in the request's language.
struct Refusal {
    locale: Locale,
    status: StatusCode,
    message_id: &'static str,
}

/// Reads a body of `content_type` and parses it; every way it can fail (wrong type, too large,
/// unreadable, malformed) becomes a [`Refusal`]. The extractors below differ only in how they
/// present it.
async fn read_body<S: Send + Sync, T>(
    request: Request,
    state: &S,
    content_type: &str,
    parse: impl FnOnce(&[u8]) -> Option<T>,
) -> Result<T, Refusal> {
    let locale = request_locale(&request);
    let refuse = |status, message_id| Refusal { locale, status, message_id };
    if !content_type_is(&request, content_type) {
        return Err(refuse(StatusCode::UNSUPPORTED_MEDIA_TYPE, "error-unsupported-media"));
    }
    let bytes = axum::body::Bytes::from_request(request, state).await.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            refuse(StatusCode::PAYLOAD_TOO_LARGE, "error-payload-too-large")
        } else {
            refuse(StatusCode::BAD_REQUEST, "error-bad-request")
        }
    })?;
    parse(&bytes).ok_or_else(|| refuse(StatusCode::BAD_REQUEST, "error-bad-request"))
}

/// A JSON body whose refusals are translated JSON errors.
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        read_body(request, state, "application/json", |b| serde_json::from_slice(b).ok())
            .await
            .map(ApiJson)
            .map_err(|r| ApiError::new(r.locale, r.status, r.message_id))
    }
}

/// A urlencoded form body whose refusals are translated plain text.
pub struct FormBody<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for FormBody<T> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        read_body(request, state, "application/x-www-form-urlencoded", |b| serde_urlencoded::from_bytes(b).ok())
            .await
            .map(FormBody)
            .map_err(|r| form_error(r.locale, r.status, r.message_id))
    }
}
