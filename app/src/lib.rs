//! Carnet's user interface (Leptos, islands mode).
//!
//! - `islands`: the only interactive widgets, compiled both for the server (first render) and
//!   for the browser (WASM). They receive every text already translated, as props.
//! - everything else (`shell`, `layout`, `pages`, `web`, `i18n`, `context`) is server-only
//!   (`ssr`): pages render on the server and are readable without JavaScript; they read the
//!   request's language and signed-in person from [`context::RequestContext`] and data from
//!   `carnet-core`. Each feature's folder in `pages` holds its pages and the actions (axum
//!   handlers) its forms post; `web` is what those actions share.

pub mod islands;

#[cfg(feature = "ssr")]
pub mod context;
#[cfg(feature = "ssr")]
mod i18n;
#[cfg(feature = "ssr")]
mod layout;
#[cfg(feature = "ssr")]
pub mod notice;
#[cfg(feature = "ssr")]
mod pages;
#[cfg(feature = "ssr")]
mod shell;
#[cfg(feature = "ssr")]
pub mod web;

#[cfg(feature = "ssr")]
pub use pages::action_routes;
#[cfg(feature = "ssr")]
pub use shell::{shell, App};

/// The field a confirmation page's form sends with the action it confirms: a form without it
/// (an old page, a crafted request) changes nothing and is sent to the confirmation page.
pub const CONFIRMED: (&str, &str) = ("confirmed", "yes");

/// Entry point of the WASM module: hydrates the islands found in the page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    leptos::mount::hydrate_islands();
}
