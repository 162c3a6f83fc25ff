//! The outermost checks and headers.
//!
//! - A body announced (Content-Length) over its route's limit (`body_limit`: larger on the
//!   upload and FHIR routes) is refused before it is read.
//! - State-changing requests (anything but GET, HEAD, OPTIONS) must come from our own pages:
//!   `Sec-Fetch-Site` must be `same-origin` or `none`, or else `Origin` must be ours. Requests
//!   carrying neither header are not from a browser and so cannot be cross-site forgeries.
//! - Every response gets nosniff, no-referrer, no framing; non-page responses get a locked-down
//!   CSP (pages set their own, with a nonce); everything but static assets is `no-store`.

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use carnet_app::web::errors::ApiError;
use carnet_app::web::Edge;

use super::body_limit;
use super::context::locale_from_headers;

pub async fn guard(State(edge): State<Edge>, request: Request, next: Next) -> Response {
    // A body announced larger than any we accept is refused before a byte of it is read.
    let announced = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    let limit = body_limit(request.uri().path());
    if announced.is_some_and(|length| length > limit) {
        let locale = locale_from_headers(request.headers());
        // FHIR clients are answered in FHIR.
        if request.uri().path() == super::fhir::PATH {
            return super::fhir::too_large(locale);
        }
        return ApiError::new(locale, StatusCode::PAYLOAD_TOO_LARGE, "error-payload-too-large").into_response();
    }
    let safe = matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if !safe && !same_origin(&request, &edge.public_origin) {
        let locale = locale_from_headers(request.headers());
        tracing::info!(method = %request.method(), "refused a cross-origin request");
        return ApiError::new(locale, StatusCode::FORBIDDEN, "error-cross-origin").into_response();
    }
    let static_asset = is_static_asset(request.uri().path());
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'; base-uri 'none'"),
        );
    }
    if static_asset {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    } else {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

fn same_origin(request: &Request, public_origin: &str) -> bool {
    let headers = request.headers();
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return matches!(site, "same-origin" | "none");
    }
    match headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        Some(origin) => origin == public_origin,
        None => true,
    }
}

/// Files served from the site folder (built CSS/JS/WASM, icons). They hold no personal data.
fn is_static_asset(path: &str) -> bool {
    path.starts_with("/pkg/") || path == "/favicon.svg"
}
