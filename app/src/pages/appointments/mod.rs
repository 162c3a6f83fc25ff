//! Appointments, on the patient's side (and for whoever acts for them): "My appointments"
//! (`/appointments`), one appointment (`/appointments/:id`: when, where — the place and its
//! telephone, or the way to join a video consultation —, the `.ics`, move, cancel, book again),
//! the confirmation before cancelling (`/appointments/:id/cancel`, with an optional reason),
//! finding a professional (`/book`), their free slots by day (`/book/:pid`), and the
//! confirmation of one slot (`/book/:pid/:slot`, which also confirms a move). Every button is a
//! plain form or a link; times are shown in the place's time zone. What the visit is for, its
//! instructions and its pre-visit form are [`preparation`]'s.

pub mod actions;
pub mod preparation;

use carnet_core::appointments::booking::{self, Mine};
use carnet_core::appointments::search::{self, Agenda, Found, FreeSlot, Query};
use carnet_core::appointments::visit_forms::{self, Preparation};
use carnet_core::appointments::visit_kinds::{self, VisitKind};
use carnet_core::appointments::waiting::Waiting;
use carnet_core::appointments::{Appointment, REASON_MAX_CHARS, SPOKEN};
use carnet_core::clock::now_ms;
use carnet_core::i18n::Zone;
use carnet_core::sharing::directory::{specialty_message, SPECIALTIES};
use carnet_core::Problem;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::confirm::{confirmation_view, Confirmation};
use super::forms::{textarea_text, Typed};
use super::{record_page, PageTitle};
use crate::context::request_context;
use crate::i18n::{capitalized, locale, t, t_args};
use crate::notice::{notice_view, Notice};

fn zone_of(name: &str) -> Zone {
    Zone::get(name).unwrap_or(Zone::UTC)
}

/// "lundi 24/11/2026 à 09:00" in the place's zone.
pub(super) fn when(starts_at: i64, zone: &str) -> String {
    locale().appointment_when(starts_at, &zone_of(zone))
}

/// Where, in one line: "Au cabinet · Cabinet Benali, 12 rue …, 69002 Lyon", or "Video
/// consultation".
pub(super) fn place_words(a: &Appointment) -> String {
    if a.is_video() {
        t("appointment-where-video")
    } else {
        format!("{} · {}", visit_words(&a.visit), a.location())
    }
}

pub(super) fn visit_words(visit: &str) -> String {
    t(if visit == "video" { "appointment-visit-video" } else { "appointment-visit-in-person" })
}

#[component]
pub fn AppointmentsPage() -> impl IntoView {
    let notice = Notice::asked().filter(|n| *n == Notice::LeftWaiting);
    let load = |state: super::AppState, actor| async move { booking::mine(&state.db, &actor).await };
    let render = move |mine: Mine, _state: super::AppState| {
        let now = now_ms();
        let (upcoming, past): (Vec<&Appointment>, Vec<&Appointment>) =
            mine.appointments.iter().partition(|a| a.is_live() && !a.is_past(now));
        view! {
            <PageTitle id="appointments-title"/>
            <h1>{t("appointments-title")}</h1>
            {notice.map(|_| notice_view(t("notice-appointment-left-waiting")))}
            <p><a class="button primary" href="/book">{t("appointments-book")}</a></p>
            <section aria-labelledby="appointments-upcoming-title">
                <h2 id="appointments-upcoming-title">{t("appointments-upcoming-title")}</h2>
                {if upcoming.is_empty() {
                    view! { <p>{t("appointments-none")}</p> }.into_any()
                } else {
                    view! { <ul class="cards">{upcoming.iter().map(|a| appointment_card(a)).collect_view()}</ul> }.into_any()
                }}
            </section>
            {(!mine.waiting.is_empty()).then(|| view! {
                <section aria-labelledby="appointments-waiting-title">
                    <h2 id="appointments-waiting-title">{t("appointments-waiting-title")}</h2>
                    <ul class="cards">{mine.waiting.iter().map(waiting_card).collect_view()}</ul>
                </section>
            })}
            {(!past.is_empty()).then(|| view! {
                <section aria-labelledby="appointments-past-title">
                    <h2 id="appointments-past-title">{t("appointments-past-title")}</h2>
                    <ul class="cards">{past.iter().map(|a| appointment_card(a)).collect_view()}</ul>
                </section>
            })}
        }
    };
    record_page(load, render)
}

fn appointment_card(a: &Appointment) -> impl IntoView {
    let status = (!a.is_live()).then(|| {
        let id = if a.cancelled_as.as_deref() == Some("professional") {
            "appointment-status-cancelled-by-professional"
        } else {
            "appointment-status-cancelled"
        };
        view! { <span class="badge">{t(id)}</span> " " }
    });
    view! {
        <li class="card">
            <h3><a href=format!("/appointments/{}", a.id)>{when(a.starts_at, &a.zone)}</a></h3>
            <p>{status}{a.professional_name.clone()} " · " {t(&specialty_message(&a.specialty))}</p>
            <p class="meta">{place_words(a)}</p>
        </li>
    }
}

fn waiting_card(w: &Waiting) -> impl IntoView {
    view! {
        <li class="card">
            <h3>{w.professional_name.clone()}</h3>
            <div class="actions">
                <a class="button" href=format!("/book/{}", w.professional_id)>{t("appointments-see-slots")}</a>
                <form method="post" action=format!("/waiting/{}/leave", w.professional_id) class="inline">
                    <button type="submit" class="button danger"
                        aria-label=t_args("appointments-leave-waiting-label", &[("professional", w.professional_name.clone().into())])>
                        {t("appointments-leave-waiting")}
                    </button>
                </form>
            </div>
        </li>
    }
}

#[component]
pub fn AppointmentPage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let notice = Notice::asked().filter(|n| {
        matches!(
            n,
            Notice::Booked | Notice::Moved | Notice::Cancelled | Notice::VisitFormSent | Notice::VisitFormSigned
        )
    });
    let typed = Typed::sent_back();
    // Someone acting for the patient is told the confirmation reaches them too.
    let acting = request_context().acting.is_some();
    let load = move |state: super::AppState, actor| async move {
        visit_forms::preparation(&state.db, &actor, &id, false).await
    };
    let render = move |p: Preparation, _state: super::AppState| {
        let a = p.appointment.clone();
        let now = now_ms();
        let changeable = a.patient_may_change(now);
        let minutes = (a.ends_at - a.starts_at) / 60_000;
        let notice = notice.map(|n| {
            let patient = || ("patient", a.patient_name.clone().into());
            notice_view(match (acting, n) {
                (true, Notice::Booked) if a.patient_account_id.is_some() => {
                    t_args("notice-appointment-booked-for-both", &[patient()])
                }
                (true, Notice::Booked) => t_args("notice-appointment-booked-for", &[patient()]),
                (true, Notice::Moved) => t_args("notice-appointment-moved-for", &[patient()]),
                (_, Notice::VisitFormSent) => t("notice-visit-form-sent"),
                (_, Notice::VisitFormSigned) => t("notice-visit-form-signed"),
                (true, _) => t_args("notice-appointment-cancelled-for", &[patient()]),
                (false, Notice::Booked) => t("notice-appointment-booked"),
                (false, Notice::Moved) => t("notice-appointment-moved"),
                (false, _) => t("notice-appointment-cancelled"),
            })
        });
        let book_again = (!a.is_live() || a.is_past(now)).then(|| {
            view! {
                <a class="button primary" href=format!("/book/{}", a.professional_id)>
                    {t_args("appointment-book-again", &[("professional", a.professional_name.clone().into())])}
                </a>
            }
        });
        view! {
            <PageTitle id="appointment-title"/>
            <h1>{t("appointment-title")}</h1>
            {notice}
            {typed.error_for("appointment")}
            <dl class="facts">
                <dt>{t("appointment-when-label")}</dt>
                <dd>{when(a.starts_at, &a.zone)} " " {t_args("appointment-minutes", &[("minutes", minutes.into())])}</dd>
                <dt>{t("appointment-with-label")}</dt>
                <dd>{a.professional_name.clone()} " · " {t(&specialty_message(&a.specialty))}</dd>
                {where_facts(&a)}
                <dt>{t("appointment-for-label")}</dt>
                <dd>{a.patient_name.clone()}</dd>
                {a.reason.clone().map(|reason| view! {
                    <dt>{t("appointment-reason-label")}</dt>
                    <dd class="pre-line">{reason}</dd>
                })}
                <dt>{t("appointment-status-label")}</dt>
                <dd>{status_words(&a, now)}</dd>
                {a.cancel_reason.clone().map(|reason| view! {
                    <dt>{t("appointment-cancel-reason-shown")}</dt>
                    <dd class="pre-line">{reason}</dd>
                })}
            </dl>
            {join_view(&a, now)}
            {preparation::before_visit(&p, now)}
            <div class="actions">
                {book_again}
                {a.is_live().then(|| view! {
                    <a class="button" href=format!("/appointments/{}/calendar.ics", a.id) download="rendez-vous.ics">
                        {t("appointment-add-to-calendar")}
                    </a>
                })}
                {changeable.then(|| view! {
                    <a class="button" href=move_link(&a)>{t("appointment-move")}</a>
                    <a class="button danger" href=format!("/appointments/{}/cancel", a.id)>{t("appointment-cancel")}</a>
                })}
            </div>
            {(a.is_live() && !a.is_past(now) && !changeable).then(|| view! {
                <p class="hint">{t_args("appointment-cutoff-passed", &[("hours", a.cancel_cutoff_hours.into())])}</p>
            })}
            {(a.is_live() && changeable && a.cancel_cutoff_hours > 0).then(|| view! {
                <p class="hint">{t_args("appointment-cutoff-hint", &[("hours", a.cancel_cutoff_hours.into())])}</p>
            })}
            <p><a href="/appointments">{t("appointment-back")}</a></p>
        }
    };
    record_page(load, render)
}

/// The slots page for moving `a`: only times held the way its kind of visit is.
fn move_link(a: &Appointment) -> String {
    match &a.visit_kind_id {
        Some(kind) => format!("/book/{}?move={}&kind={kind}", a.professional_id, a.id),
        None => format!("/book/{}?move={}", a.professional_id, a.id),
    }
}

/// "Where" and the practice's telephone, as rows of a `<dl class="facts">`: a video consultation
/// is only that (the practice's street is not where it happens).
pub(super) fn where_facts(a: &Appointment) -> impl IntoView {
    view! {
        <dt>{t("appointment-where-label")}</dt>
        <dd>{place_words(a)}</dd>
        {(!a.place_phone.is_empty()).then(|| view! {
            <dt>{t("appointment-phone-label")}</dt>
            <dd>{phone_link(&a.place_phone)}</dd>
        })}
    }
}

/// A telephone number that dials when tapped, kept left to right in Arabic.
pub(super) fn phone_link(phone: &str) -> impl IntoView {
    let dial: String = phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    view! { <a href=format!("tel:{dial}")><span dir="ltr">{phone.to_string()}</span></a> }
}

/// For a video consultation: the link to join while it is open (from a few minutes before the
/// start until the end), and otherwise when it will open, that it is over, or that the
/// professional has given none.
fn join_view(a: &Appointment, now: i64) -> Option<AnyView> {
    if !a.is_video() || !a.is_live() {
        return None;
    }
    let professional = || ("professional", a.professional_name.clone().into());
    let (opens, closes) = a.join_window();
    let view = if now >= closes {
        view! { <p class="notice">{t("appointment-join-ended")}</p> }.into_any()
    } else if a.video_url.is_none() {
        view! { <p class="notice warning">{t_args("appointment-join-missing", &[professional()])}</p> }.into_any()
    } else if let Some(url) = a.join_url(now) {
        view! {
            <p class="join">
                <a class="button primary" href=url.to_string() target="_blank" rel="noopener noreferrer"
                    aria-describedby="join-hint">{t("appointment-join")}</a>
                " "
                <span class="hint" id="join-hint">{t_args("appointment-join-hint", &[professional()])}</span>
            </p>
        }
        .into_any()
    } else {
        let args = [
            ("when", when(opens, &a.zone).into()),
            ("minutes", carnet_core::appointments::JOIN_OPENS_MINUTES_BEFORE.into()),
        ];
        view! { <p class="notice">{t_args("appointment-join-opens", &args)}</p> }.into_any()
    };
    Some(view)
}

/// "Cancel this appointment?": which appointment, what cancelling does, an optional reason for
/// the professional, and the choice (`/appointments/:id/cancel`).
#[component]
pub fn CancelAppointmentPage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let typed = Typed::sent_back();
    let load = move |state: super::AppState, actor| async move { booking::one(&state.db, &actor, &id).await };
    let render = move |a: Appointment, _state: super::AppState| {
        let back = format!("/appointments/{}", a.id);
        if !a.patient_may_change(now_ms()) {
            // Cancelled, past, or after the cut-off: nothing to confirm; the appointment's page
            // says why and what to do.
            super::redirect_to(&back);
            return ().into_any();
        }
        let professional = || ("professional", a.professional_name.clone().into());
        let confirmation = Confirmation {
            title: t("appointment-cancel-title"),
            facts: vec![
                (t("appointment-when-label"), when(a.starts_at, &a.zone)),
                (
                    t("appointment-with-label"),
                    format!("{} · {}", a.professional_name, t(&specialty_message(&a.specialty))),
                ),
                (t("appointment-where-label"), place_words(&a)),
                (t("appointment-for-label"), a.patient_name.clone()),
            ],
            effects_title: None,
            effects: vec![
                t("appointment-cancel-effect-slot"),
                t("appointment-cancel-effect-mail"),
                t_args("appointment-cancel-effect-professional", &[professional()]),
            ],
            action: format!("/appointments/{}/cancel", a.id),
            hidden: vec![],
            confirm: t("appointment-cancel-confirm"),
            back_href: back,
            back: t("appointment-cancel-keep"),
        };
        let reason = view! {
            <p>
                <label for="cancel-reason">{t("appointment-cancel-reason-label")}</label>
                <textarea id="cancel-reason" name="reason" rows="3" maxlength=REASON_MAX_CHARS.to_string()
                    aria-invalid=typed.invalid("cancel", "reason")
                    aria-describedby=typed.described_by("cancel", "reason", Some("cancel-reason-hint"))
                >{textarea_text(&typed.get("cancel", "reason"))}</textarea>
                <span class="hint" id="cancel-reason-hint">
                    {t_args("appointment-cancel-reason-hint", &[("max", (REASON_MAX_CHARS as i64).into())])}
                </span>
            </p>
        };
        view! {
            <PageTitle id="appointment-cancel-title"/>
            {confirmation_view(confirmation, typed.error_for("cancel").map(IntoAny::into_any), Some(reason.into_any()))}
        }
        .into_any()
    };
    record_page(load, render)
}

fn status_words(a: &Appointment, now: i64) -> String {
    match (a.is_live(), a.cancelled_as.as_deref()) {
        (false, Some("professional")) => t("appointment-status-cancelled-by-professional"),
        (false, _) => t("appointment-status-cancelled"),
        (true, _) if a.is_past(now) => t("appointment-status-past"),
        (true, _) => t("appointment-status-booked"),
    }
}

#[component]
pub fn BookSearchPage() -> impl IntoView {
    let (specialty, city, language) = use_query_map().with_untracked(|q| {
        (
            q.get("specialty").unwrap_or_default(),
            q.get("city").unwrap_or_default(),
            q.get("language").unwrap_or_default(),
        )
    });
    let typed = (specialty.clone(), city.clone(), language.clone());
    let load = move |state: super::AppState, _actor| async move {
        match Query::parse(&specialty, &city, &language) {
            Ok(query) => search::professionals(&state.db, &query).await.map(Ok),
            Err(carnet_core::Error::Invalid(problem)) => Ok(Err(problem)),
            Err(other) => Err(other),
        }
    };
    let render = move |found: Result<Vec<Found>, Problem>, _state: super::AppState| {
        let (specialty, city, language) = typed.clone();
        view! {
            <PageTitle id="book-title"/>
            <h1>{t("book-title")}</h1>
            <form method="get" action="/book" class="search" role="search" aria-label=t("book-search-label")>
                <p>
                    <label for="book-specialty">{t("book-specialty-label")}</label>
                    <select id="book-specialty" name="specialty">
                        <option value="">{t("book-any")}</option>
                        {SPECIALTIES.iter().map(|code| view! {
                            <option value=*code selected=specialty == *code>{t(&specialty_message(code))}</option>
                        }).collect_view()}
                    </select>
                </p>
                <p>
                    <label for="book-city">{t("book-city-label")}</label>
                    <input id="book-city" name="city" maxlength="80" autocomplete="address-level2" value=city.clone()/>
                </p>
                <p>
                    <label for="book-language">{t("book-language-label")}</label>
                    <select id="book-language" name="language">
                        <option value="">{t("book-any")}</option>
                        {SPOKEN.iter().map(|code| view! {
                            <option value=*code selected=language == *code>{t(&format!("spoken-{code}"))}</option>
                        }).collect_view()}
                    </select>
                </p>
                <p><button type="submit" class="button primary">{t("book-search")}</button></p>
            </form>
            {match found {
                Err(problem) => {
                    view! { <p class="notice error" role="alert">{t(problem.message_id())}</p> }.into_any()
                }
                Ok(list) if list.is_empty() => view! { <p role="status">{t("book-none")}</p> }.into_any(),
                Ok(list) => view! {
                    <h2 class="visually-hidden">{t("book-results-title")}</h2>
                    <ul class="cards">{list.iter().map(found_card).collect_view()}</ul>
                }.into_any(),
            }}
        }
    };
    record_page(load, render)
}

fn found_card(found: &Found) -> impl IntoView {
    let languages: Vec<String> =
        found.languages.split(',').filter(|l| !l.is_empty()).map(|l| t(&format!("spoken-{l}"))).collect();
    view! {
        <li class="card">
            <h3><a href=format!("/book/{}", found.professional_id)>{found.name.clone()}</a></h3>
            <p>{t(&specialty_message(&found.specialty))} " · " {found.cities.clone()}</p>
            <p class="meta">{t_args("book-speaks", &[("languages", languages.join(", ").into())])}</p>
            <p>{match found.earliest {
                Some(at) => t_args("book-earliest", &[("when", when(at, &found.zone).into())]),
                None => t("book-no-free-slot"),
            }}</p>
        </li>
    }
}

/// Days of free slots a page shows.
const DAYS_PER_PAGE: i64 = 7;

#[component]
pub fn ProfessionalSlotsPage() -> impl IntoView {
    let professional_id = use_params_map().with_untracked(|p| p.get("pid").unwrap_or_default());
    let (from, moving, kind_asked) = use_query_map().with_untracked(|q| {
        (q.get("from").unwrap_or_default(), q.get("move").unwrap_or_default(), q.get("kind").unwrap_or_default())
    });
    let notice = Notice::asked().filter(|n| *n == Notice::Waiting);
    let typed = Typed::sent_back();
    let is_move = !moving.is_empty();
    let load = move |state: super::AppState, _actor| async move {
        let today = state.db.today();
        let from = from.parse::<jiff::civil::Date>().ok().filter(|d| *d >= today).unwrap_or(today);
        let kinds = visit_kinds::offered(&state.db, &professional_id).await?;
        let chosen = kinds.iter().find(|k| k.id == kind_asked).cloned();
        // With kinds offered, the times wait for the choice (`other`: none of them).
        let choosing = !kinds.is_empty() && chosen.is_none() && kind_asked != "other" && !is_move;
        let agenda =
            search::free_slots(&state.db, &professional_id, from, DAYS_PER_PAGE, chosen.as_ref().map(|k| k.visit))
                .await?;
        Ok((agenda, kinds, chosen, choosing))
    };
    let render = move |(agenda, kinds, chosen, choosing): (Agenda, Vec<VisitKind>, Option<VisitKind>, bool),
                       _state: super::AppState| {
        let mut params = Vec::new();
        if !moving.is_empty() {
            params.push(format!("move={moving}"));
        }
        if let Some(kind) = &chosen {
            params.push(format!("kind={}", kind.id));
        } else if !choosing && !kinds.is_empty() && moving.is_empty() {
            params.push("kind=other".to_string());
        }
        let query = if params.is_empty() { String::new() } else { format!("?{}", params.join("&")) };
        let languages: Vec<String> =
            agenda.languages.split(',').filter(|l| !l.is_empty()).map(|l| t(&format!("spoken-{l}"))).collect();
        view! {
            <PageTitle id="slots-title"/>
            <h1>{agenda.name.clone()}</h1>
            <p class="lead">{t(&specialty_message(&agenda.specialty))} " · "
                {t_args("book-speaks", &[("languages", languages.join(", ").into())])}</p>
            {(!moving.is_empty()).then(|| view! { <p class="notice" role="status">{t("slots-moving")}</p> })}
            {notice.map(|_| notice_view(t("notice-appointment-waiting")))}
            {typed.error_for("slots")}
            {choosing.then(|| preparation::kind_choice(&agenda.professional_id, &kinds))}
            {(!choosing).then(|| view! {
                {chosen.as_ref().map(|kind| view! {
                    <p class="notice">
                        {t_args("slots-for-kind", &[("kind", kind.name(locale().tag()).into())])}
                        {moving.is_empty().then(|| view! {
                            " " <a href=format!("/book/{}", agenda.professional_id)>{t("slots-change-kind")}</a>
                        })}
                    </p>
                })}
                <h2>{t("slots-title")}</h2>
                {if agenda.days.is_empty() {
                    view! { <p>{t("slots-none")}</p> }.into_any()
                } else {
                    agenda.days.iter().map(|(day, slots)| day_of_slots(*day, slots, &agenda.professional_id, &query)).collect_view().into_any()
                }}
            })}
            {(!choosing).then_some(agenda.next).flatten().map(|next| {
                let sep = if query.is_empty() { "?" } else { "&" };
                view! {
                    <p><a class="button" href=format!("/book/{}{query}{sep}from={next}", agenda.professional_id)>
                        {t("slots-later")}
                    </a></p>
                }
            })}
            <section aria-labelledby="slots-waiting-title">
                <h2 id="slots-waiting-title">{t("slots-waiting-title")}</h2>
                <p>{t("slots-waiting-intro")}</p>
                <form method="post" action=format!("/waiting/{}/join", agenda.professional_id)>
                    <button type="submit" class="button">{t("slots-waiting-join")}</button>
                </form>
            </section>
            <p><a href="/book">{t("slots-back")}</a></p>
        }
    };
    record_page(load, render)
}

fn day_of_slots(day: jiff::civil::Date, slots: &[FreeSlot], professional_id: &str, query: &str) -> impl IntoView {
    let heading = capitalized(locale().day(day));
    view! {
        <section class="day">
            <h3>{heading}</h3>
            <ul class="slots">
                {slots.iter().map(|slot| {
                    // The visible time (and "video") starts the link's name; the kind of visit and
                    // the place follow for screen readers (WCAG 2.5.3, label in name).
                    let details = t_args("slots-slot-label", &[
                        ("visit", visit_words(&slot.visit).into()),
                        ("place", slot.place_name.clone().into()),
                    ]);
                    view! {
                        <li>
                            <a class="button slot" href=format!("/book/{professional_id}/{}{query}", slot.slot_id)>
                                {locale().time(slot.starts_at, &zone_of(&slot.zone))}
                                {(slot.visit == "video").then(|| view! { " " <span class="meta">{t("appointment-visit-video-short")}</span> })}
                                <span class="visually-hidden">{details}</span>
                            </a>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
pub fn BookSlotPage() -> impl IntoView {
    let (professional_id, slot_id) =
        use_params_map().with_untracked(|p| (p.get("pid").unwrap_or_default(), p.get("slot").unwrap_or_default()));
    let (moving, kind_asked) =
        use_query_map().with_untracked(|q| (q.get("move").unwrap_or_default(), q.get("kind").unwrap_or_default()));
    let typed = Typed::sent_back();
    let moving = if moving.is_empty() { typed.get("book", "move") } else { moving };
    let kind_asked = if kind_asked.is_empty() { typed.get("book", "kind") } else { kind_asked };
    let load = {
        let (professional_id, slot_id) = (professional_id.clone(), slot_id.clone());
        move |state: super::AppState, _actor| async move {
            let found = search::free_slot(&state.db, &professional_id, &slot_id).await?;
            let kinds = visit_kinds::offered(&state.db, &professional_id).await?;
            Ok((found, kinds.into_iter().find(|k| k.id == kind_asked)))
        }
    };
    let render = move |((name, slot), kind): ((String, FreeSlot), Option<VisitKind>), _state: super::AppState| {
        // One key per form shown: the same form sent twice books once.
        let key = carnet_core::tokens::random_token();
        let action = format!("/book/{professional_id}/{slot_id}");
        view! {
            <PageTitle id="book-confirm-title"/>
            <h1>{t(if moving.is_empty() { "book-confirm-title" } else { "book-move-title" })}</h1>
            {typed.error_for("book")}
            <dl class="facts">
                <dt>{t("appointment-when-label")}</dt>
                <dd>{when(slot.starts_at, &slot.zone)}</dd>
                <dt>{t("appointment-with-label")}</dt>
                <dd>{name}</dd>
                <dt>{t("appointment-where-label")}</dt>
                <dd>{if slot.is_video() {
                    t("appointment-where-video")
                } else {
                    format!("{} · {}", visit_words(&slot.visit), slot.location())
                }}</dd>
                {(!slot.is_video() && !slot.place_phone.is_empty()).then(|| view! {
                    <dt>{t("appointment-phone-label")}</dt>
                    <dd>{phone_link(&slot.place_phone)}</dd>
                })}
                {kind.as_ref().filter(|_| moving.is_empty()).map(preparation::kind_facts)}
            </dl>
            <form method="post" action=action>
                <input type="hidden" name="key" value=key/>
                {kind.as_ref().filter(|_| moving.is_empty()).map(|k| view! { <input type="hidden" name="kind" value=k.id.clone()/> })}
                {if moving.is_empty() {
                    view! {
                        <p>
                            <label for="book-reason">{t("book-reason-label")}</label>
                            <textarea id="book-reason" name="reason" rows="3" maxlength=REASON_MAX_CHARS.to_string()
                                aria-invalid=typed.invalid("book", "reason")
                                aria-describedby=typed.described_by("book", "reason", Some("book-reason-hint"))
                            >{textarea_text(&typed.get("book", "reason"))}</textarea>
                            <span class="hint" id="book-reason-hint">
                                {t_args("book-reason-hint", &[("max", (REASON_MAX_CHARS as i64).into())])}
                            </span>
                        </p>
                    }.into_any()
                } else {
                    view! { <input type="hidden" name="move" value=moving.clone()/> }.into_any()
                }}
                <p><button type="submit" class="button primary">
                    {t(if moving.is_empty() { "book-confirm" } else { "book-move-confirm" })}
                </button></p>
            </form>
            <p><a href=match &kind {
                Some(k) => format!("/book/{professional_id}?kind={}", k.id),
                None => format!("/book/{professional_id}"),
            }>{t("book-other-slot")}</a></p>
        }
    };
    record_page(load, render)
}
