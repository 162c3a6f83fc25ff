//! Kinds of visit, on the professional's side: the list and a form to add one
//! (`/agenda/visits`), and one kind (`/agenda/visits/:id?lang=xx`): its words in each language
//! Carnet speaks (name, instructions, documents to bring), whether its form must be signed, and
//! the form's questions — added, worded in each language, removed. Every button is a plain form.

use carnet_core::appointments::visit_kinds::{
    self, ItemType, Prefill, Question, VisitKind, BRING_MAX_CHARS, INSTRUCTIONS_MAX_CHARS, LABEL_MAX_CHARS,
    NAME_MAX_CHARS,
};
use carnet_core::i18n::Locale;
use carnet_core::policy::Actor;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::super::forms::{textarea_text, Typed};
use super::super::{record_page, AppState, PageTitle};
use super::visit_words;
use crate::i18n::{locale, t, t_args};
use crate::notice::{notice_view, Notice};

/// The language a page edits: the one asked (`?lang=`), else the page's own.
fn edited_language(asked: &str) -> Locale {
    Locale::from_tag(asked).unwrap_or_else(locale)
}

/// The languages a kind is written in, by their own names.
fn written_in(kind: &VisitKind) -> String {
    kind.texts
        .iter()
        .filter_map(|text| Locale::from_tag(&text.lang))
        .map(Locale::endonym)
        .collect::<Vec<_>>()
        .join(", ")
}

#[component]
pub fn VisitKindsPage() -> impl IntoView {
    let typed = Typed::sent_back();
    let notice = Notice::asked().and_then(|n| match n {
        Notice::VisitKindRetired => Some("notice-visit-kind-retired"),
        _ => None,
    });
    let load = |state: AppState, actor: Actor| async move { visit_kinds::mine(&state.db, &actor).await };
    let render = move |kinds: Vec<VisitKind>, _state: AppState| {
        let typed = typed.clone();
        let lang = locale();
        let chosen_lang = {
            let typed_lang = typed.get("kind", "lang");
            if typed_lang.is_empty() {
                lang.tag().to_string()
            } else {
                typed_lang
            }
        };
        let visit = typed.get("kind", "visit");
        view! {
            <PageTitle id="visit-kinds-title"/>
            <h1>{t("visit-kinds-title")}</h1>
            <p class="lead">{t("visit-kinds-intro")}</p>
            {notice.map(|id| notice_view(t(id)))}
            {if kinds.is_empty() {
                view! { <p>{t("visit-kinds-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="cards">
                        {kinds.iter().map(|kind| view! {
                            <li class="card">
                                <h2 class="h3"><a href=format!("/agenda/visits/{}", kind.id)>{kind.name(lang.tag())}</a></h2>
                                <p>{visit_words(kind.visit.as_str())}
                                    " · " {t_args("visit-kind-questions", &[("count", (kind.questions.len() as i64).into())])}
                                    {kind.needs_signature.then(|| format!(" · {}", t("visit-kind-signed")))}</p>
                                <p class="meta">{t_args("visit-kind-written-in", &[("languages", written_in(kind).into())])}</p>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <section aria-labelledby="visit-kind-add-title">
                <h2 id="visit-kind-add-title">{t("visit-kind-add-title")}</h2>
                {typed.error_for("kind")}
                <form method="post" action="/agenda/visits#kind-error">
                    <p><label for="kind-lang">{t("visit-kind-lang-label")}</label>
                        <select id="kind-lang" name="lang" aria-invalid=typed.invalid("kind", "lang")
                            aria-describedby=typed.described_by("kind", "lang", None)>
                            {Locale::ALL.iter().map(|l| view! {
                                <option value=l.tag() selected=chosen_lang == l.tag()>{l.endonym()}</option>
                            }).collect_view()}
                        </select></p>
                    {texts_fields(&typed, "kind", None)}
                    <fieldset>
                        <legend>{t("visit-kind-visit-legend")}</legend>
                        <p class="choice"><input id="kind-in-person" type="radio" name="visit" value="in-person" checked=visit != "video"/>
                            " " <label for="kind-in-person">{t("appointment-visit-in-person")}</label></p>
                        <p class="choice"><input id="kind-video" type="radio" name="visit" value="video" checked=visit == "video"/>
                            " " <label for="kind-video">{t("appointment-visit-video")}</label></p>
                    </fieldset>
                    {signature_field(typed.get("kind", "signature") == "on")}
                    <p><button type="submit" class="button primary">{t("visit-kind-add-button")}</button></p>
                </form>
            </section>
            <p><a href="/agenda">{t("agenda-back")}</a></p>
        }
    };
    record_page(load, render)
}

/// The name, instructions and documents to bring, as typed (sent back) or as they are.
fn texts_fields(typed: &Typed, form: &'static str, current: Option<(&str, &str, &str)>) -> impl IntoView {
    let value = |name: &str, max: usize, now: &str| {
        if typed.problem(form).is_some() {
            typed.get_long(form, name, max)
        } else {
            now.to_string()
        }
    };
    let (name, instructions, bring) = current.unwrap_or(("", "", ""));
    view! {
        <p><label for=format!("{form}-name")>{t("visit-kind-name-label")}</label>
            <input id=format!("{form}-name") name="name" required maxlength=NAME_MAX_CHARS.to_string() dir="auto"
                aria-invalid=typed.invalid(form, "name") aria-describedby=typed.described_by(form, "name", Some(&format!("{form}-name-hint")))
                value=value("name", NAME_MAX_CHARS, name)/>
            <span class="hint" id=format!("{form}-name-hint")>{t("visit-kind-name-hint")}</span></p>
        <p><label for=format!("{form}-instructions")>{t("visit-instructions-label")}</label>
            <textarea id=format!("{form}-instructions") name="instructions" rows="4" dir="auto" maxlength=INSTRUCTIONS_MAX_CHARS.to_string()
                aria-invalid=typed.invalid(form, "instructions") aria-describedby=typed.described_by(form, "instructions", Some(&format!("{form}-instructions-hint")))
            >{textarea_text(&value("instructions", INSTRUCTIONS_MAX_CHARS, instructions))}</textarea>
            <span class="hint" id=format!("{form}-instructions-hint")>{t("visit-kind-instructions-hint")}</span></p>
        <p><label for=format!("{form}-bring")>{t("visit-bring-label")}</label>
            <textarea id=format!("{form}-bring") name="bring" rows="3" dir="auto" maxlength=BRING_MAX_CHARS.to_string()
                aria-invalid=typed.invalid(form, "bring") aria-describedby=typed.described_by(form, "bring", Some(&format!("{form}-bring-hint")))
            >{textarea_text(&value("bring", BRING_MAX_CHARS, bring))}</textarea>
            <span class="hint" id=format!("{form}-bring-hint")>{t("visit-kind-bring-hint")}</span></p>
    }
}

fn signature_field(checked: bool) -> impl IntoView {
    view! {
        <p class="choice"><input id="kind-signature" type="checkbox" name="signature" checked=checked aria-describedby="kind-signature-hint"/>
            <span><label for="kind-signature">{t("visit-kind-signature-label")}</label>
            <span class="hint" id="kind-signature-hint">{t("visit-kind-signature-hint")}</span></span></p>
    }
}

#[component]
pub fn VisitKindPage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let asked = use_query_map().with_untracked(|q| q.get("lang").unwrap_or_default());
    let typed = Typed::sent_back();
    let notice = Notice::asked().and_then(|n| match n {
        Notice::VisitKindAdded => Some("notice-visit-kind-added"),
        Notice::VisitKindSaved => Some("notice-visit-kind-saved"),
        Notice::QuestionAdded => Some("notice-question-added"),
        Notice::QuestionSaved => Some("notice-question-saved"),
        Notice::QuestionRemoved => Some("notice-question-removed"),
        _ => None,
    });
    let load = move |state: AppState, actor: Actor| async move { visit_kinds::own(&state.db, &actor, &id).await };
    let render = move |kind: VisitKind, _state: AppState| {
        let typed = typed.clone();
        let typed_lang = typed.get("texts", "lang");
        let lang = edited_language(if typed_lang.is_empty() { &asked } else { &typed_lang });
        let here = kind.texts.iter().find(|text| text.lang == lang.tag());
        let base = format!("/agenda/visits/{}", kind.id);
        let with_lang = |path: &str| format!("{path}?lang={}", lang.tag());
        let signed = if typed.problem("texts").is_some() {
            typed.get("texts", "signature") == "on"
        } else {
            kind.needs_signature
        };
        view! {
            <PageTitle id="visit-kind-title"/>
            <h1 dir="auto">{kind.name(locale().tag())}</h1>
            <p class="lead">{visit_words(kind.visit.as_str())}</p>
            {notice.map(|id| notice_view(t(id)))}
            <nav aria-label=t("visit-kind-languages-label")>
                <ul class="tabs">
                    {Locale::ALL.iter().map(|l| {
                        let written = kind.texts.iter().any(|text| text.lang == l.tag());
                        view! {
                            <li><a href=format!("{base}?lang={}", l.tag()) lang=l.tag()
                                aria-current=(*l == lang).then_some("page")>
                                {l.endonym()}
                                {(!written).then(|| view! { " " <span class="meta">{t("visit-kind-not-written")}</span> })}
                            </a></li>
                        }
                    }).collect_view()}
                </ul>
            </nav>
            <section aria-labelledby="visit-kind-texts-title">
                <h2 id="visit-kind-texts-title">{t_args("visit-kind-texts-title", &[("language", lang.endonym().into())])}</h2>
                {typed.error_for("texts")}
                <form method="post" action=format!("{}#texts-error", with_lang(&base))>
                    <input type="hidden" name="lang" value=lang.tag()/>
                    {texts_fields(&typed, "texts", here.map(|h| (h.name.as_str(), h.instructions.as_str(), h.bring.as_str())))}
                    {signature_field(signed)}
                    <p><button type="submit" class="button primary">{t("visit-kind-save")}</button></p>
                </form>
            </section>
            <section aria-labelledby="visit-questions-title">
                <h2 id="visit-questions-title">{t("visit-questions-title")}</h2>
                <p>{t("visit-questions-intro")}</p>
                {typed.error_for("question")}
                {if kind.questions.is_empty() {
                    view! { <p>{t("visit-questions-none")}</p> }.into_any()
                } else {
                    view! {
                        <ol class="cards">
                            {kind.questions.iter().map(|q| question_card(&kind, q, lang, &typed)).collect_view()}
                        </ol>
                    }.into_any()
                }}
                <h3>{t("visit-question-add-title")}</h3>
                {typed.error_for("new-question")}
                <form method="post" action=format!("{}#new-question-error", with_lang(&format!("{base}/questions")))>
                    <input type="hidden" name="lang" value=lang.tag()/>
                    <p><label for="question-type">{t("visit-question-type-label")}</label>
                        <select id="question-type" name="item_type" aria-invalid=typed.invalid("new-question", "item_type")
                            aria-describedby=typed.described_by("new-question", "item_type", None)>
                            {ItemType::ALL.iter().map(|it| view! {
                                <option value=it.as_str() selected=typed.get("new-question", "item_type") == it.as_str()>{t(it.message_id())}</option>
                            }).collect_view()}
                        </select></p>
                    <p><label for="question-label">{t_args("visit-question-label-label", &[("language", lang.endonym().into())])}</label>
                        <input id="question-label" name="label" required maxlength=LABEL_MAX_CHARS.to_string() dir="auto"
                            aria-invalid=typed.invalid("new-question", "label") aria-describedby=typed.described_by("new-question", "label", None)
                            value=typed.get("new-question", "label")/></p>
                    <p><label for="question-options">{t("visit-question-options-label")}</label>
                        <textarea id="question-options" name="options" rows="3" dir="auto"
                            aria-invalid=typed.invalid("new-question", "options")
                            aria-describedby=typed.described_by("new-question", "options", Some("question-options-hint"))
                        >{textarea_text(&typed.get_long("new-question", "options", 1200))}</textarea>
                        <span class="hint" id="question-options-hint">{t("visit-question-options-hint")}</span></p>
                    <p><label for="question-prefill">{t("visit-question-prefill-label")}</label>
                        <select id="question-prefill" name="prefill" aria-invalid=typed.invalid("new-question", "prefill")
                            aria-describedby=typed.described_by("new-question", "prefill", Some("question-prefill-hint"))>
                            <option value="">{t("visit-prefill-none")}</option>
                            {Prefill::ALL.iter().map(|p| view! {
                                <option value=p.as_str() selected=typed.get("new-question", "prefill") == p.as_str()>{t(p.message_id())}</option>
                            }).collect_view()}
                        </select>
                        <span class="hint" id="question-prefill-hint">{t("visit-question-prefill-hint")}</span></p>
                    <p class="choice"><input id="question-required" type="checkbox" name="required" checked=typed.get("new-question", "required") == "on"/>
                        " " <label for="question-required">{t("visit-question-required-label")}</label></p>
                    <p><button type="submit" class="button primary">{t("visit-question-add-button")}</button></p>
                </form>
            </section>
            <section aria-labelledby="visit-kind-retire-title">
                <h2 id="visit-kind-retire-title">{t("visit-kind-retire-title")}</h2>
                <p>{t("visit-kind-retire-intro")}</p>
                <form method="post" action=format!("{base}/retire")>
                    <button type="submit" class="button danger">{t("visit-kind-retire-button")}</button>
                </form>
            </section>
            <p><a href="/agenda/visits">{t("visit-kinds-back")}</a></p>
        }
    };
    record_page(load, render)
}

/// One question: what it asks in the edited language (or that it is not written in it yet),
/// its type and options, a form to word it in this language, and its removal.
fn question_card(kind: &VisitKind, q: &Question, lang: Locale, typed: &Typed) -> impl IntoView {
    let here = q.texts.iter().find(|text| text.lang == lang.tag());
    let shown = q.words(lang.tag());
    let form_id = format!("word-{}", q.id);
    let sent_back = typed.problem("question").is_some() && typed.get("question", "question") == q.id;
    let label_value =
        if sent_back { typed.get("question", "label") } else { here.map(|h| h.label.clone()).unwrap_or_default() };
    let options_value = if sent_back {
        typed.get_long("question", "options", 1200)
    } else {
        here.map(|h| h.options.join("\n")).unwrap_or_default()
    };
    let mut facts = vec![t(q.item_type.message_id())];
    if q.required {
        facts.push(t("visit-question-is-required"));
    }
    if let Some(prefill) = q.prefill {
        facts.push(t_args("visit-question-prefilled-from", &[("what", t(prefill.message_id()).into())]));
    }
    let base = format!("/agenda/visits/{}/questions/{}", kind.id, q.id);
    view! {
        <li class="card">
            <h3 class="h4" dir="auto">{shown.map(|s| s.label.clone()).unwrap_or_default()}</h3>
            <p class="meta">{facts.join(" · ")}</p>
            {(q.item_type == ItemType::Choice).then(|| view! {
                <p dir="auto">{shown.map(|s| s.options.join(" · ")).unwrap_or_default()}</p>
            })}
            {here.is_none().then(|| view! { <p class="notice warning">{t("visit-question-not-written")}</p> })}
            <details open=sent_back>
                <summary>{t_args("visit-question-word", &[("language", lang.endonym().into())])}</summary>
                <form method="post" action=format!("{base}?lang={}#question-error", lang.tag())>
                    <input type="hidden" name="lang" value=lang.tag()/>
                    <input type="hidden" name="question" value=q.id.clone()/>
                    <p><label for=format!("{form_id}-label")>{t_args("visit-question-label-label", &[("language", lang.endonym().into())])}</label>
                        <input id=format!("{form_id}-label") name="label" required maxlength=LABEL_MAX_CHARS.to_string() dir="auto"
                            aria-invalid=sent_back.then(|| typed.invalid("question", "label")).flatten()
                            aria-describedby=sent_back.then(|| typed.described_by("question", "label", None)).flatten()
                            value=label_value/></p>
                    {(q.item_type == ItemType::Choice).then(|| view! {
                        <p><label for=format!("{form_id}-options")>{t("visit-question-options-label")}</label>
                            <textarea id=format!("{form_id}-options") name="options" rows="3" dir="auto"
                                aria-describedby=format!("{form_id}-options-hint")>{textarea_text(&options_value)}</textarea>
                            <span class="hint" id=format!("{form_id}-options-hint")>{t("visit-question-options-same")}</span></p>
                    })}
                    <p><button type="submit" class="button">{t("visit-question-save")}</button></p>
                </form>
            </details>
            <form method="post" action=format!("{base}/remove?lang={}", lang.tag()) class="inline">
                <button type="submit" class="button danger"
                    aria-label=t_args("visit-question-remove-label", &[("question", shown.map(|s| s.label.clone()).unwrap_or_default().into())])>
                    {t("visit-question-remove")}
                </button>
            </form>
        </li>
    }
}
