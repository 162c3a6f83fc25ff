//! The site's answers when a handler refused: the not-found page and a form sent back, rendered
//! in the layout and the person's language ([`error_pages`]); unknown API paths; a panic.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{StatusCode, Uri};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use carnet_app::context::{AppState, RequestContext};
use carnet_app::web::errors::{form_error, request_locale, ApiError, NotFoundPage, Translated};
use carnet_app::web::forms::RenderAgain;
use carnet_core::i18n::Locale;

/// Replaces a response marked [`NotFoundPage`] with the not-found page as every unknown address
/// gets it (the layout, the person's language and navigation, status 404), and one marked
/// [`RenderAgain`] with the form's page rendered again with what was typed (status 422). Either
/// renders the app for a page address with the request's context (who, which language, where the
/// language switcher returns to).
pub async fn error_pages(State(app): State<AppState>, request: Request, next: Next) -> Response {
    let get = request.method() == axum::http::Method::GET;
    let context = request.extensions().get::<RequestContext>().cloned();
    let mut response = next.run(request).await;
    if let Some(Translated(message_id)) = response.extensions_mut().remove::<Translated>() {
        if response.extensions().get::<NotFoundPage>().is_none() {
            let locale = context.as_ref().map(|c| c.locale).unwrap_or_default();
            return form_error(locale, response.status(), message_id);
        }
    }
    let (path, status, sent_back) = if let Some(again) = response.extensions_mut().remove::<RenderAgain>() {
        (again.page, StatusCode::UNPROCESSABLE_ENTITY, Some(again.sent_back))
    } else if response.extensions().get::<NotFoundPage>().is_some() {
        (NOT_FOUND_PATH.to_string(), StatusCode::NOT_FOUND, None)
    } else {
        return response;
    };
    let Ok(uri) = path.parse::<Uri>() else { return response };
    let mut page = Request::new(Body::empty());
    *page.uri_mut() = uri;
    if let Some(mut context) = context {
        // The language switcher returns to the page shown; a refused form post has none.
        if !get {
            context.path_and_query = if sent_back.is_some() { path.clone() } else { "/".to_string() };
        }
        page.extensions_mut().insert(context);
    }
    if let Some(sent_back) = sent_back {
        page.extensions_mut().insert(sent_back);
    }
    let options = app.leptos_options.clone();
    let render = leptos_axum::render_app_async_with_context(
        move || leptos::prelude::provide_context(app.clone()),
        move || carnet_app::shell(options.clone()),
    );
    let mut rendered = render(page).await;
    *rendered.status_mut() = status;
    rendered
}

/// An address none of the app's routes has, rendered for [`error_pages`].
const NOT_FOUND_PATH: &str = "/.not-found";

/// Unknown `/api/…` paths: a JSON 404 rather than a page.
pub async fn api_not_found(request: Request) -> ApiError {
    ApiError::new(request_locale(&request), StatusCode::NOT_FOUND, "error-not-found")
}

/// Last resort if a handler panics: a generic answer, no detail.
pub fn panic_response(_panic: Box<dyn std::any::Any + Send + 'static>) -> Response {
    tracing::error!("a request handler panicked");
    ApiError::new(Locale::default(), StatusCode::INTERNAL_SERVER_ERROR, "error-internal").into_response()
}
