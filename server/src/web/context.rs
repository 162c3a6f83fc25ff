//! Decides, before any handler or page runs, who is signed in and which language to use, and
//! hands both on as a [`RequestContext`] request extension.

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use carnet_app::context::{AppState, RequestContext};
use carnet_core::delegation::{self, Acting};
use carnet_core::desk::assisted;
use carnet_core::desk::enrolment::HandedOver;
use carnet_core::i18n::Locale;
use carnet_core::policy::{ActingFor, Actor, Capabilities};
use carnet_core::sign_in::{self, Limits, SignedIn};
use tower_sessions::Session;

use carnet_app::web::errors::ApiError;
use carnet_app::web::session::{
    ACTING_FOR_KEY, ASSISTED_KEY, HANDOVER_KEY, KIOSK_COOKIE, LANGUAGE_COOKIE, SIGN_IN_KEY,
};

/// Sessions on a kiosk: 5 minutes idle, 30 at most.
const KIOSK_LIMITS: Limits = Limits { idle_ms: 5 * 60_000, absolute_ms: 30 * 60_000 };

pub async fn attach(State(state): State<AppState>, session: Session, mut request: Request, next: Next) -> Response {
    let kiosk = is_kiosk(request.headers());
    let limits = if kiosk { KIOSK_LIMITS } else { Limits::default() };
    let viewer = match session.get::<String>(SIGN_IN_KEY).await {
        Ok(Some(id)) => match sign_in::resolve(&state.db, &id, limits).await {
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
    // An assisted session past its limits (or ended) ends the desk's sign-in with it.
    let (viewer, assisted) = match assisted_session(&state, &session, viewer).await {
        Ok(found) => found,
        Err(error) => {
            tracing::error!(%error, "could not check the assisted session");
            return ApiError::unavailable(locale).into_response();
        }
    };
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
    // The link to hand over is read once, by the page that shows it.
    let handover = match request.uri().path() {
        "/desk/handover" => session.remove::<HandedOver>(HANDOVER_KEY).await.ok().flatten(),
        _ => None,
    };
    let actor = viewer.as_ref().map(|viewer| match (&assisted, acting_for) {
        (Some(assisted), _) => {
            Actor::acting_for(&viewer.account, ActingFor::Assisted { session_id: assisted.id.clone() })
        }
        (None, Some(patient_id)) => Actor::acting_for(&viewer.account, ActingFor::Delegation { patient_id }),
        (None, None) => Actor::person(&viewer.account),
    });
    let represents = acting.as_ref().is_some_and(|a| a.representative);
    let capabilities = actor.as_ref().map(|a| Capabilities::of(a, represents)).unwrap_or_default();
    // The navigation's count of unread messages, for the pages (not their files and actions).
    let is_page = request.method() == axum::http::Method::GET && !request.uri().path().starts_with("/pkg/");
    let unread_messages = match (&actor, is_page) {
        (Some(actor), true) => match carnet_core::messaging::conversations::unread(&state.db, actor).await {
            Ok(count) => count,
            Err(error) => {
                tracing::error!(%error, "could not count unread messages");
                return ApiError::unavailable(locale).into_response();
            }
        },
        _ => 0,
    };
    let context = RequestContext {
        locale,
        viewer,
        actor,
        capabilities,
        acting,
        assisted,
        kiosk,
        handover,
        path_and_query,
        unread_messages,
    };
    request.extensions_mut().insert(context);
    next.run(request).await
}

/// The assisted session of this sign-in, if one was approved and is within its limits. One
/// that ended or ran out ends the sign-in too: the desk's device is signed out.
async fn assisted_session(
    state: &AppState,
    session: &Session,
    viewer: Option<SignedIn>,
) -> carnet_core::Result<(Option<SignedIn>, Option<assisted::Session>)> {
    let Some(signed_in) = viewer else { return Ok((None, None)) };
    let Ok(Some(id)) = session.get::<String>(ASSISTED_KEY).await else { return Ok((Some(signed_in), None)) };
    match assisted::current(&state.db, &signed_in.account.id, &signed_in.sign_in_id, &id).await? {
        Some(running) => Ok((Some(signed_in), Some(running))),
        None => {
            sign_in::end(&state.db, &signed_in.sign_in_id).await?;
            let _ = session.flush().await;
            Ok((None, None))
        }
    }
}

/// Whether this device was marked as a kiosk.
pub fn is_kiosk(headers: &HeaderMap) -> bool {
    cookie(headers, KIOSK_COOKIE).is_some_and(|v| v == "1")
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
