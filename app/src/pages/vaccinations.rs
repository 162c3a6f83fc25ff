//! Vaccinations: what is due or overdue by the French schedule for the patient's age, and the
//! vaccination record. Printable (the print stylesheet keeps only the content).

use carnet_core::policy::{self, ReadAction};
use carnet_core::record::patients;
use carnet_core::record::schedule::{self, Pending, Status};
use carnet_core::record::vaccinations::{self, Vaccination};
use leptos::prelude::*;

use super::{record_page, record_view, RecordBanner, RecordView, TextTitle, Whose};
use crate::context::AppState;
use crate::i18n::{civil_date, date, t, t_args};

#[component]
pub fn VaccinationsPage() -> impl IntoView {
    let whose = Whose::from_route();
    let load = move |state: AppState, actor| async move {
        let mut access = policy::open_read(&state.db, &actor, whose.subject(), ReadAction::Vaccinations).await?;
        let history = vaccinations::list(&mut access).await?;
        let profile = patients::profile(&mut access).await?;
        let record = record_view(&mut access).await?;
        access.commit().await?;
        let today = jiff::Timestamp::now().to_zoned(state.zone.clone()).date();
        let pending = profile.birth_date.map(|birth| vaccinations::pending(&history, birth, today));
        Ok((history, pending, record))
    };
    let render = move |(history, pending, record): (Vec<Vaccination>, Option<Vec<Pending>>, RecordView),
                       state: AppState| {
        view! {
            <TextTitle text=record.heading("vaccinations-title", "nav-vaccinations")/>
            <RecordBanner view=record.clone()/>
            <h1>{record.heading("vaccinations-title", "nav-vaccinations")}</h1>
            <section aria-labelledby="due-title">
                <h2 id="due-title">{t("vaccinations-due-title")}</h2>
                {pending_view(pending, false)}
                <p class="hint">{t_args("vaccinations-source", &[("source", schedule::french().source.clone().into())])}</p>
            </section>
            <section aria-labelledby="history-title">
                <h2 id="history-title">{t("vaccinations-history-title")}</h2>
                {history_view(history, &state.zone)}
            </section>
            <p class="hint no-print">{t("vaccinations-print-hint")}</p>
        }
    };
    record_page(load, render)
}

/// "Overdue since …" / "Due since …" per series, or why there is nothing to show. `linked`: each
/// series' name links to the vaccinations page (for summaries shown elsewhere).
pub(super) fn pending_view(pending: Option<Vec<Pending>>, linked: bool) -> impl IntoView {
    match pending {
        None => view! { <p>{t("vaccinations-no-birth-date")}</p> }.into_any(),
        Some(list) if list.is_empty() => view! { <p>{t("vaccinations-up-to-date")}</p> }.into_any(),
        Some(list) => view! {
            <ul class="cards">
                {list
                    .into_iter()
                    .map(|p| {
                        let (class, status) = match p.status {
                            Status::Overdue => ("flag flag-out", t("vaccination-overdue")),
                            Status::Due => ("flag", t("vaccination-due")),
                        };
                        let age = if p.at_age_months < 24 {
                            t_args("vaccination-age-months", &[("months", i64::from(p.at_age_months).into())])
                        } else {
                            t_args("vaccination-age-years", &[("years", i64::from(p.at_age_months / 12).into())])
                        };
                        let name = t(&format!("vaccine-series-{}", p.series));
                        let title = if linked {
                            view! { <a href="/vaccinations">{name}</a> }.into_any()
                        } else {
                            name.into_any()
                        };
                        view! {
                            <li class="card">
                                <h3>{title}</h3>
                                <p><span class=class>{status}</span> " " {t_args("vaccination-since", &[("date", civil_date(p.due_on).into())])}</p>
                                <p class="meta">{t_args("vaccination-scheduled", &[("age", age.into())])}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any(),
    }
}

fn history_view(history: Vec<Vaccination>, zone: &jiff::tz::TimeZone) -> impl IntoView {
    if history.is_empty() {
        return view! { <p>{t("vaccinations-empty")}</p> }.into_any();
    }
    view! {
        <table class="data">
            <caption class="visually-hidden">{t("vaccinations-history-title")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("vaccination-vaccine")}</th>
                    <th scope="col">{t("vaccination-date")}</th>
                    <th scope="col">{t("vaccination-dose")}</th>
                    <th scope="col">{t("vaccination-lot")}</th>
                    <th scope="col">{t("vaccination-by")}</th>
                </tr>
            </thead>
            <tbody>
                {history
                    .into_iter()
                    .map(|v| view! {
                        <tr>
                            <td>{v.vaccine_display.clone()}</td>
                            <td>{date(v.occurred_at, zone)}</td>
                            <td>{v.dose_number.map(|d| d.to_string()).unwrap_or_default()}</td>
                            <td>{v.lot.clone().unwrap_or_default()}</td>
                            <td>{v.performer.clone().unwrap_or_default()}</td>
                        </tr>
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
