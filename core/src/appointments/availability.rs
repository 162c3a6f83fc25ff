//! Weekly availability: "Mondays 09:00–12:00, 20-minute slots, in person" plus closed days,
//! turned into the concrete slots of the coming weeks. Times are the place's wall-clock times;
//! slots are UTC instants, so a slot at 09:00 is at 09:00 in Paris in winter and in summer.
//!
//! On the days the clocks change, a slot whose start or end does not exist (spring forward) or
//! exists twice (fall back) is left out rather than guessed: a patient must never be given an
//! ambiguous time. Surgeries rarely open between 02:00 and 03:00, where this happens.

use crate::error::Problem;
use jiff::civil::{Date, Time, Weekday};
use jiff::tz::TimeZone;

use crate::{Error, Result};

/// How the patient attends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visit {
    InPerson,
    Video,
}

impl Visit {
    pub fn as_str(self) -> &'static str {
        match self {
            Visit::InPerson => "in-person",
            Visit::Video => "video",
        }
    }
}

/// One weekly opening: on `weekday`, from `start` to `end`, cut into slots of `slot_minutes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeeklyRule {
    pub weekday: Weekday,
    pub start: Time,
    pub end: Time,
    pub slot_minutes: i64,
    pub visit: Visit,
}

/// Shortest and longest slot a professional may publish.
pub const SLOT_MINUTES: std::ops::RangeInclusive<i64> = 5..=240;

impl WeeklyRule {
    /// Checks an opening as typed: times `HH:MM`, start before end, a slot length in
    /// [`SLOT_MINUTES`] that fits at least once.
    pub fn parse(weekday: Weekday, start: &str, end: &str, slot_minutes: &str, visit: Visit) -> Result<WeeklyRule> {
        let time = |raw: &str| parse_time(raw).ok_or(Error::Invalid(Problem::AvailabilityTime));
        let (start, end) = (time(start)?, time(end)?);
        let slot_minutes: i64 =
            slot_minutes.trim().parse().map_err(|_| Error::Invalid(Problem::AvailabilitySlotLength))?;
        if !SLOT_MINUTES.contains(&slot_minutes) {
            return Err(Error::Invalid(Problem::AvailabilitySlotLength));
        }
        let minutes = |t: Time| i64::from(t.hour()) * 60 + i64::from(t.minute());
        if minutes(end) - minutes(start) < slot_minutes {
            return Err(Error::Invalid(Problem::AvailabilityTooShort));
        }
        Ok(WeeklyRule { weekday, start, end, slot_minutes, visit })
    }
}

/// `H:MM` or `HH:MM`, 24-hour clock (what a time field sends, and what people type).
fn parse_time(raw: &str) -> Option<Time> {
    let (hours, minutes) = raw.trim().split_once(':')?;
    if !(1..=2).contains(&hours.len()) || minutes.len() != 2 {
        return None;
    }
    Time::new(hours.parse().ok()?, minutes.parse().ok()?, 0, 0).ok()
}

/// A concrete slot: UTC instants in milliseconds, `[starts_at, ends_at)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub starts_at: i64,
    pub ends_at: i64,
    pub visit: Visit,
}

/// The slots of `days` days from `from` (included), in `zone`, skipping `closed` days, in time
/// order. Overlapping rules give overlapping slots only once per start instant.
pub fn slots(rules: &[WeeklyRule], closed: &[Date], from: Date, days: i64, zone: &TimeZone) -> Vec<Slot> {
    let mut out = Vec::new();
    let mut day = from;
    for _ in 0..days {
        if !closed.contains(&day) {
            for rule in rules.iter().filter(|r| r.weekday == day.weekday()) {
                push_day(&mut out, rule, day, zone);
            }
        }
        match day.tomorrow() {
            Ok(next) => day = next,
            Err(_) => break,
        }
    }
    out.sort_by_key(|s| (s.starts_at, s.ends_at));
    out.dedup_by_key(|s| s.starts_at);
    out
}

fn push_day(out: &mut Vec<Slot>, rule: &WeeklyRule, day: Date, zone: &TimeZone) {
    let step = jiff::Span::new().minutes(rule.slot_minutes);
    let (mut start, end) = (day.to_datetime(rule.start), day.to_datetime(rule.end));
    loop {
        let Ok(stop) = start.checked_add(step) else { return };
        if stop > end {
            return;
        }
        if let (Some(starts_at), Some(ends_at)) = (instant(start, zone), instant(stop, zone)) {
            out.push(Slot { starts_at, ends_at, visit: rule.visit });
        }
        start = stop;
    }
}

/// The one instant a wall-clock time names in `zone`, if it names exactly one.
fn instant(local: jiff::civil::DateTime, zone: &TimeZone) -> Option<i64> {
    let zoned = zone.to_ambiguous_zoned(local).unambiguous().ok()?;
    Some(zoned.timestamp().as_millisecond())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paris() -> TimeZone {
        TimeZone::get("Europe/Paris").unwrap()
    }

    fn rule(weekday: Weekday, start: &str, end: &str, minutes: &str) -> WeeklyRule {
        WeeklyRule::parse(weekday, start, end, minutes, Visit::InPerson).unwrap()
    }

    fn utc(ms: i64) -> String {
        jiff::Timestamp::from_millisecond(ms).unwrap().to_string()
    }

    #[test]
    fn openings_are_checked() {
        assert!(WeeklyRule::parse(Weekday::Monday, "9:00", "12:00", "20", Visit::Video).is_ok());
        let refused = |start, end, minutes| WeeklyRule::parse(Weekday::Monday, start, end, minutes, Visit::Video);
        assert!(matches!(refused("12:00", "09:00", "20"), Err(Error::Invalid(Problem::AvailabilityTooShort))));
        assert!(matches!(refused("09:00", "09:10", "20"), Err(Error::Invalid(Problem::AvailabilityTooShort))));
        assert!(matches!(refused("9h", "12:00", "20"), Err(Error::Invalid(Problem::AvailabilityTime))));
        assert!(matches!(refused("24:00", "25:00", "20"), Err(Error::Invalid(Problem::AvailabilityTime))));
        assert!(matches!(refused("09:5", "12:00", "20"), Err(Error::Invalid(Problem::AvailabilityTime))));
        assert!(matches!(refused("09:00", "12:00", "2"), Err(Error::Invalid(Problem::AvailabilitySlotLength))));
        assert!(matches!(refused("09:00", "12:00", "x"), Err(Error::Invalid(Problem::AvailabilitySlotLength))));
    }

    #[test]
    fn a_morning_is_cut_into_slots_that_fit() {
        let monday: Date = "2026-11-23".parse().unwrap();
        let slots = slots(&[rule(Weekday::Monday, "09:00", "10:10", "20")], &[], monday, 7, &paris());
        // 09:00, 09:20, 09:40 (10:00–10:20 would pass the end); winter: UTC+1.
        assert_eq!(slots.len(), 3);
        assert_eq!(utc(slots[0].starts_at), "2026-11-23T08:00:00Z");
        assert_eq!(utc(slots[2].ends_at), "2026-11-23T09:00:00Z");
    }

    #[test]
    fn wall_clock_times_hold_across_the_spring_and_autumn_changes() {
        let zone = paris();
        // Clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026.
        let sundays = rule(Weekday::Sunday, "09:00", "10:00", "30");
        let march: Date = "2026-03-22".parse().unwrap();
        let around_spring = slots(&[sundays], &[], march, 14, &zone);
        let starts: Vec<String> = around_spring.iter().map(|s| utc(s.starts_at)).collect();
        assert_eq!(
            starts,
            ["2026-03-22T08:00:00Z", "2026-03-22T08:30:00Z", "2026-03-29T07:00:00Z", "2026-03-29T07:30:00Z"],
            "09:00 in Paris is 08:00 UTC before the change, 07:00 after"
        );
        let october: Date = "2026-10-18".parse().unwrap();
        let around_autumn = slots(&[sundays], &[], october, 14, &zone);
        assert_eq!(utc(around_autumn[0].starts_at), "2026-10-18T07:00:00Z");
        assert_eq!(utc(around_autumn[2].starts_at), "2026-10-25T08:00:00Z");
        // Every slot lasts its 30 minutes, even on the 23- and 25-hour days.
        assert!(around_spring.iter().chain(&around_autumn).all(|s| s.ends_at - s.starts_at == 30 * 60_000));
    }

    #[test]
    fn times_that_do_not_exist_or_exist_twice_are_left_out() {
        let zone = paris();
        let night = rule(Weekday::Sunday, "01:30", "03:30", "30");
        // Spring: 02:00–03:00 does not exist; slots starting or ending in it (01:30–02:00,
        // 02:00, 02:30) are left out: only 03:00 remains.
        let spring = slots(&[night], &[], "2026-03-29".parse().unwrap(), 1, &zone);
        let starts: Vec<String> = spring.iter().map(|s| utc(s.starts_at)).collect();
        assert_eq!(starts, ["2026-03-29T01:00:00Z"]);
        // Autumn: 02:00–03:00 happens twice; the same slots are left out, 03:00 remains.
        let autumn = slots(&[night], &[], "2026-10-25".parse().unwrap(), 1, &zone);
        let starts: Vec<String> = autumn.iter().map(|s| utc(s.starts_at)).collect();
        assert_eq!(starts, ["2026-10-25T02:00:00Z"]);
        // The day before, the same night has all four.
        assert_eq!(slots(&[night], &[], "2026-10-18".parse().unwrap(), 1, &zone).len(), 4);
    }

    #[test]
    fn closed_days_and_overlaps() {
        let monday: Date = "2026-11-23".parse().unwrap();
        let rules = [rule(Weekday::Monday, "09:00", "10:00", "30"), rule(Weekday::Monday, "09:00", "09:30", "30")];
        assert_eq!(slots(&rules, &[], monday, 1, &paris()).len(), 2, "one slot per start instant");
        assert!(slots(&rules, &[monday], monday, 1, &paris()).is_empty());
    }
}
