//! Delegations, from both sides. "My caregivers" (`/caregivers`): the patient invites someone
//! to help them, chooses what they may do and until when, and ends it. "People I help"
//! (`/helping`): the people someone acts for, the switch between them and their own record,
//! and the way to stop. An invitation's link (`/invitations/:token`) lets the invited person
//! accept with their account or make one. Every button is a plain form.

pub mod actions;

use carnet_core::access;
use carnet_core::delegation::{self, Delegation, Invitation, Status};
use carnet_core::i18n::Zone;
use carnet_core::policy::{ReadAction, Subject};
use carnet_core::Error;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::enrol::link_problem;
use super::forms::Typed;
use super::{once, record_page, redirect_to, PageTitle};
use crate::context::{app_state, request_context, AppState};
use crate::i18n::{date, locale, t, t_args};
use crate::notice::{notice_view, Notice};

#[component]
pub fn CaregiversPage() -> impl IntoView {
    let typed = Typed::sent_back();
    let notice = Notice::asked().and_then(|notice| match notice {
        Notice::Invited => Some(t("notice-delegation-invited")),
        Notice::Ended => Some(t("notice-delegation-ended")),
        _ => None,
    });
    let load = |state: AppState, actor| async move {
        let mut access = access::open_read(&state.db, &actor, Subject::OwnRecord, ReadAction::Delegations).await?;
        let list = delegation::granted(&mut access, state.db.today()).await?;
        access.commit().await?;
        Ok(list)
    };
    let render = move |list: Vec<Delegation>, state: AppState| {
        let zone = state.zone.clone();
        // A form sent back keeps what was typed; a fresh one offers reading the record.
        let sent_back = typed.form == "invite";
        let checked = |scope: &str| if sent_back { typed.get("invite", scope) == "on" } else { scope == "record" };
        let (current, past): (Vec<&Delegation>, Vec<&Delegation>) =
            list.iter().partition(|d| matches!(d.status, Status::Invited | Status::Running));
        view! {
            <PageTitle id="caregivers-title"/>
            <h1>{t("caregivers-title")}</h1>
            <p class="lead">{t("caregivers-intro")}</p>
            {notice.clone().map(notice_view)}

            <section aria-labelledby="caregivers-current-title">
                <h2 id="caregivers-current-title">{t("caregivers-current-title")}</h2>
                {if current.is_empty() {
                    view! { <p>{t("caregivers-none")}</p> }.into_any()
                } else {
                    view! { <ul class="cards">{current.iter().map(|d| granted_card(d, &zone)).collect_view()}</ul> }.into_any()
                }}
            </section>

            <section aria-labelledby="caregivers-invite-title">
                <h2 id="caregivers-invite-title">{t("caregivers-invite-title")}</h2>
                <p>{t("caregivers-invite-intro")}</p>
                {typed.error_for("invite")}
                <form method="post" action="/caregivers/invite#invite-error">
                    <p>
                        <label for="invite-email">{t("caregivers-email-label")}</label>
                        <input id="invite-email" name="email" type="email" required maxlength="254"
                            autocomplete="off" aria-invalid=typed.invalid("invite", "email")
                            aria-describedby=typed.described_by("invite", "email", None)
                            value=typed.get("invite", "email")/>
                    </p>
                    <fieldset aria-describedby=typed.described_by("invite", "record", None)>
                        <legend>{t("caregivers-scopes-legend")}</legend>
                        <p>
                            <input id="invite-record" type="checkbox" name="record" value="on" checked=checked("record")/>
                            " "
                            <label for="invite-record">{t("delegation-scope-record-label")}</label>
                        </p>
                        <p>
                            <input id="invite-profile" type="checkbox" name="profile" value="on" checked=checked("profile")/>
                            " "
                            <label for="invite-profile">{t("delegation-scope-profile-label")}</label>
                        </p>
                        <p>
                            <input id="invite-measurements" type="checkbox" name="measurements" value="on"
                                checked=checked("measurements")/>
                            " "
                            <label for="invite-measurements">{t("delegation-scope-measurements-label")}</label>
                        </p>
                        <p>
                            <input id="invite-upload" type="checkbox" name="upload" value="on" checked=checked("upload")/>
                            " "
                            <label for="invite-upload">{t("delegation-scope-upload-label")}</label>
                        </p>
                        <p>
                            <input id="invite-appointments" type="checkbox" name="appointments" value="on"
                                checked=checked("appointments")/>
                            " "
                            <label for="invite-appointments">{t("delegation-scope-appointments-label")}</label>
                        </p>
                        <p>
                            <input id="invite-messages" type="checkbox" name="messages" value="on"
                                checked=checked("messages")/>
                            " "
                            <label for="invite-messages">{t("delegation-scope-messages-label")}</label>
                        </p>
                    </fieldset>
                    <p>
                        <label for="invite-last-day">{t("caregivers-last-day-label")}</label>
                        <input id="invite-last-day" name="last_day" type="date"
                            aria-invalid=typed.invalid("invite", "last_day")
                            aria-describedby=typed.described_by("invite", "last_day", Some("invite-last-day-hint"))
                            value=typed.get("invite", "last_day")/>
                        <span class="hint" id="invite-last-day-hint">{t("caregivers-last-day-hint")}</span>
                    </p>
                    <p class="hint">{t("caregivers-protected-hint")}</p>
                    <p><button type="submit" class="button primary">{t("caregivers-invite-button")}</button></p>
                </form>
            </section>

            {(!past.is_empty()).then(|| view! {
                <section aria-labelledby="caregivers-past-title">
                    <h2 id="caregivers-past-title">{t("caregivers-past-title")}</h2>
                    <ul class="cards">{past.iter().map(|d| granted_card(d, &zone)).collect_view()}</ul>
                </section>
            })}
        }
    };
    record_page(load, render)
}

/// A delegation on the patient's page: who, what, until when, where it stands, and the button
/// that ends it.
fn granted_card(d: &Delegation, zone: &Zone) -> impl IntoView {
    let who = d.delegate_name.clone().or(d.invited_email.clone()).unwrap_or_default();
    let ends = matches!(d.status, Status::Invited | Status::Running);
    let button = if d.status == Status::Invited { "caregivers-withdraw" } else { "delegation-end" };
    view! {
        <li class="card">
            <h3>{who.clone()}</h3>
            {d.delegate_name.is_some().then(|| d.invited_email.clone().map(|email| view! { <p class="meta">{email}</p> }))}
            <p>{status_badge(d.status)} " " {delegation::scope_words(locale(), d.scopes)}</p>
            <p class="meta">{until(d, zone)}</p>
            {ends.then(|| end_form(&d.id, "caregivers", button, &who))}
        </li>
    }
}

#[component]
pub fn HelpingPage() -> impl IntoView {
    let ctx = request_context();
    let (Some(viewer), Some(state)) = (ctx.viewer.clone(), app_state()) else {
        redirect_to("/signin");
        return ().into_any();
    };
    let notice = Notice::asked().and_then(|notice| match notice {
        Notice::Accepted => Some(t("notice-delegation-accepted")),
        Notice::Ended => Some(t("notice-delegation-ended")),
        _ => None,
    });
    let acting_for = ctx.acting.as_ref().map(|a| a.patient_id.clone());
    let held = {
        let (db, account_id) = (state.db.clone(), viewer.account.id.clone());
        once(async move {
            delegation::held(&db, &account_id)
                .await
                .map_err(|error| tracing::error!(%error, "could not list the people someone helps"))
        })
    };
    view! {
        <PageTitle id="helping-title"/>
        <h1>{t("helping-title")}</h1>
        <p class="lead">{t("helping-intro")}</p>
        {notice.map(notice_view)}
        {acting_for.is_some().then(|| view! {
            <form method="post" action="/acting-for">
                <input type="hidden" name="patient" value=""/>
                <button type="submit" class="button">{t("acting-back-to-mine")}</button>
            </form>
        })}
        <Suspense>
            {move || {
                let (held, zone, acting_for) = (held.clone(), state.zone.clone(), acting_for.clone());
                Suspend::new(async move {
                    match held.await {
                        Ok(list) if list.is_empty() => view! { <p>{t("helping-none")}</p> }.into_any(),
                        Ok(list) => view! {
                            <ul class="cards">
                                {list.iter().map(|d| held_card(d, acting_for.as_deref(), &zone)).collect_view()}
                            </ul>
                        }
                            .into_any(),
                        Err(()) => view! { <p class="notice error" role="alert">{t("error-internal")}</p> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}

/// Someone the person helps: under what, until when, and the buttons to act for them or stop.
fn held_card(d: &Delegation, acting_for: Option<&str>, zone: &Zone) -> impl IntoView {
    let running = d.status == Status::Running;
    let current = acting_for == Some(d.patient_id.as_str());
    let kind = if d.representative { "helping-as-representative" } else { "helping-as-caregiver" };
    view! {
        <li class="card">
            <h3>{d.patient_name.clone()}</h3>
            <p>
                {status_badge(d.status)} " " {t(kind)}
                {(!d.representative).then(|| view! { " · " {delegation::scope_words(locale(), d.scopes)} })}
            </p>
            <p class="meta">{until(d, zone)}</p>
            <div class="actions">
                {(running && !current).then(|| view! {
                    <form method="post" action="/acting-for" class="inline">
                        <input type="hidden" name="patient" value=d.patient_id.clone()/>
                        <button type="submit" class="button primary"
                            aria-label=t_args("helping-act-for-label", &[("name", d.patient_name.clone().into())])>
                            {t("helping-act-for")}
                        </button>
                    </form>
                })}
                {current.then(|| view! { <span class="badge">{t("helping-current")}</span> })}
                // A representative is attached by the reception desk and does not end it here.
                {(!d.representative).then(|| end_form(&d.id, "helping", "helping-stop", &d.patient_name))}
            </div>
        </li>
    }
}

/// The button ending a delegation, named for screen readers with the other person's name.
fn end_form(id: &str, from: &'static str, label: &'static str, name: &str) -> impl IntoView {
    view! {
        <form method="post" action=format!("/delegations/{id}/end") class="inline">
            <input type="hidden" name="from" value=from/>
            <button type="submit" class="button danger"
                aria-label=t_args(&format!("{label}-label"), &[("name", name.to_string().into())])>
                {t(label)}
            </button>
        </form>
    }
}

fn status_badge(status: Status) -> impl IntoView {
    let (id, class) = match status {
        Status::Invited => ("delegation-status-invited", "badge"),
        Status::Running => ("delegation-status-running", "badge flag-normal"),
        Status::Expired => ("delegation-status-expired", "badge"),
        Status::Ended => ("delegation-status-ended", "badge"),
    };
    view! { <span class=class>{t(id)}</span> }
}

/// "Until 31 December 2026" or "Until ended", with the date it ended when it did; a legal
/// representation lasts until the minor's 18th birthday, and says so once it has ended then.
fn until(d: &Delegation, zone: &Zone) -> String {
    if d.representative && d.ended_at.is_none() {
        return t(if d.status == Status::Expired {
            "delegation-ended-at-majority"
        } else {
            "delegation-until-majority"
        });
    }
    match (d.ended_at, d.ends_at) {
        (Some(ended), _) => t_args("delegation-ended-on", &[("date", date(ended, zone).into())]),
        // `ends_at` is the first instant after the last day.
        (None, Some(end)) => t_args("delegation-until", &[("date", date(end - 1, zone).into())]),
        (None, None) => t("delegation-until-ended"),
    }
}

#[component]
pub fn InvitationPage() -> impl IntoView {
    let token = use_params_map().with_untracked(|p| p.get("token").unwrap_or_default());
    let ctx = request_context();
    let typed = Typed::sent_back();
    // `accept` comes back with an error about the invitation, not a field.
    let accept_error = typed.problem("accept");
    let checked = {
        let (token, state) = (token.clone(), app_state());
        once(async move {
            let state = state.ok_or(None)?;
            delegation::invitation(&state.db, &token).await.map_err(|error| match error {
                Error::Link(problem) => Some(problem),
                error => {
                    tracing::error!(%error, "invitation page: could not check the link");
                    None
                }
            })
        })
    };
    let signed_in_as = ctx.viewer.map(|v| (v.account.display_name, v.account.email));
    let zone = app_state().map(|s| s.zone).unwrap_or(jiff::tz::TimeZone::UTC);
    view! {
        <Suspense>
            {move || {
                let (token, checked, typed, zone) = (token.clone(), checked.clone(), typed.clone(), zone.clone());
                let (signed_in_as, accept_error) = (signed_in_as.clone(), accept_error);
                Suspend::new(async move {
                    match checked.await {
                        Ok(invitation) => {
                            invitation_view(&token, invitation, signed_in_as, accept_error, typed, &zone).into_any()
                        }
                        Err(problem) => link_problem("invitation", problem).into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

fn invitation_view(
    token: &str,
    invitation: Invitation,
    signed_in_as: Option<(String, String)>,
    accept_error: Option<carnet_core::Problem>,
    typed: Typed,
    zone: &Zone,
) -> impl IntoView {
    let patient = invitation.patient_name.clone();
    let until = match invitation.ends_at {
        Some(end) => t_args("delegation-until", &[("date", date(end - 1, zone).into())]),
        None => t("delegation-until-ended"),
    };
    view! {
        <PageTitle id="invitation-title"/>
        <h1>{t("invitation-title")}</h1>
        <p class="lead">{t_args("invitation-lead", &[("patient", patient.into())])}</p>
        <ul>
            <li>{delegation::scope_words(locale(), invitation.scopes)}</li>
            <li>{until}</li>
        </ul>
        <p class="hint">{t_args("invitation-expires", &[("date", date(invitation.expires_at, zone).into())])}</p>
        {accept_error.map(|problem| view! { <p class="notice error" role="alert">{t(problem.message_id())}</p> })}
        {match signed_in_as {
            // Only the person invited may accept (the core refuses anyone else): say so first.
            Some((_, email)) if !delegation::is_invited(&invitation.invited_email, &email) => view! {
                <p class="notice error" role="alert">
                    {t_args(
                        "invitation-other-address",
                        &[("email", invitation.invited_email.clone().into()), ("patient", invitation.patient_name.clone().into())],
                    )}
                </p>
            }
                .into_any(),
            Some((name, _)) => view! {
                <form method="post" action=format!("/invitations/{token}/accept")>
                    <p>{t_args("invitation-signed-in-as", &[("name", name.into())])}</p>
                    <p><button type="submit" class="button primary">{t("invitation-accept")}</button></p>
                </form>
            }
                .into_any(),
            None => view! {
                <section aria-labelledby="join-title">
                    <h2 id="join-title">{t("invitation-join-title")}</h2>
                    <p>{t_args("invitation-join-intro", &[("email", invitation.invited_email.clone().into())])}</p>
                    {typed.error_for("join")}
                    <form method="post" action=format!("/invitations/{token}/join")>
                        <p>
                            <label for="join-name">{t("invitation-name-label")}</label>
                            <input id="join-name" name="name" required maxlength="100" autocomplete="name"
                                aria-invalid=typed.invalid("join", "name") aria-describedby=typed.described_by("join", "name", None)
                            value=typed.get("join", "name")/>
                        </p>
                        <p><button type="submit" class="button primary">{t("invitation-join-button")}</button></p>
                    </form>
                </section>
                <section aria-labelledby="have-account-title">
                    <h2 id="have-account-title">{t("invitation-have-account-title")}</h2>
                    <p>{t("invitation-have-account-text")}</p>
                    <p><a class="button" href="/signin">{t("nav-sign-in")}</a></p>
                </section>
            }
                .into_any(),
        }}
    }
}
