//! A test's trend as a server-rendered SVG: values over time, the reference band behind them,
//! out-of-range points marked by shape as well as colour. The same data is in the history table
//! beside it, which is what assistive technologies read; the chart names itself and says so.
//!
//! The drawing stretches to the page's width while its text keeps its size: the outer `<svg>` has
//! no viewBox (its units are CSS pixels, its x positions percentages of its width), and only the
//! data — band, grid lines, line and points — is drawn in a stretched inner `<svg>` whose strokes
//! do not scale (`vector-effect: non-scaling-stroke`). So the axis labels are as large on a
//! 320 px phone as on a desktop, never scaled down to 7 px.

use carnet_core::record::results::Measure;
use leptos::prelude::*;

use crate::i18n::{date, locale, number, t};

/// Height of the data area, in CSS pixels.
const PLOT_HEIGHT: f64 = 200.0;
/// Room above the data area for the highest value's label, in CSS pixels.
const PLOT_TOP: f64 = 20.0;
/// The inner drawing's own units (both axes): 0..1000.
const UNITS: f64 = 1000.0;
/// Room under the data area for the dates, in CSS pixels.
const DATES_HEIGHT: f64 = 28.0;
/// Points stay this far (in units) from the drawing's sides, so none is cut in half.
const SIDE: f64 = 20.0;
/// About this many intervals between the value axis's ticks.
const TICK_INTERVALS: f64 = 4.0;

/// Round tick values covering `[min, max]`: a step of 1, 2, 2.5 or 5 times a power of ten, the first
/// tick at or below `min`, the last at or above `max`.
fn ticks(min: f64, max: f64) -> Vec<f64> {
    let (min, max) = if (max - min).abs() < f64::EPSILON {
        let pad = (min.abs() * 0.1).max(1.0);
        (min - pad, max + pad)
    } else {
        (min, max)
    };
    let rough = (max - min) / TICK_INTERVALS;
    let power = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0].into_iter().map(|m| m * power).find(|s| *s >= rough).unwrap_or(10.0 * power);
    let first = (min / step + 1e-9).floor();
    let last = (max / step - 1e-9).ceil().max(first + 1.0);
    // Multiples of the step, computed from integers: no binary noise (0.30000000000000004).
    (first as i64..=last as i64).map(|i| i as f64 * step).collect()
}

/// Maps data to the inner drawing's units. Right to left (Arabic), time runs from right to left.
struct Scale {
    t0: f64,
    t1: f64,
    v0: f64,
    v1: f64,
    rtl: bool,
}

impl Scale {
    /// Across, in units (0..1000).
    fn x(&self, at: i64) -> f64 {
        let span = (self.t1 - self.t0).max(1.0);
        let ltr =
            if self.t1 > self.t0 { SIDE + (at as f64 - self.t0) / span * (UNITS - 2.0 * SIDE) } else { UNITS / 2.0 };
        if self.rtl {
            UNITS - ltr
        } else {
            ltr
        }
    }

    /// Down, in units (0..1000): higher values are drawn higher.
    fn y(&self, value: f64) -> f64 {
        let span = (self.v1 - self.v0).max(f64::EPSILON);
        (self.v1 - value) / span * UNITS
    }

    /// Down, in CSS pixels of the outer drawing.
    fn y_px(&self, value: f64) -> f64 {
        PLOT_TOP + self.y(value) / UNITS * PLOT_HEIGHT
    }
}

/// The drawing's frame: time from the first to the last point, values from the tick at or below
/// the lowest point or reference limit to the tick at or above the highest.
fn scale(points: &[Measure], low: Option<f64>, high: Option<f64>, rtl: bool) -> (Scale, Vec<f64>) {
    let values = points.iter().filter_map(|p| p.number).chain(low).chain(high);
    let (min, max) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| (a.min(v), b.max(v)));
    let (min, max) = if min.is_finite() { (min, max) } else { (0.0, 1.0) };
    let ticks = ticks(min, max);
    let first = points.first().map_or(0, |p| p.effective_at) as f64;
    let last = points.last().map_or(0, |p| p.effective_at) as f64;
    let (v0, v1) = (ticks[0], ticks[ticks.len() - 1]);
    (Scale { t0: first, t1: last, v0, v1, rtl }, ticks)
}

/// A tick's label: as few decimals as the step needs (0,5 not 0,50; 120 not 120,0).
fn tick_label(value: f64, ticks: &[f64]) -> String {
    let step = ticks.get(1).zip(ticks.first()).map_or(1.0, |(b, a)| b - a);
    // The fewest decimals that write every multiple of the step exactly (0,25 needs two).
    let whole = |x: f64| (x - x.round()).abs() < 1e-6;
    let decimals = (0..4).find(|d| whole(step * 10f64.powi(*d))).unwrap_or(3);
    let factor = 10f64.powi(decimals);
    number((value * factor).round() / factor)
}

/// `id` names the chart's title and description (two charts on one page need two); `band_legend`
/// and `out_legend` say what the coloured band and the squares are, when the band is not the
/// usual range (a target).
#[component]
pub fn TrendChart(
    points: Vec<Measure>,
    zone: jiff::tz::TimeZone,
    title: String,
    #[prop(default = "trend".to_string())] id: String,
    #[prop(default = None)] band_legend: Option<String>,
    #[prop(default = None)] out_legend: Option<String>,
) -> impl IntoView {
    let rtl = locale().is_rtl();
    let reference = points.last().cloned();
    let (low, high) = reference.as_ref().map_or((None, None), |r| (r.range_low, r.range_high));
    let (s, ticks) = scale(&points, low, high, rtl);
    let has_band = low.is_some() || high.is_some();
    let band = has_band.then(|| {
        let top = s.y(high.unwrap_or(s.v1).min(s.v1));
        let bottom = s.y(low.unwrap_or(s.v0).max(s.v0));
        view! { <rect class="trend-band" x="0" y=top width=UNITS height=(bottom - top).max(0.0)/> }
    });
    let grid =
        ticks.iter().map(|v| view! { <line class="trend-grid" x1="0" x2=UNITS y1=s.y(*v) y2=s.y(*v)/> }).collect_view();
    let line: String = points
        .iter()
        .filter_map(|p| p.number.map(|v| format!("{:.1},{:.1}", s.x(p.effective_at), s.y(v))))
        .collect::<Vec<_>>()
        .join(" ");
    let any_out = points.iter().any(|p| p.number.is_some() && p.flag.is_some_and(|f| f.is_out_of_range()));
    // Zero-length strokes with round (or square) caps: dots that stay round however the
    // drawing is stretched. Out of range is a square, so it does not rest on colour.
    let marks = points
        .iter()
        .filter_map(|p| {
            let v = p.number?;
            let out = p.flag.is_some_and(|f| f.is_out_of_range());
            let class = if out { "trend-point trend-out" } else { "trend-point" };
            Some(view! { <path class=class d=format!("M{:.1},{:.1}h0", s.x(p.effective_at), s.y(v))/> })
        })
        .collect_view();
    // Value labels just above their grid line, at the side the reading starts from.
    let (label_x, far_x) = if rtl { ("99%", "1%") } else { ("1%", "99%") };
    let labels = ticks
        .iter()
        .map(|v| {
            view! {
                <text class="trend-label" x=label_x y=s.y_px(*v) - 4.0 text-anchor="start">
                    {tick_label(*v, &ticks)}
                </text>
            }
        })
        .collect_view();
    let first_at = points.first().map(|p| p.effective_at).unwrap_or_default();
    let last_at = points.last().map(|p| p.effective_at).unwrap_or_default();
    let dates_y = PLOT_TOP + PLOT_HEIGHT + DATES_HEIGHT - 8.0;
    view! {
        <figure class="trend">
            <svg
                class="trend-chart"
                width="100%"
                height=PLOT_TOP + PLOT_HEIGHT + DATES_HEIGHT
                role="img"
                aria-labelledby=format!("{id}-title {id}-desc")
            >
                <title id=format!("{id}-title")>{title.clone()}</title>
                <desc id=format!("{id}-desc")>{t("trend-description")}</desc>
                <svg
                    x="0"
                    y=PLOT_TOP
                    width="100%"
                    height=PLOT_HEIGHT
                    viewBox=format!("0 0 {UNITS} {UNITS}")
                    preserveAspectRatio="none"
                    overflow="visible"
                >
                    {band}
                    {grid}
                    <polyline class="trend-line" points=line/>
                    {marks}
                </svg>
                {labels}
                <text class="trend-label" x=label_x y=dates_y text-anchor="start">{date(first_at, &zone)}</text>
                {(last_at != first_at).then(|| view! {
                    <text class="trend-label" x=far_x y=dates_y text-anchor="end">{date(last_at, &zone)}</text>
                })}
            </svg>
            <figcaption>
                <ul class="trend-legend">
                    <li><span class="swatch swatch-line" aria-hidden="true"></span>{t("trend-legend-line")}</li>
                    {has_band.then(|| view! {
                        <li><span class="swatch swatch-band" aria-hidden="true"></span>{band_legend.clone().unwrap_or_else(|| t("trend-legend-band"))}</li>
                    })}
                    {any_out.then(|| view! {
                        <li><span class="swatch swatch-out" aria-hidden="true"></span>{out_legend.clone().unwrap_or_else(|| t("trend-legend-out"))}</li>
                    })}
                </ul>
            </figcaption>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(ms: i64, v: f64) -> Measure {
        Measure {
            id: String::new(),
            number: Some(v),
            text: None,
            unit: None,
            unit_code: None,
            value_system: None,
            value_code: None,
            range_low: Some(0.7),
            range_high: Some(1.1),
            range_text: None,
            flag: None,
            effective_at: ms,
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
    fn the_scale_covers_points_and_range_and_keeps_up_up() {
        let points = [at(0, 0.9), at(1000, 1.3)];
        let (s, _) = scale(&points, Some(0.7), Some(1.1), false);
        assert!(s.v0 <= 0.7 && s.v1 >= 1.3);
        assert_eq!(s.x(0), SIDE);
        assert_eq!(s.x(1000), UNITS - SIDE);
        // Right to left, time runs the other way, in the same frame.
        let (rtl, _) = scale(&points, Some(0.7), Some(1.1), true);
        assert_eq!(rtl.x(0), UNITS - SIDE);
        assert_eq!(rtl.x(1000), SIDE);
        assert!(s.y(1.3) < s.y(0.9), "higher values are drawn higher");
        // One point, or equal values, still draw inside the frame.
        let (flat, _) = scale(&[at(5, 2.0), at(5, 2.0)], None, None, false);
        assert!(flat.y(2.0).is_finite() && flat.x(5) == UNITS / 2.0);
        assert!((0.0..=UNITS).contains(&flat.y(2.0)));
    }

    #[test]
    fn ticks_are_round_numbers_that_cover_the_values() {
        let close = |a: Vec<f64>, b: &[f64]| a.len() == b.len() && a.iter().zip(b).all(|(x, y)| (x - y).abs() < 1e-9);
        assert!(close(ticks(0.62, 1.31), &[0.6, 0.8, 1.0, 1.2, 1.4]), "{:?}", ticks(0.62, 1.31));
        assert!(close(ticks(61.0, 78.5), &[60.0, 65.0, 70.0, 75.0, 80.0]));
        assert!(close(ticks(118.0, 152.0), &[110.0, 120.0, 130.0, 140.0, 150.0, 160.0]));
        // The highest value is never above the highest tick (1,72 needs 1,8).
        let t = ticks(1.42, 1.72);
        assert!(*t.last().unwrap() >= 1.72 && t[0] <= 1.42, "{t:?}");
        // Limits that fall on a tick stay the frame.
        assert!(close(ticks(0.0, 100.0), &[0.0, 25.0, 50.0, 75.0, 100.0]));
        // A flat series still gets a frame around its value.
        let flat = ticks(5.0, 5.0);
        assert!(flat.len() >= 2 && flat[0] < 5.0 && *flat.last().unwrap() > 5.0, "{flat:?}");
        // Labels carry only the decimals the step needs.
        // (French without a render's language: the decimal comma.)
        assert_eq!(tick_label(0.6, &[0.6, 0.8]), "0,6");
        assert_eq!(tick_label(70.0, &[65.0, 70.0]), "70");
        assert_eq!(tick_label(0.25, &[0.0, 0.25]), "0,25");
        assert_eq!(tick_label(2.5, &[0.0, 2.5]), "2,5");
    }
}
