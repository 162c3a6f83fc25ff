//! `POST /fhir/r4`: other health software publishes a FHIR R4 transaction (or batch, or
//! collection) Bundle, authenticated by an organisation's API token (`Authorization: Bearer`).
//! The bundle is read whole, then stored by the same import as everything else with the Publish
//! action: its patients must already have a record (INS and birth date), the decision is
//! audited, patients are told by e-mail. Answers are OperationOutcomes, in the language the
//! request asks for (Accept-Language).
//!
//! The token is checked before the body is read, so an unauthenticated client cannot make the
//! server read 20 MB.

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use carnet_app::context::{AppState, RequestContext};
use carnet_core::fhir::{self, MAX_BUNDLE_BYTES};
use carnet_core::i18n::Locale;
use carnet_core::policy::WriteAction;
use carnet_core::record::import::{self, Links};
use carnet_core::{api_tokens, Error};
use serde_json::json;

use carnet_app::web::Edge;

/// The route's body limit: the largest bundle and a little room.
pub const FHIR_BODY_LIMIT: usize = MAX_BUNDLE_BYTES + 64 * 1024;

pub async fn transaction(State(state): State<AppState>, State(edge): State<Edge>, request: Request) -> Response {
    let locale = request.extensions().get::<RequestContext>().map(|c| c.locale).unwrap_or_default();
    let outcome = |status, code, text: String| operation_outcome(status, "error", code, &text);
    let bearer = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(bearer_token)
        .unwrap_or_default()
        .to_string();
    let actor = match api_tokens::authenticate(&state.db, &bearer).await {
        Ok(Some(actor)) => actor,
        Ok(None) => {
            let mut response = outcome(StatusCode::UNAUTHORIZED, "login", locale.t("error-token-required"));
            response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
            return response;
        }
        Err(error) => return internal(locale, error),
    };
    let media = request.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let media = media.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    if !matches!(media.as_str(), "application/fhir+json" | "application/json") {
        return outcome(StatusCode::UNSUPPORTED_MEDIA_TYPE, "not-supported", locale.t("error-fhir-media"));
    }
    let body = match axum::body::to_bytes(request.into_body(), FHIR_BODY_LIMIT).await {
        Ok(body) => body,
        Err(_) => {
            let text = fhir::Problem::TooLarge.localized(locale);
            return outcome(StatusCode::PAYLOAD_TOO_LARGE, "too-costly", text);
        }
    };
    let bundle = match fhir::read_bundle(&body) {
        Ok(bundle) => bundle,
        Err(refused) => return outcome(StatusCode::BAD_REQUEST, "invalid", refused.localized(locale)),
    };
    let links = Links { public_url: &edge.public_url };
    match import::import(&state.db, &state.sealer, &links, &actor, WriteAction::Publish, &bundle).await {
        Ok(report) => {
            let text = locale.t_args(
                "fhir-stored",
                &[
                    ("results", (report.results.added as i64).into()),
                    ("reports", (report.reports.added as i64).into()),
                    ("documents", (report.documents.added as i64).into()),
                    ("vaccinations", (report.vaccinations.added as i64).into()),
                ],
            );
            operation_outcome(StatusCode::OK, "information", "informational", &text)
        }
        Err(Error::NotFound) => outcome(StatusCode::NOT_FOUND, "not-found", locale.t("error-publish-no-record")),
        Err(Error::Invalid(id)) => outcome(StatusCode::BAD_REQUEST, "invalid", locale.t(id.message_id())),
        Err(error) => internal(locale, error),
    }
}

/// The token of an `Authorization: Bearer <token>` header; the scheme is case-insensitive
/// (RFC 9110, 11.1).
fn bearer_token(header: &str) -> Option<&str> {
    let (scheme, token) = header.trim().split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
}

fn operation_outcome(status: StatusCode, severity: &str, code: &str, text: &str) -> Response {
    let body = json!({
        "resourceType": "OperationOutcome",
        "issue": [{ "severity": severity, "code": code, "diagnostics": text }],
    });
    let mut response = (status, body.to_string()).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/fhir+json"));
    response
}

fn internal(locale: Locale, error: Error) -> Response {
    tracing::error!(%error, "a FHIR publication failed");
    operation_outcome(StatusCode::INTERNAL_SERVER_ERROR, "error", "exception", &locale.t("error-internal"))
}

#[cfg(test)]
mod tests {
    use super::bearer_token;

    #[test]
    fn the_bearer_scheme_is_case_insensitive() {
        assert_eq!(bearer_token("Bearer abc"), Some("abc"));
        assert_eq!(bearer_token("bearer abc"), Some("abc"));
        assert_eq!(bearer_token("BEARER  abc "), Some("abc"));
        assert_eq!(bearer_token("Basic abc"), None);
        assert_eq!(bearer_token("Bearer"), None);
    }
}
