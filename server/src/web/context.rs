//! Decides, before any handler or page runs, who is signed in and which language to use, and
//! hands both on as a [`RequestContext`] request extension.

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use carnet_app::context::{AppState, RequestContext};
use carnet_core::delegation::{self, Acting};
use carnet_core::i18n::Locale;
use carnet_core::sign_in::{self, Limits};
use tower_sessions::Session;

use super::errors::ApiError;

/// Session key holding the id of the `sign_ins` row.
pub const SIGN_IN_KEY: &str = "sign_in";

/// Session key holding the record (patient id) the person chose to act for.
pub const ACTING_FOR_KEY: &str = "acting_for";

/// Cookie remembering the language chosen before signing in (or without an account).
pub const LANGUAGE_COOKIE: &str = "carnet_lang";

pub async fn attach(State(state): State<AppState>, session: Session, mut request: Request, next: Next) -> Response {
    let viewer = match session.get::<String>(SIGN_IN_KEY).await {
        Ok(Some(id)) => match sign_in::resolve(&state.db, &id, Limits::default()).await {
            Ok(Some(viewer)) => Some(viewer),
            Ok(None) => {
                // Ended, idle or too old: forget it server-side too.
                let _ = session.flush().await;
                None
            }
            Err(error) => {
                tracing::error!(%error, "could not check the session");
                let locale = locale_from_headers(request.headers());
                return ApiError::unavailable(locale).into_response();
            }
        },
        _ => None,
    };
    let locale =
        viewer.as_ref().and_then(|v| v.account.locale).unwrap_or_else(|| locale_from_headers(request.headers()));
    let (acting_for, acting) = match &viewer {
        Some(viewer) => match acting_for(&state, &session, &viewer.account.id).await {
            Ok(chosen) => chosen,
            Err(error) => {
                tracing::error!(%error, "could not check whom the person acts for");
                return ApiError::unavailable(locale).into_response();
            }
        },
        None => (None, None),
    };
    let path_and_query = request.uri().path_and_query().map(|p| p.as_str().to_string()).unwrap_or_default();
    request.extensions_mut().insert(RequestContext { locale, viewer, acting, acting_for, path_and_query });
    next.run(request).await
}

/// The record the signed-in person chose to act for, and whether they still may. A choice that
/// no longer holds (the delegation ended) is forgotten after this request, which the policy
/// refuses: see `RequestContext::acting_for`.
async fn acting_for(
    state: &AppState,
    session: &Session,
    account_id: &str,
) -> carnet_core::Result<(Option<String>, Option<Acting>)> {
    let Ok(Some(patient_id)) = session.get::<String>(ACTING_FOR_KEY).await else { return Ok((None, None)) };
    let acting = delegation::acting(&state.db, account_id, &patient_id).await?;
    if acting.is_none() {
        let _ = session.remove::<String>(ACTING_FOR_KEY).await;
    }
    Ok((Some(patient_id), acting))
}

/// The language from the cookie, else from Accept-Language, else French.
pub fn locale_from_headers(headers: &HeaderMap) -> Locale {
    cookie(headers, LANGUAGE_COOKIE)
        .and_then(|tag| Locale::from_tag(&tag))
        .or_else(|| headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(Locale::negotiate))
        .unwrap_or_default()
}

fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn cookie_wins_over_accept_language() {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT_LANGUAGE, HeaderValue::from_static("en-GB,en;q=0.8"));
        assert_eq!(locale_from_headers(&headers), Locale::En);
        headers.insert(header::COOKIE, HeaderValue::from_static("a=b; carnet_lang=fr"));
        assert_eq!(locale_from_headers(&headers), Locale::Fr);
        assert_eq!(locale_from_headers(&HeaderMap::new()), Locale::Fr);
    }
}
