//! What every page render can read: the shared services (the router state, provided by
//! leptos_axum as context) and the facts of the current request, resolved by the server's edge
//! (who is signed in, acting for whom, what the policy lets them do) and inserted as a request
//! extension. Pages read it; they decide nothing about who may do what.

use axum::extract::FromRef;
use carnet_core::db::Db;
use carnet_core::delegation::Acting;
use carnet_core::i18n::{Locale, Zone};
use carnet_core::passkeys::Passkeys;
use carnet_core::policy::{AccountAction, Actor, Capabilities};
use carnet_core::seal::Sealer;
use carnet_core::sign_in::SignedIn;
use carnet_core::Problem;
use leptos::config::LeptosOptions;
use leptos::prelude::use_context;

/// Services shared by every request (the axum router's state).
#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: Db,
    pub passkeys: Passkeys,
    /// The clinic's time zone, for showing dates.
    pub zone: Zone,
    /// The document sealing key (to check seals as documents are shown).
    pub sealer: Sealer,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

/// Facts about the current request, decided by the server before rendering.
#[derive(Clone, Debug, Default)]
pub struct RequestContext {
    /// The language to render in (account, then cookie, then Accept-Language, then French).
    pub locale: Locale,
    /// The signed-in person, if any.
    pub viewer: Option<SignedIn>,
    /// The signed-in person as the policy's actor, acting for whom they chose (the record they
    /// chose to act for, whether or not they still may: requests are made for it all the same,
    /// and refused by the policy, for the one request after a delegation ends, so that a form
    /// sent from an old page never lands in the person's own record instead).
    pub actor: Option<Actor>,
    /// What the policy lets them do outside any record this request (the sections and tools
    /// the pages offer), asked once by the edge.
    pub capabilities: Capabilities,
    /// Whom they act for, if they chose to act for someone and still may (checked on this
    /// request): what the pages show.
    pub acting: Option<Acting>,
    /// The assisted session the desk's sign-in runs, if any (checked on this request).
    pub assisted: Option<carnet_core::desk::assisted::Session>,
    /// A desk device marked as a kiosk: short sessions, everything cleared at sign-out.
    pub kiosk: bool,
    /// The enrolment or recovery link to hand over at the desk, taken from the session once
    /// (`/desk/handover` only).
    pub handover: Option<carnet_core::desk::enrolment::HandedOver>,
    /// Path and query of the request (where the language switcher returns to).
    pub path_and_query: String,
    /// How many messages wait unread for the person (the navigation's count), for pages.
    pub unread_messages: i64,
}

impl RequestContext {
    /// The policy's actor for this request ([`RequestContext::actor`]), if someone is signed in.
    pub fn actor(&self) -> Option<Actor> {
        self.actor.clone()
    }

    /// Whether the policy lets the person do `action` outside any record.
    pub fn may(&self, action: AccountAction) -> bool {
        self.capabilities.may(action)
    }
}

/// A form sent back with a problem: its page is rendered again, at the address the form posted
/// to, with the problem beside the form and each field as it was typed. Nothing of it travels in
/// a URL (no INS, birth date or reason in a `Location` or a query string); the server's edge
/// inserts it as a request extension for that one render.
#[derive(Clone, Debug)]
pub struct SentBack {
    /// The form's name on its page (its error's id is `<form>-error`).
    pub form: String,
    pub problem: Problem,
    /// The fields as typed, by name.
    pub fields: Vec<(String, String)>,
}

/// The form this render sends back, if any.
pub fn sent_back() -> Option<SentBack> {
    use_context::<http::request::Parts>().and_then(|parts| parts.extensions.get::<SentBack>().cloned())
}

/// The current request's context (a default, signed-out French one outside a request).
pub fn request_context() -> RequestContext {
    use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<RequestContext>().cloned())
        .unwrap_or_default()
}

/// The shared services, if rendering inside the server.
pub fn app_state() -> Option<AppState> {
    use_context::<AppState>()
}
