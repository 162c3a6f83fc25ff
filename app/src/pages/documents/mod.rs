//! Documents: the record's reports, prescriptions, imaging and letters by type and date, and one
//! document's page (author, date, seal, open and download; a prescription's treatments). On the patient's side, a document
//! the patient hid says so in words, in the list and on its page.

pub mod actions;

use carnet_core::access;
use carnet_core::policy::{ReadAction, Subject};
use carnet_core::record::documents::{self, Document, Kind, Origin};
use carnet_core::record::prescriptions::{self, Treatment};
use carnet_core::record::Cursor;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{next_page_link, record_page, record_view, RecordBanner, RecordView, TextTitle, Whose};
use crate::context::AppState;
use crate::i18n::{date, number, t, t_args};
use crate::notice::{notice_view, Notice};

#[component]
pub fn DocumentsPage() -> impl IntoView {
    let query = use_query_map();
    let uploaded = Notice::asked() == Some(Notice::Uploaded);
    let (kind, before) = query.with_untracked(|q| {
        (q.get("kind").and_then(|k| Kind::from_stored(&k)), q.get("before").and_then(|b| Cursor::parse(&b)))
    });
    let whose = Whose::from_route();
    let load = move |state: AppState, actor| {
        let (before, whose) = (before.clone(), whose.clone());
        async move {
            let mut access = access::open_read(&state.db, &actor, whose.subject(), ReadAction::Documents).await?;
            let page = documents::list(&mut access, &state.sealer, kind, before.as_ref()).await?;
            let record = record_view(&mut access).await?;
            access.commit().await?;
            Ok((page, record))
        }
    };
    let render = move |(page, record): (carnet_core::record::Page<Document>, RecordView), state: AppState| {
        let params = [("kind", kind.map(Kind::as_str).unwrap_or_default().to_string())];
        let list = record.path("/documents");
        view! {
            <TextTitle text=record.heading("documents-title", "nav-documents")/>
            <RecordBanner view=record.clone()/>
            <h1>{record.heading("documents-title", "nav-documents")}</h1>
            {uploaded.then(|| notice_view(t("notice-uploaded")))}
            {record.may_upload.then(|| view! { <p><a class="button" href="/upload">{t("upload-link")}</a></p> })}
            <nav class="filters" aria-label=t("documents-kinds-label")>
                <ul class="tabs">
                    <li>
                        <a href=list.clone() aria-current=kind.is_none().then_some("page")>{t("documents-all")}</a>
                    </li>
                    {Kind::ALL
                        .into_iter()
                        .map(|k| view! {
                            <li>
                                <a href=format!("{list}?kind={}", k.as_str()) aria-current=(kind == Some(k)).then_some("page")>
                                    {t(k.message_id())}
                                </a>
                            </li>
                        })
                        .collect_view()}
                </ul>
            </nav>
            {if page.items.is_empty() {
                view! { <p>{t("documents-empty")}</p> }.into_any()
            } else {
                view! {
                    <ul class="cards">
                        {page
                            .items
                            .iter()
                            .map(|d| if record.of.is_some() {
                                professional_document_card(d, &state.zone).into_any()
                            } else {
                                document_card(d, &state.zone).into_any()
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
            {next_page_link(&list, &params, page.next.map(|c| c.to_param()))}
        }
    };
    record_page(load, render)
}

/// A document in a list, on the patient's side (the patient, someone acting for them, the desk):
/// title (link), kind, author, date, its seal or origin, and whom the patient hid it from.
pub(super) fn document_card(d: &Document, zone: &jiff::tz::TimeZone) -> impl IntoView {
    card(d, zone, true)
}

/// A document in a list shown to a professional: the patient's choices of whom to hide it from
/// are theirs, not shown.
pub(super) fn professional_document_card(d: &Document, zone: &jiff::tz::TimeZone) -> impl IntoView {
    card(d, zone, false)
}

fn card(d: &Document, zone: &jiff::tz::TimeZone, marks: bool) -> impl IntoView {
    view! {
        <li class="card">
            <h3><a href=format!("/documents/{}", d.id)>{d.title.clone()}</a></h3>
            <p class="meta">
                {t(d.kind.message_id())} " · " {author(d)} " · " {date(d.issued_at, zone)}
            </p>
            <p>{seal_mark(d)}</p>
            {(marks && (d.hidden_from_professionals || d.hidden_from_representatives)).then(|| view! {
                <p class="meta">{hidden_marks(d)}</p>
            })}
            {d.replaced_by.is_some().then(|| view! { <p class="hint">{t("document-replaced")}</p> })}
        </li>
    }
}

/// "Hidden from professionals · Hidden from legal representatives": whom the patient hid a
/// document from, in words.
fn hidden_marks(d: &Document) -> String {
    let marks: Vec<String> = [
        (d.hidden_from_professionals, "document-hidden-from-professionals"),
        (d.hidden_from_representatives, "document-hidden-from-representatives"),
    ]
    .into_iter()
    .filter(|(hidden, _)| *hidden)
    .map(|(_, id)| t(id))
    .collect();
    marks.join(" · ")
}

fn author(d: &Document) -> String {
    match d.origin {
        // Whoever added it: the patient, or someone acting for them.
        Origin::Patient => t_args("document-added-by", &[("name", d.author_name.clone().into())]),
        Origin::Professional if d.author_name.is_empty() => t("document-author-unknown"),
        Origin::Professional => d.author_name.clone(),
    }
}

/// "Sealed, unchanged", or the reason it is not.
fn seal_mark(d: &Document) -> impl IntoView {
    match (d.origin, d.sealed) {
        (Origin::Patient, _) => view! { <span class="badge">{t("document-patient-provided")}</span> }.into_any(),
        (Origin::Professional, true) => view! { <span class="badge sealed">{t("document-sealed")}</span> }.into_any(),
        (Origin::Professional, false) => {
            view! { <span class="badge flag-out">{t("document-seal-broken")}</span> }.into_any()
        }
    }
}

#[component]
pub fn DocumentPage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let load = move |state: AppState, actor| {
        let id = id.clone();
        async move {
            let mut access = access::open_read(&state.db, &actor, Subject::Document(&id), ReadAction::Document).await?;
            // The bytes are read to check them against the seal, not sent with the page.
            let (document, _) = documents::content(&mut access, &state.sealer, &id).await?;
            // What a prescription contains, as its publisher linked it to the treatments.
            let treatments = prescriptions::treatments_of(&mut access, &id).await?;
            let record = record_view(&mut access).await?;
            access.commit().await?;
            Ok((document, treatments, record))
        }
    };
    let render = move |(d, treatments, record): (Document, Vec<Treatment>, RecordView), state: AppState| {
        let kilobytes = (d.size as f64 / 1024.0 * 10.0).round() / 10.0;
        view! {
            <leptos_meta::Title text=format!("{} — {}", d.title, t("site-name"))/>
            <RecordBanner view=record.clone()/>
            <p class="breadcrumb"><a href=record.path("/documents")>{record.text("documents-back", "documents-back-other")}</a></p>
            <h1>{d.title.clone()}</h1>
            {(Notice::asked() == Some(Notice::AlreadyAdded)).then(|| notice_view(t("notice-already-added")))}
            <dl class="facts">
                <dt>{t("document-kind")}</dt>
                <dd>{t(d.kind.message_id())}</dd>
                <dt>{t("document-author")}</dt>
                <dd>{author(&d)}</dd>
                <dt>{t("document-date")}</dt>
                <dd>{date(d.issued_at, &state.zone)}</dd>
                <dt>{t("document-file")}</dt>
                <dd>{d.file_name.clone()} " · " {t_args("document-size-kb", &[("size", number(kilobytes).into())])}</dd>
                <dt>{t("document-seal")}</dt>
                <dd>{seal_mark(&d)}</dd>
                {(record.of.is_none() && (d.hidden_from_professionals || d.hidden_from_representatives)).then(|| view! {
                    <dt>{t("document-visibility")}</dt>
                    <dd>{hidden_marks(&d)}</dd>
                })}
            </dl>
            {(d.origin == Origin::Professional && d.sealed).then(|| view! { <p class="hint">{t("document-sealed-explained")}</p> })}
            {(!treatments.is_empty()).then(|| treatments_view(&treatments, &record))}
            <p class="actions">
                <a class="button primary" href=format!("/documents/{}/file", d.id)>{t("document-open")}</a>
                " "
                <a class="button" href=format!("/documents/{}/download", d.id) download=d.file_name.clone()>
                    {t("document-download")}
                </a>
            </p>
            {d.replaces.clone().map(|old| view! {
                <p><a href=format!("/documents/{old}")>{t("document-replaces")}</a></p>
            })}
            {d.replaced_by.clone().map(|new| view! {
                <p class="notice warning"><a href=format!("/documents/{new}")>{t("document-replaced-by")}</a></p>
            })}
            {record.manages_sharing.then(|| visibility_form(&d))}
            <p><a href="/verify">{t("document-verify-hint")}</a></p>
        }
    };
    record_page(load, render)
}

/// The treatments a prescription contains, each leading to its line in the health summary.
fn treatments_view(treatments: &[Treatment], record: &RecordView) -> impl IntoView {
    let health = record.path("/health");
    view! {
        <section aria-labelledby="prescribed-title">
            <h2 id="prescribed-title">{t("document-treatments-title")}</h2>
            <ul class="prescribed-treatments">
                {treatments.iter().map(|treatment| view! {
                    <li>
                        <a href=format!("{health}#item-{}", treatment.item_id)><bdi>{treatment.display.clone()}</bdi></a>
                        {treatment.detail.clone().map(|d| view! { <br/><span class="meta"><bdi>{d}</bdi></span> })}
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

/// The patient chooses who the document is hidden from (a plain form).
fn visibility_form(d: &Document) -> impl IntoView {
    let saved = Notice::asked() == Some(Notice::Visibility);
    view! {
        <section aria-labelledby="visibility-title">
            <h2 id="visibility-title">{t("visibility-title")}</h2>
            {saved.then(|| notice_view(t("notice-visibility-saved")))}
            <form method="post" action=format!("/documents/{}/visibility", d.id)>
                <p>
                    <input id="hide-professionals" type="checkbox" name="professionals" value="on" checked=d.hidden_from_professionals/>
                    " "
                    <label for="hide-professionals">{t("visibility-professionals")}</label>
                </p>
                <p>
                    <input id="hide-representatives" type="checkbox" name="representatives" value="on" checked=d.hidden_from_representatives/>
                    " "
                    <label for="hide-representatives">{t("visibility-representatives")}</label>
                </p>
                <p class="hint">{t("visibility-hint")}</p>
                <p><button type="submit" class="button">{t("visibility-save")}</button></p>
            </form>
        </section>
    }
}
