//! A test's trend as a server-rendered SVG: values over time, the reference band behind them,
//! out-of-range points marked by shape as well as colour. The same data is in the history table
//! beside it, which is what assistive technologies read; the chart names itself and says so.

use carnet_core::record::results::Measure;
use leptos::prelude::*;

use crate::i18n::{date, locale, number, t};

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 260.0;
const LEFT: f64 = 56.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 36.0;

/// Scales from data to the drawing area. Right to left (Arabic), time runs from right to left
/// and the value axis stands on the right: every x is mirrored, text anchors are not (they
/// already follow the text's direction).
struct Scale {
    t0: f64,
    t1: f64,
    v0: f64,
    v1: f64,
    rtl: bool,
}

impl Scale {
    fn x(&self, at: i64) -> f64 {
        let span = (self.t1 - self.t0).max(1.0);
        self.mirror(LEFT + (at as f64 - self.t0) / span * (WIDTH - LEFT - RIGHT))
    }

    /// A left-to-right x, placed for the page's direction.
    fn mirror(&self, x: f64) -> f64 {
        if self.rtl {
            WIDTH - x
        } else {
            x
        }
    }

    fn y(&self, value: f64) -> f64 {
        let span = (self.v1 - self.v0).max(f64::EPSILON);
        TOP + (self.v1 - value) / span * (HEIGHT - TOP - BOTTOM)
    }
}

/// The drawing's frame: time from the first to the last point, values covering the points and
/// the reference range, with a margin.
fn scale(points: &[Measure], low: Option<f64>, high: Option<f64>, rtl: bool) -> Scale {
    let values = points.iter().filter_map(|p| p.number).chain(low).chain(high);
    let (min, max) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| (a.min(v), b.max(v)));
    let margin = ((max - min) * 0.1).max(max.abs() * 0.05).max(0.1);
    let first = points.first().map_or(0, |p| p.effective_at) as f64;
    let last = points.last().map_or(1, |p| p.effective_at) as f64;
    Scale { t0: first, t1: last, v0: min - margin, v1: max + margin, rtl }
}

#[component]
pub fn TrendChart(points: Vec<Measure>, zone: jiff::tz::TimeZone, title: String) -> impl IntoView {
    let reference = points.last().cloned();
    let (low, high) = reference.as_ref().map_or((None, None), |r| (r.range_low, r.range_high));
    let s = scale(&points, low, high, locale().is_rtl());
    let band = (low.is_some() || high.is_some()).then(|| {
        let top = s.y(high.unwrap_or(s.v1));
        let bottom = s.y(low.unwrap_or(s.v0));
        view! {
            <rect
                class="trend-band"
                x=s.mirror(LEFT).min(s.mirror(WIDTH - RIGHT))
                y=top
                width=WIDTH - LEFT - RIGHT
                height=(bottom - top).max(0.0)
            />
        }
    });
    let line: String = points
        .iter()
        .filter_map(|p| p.number.map(|v| format!("{:.1},{:.1}", s.x(p.effective_at), s.y(v))))
        .collect::<Vec<_>>()
        .join(" ");
    let marks = points
        .iter()
        .filter_map(|p| {
            let v = p.number?;
            let (x, y) = (s.x(p.effective_at), s.y(v));
            Some(if p.flag.is_some_and(|f| f.is_out_of_range()) {
                // A diamond, so "out of range" does not rest on colour.
                let d = format!("M{:.1},{:.1} l5,5 l-5,5 l-5,-5 z", x, y - 5.0);
                view! { <path class="trend-point trend-out" d=d/> }.into_any()
            } else {
                view! { <circle class="trend-point" cx=format!("{x:.1}") cy=format!("{y:.1}") r="3.5"/> }.into_any()
            })
        })
        .collect_view();
    let first_at = points.first().map(|p| p.effective_at).unwrap_or_default();
    let last_at = points.last().map(|p| p.effective_at).unwrap_or_default();
    let axis_y = HEIGHT - BOTTOM;
    view! {
        <figure class="trend">
            <svg
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                role="img"
                aria-labelledby="trend-title trend-desc"
                preserveAspectRatio="xMidYMid meet"
            >
                <title id="trend-title">{title.clone()}</title>
                <desc id="trend-desc">{t("trend-description")}</desc>
                {band}
                <line class="trend-axis" x1=s.mirror(LEFT) y1=axis_y x2=s.mirror(WIDTH - RIGHT) y2=axis_y/>
                <line class="trend-axis" x1=s.mirror(LEFT) y1=TOP x2=s.mirror(LEFT) y2=axis_y/>
                <text class="trend-label" x=s.mirror(LEFT - 6.0) y=s.y(s.v1) + 12.0 text-anchor="end">
                    {number(round(s.v1))}
                </text>
                <text class="trend-label" x=s.mirror(LEFT - 6.0) y=axis_y text-anchor="end">{number(round(s.v0))}</text>
                <text class="trend-label" x=s.mirror(LEFT) y=HEIGHT - 10.0 text-anchor="start">{date(first_at, &zone)}</text>
                <text class="trend-label" x=s.mirror(WIDTH - RIGHT) y=HEIGHT - 10.0 text-anchor="end">
                    {date(last_at, &zone)}
                </text>
                <polyline class="trend-line" points=line/>
                {marks}
            </svg>
            <figcaption class="hint">{t("trend-legend")}</figcaption>
        </figure>
    }
}

/// Axis labels with two significant decimals at most.
fn round(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
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
            range_low: Some(0.7),
            range_high: Some(1.1),
            range_text: None,
            flag: None,
            effective_at: ms,
            performer: None,
        }
    }

    #[test]
    fn the_scale_covers_points_and_range_and_keeps_up_up() {
        let points = [at(0, 0.9), at(1000, 1.3)];
        let s = scale(&points, Some(0.7), Some(1.1), false);
        assert!(s.v0 < 0.7 && s.v1 > 1.3);
        assert_eq!(s.x(0), LEFT);
        assert_eq!(s.x(1000), WIDTH - RIGHT);
        // Right to left, time runs the other way, in the same frame.
        let rtl = scale(&points, Some(0.7), Some(1.1), true);
        assert_eq!(rtl.x(0), WIDTH - LEFT);
        assert_eq!(rtl.x(1000), RIGHT);
        assert!(s.y(1.3) < s.y(0.9), "higher values are drawn higher");
        // One point, or equal values, still draw inside the frame.
        let flat = scale(&[at(5, 2.0), at(5, 2.0)], None, None, false);
        assert!(flat.y(2.0).is_finite() && flat.x(5).is_finite());
    }
}
