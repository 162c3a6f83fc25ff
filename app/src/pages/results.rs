//! Results: every test with its latest value (by category, searchable), or every result taken
//! between two dates; and one test's page with its trend chart and its history as a table.

use carnet_core::access;
use carnet_core::policy::{ReadAction, Subject};
use carnet_core::record::names;
use carnet_core::record::results::{self, Category, Change, Measure, NameSearch, Series, TestName};
use carnet_core::record::{Cursor, Flag};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::trend::TrendChart;
use super::{next_page_link, record_page, record_view, RecordBanner, RecordView, TextTitle, Whose};
use crate::i18n::{date, locale, number, t, t_args};

/// The search form's values, as given in the query.
#[derive(Clone, Default)]
struct Filter {
    search: String,
    from: String,
    to: String,
}

impl Filter {
    /// The period in ms, when a date was given and every date given is valid (`to` inclusive).
    fn period(&self, zone: &jiff::tz::TimeZone) -> Option<(i64, i64)> {
        match carnet_core::clock::day_range(&self.from, &self.to, zone)? {
            (None, None) => None,
            (from, to) => Some((from.unwrap_or(i64::MIN / 2), to.unwrap_or(i64::MAX / 2))),
        }
    }

    /// Dates were given but one of them is not a date.
    fn bad_dates(&self, zone: &jiff::tz::TimeZone) -> bool {
        !(self.from.is_empty() && self.to.is_empty()) && self.period(zone).is_none()
    }
}

#[derive(Clone)]
enum Listing {
    Tests(Vec<Series>),
    Period(carnet_core::record::Page<results::Dated>),
}

#[component]
pub fn ResultsPage() -> impl IntoView {
    let query = use_query_map();
    let (filter, before) = query.with_untracked(|q| {
        let get = |k: &str| q.get(k).unwrap_or_default().chars().take(100).collect::<String>();
        (Filter { search: get("q"), from: get("from"), to: get("to") }, q.get("before").and_then(|b| Cursor::parse(&b)))
    });
    let whose = Whose::from_route();
    // Catalogue tests are found by their name in the reader's language too.
    let catalogue_codes = names::lab_tests_named(locale(), &filter.search);
    let load = {
        let filter = filter.clone();
        move |state: crate::context::AppState, actor| {
            let (filter, before) = (filter.clone(), before.clone());
            async move {
                let mut access = access::open_read(&state.db, &actor, whose.subject(), ReadAction::Results).await?;
                let record = record_view(&mut access).await?;
                let search = NameSearch { text: &filter.search, catalogue_codes: &catalogue_codes };
                let listing = match filter.period(&state.zone) {
                    Some((from, until)) => {
                        Listing::Period(results::between(&mut access, from, until, &search, before.as_ref()).await?)
                    }
                    None => Listing::Tests(results::series(&mut access, &search).await?),
                };
                access.commit().await?;
                Ok((listing, record))
            }
        }
    };
    let render = move |(listing, record): (Listing, RecordView), state: crate::context::AppState| {
        let bad_dates = filter.bad_dates(&state.zone);
        let zone = state.zone.clone();
        view! {
            <TextTitle text=record.heading("results-title", "nav-results")/>
            <RecordBanner view=record.clone()/>
            <h1>{record.heading("results-title", "nav-results")}</h1>
            <SearchForm filter=filter.clone() action=record.path("/results")/>
            {bad_dates.then(|| view! { <p class="notice error" role="alert">{t("error-date-invalid")}</p> })}
            {match listing {
                Listing::Tests(series) => {
                    let empty = record.text("results-empty", "results-empty-other");
                    tests_view(series, &zone, !filter.search.trim().is_empty(), empty).into_any()
                }
                Listing::Period(page) => {
                    let params =
                        [("q", filter.search.clone()), ("from", filter.from.clone()), ("to", filter.to.clone())];
                    view! {
                        {period_view(page.items, &zone)}
                        {next_page_link(&record.path("/results"), &params, page.next.map(|c| c.to_param()))}
                    }
                        .into_any()
                }
            }}
        }
    };
    record_page(load, render)
}

/// Search by name and filter by dates: a plain GET form.
#[component]
fn SearchForm(filter: Filter, action: String) -> impl IntoView {
    view! {
        <form class="filters" method="get" action=action role="search">
            <p>
                <label for="results-q">{t("results-search-label")}</label>
                <input id="results-q" name="q" type="search" value=filter.search maxlength="100"/>
            </p>
            <p>
                <label for="results-from">{t("results-from-label")}</label>
                <input id="results-from" name="from" type="date" value=filter.from/>
            </p>
            <p>
                <label for="results-to">{t("results-to-label")}</label>
                <input id="results-to" name="to" type="date" value=filter.to/>
            </p>
            <p><button type="submit" class="button">{t("results-search-button")}</button></p>
        </form>
    }
}

/// Every test with its latest result, by category; `empty`: what to say when the record has none.
fn tests_view(mut series: Vec<Series>, zone: &jiff::tz::TimeZone, searching: bool, empty: String) -> impl IntoView {
    // By the names the reader sees, which are not all the stored ones.
    series.sort_by_cached_key(|s| test_name(&s.name).to_lowercase());
    if series.is_empty() {
        let text = if searching { t("results-none-found") } else { empty };
        return view! { <p>{text}</p> }.into_any();
    }
    Category::ALL
        .into_iter()
        .filter_map(|category| {
            let in_category: Vec<Series> = series.iter().filter(|s| s.category == category).cloned().collect();
            (!in_category.is_empty()).then(|| {
                let heading = format!("category-{}", category.as_str());
                let labelled_by = heading.clone();
                view! {
                    <section aria-labelledby=labelled_by>
                        <h2 id=heading>{t(category.message_id())}</h2>
                        <ul class="cards">
                            {in_category.into_iter().map(|s| series_card(s, zone)).collect_view()}
                        </ul>
                    </section>
                }
            })
        })
        .collect_view()
        .into_any()
}

/// A test's name in the reader's language (see `carnet_core::record::names`).
pub(super) fn test_name(name: &TestName) -> String {
    name.stored().shown(locale())
}

/// A test's code ("code LOINC 2345-7"), shown with a name the publisher sent.
pub(super) fn test_code(name: &TestName) -> Option<String> {
    name.stored().sent_code(locale())
}

/// A test with its latest result: name (link to its history), value, flag, range, date.
pub(super) fn series_card(series: Series, zone: &jiff::tz::TimeZone) -> impl IntoView {
    let m = &series.latest;
    view! {
        <li class="card">
            <h3><a href=format!("/results/{}", series.id)><bdi>{test_name(&series.name)}</bdi></a></h3>
            {test_code(&series.name).map(|code| view! { <p class="meta">{code}</p> })}
            <p class="value"><span dir="ltr">{value_text(m)}</span> " " {flag_badge(m.flag)}</p>
            <p class="meta">
                {range_text(m).map(|r| t_args("result-range", &[("range", r.into())]))}
                {range_text(m).map(|_| " · ")}
                {date(m.effective_at, zone)}
                {(series.count > 1).then(|| format!(" · {}", t_args("result-count", &[("count", series.count.into())])))}
            </p>
        </li>
    }
}

fn period_view(items: Vec<results::Dated>, zone: &jiff::tz::TimeZone) -> impl IntoView {
    if items.is_empty() {
        return view! { <p>{t("results-none-in-period")}</p> }.into_any();
    }
    view! {
        <table class="data">
            <caption>{t("results-period-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("result-date")}</th>
                    <th scope="col">{t("result-test")}</th>
                    <th scope="col">{t("result-value")}</th>
                    <th scope="col">{t("result-reference")}</th>
                </tr>
            </thead>
            <tbody>
                {items
                    .into_iter()
                    .map(|d| {
                        view! {
                            <tr>
                                <td data-label=t("result-date")>{date(d.measure.effective_at, zone)}</td>
                                <td data-label=t("result-test")>
                                    <a href=format!("/results/{}", d.series_id)><bdi>{test_name(&d.name)}</bdi></a>
                                    {test_code(&d.name).map(|code| view! { <div class="meta">{code}</div> })}
                                </td>
                                <td data-label=t("result-value")><span dir="ltr">{value_text(&d.measure)}</span> " " {flag_badge(d.measure.flag)}</td>
                                <td data-label=t("result-reference")>{range_text(&d.measure).map(|r| view! { <span dir="ltr">{r}</span> })}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// "1,18 g/L", or the text of a non-numeric result. Always left to right, also inside an
/// Arabic sentence ([`left_to_right`]).
pub(super) fn value_text(m: &Measure) -> String {
    shown_value(m.number, m.text.as_deref(), m.unit.as_deref())
}

/// A value with its unit, left to right; "no value" when there is none. A unit that is only a
/// UCUM annotation (`{score}`: a count, no unit) is not shown.
fn shown_value(value: Option<f64>, text: Option<&str>, unit: Option<&str>) -> String {
    let annotation = |u: &str| u.starts_with('{') && u.ends_with('}');
    let unit = unit.filter(|u| !u.trim().is_empty() && !annotation(u));
    match (value, text) {
        (Some(n), _) => match unit {
            Some(unit) => left_to_right(&format!("{} {unit}", number(n))),
            None => left_to_right(&number(n)),
        },
        (None, Some(text)) => left_to_right(text),
        (None, None) => t("result-no-value"),
    }
}

/// What a result's publisher changed after publishing it: "corrected on <date> by <publisher>"
/// with the values it replaced, or "withdrawn by <publisher> on <date>".
fn changes(m: &Measure, zone: &jiff::tz::TimeZone) -> impl IntoView {
    let by = |change: &Change, with: &'static str, without: &'static str| match &change.by {
        Some(name) => t_args(with, &[("date", date(change.at, zone).into()), ("publisher", name.clone().into())]),
        None => t_args(without, &[("date", date(change.at, zone).into())]),
    };
    let withdrawn = m.withdrawn.as_ref().map(|w| {
        view! { <p class="meta result-withdrawn">{by(w, "result-withdrawn-by", "result-withdrawn")}</p> }
    });
    let corrected = m.corrected.as_ref().filter(|_| m.withdrawn.is_none()).map(|c| {
        view! { <p class="meta result-corrected">{by(c, "result-corrected-by", "result-corrected")}</p> }
    });
    let previous = m
        .previous
        .iter()
        .map(|p| {
            let value = shown_value(p.number, p.text.as_deref(), p.unit.as_deref());
            let text = t_args(
                "result-previous-value",
                &[
                    ("value", value.into()),
                    ("taken", date(p.effective_at, zone).into()),
                    ("date", date(p.replaced_at, zone).into()),
                ],
            );
            view! { <p class="meta">{text}</p> }
        })
        .collect_view();
    (withdrawn, corrected, previous)
}

/// "0,70 – 1,10", "< 1,60", "> 15", or the range's own text; left to right in every language.
pub(super) fn range_text(m: &Measure) -> Option<String> {
    let text = match (m.range_low, m.range_high) {
        (Some(low), Some(high)) => format!("{} – {}", number(low), number(high)),
        (None, Some(high)) => format!("< {}", number(high)),
        (Some(low), None) => format!("> {}", number(low)),
        (None, None) => m.range_text.clone()?,
    };
    Some(left_to_right(&text))
}

/// Text that reads left to right wherever it is placed (U+2066 LEFT-TO-RIGHT ISOLATE … U+2069):
/// "< 1,6" has no letter to give it a direction, so inside an Arabic sentence it would be laid
/// out right to left and its "<" mirrored to ">". Invisible, and harmless in a `dir="ltr"` span.
pub(super) fn left_to_right(text: &str) -> String {
    format!("\u{2066}{text}\u{2069}")
}

/// The flag as words (never colour alone), marked for styling when out of range.
pub(super) fn flag_badge(flag: Option<Flag>) -> impl IntoView {
    flag.map(|f| {
        let class = if f.is_out_of_range() { "flag flag-out" } else { "flag" };
        view! { <span class=class>{t(f.message_id())}</span> }
    })
}

#[component]
pub fn SeriesPage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let before = use_query_map().with_untracked(|q| q.get("before").and_then(|b| Cursor::parse(&b)));
    let load = {
        let id = id.clone();
        move |state: crate::context::AppState, actor| {
            let (id, before) = (id.clone(), before.clone());
            async move {
                let mut access =
                    access::open_read(&state.db, &actor, Subject::Series(&id), ReadAction::ResultHistory).await?;
                let series = results::one_series(&mut access, &id).await?;
                let points = results::trend(&mut access, &id).await?;
                let page = results::history(&mut access, &id, before.as_ref()).await?;
                let record = record_view(&mut access).await?;
                access.commit().await?;
                Ok((series, points, page, before.is_some(), record))
            }
        }
    };
    let render = move |(series, points, page, older, record): (Series, Vec<Measure>, _, bool, RecordView),
                       state: crate::context::AppState| {
        let zone = state.zone.clone();
        let page: carnet_core::record::Page<Measure> = page;
        let latest = series.latest.clone();
        let name = test_name(&series.name);
        view! {
            <leptos_meta::Title text=format!("{name} — {}", t("site-name"))/>
            <RecordBanner view=record.clone()/>
            <p class="breadcrumb"><a href=record.path("/results")>{record.text("results-back", "results-back-other")}</a></p>
            <h1><bdi>{name.clone()}</bdi></h1>
            {test_code(&series.name).map(|code| view! { <p class="meta">{code}</p> })}
            {if latest.withdrawn.is_some() {
                // Every result of the test was withdrawn: none stands to be the latest.
                view! { <p class="lead">{t("result-all-withdrawn")}</p> }.into_any()
            } else {
                view! {
                    <p class="lead">
                        {t_args("result-latest", &[("value", value_text(&latest).into()), ("date", date(latest.effective_at, &zone).into())])}
                        " "
                        {flag_badge(latest.flag)}
                    </p>
                    {changes(&latest, &zone)}
                    {range_text(&latest).map(|r| view! { <p>{t_args("result-range", &[("range", r.into())])}</p> })}
                }
                .into_any()
            }}
            {(!older && points.len() >= 2).then(|| view! {
                <TrendChart points=points.clone() zone=zone.clone() title=t_args("trend-title", &[("test", name.clone().into())])/>
            })}
            <table class="data">
                <caption>{t_args("history-caption", &[("test", name.clone().into())])}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("result-date")}</th>
                        <th scope="col">{t("result-value")}</th>
                        <th scope="col">{t("result-reference")}</th>
                        <th scope="col">{t("result-performer")}</th>
                    </tr>
                </thead>
                <tbody>
                    {page
                        .items
                        .iter()
                        .map(|m| view! {
                            <tr>
                                <td data-label=t("result-date")>{date(m.effective_at, &zone)}</td>
                                <td data-label=t("result-value")>
                                    {if m.withdrawn.is_some() {
                                        view! { <del><span dir="ltr">{value_text(m)}</span></del> }.into_any()
                                    } else {
                                        view! { <span dir="ltr">{value_text(m)}</span> " " {flag_badge(m.flag)} }.into_any()
                                    }}
                                    {changes(m, &zone)}
                                </td>
                                <td data-label=t("result-reference")>{range_text(m).map(|r| view! { <span dir="ltr">{r}</span> })}</td>
                                <td data-label=t("result-performer")>{m.performer.clone()}</td>
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
            {next_page_link(&format!("/results/{}", series.id), &[], page.next.map(|c| c.to_param()))}
            <p class="hint">{t_args("result-count", &[("count", series.count.into())])}</p>
        }
    };
    record_page(load, render)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn measure(low: Option<f64>, high: Option<f64>) -> Measure {
        Measure {
            id: String::new(),
            number: Some(1.72),
            text: None,
            unit: Some("g/L".into()),
            unit_code: None,
            value_system: None,
            value_code: None,
            range_low: low,
            range_high: high,
            range_text: None,
            flag: None,
            effective_at: 0,
            performer: None,
            origin: Default::default(),
            entered_by: None,
            entered_by_name: None,
            corrected: None,
            withdrawn: None,
            previous: Vec::new(),
        }
    }

    #[test]
    fn ranges_and_values_read_left_to_right_in_any_sentence() {
        // Inside an Arabic sentence "< 1,6" would otherwise be laid out right to left, its "<"
        // mirrored: the page showed "1,6 >" beside a table that read "< 1,6".
        assert_eq!(range_text(&measure(None, Some(1.6))).unwrap(), "\u{2066}< 1,6\u{2069}");
        assert_eq!(range_text(&measure(Some(0.7), Some(1.1))).unwrap(), "\u{2066}0,7 – 1,1\u{2069}");
        assert_eq!(range_text(&measure(None, None)), None);
        assert_eq!(value_text(&measure(None, None)), "\u{2066}1,72 g/L\u{2069}");
    }
}
