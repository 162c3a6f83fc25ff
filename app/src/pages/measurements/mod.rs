//! Measurements (`/measurements`, `/patients/:pid/measurements`): weight, blood pressure,
//! glucose… each with its latest reading, where it came from (entered by the patient's side, sent
//! by a professional or by a device) and the target a professional set; and one page per
//! measurement (`…/measurements/:kind`) with its chart and every reading, the form to enter one
//! (the patient's side) or to set the target (a professional). Plain forms, no script.

pub mod actions;

use carnet_core::access;
use carnet_core::policy::ReadAction;
use carnet_core::record::measurements::{self, body_mass_index, code, possible, unit, Kind, Target, Track};
use carnet_core::record::publish::lab_test_message;
use carnet_core::record::results::{Measure, Origin};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::forms::Typed;
use super::results::{flag_badge, left_to_right, range_text, value_text};
use super::trend::TrendChart;
use super::{record_page, record_view, Reading, RecordBanner, TextTitle, Whose};
use crate::context::AppState;
use crate::i18n::{date, datetime as date_time, number, t, t_args};
use crate::notice::{notice_view, Notice};

/// A measurement's name ("Blood pressure").
fn kind_name(kind: Kind) -> String {
    t(&format!("measure-kind-{}", kind.as_str()))
}

/// A test's name with its unit ("Systolic blood pressure (mmHg)").
fn test_label(code: &str) -> String {
    format!("{} ({})", t(&lab_test_message(code)), unit(code))
}

#[component]
pub fn MeasurementsPage() -> impl IntoView {
    let whose = Whose::from_route();
    let load = move |state: AppState, actor: carnet_core::policy::Actor| async move {
        let mut access = access::open_read(&state.db, &actor, whose.subject(), ReadAction::Measurements).await?;
        let overview = measurements::overview(&mut access).await?;
        let record = record_view(&mut access).await?;
        let reading = Reading::of(record, access.viewer(), actor.account_id().unwrap_or_default());
        access.commit().await?;
        Ok((overview, reading))
    };
    let render = move |(overview, reading): (Vec<(Kind, Vec<Track>)>, Reading), state: AppState| {
        let zone = state.zone.clone();
        let record = reading.record.clone();
        // The body mass index, from the latest weight and height.
        let latest = |code: &str| {
            overview.iter().flat_map(|(_, tracks)| tracks).find(|t| t.code == code).and_then(Track::latest)
        };
        let bmi = latest(code::WEIGHT)
            .and_then(|w| w.number)
            .zip(latest(code::HEIGHT).and_then(|h| h.number))
            .and_then(|(w, h)| body_mass_index(w, h));
        view! {
            <TextTitle text=record.heading("measurements-title", "nav-measurements")/>
            <RecordBanner view=record.clone()/>
            <h1>{record.heading("measurements-title", "nav-measurements")}</h1>
            <p>{record.text("measurements-intro-own", "measurements-intro-other")}</p>
            <ul class="cards measurements">
                {overview
                    .into_iter()
                    .map(|(kind, tracks)| kind_card(kind, &tracks, bmi.filter(|_| kind == Kind::Weight), &zone, &reading))
                    .collect_view()}
            </ul>
        }
    };
    record_page(load, render)
}

/// One measurement on the overview: its latest reading (a blood pressure as "135/85 mmHg" when
/// both were taken together), when and from whom, the target, and the way to its page.
fn kind_card(
    kind: Kind,
    tracks: &[Track],
    bmi: Option<f64>,
    zone: &jiff::tz::TimeZone,
    reading: &Reading,
) -> impl IntoView {
    let href = reading.record.path(&format!("/measurements/{}", kind.as_str()));
    let latest: Vec<Measure> = tracks.iter().filter_map(Track::latest).collect();
    let value = match (kind, latest.as_slice()) {
        (_, []) => view! { <p>{t("measure-none")}</p> }.into_any(),
        (Kind::BloodPressure, [systolic, diastolic]) if systolic.effective_at == diastolic.effective_at => {
            let text = match (systolic.number, diastolic.number) {
                (Some(s), Some(d)) => left_to_right(&format!("{}/{} {}", number(s), number(d), unit(code::SYSTOLIC))),
                _ => value_text(systolic),
            };
            // The flag that matters most: one out of range (or its target) if either is.
            let flag = [systolic.flag, diastolic.flag].into_iter().flatten().max_by_key(|f| f.is_out_of_range());
            view! {
                <p class="value"><span dir="ltr">{text}</span> " " {flag_badge(flag)}</p>
                <p class="meta">{date_time(systolic.effective_at, zone)} " · " {origin_words(systolic, reading)}</p>
            }
            .into_any()
        }
        (_, measures) => measures
            .iter()
            .zip(tracks.iter().filter(|t| t.series.is_some()))
            .map(|(m, track)| {
                let value = view! { <span dir="ltr">{value_text(m)}</span> };
                let value = match kind.codes().len() > 1 {
                    true => view! { {named(track.code, String::new())} {value} }.into_any(),
                    false => value.into_any(),
                };
                view! {
                    <p class="value">{value} " " {flag_badge(m.flag)}</p>
                    <p class="meta">{date_time(m.effective_at, zone)} " · " {origin_words(m, reading)}</p>
                }
            })
            .collect_view()
            .into_any(),
    };
    let set: Vec<(&str, &Target)> =
        tracks.iter().filter_map(|track| track.target.as_ref().map(|target| (track.code, target))).collect();
    let targets = match set.as_slice() {
        // A blood pressure's two targets as doctors write them: "< 135/85 mmHg".
        [(_, systolic), (_, diastolic)] if systolic.set_by == diastolic.set_by => {
            vec![pressure_target_words(systolic, diastolic, zone, reading)]
        }
        set => set.iter().map(|(code, target)| target_words(code, target, Some(kind), zone, reading)).collect(),
    }
    .into_iter()
    .map(|text| view! { <p class="meta">{text}</p> })
    .collect_view();
    let bmi = bmi.map(|bmi| view! { <p class="meta">{t_args("measure-bmi", &[("bmi", number(bmi).into())])}</p> });
    let name = kind_name(kind);
    let action = if reading.patient_side { "measure-open-add" } else { "measure-open" };
    view! {
        <li class="card">
            <h2><a href=href.clone()>{name.clone()}</a></h2>
            {value}
            {bmi}
            {targets}
            <p><a href=href aria-label=t_args(&format!("{action}-for"), &[("name", name.into())])>{t(action)}</a></p>
        </li>
    }
}

/// Where a reading came from: "Entered by you", "Entered by Jean Martin", "From a connected
/// device", "By Dr Benali".
fn origin_words(m: &Measure, reading: &Reading) -> String {
    match m.origin {
        Origin::Patient => match (&m.entered_by, &m.entered_by_name) {
            (Some(by), _) if *by == reading.account => t("measure-entered-by-you"),
            (_, Some(name)) => t_args("measure-entered-by", &[("name", name.clone().into())]),
            _ => t("measure-entered"),
        },
        Origin::Device => t("measure-from-device"),
        Origin::Publisher => match &m.performer {
            Some(name) => t_args("measure-by", &[("name", name.clone().into())]),
            None => t("measure-from-publisher"),
        },
    }
}

/// "Your target, set by Dr Benali on 02/03/2026: 120 – 135 mmHg"; the test named first when
/// `among` (the measurement it is shown under) has two.
fn target_words(
    code: &str,
    target: &Target,
    among: Option<Kind>,
    zone: &jiff::tz::TimeZone,
    reading: &Reading,
) -> String {
    let range = bounds_text(target.low, target.high, code);
    let id = if reading.record.is_own() { "measure-target-own" } else { "measure-target-other" };
    let text = t_args(
        id,
        &[
            ("range", range.into()),
            ("author", target.set_by.clone().into()),
            ("date", date(target.set_at, zone).into()),
        ],
    );
    if among.is_some_and(|kind| kind.codes().len() > 1) {
        named(code, text)
    } else {
        text
    }
}

/// "Your target, set by Dr Benali on 02/03/2026: < 135/85 mmHg" (or "90 – 135/60 – 85 mmHg").
fn pressure_target_words(
    systolic: &Target,
    diastolic: &Target,
    zone: &jiff::tz::TimeZone,
    reading: &Reading,
) -> String {
    let range = match (systolic.low, systolic.high, diastolic.low, diastolic.high) {
        (None, Some(s), None, Some(d)) => format!("< {}/{}", number(s), number(d)),
        (Some(s), None, Some(d), None) => format!("> {}/{}", number(s), number(d)),
        _ => format!("{}/{}", bounds(systolic.low, systolic.high), bounds(diastolic.low, diastolic.high)),
    };
    let range = left_to_right(&format!("{range} {}", unit(code::SYSTOLIC)));
    let id = if reading.record.is_own() { "measure-target-own" } else { "measure-target-other" };
    let when = systolic.set_at.max(diastolic.set_at);
    t_args(
        id,
        &[("range", range.into()), ("author", systolic.set_by.clone().into()), ("date", date(when, zone).into())],
    )
}

/// "Systolic blood pressure: <text>" (as the language writes it).
fn named(code: &str, text: String) -> String {
    t_args("measure-named", &[("test", t(&lab_test_message(code)).into()), ("text", text.into())])
}

/// "120 – 135", "< 135", "> 60".
fn bounds(low: Option<f64>, high: Option<f64>) -> String {
    match (low, high) {
        (Some(l), Some(h)) => format!("{} – {}", number(l), number(h)),
        (None, Some(h)) => format!("< {}", number(h)),
        (Some(l), None) => format!("> {}", number(l)),
        (None, None) => String::new(),
    }
}

/// "120 – 135 mmHg", "< 135 mmHg", "> 60 mmHg": left to right in every language.
fn bounds_text(low: Option<f64>, high: Option<f64>, code: &str) -> String {
    left_to_right(&format!("{} {}", bounds(low, high), unit(code)))
}

/// A test as its page shows it: the track, its chart's points, its table's readings.
type Shown = (Track, Vec<Measure>, Vec<Measure>);

/// One measurement's page: the form to enter a reading (the patient's side), then each of its
/// tests with the target, the chart and every reading; a professional sets the target there.
#[component]
pub fn MeasurementPage() -> impl IntoView {
    let whose = Whose::from_route();
    let slug = use_params_map().with_untracked(|p| p.get("kind")).unwrap_or_default();
    let typed = Typed::sent_back();
    let notice = Notice::asked().and_then(|notice| match notice {
        Notice::Measured => Some(t("notice-measured")),
        Notice::TargetSet => Some(t("notice-target-set")),
        _ => None,
    });
    let load = move |state: AppState, actor: carnet_core::policy::Actor| async move {
        let kind = Kind::from_slug(&slug).ok_or(carnet_core::Error::NotFound)?;
        let mut access = access::open_read(&state.db, &actor, whose.subject(), ReadAction::Measurements).await?;
        let tracks = measurements::tracks(&mut access, kind).await?;
        let mut shown = Vec::new();
        for track in tracks {
            let (points, table) = measurements::readings(&mut access, &track).await?;
            shown.push((track, points, table));
        }
        let record = record_view(&mut access).await?;
        let reading = Reading::of(record, access.viewer(), actor.account_id().unwrap_or_default());
        access.commit().await?;
        Ok((kind, shown, reading))
    };
    let render = move |(kind, shown, reading): (Kind, Vec<Shown>, Reading), state: AppState| {
        let zone = state.zone.clone();
        let record = reading.record.clone();
        let name = kind_name(kind);
        let none = shown.iter().all(|(track, _, _)| track.series.is_none());
        let targeted = shown.iter().any(|(track, _, _)| track.target.is_some());
        view! {
            <TextTitle text=name.clone()/>
            <RecordBanner view=record.clone()/>
            <p class="breadcrumb">
                <a href=record.path("/measurements")>{record.text("measurements-back-own", "measurements-back-other")}</a>
            </p>
            <h1>{name.clone()}</h1>
            {notice.clone().map(notice_view)}
            {reading.patient_side.then(|| entry_form(kind, &typed))}
            {none.then(|| view! { <p>{record.text("measure-none-own", "measure-none-other")}</p> })}
            {shown
                .iter()
                .map(|(track, points, _)| track_view(track, points.clone(), &zone, &reading, &typed))
                .collect_view()}
            {readings_table(kind, shown.into_iter().map(|(_, _, table)| table).collect(), targeted, &zone, &reading)}
        }
    };
    record_page(load, render)
}

/// One test of a measurement: its target, its chart; the target form for a professional.
fn track_view(
    track: &Track,
    points: Vec<Measure>,
    zone: &jiff::tz::TimeZone,
    reading: &Reading,
    typed: &Typed,
) -> impl IntoView {
    let code = track.code;
    let (heading, labelled_by) = (format!("track-{code}"), format!("track-{code}"));
    let label = test_label(code);
    // Under the test's own heading: not named again.
    let target = track.target.as_ref().map(|target| view! { <p>{target_words(code, target, None, zone, reading)}</p> });
    // The last twelve months when they hold a trend and there is more: weekly home readings
    // stay readable beside office ones years apart (the table below keeps every reading).
    let year_ago = carnet_core::clock::now_ms() - 365 * 24 * 3600 * 1000;
    let recent: Vec<Measure> = points.iter().filter(|p| p.effective_at >= year_ago).cloned().collect();
    let (points, title) = if recent.len() >= 2 && recent.len() < points.len() {
        (recent, "measure-trend-year")
    } else {
        (points, "trend-title")
    };
    let chart = (points.len() >= 2).then(|| {
        let targeted = track.target.is_some();
        view! {
            <TrendChart points=points.clone() zone=zone.clone() id=format!("trend-{code}")
                band_legend=targeted.then(|| t("measure-legend-target"))
                out_legend=targeted.then(|| t("measure-legend-out"))
                title=t_args(title, &[("test", label.clone().into())])/>
        }
    });
    let target_form = reading.professional.then(|| target_form(code, track.target.as_ref(), reading, typed));
    let shown = track.series.is_some() || reading.professional;
    shown.then(|| {
        view! {
            <section aria-labelledby=labelled_by>
                <h2 id=heading>{label}</h2>
                {target}
                {chart}
                {target_form}
            </section>
        }
    })
}

/// A line of a measurement's table: one reading (a blood pressure's two values together).
struct Line {
    at: i64,
    value: String,
    flag: Option<carnet_core::record::Flag>,
    withdrawn: bool,
    range: Option<String>,
    origin: String,
}

/// Every reading of a measurement, newest first, in one table: a blood pressure's systolic and
/// diastolic taken together as one line ("130/82 mmHg").
fn readings_table(
    kind: Kind,
    tables: Vec<Vec<Measure>>,
    targeted: bool,
    zone: &jiff::tz::TimeZone,
    reading: &Reading,
) -> impl IntoView {
    let line = |m: &Measure| Line {
        at: m.effective_at,
        value: value_text(m),
        flag: m.flag,
        withdrawn: m.withdrawn.is_some(),
        range: range_text(m),
        origin: origin_words(m, reading),
    };
    let mut tables = tables.into_iter();
    let first = tables.next().unwrap_or_default();
    let lines: Vec<Line> = match (kind, tables.next()) {
        (Kind::BloodPressure, Some(diastolic)) => {
            let mut lines: Vec<Line> = first
                .iter()
                .map(|s| match diastolic.iter().find(|d| d.effective_at == s.effective_at && d.origin == s.origin) {
                    Some(d) => {
                        let value = match (s.number, d.number) {
                            (Some(a), Some(b)) => {
                                left_to_right(&format!("{}/{} {}", number(a), number(b), unit(code::SYSTOLIC)))
                            }
                            _ => value_text(s),
                        };
                        let range = match (range_text(s), range_text(d)) {
                            (Some(a), Some(b)) => Some(format!("{a} / {b}")),
                            (a, b) => a.or(b),
                        };
                        let flag = [s.flag, d.flag].into_iter().flatten().max_by_key(|f| f.is_out_of_range());
                        Line { value, range, flag, ..line(s) }
                    }
                    None => line(s),
                })
                .collect();
            // A diastolic sent alone (rare) still shows.
            lines.extend(
                diastolic
                    .iter()
                    .filter(|d| !first.iter().any(|s| s.effective_at == d.effective_at && s.origin == d.origin))
                    .map(line),
            );
            lines.sort_by_key(|l| std::cmp::Reverse(l.at));
            lines
        }
        _ => first.iter().map(line).collect(),
    };
    let reference = if targeted { "measure-column-target" } else { "result-reference" };
    let caption = t_args("history-caption", &[("test", kind_name(kind).into())]);
    (!lines.is_empty()).then(|| {
        let rows = lines
            .into_iter()
            .map(|l| {
                view! {
                    <tr>
                        <td data-label=t("result-date")>{date_time(l.at, zone)}</td>
                        <td data-label=t("result-value")>
                            {if l.withdrawn {
                                view! { <del><span dir="ltr">{l.value}</span></del> }.into_any()
                            } else {
                                view! { <span dir="ltr">{l.value}</span> " " {flag_badge(l.flag)} }.into_any()
                            }}
                        </td>
                        <td data-label=t(reference)>{l.range.map(|r| view! { <span dir="ltr">{r}</span> })}</td>
                        <td data-label=t("measure-column-from")>{l.origin}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="data">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("result-date")}</th>
                        <th scope="col">{t("result-value")}</th>
                        <th scope="col">{t(reference)}</th>
                        <th scope="col">{t("measure-column-from")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
    })
}

/// The patient's side enters a reading: the value (a blood pressure's two), when (empty: now).
fn entry_form(kind: Kind, typed: &Typed) -> impl IntoView {
    let form = "measure";
    let value = |name: &str| typed.get(form, name);
    let number_field = |name: &'static str, code: &'static str, label: String| {
        let id = format!("{form}-{name}");
        let hint = format!("{id}-hint");
        let (low, high) = possible(code);
        let range = left_to_right(&format!("{} – {} {}", number(low), number(high), unit(code)));
        view! {
            <p>
                <label for=id.clone()>{label}</label>
                <input id=id type="text" inputmode="decimal" name=name required maxlength="10" autocomplete="off"
                    aria-invalid=typed.invalid(form, name) aria-describedby=typed.described_by(form, name, Some(&hint))
                    value=value(name)/>
                <span class="hint" id=hint>{t_args("measure-value-hint", &[("range", range.into())])}</span>
            </p>
        }
    };
    let fields = match kind {
        Kind::BloodPressure => view! {
            {number_field("value", code::SYSTOLIC, t("measure-field-systolic"))}
            {number_field("diastolic", code::DIASTOLIC, t("measure-field-diastolic"))}
        }
        .into_any(),
        kind => {
            let code = kind.codes()[0];
            number_field("value", code, test_label(code)).into_any()
        }
    };
    view! {
        <section aria-labelledby="add-title">
            <h2 id="add-title">{t("measure-add-title")}</h2>
            <form method="post" action=format!("/measurements/{}#measure-error", kind.as_str())>
                {typed.error_for(form)}
                {fields}
                <p>
                    <label for="measure-taken-at">{t("measure-field-taken-at")}</label>
                    <input id="measure-taken-at" type="datetime-local" name="taken_at" value=value("taken_at")
                        aria-invalid=typed.invalid(form, "taken_at")
                        aria-describedby=typed.described_by(form, "taken_at", Some("measure-taken-at-hint"))/>
                    <span class="hint" id="measure-taken-at-hint">{t("measure-field-taken-at-hint")}</span>
                </p>
                <p><button type="submit" class="button primary">{t("measure-add-button")}</button></p>
            </form>
        </section>
    }
}

/// A professional sets the range one test should stay in (both bounds empty: no target). The
/// forms of a blood pressure's two tests are one form name (`target`) told apart by their code.
fn target_form(code: &'static str, target: Option<&Target>, reading: &Reading, typed: &Typed) -> impl IntoView {
    let form = "target".to_string();
    let sent_back = typed.form == form && typed.get(&form, "code") == code;
    let typed = if sent_back { typed.clone() } else { Typed::default() };
    let bound = |name: &str, stored: Option<f64>| {
        if sent_back {
            typed.get(&form, name)
        } else {
            stored.map(number).unwrap_or_default()
        }
    };
    let (low, high) = (bound("low", target.and_then(|t| t.low)), bound("high", target.and_then(|t| t.high)));
    let field = |name: &'static str, label: &'static str, value: String| {
        let id = format!("{form}-{code}-{name}");
        view! {
            <p class="inline-field">
                <label for=id.clone()>{t(label)}</label>
                <input id=id type="text" inputmode="decimal" name=name maxlength="10" value=value
                    aria-invalid=typed.invalid(&form, name) aria-describedby=typed.described_by(&form, name, None)/>
                " " {unit(code)}
            </p>
        }
    };
    let action = reading.record.path(&format!("/measurements/targets/{code}"));
    view! {
        <form method="post" action=format!("{action}#{form}-error") class="target-form">
            <input type="hidden" name="code" value=code/>
            <fieldset>
                <legend>{t("measure-target-legend")}</legend>
                {typed.error_for(&form)}
                {field("low", "measure-target-low", low)}
                {field("high", "measure-target-high", high)}
                <p class="hint">{t("measure-target-hint")}</p>
                <p><button type="submit" class="button">{t("measure-target-button")}</button></p>
            </fieldset>
        </form>
    }
}
