//! The axum side of the pages: what every feature's actions (the handlers its forms post to,
//! in `pages/<feature>/actions.rs`) share. Typed form bodies and their refusals, the one error
//! type of a form handler ([`errors::AppError`]), sending a form back with what was typed
//! ([`forms`]), who is acting ([`extract`]), multipart files, the session's keys and cookies
//! ([`session`]), and the limits of passkey ceremonies ([`ceremony`]).
//!
//! Who is signed in, for whom they act and in which language is decided before any handler
//! runs, by the server's edge (`carnet-server`, `web::context`); handlers read it as
//! [`crate::context::RequestContext`].

pub mod ceremony;
pub mod errors;
pub mod extract;
pub mod files;
pub mod forms;
pub mod multipart;
pub mod session;

use std::sync::Arc;

use crate::context::AppState;

/// Largest request body accepted, except on the upload routes (ceremony payloads and forms
/// are a few KB).
pub const BODY_LIMIT: usize = 64 * 1024;

/// Largest body on the upload routes: a 10 MB file plus the multipart envelope.
pub const UPLOAD_BODY_LIMIT: usize = carnet_core::record::documents::MAX_UPLOAD_BYTES + 64 * 1024;

/// The routes that take a file (their body limit is [`UPLOAD_BODY_LIMIT`])…
pub const UPLOAD_ROUTES: [&str; 3] = ["/verify", "/upload", "/publish/report"];

/// …and those under this prefix: messages, which may carry a file.
pub const UPLOAD_PREFIX: &str = "/messages/";

/// Whether a route takes a file (its body limit is [`UPLOAD_BODY_LIMIT`]).
pub fn takes_files(path: &str) -> bool {
    UPLOAD_ROUTES.contains(&path) || path.starts_with(UPLOAD_PREFIX)
}

/// Percent-encodes a value for a URL's query or a header's `filename*` (RFC 3986: everything
/// but unreserved characters).
pub fn percent_encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Settings the handlers need beyond [`AppState`].
#[derive(Clone)]
pub struct Edge {
    pub public_origin: Arc<str>,
    /// The portal's public address (links in e-mails).
    pub public_url: url::Url,
    pub secure_cookies: bool,
    pub ceremony_limit: carnet_core::ratelimit::Limit,
    /// The reverse proxies whose `X-Forwarded-For` names the client ([`ceremony::ClientAddress`]).
    pub trusted_proxies: carnet_core::client_address::TrustedProxies,
    /// How long enrolment links made on the web (a caregiver joining) last.
    pub enrolment_ttl_hours: i64,
}

/// Router state of every handler: the pages' [`AppState`] plus the [`Edge`] settings.
#[derive(Clone, axum::extract::FromRef)]
pub struct WebState {
    pub app: AppState,
    pub edge: Edge,
}

/// A feature's routes (its actions), merged by [`crate::action_routes`].
pub type Routes = axum::Router<WebState>;
