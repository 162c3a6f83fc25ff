//! One module per page. Pages read the request context and call `carnet-core`; they hold no
//! SQL and no access rules.

mod account;
mod enrol;
mod home;
mod not_found;
mod sign_in;

pub use account::AccountPage;
pub use enrol::EnrolPage;
pub use home::HomePage;
pub use not_found::NotFound;
pub use sign_in::SignInPage;

use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::t;
use crate::islands::CeremonyTexts;

/// `<title>`: the page's name, then the site's.
#[component]
fn PageTitle(id: &'static str) -> impl IntoView {
    view! { <Title text=format!("{} — {}", t(id), t("site-name"))/> }
}

/// Texts for a passkey widget, from the Fluent ids of its action, progress and failure.
fn ceremony_texts(action: &str, working: &str, failed: &str) -> CeremonyTexts {
    CeremonyTexts {
        action: t(action),
        working: t(working),
        failed: t(failed),
        cancelled: t("ceremony-cancelled"),
        unsupported: t("ceremony-unsupported"),
        network: t("ceremony-network"),
    }
}

/// Shown beside a passkey widget while scripts are off. Not a `<noscript>`: the shell's inline
/// script marks `<html class="js">` and the stylesheet hides this, which also covers browsers
/// whose script engine is disabled by policy rather than by preference.
#[component]
fn NeedsJavaScript() -> impl IntoView {
    view! { <p class="notice warning needs-js">{t("javascript-needed")}</p> }
}

/// Answers the page request with a redirect (303 See Other), whatever the client accepts.
fn redirect_to(path: &str) {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::SEE_OTHER);
        if let Ok(location) = http::HeaderValue::from_str(path) {
            response.insert_header(http::header::LOCATION, location);
        }
    }
}

/// Sets the response status of the page being rendered.
fn set_status(status: http::StatusCode) {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(status);
    }
}
