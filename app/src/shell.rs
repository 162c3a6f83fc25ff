//! The HTML document around every page, and the routes.
//!
//! `<html lang dir>` comes from the server's choice of language, so the first byte is right and
//! hydration never disagrees. The page's Content-Security-Policy carries this render's nonce.
//! The WASM is not in the head: only pages with an island load it (`pages::NeedsJavaScript`).

use http::header::{HeaderValue, CONTENT_SECURITY_POLICY};
use leptos::config::LeptosOptions;
use leptos::hydration::AutoReload;
use leptos::nonce::use_nonce;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

use crate::context::request_context;
use crate::layout::Layout;
use crate::pages::{
    AccountPage, AgendaAppointmentPage, AgendaCancelPage, AgendaPage, AppointmentPage, AppointmentsPage, AssistPage,
    AvailabilityPage, BlockPage, BookSearchPage, BookSlotPage, CancelAppointmentPage, CaregiversPage, ConversationPage,
    DeskPage, DocumentPage, DocumentsPage, EnrolPage, HandoverPage, HealthItemPage, HealthPage, HelpingPage,
    HistoryPage, HomePage, InvitationPage, MeasurementPage, MeasurementsPage, MessageSettingsPage, MessagesPage,
    NewMessagePage, NotFound, PatientMessagesPage, PatientOverviewPage, PatientPublishPage, PatientsPage,
    ProfessionalSlotsPage, PublishPage, ResultsPage, SeriesPage, SharingPage, SignFormPage, SignInPage, UploadPage,
    VaccinationsPage, VerifyPage, VerifyResultPage, VisitFormPage, VisitKindPage, VisitKindsPage,
};

/// The policy for HTML pages: scripts only from our origin or inline with this render's nonce;
/// WASM allowed to compile; nothing may frame us.
/// Under `cargo leptos watch` the live-reload socket (another port) is allowed too.
pub fn page_content_security_policy(nonce: &str, options: &LeptosOptions) -> String {
    let live_reload = if std::env::var_os("LEPTOS_WATCH").is_some() {
        format!(" ws://localhost:{0} ws://127.0.0.1:{0}", options.reload_port)
    } else {
        String::new()
    };
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'{live_reload}; form-action 'self'; base-uri 'none'; \
         object-src 'none'; frame-ancestors 'none'"
    )
}

pub fn shell(options: LeptosOptions) -> impl IntoView {
    let ctx = request_context();
    provide_context(ctx.locale);
    provide_context(options.clone());
    let nonce = use_nonce();
    if let (Some(nonce), Some(response)) = (&nonce, use_context::<leptos_axum::ResponseOptions>()) {
        if let Ok(value) = HeaderValue::from_str(&page_content_security_policy(&nonce.to_string(), &options)) {
            response.insert_header(CONTENT_SECURITY_POLICY, value);
        }
    }
    view! {
        <!DOCTYPE html>
        <html lang=ctx.locale.tag() dir=ctx.locale.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light dark"/>
                // Lets the stylesheet tell pages with and without scripts apart.
                <script nonce=nonce>"document.documentElement.classList.add('js')"</script>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <link rel="stylesheet" href="/pkg/carnet.css"/>
                <AutoReload options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // Every page waits for its data before the first byte: without JavaScript, streamed
    // out-of-order fragments would never be put in place.
    view! {
        <Router>
            <Layout>
                <Routes fallback=NotFound>
                    <Route path=path!("") view=HomePage ssr=SsrMode::Async/>
                    <Route path=path!("signin") view=SignInPage ssr=SsrMode::Async/>
                    <Route path=path!("enrol/:token") view=EnrolPage ssr=SsrMode::Async/>
                    <Route path=path!("account") view=AccountPage ssr=SsrMode::Async/>
                    <Route path=path!("results") view=ResultsPage ssr=SsrMode::Async/>
                    <Route path=path!("results/:id") view=SeriesPage ssr=SsrMode::Async/>
                    <Route path=path!("documents") view=DocumentsPage ssr=SsrMode::Async/>
                    <Route path=path!("documents/:id") view=DocumentPage ssr=SsrMode::Async/>
                    <Route path=path!("upload") view=UploadPage ssr=SsrMode::Async/>
                    <Route path=path!("publish") view=PublishPage ssr=SsrMode::Async/>
                    <Route path=path!("vaccinations") view=VaccinationsPage ssr=SsrMode::Async/>
                    <Route path=path!("health") view=HealthPage ssr=SsrMode::Async/>
                    <Route path=path!("health/items/:id") view=HealthItemPage ssr=SsrMode::Async/>
                    <Route path=path!("measurements") view=MeasurementsPage ssr=SsrMode::Async/>
                    <Route path=path!("measurements/:kind") view=MeasurementPage ssr=SsrMode::Async/>
                    <Route path=path!("sharing") view=SharingPage ssr=SsrMode::Async/>
                    <Route path=path!("sharing/block/:pid") view=BlockPage ssr=SsrMode::Async/>
                    <Route path=path!("history") view=HistoryPage ssr=SsrMode::Async/>
                    <Route path=path!("caregivers") view=CaregiversPage ssr=SsrMode::Async/>
                    <Route path=path!("helping") view=HelpingPage ssr=SsrMode::Async/>
                    <Route path=path!("invitations/:token") view=InvitationPage ssr=SsrMode::Async/>
                    <Route path=path!("appointments") view=AppointmentsPage ssr=SsrMode::Async/>
                    <Route path=path!("appointments/:id") view=AppointmentPage ssr=SsrMode::Async/>
                    <Route path=path!("appointments/:id/cancel") view=CancelAppointmentPage ssr=SsrMode::Async/>
                    <Route path=path!("appointments/:id/form") view=VisitFormPage ssr=SsrMode::Async/>
                    <Route path=path!("appointments/:id/form/sign") view=SignFormPage ssr=SsrMode::Async/>
                    <Route path=path!("book") view=BookSearchPage ssr=SsrMode::Async/>
                    <Route path=path!("book/:pid") view=ProfessionalSlotsPage ssr=SsrMode::Async/>
                    <Route path=path!("book/:pid/:slot") view=BookSlotPage ssr=SsrMode::Async/>
                    <Route path=path!("agenda") view=AgendaPage ssr=SsrMode::Async/>
                    <Route path=path!("agenda/availability") view=AvailabilityPage ssr=SsrMode::Async/>
                    <Route path=path!("agenda/visits") view=VisitKindsPage ssr=SsrMode::Async/>
                    <Route path=path!("agenda/visits/:id") view=VisitKindPage ssr=SsrMode::Async/>
                    <Route path=path!("agenda/appointments/:id") view=AgendaAppointmentPage ssr=SsrMode::Async/>
                    <Route path=path!("agenda/appointments/:id/cancel") view=AgendaCancelPage ssr=SsrMode::Async/>
                    <Route path=path!("desk") view=DeskPage ssr=SsrMode::Async/>
                    <Route path=path!("desk/handover") view=HandoverPage ssr=SsrMode::Async/>
                    <Route path=path!("desk/assist/:id") view=AssistPage ssr=SsrMode::Async/>
                    <Route path=path!("patients") view=PatientsPage ssr=SsrMode::Async/>
                    <Route path=path!("patients/:pid") view=PatientOverviewPage ssr=SsrMode::Async/>
                    <Route path=path!("patients/:pid/results") view=ResultsPage ssr=SsrMode::Async/>
                    <Route path=path!("patients/:pid/documents") view=DocumentsPage ssr=SsrMode::Async/>
                    <Route path=path!("patients/:pid/vaccinations") view=VaccinationsPage ssr=SsrMode::Async/>
                    <Route path=path!("patients/:pid/health") view=HealthPage ssr=SsrMode::Async/>
                    <Route path=path!("patients/:pid/measurements") view=MeasurementsPage ssr=SsrMode::Async/>
                    <Route path=path!("patients/:pid/measurements/:kind") view=MeasurementPage ssr=SsrMode::Async/>
                    <Route path=path!("patients/:pid/publish") view=PatientPublishPage ssr=SsrMode::Async/>
                    <Route path=path!("messages") view=MessagesPage ssr=SsrMode::Async/>
                    <Route path=path!("messages/new") view=NewMessagePage ssr=SsrMode::Async/>
                    <Route path=path!("messages/settings") view=MessageSettingsPage ssr=SsrMode::Async/>
                    <Route path=path!("messages/:id") view=ConversationPage ssr=SsrMode::Async/>
                    <Route path=path!("patients/:pid/messages") view=PatientMessagesPage ssr=SsrMode::Async/>
                    <Route path=path!("verify") view=VerifyPage ssr=SsrMode::Async/>
                    <Route path=path!("verify/:sha256") view=VerifyResultPage ssr=SsrMode::Async/>
                </Routes>
            </Layout>
        </Router>
    }
}
