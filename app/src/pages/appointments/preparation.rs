//! Visits prepared before the day, on the patient's side: choosing what the visit is for when
//! booking ([`kind_choice`], [`kind_facts`]), "Before your visit" on the appointment's page
//! ([`before_visit`]: the instructions, the documents to bring, the form's state), the
//! pre-visit form (`/appointments/:id/form`, prefilled from the health summary where it asks for
//! allergies or treatments) and its signature with a passkey (`/appointments/:id/form/sign`).
//! Every button is a plain form or a link, but the signature, which is a passkey's.

use carnet_core::appointments::visit_forms::{self, check_answer, field_name, shown_value, Answer, Preparation};
use carnet_core::appointments::visit_kinds::{ItemType, Question, VisitKind};
use carnet_core::clock::now_ms;
use carnet_core::Problem;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::super::forms::{textarea_text, Typed};
use super::super::{ceremony_texts, record_page, redirect_to, AppState, NeedsJavaScript, PageTitle};
use super::{visit_words, when};
use crate::i18n::{datetime, locale, t, t_args};
use crate::islands::PasskeySignIn;

/// The form's name in the sent-back machinery.
const FORM: &str = "visit-form";

/// The kinds a professional offers, to choose from before the free times are shown: a plain
/// form that asks the slots page again with `kind` (or `other`, for a visit of no listed kind).
pub(super) fn kind_choice(professional_id: &str, kinds: &[VisitKind]) -> impl IntoView {
    let lang = locale().tag();
    view! {
        <section aria-labelledby="kind-choice-title">
            <form method="get" action=format!("/book/{professional_id}")>
                <fieldset>
                    <legend id="kind-choice-title">{t("book-kind-legend")}</legend>
                    {kinds.iter().map(|kind| {
                        let id = format!("kind-{}", kind.id);
                        let hint = format!("{id}-hint");
                        view! {
                            <p class="choice">
                                <input type="radio" name="kind" id=id.clone() value=kind.id.clone() required aria-describedby=hint.clone()/>
                                <span>
                                    <label for=id>{kind.name(lang)}</label>
                                    <span class="hint" id=hint>
                                        {visit_words(kind.visit.as_str())}
                                        {kind.has_form().then(|| format!(" · {}", t("book-kind-has-form")))}
                                    </span>
                                </span>
                            </p>
                        }
                    }).collect_view()}
                    <p class="choice">
                        <input type="radio" name="kind" id="kind-other" value="other" required/>
                        " " <label for="kind-other">{t("book-kind-other")}</label>
                    </p>
                </fieldset>
                <p><button type="submit" class="button primary">{t("book-kind-show")}</button></p>
            </form>
        </section>
    }
}

/// What the chosen kind asks before the visit: its instructions, the documents to bring, and
/// whether a form (to sign) waits — shown before the booking is confirmed.
pub(super) fn kind_facts(kind: &VisitKind) -> impl IntoView {
    let words = kind.words(locale().tag()).cloned();
    view! {
        <dt>{t("visit-kind-label")}</dt>
        <dd>{words.as_ref().map(|w| w.name.clone()).unwrap_or_default()}</dd>
        {words.as_ref().filter(|w| !w.instructions.is_empty()).map(|w| view! {
            <dt>{t("visit-instructions-label")}</dt>
            <dd class="pre-line" dir="auto">{w.instructions.clone()}</dd>
        })}
        {words.as_ref().filter(|w| !w.bring.is_empty()).map(|w| view! {
            <dt>{t("visit-bring-label")}</dt>
            <dd class="pre-line" dir="auto">{w.bring.clone()}</dd>
        })}
        {kind.has_form().then(|| view! {
            <dt>{t("visit-form-label")}</dt>
            <dd>{t(if kind.needs_signature { "visit-form-to-sign-after-booking" } else { "visit-form-after-booking" })}</dd>
        })}
    }
}

/// "Before your visit" on the appointment's page, when it has a kind.
pub(super) fn before_visit(p: &Preparation, now: i64) -> Option<AnyView> {
    let kind = p.kind.as_ref()?;
    let a = &p.appointment;
    let upcoming = a.is_live() && !a.is_past(now);
    let zone = a.time_zone();
    let form_state = kind.has_form().then(|| {
        let form_link = format!("/appointments/{}/form", a.id);
        let open = p.form_open(now);
        // Who may not see the answers (a caregiver without the health profile) is told so, and
        // offered nothing to fill in.
        let answer_link = |words: &'static str, class: &'static str| {
            (open && p.reads_answers).then(|| view! { <p><a class=class href=form_link.clone()>{t(words)}</a></p> })
        };
        let not_shown = (!p.reads_answers).then(|| view! { <p class="hint">{t("visit-form-answers-not-shown")}</p> });
        match &p.form {
            Some(form) if form.is_signed() => view! {
                <p>{t_args("visit-form-signed-on", &[
                    ("signer", form.signed_by_name.clone().unwrap_or_default().into()),
                    ("when", datetime(form.signed_at.unwrap_or_default(), &zone).into()),
                ])}</p>
                {form.document_id.clone().filter(|_| p.reads_answers).map(|id| view! {
                    <p><a href=format!("/documents/{id}")>{t("visit-form-signed-document")}</a></p>
                })}
            }
            .into_any(),
            Some(_) if p.outdated() => view! {
                <p class="notice warning">{t("visit-form-outdated")}</p>
                {answer_link("visit-form-fill", "button primary")}
            }
            .into_any(),
            Some(_) if p.awaits_signature(now) && p.signs => view! {
                <p class="notice warning">{t("visit-form-awaits-signature")}</p>
                <div class="actions">
                    <a class="button primary" href=format!("{form_link}/sign")>{t("visit-form-sign-link")}</a>
                    {p.reads_answers.then(|| view! { <a class="button" href=form_link.clone()>{t("visit-form-change")}</a> })}
                </div>
            }
            .into_any(),
            Some(form) => view! {
                <p>{t_args("visit-form-sent-on", &[("when", datetime(form.answered_at, &zone).into())])}</p>
                {p.awaits_signature(now).then(|| view! { <p class="hint">{t("visit-form-signed-by-patient")}</p> })}
                {not_shown}
                {answer_link("visit-form-change", "button")}
            }
            .into_any(),
            None if open => view! {
                <p>{t_args("visit-form-to-fill", &[("count", (kind.questions.len() as i64).into())])}</p>
                {not_shown}
                {answer_link("visit-form-fill", "button primary")}
            }
            .into_any(),
            None => view! { <p>{t("visit-form-not-filled")}</p> }.into_any(),
        }
    });
    let words = kind.words(locale().tag()).cloned();
    Some(
        view! {
            <section aria-labelledby="before-visit-title" class="before-visit">
                <h2 id="before-visit-title">{t(if upcoming { "visit-before-title" } else { "visit-kind-label" })}</h2>
                <p><strong>{words.as_ref().map(|w| w.name.clone()).unwrap_or_default()}</strong></p>
                {words.as_ref().filter(|w| !w.instructions.is_empty()).map(|w| view! {
                    <h3>{t("visit-instructions-label")}</h3>
                    <p class="pre-line" dir="auto">{w.instructions.clone()}</p>
                })}
                {words.as_ref().filter(|w| !w.bring.is_empty()).map(|w| view! {
                    <h3>{t("visit-bring-label")}</h3>
                    <p class="pre-line" dir="auto">{w.bring.clone()}</p>
                })}
                {form_state.map(|state| view! { <h3>{t("visit-form-label")}</h3> {state} })}
            </section>
        }
        .into_any(),
    )
}

/// An answer given before, as the form's field holds it.
fn raw_of(answer: &Answer) -> String {
    match (answer.item_type, answer.value.as_deref()) {
        (_, None) => String::new(),
        (ItemType::Boolean, Some("true")) => "yes".into(),
        (ItemType::Boolean, Some(_)) => "no".into(),
        (ItemType::Choice, Some(_)) => answer.code.clone().unwrap_or_default(),
        (_, Some(value)) => value.to_string(),
    }
}

/// The pre-visit form (`/appointments/:id/form`).
#[component]
pub fn VisitFormPage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let typed = Typed::sent_back();
    let load =
        move |state: AppState, actor| async move { visit_forms::preparation(&state.db, &actor, &id, true).await };
    let render = move |p: Preparation, _state: AppState| {
        let a = &p.appointment;
        let now = now_ms();
        let (Some(kind), true) = (p.kind.as_ref(), p.form_open(now) && p.reads_answers) else {
            redirect_to(&format!("/appointments/{}", a.id));
            return ().into_any();
        };
        let lang = locale().tag();
        let sent_back = typed.problem(FORM).is_some();
        let value_of = |q: &Question| {
            if sent_back {
                return typed.get_long(FORM, &field_name(&q.id), visit_forms::TEXT_ANSWER_MAX_CHARS);
            }
            if let Some(answer) = p.form.as_ref().and_then(|f| f.answers.iter().find(|x| x.link_id == q.id)) {
                return raw_of(answer);
            }
            p.prefilled.get(&q.id).cloned().unwrap_or_default()
        };
        let questions = kind
            .questions
            .iter()
            .map(|q| {
                let raw = value_of(q);
                let problem = if sent_back { check_answer(q, lang, &raw).err() } else { None };
                let prefilled = !sent_back && p.form.is_none() && p.prefilled.contains_key(&q.id);
                question_view(q, lang, raw, problem, prefilled)
            })
            .collect_view();
        let button = if kind.needs_signature { "visit-form-continue" } else { "visit-form-send" };
        view! {
            <PageTitle id="visit-form-title"/>
            <h1>{t("visit-form-title")}</h1>
            <p class="lead"><bdi>{kind.name(lang)}</bdi> " · " <bdi>{a.professional_name.clone()}</bdi> " · " {when(a.starts_at, &a.zone)}</p>
            <p>{t(if kind.needs_signature { "visit-form-intro-signed" } else { "visit-form-intro" })}</p>
            {typed.error_for(FORM)}
            <form method="post" action=format!("/appointments/{}/form", a.id) novalidate>
                {questions}
                <p><button type="submit" class="button primary">{t(button)}</button></p>
            </form>
            <p><a href=format!("/appointments/{}", a.id)>{t("visit-form-back")}</a></p>
        }
        .into_any()
    };
    record_page(load, render)
}

/// One question: its label (with "required"), its field by type, its hint and its error.
fn question_view(q: &Question, lang: &str, raw: String, problem: Option<Problem>, prefilled: bool) -> impl IntoView {
    let name = field_name(&q.id);
    let words = q.words(lang).cloned();
    let label = words.as_ref().map(|w| w.label.clone()).unwrap_or_default();
    let label = if q.required { t_args("visit-question-required", &[("label", label.into())]) } else { label };
    let error_id = format!("{name}-error");
    let hint_id = format!("{name}-hint");
    let hint = match (prefilled, q.item_type) {
        (true, _) => Some(t("visit-answer-prefilled")),
        (_, ItemType::Date) => Some(t("visit-answer-date-hint")),
        (_, ItemType::Number) => Some(t("visit-answer-number-hint")),
        _ => None,
    };
    let described = [problem.map(|_| error_id.clone()), hint.as_ref().map(|_| hint_id.clone())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let described = (!described.is_empty()).then_some(described);
    let invalid = problem.map(|_| "true");
    let error = problem.map(|problem| {
        view! { <span class="field-error" id=error_id.clone()>{t(problem.message_id())}</span> }
    });
    let hint_view = hint.map(|hint| view! { <span class="hint" id=hint_id.clone()>{hint}</span> });
    match q.item_type {
        ItemType::Boolean | ItemType::Choice => {
            let options: Vec<(String, String)> = if q.item_type == ItemType::Boolean {
                vec![("yes".into(), t("visit-answer-yes")), ("no".into(), t("visit-answer-no"))]
            } else {
                words
                    .as_ref()
                    .map(|w| w.options.iter().enumerate().map(|(i, o)| ((i + 1).to_string(), o.clone())).collect())
                    .unwrap_or_default()
            };
            view! {
                <fieldset aria-invalid=invalid aria-describedby=described>
                    <legend>{label}</legend>
                    {error}
                    {options.into_iter().map(|(value, words)| {
                        let id = format!("{name}-{value}");
                        view! {
                            <p class="choice">
                                <input type="radio" name=name.clone() id=id.clone() value=value.clone() checked=raw == value/>
                                " " <label for=id>{words}</label>
                            </p>
                        }
                    }).collect_view()}
                </fieldset>
            }
            .into_any()
        }
        ItemType::Text => view! {
            <p>
                <label for=name.clone()>{label}</label>
                {error}
                <textarea id=name.clone() name=name.clone() rows="3" dir="auto" maxlength=visit_forms::TEXT_ANSWER_MAX_CHARS.to_string()
                    aria-invalid=invalid aria-describedby=described>{textarea_text(&raw)}</textarea>
                {hint_view}
            </p>
        }
        .into_any(),
        ItemType::Date => view! {
            <p>
                <label for=name.clone()>{label}</label>
                {error}
                <input type="date" id=name.clone() name=name.clone() value=raw aria-invalid=invalid aria-describedby=described/>
                {hint_view}
            </p>
        }
        .into_any(),
        ItemType::Number => view! {
            <p>
                <label for=name.clone()>{label}</label>
                {error}
                <input type="text" inputmode="decimal" id=name.clone() name=name.clone() value=raw maxlength="12" dir="ltr"
                    aria-invalid=invalid aria-describedby=described/>
                {hint_view}
            </p>
        }
        .into_any(),
    }
}

/// The answers as a list of questions and answers.
fn answers_view(answers: &[Answer]) -> impl IntoView {
    let locale = locale();
    view! {
        <dl class="facts answers">
            {answers.iter().map(|answer| view! {
                <dt dir="auto">{answer.label.clone()}</dt>
                <dd class="pre-line" dir="auto">{shown_value(locale, answer)}</dd>
            }).collect_view()}
        </dl>
    }
}

/// Signing the answers with a passkey (`/appointments/:id/form/sign`).
#[component]
pub fn SignFormPage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let load =
        move |state: AppState, actor| async move { visit_forms::preparation(&state.db, &actor, &id, false).await };
    let render = move |p: Preparation, _state: AppState| {
        let a = &p.appointment;
        let (Some(kind), Some(form), true) =
            (p.kind.as_ref(), p.form.as_ref(), p.awaits_signature(now_ms()) && p.signs)
        else {
            redirect_to(&format!("/appointments/{}", a.id));
            return ().into_any();
        };
        view! {
            <PageTitle id="visit-sign-title"/>
            <h1>{t("visit-sign-title")}</h1>
            <p class="lead"><bdi>{kind.name(locale().tag())}</bdi> " · " <bdi>{a.professional_name.clone()}</bdi> " · " {when(a.starts_at, &a.zone)}</p>
            <p>{t_args("visit-sign-intro", &[("patient", a.patient_name.clone().into())])}</p>
            {answers_view(&form.answers)}
            <p><a href=format!("/appointments/{}/form", a.id)>{t("visit-form-change")}</a></p>
            <section aria-labelledby="visit-sign-passkey-title">
                <h2 id="visit-sign-passkey-title">{t("visit-sign-passkey-title")}</h2>
                <p>{t("visit-sign-what")}</p>
                <NeedsJavaScript/>
                <PasskeySignIn
                    start_url=format!("/api/appointments/{}/sign/start", a.id)
                    finish_url=format!("/api/appointments/{}/sign/finish", a.id)
                    field_label=String::new()
                    field_hint=String::new()
                    texts=ceremony_texts("visit-sign-button", "visit-sign-working", "visit-sign-failed")
                />
            </section>
            <p><a href=format!("/appointments/{}", a.id)>{t("visit-form-back")}</a></p>
        }
        .into_any()
    };
    record_page(load, render)
}

/// The professional's view of the answers, with the appointment in their agenda.
pub(crate) fn answers_for_professional(
    form: Option<&visit_forms::VisitForm>,
    zone: &jiff::tz::TimeZone,
) -> impl IntoView {
    match form {
        None => view! { <p>{t("visit-form-not-filled")}</p> }.into_any(),
        Some(form) => view! {
            <p class="meta">
                {t_args("visit-form-answered-by", &[
                    ("name", form.answered_by_name.clone().into()),
                    ("when", datetime(form.answered_at, zone).into()),
                ])}
                {form.signed_at.map(|at| format!(" · {}", t_args("visit-form-signed-on", &[
                    ("signer", form.signed_by_name.clone().unwrap_or_default().into()),
                    ("when", datetime(at, zone).into()),
                ])))}
            </p>
            {answers_view(&form.answers)}
        }
        .into_any(),
    }
}
