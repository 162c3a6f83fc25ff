//! Home: for a patient, their next appointment, what changed since the last visit, results
//! outside their reference range and vaccinations due, each linking to its detail (someone
//! acting for them sees the parts their delegation covers); for others a greeting; signed out,
//! the welcome page.

use carnet_core::access;
use carnet_core::appointments::booking;
use carnet_core::appointments::Appointment;
use carnet_core::policy::AccountAction;
use carnet_core::policy::{ReadAction, Subject};
use carnet_core::record::summary::{self, Summary};
use carnet_core::record::{prevention, results};
use carnet_core::sharing::{self, directory::specialty_message};
use carnet_core::sign_in;
use leptos::prelude::*;

use super::appointments::place_words;
use super::documents::document_card;
use super::results::{series_card, test_name};
use super::vaccinations::{pending_view, Reader};
use super::{record_page, PageTitle};
use crate::context::{request_context, AppState};
use crate::i18n::{locale, t, t_args};
use crate::notice::{notice_view, Notice};

#[component]
pub fn HomePage() -> impl IntoView {
    let ctx = request_context();
    let capabilities = ctx.capabilities;
    let ctx_may = move |action| capabilities.may(action);
    let ended = Notice::asked() == Some(Notice::SessionEnded);
    match (ctx.viewer, ctx.assisted, ctx.acting) {
        // An assisted session at the desk: the patient's home.
        (Some(viewer), Some(assisted), _) => {
            let heading = t_args("home-record-of", &[("name", assisted.patient_name.into())]);
            patient_home(viewer, heading, Parts::ALL).into_any()
        }
        // Acting for someone: their home, under the banner that says whose it is, with what the
        // delegation covers.
        (Some(viewer), None, Some(acting)) => {
            let parts = Parts {
                record: acting.scopes.record,
                profile: acting.scopes.profile,
                appointments: acting.scopes.appointments,
            };
            patient_home(viewer, t_args("home-record-of", &[("name", acting.patient_name.into())]), parts).into_any()
        }
        (Some(viewer), None, None) if ctx_may(AccountAction::UseRecordPages) => {
            let greeting = t_args("home-greeting", &[("name", viewer.account.display_name.clone().into())]);
            patient_home(viewer, greeting, Parts::ALL).into_any()
        }
        (Some(viewer), None, None) => {
            let account = viewer.account;
            let roles: Vec<String> = account.roles.iter().map(|r| t(r.message_id())).collect();
            view! {
                <PageTitle id="home-title"/>
                <h1>{t_args("home-greeting", &[("name", account.display_name.clone().into())])}</h1>
                <p>{t_args("home-roles", &[("roles", roles.join(", ").into())])}</p>
                {ctx_may(AccountAction::ListPatients).then(|| view! {
                    <p><a class="button primary" href="/patients">{t("home-patients-link")}</a></p>
                })}
                {ctx_may(AccountAction::Help).then(|| view! {
                    <p><a class="button primary" href="/helping">{t("home-helping-link")}</a></p>
                })}
                {ctx_may(AccountAction::UseDesk).then(|| view! {
                    <p><a class="button primary" href="/desk">{t("home-desk-link")}</a></p>
                })}
                <p><a href="/account">{t("home-account-hint")}</a></p>
            }
            .into_any()
        }
        (None, _, _) => view! {
            <PageTitle id="home-title"/>
            {ended.then(|| notice_view(t("notice-session-ended")))}
            <h1>{t("home-signed-out-title")}</h1>
            <p class="lead">{t("site-tagline")}</p>
            <p>{t("home-signed-out-text")}</p>
            <p><a class="button primary" href="/signin">{t("nav-sign-in")}</a></p>
            <p><a href="/verify">{t("home-verify-link")}</a></p>
        }
        .into_any(),
    }
}

/// What a record's home loads: the next appointment (when shown), the record's summary (when
/// shown), authorizations to review, the screenings (when shown; none without a birth date).
type Loaded = (Option<Option<Appointment>>, Option<Summary>, i64, Option<Vec<prevention::Advice>>);

/// Which parts of a record's home to show (the policy still decides each read).
#[derive(Clone, Copy)]
struct Parts {
    /// What is new, results out of range, vaccinations due.
    record: bool,
    /// The way to the health profile.
    profile: bool,
    /// The next appointment.
    appointments: bool,
}

impl Parts {
    const ALL: Parts = Parts { record: true, profile: true, appointments: true };
}

/// The home of a record: the patient's own, or the one of someone the person acts for, under
/// `heading`.
fn patient_home(viewer: carnet_core::sign_in::SignedIn, heading: String, parts: Parts) -> impl IntoView {
    let load = move |state: AppState, actor| {
        let viewer = viewer.clone();
        async move {
            let next = match parts.appointments {
                true => Some(booking::next(&state.db, &actor).await?),
                false => None,
            };
            let today = carnet_core::clock::now().to_zoned(state.zone.clone()).date();
            // The screenings due read what the record shows was done (results, procedures):
            // the health profile's reading, under its own decision.
            let prevention = match parts.profile {
                true => {
                    let mut access =
                        access::open_read(&state.db, &actor, Subject::OwnRecord, ReadAction::Profile).await?;
                    let advice = prevention::advice(&mut access, &state.zone, today).await?;
                    access.commit().await?;
                    advice
                }
                false => None,
            };
            if !parts.record {
                return Ok((next, None, 0, prevention));
            }
            let since = sign_in::previous_visit(&state.db, &viewer.account.id, &viewer.sign_in_id).await?.unwrap_or(0);
            let mut access = access::open_read(&state.db, &actor, Subject::OwnRecord, ReadAction::Summary).await?;
            let summary = summary::summary(&mut access, &state.sealer, &viewer.account.id, since, today).await?;
            // Asked of the young adult themself, not of someone acting for them.
            let own = actor.acting_for_patient().is_none() && actor.assisted_session().is_none();
            let to_review = match own {
                true => sharing::authorizations_to_review(&mut access, today).await?,
                false => 0,
            };
            access.commit().await?;
            Ok((next, Some(summary), to_review, prevention))
        }
    };
    let render = move |(next, summary, to_review, prevention): Loaded, state: AppState| {
        view! {
            <PageTitle id="home-title"/>
            <h1>{heading.clone()}</h1>
            // Just 18: what was authorized for them as a minor waits for their choice.
            {(to_review > 0).then(|| view! {
                <p class="notice warning" role="status">
                    {t_args("home-authorizations-to-review", &[("count", to_review.into())])} " "
                    <a href="/sharing#review-title">{t("home-authorizations-review-link")}</a>
                </p>
            })}
            {next.map(next_appointment)}
            {summary.map(|s| record_summary(s, &state.zone))}
            {prevention.map(|advice| view! {
                <section aria-labelledby="prevention-due-title">
                    <h2 id="prevention-due-title">{t("home-prevention-title")}</h2>
                    {super::health::prevention_due(advice)}
                    <p><a href="/health#prevention-title">{t("home-all-prevention")}</a></p>
                </section>
            })}
            {parts.profile.then(|| view! {
                <section aria-labelledby="health-link-title">
                    <h2 id="health-link-title">{t("nav-health")}</h2>
                    <p><a href="/health">{t("home-health-link")}</a></p>
                </section>
            })}
        }
    };
    record_page(load, render)
}

/// The next appointment: when, with whom, where (or "video consultation"), with a link to it.
fn next_appointment(next: Option<Appointment>) -> impl IntoView {
    view! {
        <section aria-labelledby="next-appointment-title">
            <h2 id="next-appointment-title">{t("home-next-appointment-title")}</h2>
            {match next {
                Some(a) => view! {
                    <div class="card next-appointment">
                        <h3>
                            <a href=format!("/appointments/{}", a.id)>
                                {locale().appointment_when(a.starts_at, &a.time_zone())}
                            </a>
                        </h3>
                        <p>{a.professional_name.clone()} " · " {t(&specialty_message(&a.specialty))}</p>
                        <p class="meta">{place_words(&a)}</p>
                    </div>
                    <p><a href="/appointments">{t("home-all-appointments")}</a></p>
                }
                .into_any(),
                None => view! {
                    <p>{t("home-next-appointment-none")}</p>
                    <p><a href="/book">{t("appointments-book")}</a></p>
                }
                .into_any(),
            }}
        </section>
    }
}

/// What is new since the last visit, results outside their range, vaccinations due.
fn record_summary(s: Summary, zone: &jiff::tz::TimeZone) -> impl IntoView {
    let nothing_new = s.new_results.is_empty() && s.new_documents.is_empty();
    view! {
        <section aria-labelledby="new-title">
            <h2 id="new-title">{t("home-new-title")}</h2>
            {if nothing_new {
                view! { <p>{t("home-nothing-new")}</p> }.into_any()
            } else {
                view! {
                    <ul class="cards">
                        {s.new_results
                            .iter()
                            .map(|(series, n)| view! {
                                <li class="card">
                                    <h3><a href=format!("/results/{}", series.id)><bdi>{test_name(&series.name)}</bdi></a></h3>
                                    <p class="meta">
                                        {if *n >= results::NEW_COUNT_CAP {
                                            t_args("home-new-results-many", &[("count", (results::NEW_COUNT_CAP - 1).into())])
                                        } else {
                                            t_args("home-new-results", &[("count", (*n).into())])
                                        }}
                                    </p>
                                </li>
                            })
                            .collect_view()}
                        {s.new_documents.iter().map(|d| document_card(d, zone)).collect_view()}
                    </ul>
                }
                    .into_any()
            }}
        </section>
        <section aria-labelledby="out-title">
            {out_of_range(s.out_of_range.clone(), s.judged, zone)}
            <p><a href="/results">{t("home-all-results")}</a></p>
        </section>
        <section aria-labelledby="vaccinations-due-title">
            <h2 id="vaccinations-due-title">{t("home-vaccinations-title")}</h2>
            {pending_view(s.vaccinations.clone(), true, Reader::Patient)}
            <p><a href="/vaccinations">{t("home-all-vaccinations")}</a></p>
        </section>
    }
}

/// The heading and cards of the results outside their reference range (Home, and a patient's
/// overview for professionals). `judged`: how many tests have a latest result with reference
/// values; with none, nothing is said to be "within" them.
pub(super) fn out_of_range(list: Vec<results::Series>, judged: i64, zone: &jiff::tz::TimeZone) -> impl IntoView {
    view! {
        <h2 id="out-title">{t("home-out-of-range-title")}</h2>
        {if list.is_empty() {
            let id = if judged > 0 { "home-out-of-range-none" } else { "home-out-of-range-nothing-to-judge" };
            view! { <p>{t(id)}</p> }.into_any()
        } else {
            view! {
                <p class="hint">{t("home-out-of-range-hint")}</p>
                <ul class="cards">{list.into_iter().map(|x| series_card(x, zone)).collect_view()}</ul>
            }
                .into_any()
        }}
    }
}
