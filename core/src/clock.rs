//! Time as the store sees it: milliseconds since the Unix epoch, UTC.
//!
//! Both databases store instants as BIGINT milliseconds, which keeps every query portable.

/// The current instant: the system clock. Only in a debug build started with
/// `CARNET_TEST_CLOCK_FILE`, plus the whole days that file holds (the browser journeys move the
/// clock past a birthday with it); a release build never reads it.
pub fn now() -> jiff::Timestamp {
    let now = jiff::Timestamp::now();
    #[cfg(debug_assertions)]
    if let Some(moved) = test_offset_days().and_then(|days| now.checked_add(jiff::Span::new().hours(24 * days)).ok()) {
        return moved;
    }
    now
}

/// The current instant in milliseconds since the Unix epoch ([`now`]).
pub fn now_ms() -> i64 {
    now().as_millisecond()
}

/// The days a debug build's clock is moved by (see [`now`]), read on every call.
#[cfg(debug_assertions)]
fn test_offset_days() -> Option<i64> {
    static FILE: std::sync::OnceLock<Option<std::path::PathBuf>> = std::sync::OnceLock::new();
    let file = FILE.get_or_init(|| std::env::var_os("CARNET_TEST_CLOCK_FILE").map(Into::into)).as_ref()?;
    std::fs::read_to_string(file).ok()?.trim().parse().ok()
}

/// Minutes in milliseconds.
pub const fn minutes(n: i64) -> i64 {
    n * 60_000
}

/// Hours in milliseconds.
pub const fn hours(n: i64) -> i64 {
    n * 3_600_000
}

/// The instants (ms) bounding the days typed as `YYYY-MM-DD` from `from` to `to`, both
/// inclusive, in `zone` (a day where clocks change lasts 23 or 25 hours): the start of `from`
/// and the start of the day after `to`. An empty date leaves its end open (`None`). `None`
/// altogether if a date is not one.
pub fn day_range(from: &str, to: &str, zone: &jiff::tz::TimeZone) -> Option<(Option<i64>, Option<i64>)> {
    let start_of = |date: jiff::civil::Date| -> Option<i64> {
        Some(date.to_zoned(zone.clone()).ok()?.timestamp().as_millisecond())
    };
    let from = match from.trim() {
        "" => None,
        typed => Some(start_of(typed.parse().ok()?)?),
    };
    let until = match to.trim() {
        "" => None,
        typed => Some(start_of(typed.parse::<jiff::civil::Date>().ok()?.tomorrow().ok()?)?),
    };
    Some((from, until))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_ranges_cover_whole_days_in_the_zone() {
        let zone = jiff::tz::TimeZone::get("Europe/Paris").unwrap();
        let (from, until) = day_range("2026-03-29", "2026-03-29", &zone).unwrap();
        // The day clocks go forward in Paris has 23 hours.
        assert_eq!(until.unwrap() - from.unwrap(), hours(23));
        assert_eq!(day_range("", "", &zone), Some((None, None)));
        assert_eq!(day_range("2026-01-01", "", &zone).unwrap().1, None);
        assert!(day_range("29/03/2026", "", &zone).is_none());
        assert!(day_range("", "2026-02-30", &zone).is_none());
    }
}
