//! The `.ics` file (iCalendar, RFC 5545) that goes with every confirmation, change and
//! cancellation e-mail, and that the appointment page offers: one event in the place's time zone,
//! with that zone's definition (`VTIMEZONE`) so calendars show the right time on both sides of a
//! daylight-saving change.
//!
//! Every message about one appointment carries the same `UID` and a growing `SEQUENCE`, so a
//! calendar replaces the event it has (moved) or marks it cancelled (`STATUS:CANCELLED`). A live
//! event carries its reminders (`VALARM`, shown by the calendar at the times chosen) and the
//! address of its page (`URL`).

use jiff::tz::{Offset, TimeZone};
use jiff::Timestamp;

/// What the event says.
#[derive(Debug, Clone)]
pub struct Event<'a> {
    /// Stable across changes: the appointment's id (a move keeps the first one's).
    pub uid: &'a str,
    pub sequence: i64,
    pub cancelled: bool,
    pub starts_at: i64,
    pub ends_at: i64,
    pub zone: &'a TimeZone,
    pub summary: &'a str,
    pub location: &'a str,
    pub description: &'a str,
    /// The event's page (`URL`).
    pub url: Option<&'a str>,
    /// Reminders before the start (left out of a cancelled event).
    pub alarms: &'a [Alarm],
    /// When this version was written (DTSTAMP).
    pub stamp: i64,
}

/// A reminder the calendar shows some time before the event starts (`VALARM`, `ACTION:DISPLAY`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Alarm {
    /// How long before the start, in minutes.
    pub minutes_before: i64,
}

impl Alarm {
    /// The day before, at the same time.
    pub const DAY_BEFORE: Alarm = Alarm { minutes_before: 24 * 60 };

    pub const fn minutes_before(minutes_before: i64) -> Alarm {
        Alarm { minutes_before }
    }

    /// The trigger as an RFC 5545 duration before the start: `-P1D`, `-PT1H`, `-PT15M`.
    fn trigger(self) -> String {
        let m = self.minutes_before.max(0);
        match (m / (24 * 60), m % (24 * 60)) {
            (0, 0) => "-PT0M".to_string(),
            (days, 0) => format!("-P{days}D"),
            (0, rest) if rest % 60 == 0 => format!("-PT{}H", rest / 60),
            (0, rest) => format!("-PT{rest}M"),
            _ => format!("-PT{m}M"),
        }
    }
}

/// The whole `.ics` file, lines ended by CRLF and folded at 75 octets.
pub fn ics(event: &Event<'_>) -> String {
    let zone_id = event.zone.iana_name().unwrap_or("UTC");
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Carnet//Appointments//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
    ];
    lines.extend(timezone(event.zone, zone_id, event.starts_at, event.ends_at));
    lines.push("BEGIN:VEVENT".to_string());
    lines.push(format!("UID:{}@carnet", text(event.uid)));
    lines.push(format!("SEQUENCE:{}", event.sequence));
    lines.push(format!("DTSTAMP:{}", utc(event.stamp)));
    lines.push(format!("DTSTART;TZID={zone_id}:{}", local(event.starts_at, event.zone)));
    lines.push(format!("DTEND;TZID={zone_id}:{}", local(event.ends_at, event.zone)));
    lines.push(format!("SUMMARY:{}", text(event.summary)));
    if !event.location.is_empty() {
        lines.push(format!("LOCATION:{}", text(event.location)));
    }
    if !event.description.is_empty() {
        lines.push(format!("DESCRIPTION:{}", text(event.description)));
    }
    if let Some(url) = event.url.filter(|u| !u.is_empty()) {
        // A URI value: not TEXT, so nothing is escaped (our links hold no control characters).
        lines.push(format!("URL:{}", url.chars().filter(|c| !c.is_control()).collect::<String>()));
    }
    lines.push(format!("STATUS:{}", if event.cancelled { "CANCELLED" } else { "CONFIRMED" }));
    lines.push("TRANSP:OPAQUE".to_string());
    if !event.cancelled {
        for alarm in event.alarms {
            lines.extend([
                "BEGIN:VALARM".to_string(),
                "ACTION:DISPLAY".to_string(),
                format!("DESCRIPTION:{}", text(event.summary)),
                format!("TRIGGER:{}", alarm.trigger()),
                "END:VALARM".to_string(),
            ]);
        }
    }
    lines.push("END:VEVENT".to_string());
    lines.push("END:VCALENDAR".to_string());
    lines.iter().map(|line| fold(line)).collect()
}

/// The zone's definition around the event: the observance in force at its start and any change
/// before its end (and the next one, so a calendar can place the event on either side).
fn timezone(zone: &TimeZone, zone_id: &str, starts_at: i64, ends_at: i64) -> Vec<String> {
    let mut lines = vec!["BEGIN:VTIMEZONE".to_string(), format!("TZID:{zone_id}")];
    let start = Timestamp::from_millisecond(starts_at).unwrap_or(Timestamp::UNIX_EPOCH);
    let end = Timestamp::from_millisecond(ends_at).unwrap_or(start);
    let mut transitions: Vec<(Timestamp, Offset, bool, String)> = Vec::new();
    if let Some(t) = zone.preceding(start.checked_add(jiff::SignedDuration::from_millis(1)).unwrap_or(start)).next() {
        transitions.push((t.timestamp(), t.offset(), t.dst().is_dst(), t.abbreviation().to_string()));
    }
    for t in zone.following(start) {
        let at = t.timestamp();
        transitions.push((at, t.offset(), t.dst().is_dst(), t.abbreviation().to_string()));
        if at > end {
            break;
        }
    }
    if transitions.is_empty() {
        // A zone without changes (UTC, a fixed offset): one observance since 1970.
        let info = zone.to_offset_info(start);
        let offset = offset_text(info.offset());
        lines.extend([
            "BEGIN:STANDARD".to_string(),
            "DTSTART:19700101T000000".to_string(),
            format!("TZOFFSETFROM:{offset}"),
            format!("TZOFFSETTO:{offset}"),
            format!("TZNAME:{}", text(info.abbreviation())),
            "END:STANDARD".to_string(),
        ]);
    }
    for (at, to, dst, name) in transitions {
        let before = at.checked_sub(jiff::SignedDuration::from_secs(1)).unwrap_or(at);
        let from = zone.to_offset(before);
        // DTSTART is the local time the change happens at, read in the offset it changes from.
        let wall = from.to_datetime(at).strftime("%Y%m%dT%H%M%S").to_string();
        let kind = if dst { "DAYLIGHT" } else { "STANDARD" };
        lines.extend([
            format!("BEGIN:{kind}"),
            format!("DTSTART:{wall}"),
            format!("TZOFFSETFROM:{}", offset_text(from)),
            format!("TZOFFSETTO:{}", offset_text(to)),
            format!("TZNAME:{}", text(&name)),
            format!("END:{kind}"),
        ]);
    }
    lines.push("END:VTIMEZONE".to_string());
    lines
}

/// `+0100`, `-0330`.
fn offset_text(offset: Offset) -> String {
    let seconds = offset.seconds();
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.abs() / 60;
    format!("{sign}{:02}{:02}", minutes / 60, minutes % 60)
}

fn utc(ms: i64) -> String {
    Timestamp::from_millisecond(ms).unwrap_or(Timestamp::UNIX_EPOCH).strftime("%Y%m%dT%H%M%SZ").to_string()
}

fn local(ms: i64, zone: &TimeZone) -> String {
    let at = Timestamp::from_millisecond(ms).unwrap_or(Timestamp::UNIX_EPOCH);
    at.to_zoned(zone.clone()).strftime("%Y%m%dT%H%M%S").to_string()
}

/// A TEXT value: backslashes, semicolons, commas and line breaks escaped; other control
/// characters dropped.
fn text(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded so no line exceeds 75 octets (never inside a character), CRLF-ended.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(zone: &TimeZone, starts: &str, cancelled: bool) -> String {
        let starts_at = starts.parse::<Timestamp>().unwrap().as_millisecond();
        ics(&Event {
            uid: "a1",
            sequence: 2,
            cancelled,
            starts_at,
            ends_at: starts_at + 20 * 60_000,
            zone,
            summary: "Consultation, Dr Benali; cabinet",
            location: "12 rue de la Paix\n75002 Paris",
            description: "Avec Dr Benali.\nVoir : https://carnet.example/appointments/a1",
            url: Some("https://carnet.example/appointments/a1"),
            alarms: &[Alarm::DAY_BEFORE, Alarm::minutes_before(60)],
            stamp: 0,
        })
    }

    #[test]
    fn an_event_in_paris_winter_and_summer() {
        let paris = TimeZone::get("Europe/Paris").unwrap();
        let winter = event(&paris, "2026-11-24T08:00:00Z", false);
        assert!(winter.contains("DTSTART;TZID=Europe/Paris:20261124T090000\r\n"));
        assert!(winter.contains("DTEND;TZID=Europe/Paris:20261124T092000\r\n"));
        assert!(winter.contains("SUMMARY:Consultation\\, Dr Benali\\; cabinet\r\n"));
        assert!(winter.contains("LOCATION:12 rue de la Paix\\n75002 Paris\r\n"));
        // The observance in force: CET since 25 October 2026 at 03:00 CEST.
        assert!(
            winter.contains("BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n")
        );
        assert!(winter.contains("STATUS:CONFIRMED"));
        let summer = event(&paris, "2027-06-01T07:00:00Z", true);
        assert!(summer.contains("DTSTART;TZID=Europe/Paris:20270601T090000\r\n"));
        assert!(
            summer.contains("BEGIN:DAYLIGHT\r\nDTSTART:20270328T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n")
        );
        assert!(summer.contains("STATUS:CANCELLED"));
        assert!(!summer.contains("BEGIN:VALARM"), "a cancelled event reminds of nothing");
        assert!(summer.starts_with("BEGIN:VCALENDAR\r\n") && summer.ends_with("END:VCALENDAR\r\n"));
    }

    #[test]
    fn a_live_event_has_its_page_a_description_and_two_reminders() {
        let paris = TimeZone::get("Europe/Paris").unwrap();
        let file = event(&paris, "2026-11-24T08:00:00Z", false);
        assert!(file.contains("URL:https://carnet.example/appointments/a1\r\n"), "{file}");
        assert!(file.contains("DESCRIPTION:Avec Dr Benali.\\nVoir : https://carnet.example/appointments/a1\r\n"));
        let alarms: Vec<&str> = file.split("BEGIN:VALARM\r\n").skip(1).collect();
        assert_eq!(alarms.len(), 2);
        assert!(alarms[0]
            .starts_with("ACTION:DISPLAY\r\nDESCRIPTION:Consultation\\, Dr Benali\\; cabinet\r\nTRIGGER:-P1D\r\n"));
        assert!(alarms[1].contains("TRIGGER:-PT1H\r\nEND:VALARM\r\nEND:VEVENT"));
    }

    #[test]
    fn alarm_triggers_are_rfc_5545_durations() {
        assert_eq!(Alarm::DAY_BEFORE.trigger(), "-P1D");
        assert_eq!(Alarm::minutes_before(60).trigger(), "-PT1H");
        assert_eq!(Alarm::minutes_before(15).trigger(), "-PT15M");
        assert_eq!(Alarm::minutes_before(90).trigger(), "-PT90M");
        assert_eq!(Alarm::minutes_before(36 * 60).trigger(), "-PT2160M");
    }

    #[test]
    fn a_zone_without_changes_and_long_lines() {
        let long = "é".repeat(100);
        let at = "2026-11-24T08:00:00Z".parse::<Timestamp>().unwrap().as_millisecond();
        let file = ics(&Event {
            uid: "a2",
            sequence: 0,
            cancelled: false,
            starts_at: at,
            ends_at: at + 60_000,
            zone: &TimeZone::UTC,
            summary: &long,
            location: "",
            description: "",
            url: None,
            alarms: &[],
            stamp: at,
        });
        assert!(file.contains("DTSTART;TZID=UTC:20261124T080000\r\n"));
        assert!(file.contains("TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0000\r\n"));
        assert!(file.split("\r\n").all(|line| line.len() <= 75), "folded at 75 octets");
        let unfolded = file.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("SUMMARY:{long}\r\n")), "folding never splits a character");
    }
}
