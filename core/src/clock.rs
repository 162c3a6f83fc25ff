//! Time as the store sees it: milliseconds since the Unix epoch, UTC.
//!
//! Both databases store instants as BIGINT milliseconds, which keeps every query portable.

/// The current instant in milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    jiff::Timestamp::now().as_millisecond()
}

/// Minutes in milliseconds.
pub const fn minutes(n: i64) -> i64 {
    n * 60_000
}

/// Hours in milliseconds.
pub const fn hours(n: i64) -> i64 {
    n * 3_600_000
}
