//! The health summary (`/health`, `/patients/:pid/health`): allergies and intolerances, current
//! treatments, current problems, advance directives, the history (past problems), operations and
//! procedures, hospital stays and emergency visits, past treatments, family history,
//! disabilities, blood group, position on organ donation — what publishers sent and what the patient declared, each item saying who recorded it and
//! when. The most urgent first: what a doctor must know before anything else, which also opens a
//! professional's overview of a record ([`key_facts`]), first thing seen in an emergency.
//!
//! The patient's side declares items with one small form per kind (plain forms, no script;
//! advance directives as a text or as a file, which joins the record's documents),
//! and opens an item (`/health/items/:id`) to edit or remove what it declared, or to note
//! something on any item. A professional confirms what the patient declared.

pub mod actions;

use carnet_core::access;
use carnet_core::policy::{ReadAction, Subject, Viewer};
use carnet_core::record::documents::DocumentLink;
use carnet_core::record::health_profile::{
    self, Item, Kind, Summary, BLOOD_GROUPS, MAX_DIRECTIVE_CHARS, ORGAN_DONATION,
};
use carnet_core::record::imaging;
use carnet_core::record::prescriptions;
use carnet_core::record::prevention::{self, Advice, Status};
use carnet_core::record::renewals::{self, Renewal, Status as RenewalStatus};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use std::collections::HashMap;

use super::forms::{textarea_text, Typed};
use super::{record_page, record_view, Reading, RecordBanner, TextTitle, Whose};
use crate::context::AppState;
use crate::i18n::{civil_date, date, locale, t, t_args};
use crate::notice::{notice_view, Notice};

#[component]
pub fn HealthPage() -> impl IntoView {
    let whose = Whose::from_route();
    let typed = Typed::sent_back();
    let notice = Notice::asked().and_then(|notice| match notice {
        Notice::Declared => Some(t("notice-profile-declared")),
        Notice::ProfileEdited => Some(t("notice-profile-edited")),
        Notice::ProfileRemoved => Some(t("notice-profile-removed")),
        Notice::Noted => Some(t("notice-profile-noted")),
        Notice::Confirmed => Some(t("notice-profile-confirmed")),
        _ => None,
    });
    let load = move |state: AppState, actor: carnet_core::policy::Actor| async move {
        let mut access = access::open_read(&state.db, &actor, whose.subject(), ReadAction::Profile).await?;
        let summary = health_profile::summary(&mut access).await?;
        let record = record_view(&mut access).await?;
        let reading = Reading::of(record, access.viewer(), actor.account_id().unwrap_or_default());
        // The screenings, told to the patient's side (their words are addressed to the patient).
        let today = carnet_core::clock::now().to_zoned(state.zone.clone()).date();
        let prevention = match reading.patient_side {
            true => Some(prevention::advice(&mut access, &state.zone, today).await?),
            false => None,
        };
        // Where the renewals asked for stand, beside the treatments (the patient's side), and
        // the prescriptions treatments come from (for whoever may read documents).
        let renewals = match reading.patient_side {
            true => renewals::of_record(&mut access).await?,
            false => Vec::new(),
        };
        let around = Around {
            renewals,
            prescriptions: prescriptions::of_treatments(&mut access).await?,
            reports: imaging::reports_of_studies(&mut access).await?,
            documents: health_profile::documents_of_items(&mut access).await?,
        };
        access.commit().await?;
        Ok((summary, prevention, reading, around))
    };
    let render = move |(summary, prevention, reading, around): (
        Summary,
        Option<Option<Vec<Advice>>>,
        Reading,
        Around,
    ),
                       state: AppState| {
        let zone = state.zone.clone();
        let record = reading.record.clone();
        let section = |id: &'static str, items: &[Item], none: &'static str| {
            let none = record.text(&format!("{none}-own"), &format!("{none}-other"));
            section_view(id, items, none, &zone, false, &reading, &around)
        };
        let blood_group: Vec<Item> = summary.blood_group.clone().into_iter().collect();
        let organ_donation: Vec<Item> = summary.organ_donation.clone().into_iter().collect();
        view! {
            <TextTitle text=record.heading("health-title", "nav-health")/>
            <RecordBanner view=record.clone()/>
            <h1>{record.heading("health-title", "nav-health")}</h1>
            <p>{record.text("health-intro-own", "health-intro-other")}</p>
            {notice.clone().map(notice_view)}
            {reading.patient_side.then(|| view! { <p><a href="#declare-title">{t("health-declare-link")}</a></p> })}
            <div class="health-summary">
                {section("health-allergies", &summary.allergies, "health-allergies-none")}
                {section("health-current-treatments", &summary.current_treatments, "health-current-treatments-none")}
                {section("health-current-problems", &summary.current_problems, "health-current-problems-none")}
                {section("health-directives", &summary.directives, "health-directives-none")}
                {section("health-past-problems", &summary.past_problems, "health-past-problems-none")}
                {section("health-procedures", &summary.procedures, "health-procedures-none")}
                {section("health-stays", &summary.stays, "health-stays-none")}
                {section("health-imaging", &summary.imaging, "health-imaging-none")}
                {section("health-past-treatments", &summary.past_treatments, "health-past-treatments-none")}
                {section("health-family-history", &summary.family_history, "health-family-history-none")}
                {section("health-disabilities", &summary.disabilities, "health-disabilities-none")}
                {section("health-blood-group", &blood_group, "health-blood-group-none")}
                {section("health-organ-donation", &organ_donation, "health-organ-donation-none")}
            </div>
            {prevention.map(prevention_view)}
            {reading.patient_side.then(|| declare_view(&typed))}
        }
    };
    record_page(load, render)
}

/// What an item's line shows beside the item itself: where the renewal asked for stands, the
/// prescriptions a treatment comes from, the report an imaging study is read in, the document
/// advance directives are written in.
#[derive(Debug, Clone, Default)]
struct Around {
    renewals: Vec<Renewal>,
    /// By item id, newest first.
    prescriptions: HashMap<String, Vec<DocumentLink>>,
    reports: HashMap<String, Vec<DocumentLink>>,
    documents: HashMap<String, Vec<DocumentLink>>,
}

/// What an item is, in words: its name as recorded, a position on organ donation said in the
/// reader's language.
fn shown_name(item: &Item) -> String {
    match item.kind() {
        Some(Kind::OrganDonation) if ORGAN_DONATION.contains(&item.display.as_str()) => {
            t(&format!("health-organ-donation-{}", item.display))
        }
        _ => item.display.clone(),
    }
}

/// What a professional must know before anything else — allergies, current treatments, current
/// problems, advance directives (with the document they are written in, `documents` by item),
/// disabilities — at the top of their overview of a record; `link` leads to the whole summary.
pub(super) fn key_facts(
    summary: &Summary,
    documents: HashMap<String, Vec<DocumentLink>>,
    link: String,
    zone: &jiff::tz::TimeZone,
) -> impl IntoView {
    let none = |id: &str| t(&format!("{id}-other"));
    // Read-only here: confirming is done on the summary itself.
    let reading = Reading::default();
    let around = Around { documents, ..Around::default() };
    let blood_group = summary.blood_group.as_ref().map(|group| {
        // Declared by the patient and not confirmed: said so, in an emergency above all.
        let id = if group.is_declared() && group.confirmed_at.is_none() {
            "health-blood-group-declared"
        } else {
            "health-blood-group-is"
        };
        view! { <p>{t_args(id, &[("group", group.display.clone().into())])}</p> }
    });
    view! {
        <section class="key-facts" aria-labelledby="key-facts-title">
            <h2 id="key-facts-title">{t("health-key-facts-title")}</h2>
            {blood_group}
            <div class="health-summary">
                {section_view("health-allergies", &summary.allergies, none("health-allergies-none"), zone, true, &reading, &around)}
                {section_view(
                    "health-current-treatments",
                    &summary.current_treatments,
                    none("health-current-treatments-none"),
                    zone,
                    true,
                    &reading,
                    &around,
                )}
                {section_view(
                    "health-current-problems",
                    &summary.current_problems,
                    none("health-current-problems-none"),
                    zone,
                    true,
                    &reading,
                    &around,
                )}
                {(!summary.directives.is_empty()).then(|| {
                    section_view("health-directives", &summary.directives, String::new(), zone, true, &reading, &around)
                })}
                {(!summary.disabilities.is_empty()).then(|| {
                    section_view("health-disabilities", &summary.disabilities, String::new(), zone, true, &reading, &around)
                })}
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
    reading: &Reading,
    around: &Around,
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
                view! { <ul class="health-items">{items.iter().map(|i| item_view(i, zone, reading, around)).collect_view()}</ul> }
                    .into_any()
            }}
        </section>
    }
}

/// One item: its name (with the badges that change how it reads), its detail, its dates, who
/// recorded it with the code a professional can look up, the patient's note, and what the reader
/// may do with it.
fn item_view(item: &Item, zone: &jiff::tz::TimeZone, reading: &Reading, around: &Around) -> impl IntoView {
    let when = dates(item, zone);
    let renewal = renewal_view(item, around.renewals.iter().find(|r| r.item_id == item.id), zone, reading);
    let prescribed =
        around.prescriptions.get(&item.id).map(|found| documents_view("health-prescribed-in", found, zone));
    let report = around.reports.get(&item.id).map(|found| documents_view("health-report-in", found, zone));
    let written_in = around.documents.get(&item.id).map(|found| documents_view("health-written-in", found, zone));
    let detail = item.detail.clone().map(|detail| match item.kind() {
        Some(Kind::Allergy) => t_args("health-reaction", &[("reaction", detail.into())]),
        Some(Kind::OrganDonation) if item.display == "refuses-some" => {
            t_args("health-organs-refused", &[("organs", detail.into())])
        }
        Some(Kind::Disability) => t_args("health-disability-needs", &[("needs", detail.into())]),
        Some(Kind::Procedure | Kind::Encounter) => t_args("health-reason", &[("reason", detail.into())]),
        Some(Kind::Imaging) => t_args("health-body-site", &[("site", detail.into())]),
        _ => detail,
    });
    let corrected = item.corrected_at.map(|at| {
        let when = ("date", date(at, zone).into());
        match item.corrected_by.clone().filter(|b| !b.is_empty()) {
            Some(by) => t_args("result-corrected-by", &[when, ("publisher", by.into())]),
            None => t_args("health-edited", &[when]),
        }
    });
    let confirmed = item.confirmed_at.map(|at| {
        let by = item.confirmer.clone().unwrap_or_default();
        t_args("health-confirmed-by", &[("author", by.into()), ("date", date(at, zone).into())])
    });
    let note = item.note.clone().map(|note| t_args("health-note", &[("note", note.into())]));
    // A directive is a text of several paragraphs: shown as written; one written in a document
    // the reader may not open says where it is.
    let name = if item.kind() == Some(Kind::Directive) {
        match (item.display.is_empty(), &written_in) {
            (false, _) => view! { <p class="directive"><bdi>{item.display.clone()}</bdi></p> }.into_any(),
            (true, None) => view! { <p>{t("health-directive-in-document")}</p> }.into_any(),
            (true, Some(_)) => ().into_any(),
        }
    } else {
        view! {
            <p class="health-name">
                <bdi>{shown_name(item)}</bdi>
                {badges(item, reading.patient_side).into_iter().map(|(class, text)| view! { " " <span class=class>{text}</span> }).collect_view()}
            </p>
        }
        .into_any()
    };
    let confirm = (reading.professional && item.is_declared() && item.confirmed_at.is_none()).then(|| {
        view! {
            <form method="post" action=reading.record.path(&format!("/health/items/{}/confirm", item.id)) class="inline-form">
                <button type="submit" class="button">{t("health-confirm-button")}</button>
            </form>
        }
    });
    let open = reading.patient_side.then(|| {
        let label = if item.is_declared() { "health-change-link" } else { "health-note-link" };
        // Named after the item for screen readers (the visible words first), its first words only.
        let name: String = shown_name(item).chars().take(60).collect();
        let full = t_args(&format!("{label}-for"), &[("name", name.into())]);
        view! { <p><a href=format!("/health/items/{}", item.id) aria-label=full>{t(label)}</a></p> }
    });
    view! {
        <li id=format!("item-{}", item.id)>
            {name}
            {detail.map(|d| view! { <p><bdi>{d}</bdi></p> })}
            {(!when.is_empty()).then(|| view! { <p>{when}</p> })}
            {item.place.clone().map(|place| view! { <p><bdi>{place}</bdi></p> })}
            <p class="meta">
                {recorded_by(item, zone, &reading.account)}
                {item.code_label(locale()).map(|code| view! { " · " <bdi>{code}</bdi> })}
            </p>
            {corrected.map(|c| view! { <p class="meta">{c}</p> })}
            {confirmed.map(|c| view! { <p class="meta">{c}</p> })}
            {prescribed}
            {report}
            {written_in}
            {note.map(|n| view! { <p class="note"><bdi>{n}</bdi></p> })}
            {renewal}
            {confirm}
            {open}
        </li>
    }
}

/// The documents an item leads to, after `label` ("Prescribed on:", "Report:"), each a link
/// ("Prescription of 23 Nov 2026").
fn documents_view(label: &'static str, found: &[DocumentLink], zone: &jiff::tz::TimeZone) -> impl IntoView {
    let links = found
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let text = t_args(
                "health-document-link",
                &[("title", p.title.clone().into()), ("date", date(p.issued_at, zone).into())],
            );
            view! { {(i > 0).then_some(" · ")} <a href=format!("/documents/{}", p.document_id)><bdi>{text}</bdi></a> }
        })
        .collect_view();
    view! { <p class="linked-documents">{t(label)} " " {links}</p> }
}

/// "Recorded by Dr X", "Declared by you", "Declared by Jean Martin", else when it was sent.
fn recorded_by(item: &Item, zone: &jiff::tz::TimeZone, account: &str) -> String {
    if item.is_declared() {
        return match (item.declared_by.as_deref(), item.declarer.clone()) {
            (Some(by), _) if by == account => t("health-declared-by-you"),
            (_, Some(name)) => t_args("health-declared-by", &[("name", name.into())]),
            _ => t("health-declared"),
        };
    }
    match item.author.clone().filter(|a| !a.trim().is_empty()) {
        Some(author) => t_args("health-recorded-by", &[("author", author.into())]),
        None => t_args("health-recorded-on", &[("date", date(item.recorded_at, zone).into())]),
    }
}

/// "Since 3 March 2021", "From … to …", "On …", "Started on …": what the item's dates mean for
/// its kind and whether it is still going on.
fn dates(item: &Item, zone: &jiff::tz::TimeZone) -> String {
    let d = |ms: i64| date(ms, zone);
    let ongoing = item.is_current();
    match (item.started_at, item.ended_at, item.kind()) {
        (Some(start), Some(end), _) if d(start) == d(end) => t_args("health-on", &[("date", d(start).into())]),
        (Some(start), Some(end), _) => t_args("health-from-to", &[("from", d(start).into()), ("to", d(end).into())]),
        (Some(start), None, Some(Kind::Procedure | Kind::Encounter | Kind::Imaging)) => {
            t_args("health-on", &[("date", d(start).into())])
        }
        (Some(start), None, _) if ongoing => t_args("health-since", &[("date", d(start).into())]),
        (Some(start), None, _) => t_args("health-started-on", &[("date", d(start).into())]),
        (None, Some(end), _) => t_args("health-until", &[("date", d(end).into())]),
        (None, None, _) => String::new(),
    }
}

/// DICOM modalities named in words (`health-modality-<code>`): radiography (computed, digital),
/// CT, MRI, ultrasound, mammography, nuclear medicine, PET, angiography, fluoroscopy, bone
/// densitometry.
const IMAGING_MODALITIES: [&str; 11] = ["CR", "DX", "CT", "MR", "US", "MG", "NM", "PT", "XA", "RF", "BMD"];

/// The badges an item carries: how serious an allergy is, a status that is not the section's
/// usual one, a stay's kind, a treatment reported rather than prescribed; and, to the patient's
/// side only (professionals are never shown the patient's choices), whom it is hidden from.
fn badges(item: &Item, patient_side: bool) -> Vec<(&'static str, String)> {
    let mut badges = Vec::new();
    match item.kind() {
        Some(Kind::Allergy) => {
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
        Some(Kind::Condition) => {
            if let status @ ("recurrence" | "relapse" | "remission") = item.status.as_str() {
                badges.push(("flag", t(&format!("health-status-{status}"))));
            }
        }
        Some(Kind::Medication) => {
            if let status @ ("on-hold" | "intended") = item.status.as_str() {
                badges.push(("flag", t(&format!("health-status-{status}"))));
            }
            if item.category.as_deref() == Some("statement") && !item.is_declared() {
                badges.push(("flag", t("health-reported")));
            }
        }
        Some(Kind::Procedure) if item.status == "in-progress" => {
            badges.push(("flag", t("health-status-in-progress")));
        }
        Some(Kind::Encounter) => {
            let kind = if item.category.as_deref() == Some("EMER") { "health-emergency" } else { "health-stay" };
            badges.push(("flag", t(kind)));
        }
        // What kind of imaging it is, in words, for the modalities people meet.
        Some(Kind::Imaging) => {
            if let Some(modality) = item.category.as_deref().filter(|m| IMAGING_MODALITIES.contains(m)) {
                badges.push(("flag", t(&format!("health-modality-{}", modality.to_lowercase()))));
            }
        }
        _ => {}
    }
    if matches!(item.verification.as_deref(), Some("unconfirmed" | "provisional" | "differential")) {
        badges.push(("flag", t("health-unconfirmed")));
    }
    if item.is_hidden_from_professionals() {
        badges.push(("flag", t("health-hidden")));
    }
    if patient_side && item.is_hidden_from_representatives() {
        badges.push(("flag", t("health-hidden-representatives")));
    }
    badges
}

/// The screenings and check-ups of the patient's age (`None`: the birth date is unknown):
/// each with where it stands, the programme's rule, and the source.
fn prevention_view(advice: Option<Vec<Advice>>) -> impl IntoView {
    let body = match advice {
        None => view! { <p>{t("prevention-no-birth-date")}</p> }.into_any(),
        Some(advice) if advice.is_empty() => view! { <p>{t("prevention-nothing")}</p> }.into_any(),
        Some(advice) => view! {
            <ul class="cards">{advice.into_iter().map(|a| advice_card(a, true)).collect_view()}</ul>
        }
        .into_any(),
    };
    view! {
        <section aria-labelledby="prevention-title">
            <h2 id="prevention-title">{t("prevention-title")}</h2>
            {body}
            <p class="hint">{t("prevention-source")}</p>
        </section>
    }
}

/// The screenings to do now, for Home: their cards, or that there is nothing to do.
pub(super) fn prevention_due(advice: Vec<Advice>) -> impl IntoView {
    let due: Vec<Advice> = advice.into_iter().filter(Advice::is_due).collect();
    if due.is_empty() {
        return view! { <p>{t("home-prevention-none")}</p> }.into_any();
    }
    view! { <ul class="cards">{due.into_iter().map(|a| advice_card(a, false)).collect_view()}</ul> }.into_any()
}

/// One check: its name, a badge and a sentence for where it stands, whom it is for when the
/// record does not say, and (`with_rule`) the programme's rule.
fn advice_card(advice: Advice, with_rule: bool) -> impl IntoView {
    let (class, badge, text) = match &advice.status {
        Status::Due { last: None } => ("flag flag-out", t("prevention-due"), t("prevention-due-never")),
        Status::Due { last: Some(on) } => {
            ("flag flag-out", t("prevention-due"), t_args("prevention-due-last", &[("date", civil_date(*on).into())]))
        }
        Status::Done { on, next } => {
            let done = t_args("prevention-done-on", &[("date", civil_date(*on).into())]);
            let text = match next {
                Some(next) => format!("{done} {}", t_args("prevention-next", &[("date", civil_date(*next).into())])),
                None => done,
            };
            ("flag", t("prevention-done"), text)
        }
        Status::Soon { at } => {
            ("flag", t("prevention-soon"), t_args("prevention-soon-at", &[("age", i64::from(*at).into())]))
        }
    };
    let rule = match advice.every {
        Some(years) => t_args(
            "prevention-every",
            &[
                ("years", i64::from(years).into()),
                ("from", i64::from(advice.from).into()),
                ("until", i64::from(advice.until).into()),
            ],
        ),
        None => t_args(
            "prevention-once",
            &[("from", i64::from(advice.from).into()), ("until", i64::from(advice.until).into())],
        ),
    };
    view! {
        <li class="card">
            <h3>{t(&format!("prevention-check-{}", advice.id))}</h3>
            <p><span class=class>{badge}</span> " " {text}</p>
            {advice.only_for.map(|sex| view! { <p class="meta">{t(&format!("prevention-only-{sex}"))}</p> })}
            {with_rule.then(|| view! { <p class="meta">{rule}</p> })}
        </li>
    }
}

/// The declaration forms, one per kind, each folded (a `<details>`, open when it came back with
/// a problem).
fn declare_view(typed: &Typed) -> impl IntoView {
    view! {
        <section class="health-declare" aria-labelledby="declare-title">
            <h2 id="declare-title">{t("health-declare-title")}</h2>
            <p>{t("health-declare-intro")}</p>
            {[
                Kind::Allergy,
                Kind::Medication,
                Kind::Condition,
                Kind::FamilyHistory,
                Kind::Disability,
                Kind::BloodGroup,
                Kind::OrganDonation,
                Kind::Directive,
            ]
                .into_iter()
                .map(|kind| {
                    let form = format!("declare-{}", kind.as_str());
                    let open = typed.problem(&form).is_some();
                    view! {
                        <details open=open id=form.clone()>
                            <summary>{t(&format!("health-declare-{}", kind.as_str()))}</summary>
                            {declaration_form(kind, &form, "/health/declare", typed, None)}
                        </details>
                    }
                })
                .collect_view()}
            {directive_document_form(typed)}
        </section>
    }
}

/// Advance directives as a file (a signed form, a photo of it), with a few words about it
/// (optional): a multipart form, the file never sent back.
fn directive_document_form(typed: &Typed) -> impl IntoView {
    let form = "declare-directive-document";
    view! {
        <details open=typed.problem(form).is_some() id=form>
            <summary>{t("health-declare-directive-document")}</summary>
            <form method="post" action=format!("/health/declare/directive-document#{form}-error")
                enctype="multipart/form-data" class="declare-form">
                {typed.error_for(form)}
                <p>
                    <label for="declare-directive-document-file">{t("health-field-directive-file")}</label>
                    <span class="hint" id="declare-directive-document-file-hint">{t("health-field-directive-file-hint")}</span>
                    <input id="declare-directive-document-file" type="file" name="file" required
                        accept="application/pdf,image/jpeg,image/png" aria-invalid=typed.invalid(form, "file")
                        aria-describedby=typed.described_by(form, "file", Some("declare-directive-document-file-hint"))/>
                </p>
                <p>
                    <label for="declare-directive-document-name">{t("health-field-directive-words")}</label>
                    <textarea id="declare-directive-document-name" name="name" rows="3"
                        maxlength=MAX_DIRECTIVE_CHARS.to_string() aria-invalid=typed.invalid(form, "name")
                        aria-describedby=typed.described_by(form, "name", None)>
                        {textarea_text(&typed.get_long(form, "name", MAX_DIRECTIVE_CHARS + 1))}
                    </textarea>
                </p>
                <p><button type="submit" class="button primary">{t("health-declare-button")}</button></p>
            </form>
        </details>
    }
}

/// The fields of a declaration of `kind`, in the form `form` posting to `action`: as typed when
/// the form came back, else as `item` holds them (editing), else empty.
fn declaration_form(kind: Kind, form: &str, action: &str, typed: &Typed, item: Option<&Item>) -> impl IntoView {
    let sent_back = typed.form == form;
    let ymd = |ms: Option<i64>| {
        ms.and_then(|ms| jiff::Timestamp::from_millisecond(ms).ok())
            .map(|t| t.to_zoned(jiff::tz::TimeZone::UTC).date().to_string())
            .unwrap_or_default()
    };
    let value = |name: &str| -> String {
        if sent_back {
            return match (name, kind) {
                ("name", Kind::Directive) => typed.get_long(form, name, MAX_DIRECTIVE_CHARS + 1),
                ("detail", _) => typed.get_long(form, name, 501),
                _ => typed.get(form, name),
            };
        }
        match (item, name) {
            (Some(i), "name") => i.display.clone(),
            (Some(i), "detail") => i.detail.clone().unwrap_or_default(),
            (Some(i), "since") => ymd(i.started_at),
            (Some(i), "until") => ymd(i.ended_at),
            _ => String::new(),
        }
    };
    let hidden = if sent_back {
        typed.get(form, "hidden") == "on"
    } else {
        item.is_some_and(Item::is_hidden_from_professionals)
    };
    let field_id = |name: &str| format!("{form}-{name}");
    let k = kind.as_str();
    let text_field = |name: &'static str, label: String, required: bool, max: u32| {
        let id = field_id(name);
        view! {
            <p>
                <label for=id.clone()>{label}</label>
                <input id=id type="text" name=name maxlength=max.to_string() required=required
                    aria-invalid=typed.invalid(form, name) aria-describedby=typed.described_by(form, name, None)
                    value=value(name)/>
            </p>
        }
    };
    let date_field = |name: &'static str, label: String| {
        let id = field_id(name);
        view! {
            <p>
                <label for=id.clone()>{label}</label>
                <input id=id type="date" name=name aria-invalid=typed.invalid(form, name)
                    aria-describedby=typed.described_by(form, name, None) value=value(name)/>
            </p>
        }
    };
    let fields = match kind {
        Kind::BloodGroup => {
            let chosen = value("name");
            let id = field_id("name");
            view! {
                <p>
                    <label for=id.clone()>{t("health-field-blood-group")}</label>
                    <select id=id name="name" required aria-invalid=typed.invalid(form, "name")
                        aria-describedby=typed.described_by(form, "name", None)>
                        {BLOOD_GROUPS
                            .iter()
                            .map(|g| view! { <option value=*g selected=chosen == *g>{*g}</option> })
                            .collect_view()}
                    </select>
                </p>
            }
            .into_any()
        }
        Kind::OrganDonation => {
            let chosen = value("name");
            view! {
                <fieldset aria-describedby=typed.described_by(form, "name", Some(&format!("{form}-organ-hint")))>
                    <legend>{t("health-field-organ-donation")}</legend>
                    <p class="hint" id=format!("{form}-organ-hint")>{t("health-field-organ-donation-hint")}</p>
                    {ORGAN_DONATION
                        .iter()
                        .map(|position| {
                            let id = field_id(&format!("name-{position}"));
                            view! {
                                <p>
                                    <input id=id.clone() type="radio" name="name" value=*position required
                                        checked=chosen == *position aria-invalid=typed.invalid(form, "name")/>
                                    " " <label for=id>{t(&format!("health-organ-donation-{position}"))}</label>
                                </p>
                            }
                        })
                        .collect_view()}
                </fieldset>
                {text_field("detail", t("health-field-detail-organ-donation"), false, 500)}
            }
            .into_any()
        }
        Kind::Directive => {
            let id = field_id("name");
            let hint = format!("{form}-hint");
            // Directives written in a document may have no words of their own.
            let required = item.is_none_or(|i| i.document_id.is_none());
            view! {
                <p>
                    <label for=id.clone()>{t("health-field-directive")}</label>
                    <span class="hint" id=hint.clone()>{t("health-field-directive-hint")}</span>
                    <textarea id=id name="name" rows="8" required=required maxlength=MAX_DIRECTIVE_CHARS.to_string()
                        aria-invalid=typed.invalid(form, "name")
                        aria-describedby=typed.described_by(form, "name", Some(&hint))>
                        {textarea_text(&value("name"))}
                    </textarea>
                </p>
            }
            .into_any()
        }
        _ => view! {
            {text_field("name", t(&format!("health-field-name-{k}")), true, 200)}
            {matches!(kind, Kind::Allergy | Kind::Medication | Kind::Disability)
                .then(|| text_field("detail", t(&format!("health-field-detail-{k}")), false, 500))}
            {(kind != Kind::FamilyHistory).then(|| date_field("since", t("health-field-since")))}
            {matches!(kind, Kind::Condition | Kind::Medication)
                .then(|| date_field("until", t(&format!("health-field-until-{k}"))))}
        }
        .into_any(),
    };
    let hide_id = field_id("hidden");
    view! {
        <form method="post" action=format!("{action}#{form}-error") class="declare-form">
            {typed.error_for(form)}
            <input type="hidden" name="kind" value=k/>
            {fields}
            <p class="check">
                <input id=hide_id.clone() type="checkbox" name="hidden" value="on" checked=hidden
                    aria-describedby=format!("{hide_id}-hint")/>
                " "
                <label for=hide_id.clone()>{t("health-field-hidden")}</label>
                <span class="hint" id=format!("{hide_id}-hint")>{t("health-field-hidden-hint")}</span>
            </p>
            <p><button type="submit" class="button primary">{t(if item.is_some() { "health-save-button" } else { "health-declare-button" })}</button></p>
        </form>
    }
}

/// One item of the patient's own profile (`/health/items/:id`): what it says, and the forms the
/// patient's side has for it — edit and remove what it declared, a note on any item.
#[component]
pub fn HealthItemPage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id")).unwrap_or_default();
    let typed = Typed::sent_back();
    let load = move |state: AppState, actor: carnet_core::policy::Actor| async move {
        let mut access = access::open_read(&state.db, &actor, Subject::OwnRecord, ReadAction::Profile).await?;
        let item = health_profile::item(&mut access, &id).await?;
        let record = record_view(&mut access).await?;
        // Only the patient keeps an item from their legal representatives, while they have some
        // (under 18), or shows again one they kept.
        let owner = matches!(access.viewer(), Viewer::Owner);
        let minor = match owner {
            true => {
                let birth = carnet_core::record::patients::profile(&mut access).await?.birth_date;
                carnet_core::policy::is_minor(birth, state.db.today())
            }
            false => false,
        };
        let renewals = renewals::of_record(&mut access).await?;
        let prescriptions = prescriptions::of_treatments(&mut access).await?;
        let reports = imaging::reports_of_studies(&mut access).await?;
        let documents = health_profile::documents_of_items(&mut access).await?;
        access.commit().await?;
        let account = actor.account_id().unwrap_or_default().to_string();
        let shields = owner && (minor || item.is_hidden_from_representatives());
        let renewals = renewals.into_iter().filter(|r| r.item_id == item.id).collect();
        let around = Around { renewals, prescriptions, reports, documents };
        Ok((item, Reading { record, patient_side: true, professional: false, account }, shields, around))
    };
    let render = move |(item, reading, shields, around): (Item, Reading, bool, Around), state: AppState| {
        let renewal = around.renewals.first().cloned();
        let zone = state.zone.clone();
        let kind = item.kind();
        let edit = (item.is_declared() && kind.is_some()).then(|| {
            let kind = kind.unwrap_or(Kind::Allergy);
            view! {
                <section aria-labelledby="edit-title">
                    <h2 id="edit-title">{t("health-edit-title")}</h2>
                    {declaration_form(kind, "edit", &format!("/health/items/{}/edit", item.id), &typed, Some(&item))}
                </section>
                <section aria-labelledby="remove-title">
                    <h2 id="remove-title">{t("health-remove-title")}</h2>
                    <p>{t("health-remove-intro")}</p>
                    <form method="post" action=format!("/health/items/{}/remove", item.id)>
                        <button type="submit" class="button">{t("health-remove-button")}</button>
                    </form>
                </section>
            }
        });
        let note = if typed.form == "note" {
            typed.get_long("note", "note", 501)
        } else {
            item.note.clone().unwrap_or_default()
        };
        let visibility = shields.then(|| representatives_form(&item));
        let saved = Notice::asked().and_then(|notice| match notice {
            Notice::ProfileVisibility => Some(notice_view(t("notice-profile-visibility"))),
            Notice::RenewalRequested => Some(notice_view(t("notice-renewal-requested"))),
            _ => None,
        });
        view! {
            <TextTitle text=t("health-item-title")/>
            <p class="breadcrumb"><a href="/health">{t("health-back")}</a></p>
            <h1>{t("health-item-title")}</h1>
            {saved}
            <ul class="health-items">
                {item_view(&item, &zone, &Reading { patient_side: false, ..reading.clone() }, &around)}
            </ul>
            {renewal_form(&item, renewal.as_ref(), &typed)}
            {edit}
            <section aria-labelledby="note-title">
                <h2 id="note-title">{t("health-note-title")}</h2>
                <p>{t("health-note-intro")}</p>
                <form method="post" action=format!("/health/items/{}/note#note-error", item.id)>
                    {typed.error_for("note")}
                    <p>
                        <label for="note-text">{t("health-field-note")}</label>
                        <input id="note-text" type="text" name="note" maxlength="500" value=note
                            aria-invalid=typed.invalid("note", "note") aria-describedby=typed.described_by("note", "note", None)/>
                    </p>
                    <p><button type="submit" class="button primary">{t("health-note-button")}</button></p>
                </form>
            </section>
            {visibility}
        }
    };
    record_page(load, render)
}

/// Whether the patient's side may ask for this item to be renewed: a treatment its prescriber
/// sent, still taken, with no request waiting.
fn renewable(item: &Item, renewal: Option<&Renewal>) -> bool {
    item.kind() == Some(Kind::Medication)
        && !item.is_declared()
        && item.is_current()
        && renewal.is_none_or(|r| r.status != RenewalStatus::Pending)
}

/// Where the latest renewal request of a treatment stands ("asked on …, waiting"), and, on the
/// summary, the way to ask for one.
fn renewal_view(item: &Item, renewal: Option<&Renewal>, zone: &jiff::tz::TimeZone, reading: &Reading) -> impl IntoView {
    let status = renewal.map(|r| {
        let (id, at) = match r.status {
            RenewalStatus::Pending => ("renewal-pending", r.requested_at),
            RenewalStatus::Accepted => ("renewal-accepted", r.answered_at.unwrap_or(r.requested_at)),
            RenewalStatus::Declined => ("renewal-declined", r.answered_at.unwrap_or(r.requested_at)),
        };
        let text = t_args(id, &[("prescriber", r.prescriber.clone().into()), ("date", date(at, zone).into())]);
        let class = if r.status == RenewalStatus::Declined { "notice warning" } else { "meta" };
        view! {
            <p class=class>{text}</p>
            {r.answer.clone().map(|note| view! { <p class="note"><bdi>{t_args("renewal-answer-note", &[("note", note.into())])}</bdi></p> })}
        }
    });
    let ask = (reading.patient_side && renewable(item, renewal)).then(|| {
        let name: String = item.display.chars().take(60).collect();
        view! {
            <p>
                <a href=format!("/health/items/{}#renewal-title", item.id)
                    aria-label=t_args("renewal-ask-link-for", &[("name", name.into())])>{t("renewal-ask-link")}</a>
            </p>
        }
    });
    (status, ask)
}

/// On a treatment's page, the form to ask its prescriber for a renewal (an optional message).
fn renewal_form(item: &Item, renewal: Option<&Renewal>, typed: &Typed) -> impl IntoView {
    if !renewable(item, renewal) {
        // Asked again while one waits (from an older page): the reason, where the form was.
        return typed.error_for("renewal").into_any();
    }
    Some({
        let prescriber = item.author.clone().unwrap_or_default();
        view! {
            <section aria-labelledby="renewal-title">
                <h2 id="renewal-title">{t("renewal-ask-title")}</h2>
                <p>{t_args("renewal-ask-intro", &[("prescriber", prescriber.into())])}</p>
                <form method="post" action=format!("/health/items/{}/renewal#renewal-error", item.id)>
                    {typed.error_for("renewal")}
                    <p>
                        <label for="renewal-message">{t("renewal-field-message")}</label>
                        <input id="renewal-message" type="text" name="message" maxlength="500"
                            value=typed.get("renewal", "message") aria-invalid=typed.invalid("renewal", "message")
                            aria-describedby=typed.described_by("renewal", "message", None)/>
                    </p>
                    <p><button type="submit" class="button primary">{t("renewal-ask-button")}</button></p>
                </form>
            </section>
        }
    })
    .into_any()
}

/// A minor keeps an item from their legal representatives (parents, guardian), or shows it
/// again (a plain form).
fn representatives_form(item: &Item) -> impl IntoView {
    view! {
        <section aria-labelledby="representatives-title">
            <h2 id="representatives-title">{t("health-representatives-title")}</h2>
            <form method="post" action=format!("/health/items/{}/representatives", item.id)>
                <p class="check">
                    <input id="hide-representatives" type="checkbox" name="hide" value="on"
                        checked=item.is_hidden_from_representatives() aria-describedby="hide-representatives-hint"/>
                    " "
                    <label for="hide-representatives">{t("health-field-hidden-representatives")}</label>
                    <span class="hint" id="hide-representatives-hint">{t("health-field-hidden-representatives-hint")}</span>
                </p>
                <p><button type="submit" class="button">{t("visibility-save")}</button></p>
            </form>
        </section>
    }
}
