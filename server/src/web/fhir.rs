//! `POST /fhir/r4`: other health software publishes a FHIR R4 transaction (or batch, or
//! collection) Bundle, authenticated by an organisation's API token (`Authorization: Bearer`).
//! The bundle is read whole, then stored by the same import as everything else with the Publish
//! action: its patients must already have a record (INS and birth date), the decision is
//! audited, patients are told by e-mail. A transaction is answered with a `transaction-response`
//! Bundle and a batch with a `batch-response` (one entry per entry sent, in order: `201 Created`,
//! `200 OK` for a correction, a withdrawal or what was already there, an informational
//! OperationOutcome for what Carnet does not keep); a collection with an OperationOutcome
//! counting what was added. A bundle may not name a Carnet account as its author (400, naming
//! the entry), and a publisher whose publications named no record 20 times this hour is
//! refused until the next (429); each of these refusals, once the token is known, is an audit
//! row about no record (`import::Refused`). Every refusal (413, 405, 415, 401, 400, 404, 429) is an OperationOutcome
//! in the language the request asks for (Accept-Language), naming the entry at fault
//! (`issue.expression`: `Bundle.entry[3]`). The whole bundle is one database transaction, a
//! batch too: it is stored entirely or not at all.
//!
//! The token is checked before the body is read, so an unauthenticated client cannot make the
//! server read 20 MB. The bundle is read one resource at a time (`fhir::read_bundle`) and the
//! body dropped once read: a 20 MB bundle costs a small multiple of its size.

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use carnet_app::context::{AppState, RequestContext};
use carnet_core::fhir::{self, Bundle, BundleType, MAX_BUNDLE_BYTES};
use carnet_core::i18n::Locale;
use carnet_core::policy::WriteAction;
use carnet_core::record::import::{self, Links, Outcome, Refused, Report};
use carnet_core::{api_tokens, Error, Problem};
use serde_json::json;

use carnet_app::web::Edge;

/// The endpoint's address.
pub const PATH: &str = "/fhir/r4";

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
    // From here on a refusal is the publisher's, and is logged as theirs.
    let log = |why| {
        let (db, actor) = (state.db.clone(), actor.clone());
        async move {
            if let Err(error) = import::log_refusal(&db, &actor, WriteAction::Publish, why).await {
                tracing::error!(%error, "could not log a refused publication");
            }
        }
    };
    if !matches!(media.as_str(), "application/fhir+json" | "application/json") {
        log(Refused::MediaType).await;
        return outcome(StatusCode::UNSUPPORTED_MEDIA_TYPE, "not-supported", locale.t("error-fhir-media"));
    }
    let body = match axum::body::to_bytes(request.into_body(), FHIR_BODY_LIMIT).await {
        Ok(body) => body,
        Err(_) => {
            log(Refused::TooLarge).await;
            let text = fhir::Problem::TooLarge.localized(locale);
            return outcome(StatusCode::PAYLOAD_TOO_LARGE, "too-costly", text);
        }
    };
    // The body is dropped once read: what is kept of it is in the bundle.
    let read = fhir::read_bundle(&body);
    drop(body);
    let bundle = match read {
        Ok(bundle) => bundle,
        Err(refused) => {
            log(Refused::Malformed).await;
            let text = refused.localized(locale);
            return operation_outcome_at(StatusCode::BAD_REQUEST, "error", "invalid", &text, refused.entry);
        }
    };
    let links = Links { public_url: &edge.public_url };
    match import::import(&state.db, &state.sealer, &links, &actor, WriteAction::Publish, &bundle).await {
        Ok(report) if bundle.kind != BundleType::Collection => response_bundle(&bundle, &report, locale),
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
        Err(Error::Invalid(problem @ Problem::PublishIdentifyLimit)) => {
            outcome(StatusCode::TOO_MANY_REQUESTS, "throttled", locale.t(problem.message_id()))
        }
        Err(Error::Invalid(problem @ Problem::PublishAuthorClaimed)) => {
            // The first author it may not claim, by its place in the bundle.
            let entry = import::foreign_author(&actor, &bundle)
                .and_then(|i| bundle.entries.iter().position(|made| *made == fhir::Made::Author(i)));
            let text = locale.t(problem.message_id());
            operation_outcome_at(StatusCode::BAD_REQUEST, "error", "forbidden", &text, entry)
        }
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
    operation_outcome_at(status, severity, code, text, None)
}

/// An OperationOutcome with one issue, naming the bundle's entry `entry` (0-based) when it is
/// about one.
fn operation_outcome_at(status: StatusCode, severity: &str, code: &str, text: &str, entry: Option<usize>) -> Response {
    fhir_json(status, issue(severity, code, text, entry))
}

fn issue(severity: &str, code: &str, text: &str, entry: Option<usize>) -> serde_json::Value {
    let mut issue = json!({ "severity": severity, "code": code, "diagnostics": text });
    if let Some(entry) = entry {
        issue["expression"] = json!([format!("Bundle.entry[{entry}]")]);
    }
    json!({ "resourceType": "OperationOutcome", "issue": [issue] })
}

fn fhir_json(status: StatusCode, body: serde_json::Value) -> Response {
    let mut response = (status, body.to_string()).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/fhir+json"));
    response
}

/// The answer to a stored transaction or batch: one entry per entry sent, in order.
fn response_bundle(bundle: &Bundle, report: &Report, locale: Locale) -> Response {
    let entries: Vec<serde_json::Value> = bundle
        .entries
        .iter()
        .enumerate()
        .map(|(position, made)| match report.outcomes.of_entry(made) {
            Some(Outcome::Created) => json!({ "response": { "status": "201 Created" } }),
            Some(Outcome::Updated | Outcome::Unchanged) => json!({ "response": { "status": "200 OK" } }),
            None => {
                let text = locale.t("fhir-entry-not-kept");
                json!({ "response": { "status": "200 OK",
                    "outcome": issue("information", "informational", &text, Some(position)) } })
            }
        })
        .collect();
    let kind = if bundle.kind == BundleType::Batch { "batch-response" } else { "transaction-response" };
    fhir_json(StatusCode::OK, json!({ "resourceType": "Bundle", "type": kind, "entry": entries }))
}

/// `/fhir/r4` with another method than POST: 405, as an OperationOutcome.
pub async fn method_not_allowed(request: Request) -> Response {
    let locale = request.extensions().get::<RequestContext>().map(|c| c.locale).unwrap_or_default();
    let mut response =
        operation_outcome(StatusCode::METHOD_NOT_ALLOWED, "error", "not-supported", &locale.t("fhir-post-only"));
    response.headers_mut().insert(header::ALLOW, HeaderValue::from_static("POST"));
    response
}

/// A body announced over [`FHIR_BODY_LIMIT`], refused before it is read (by the edge).
pub fn too_large(locale: Locale) -> Response {
    operation_outcome(StatusCode::PAYLOAD_TOO_LARGE, "error", "too-costly", &fhir::Problem::TooLarge.localized(locale))
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
