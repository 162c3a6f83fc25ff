//! Appointments, on the professional's side: the agenda by day or week (`/agenda`, each view
//! naming its dates, with the patients' cancellations and their reasons), one appointment in it
//! (`/agenda/appointments/:id`: move it, or cancel it after a confirmation page,
//! `/agenda/appointments/:id/cancel`; the patient is told), and availability
//! (`/agenda/availability`: places with postcode and telephone, weekly openings, closed days, the
//! cancel cut-off, the languages spoken and the teleconsultation link). Every button is a plain
//! form or a link.

pub mod actions;
pub mod visit_kind_actions;
pub mod visit_kinds;

use carnet_core::appointments::agenda::{
    self, zone_message, AgendaSlot, Availability, Opening, Period, Place, Span, VIDEO_URL_MAX_CHARS, ZONES,
};
use carnet_core::appointments::search::{self, Agenda};
use carnet_core::appointments::visit_forms::{self, VisitForm};
use carnet_core::appointments::visit_kinds::{self as kinds, VisitKind};
use carnet_core::appointments::{Appointment, JOIN_OPENS_MINUTES_BEFORE, SPOKEN};
use carnet_core::clock::now_ms;
use carnet_core::i18n::Zone;
use carnet_core::policy::Actor;
use jiff::civil::Date;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::appointments::{phone_link, place_words, where_facts};
use super::confirm::{confirmation_view, Confirmation};
use super::forms::Typed;
use super::{record_page, AppState, PageTitle};
use crate::i18n::{capitalized, locale, t, t_args};
use crate::notice::{notice_view, Notice};

fn zone_of(name: &str) -> Zone {
    Zone::get(name).unwrap_or(Zone::UTC)
}

pub(super) fn visit_words(visit: &str) -> String {
    t(if visit == "video" { "appointment-visit-video" } else { "appointment-visit-in-person" })
}

#[component]
pub fn AgendaPage() -> impl IntoView {
    let (day, span, notice) = use_query_map().with_untracked(|q| {
        (
            q.get("day").and_then(|d| d.parse::<Date>().ok()),
            if q.get("view").as_deref() == Some("day") { Span::Day } else { Span::Week },
            Notice::asked().filter(|n| *n == Notice::Cancelled),
        )
    });
    let load = move |state: AppState, actor: Actor| async move {
        let today = state.db.today();
        let period = Period::asked(span, day, today);
        let (from, until) = period.bounds(&state.zone)?;
        let slots = agenda::agenda(&state.db, &actor, from, until).await?;
        Ok((period, today, slots))
    };
    let render = move |(period, today, slots): (Period, Date, Vec<AgendaSlot>), state: AppState| {
        let zone = state.zone.clone();
        let day_of = |slot: &AgendaSlot| {
            jiff::Timestamp::from_millisecond(slot.starts_at).map(|t| t.to_zoned(zone.clone()).date()).ok()
        };
        let booked = slots.iter().filter(|s| s.appointment.is_some()).count() as i64;
        let offered = slots.iter().filter(|s| s.appointment.is_some() || !s.withdrawn).count() as i64;
        let (view_name, heading) = match period.span {
            Span::Day => ("day", capitalized(locale().long_date(period.first))),
            Span::Week => {
                let (from, to) = locale().date_span(period.first, period.last());
                ("week", t_args("agenda-week-heading", &[("from", from.into()), ("to", to.into())]))
            }
        };
        let week_of_day = format!("/agenda?view=week&day={}", period.first);
        view! {
            <PageTitle id="agenda-title"/>
            <h1>{t("agenda-title")}</h1>
            {notice.map(|_| notice_view(t("notice-appointment-cancelled-patient-told")))}
            <h2 class="agenda-period">{heading}</h2>
            <nav class="pager" aria-label=t("agenda-nav-label")>
                <a href=format!("/agenda?view={view_name}&day={}", period.previous()) rel="prev">{t(&format!("agenda-previous-{view_name}"))}</a>
                " · "
                <a href="/agenda?view=day" aria-current=(period.span == Span::Day && period.first == today).then_some("date")>
                    {t("agenda-today")}
                </a>
                " · "
                <a href=format!("/agenda?view={view_name}&day={}", period.next()) rel="next">{t(&format!("agenda-next-{view_name}"))}</a>
                {(period.span == Span::Day).then(|| view! { " · " <a href=week_of_day.clone()>{t("agenda-show-week")}</a> })}
                " · "
                <a href="/agenda/availability">{t("agenda-availability-link")}</a>
                " · "
                <a href="/agenda/visits">{t("agenda-visit-kinds-link")}</a>
            </nav>
            <p role="status">{t_args("agenda-summary", &[("booked", booked.into()), ("slots", offered.into())])}</p>
            {period.days().into_iter().map(|day| {
                let list: Vec<&AgendaSlot> = slots.iter().filter(|s| day_of(s) == Some(day)).collect();
                let name = capitalized(locale().long_date(day));
                let title = match period.span {
                    // In a week, each day's heading opens that day on its own.
                    Span::Week => view! {
                        <h3>
                            <a href=format!("/agenda?view=day&day={day}")
                                aria-label=t_args("agenda-day-link-label", &[("day", locale().long_date(day).into())])>{name}</a>
                            {(day == today).then(|| view! { " " <span class="meta">{t("agenda-today-mark")}</span> })}
                        </h3>
                    }.into_any(),
                    Span::Day => ().into_any(),
                };
                view! {
                    <section class="day">
                        {title}
                        {if list.is_empty() {
                            view! { <p class="meta">{t("agenda-day-empty")}</p> }.into_any()
                        } else {
                            view! { <ul class="agenda">{list.into_iter().map(agenda_row).collect_view()}</ul> }.into_any()
                        }}
                    </section>
                }
            }).collect_view()}
        }
    };
    record_page(load, render)
}

fn agenda_row(slot: &AgendaSlot) -> impl IntoView {
    let zone = zone_of(&slot.zone);
    let time = format!("{}–{}", locale().time(slot.starts_at, &zone), locale().time(slot.ends_at, &zone));
    let class = match (&slot.appointment, slot.withdrawn) {
        (Some(_), _) => "booked",
        (None, true) => "withdrawn",
        (None, false) => "free",
    };
    view! {
        <li class=class>
            <span class="time" dir="ltr">{time}</span> " "
            {match &slot.appointment {
                Some(a) => view! {
                    <a href=format!("/agenda/appointments/{}", a.id)>{a.patient_name.clone()}</a>
                    " · " {visit_words(&slot.visit)}
                    {a.reason.clone().map(|r| view! { <span class="meta pre-line">" — " {r}</span> })}
                }.into_any(),
                None if slot.withdrawn => ().into_any(),
                None => view! { <span class="meta">{t("agenda-free")} " · " {visit_words(&slot.visit)} " · " {slot.place_name.clone()}</span> }.into_any(),
            }}
            {(!slot.cancelled.is_empty()).then(|| view! {
                <ul class="cancelled">
                    {slot.cancelled.iter().map(|c| view! {
                        <li>
                            <a href=format!("/agenda/appointments/{}", c.id)>
                                {t_args("agenda-cancelled-by-patient", &[("patient", c.patient_name.clone().into())])}
                            </a>
                            {c.cancel_reason.clone().map(|r| view! {
                                " — " <span class="pre-line">{t_args("agenda-cancel-reason", &[("reason", r.into())])}</span>
                            })}
                        </li>
                    }).collect_view()}
                </ul>
            })}
        </li>
    }
}

#[component]
pub fn AgendaAppointmentPage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let notice = Notice::asked().filter(|n| *n == Notice::Moved);
    let typed = Typed::sent_back();
    let load = move |state: AppState, actor: Actor| async move {
        let appointment = agenda::appointment(&state.db, &actor, &id).await?;
        let kind = match &appointment.visit_kind_id {
            Some(kind_id) => Some(kinds::get(&state.db, kind_id).await?),
            None => None,
        };
        // A visit of a kind moves only to a time held the same way (in person or by video).
        let visit = kind.as_ref().map(|k| k.visit);
        let free =
            search::free_slots(&state.db, actor.account_id().unwrap_or_default(), state.db.today(), 28, visit).await?;
        // The answers are the record's: the policy decides (a block hides them).
        let form = match kind.as_ref().filter(|k| k.has_form()) {
            Some(_) => match visit_forms::for_professional(&state.db, &actor, &id).await {
                Ok(form) => Some(form),
                Err(carnet_core::Error::NotFound) => None,
                Err(other) => return Err(other),
            },
            None => None,
        };
        Ok((appointment, free, kind, form))
    };
    let render = move |(a, free, kind, form): (Appointment, Agenda, Option<VisitKind>, Option<Option<VisitForm>>),
                       _state: AppState| {
        let zone = a.time_zone();
        let upcoming = a.is_live() && !a.is_past(now_ms());
        let status = match (a.is_live(), a.cancelled_as.as_deref()) {
            (true, _) => t("appointment-status-booked"),
            (false, Some("patient")) => {
                t_args("agenda-cancelled-by-patient", &[("patient", a.patient_name.clone().into())])
            }
            (false, _) => t("appointment-status-cancelled"),
        };
        view! {
            <PageTitle id="agenda-appointment-title"/>
            <h1>{a.patient_name.clone()}</h1>
            {notice.map(|_| notice_view(t("notice-appointment-moved-patient-told")))}
            {typed.error_for("appointment")}
            <dl class="facts">
                <dt>{t("appointment-when-label")}</dt>
                <dd>{locale().appointment_when(a.starts_at, &zone)}</dd>
                {where_facts(&a)}
                <dt>{t("appointment-reason-label")}</dt>
                <dd class="pre-line">{a.reason.clone().unwrap_or_else(|| t("agenda-no-reason"))}</dd>
                <dt>{t("appointment-status-label")}</dt>
                <dd>{status}</dd>
                {a.cancel_reason.clone().map(|reason| view! {
                    <dt>{t("appointment-cancel-reason-shown")}</dt>
                    <dd class="pre-line">{reason}</dd>
                })}
                {kind.as_ref().map(|k| view! {
                    <dt>{t("visit-kind-label")}</dt>
                    <dd>{k.name(locale().tag())}</dd>
                })}
            </dl>
            // A video consultation's own room, from a few minutes before until the end: the link
            // the patient has too.
            {a.join_url(now_ms()).map(|url| view! {
                <p class="join">
                    <a class="button primary" href=url.to_string() target="_blank" rel="noopener noreferrer">
                        {t("appointment-join")}
                    </a>
                </p>
            })}
            {form.as_ref().map(|form| view! {
                <section aria-labelledby="agenda-form-title">
                    <h2 id="agenda-form-title">{t("visit-form-label")}</h2>
                    {super::appointments::preparation::answers_for_professional(form.as_ref(), &zone)}
                </section>
            })}
            {upcoming.then(|| {
                let slots: Vec<_> = free.days.iter().flat_map(|(_, s)| s.iter()).collect();
                view! {
                    <section aria-labelledby="agenda-move-title">
                        <h2 id="agenda-move-title">{t("agenda-move-title")}</h2>
                        {if slots.is_empty() {
                            view! { <p>{t("slots-none")}</p> }.into_any()
                        } else {
                            view! {
                                <form method="post" action=format!("/agenda/appointments/{}/move", a.id)>
                                    <p>
                                        <label for="move-slot">{t("agenda-move-label")}</label>
                                        <select id="move-slot" name="slot" required>
                                            {slots.iter().map(|s| view! {
                                                <option value=s.slot_id.clone()>{locale().appointment_when(s.starts_at, &zone_of(&s.zone))}</option>
                                            }).collect_view()}
                                        </select>
                                    </p>
                                    <p><button type="submit" class="button primary">{t("agenda-move-button")}</button></p>
                                </form>
                            }.into_any()
                        }}
                    </section>
                    <section aria-labelledby="agenda-cancel-title">
                        <h2 id="agenda-cancel-title">{t("agenda-cancel-title")}</h2>
                        <p>{t("agenda-cancel-intro")}</p>
                        <p><a class="button danger" href=format!("/agenda/appointments/{}/cancel", a.id)>{t("agenda-cancel-link")}</a></p>
                    </section>
                }
            })}
            <p><a href="/agenda">{t("agenda-back")}</a></p>
        }
    };
    record_page(load, render)
}

/// "Cancel <patient>'s appointment?": the professional confirms, knowing who is told
/// (`/agenda/appointments/:id/cancel`).
#[component]
pub fn AgendaCancelPage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let load = move |state: AppState, actor: Actor| async move { agenda::appointment(&state.db, &actor, &id).await };
    let render = move |a: Appointment, _state: AppState| {
        let back = format!("/agenda/appointments/{}", a.id);
        if !a.is_live() || a.is_past(now_ms()) {
            super::redirect_to(&back);
            return ().into_any();
        }
        let patient = || ("patient", a.patient_name.clone().into());
        let confirmation = Confirmation {
            title: t_args("agenda-cancel-confirm-title", &[patient()]),
            facts: vec![
                (t("appointment-when-label"), locale().appointment_when(a.starts_at, &a.time_zone())),
                (t("appointment-where-label"), place_words(&a)),
            ],
            effects_title: None,
            effects: vec![t_args("agenda-cancel-effect-patient", &[patient()]), t("agenda-cancel-effect-waiting")],
            action: format!("/agenda/appointments/{}/cancel", a.id),
            hidden: vec![],
            confirm: t("agenda-cancel-confirm"),
            back_href: back,
            back: t("agenda-cancel-keep"),
        };
        view! {
            <PageTitle id="agenda-appointment-title"/>
            {confirmation_view(confirmation, None, None)}
        }
        .into_any()
    };
    record_page(load, render)
}

#[component]
pub fn AvailabilityPage() -> impl IntoView {
    let typed = Typed::sent_back();
    let notice = Notice::asked().and_then(|notice| match notice {
        Notice::Place => Some("notice-availability-place"),
        Notice::Opening => Some("notice-availability-opening"),
        Notice::OpeningRemoved => Some("notice-availability-opening-removed"),
        Notice::Closure => Some("notice-availability-closure"),
        Notice::Reopened => Some("notice-availability-reopened"),
        Notice::Settings => Some("notice-availability-settings"),
        _ => None,
    });
    let load = |state: AppState, actor: Actor| async move { agenda::availability(&state.db, &actor).await };
    let render = move |a: Availability, _state: AppState| {
        let typed = typed.clone();
        let value = |form: &str, name: &str, default: &str| {
            let v = typed.get(form, name);
            if v.is_empty() {
                default.to_string()
            } else {
                v
            }
        };
        view! {
            <PageTitle id="availability-title"/>
            <h1>{t("availability-title")}</h1>
            <p class="lead">{t("availability-intro")}</p>
            {notice.map(|id| notice_view(t(id)))}

            <section aria-labelledby="places-title">
                <h2 id="places-title">{t("places-title")}</h2>
                {if a.places.is_empty() {
                    view! { <p>{t("places-none")}</p> }.into_any()
                } else {
                    view! { <ul class="cards">{a.places.iter().map(place_card).collect_view()}</ul> }.into_any()
                }}
                <h3>{t("places-add-title")}</h3>
                {typed.error_for("place")}
                <form method="post" action="/agenda/places#place-error">
                    <p><label for="place-name">{t("place-name-label")}</label>
                        <input id="place-name" name="name" required maxlength="80" aria-invalid=typed.invalid("place", "name") aria-describedby=typed.described_by("place", "name", None)
                            value=typed.get("place", "name")/></p>
                    <p><label for="place-address">{t("place-address-label")}</label>
                        <input id="place-address" name="address" required maxlength="200" autocomplete="street-address" aria-invalid=typed.invalid("place", "address") aria-describedby=typed.described_by("place", "address", None)
                            value=typed.get("place", "address")/></p>
                    <p><label for="place-postcode">{t("place-postcode-label")}</label>
                        <input id="place-postcode" name="postcode" required maxlength="5" minlength="5" pattern="[0-9]{5}" inputmode="numeric"
                            autocomplete="postal-code" aria-invalid=typed.invalid("place", "postcode") aria-describedby=typed.described_by("place", "postcode", None)
                            value=typed.get("place", "postcode")/></p>
                    <p><label for="place-city">{t("place-city-label")}</label>
                        <input id="place-city" name="city" required maxlength="80" autocomplete="address-level2" aria-invalid=typed.invalid("place", "city") aria-describedby=typed.described_by("place", "city", None)
                            value=typed.get("place", "city")/></p>
                    <p><label for="place-phone">{t("place-phone-label")}</label>
                        <input id="place-phone" name="phone" type="tel" required maxlength="30" autocomplete="tel" dir="ltr"
                            aria-invalid=typed.invalid("place", "phone") aria-describedby=typed.described_by("place", "phone", Some("place-phone-hint"))
                            value=typed.get("place", "phone")/>
                        <span class="hint" id="place-phone-hint">{t("place-phone-hint")}</span></p>
                    <p><label for="place-zone">{t("place-zone-label")}</label>
                        <select id="place-zone" name="zone">
                            {ZONES.iter().map(|z| view! { <option value=*z selected=value("place", "zone", "Europe/Paris") == *z>{t(&zone_message(z))}</option> }).collect_view()}
                        </select></p>
                    <p><button type="submit" class="button primary">{t("places-add-button")}</button></p>
                </form>
            </section>

            <section aria-labelledby="openings-title">
                <h2 id="openings-title">{t("openings-title")}</h2>
                {if a.openings.is_empty() {
                    view! { <p>{t("openings-none")}</p> }.into_any()
                } else {
                    view! { <ul class="cards">{a.openings.iter().map(|o| opening_card(o, &a.places)).collect_view()}</ul> }.into_any()
                }}
                {(!a.places.is_empty()).then(|| view! {
                    <h3>{t("openings-add-title")}</h3>
                    {typed.error_for("opening")}
                    <form method="post" action="/agenda/openings#opening-error">
                        <p><label for="opening-place">{t("opening-place-label")}</label>
                            <select id="opening-place" name="place">
                                {a.places.iter().map(|p| view! { <option value=p.id.clone() selected=typed.get("opening", "place") == p.id>{p.name.clone()}</option> }).collect_view()}
                            </select></p>
                        <p><label for="opening-weekday">{t("opening-weekday-label")}</label>
                            <select id="opening-weekday" name="weekday">
                                {(1..=7).map(|n: i64| view! { <option value=n.to_string() selected=value("opening", "weekday", "1") == n.to_string()>{t(&format!("weekday-{n}"))}</option> }).collect_view()}
                            </select></p>
                        <p><label for="opening-start">{t("opening-start-label")}</label>
                            <input id="opening-start" name="start" type="time" required
                                aria-invalid=typed.invalid("opening", "start")
                                aria-describedby=typed.described_by("opening", "start", None)
                                value=value("opening", "start", "09:00")/></p>
                        <p><label for="opening-end">{t("opening-end-label")}</label>
                            <input id="opening-end" name="end" type="time" required
                                aria-invalid=typed.invalid("opening", "end")
                                aria-describedby=typed.described_by("opening", "end", None)
                                value=value("opening", "end", "12:00")/></p>
                        <p><label for="opening-slot">{t("opening-slot-label")}</label>
                            <input id="opening-slot" name="slot" type="number" min="5" max="240" step="5" required inputmode="numeric"
                                value=value("opening", "slot", "20") aria-invalid=typed.invalid("opening", "slot")
                                aria-describedby=typed.described_by("opening", "slot", Some("opening-slot-hint"))/>
                            <span class="hint" id="opening-slot-hint">{t("opening-slot-hint")}</span></p>
                        <fieldset>
                            <legend>{t("opening-visit-legend")}</legend>
                            <p><input id="opening-in-person" type="radio" name="visit" value="in-person" checked=value("opening", "visit", "in-person") == "in-person"/>
                                " " <label for="opening-in-person">{t("appointment-visit-in-person")}</label></p>
                            <p><input id="opening-video" type="radio" name="visit" value="video" checked=value("opening", "visit", "in-person") == "video"/>
                                " " <label for="opening-video">{t("appointment-visit-video")}</label></p>
                        </fieldset>
                        <p><button type="submit" class="button primary">{t("openings-add-button")}</button></p>
                    </form>
                })}
            </section>

            <section aria-labelledby="closures-title">
                <h2 id="closures-title">{t("closures-title")}</h2>
                {if a.closed.is_empty() {
                    view! { <p>{t("closures-none")}</p> }.into_any()
                } else {
                    view! { <ul class="cards">{a.closed.iter().map(|d| closure_card(*d)).collect_view()}</ul> }.into_any()
                }}
                {typed.error_for("closure")}
                <form method="post" action="/agenda/closures#closure-error">
                    <p><label for="closure-from">{t("closure-from-label")}</label>
                        <input id="closure-from" name="from" type="date" required aria-invalid=typed.invalid("closure", "from") aria-describedby=typed.described_by("closure", "from", None)
                            value=typed.get("closure", "from")/></p>
                    <p><label for="closure-to">{t("closure-to-label")}</label>
                        <input id="closure-to" name="to" type="date" aria-invalid=typed.invalid("closure", "to")
                            aria-describedby=typed.described_by("closure", "to", Some("closure-to-hint"))
                            value=typed.get("closure", "to")/>
                        <span class="hint" id="closure-to-hint">{t("closure-to-hint")}</span></p>
                    <p class="hint">{t("closure-booked-hint")}</p>
                    <p><button type="submit" class="button primary">{t("closures-add-button")}</button></p>
                </form>
            </section>

            <section aria-labelledby="booking-settings-title">
                <h2 id="booking-settings-title">{t("booking-settings-title")}</h2>
                {typed.error_for("settings")}
                <form method="post" action="/agenda/settings#settings-error">
                    <p><label for="settings-cutoff">{t("settings-cutoff-label")}</label>
                        <input id="settings-cutoff" name="cutoff" type="number" min="0" max="168" required inputmode="numeric"
                            value=value("settings", "cutoff", &a.cancel_cutoff_hours.to_string()) aria-describedby="settings-cutoff-hint"/>
                        <span class="hint" id="settings-cutoff-hint">{t("settings-cutoff-hint")}</span></p>
                    <p><label for="settings-video">{t("settings-video-label")}</label>
                        <input id="settings-video" name="video_url" type="url" maxlength=VIDEO_URL_MAX_CHARS.to_string() dir="ltr"
                            placeholder="https://" autocomplete="url"
                            value=value("settings", "video_url", a.video_url.as_deref().unwrap_or_default())
                            aria-invalid=typed.invalid("settings", "video_url")
                            aria-describedby=typed.described_by("settings", "video_url", Some("settings-video-hint"))/>
                        <span class="hint" id="settings-video-hint">
                            {t_args("settings-video-hint", &[("minutes", JOIN_OPENS_MINUTES_BEFORE.into())])}
                        </span></p>
                    <fieldset>
                        <legend>{t("settings-languages-legend")}</legend>
                        {SPOKEN.iter().map(|code| view! {
                            <p><input id=format!("language-{code}") type="checkbox" name="language" value=*code checked=a.languages.iter().any(|l| l == code)/>
                                " " <label for=format!("language-{code}")>{t(&format!("spoken-{code}"))}</label></p>
                        }).collect_view()}
                    </fieldset>
                    <p><button type="submit" class="button primary">{t("settings-save")}</button></p>
                </form>
            </section>
            <p><a href="/agenda">{t("agenda-back")}</a></p>
        }
    };
    record_page(load, render)
}

fn place_card(p: &Place) -> impl IntoView {
    let town = [p.postcode.as_str(), p.city.as_str()].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>();
    view! {
        <li class="card">
            <h3>{p.name.clone()}</h3>
            <p>{p.address.clone()} ", " {town.join(" ")}</p>
            {(!p.phone.is_empty()).then(|| view! { <p>{phone_link(&p.phone)}</p> })}
            <p class="meta">{t(&zone_message(&p.zone))}</p>
        </li>
    }
}

fn opening_card(o: &Opening, places: &[Place]) -> impl IntoView {
    let place = places.iter().find(|p| p.id == o.place_id).map(|p| p.name.clone()).unwrap_or_default();
    let weekday = t(&format!("weekday-{}", o.rule.weekday.to_monday_one_offset()));
    let hours = format!("{}–{}", o.rule.start.strftime("%H:%M"), o.rule.end.strftime("%H:%M"));
    let label = t_args(
        "opening-summary",
        &[
            ("weekday", weekday.clone().into()),
            ("hours", hours.clone().into()),
            ("minutes", o.rule.slot_minutes.into()),
        ],
    );
    view! {
        <li class="card">
            <h3>{label.clone()}</h3>
            <p>{visit_words(o.rule.visit.as_str())} " · " {place}</p>
            <form method="post" action=format!("/agenda/openings/{}/remove", o.id) class="inline">
                <button type="submit" class="button danger" aria-label=t_args("opening-remove-label", &[("opening", label.into())])>
                    {t("opening-remove")}
                </button>
            </form>
        </li>
    }
}

fn closure_card(day: Date) -> impl IntoView {
    let label = locale().day(day);
    view! {
        <li class="card">
            <h3>{label.clone()}</h3>
            <form method="post" action=format!("/agenda/closures/{day}/reopen") class="inline">
                <button type="submit" class="button" aria-label=t_args("closure-reopen-label", &[("day", label.into())])>
                    {t("closure-reopen")}
                </button>
            </form>
        </li>
    }
}
