//! The health summary: allergies and intolerances, current treatments, current problems, the
//! history (past problems), operations and procedures, hospital stays and emergency visits, past
//! treatments — what the record's publishers sent, each item saying who recorded it and when.
//! The most urgent first: what a doctor must know before anything else. Also the top of a
//! professional's overview of a record ([`key_facts`]), first thing seen in an emergency.

use carnet_core::access;
use carnet_core::policy::ReadAction;
use carnet_core::record::health_profile::{self, Item, Summary};
use leptos::prelude::*;

use super::{record_page, record_view, RecordBanner, RecordView, TextTitle, Whose};
use crate::context::AppState;
use crate::i18n::{date, t, t_args};

#[component]
pub fn HealthPage() -> impl IntoView {
    let whose = Whose::from_route();
    let load = move |state: AppState, actor| async move {
        let mut access = access::open_read(&state.db, &actor, whose.subject(), ReadAction::Profile).await?;
        let summary = health_profile::summary(&mut access).await?;
        let record = record_view(&mut access).await?;
        access.commit().await?;
        Ok((summary, record))
    };
    let render = move |(summary, record): (Summary, RecordView), state: AppState| {
        let zone = state.zone.clone();
        let section = |id: &'static str, items: &[Item], none: &'static str| {
            section_view(id, items, record.text(&format!("{none}-own"), &format!("{none}-other")), &zone, false)
        };
        view! {
            <TextTitle text=record.heading("health-title", "nav-health")/>
            <RecordBanner view=record.clone()/>
            <h1>{record.heading("health-title", "nav-health")}</h1>
            <p>{record.text("health-intro-own", "health-intro-other")}</p>
            <div class="health-summary">
                {section("health-allergies", &summary.allergies, "health-allergies-none")}
                {section("health-current-treatments", &summary.current_treatments, "health-current-treatments-none")}
                {section("health-current-problems", &summary.current_problems, "health-current-problems-none")}
                {section("health-past-problems", &summary.past_problems, "health-past-problems-none")}
                {section("health-procedures", &summary.procedures, "health-procedures-none")}
                {section("health-stays", &summary.stays, "health-stays-none")}
                {section("health-past-treatments", &summary.past_treatments, "health-past-treatments-none")}
            </div>
        }
    };
    record_page(load, render)
}

/// What a professional must know before anything else — allergies, current treatments, current
/// problems — at the top of their overview of a record; `link` leads to the whole summary.
pub(super) fn key_facts(summary: &Summary, link: String, zone: &jiff::tz::TimeZone) -> impl IntoView {
    let none = |id: &str| t(&format!("{id}-other"));
    view! {
        <section class="key-facts" aria-labelledby="key-facts-title">
            <h2 id="key-facts-title">{t("health-key-facts-title")}</h2>
            <div class="health-summary">
                {section_view("health-allergies", &summary.allergies, none("health-allergies-none"), zone, true)}
                {section_view(
                    "health-current-treatments",
                    &summary.current_treatments,
                    none("health-current-treatments-none"),
                    zone,
                    true,
                )}
                {section_view(
                    "health-current-problems",
                    &summary.current_problems,
                    none("health-current-problems-none"),
                    zone,
                    true,
                )}
            </div>
            <p><a href=link>{t("health-whole-profile")}</a></p>
        </section>
    }
}

/// One section: its heading (`<id>-title`; a level down when `nested` under another) and its
/// items, or what it means that there are none.
fn section_view(
    id: &'static str,
    items: &[Item],
    none: String,
    zone: &jiff::tz::TimeZone,
    nested: bool,
) -> impl IntoView {
    let heading = format!("{id}-title");
    let title = if nested {
        view! { <h3 id=heading.clone()>{t(&heading)}</h3> }.into_any()
    } else {
        view! { <h2 id=heading.clone()>{t(&heading)}</h2> }.into_any()
    };
    view! {
        <section class="health-section" aria-labelledby=heading.clone()>
            {title}
            {if items.is_empty() {
                view! { <p class="meta">{none}</p> }.into_any()
            } else {
                view! { <ul class="health-items">{items.iter().map(|i| item_view(i, zone)).collect_view()}</ul> }
                    .into_any()
            }}
        </section>
    }
}

/// One item: its name (with the badges that change how it reads), its detail, its dates, and
/// who recorded it, with the code a professional can look up.
fn item_view(item: &Item, zone: &jiff::tz::TimeZone) -> impl IntoView {
    let when = dates(item, zone);
    let recorded = match item.author.clone().filter(|a| !a.trim().is_empty()) {
        Some(author) => t_args("health-recorded-by", &[("author", author.into())]),
        None => t_args("health-recorded-on", &[("date", date(item.recorded_at, zone).into())]),
    };
    let detail = item.detail.clone().map(|detail| match item.kind() {
        Some(carnet_core::fhir::ProfileKind::Allergy) => t_args("health-reaction", &[("reaction", detail.into())]),
        Some(carnet_core::fhir::ProfileKind::Procedure | carnet_core::fhir::ProfileKind::Encounter) => {
            t_args("health-reason", &[("reason", detail.into())])
        }
        _ => detail,
    });
    let corrected = item.corrected_at.map(|at| {
        let when = ("date", date(at, zone).into());
        match item.corrected_by.clone().filter(|b| !b.is_empty()) {
            Some(by) => t_args("result-corrected-by", &[when, ("publisher", by.into())]),
            None => t_args("result-corrected", &[when]),
        }
    });
    view! {
        <li>
            <p class="health-name">
                <bdi>{item.display.clone()}</bdi>
                {badges(item).into_iter().map(|(class, text)| view! { " " <span class=class>{text}</span> }).collect_view()}
            </p>
            {detail.map(|d| view! { <p>{d}</p> })}
            {(!when.is_empty()).then(|| view! { <p>{when}</p> })}
            {item.place.clone().map(|place| view! { <p><bdi>{place}</bdi></p> })}
            <p class="meta">
                {recorded}
                {item.code_label().map(|code| view! { " · " <span dir="ltr">{code}</span> })}
            </p>
            {corrected.map(|c| view! { <p class="meta">{c}</p> })}
        </li>
    }
}

/// "since 3 March 2021", "from … to …", "on …": what the item's dates mean for its kind.
fn dates(item: &Item, zone: &jiff::tz::TimeZone) -> String {
    let d = |ms: i64| date(ms, zone);
    match (item.started_at, item.ended_at, item.kind()) {
        (Some(start), Some(end), _) if d(start) == d(end) => t_args("health-on", &[("date", d(start).into())]),
        (Some(start), Some(end), _) => t_args("health-from-to", &[("from", d(start).into()), ("to", d(end).into())]),
        (Some(start), None, Some(carnet_core::fhir::ProfileKind::Procedure)) => {
            t_args("health-on", &[("date", d(start).into())])
        }
        (Some(start), None, _) => t_args("health-since", &[("date", d(start).into())]),
        (None, Some(end), _) => t_args("health-until", &[("date", d(end).into())]),
        (None, None, _) => String::new(),
    }
}

/// The badges an item carries: how serious an allergy is, a status that is not the section's
/// usual one, a stay's kind, a treatment reported rather than prescribed.
fn badges(item: &Item) -> Vec<(&'static str, String)> {
    use carnet_core::fhir::ProfileKind;
    let mut badges = Vec::new();
    match item.kind() {
        Some(ProfileKind::Allergy) => {
            if item.criticality.as_deref() == Some("high") {
                badges.push(("flag flag-out", t("health-criticality-high")));
            }
            if let Some(severity @ ("mild" | "moderate" | "severe")) = item.severity.as_deref() {
                badges.push(("flag", t(&format!("health-severity-{severity}"))));
            }
            if let status @ ("inactive" | "resolved") = item.status.as_str() {
                badges.push(("flag", t(&format!("health-status-{status}"))));
            }
        }
        Some(ProfileKind::Condition) => {
            if let status @ ("recurrence" | "relapse" | "remission") = item.status.as_str() {
                badges.push(("flag", t(&format!("health-status-{status}"))));
            }
        }
        Some(ProfileKind::Medication) => {
            if let status @ ("on-hold" | "intended") = item.status.as_str() {
                badges.push(("flag", t(&format!("health-status-{status}"))));
            }
            if item.category.as_deref() == Some("statement") {
                badges.push(("flag", t("health-reported")));
            }
        }
        Some(ProfileKind::Procedure) if item.status == "in-progress" => {
            badges.push(("flag", t("health-status-in-progress")));
        }
        Some(ProfileKind::Encounter) => {
            let kind = if item.category.as_deref() == Some("EMER") { "health-emergency" } else { "health-stay" };
            badges.push(("flag", t(kind)));
        }
        Some(ProfileKind::Procedure) | None => {}
    }
    if matches!(item.verification.as_deref(), Some("unconfirmed" | "provisional" | "differential")) {
        badges.push(("flag", t("health-unconfirmed")));
    }
    badges
}
