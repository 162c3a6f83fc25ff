//! Serving a file of a record (a document, a message's attachment): shown inline only when
//! its type is one Carnet shows and its content agrees, an attachment of opaque bytes
//! otherwise; either way sandboxed (CSP `sandbox`, no scripts, no framing, nosniff), so a
//! hostile file can never run in Carnet's origin.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use carnet_core::record::files::FileType;

/// The policy of a served file: nothing may run, load, or frame it.
const FILE_CSP: &str = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; \
     frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/// The response serving `bytes` as `file_name`: inline as `inline` says, else as a download.
pub fn file_response(file_name: &str, bytes: Vec<u8>, inline: Option<FileType>) -> Response {
    let content_type = inline.map_or("application/octet-stream", |t| t.mime());
    let disposition = format!(
        "{}; filename=\"{}\"; filename*=UTF-8''{}",
        if inline.is_some() { "inline" } else { "attachment" },
        ascii_fallback(file_name),
        super::percent_encode(file_name)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_header_safe() {
        assert_eq!(ascii_fallback("Bilan sanguin du 2026.pdf"), "Bilan sanguin du 2026.pdf");
        assert_eq!(ascii_fallback("Ordonnance é\".pdf"), "Ordonnance __.pdf");
        assert_eq!(super::super::percent_encode("é a.pdf"), "%C3%A9%20a.pdf");
    }
}
