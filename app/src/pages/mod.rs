//! One folder per feature: its pages (`mod.rs`) and the actions its forms post
//! (`actions.rs`: axum handlers, see `docs/architecture.md` for why not server functions), side
//! by side. Pages read the request context and call `carnet-core`; neither holds SQL or access
//! rules.

mod account;
mod agenda;
mod appointments;
mod confirm;
mod delegations;
mod desk;
mod documents;
mod enrol;
mod forms;
mod health;
mod history;
mod home;
mod measurements;
mod messages;
mod not_found;
mod patients;
mod publish;
mod results;
mod sharing;
mod sign_in;
mod trend;
mod upload;
mod vaccinations;
mod verify;

pub use account::AccountPage;
pub use agenda::visit_kinds::{VisitKindPage, VisitKindsPage};
pub use agenda::{AgendaAppointmentPage, AgendaCancelPage, AgendaPage, AvailabilityPage};
pub use appointments::preparation::{SignFormPage, VisitFormPage};
pub use appointments::{
    AppointmentPage, AppointmentsPage, BookSearchPage, BookSlotPage, CancelAppointmentPage, ProfessionalSlotsPage,
};
pub use delegations::{CaregiversPage, HelpingPage, InvitationPage};
pub use desk::{AssistPage, DeskPage, HandoverPage};
pub use documents::{DocumentPage, DocumentsPage};
pub use enrol::EnrolPage;
pub use health::{HealthItemPage, HealthPage};
pub use history::HistoryPage;
pub use home::HomePage;
pub use measurements::{MeasurementPage, MeasurementsPage};
pub use messages::{ConversationPage, MessageSettingsPage, MessagesPage, NewMessagePage, PatientMessagesPage};
pub use not_found::NotFound;
pub use patients::{PatientOverviewPage, PatientsPage};
pub use publish::{PatientPublishPage, PublishPage};
pub use results::{ResultsPage, SeriesPage};
pub use sharing::{BlockPage, SharingPage};
pub use sign_in::SignInPage;
pub use upload::UploadPage;
pub use vaccinations::VaccinationsPage;
pub use verify::{VerifyPage, VerifyResultPage};

use std::future::Future;

/// Every feature's actions, for the server to mount beside the pages.
pub fn action_routes() -> crate::web::Routes {
    crate::web::Routes::new()
        .merge(account::actions::routes())
        .merge(agenda::actions::routes())
        .merge(agenda::visit_kind_actions::routes())
        .merge(appointments::actions::routes())
        .merge(delegations::actions::routes())
        .merge(desk::actions::routes())
        .merge(documents::actions::routes())
        .merge(health::actions::routes())
        .merge(measurements::actions::routes())
        .merge(messages::actions::routes())
        .merge(history::actions::routes())
        .merge(patients::actions::routes())
        .merge(publish::actions::routes())
        .merge(sharing::actions::routes())
        .merge(upload::actions::routes())
        .merge(verify::actions::routes())
}

use carnet_core::access::Access;
use carnet_core::policy::{Actor, Subject, Viewer};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::context::{app_state, request_context, AppState};
use crate::i18n::{t, t_args};
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

/// Placed before every passkey widget: says so while scripts are off, and loads the WASM that
/// runs the widget. Only pages with a passkey ceremony load it; every other page is HTML and
/// CSS. Not a `<noscript>`: the shell's inline script marks `<html class="js">` and the
/// stylesheet hides this, which also covers browsers whose script engine is disabled by policy
/// rather than by preference.
#[component]
fn NeedsJavaScript() -> impl IntoView {
    // The WASM and its glue, which wake the islands on this page. Module scripts run after the
    // document is parsed, so they can sit in the body, next to the island that needs them.
    let scripts = use_context::<leptos::config::LeptosOptions>()
        .map(|options| view! { <leptos::hydration::HydrationScripts options islands=true/> });
    view! {
        <p class="notice warning needs-js">{t("javascript-needed")}</p>
        {scripts}
    }
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

/// A page's data, loaded once per request however many times Leptos builds the `Suspense`
/// children that await it (it does so up to three times while rendering on the server): await
/// clones of the returned future inside `Suspend::new`. Create it outside the children closure.
pub(crate) fn once<T, F>(load: F) -> futures::future::Shared<futures::future::BoxFuture<'static, T>>
where
    T: Clone + Send + Sync + 'static,
    F: Future<Output = T> + Send + 'static,
{
    use futures::FutureExt;
    load.boxed().shared()
}

/// A page showing part of the signed-in person's record. `load` reads it through the policy
/// (which audits the access); `render` shows it. Signed out: redirect to sign-in. Refused or
/// missing: the not-found page (404), the same for both. Store failure: a generic error (500),
/// the detail only in the log.
///
/// `load` runs exactly once per request ([`once`]): run per build of the children, each read
/// would be audited several times and the write transactions would wait on each other.
fn record_page<T, L, Fut, R, V>(load: L, render: R) -> AnyView
where
    T: Clone + Send + Sync + 'static,
    L: FnOnce(AppState, Actor) -> Fut,
    Fut: Future<Output = carnet_core::Result<T>> + Send + 'static,
    R: Fn(T, AppState) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let ctx = request_context();
    let (Some(actor), Some(state)) = (ctx.actor(), app_state()) else {
        redirect_to("/signin");
        return ().into_any();
    };
    let load = load(state.clone(), actor);
    let loaded = once(async move {
        match load.await {
            Ok(data) => Ok(data),
            Err(carnet_core::Error::NotFound) => Err(PageError::NotFound),
            Err(error) => {
                tracing::error!(%error, "a record page could not be read");
                Err(PageError::Internal)
            }
        }
    });
    view! {
        <Suspense>
            {move || {
                let (loaded, render, state) = (loaded.clone(), render.clone(), state.clone());
                Suspend::new(async move {
                    match loaded.await {
                        Ok(data) => render(data, state).into_any(),
                        Err(PageError::NotFound) => view! { <NotFound/> }.into_any(),
                        Err(PageError::Internal) => {
                            set_status(http::StatusCode::INTERNAL_SERVER_ERROR);
                            view! {
                                <PageTitle id="error-title"/>
                                <h1>{t("error-title")}</h1>
                                <p>{t("error-internal")}</p>
                            }
                                .into_any()
                        }
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}

/// Whose record a list page shows: `/results` the signed-in patient's own, `/patients/:pid/results`
/// the record `:pid` (a professional's view; the policy decides whether they may).
#[derive(Clone, Debug, Default)]
pub(crate) struct Whose(Option<String>);

impl Whose {
    pub fn from_route() -> Whose {
        Whose(use_params_map().with_untracked(|p| p.get("pid")))
    }

    pub fn subject(&self) -> Subject<'_> {
        match &self.0 {
            Some(id) => Subject::Patient(id),
            None => Subject::OwnRecord,
        }
    }
}

/// How a record is being shown: the base of its pages' paths ("" for the record the person
/// acts on — their own, or the one they act for —, `/patients/<id>` for a professional), whose it
/// is, and what the viewer may do on it.
#[derive(Clone, Debug, PartialEq, Default)]
pub(crate) struct RecordView {
    pub base: String,
    /// The patient's name, shown above the record to a professional.
    pub of: Option<String>,
    pub emergency: bool,
    /// The patient's own view (headings say "my").
    pub own: bool,
    /// The viewer may add documents (the patient, or someone acting for them with that scope).
    pub may_upload: bool,
    /// The viewer decides who sees the documents (the patient, a minor's representative).
    pub manages_sharing: bool,
}

impl RecordView {
    /// The path of one of the record's pages (`rest` starts with `/`).
    pub fn path(&self, rest: &str) -> String {
        format!("{}{rest}", self.base)
    }

    pub fn is_own(&self) -> bool {
        self.own
    }

    /// A page's heading: `own` ("My results") on the patient's own record; for a professional,
    /// `<own>-of` with the patient's name ("Results of Camille Martin"); `other` ("Results") for
    /// someone acting for the patient (the banner above says whose record it is). `own` is one of
    /// [`RECORD_HEADINGS`].
    pub fn heading(&self, own: &str, other: &str) -> String {
        debug_assert!(RECORD_HEADINGS.contains(&own), "{own} has no `-of` form");
        match (&self.of, self.is_own()) {
            (_, true) => t(own),
            (Some(name), false) => t_args(&format!("{own}-of"), &[("name", name.clone().into())]),
            (None, false) => t(other),
        }
    }

    /// A text addressed to the patient on their own record (`own`: "No results in your record"),
    /// or about the record to anyone else (`other`: "No results in this record").
    pub fn text(&self, own: &str, other: &str) -> String {
        t(if self.is_own() { own } else { other })
    }
}

/// The headings of the record's pages ([`RecordView::heading`]): each has a `<id>-of` form
/// naming the patient, for professionals.
pub(crate) const RECORD_HEADINGS: [&str; 5] =
    ["results-title", "documents-title", "vaccinations-title", "health-title", "measurements-title"];

/// `<title>` from a text already translated, then the site's name.
#[component]
fn TextTitle(text: String) -> impl IntoView {
    view! { <Title text=format!("{text} — {}", t("site-name"))/> }
}

/// Who reads a record page, for what it offers: the patient's side (the patient, someone acting
/// for them, staff at their side) declares and enters; a professional confirms and sets targets;
/// `account` tells "by you" from someone else.
#[derive(Clone, Debug, Default)]
pub(crate) struct Reading {
    pub record: RecordView,
    pub patient_side: bool,
    pub professional: bool,
    pub account: String,
}

impl Reading {
    /// As the access's viewer says.
    pub fn of(record: RecordView, viewer: &Viewer, account: &str) -> Reading {
        Reading {
            record,
            patient_side: matches!(viewer, Viewer::Owner | Viewer::Delegate { .. } | Viewer::Assisted { .. }),
            professional: matches!(viewer, Viewer::Professional { .. }),
            account: account.to_string(),
        }
    }
}

/// The [`RecordView`] an access was granted for.
pub(crate) async fn record_view<K>(access: &mut Access<K>) -> carnet_core::Result<RecordView> {
    let at_own_paths = |own, may_upload, manages_sharing| RecordView {
        base: String::new(),
        of: None,
        emergency: false,
        own,
        may_upload,
        manages_sharing,
    };
    match access.viewer().clone() {
        Viewer::Owner => return Ok(at_own_paths(true, true, true)),
        Viewer::Delegate { representative, may_upload, .. } => {
            return Ok(at_own_paths(false, may_upload, representative))
        }
        // At the desk, with the patient: what they ask, not their sharing choices.
        Viewer::Assisted { .. } => return Ok(at_own_paths(false, true, false)),
        Viewer::Professional { .. } | Viewer::Writer => {}
    }
    let emergency = matches!(access.viewer(), Viewer::Professional { emergency: true, .. });
    let profile = carnet_core::record::patients::profile(access).await?;
    Ok(RecordView {
        base: format!("/patients/{}", profile.id),
        of: Some(profile.full_name()),
        emergency,
        own: false,
        may_upload: false,
        manages_sharing: false,
    })
}

/// Above a record shown to someone other than the patient: whose it is, and whether it is an
/// emergency access.
#[component]
pub(crate) fn RecordBanner(view: RecordView) -> impl IntoView {
    view.of.clone().map(|name| {
        view! {
            <p class="record-of">
                <a href=view.base.clone()>{t_args("record-of", &[("name", name.into())])}</a>
                {view.emergency.then(|| view! { " " <span class="badge flag-out">{t("record-emergency")}</span> })}
            </p>
        }
    })
}

/// Why a record page shows no record (the detail is logged, not shown).
#[derive(Debug, Clone, Copy)]
enum PageError {
    NotFound,
    Internal,
}

/// A link to the next page of a list, carrying the other query parameters; `before` is where
/// the next page starts (a list's keyset cursor, as carried in a link).
fn next_page_link(path: &str, params: &[(&str, String)], before: Option<String>) -> impl IntoView {
    before.map(|before| {
        let mut params = params.to_vec();
        params.push(("before", before));
        view! {
            <p class="pager"><a href=format!("{path}?{}", query_string(&params)) rel="next">{t("pager-older")}</a></p>
        }
    })
}

/// `k=v&…` of the parameters that have a value, percent-encoded.
fn query_string(params: &[(&str, String)]) -> String {
    params
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", crate::web::percent_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

#[cfg(test)]
mod tests {
    use carnet_core::i18n::Locale;

    use super::RECORD_HEADINGS;

    #[test]
    fn record_headings_name_the_patient_in_every_language() {
        for locale in Locale::ALL {
            for id in RECORD_HEADINGS {
                // A missing message (or one that does not take the name) reads "Unknown
                // localization key…", without the name.
                let named = locale.t_args(&format!("{id}-of"), &[("name", "Camille Martin".into())]);
                assert!(named.contains("Camille Martin"), "{}: {id}-of: {named}", locale.tag());
            }
        }
    }
}
