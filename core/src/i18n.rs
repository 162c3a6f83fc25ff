//! Translations: every user-visible string comes from `locales/<lang>/*.ftl` through here.
//!
//! The server decides the language (account preference, then cookie, then Accept-Language,
//! then French) and renders text; the browser never translates (islands get strings as props).

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

/// A time zone (the clinic's, for showing instants).
pub use jiff::tz::TimeZone as Zone;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "../locales",
        fallback_language: "fr",
        // Right to left, every placeable is isolated (FSI…PDI) so Latin names, numbers and codes
        // keep their own order inside an Arabic sentence. Left to right they would only be
        // invisible noise in e-mail subjects and attribute values.
        customise: |bundle| {
            let rtl = bundle.locales.first().is_some_and(|l| l.language.as_str() == "ar");
            bundle.set_use_isolating(rtl)
        },
    };
}

/// A language Carnet ships. French is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    #[default]
    Fr,
    En,
    Ar,
    Es,
}

impl Locale {
    /// Every shipped language, in the switcher's order.
    pub const ALL: [Locale; 4] = [Locale::Fr, Locale::En, Locale::Ar, Locale::Es];

    /// BCP 47 tag, as used in `<html lang>`, cookies and the accounts table.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::Fr => "fr",
            Locale::En => "en",
            Locale::Ar => "ar",
            Locale::Es => "es",
        }
    }

    /// Text direction for `<html dir>`.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// Whether the language is written right to left (Arabic).
    pub fn is_rtl(self) -> bool {
        matches!(self, Locale::Ar)
    }

    /// The language's own name for itself (shown in the switcher), from its own Fluent file.
    pub fn endonym(self) -> String {
        self.t("language-name")
    }

    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// Picks the best shipped language from an `Accept-Language` header (quality-ordered).
    pub fn negotiate(accept_language: &str) -> Option<Locale> {
        let mut ranged: Vec<(f32, usize, Locale)> = accept_language
            .split(',')
            .enumerate()
            .filter_map(|(i, part)| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?.trim();
                let q =
                    pieces.find_map(|p| p.trim().strip_prefix("q=").and_then(|q| q.parse::<f32>().ok())).unwrap_or(1.0);
                Some((q, i, Locale::from_tag(tag)?))
            })
            .filter(|(q, _, _)| *q > 0.0)
            .collect();
        ranged.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        ranged.first().map(|(_, _, l)| *l)
    }

    fn langid(self) -> LanguageIdentifier {
        self.tag().parse().expect("shipped tags are valid")
    }

    /// The message `id` in this language (falling back to French, then to the id itself).
    pub fn t(self, id: &str) -> String {
        LOCALES.lookup(&self.langid(), id)
    }

    /// The message `id` (one that takes no arguments) in this language, falling back to French;
    /// `None` if no language has it. (`t` answers a missing message with a sentence of its own.)
    pub fn try_t(self, id: &str) -> Option<String> {
        LOCALES.try_lookup(&self.langid(), id)
    }

    /// The message `id` with named arguments.
    pub fn t_args(self, id: &str, args: &[(&'static str, Arg)]) -> String {
        LOCALES.lookup_with_args(&self.langid(), id, &fluent_args(args))
    }

    /// The message `id` with named arguments, or `None` if no Fluent file has it (for ids made
    /// at run time that may not exist, like an e-mail's optional button text).
    pub fn try_t_args(self, id: &str, args: &[(&'static str, Arg)]) -> Option<String> {
        LOCALES.try_lookup_with_args(&self.langid(), id, &fluent_args(args))
    }

    /// A date and time in the clinic's zone, formatted for this language.
    pub fn datetime(self, epoch_ms: i64, zone: &jiff::tz::TimeZone) -> String {
        let Ok(ts) = jiff::Timestamp::from_millisecond(epoch_ms) else {
            return String::new();
        };
        // The pattern (strftime) is a translation like any other: `datetime-pattern`.
        self.strftime(&ts.to_zoned(zone.clone()), "datetime-pattern")
    }

    /// Formats `value` with the strftime pattern held in the message `pattern_id`, month and
    /// weekday names coming from this language's messages (`month-N`, `month-short-N`,
    /// `weekday-N`) rather than from jiff, which only knows English.
    fn strftime<T>(self, value: T, pattern_id: &str) -> String
    where
        T: Copy + Into<jiff::fmt::strtime::BrokenDownTime>,
        jiff::civil::Date: From<T>,
    {
        let date = jiff::civil::Date::from(value);
        let pattern = self.t(pattern_id);
        let mut names = String::with_capacity(pattern.len());
        let mut chars = pattern.chars();
        while let Some(c) = chars.next() {
            if c != '%' {
                names.push(c);
                continue;
            }
            match chars.next() {
                Some('B') => names.push_str(&escape(&self.t(&format!("month-{}", date.month())))),
                Some('b') => names.push_str(&escape(&self.t(&format!("month-short-{}", date.month())))),
                Some('A') => {
                    names.push_str(&escape(&self.t(&format!("weekday-{}", date.weekday().to_monday_one_offset()))))
                }
                Some(other) => {
                    names.push('%');
                    names.push(other);
                }
                None => names.push('%'),
            }
        }
        value.into().to_string(&names).unwrap_or_default()
    }
}

/// A date written from its parts without the isolation marks Arabic puts around each part: a
/// date placed in a sentence is isolated as a whole, and the direction of that isolate comes
/// from its first strong letter (the month's name), which nested isolates would hide — "20
/// ديسمبر 2026" would then be laid out left to right.
fn unisolated(text: String) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// A literal text inside a strftime pattern.
fn escape(text: &str) -> String {
    text.replace('%', "%%")
}

impl Locale {
    /// A date (no time) in the clinic's zone, formatted for this language (`date-pattern`). A
    /// moment exactly at midnight UTC is how Carnet keeps a day given without a time (an onset
    /// "2010-05-01", a vaccination's day, a date a patient typed): it is that day wherever the
    /// clinic is. East of Greenwich nothing changes (midnight UTC falls on the same day); west
    /// of it (the Antilles, French Guiana, Polynesia) the day would otherwise read as the one
    /// before.
    pub fn date(self, epoch_ms: i64, zone: &jiff::tz::TimeZone) -> String {
        let Ok(ts) = jiff::Timestamp::from_millisecond(epoch_ms) else {
            return String::new();
        };
        let zone = if epoch_ms.rem_euclid(86_400_000) == 0 { jiff::tz::TimeZone::UTC } else { zone.clone() };
        self.strftime(&ts.to_zoned(zone), "date-pattern")
    }

    /// A time of day in `zone` (`time-pattern`).
    pub fn time(self, epoch_ms: i64, zone: &jiff::tz::TimeZone) -> String {
        let Ok(ts) = jiff::Timestamp::from_millisecond(epoch_ms) else {
            return String::new();
        };
        self.strftime(&ts.to_zoned(zone.clone()), "time-pattern")
    }

    /// A day with its weekday's name, "lundi 24/11/2026" (`day-with-weekday`).
    pub fn day(self, date: jiff::civil::Date) -> String {
        let weekday = self.t(&format!("weekday-{}", date.weekday().to_monday_one_offset()));
        unisolated(
            self.t_args("day-with-weekday", &[("weekday", weekday.into()), ("date", self.civil_date(date).into())]),
        )
    }

    /// An appointment's start: its day with the weekday, and the time, in `zone`
    /// (`appointment-when`).
    pub fn appointment_when(self, epoch_ms: i64, zone: &jiff::tz::TimeZone) -> String {
        let Ok(ts) = jiff::Timestamp::from_millisecond(epoch_ms) else {
            return String::new();
        };
        let day = self.day(ts.to_zoned(zone.clone()).date());
        self.t_args("appointment-when", &[("day", day.into()), ("time", self.time(epoch_ms, zone).into())])
    }

    /// A day in words with its weekday, "dimanche 6 décembre 2026", "Sunday 6 December 2026"
    /// (`date-long`).
    pub fn long_date(self, date: jiff::civil::Date) -> String {
        let weekday = self.t(&format!("weekday-{}", date.weekday().to_monday_one_offset()));
        unisolated(self.t_args("date-long", &self.date_parts(date, Some(weekday))))
    }

    /// Two days in words as the two ends of a range, each saying no more than it must: "7" and
    /// "13 décembre 2026", "30 novembre" and "6 décembre 2026", or both whole across a year.
    pub fn date_span(self, from: jiff::civil::Date, to: jiff::civil::Date) -> (String, String) {
        let whole = |d| unisolated(self.t_args("date-day-month-year", &self.date_parts(d, None)));
        let first = if from.year() != to.year() {
            whole(from)
        } else if from.month() != to.month() {
            unisolated(self.t_args("date-day-month", &self.date_parts(from, None)))
        } else {
            self.date_parts(from, None)[0].1.to_text()
        };
        (first, whole(to))
    }

    /// `$day` (as `day-of-month` writes it: "1er" in French), `$month`, `$year` and, if given,
    /// `$weekday`.
    fn date_parts(self, date: jiff::civil::Date, weekday: Option<String>) -> Vec<(&'static str, Arg)> {
        let day = unisolated(self.t_args("day-of-month", &[("day", i64::from(date.day()).into())]));
        let mut parts = vec![
            ("day", day.into()),
            ("month", self.t(&format!("month-{}", date.month())).into()),
            ("year", date.year().to_string().into()),
        ];
        if let Some(weekday) = weekday {
            parts.push(("weekday", weekday.into()));
        }
        parts
    }

    /// A calendar date formatted for this language (`date-pattern`).
    pub fn civil_date(self, date: jiff::civil::Date) -> String {
        self.strftime(date, "date-pattern")
    }

    /// A measured value: as few digits as it was given with, and this language's decimal
    /// separator (`decimal-separator`: a comma in French).
    pub fn number(self, value: f64) -> String {
        let text = format!("{value}");
        match text.split_once('.') {
            Some((whole, fraction)) => format!("{whole}{}{fraction}", self.t("decimal-separator")),
            None => text,
        }
    }
}

fn fluent_args(args: &[(&'static str, Arg)]) -> HashMap<Cow<'static, str>, FluentValue<'static>> {
    args.iter()
        .map(|(k, v)| {
            let value = match v {
                Arg::Text(s) => FluentValue::from(s.clone()),
                Arg::Number(n) => FluentValue::from(*n),
            };
            (Cow::Borrowed(*k), value)
        })
        .collect()
}

/// A Fluent argument value.
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl Arg {
    fn to_text(&self) -> String {
        match self {
            Arg::Text(text) => text.clone(),
            Arg::Number(n) => n.to_string(),
        }
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}

/// The clinic's time zone (Europe/Paris unless configured otherwise).
pub fn clinic_zone(name: &str) -> Option<jiff::tz::TimeZone> {
    jiff::tz::TimeZone::get(name).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn ids(lang: &str) -> BTreeSet<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales").join(lang);
        let mut ids = BTreeSet::new();
        for entry in std::fs::read_dir(&dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for line in text.lines() {
                if let Some((id, _)) = line.split_once(" =") {
                    if id.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) && !id.contains(' ') {
                        ids.insert(id.to_string());
                    }
                }
            }
        }
        ids
    }

    /// Each message's variables (`{ $name }`), by id, across a language's files.
    fn variables(lang: &str) -> std::collections::BTreeMap<String, BTreeSet<String>> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales").join(lang);
        let mut found = std::collections::BTreeMap::<String, BTreeSet<String>>::new();
        for entry in std::fs::read_dir(&dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            let mut current: Option<String> = None;
            for line in text.lines() {
                match line.split_once(" =") {
                    Some((id, _))
                        if id.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) && !id.contains(' ') =>
                    {
                        current = Some(id.to_string());
                    }
                    _ if line.starts_with('#') || line.is_empty() && current.is_none() => {}
                    _ if !line.starts_with(' ') && !line.is_empty() && !line.starts_with('}') => current = None,
                    _ => {}
                }
                let Some(id) = &current else { continue };
                let vars = found.entry(id.clone()).or_default();
                for piece in line.split("$").skip(1) {
                    let name: String = piece.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                    if !name.is_empty() {
                        vars.insert(name);
                    }
                }
            }
        }
        found
    }

    #[test]
    fn translations_use_the_same_variables_as_french() {
        let french = variables("fr");
        for locale in Locale::ALL {
            for (id, vars) in variables(locale.tag()) {
                assert_eq!(
                    Some(&vars),
                    french.get(&id),
                    "{}: {id} does not take the same variables as in French",
                    locale.tag()
                );
            }
        }
    }

    #[test]
    fn every_language_has_every_message() {
        let reference: BTreeSet<String> = Locale::ALL.iter().flat_map(|l| ids(l.tag())).collect();
        assert!(reference.len() > 20, "the locale files were not found");
        for locale in Locale::ALL {
            let own = ids(locale.tag());
            let missing: Vec<&String> = reference.difference(&own).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", locale.tag());
            for id in reference.iter() {
                assert_ne!(&locale.t(id), id, "{} does not resolve {id}", locale.tag());
            }
        }
    }

    /// Every problem a form can be refused with has its message in every language: the ids are
    /// an enum, so this covers all of them (no id is built from text).
    #[test]
    fn every_problem_has_a_message_in_every_language() {
        for locale in Locale::ALL {
            let messages = ids(locale.tag());
            for problem in crate::Problem::ALL {
                let id = problem.message_id();
                assert!(messages.contains(id), "{}: {problem:?} ({id}) has no message", locale.tag());
            }
        }
    }

    /// The message ids the code names literally (a string literal as the first argument of `t` or
    /// `t_args`), in the sources of core, app and server.
    fn ids_named_in_the_code() -> BTreeSet<(String, String)> {
        fn walk(dir: &std::path::Path, found: &mut BTreeSet<(String, String)>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, found);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for call in ["t(\"", "t_args(\""] {
                        for (at, _) in text.match_indices(call) {
                            let before = text[..at].chars().next_back();
                            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                                continue;
                            }
                            let id: String = text[at + call.len()..].chars().take_while(|c| *c != '"').collect();
                            if !id.is_empty()
                                && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                            {
                                found.insert((id, path.display().to_string()));
                            }
                        }
                    }
                }
            }
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut found = BTreeSet::new();
        for krate in ["core", "app", "server"] {
            walk(&root.join(krate).join("src"), &mut found);
        }
        found
    }

    #[test]
    fn every_message_the_code_names_exists() {
        let named = ids_named_in_the_code();
        assert!(named.len() > 200, "the sources were not found ({} ids)", named.len());
        let french = ids("fr");
        let missing: Vec<String> =
            named.iter().filter(|(id, _)| !french.contains(id)).map(|(id, file)| format!("{id} ({file})")).collect();
        assert!(missing.is_empty(), "named in the code but in no Fluent file: {missing:?}");
    }

    #[test]
    fn accept_language_is_negotiated_by_quality() {
        assert_eq!(Locale::negotiate("en-GB,en;q=0.9,fr;q=0.8"), Some(Locale::En));
        assert_eq!(Locale::negotiate("de-DE, fr;q=0.5, en;q=0.7"), Some(Locale::En));
        assert_eq!(Locale::negotiate("de, it"), None);
        assert_eq!(Locale::negotiate("en;q=0, fr-CA"), Some(Locale::Fr));
        assert_eq!(Locale::negotiate(""), None);
    }

    #[test]
    fn messages_take_arguments() {
        let text = Locale::En.t_args("home-greeting", &[("name", "Ada".into())]);
        assert!(text.contains("Ada"), "{text}");
    }

    #[test]
    fn numbers_and_dates_follow_the_language() {
        assert_eq!(Locale::Fr.number(1.18), "1,18");
        assert_eq!(Locale::En.number(1.18), "1.18");
        assert_eq!(Locale::Fr.number(142.0), "142");
        assert_eq!(Locale::Fr.number(-0.5), "-0,5");
        let paris = clinic_zone("Europe/Paris").unwrap();
        // 2026-07-01T23:30:00Z is already 2 July in Paris.
        let ms = 1_782_948_600_000;
        assert_eq!(Locale::Fr.date(ms, &paris), "02/07/2026");
        assert_eq!(Locale::En.date(ms, &paris), "2 Jul 2026");
        // Month names come from each language's messages, not from the date library's English.
        assert_eq!(Locale::Es.date(ms, &paris), "2 jul 2026");
        assert_eq!(Locale::Ar.date(ms, &paris), "2 يوليو 2026");
        assert_eq!(Locale::Es.number(1.18), "1,18");
        assert_eq!(Locale::Ar.number(1.18), "1,18", "Western digits and the Maghreb's decimal comma");
    }

    #[test]
    fn arabic_is_right_to_left_and_isolates_what_it_quotes() {
        assert_eq!(Locale::Ar.dir(), "rtl");
        assert!(Locale::ALL.iter().filter(|l| **l != Locale::Ar).all(|l| l.dir() == "ltr"));
        let text = Locale::Ar.t_args("home-greeting", &[("name", "Ada".into())]);
        assert!(text.contains("\u{2068}Ada\u{2069}"), "a Latin name keeps its order: {text:?}");
        let text = Locale::Fr.t_args("home-greeting", &[("name", "Ada".into())]);
        assert_eq!(text, "Bonjour, Ada");
    }

    #[test]
    fn plurals_follow_each_language() {
        let count = |locale: Locale, n: i64| locale.t_args("result-count", &[("count", n.into())]);
        assert_eq!(count(Locale::En, 1), "one result");
        // French counts 0 as singular: "un résultat" must never stand for none.
        assert_eq!(count(Locale::Fr, 0), "aucun résultat");
        assert_eq!(count(Locale::Fr, 1), "un résultat");
        assert_eq!(count(Locale::Es, 3), "3 resultados");
        assert_eq!(count(Locale::Ar, 2), "نتيجتان");
        assert!(count(Locale::Ar, 5).contains("نتائج"), "3 to 10 take the plural");
        assert!(count(Locale::Ar, 11).contains("نتيجة"), "11 to 99 take the singular");
    }

    #[test]
    fn weekdays_and_months_are_named_in_the_language() {
        let day = jiff::civil::date(2026, 11, 23);
        let plain = |text: String| text.replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(Locale::Es.day(day), "lunes 23 nov 2026");
        assert_eq!(plain(Locale::Ar.day(day)), "الاثنين 23 نوفمبر 2026");
        // Placed in a sentence, the day is one isolate that starts with a letter (the weekday's),
        // so it is laid out right to left: the weekday is read before the date.
        let paris = clinic_zone("Europe/Paris").unwrap();
        let monday_nine = day.to_zoned(paris.clone()).unwrap().timestamp().as_millisecond() + 9 * 3_600_000;
        let when = Locale::Ar.appointment_when(monday_nine, &paris);
        assert!(when.starts_with("\u{2068}الاثنين 23 نوفمبر 2026\u{2069}"), "{when:?}");
    }

    #[test]
    fn days_and_weeks_in_words() {
        let plain = |text: String| text.replace(['\u{2068}', '\u{2069}'], "");
        let sunday = jiff::civil::date(2026, 12, 6);
        assert_eq!(Locale::Fr.long_date(sunday), "dimanche 6 décembre 2026");
        assert_eq!(Locale::En.long_date(sunday), "Sunday 6 December 2026");
        assert_eq!(Locale::Es.long_date(sunday), "domingo, 6 de diciembre de 2026");
        assert_eq!(plain(Locale::Ar.long_date(sunday)), "الأحد 6 ديسمبر 2026");
        assert_eq!(Locale::Fr.long_date(jiff::civil::date(2027, 1, 1)), "vendredi 1er janvier 2027");
        let week = |locale: Locale, from, to| {
            let (from, to) = locale.date_span(from, to);
            plain(locale.t_args("agenda-week-heading", &[("from", from.into()), ("to", to.into())]))
        };
        let (monday, next_sunday) = (jiff::civil::date(2026, 12, 7), jiff::civil::date(2026, 12, 13));
        assert_eq!(week(Locale::En, monday, next_sunday), "Week of 7 to 13 December 2026");
        assert_eq!(week(Locale::Fr, monday, next_sunday), "Semaine du 7 au 13 décembre 2026");
        assert_eq!(week(Locale::Es, monday, next_sunday), "Semana del 7 al 13 de diciembre de 2026");
        assert_eq!(week(Locale::Ar, monday, next_sunday), "الأسبوع من 7 إلى 13 ديسمبر 2026");
        // Each end is one run of text whose first letter (the month's) makes it right to left.
        assert_eq!(Locale::Ar.date_span(monday, next_sunday), ("7".to_string(), "13 ديسمبر 2026".to_string()));
        assert_eq!(Locale::Ar.long_date(sunday), "الأحد 6 ديسمبر 2026");
        let across_months = week(Locale::Fr, jiff::civil::date(2026, 11, 30), sunday);
        assert_eq!(across_months, "Semaine du 30 novembre au 6 décembre 2026");
        let across_years = week(Locale::En, jiff::civil::date(2026, 12, 28), jiff::civil::date(2027, 1, 3));
        assert_eq!(across_years, "Week of 28 December 2026 to 3 January 2027");
    }

    #[test]
    fn datetimes_follow_the_zone_and_the_language() {
        let paris = clinic_zone("Europe/Paris").unwrap();
        // 2026-07-01T10:00:00Z is noon in Paris (summer time).
        let ms = 1_782_900_000_000;
        assert_eq!(Locale::Fr.datetime(ms, &paris), "01/07/2026 à 12:00");
        assert_eq!(Locale::En.datetime(ms, &paris), "1 Jul 2026, 12:00");
    }

    #[test]
    fn a_day_given_without_a_time_is_that_day_west_of_greenwich_too() {
        let (paris, antilles) = (clinic_zone("Europe/Paris").unwrap(), clinic_zone("America/Martinique").unwrap());
        // 2010-05-01, kept as midnight UTC: the 1st in Paris and in Fort-de-France.
        let day = jiff::civil::date(2010, 5, 1).to_zoned(jiff::tz::TimeZone::UTC).unwrap().timestamp().as_millisecond();
        assert_eq!(Locale::Fr.date(day, &paris), "01/05/2010");
        assert_eq!(Locale::Fr.date(day, &antilles), "01/05/2010");
        // A moment of the day stays in the clinic's zone: 03:00 UTC is 23:00 the day before there.
        let night = day + 3 * 3_600_000;
        assert_eq!(
            (Locale::Fr.date(night, &paris), Locale::Fr.date(night, &antilles)),
            ("01/05/2010".into(), "30/04/2010".into())
        );
    }
}
