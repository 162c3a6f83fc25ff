//! The professional's side: the renewal requests patients sent them (to accept or decline),
//! "My patients" (those who authorized them and running emergency accesses, by name), the
//! requests they sent (as they typed them: whether a record matched is
//! never shown), the forms to ask a patient for access and to open an emergency access, and a
//! patient's overview page (`/patients/:pid`), the entry to their record.

pub mod actions;

use carnet_core::access;
use carnet_core::policy::AccountAction;
use carnet_core::policy::{Actor, ReadAction};
use carnet_core::record::documents::DocumentLink;
use carnet_core::record::health_profile::{self, Summary as HealthSummary};
use carnet_core::record::renewals::{self, Renewal, Status as RenewalStatus};
use carnet_core::record::summary::{self, Summary};
use carnet_core::sharing::professional::{self, PatientEntry, SentRequest, REASON_MAX_CHARS, REQUESTS_LISTED_DAYS};
use leptos::prelude::*;

use super::documents::professional_document_card;
use super::forms::{textarea_text, PatientFields, Typed};
use super::results::series_card;
use super::vaccinations::{pending_view, Reader};
use super::{once, record_page, record_view, redirect_to, NotFound, PageTitle, RecordBanner, RecordView, Whose};
use crate::context::{app_state, request_context};
use crate::i18n::{civil_date, date, datetime, t, t_args};
use crate::notice::{notice_view, Notice};

/// The renewal requests patients sent this professional: those waiting, each with a note and
/// "Accept" / "Decline"; then those answered lately.
fn renewals_view(renewals: Vec<Renewal>, zone: &jiff::tz::TimeZone, typed: &Typed) -> impl IntoView {
    let waiting = renewals.iter().any(|r| r.status == RenewalStatus::Pending);
    let cards = renewals
        .into_iter()
        .map(|r| {
            let asked = t_args("renewals-asked", &[("date", date(r.requested_at, zone).into()), ("by", r.requested_by.clone().into())]);
            let answered = r.answered_at.map(|at| {
                let id = if r.status == RenewalStatus::Accepted { "renewals-status-accepted" } else { "renewals-status-declined" };
                t_args(id, &[("date", date(at, zone).into())])
            });
            let form = (r.status == RenewalStatus::Pending).then(|| {
                let note_id = format!("answer-note-{}", r.id);
                view! {
                    <form method="post" action=format!("/patients/{}/renewals/{}/answer", r.patient_id, r.id)>
                        <p>
                            <label for=note_id.clone()>{t("renewals-field-note")}</label>
                            <input id=note_id type="text" name="note" maxlength="500"/>
                        </p>
                        <p class="actions">
                            <button type="submit" name="decision" value="accept" class="button primary">{t("renewals-accept")}</button>
                            " "
                            <button type="submit" name="decision" value="decline" class="button">{t("renewals-decline")}</button>
                        </p>
                    </form>
                }
            });
            view! {
                <li class="card">
                    <h3><bdi>{r.patient_name.clone()}</bdi></h3>
                    <p class="value"><bdi>{r.medication.clone()}</bdi></p>
                    <p><a href=format!("/patients/{}/health", r.patient_id)>{t("renewals-open-profile")}</a></p>
                    <p class="meta">{asked}</p>
                    {r.message.clone().map(|m| view! { <p class="note"><bdi>{t_args("renewals-message", &[("message", m.into())])}</bdi></p> })}
                    {answered.map(|a| view! { <p class="meta">{a}</p> })}
                    {r.answer.clone().map(|a| view! { <p class="note"><bdi>{t_args("renewal-answer-note", &[("note", a.into())])}</bdi></p> })}
                    {form}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="renewals-title">
            <h2 id="renewals-title">{t("renewals-title")}</h2>
            {typed.error_for("answer")}
            {(!waiting).then(|| view! { <p>{t("renewals-none")}</p> })}
            <ul class="cards">{cards}</ul>
        </section>
    }
}

#[component]
pub fn PatientsPage() -> impl IntoView {
    let (Some(viewer), Some(state)) = (request_context().viewer, app_state()) else {
        redirect_to("/signin");
        return ().into_any();
    };
    // The list itself is refused to others by `my_patients`; this shows them the usual page.
    if !request_context().may(AccountAction::ListPatients) {
        return view! { <NotFound/> }.into_any();
    }
    let typed = Typed::sent_back();
    let typed_answer = typed.clone();
    let notice = Notice::asked().and_then(|n| match n {
        Notice::Requested => Some(t("notice-access-requested")),
        Notice::RenewalAnswered => Some(t("notice-renewal-answered")),
        _ => None,
    });
    let (actor, zone, db) = (Actor::person(&viewer.account), state.zone.clone(), state.db.clone());
    let patients = once(async move {
        let listed = async {
            let patients = professional::my_patients(&db, &actor).await?;
            let requests = professional::sent_requests(&db, &actor).await?;
            let renewals = renewals::inbox(&db, &actor).await?;
            Ok::<_, carnet_core::Error>((patients, requests, renewals))
        };
        listed.await.map_err(|error| {
            tracing::error!(%error, "could not list a professional's patients");
        })
    });
    view! {
        <PageTitle id="patients-title"/>
        <h1>{t("patients-title")}</h1>
        {notice.map(notice_view)}
        <Suspense>
            {move || {
                let (patients, zone, typed) = (patients.clone(), zone.clone(), typed_answer.clone());
                Suspend::new(async move {
                    match patients.await {
                        Ok((list, requests, renewals)) => view! {
                            {renewals_view(renewals, &zone, &typed)}
                            {if list.is_empty() {
                                view! { <p>{t("patients-empty")}</p> }.into_any()
                            } else {
                                patient_list(list, &zone).into_any()
                            }}
                            {sent_requests(requests, &zone)}
                        }
                            .into_any(),
                        Err(()) => view! { <p class="notice error" role="alert">{t("error-internal")}</p> }.into_any(),
                    }
                })
            }}
        </Suspense>

        <section aria-labelledby="request-title">
            <h2 id="request-title">{t("patients-request-title")}</h2>
            <p>{t("patients-request-intro")}</p>
            {typed.error_for("request")}
            <form method="post" action="/patients/request#request-error">
                <PatientFields form="request" typed=typed.clone()/>
                <p><button type="submit" class="button primary">{t("patients-request-button")}</button></p>
            </form>
        </section>

        <section aria-labelledby="emergency-title">
            <h2 id="emergency-title">{t("patients-emergency-title")}</h2>
            <p>{t("patients-emergency-intro")}</p>
            {typed.error_for("emergency")}
            <form method="post" action="/patients/emergency#emergency-error">
                <PatientFields form="emergency" typed=typed.clone()/>
                <p>
                    <label for="emergency-reason">{t("patients-emergency-reason-label")}</label>
                    <textarea id="emergency-reason" name="reason" required maxlength=REASON_MAX_CHARS.to_string() rows="3"
                        aria-invalid=typed.invalid("emergency", "reason")
                        aria-describedby=typed.described_by("emergency", "reason", None)>
                        {textarea_text(&typed.get("emergency", "reason"))}
                    </textarea>
                </p>
                <p><button type="submit" class="button danger">{t("patients-emergency-button")}</button></p>
            </form>
        </section>
    }
    .into_any()
}

fn patient_list(list: Vec<PatientEntry>, zone: &jiff::tz::TimeZone) -> impl IntoView {
    view! {
        <ul class="cards">
            {list
                .into_iter()
                .map(|p| {
                    let name = format!("{} {}", p.given_names, p.family_name).trim().to_string();
                    let readable = p.status == "authorized" || p.emergency_until.is_some();
                    view! {
                        <li class="card">
                            <h3>
                                {if readable {
                                    view! { <a href=format!("/patients/{}", p.patient_id)>{name}</a> }.into_any()
                                } else {
                                    view! { <span>{name}</span> }.into_any()
                                }}
                            </h3>
                            <p class="meta">
                                {p
                                    .birth_date
                                    .as_deref()
                                    .and_then(|b| b.parse::<jiff::civil::Date>().ok())
                                    .map(|b| t_args("patients-born", &[("date", civil_date(b).into())]))}
                            </p>
                            <p class="meta">
                                {(p.status == "authorized").then(|| t("patients-status-authorized"))}
                                {p.emergency_until.map(|until| view! {
                                    " " <span class="badge flag-out">{t_args("patients-emergency-until", &[("time", datetime(until, zone).into())])}</span>
                                })}
                            </p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// The requests the professional sent, exactly as typed (INS and birth date), the same whether
/// a record matched or not; a patient who lets them read appears in the list above instead.
fn sent_requests(requests: Vec<SentRequest>, zone: &jiff::tz::TimeZone) -> impl IntoView {
    (!requests.is_empty()).then(|| {
        view! {
            <section aria-labelledby="sent-requests-title">
                <h2 id="sent-requests-title">{t("patients-requests-title")}</h2>
                <p class="hint">{t_args("patients-requests-hint", &[("days", REQUESTS_LISTED_DAYS.into())])}</p>
                <ul class="cards">
                    {requests
                        .into_iter()
                        .map(|r| {
                            let birth = r
                                .birth_date
                                .parse::<jiff::civil::Date>()
                                .map(civil_date)
                                .unwrap_or_else(|_| r.birth_date.clone());
                            view! {
                                <li class="card">
                                    <p>
                                        {t("patients-request-ins")} " "
                                        <span dir="ltr" class="identifier">{r.health_id.clone()}</span>
                                        " · "
                                        {t_args("patients-born", &[("date", birth.into())])}
                                    </p>
                                    <p class="meta">
                                        {t_args("patients-request-sent-on", &[("date", datetime(r.requested_at, zone).into())])}
                                    </p>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}

/// A patient's record as a professional sees it first: latest items, out-of-range results,
/// vaccinations due, the way to the rest, and to publishing for this patient. It speaks to the
/// professional (no advice meant for the patient).
#[component]
pub fn PatientOverviewPage() -> impl IntoView {
    let whose = Whose::from_route();
    let load = move |state: crate::context::AppState, actor| async move {
        let today = carnet_core::clock::now().to_zoned(state.zone.clone()).date();
        let mut access = access::open_read(&state.db, &actor, whose.subject(), ReadAction::Summary).await?;
        // Since the beginning: the latest items, whoever looks.
        let visitor = actor.account_id().unwrap_or_default().to_string();
        let summary = summary::summary(&mut access, &state.sealer, &visitor, 0, today).await?;
        let record = record_view(&mut access).await?;
        access.commit().await?;
        // What must be known first (allergies, treatments, problems): a read of its own, audited
        // as the health profile's.
        let mut access = access::open_read(&state.db, &actor, whose.subject(), ReadAction::Profile).await?;
        let health = health_profile::summary(&mut access).await?;
        let documents = health_profile::documents_of_items(&mut access).await?;
        access.commit().await?;
        Ok((summary, (health, documents), record))
    };
    type Health = (HealthSummary, std::collections::HashMap<String, Vec<DocumentLink>>);
    let render = move |(s, (health, documents), record): (Summary, Health, RecordView),
                       state: crate::context::AppState| {
        let zone = state.zone.clone();
        let title = record.of.clone().unwrap_or_else(|| t("home-title"));
        view! {
            <leptos_meta::Title text=format!("{title} — {}", t("site-name"))/>
            <RecordBanner view=record.clone()/>
            <h1>{title}</h1>
            <nav aria-label=t("record-sections-label")>
                <ul class="tabs">
                    <li><a href=record.path("/health")>{t("nav-health")}</a></li>
                    <li><a href=record.path("/measurements")>{t("nav-measurements")}</a></li>
                    <li><a href=record.path("/results")>{t("nav-results")}</a></li>
                    <li><a href=record.path("/documents")>{t("nav-documents")}</a></li>
                    <li><a href=record.path("/vaccinations")>{t("nav-vaccinations")}</a></li>
                    <li><a href=record.path("/messages")>{t("messages-patient-link")}</a></li>
                </ul>
            </nav>
            {super::health::key_facts(&health, documents.clone(), record.path("/health"), &zone)}
            <p><a class="button primary" href=record.path("/publish")>{t("publish-for-patient-link")}</a></p>
            <section aria-labelledby="latest-title">
                <h2 id="latest-title">{t("overview-latest-title")}</h2>
                {if s.new_documents.is_empty() && s.new_results.is_empty() {
                    view! { <p>{t("overview-nothing")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="cards">
                            {s.new_results.iter().map(|(series, _)| series_card(series.clone(), &zone)).collect_view()}
                            {s.new_documents.iter().map(|d| professional_document_card(d, &zone)).collect_view()}
                        </ul>
                    }
                        .into_any()
                }}
            </section>
            <section aria-labelledby="out-title">
                <h2 id="out-title">{t("home-out-of-range-title")}</h2>
                {if !s.out_of_range.is_empty() {
                    view! {
                        <ul class="cards">
                            {s.out_of_range.iter().map(|x| series_card(x.clone(), &zone)).collect_view()}
                        </ul>
                    }
                        .into_any()
                } else if s.judged > 0 {
                    view! { <p>{t("overview-out-of-range-none")}</p> }.into_any()
                } else {
                    view! { <p>{t("overview-results-none")}</p> }.into_any()
                }}
            </section>
            <section aria-labelledby="vaccinations-due-title">
                <h2 id="vaccinations-due-title">{t("home-vaccinations-title")}</h2>
                {pending_view(s.vaccinations.clone(), false, Reader::Professional)}
            </section>
        }
    };
    record_page(load, render)
}
