//! Vaccinations: what the French schedule advises for the patient's age and history (due,
//! overdue, to catch up, seasonal campaigns, or — with no history recorded — what to check with
//! a doctor), and the vaccination record. Printed (Ctrl+P), the page is a record one can hand to
//! a school or a doctor: whose it is, every dose, when it was printed and the schedule's source.

use carnet_core::access;
use carnet_core::policy::ReadAction;
use carnet_core::record::patients::{self, HealthId, Profile};
use carnet_core::record::schedule::{self, Advice, Pending, Recommendations};
use carnet_core::record::vaccinations::{self, Vaccination};
use leptos::prelude::*;

use super::{record_page, record_view, RecordBanner, RecordView, TextTitle, Whose};
use crate::context::AppState;
use crate::i18n::{civil_date, date, locale, t, t_args};

#[component]
pub fn VaccinationsPage() -> impl IntoView {
    let whose = Whose::from_route();
    let load = move |state: AppState, actor| async move {
        let mut access = access::open_read(&state.db, &actor, whose.subject(), ReadAction::Vaccinations).await?;
        let history = vaccinations::list(&mut access).await?;
        let profile = patients::profile(&mut access).await?;
        let record = record_view(&mut access).await?;
        access.commit().await?;
        let today = carnet_core::clock::now().to_zoned(state.zone.clone()).date();
        let advice = profile.birth_date.map(|birth| vaccinations::recommendations(&history, birth, today));
        Ok((history, advice, profile, today, record))
    };
    let render = move |(history, advice, profile, today, record): Loaded, state: AppState| {
        view! {
            <TextTitle text=record.heading("vaccinations-title", "nav-vaccinations")/>
            <RecordBanner view=record.clone()/>
            <h1>{record.heading("vaccinations-title", "nav-vaccinations")}</h1>
            {identity(&profile)}
            <div class="vaccination-record">
                <section class="vaccination-advice" aria-labelledby="due-title">
                    <h2 id="due-title">{t("vaccinations-due-title")}</h2>
                    {pending_view(advice, false, Reader::of(&record))}
                    <p class="hint">{t_args(
                        match Reader::of(&record) {
                            Reader::Patient => "vaccinations-source",
                            Reader::Professional => "vaccinations-source-professional",
                        },
                        &[("source", schedule::french().source.clone().into())],
                    )}</p>
                </section>
                <section class="vaccination-history" aria-labelledby="history-title">
                    <h2 id="history-title">{t("vaccinations-history-title")}</h2>
                    {history_view(history, &state.zone)}
                </section>
            </div>
            <p class="print-only">{t_args("vaccinations-printed", &[("date", civil_date(today).into())])}</p>
            <p class="hint no-print">{t("vaccinations-print-hint")}</p>
        }
    };
    record_page(load, render)
}

type Loaded = (Vec<Vaccination>, Option<Recommendations>, Profile, jiff::civil::Date, RecordView);

/// Whose record this is: full name, birth date and INS (on screen, and at the top of the print).
fn identity(profile: &Profile) -> impl IntoView {
    let birth = profile.birth_date.map(|b| t_args("vaccinations-birth-date", &[("date", civil_date(b).into())]));
    let ins = profile
        .health_id
        .as_deref()
        .and_then(|id| HealthId::parse(id).ok())
        .map(|id| t_args("vaccinations-health-id", &[("ins", id.grouped().into())]));
    view! {
        <p class="identity">
            <strong>{profile.full_name()}</strong>
            {birth.map(|b| view! { " · " <span>{b}</span> })}
            {ins.map(|i| view! { " · " <span>{i}</span> })}
        </p>
    }
}

/// Who reads the advice: the patient or someone acting for them (told to ask their doctor), or
/// a professional.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reader {
    Patient,
    Professional,
}

impl Reader {
    /// A record shown with whose it is (a professional's view) or the patient's own side.
    pub fn of(record: &RecordView) -> Reader {
        if record.of.is_some() {
            Reader::Professional
        } else {
            Reader::Patient
        }
    }
}

/// The schedule's advice, or why there is none. `linked` (summaries shown elsewhere, as on
/// Home): only what is to do now, each series' name linking to the vaccinations page; on the
/// vaccinations page, the coming campaigns and each series' rule too.
pub(super) fn pending_view(advice: Option<Recommendations>, linked: bool, reader: Reader) -> impl IntoView {
    let Some(advice) = advice else {
        let id = match reader {
            Reader::Patient => "vaccinations-no-birth-date",
            Reader::Professional => "vaccinations-no-birth-date-professional",
        };
        return view! { <p>{t(id)}</p> }.into_any();
    };
    let shown: Vec<Pending> = advice.pending.into_iter().filter(|p| !linked || p.is_to_do()).collect();
    let nothing_to_do = !shown.iter().any(Pending::is_to_do);
    view! {
        {if !advice.history_recorded {
            view! {
                <p class="notice warning">
                    {t(match reader {
                        Reader::Patient => "vaccinations-none-recorded",
                        Reader::Professional => "vaccinations-none-recorded-professional",
                    })}
                </p>
                {(!shown.is_empty()).then(|| view! { <p>{t("vaccinations-at-this-age")}</p> })}
            }
                .into_any()
        } else if nothing_to_do {
            view! { <p>{t("vaccinations-up-to-date")}</p> }.into_any()
        } else {
            ().into_any()
        }}
        {(advice.unreadable > 0).then(|| view! {
            <p class="notice warning">
                {t_args("vaccinations-unreadable", &[("count", (advice.unreadable as i64).into())])}
            </p>
        })}
        {(!shown.is_empty()).then(|| view! {
            <ul class="cards">{shown.into_iter().map(|p| advice_card(p, linked)).collect_view()}</ul>
        })}
    }
    .into_any()
}

/// "at 2 months", "at 25 years".
fn at_age(months: i32) -> String {
    if months < 24 {
        t_args("vaccination-age-months", &[("months", i64::from(months).into())])
    } else {
        t_args("vaccination-age-years", &[("years", i64::from(months / 12).into())])
    }
}

/// One series: its name, what to do (a badge and a sentence), when it was scheduled, and on the
/// vaccinations page the schedule's rule for it.
fn advice_card(p: Pending, linked: bool) -> impl IntoView {
    let doses = |id: &str, n: u32| t_args(id, &[("doses", i64::from(n).into())]);
    let (class, badge, text, scheduled) = match &p.advice {
        Advice::Overdue { since, at_age_months } => (
            "flag flag-out",
            t("vaccination-overdue"),
            t_args("vaccination-since", &[("date", civil_date(*since).into())]),
            Some(*at_age_months),
        ),
        Advice::Due { since, at_age_months } => (
            "flag",
            t("vaccination-due"),
            t_args("vaccination-since", &[("date", civil_date(*since).into())]),
            Some(*at_age_months),
        ),
        Advice::CatchUp { doses: n, at_age_months } => {
            ("flag", t("vaccination-catch-up"), doses("vaccination-doses-to-catch-up", *n), *at_age_months)
        }
        Advice::ToCheck { catch_up: true, at_age_months: None, doses: Some(n) } => {
            ("flag", t("vaccination-to-check"), doses("vaccination-to-check-catch-up", *n), None)
        }
        Advice::ToCheck { .. } => ("flag", t("vaccination-to-check"), t("vaccination-to-check-at-age"), None),
        Advice::Campaign { campaign, .. } => {
            ("flag", t("vaccination-this-season"), t(&format!("vaccination-campaign-now-{campaign}")), None)
        }
        Advice::NextCampaign { campaign, from } => (
            "flag",
            t("vaccination-next-campaign"),
            t_args(&format!("vaccination-campaign-next-{campaign}"), &[("year", from.year().to_string().into())]),
            None,
        ),
    };
    let name = t(&format!("vaccine-series-{}", p.series));
    let title = if linked { view! { <a href="/vaccinations">{name}</a> }.into_any() } else { name.into_any() };
    view! {
        <li class="card">
            <h3>{title}</h3>
            <p><span class=class>{badge}</span> " " {text}</p>
            {scheduled.map(|months| view! {
                <p class="meta">{t_args("vaccination-scheduled", &[("age", at_age(months).into())])}</p>
            })}
            {(!linked).then(|| view! { <p class="meta">{t(&format!("vaccine-rule-{}", p.series))}</p> })}
        </li>
    }
}

/// The record of doses given, most recent first: date, vaccine (with its code when the name is
/// the publisher's, and when and by whom it was corrected), dose number, lot, who gave it.
fn history_view(history: Vec<Vaccination>, zone: &jiff::tz::TimeZone) -> impl IntoView {
    if history.is_empty() {
        return view! { <p>{t("vaccinations-empty")}</p> }.into_any();
    }
    let reader = locale();
    view! {
        <table class="data">
            <caption class="visually-hidden">{t("vaccinations-history-title")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("vaccination-date")}</th>
                    <th scope="col">{t("vaccination-vaccine")}</th>
                    <th scope="col">{t("vaccination-dose")}</th>
                    <th scope="col">{t("vaccination-lot")}</th>
                    <th scope="col">{t("vaccination-by")}</th>
                </tr>
            </thead>
            <tbody>
                {history
                    .into_iter()
                    .map(|v| {
                        let name = v.vaccine_name();
                        view! {
                            <tr>
                                <td data-label=t("vaccination-date")>{date(v.occurred_at, zone)}</td>
                                <td data-label=t("vaccination-vaccine")>
                                    <bdi>{name.shown(reader)}</bdi>
                                    {name.sent_code(reader).map(|code| view! { <div class="meta">{code}</div> })}
                                    {v.corrected_at.map(|at| {
                                        let when = ("date", date(at, zone).into());
                                        let text = match v.corrected_by.clone().filter(|b| !b.is_empty()) {
                                            Some(by) => t_args("result-corrected-by", &[when, ("publisher", by.into())]),
                                            None => t_args("result-corrected", &[when]),
                                        };
                                        view! { <div class="meta">{text}</div> }
                                    })}
                                </td>
                                <td data-label=t("vaccination-dose")>{v.dose_number.map(|d| d.to_string())}</td>
                                <td data-label=t("vaccination-lot") class="lot">{v.lot.clone()}</td>
                                <td data-label=t("vaccination-by")>{v.performer.clone()}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
