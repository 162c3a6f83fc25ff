//! Translation helpers for pages: the language of the current render, provided by the shell.

use carnet_core::i18n::{Arg, Locale};
use leptos::prelude::use_context;

pub fn locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}

/// The message `id` in the current language.
pub fn t(id: &str) -> String {
    locale().t(id)
}

/// The message `id` with arguments.
pub fn t_args(id: &str, args: &[(&'static str, Arg)]) -> String {
    locale().t_args(id, args)
}

/// A date and time in the clinic's zone, in the current language.
pub fn datetime(epoch_ms: i64, zone: &carnet_core::i18n::Zone) -> String {
    locale().datetime(epoch_ms, zone)
}

/// A date (no time) in the clinic's zone, in the current language.
pub fn date(epoch_ms: i64, zone: &carnet_core::i18n::Zone) -> String {
    locale().date(epoch_ms, zone)
}

/// A calendar date in the current language.
pub fn civil_date(date: jiff::civil::Date) -> String {
    locale().civil_date(date)
}

/// A measured value with the current language's decimal separator.
pub fn number(value: f64) -> String {
    locale().number(value)
}

/// `text` with its first letter up, for a heading that starts with a weekday ("Dimanche 6
/// décembre 2026"): CSS `capitalize` would raise every word.
pub fn capitalized(text: String) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => text,
    }
}
