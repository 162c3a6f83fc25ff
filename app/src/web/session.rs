//! The web session's keys and the site's cookies, named once: the server's edge reads them to
//! decide who is acting (`carnet-server`, `web::context`), the actions that change them write
//! them (signing in, acting for someone, an assisted session, a desk's handover, the kiosk mark,
//! the language).

use axum::http::{header, HeaderValue};
use axum::response::Response;

use super::Edge;

/// Session key holding the id of the `sign_ins` row.
pub const SIGN_IN_KEY: &str = "sign_in";

/// Session key holding the record (patient id) the person chose to act for.
pub const ACTING_FOR_KEY: &str = "acting_for";

/// Session key holding the assisted session a desk's sign-in runs.
pub const ASSISTED_KEY: &str = "assisted";

/// Session key holding an enrolment link to hand over at the desk, until shown once.
pub const HANDOVER_KEY: &str = "handover";

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "carnet_session";

/// Cookie marking a desk device as a kiosk.
pub const KIOSK_COOKIE: &str = "carnet_kiosk";

/// Cookie remembering the language chosen before signing in (or without an account).
pub const LANGUAGE_COOKIE: &str = "carnet_lang";

/// A year, the life of the language and kiosk cookies.
const YEAR_SECONDS: u32 = 31_536_000;

/// `Set-Cookie` for one of the site's cookies: `value` for a year, or removed when `None`.
/// Always HttpOnly and SameSite=Lax, Secure outside local development.
pub fn cookie(edge: &Edge, name: &str, value: Option<&str>) -> String {
    let secure = if edge.secure_cookies { "; Secure" } else { "" };
    match value {
        Some(value) => format!("{name}={value}; Path=/; Max-Age={YEAR_SECONDS}; HttpOnly; SameSite=Lax{secure}"),
        None => format!("{name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax{secure}"),
    }
}

/// Adds to a response what leaves nothing of this site in the browser: `Clear-Site-Data` for
/// its cache and storage, and expired cookies (the session's and the language's; the kiosk
/// mark stays, it belongs to the device). Signing out on a kiosk, ending an assisted session.
pub fn cleared(edge: &Edge, mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert("clear-site-data", HeaderValue::from_static("\"cache\", \"storage\""));
    for name in [SESSION_COOKIE, LANGUAGE_COOKIE] {
        if let Ok(value) = HeaderValue::from_str(&cookie(edge, name, None)) {
            headers.append(header::SET_COOKIE, value);
        }
    }
    response
}
