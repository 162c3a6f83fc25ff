//! Sharing: the patient decides, professional by professional, who may read their record —
//! requests to answer, who is authorized, who is blocked, emergency accesses running — finds
//! professionals in the directory, and chooses whether new documents start hidden. Every
//! button is a plain form (`POST /sharing/decide`, `/sharing/new-documents`), except Block,
//! which first opens its confirmation page (`/sharing/block/:pid`).

pub mod actions;

use carnet_core::access;
use carnet_core::policy::{ReadAction, Subject};
use carnet_core::sharing::directory::{self, Search, SPECIALTIES};
use carnet_core::sharing::{self, Decision, Overview, Professional};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::confirm::{confirmation_view, Confirmation};
use super::forms::Typed;
use super::{record_page, PageTitle};
use crate::context::AppState;
use crate::i18n::{date, datetime, t, t_args};
use crate::notice::{notice_view, Notice};

#[component]
pub fn SharingPage() -> impl IntoView {
    let typed = Typed::sent_back();
    let (search, notice) = use_query_map().with_untracked(|q| {
        let get = |k: &str| q.get(k).unwrap_or_default().chars().take(100).collect::<String>();
        let search = Search { text: get("q"), specialty: get("specialty"), city: get("city") };
        (search, Notice::asked())
    });
    let load = {
        let search = search.clone();
        move |state: AppState, actor| async move {
            let mut access = access::open_read(&state.db, &actor, Subject::OwnRecord, ReadAction::Sharing).await?;
            let overview = sharing::overview(&mut access, state.db.today()).await?;
            access.commit().await?;
            let found = directory::search(&state.db, &search).await?;
            Ok((overview, found))
        }
    };
    let render = move |(o, found): (Overview, Vec<Professional>), state: AppState| {
        let zone = state.zone.clone();
        let searched = !(search.text.trim().is_empty() && search.city.trim().is_empty() && search.specialty.is_empty());
        view! {
            <PageTitle id="sharing-title"/>
            <h1>{t("sharing-title")}</h1>
            <p class="lead">{t("sharing-intro")}</p>
            {notice.and_then(|notice| match notice {
                Notice::Authorize => Some(t("notice-sharing-authorize")),
                Notice::Revoke => Some(t("notice-sharing-revoke")),
                Notice::Block => Some(t("notice-sharing-block")),
                Notice::Unblock => Some(t("notice-sharing-unblock")),
                Notice::Approve => Some(t("notice-sharing-approve")),
                Notice::Refuse => Some(t("notice-sharing-refuse")),
                Notice::Preference => Some(t("notice-sharing-preference")),
                _ => None,
            }).map(notice_view)}
            {typed.error_for("decide")}
            <p><a href="/history">{t("sharing-history-link")}</a></p>

            {(!o.to_review.is_empty()).then(|| view! {
                <section aria-labelledby="review-title" class="notice warning">
                    <h2 id="review-title">{t("sharing-review-title")}</h2>
                    <p>{t("sharing-review-intro")}</p>
                    <ul class="cards">
                        {o.to_review.iter().map(|d| decision_card(d, "sharing-review-given-on", &["keep", "revoke"], &zone)).collect_view()}
                    </ul>
                </section>
            })}

            {(!o.requests.is_empty()).then(|| view! {
                <section aria-labelledby="requests-title">
                    <h2 id="requests-title">{t("sharing-requests-title")}</h2>
                    <ul class="cards">
                        {o.requests.iter().map(|d| decision_card(d, "sharing-requested-on", &["approve", "refuse"], &zone)).collect_view()}
                    </ul>
                </section>
            })}

            <section aria-labelledby="authorized-title">
                <h2 id="authorized-title">{t("sharing-authorized-title")}</h2>
                {if o.authorized.is_empty() {
                    view! { <p>{t("sharing-authorized-none")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="cards">
                            {o.authorized.iter().map(|d| decision_card(d, "sharing-authorized-on", &["revoke", "block"], &zone)).collect_view()}
                        </ul>
                    }
                        .into_any()
                }}
            </section>

            {(!o.emergencies.is_empty()).then(|| view! {
                <section aria-labelledby="emergencies-title">
                    <h2 id="emergencies-title">{t("sharing-emergencies-title")}</h2>
                    <ul class="cards">
                        {o.emergencies.iter().map(|(p, reason, until)| view! {
                            <li class="card">
                                <h3>{p.name.clone()}</h3>
                                {professional_facts(p)}
                                <p>{t_args("sharing-emergency-reason", &[("reason", reason.clone().into())])}</p>
                                <p class="meta">{t_args("sharing-emergency-until", &[("time", datetime(*until, &zone).into())])}</p>
                                {decision_form(&p.account_id, "block")}
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            })}

            <section aria-labelledby="blocked-title">
                <h2 id="blocked-title">{t("sharing-blocked-title")}</h2>
                {if o.blocked.is_empty() {
                    view! { <p>{t("sharing-blocked-none")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="cards">
                            {o.blocked.iter().map(|d| decision_card(d, "sharing-blocked-on", &["unblock"], &zone)).collect_view()}
                        </ul>
                    }
                        .into_any()
                }}
            </section>

            <section aria-labelledby="directory-title">
                <h2 id="directory-title">{t("sharing-directory-title")}</h2>
                <form class="filters" method="get" action="/sharing" role="search">
                    <p>
                        <label for="directory-q">{t("sharing-directory-name-label")}</label>
                        <input id="directory-q" name="q" type="search" maxlength="100" value=search.text.clone()/>
                    </p>
                    <p>
                        <label for="directory-specialty">{t("sharing-directory-specialty-label")}</label>
                        <select id="directory-specialty" name="specialty">
                            <option value="">{t("sharing-directory-any-specialty")}</option>
                            {SPECIALTIES.iter().map(|code| view! {
                                <option value=*code selected=search.specialty == *code>{t(&directory::specialty_message(code))}</option>
                            }).collect_view()}
                        </select>
                    </p>
                    <p>
                        <label for="directory-city">{t("sharing-directory-city-label")}</label>
                        <input id="directory-city" name="city" maxlength="100" value=search.city.clone()/>
                    </p>
                    <p><button type="submit" class="button">{t("sharing-directory-search")}</button></p>
                </form>
                {searched.then(|| if found.is_empty() {
                    view! { <p>{t("sharing-directory-none")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="cards">
                            {found.iter().map(|p| {
                                let status = status_of(&o, &p.account_id);
                                view! {
                                    <li class="card">
                                        <h3>{p.name.clone()}</h3>
                                        {professional_facts(p)}
                                        {status.map(|s| view! { <p class="meta">{t(s)}</p> })}
                                        <div class="actions">
                                            {(status != Some("sharing-status-authorized")).then(|| decision_form(&p.account_id, "authorize"))}
                                            {(status != Some("sharing-status-blocked")).then(|| decision_form(&p.account_id, "block"))}
                                        </div>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }
                        .into_any()
                })}
            </section>

            <section aria-labelledby="new-documents-title">
                <h2 id="new-documents-title">{t("sharing-new-documents-title")}</h2>
                <form method="post" action="/sharing/new-documents">
                    <p>
                        <input id="hide-new" type="checkbox" name="hide" value="on" checked=o.hide_new_documents/>
                        " "
                        <label for="hide-new">{t("sharing-new-documents-label")}</label>
                    </p>
                    <p class="hint">{t("sharing-new-documents-hint")}</p>
                    <p><button type="submit" class="button">{t("sharing-save")}</button></p>
                </form>
            </section>
        }
    };
    record_page(load, render)
}

/// Specialty, city and RPPS number, as one line.
fn professional_facts(p: &Professional) -> impl IntoView {
    let mut facts = vec![t(&directory::specialty_message(&p.specialty))];
    if !p.city.is_empty() {
        facts.push(p.city.clone());
    }
    if let Some(rpps) = &p.rpps {
        facts.push(t_args("sharing-rpps", &[("rpps", rpps.clone().into())]));
    }
    view! { <p class="meta">{facts.join(" · ")}</p> }
}

/// The patient's current decision about a professional, as a Fluent id.
fn status_of(o: &Overview, account_id: &str) -> Option<&'static str> {
    let has = |list: &[Decision]| list.iter().any(|d| d.professional.account_id == account_id);
    if has(&o.blocked) {
        Some("sharing-status-blocked")
    } else if has(&o.authorized) {
        Some("sharing-status-authorized")
    } else if has(&o.requests) {
        Some("sharing-status-requested")
    } else {
        None
    }
}

fn decision_card(
    d: &Decision,
    since_id: &'static str,
    changes: &[&'static str],
    zone: &jiff::tz::TimeZone,
) -> impl IntoView {
    let p = &d.professional;
    view! {
        <li class="card">
            <h3>{p.name.clone()}</h3>
            {professional_facts(p)}
            <p class="meta">{t_args(since_id, &[("date", date(d.since, zone).into())])}</p>
            <div class="actions">{changes.iter().map(|c| decision_form(&p.account_id, c)).collect_view()}</div>
        </li>
    }
}

/// One decision about one professional, as a button; blocking first asks for confirmation, on a
/// page of its own ([`BlockPage`]).
fn decision_form(account_id: &str, change: &'static str) -> AnyView {
    if change == "block" {
        return view! {
            <a class="button danger" href=format!("/sharing/block/{account_id}")>{t("sharing-block")}</a>
        }
        .into_any();
    }
    let class = if matches!(change, "revoke" | "refuse") { "button danger" } else { "button primary" };
    // Keeping an authorization made for a minor is authorizing again, now as an adult.
    let (value, label) = match change {
        "keep" => ("authorize", "sharing-keep".to_string()),
        other => (other, format!("sharing-{other}")),
    };
    view! {
        <form method="post" action="/sharing/decide" class="inline">
            <input type="hidden" name="professional" value=account_id.to_string()/>
            <button type="submit" name="change" value=value class=class>{t(&label)}</button>
        </form>
    }
    .into_any()
}

/// "Block <professional>?": who (specialty, city, RPPS, what they may do today), what blocking
/// changes, and the choice (`/sharing/block/:pid`; the form posts to `/sharing/decide`).
#[component]
pub fn BlockPage() -> impl IntoView {
    let professional_id = use_params_map().with_untracked(|p| p.get("pid").unwrap_or_default());
    let load = move |state: AppState, actor| async move {
        let mut access = access::open_read(&state.db, &actor, Subject::OwnRecord, ReadAction::Sharing).await?;
        let overview = sharing::overview(&mut access, state.db.today()).await?;
        access.commit().await?;
        let professional = directory::get(&state.db, &professional_id).await?.ok_or(carnet_core::Error::NotFound)?;
        Ok((overview, professional))
    };
    let render = move |(o, p): (Overview, Professional), state: AppState| {
        if status_of(&o, &p.account_id) == Some("sharing-status-blocked") {
            // Already blocked: nothing to confirm.
            super::redirect_to("/sharing");
            return ().into_any();
        }
        let zone = state.zone.clone();
        let professional = || ("professional", p.name.clone().into());
        let mut now = match status_of(&o, &p.account_id) {
            Some(status) => t(status),
            None => t("sharing-block-now-none"),
        };
        if let Some((_, _, until)) = o.emergencies.iter().find(|(e, _, _)| e.account_id == p.account_id) {
            now = format!(
                "{now}\n{} · {}",
                t("sharing-emergencies-title"),
                t_args("sharing-emergency-until", &[("time", datetime(*until, &zone).into())])
            );
        }
        let mut facts = vec![(t("sharing-directory-specialty-label"), t(&directory::specialty_message(&p.specialty)))];
        if !p.city.is_empty() {
            facts.push((t("sharing-directory-city-label"), p.city.clone()));
        }
        if let Some(rpps) = &p.rpps {
            facts.push((t("sharing-rpps-label"), rpps.clone()));
        }
        facts.push((t("sharing-block-now"), now));
        let confirmation = Confirmation {
            title: t_args("sharing-block-title", &[professional()]),
            facts,
            effects_title: Some(t("sharing-block-effects-title")),
            effects: vec![
                t_args("sharing-block-effect-read", &[professional()]),
                t_args("sharing-block-effect-emergency", &[professional()]),
                t("sharing-block-effect-requests"),
                t_args("sharing-block-effect-publish", &[professional()]),
                t_args("sharing-block-effect-appointments", &[professional()]),
                t("sharing-block-undo"),
            ],
            action: "/sharing/decide".to_string(),
            hidden: vec![("professional", p.account_id.clone()), ("change", "block".to_string())],
            confirm: t("sharing-block-confirm"),
            back_href: "/sharing".to_string(),
            back: t("sharing-block-keep"),
        };
        view! {
            <PageTitle id="sharing-block-page-title"/>
            {confirmation_view(confirmation, None, None)}
        }
        .into_any()
    };
    record_page(load, render)
}
