//! The professional's side: where they receive ([`Place`]), their weekly openings and closed
//! days, their booking settings (cancel cut-off, languages), the slots all this makes for the
//! coming [`WEEKS_AHEAD`] weeks, their agenda, and cancelling or moving a patient's
//! appointment (the patient is told).
//!
//! Slots are rows. [`refresh_slots`] makes the rows match the openings: it adds the missing
//! ones, withdraws free ones no longer offered, and never touches a booked one (a closed day
//! keeps its bookings until the professional cancels or moves them). It runs in the
//! transaction of every change of openings, and daily for everyone (the window moves on).

use crate::error::Problem;
use std::collections::HashMap;

use jiff::civil::{Date, Time, Weekday};
use jiff::tz::TimeZone;
use sqlx::{Any, Transaction};
use uuid::Uuid;

use super::availability::{self, Visit, WeeklyRule};
use super::booking::{cancel_in, move_in, Cancelled, Mover};
use super::notices::Told;
use super::{load, Appointment, SELECT, SPOKEN, WEEKS_AHEAD};
use crate::audit::chain::{self as audit, Entry};
use crate::clock::now_ms;
use crate::db::Db;
use crate::policy::{self, AccountAction, Actor};
use crate::sharing::directory;
use crate::text::single_line;
use crate::{Error, Result};

/// Time zones a place can be in: metropolitan France and the overseas departments.
pub const ZONES: [&str; 9] = [
    "Europe/Paris",
    "America/Guadeloupe",
    "America/Martinique",
    "America/Cayenne",
    "Indian/Reunion",
    "Indian/Mayotte",
    "America/Miquelon",
    "Pacific/Noumea",
    "Pacific/Tahiti",
];

/// The Fluent id of a time zone's name as people know it ("zone-europe-paris").
pub fn zone_message(zone: &str) -> String {
    format!("zone-{}", zone.to_ascii_lowercase().replace('/', "-"))
}

/// The longest closure typed at once (days).
pub const CLOSURE_MAX_DAYS: i64 = 92;

/// A place where the professional receives.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Place {
    pub id: String,
    pub name: String,
    pub address: String,
    pub postcode: String,
    pub city: String,
    /// As [`parse_phone`] writes it ("04 78 00 00 00"); empty for places added before it was asked.
    pub phone: String,
    pub zone: String,
}

impl Place {
    /// "Cabinet Benali, 12 rue de la République, 69002 Lyon".
    pub fn location(&self) -> String {
        super::place_line(&self.name, &self.address, &self.postcode, &self.city)
    }
}

/// A place as typed, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPlace {
    pub name: String,
    pub address: String,
    pub postcode: String,
    pub city: String,
    pub phone: String,
    pub zone: String,
}

impl NewPlace {
    pub fn parse(name: &str, address: &str, postcode: &str, city: &str, phone: &str, zone: &str) -> Result<NewPlace> {
        let name = single_line(name, 80).ok_or(Error::Invalid(Problem::PlaceName))?;
        let address = single_line(address, 200).ok_or(Error::Invalid(Problem::PlaceAddress))?;
        let postcode = parse_postcode(postcode).ok_or(Error::Invalid(Problem::PlacePostcode))?;
        let city = single_line(city, 80).ok_or(Error::Invalid(Problem::PlaceCity))?;
        let phone = parse_phone(phone).ok_or(Error::Invalid(Problem::PlacePhone))?;
        let zone = zone.trim();
        if !ZONES.contains(&zone) || TimeZone::get(zone).is_err() {
            return Err(Error::Invalid(Problem::PlaceZone));
        }
        Ok(NewPlace {
            name: name.into(),
            address: address.into(),
            postcode,
            city: city.into(),
            phone,
            zone: zone.into(),
        })
    }
}

/// A French postcode: five digits (metropolitan France, the overseas departments and
/// collectivities, Monaco).
pub fn parse_postcode(raw: &str) -> Option<String> {
    let code = raw.trim();
    (code.len() == 5 && code.bytes().all(|b| b.is_ascii_digit())).then(|| code.to_string())
}

/// A practice's telephone as people write it — "04 78 00 00 00", "04.78.00.00.00", "0478000000",
/// "+33 4 78 00 00 00", another country's "+" number — written back the French way: ten digits
/// in pairs, or "+" and the digits (+33 numbers as "+33 4 78 00 00 00").
pub fn parse_phone(raw: &str) -> Option<String> {
    let typed = raw.trim();
    if typed.chars().count() > 30 || !typed.chars().all(|c| c.is_ascii_digit() || " .-+()".contains(c)) {
        return None;
    }
    let international = typed.starts_with('+');
    if typed.chars().skip(1).any(|c| c == '+') {
        return None;
    }
    let digits: String = typed.chars().filter(char::is_ascii_digit).collect();
    let pairs = |d: &str| d.as_bytes().chunks(2).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>();
    match (international, digits.len()) {
        (false, 10) if digits.starts_with('0') && !digits.starts_with("00") => Some(pairs(&digits).join(" ")),
        (true, 11) if digits.starts_with("33") && !digits.starts_with("330") => {
            Some(format!("+33 {} {}", &digits[2..3], pairs(&digits[3..]).join(" ")))
        }
        (true, 8..=15) if !digits.starts_with('0') && !digits.starts_with("33") => Some(format!("+{digits}")),
        _ => None,
    }
}

/// The longest teleconsultation address accepted (characters).
pub const VIDEO_URL_MAX_CHARS: usize = 500;

/// Where the professional holds video consultations: an `https` address (their teleconsultation
/// service's room or waiting room), at most [`VIDEO_URL_MAX_CHARS`], without a user name or
/// password in it. Empty means none.
pub fn parse_video_url(raw: &str) -> Result<Option<String>> {
    let typed = raw.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    let refused = Error::Invalid(Problem::VideoUrl);
    if typed.chars().count() > VIDEO_URL_MAX_CHARS || typed.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(refused);
    }
    let url = url::Url::parse(typed).map_err(|_| Error::Invalid(Problem::VideoUrl))?;
    let host_ok = url.host_str().is_some_and(|h| h.contains('.') || h == "localhost");
    if url.scheme() != "https" || !host_ok || !url.username().is_empty() || url.password().is_some() {
        return Err(refused);
    }
    Ok(Some(url.to_string()))
}

/// A weekly opening as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opening {
    pub id: String,
    pub place_id: String,
    pub rule: WeeklyRule,
}

/// What the availability page shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Availability {
    pub places: Vec<Place>,
    pub openings: Vec<Opening>,
    /// Closed days from today on, in order.
    pub closed: Vec<Date>,
    pub cancel_cutoff_hours: i64,
    pub languages: Vec<String>,
    /// Where they hold video consultations, if they said.
    pub video_url: Option<String>,
}

/// The professional's account when the policy lets them run an agenda
/// ([`AccountAction::ManageAgenda`]); anyone else gets "not found".
pub(crate) fn professional(actor: &Actor) -> Result<&str> {
    match actor.account_id() {
        Some(account_id) if policy::may(actor, AccountAction::ManageAgenda, false) => Ok(account_id),
        _ => Err(Error::NotFound),
    }
}

/// The professional's places, openings, closed days and settings.
pub async fn availability(db: &Db, actor: &Actor) -> Result<Availability> {
    let account_id = professional(actor)?;
    let mut tx = db.begin().await?;
    let places = places(&mut tx, account_id).await?;
    let openings = openings(&mut tx, account_id).await?;
    let closed = closed_days(&mut tx, account_id, db.today()).await?;
    let (cancel_cutoff_hours, languages, video_url): (i64, String, Option<String>) =
        sqlx::query_as("SELECT cancel_cutoff_hours, languages, video_url FROM professionals WHERE account_id = $1")
            .bind(account_id)
            .fetch_optional(&mut *tx)
            .await?
            .unwrap_or((24, "fr".into(), None));
    tx.commit().await?;
    let languages = languages.split(',').filter(|l| !l.is_empty()).map(String::from).collect();
    Ok(Availability { places, openings, closed, cancel_cutoff_hours, languages, video_url })
}

async fn places(tx: &mut Transaction<'static, Any>, account_id: &str) -> Result<Vec<Place>> {
    Ok(sqlx::query_as(
        "SELECT id, name, address, postcode, city, phone, zone FROM places WHERE professional_id = $1 \
         ORDER BY created_at, id",
    )
    .bind(account_id)
    .fetch_all(&mut **tx)
    .await?)
}

async fn openings(tx: &mut Transaction<'static, Any>, account_id: &str) -> Result<Vec<Opening>> {
    let rows: Vec<(String, String, i64, i64, i64, i64, String)> = sqlx::query_as(
        "SELECT id, place_id, weekday, start_minute, end_minute, slot_minutes, visit \
         FROM availability_rules WHERE professional_id = $1 \
         ORDER BY weekday, start_minute",
    )
    .bind(account_id)
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, place_id, weekday, start, end, slot_minutes, visit)| {
            let weekday = Weekday::from_monday_one_offset(i8::try_from(weekday).ok()?).ok()?;
            let time = |m: i64| Time::new(i8::try_from(m / 60).ok()?, i8::try_from(m % 60).ok()?, 0, 0).ok();
            let end = if end >= 1440 { Time::MAX } else { time(end)? };
            let visit = if visit == "video" { Visit::Video } else { Visit::InPerson };
            Some(Opening { id, place_id, rule: WeeklyRule { weekday, start: time(start)?, end, slot_minutes, visit } })
        })
        .collect())
}

async fn closed_days(tx: &mut Transaction<'static, Any>, account_id: &str, from: Date) -> Result<Vec<Date>> {
    let days: Vec<String> = sqlx::query_scalar(
        "SELECT day FROM availability_closures WHERE professional_id = $1 AND day >= $2 ORDER BY day",
    )
    .bind(account_id)
    .bind(from.to_string())
    .fetch_all(&mut **tx)
    .await?;
    Ok(days.iter().filter_map(|d| d.parse().ok()).collect())
}

/// Adds a place.
pub async fn add_place(db: &Db, actor: &Actor, new: &NewPlace) -> Result<String> {
    let account_id = professional(actor)?;
    let id = Uuid::new_v4().to_string();
    let mut tx = db.begin().await?;
    sqlx::query(
        "INSERT INTO places (id, professional_id, name, address, postcode, city, phone, zone, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(&id)
    .bind(account_id)
    .bind(&new.name)
    .bind(&new.address)
    .bind(&new.postcode)
    .bind(&new.city)
    .bind(&new.phone)
    .bind(&new.zone)
    .bind(now_ms())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Adds a weekly opening at one of the professional's places. Openings of one professional may
/// not overlap on a weekday, whatever the place; video openings need the professional's video
/// consultation address first (every video appointment has a way to join).
pub async fn add_opening(db: &Db, actor: &Actor, place_id: &str, rule: &WeeklyRule) -> Result<()> {
    let account_id = professional(actor)?;
    let mut tx = db.begin().await?;
    db.lock_account(&mut tx, account_id).await?;
    if !places(&mut tx, account_id).await?.iter().any(|p| p.id == place_id) {
        return Err(Error::Invalid(Problem::PlaceUnknown));
    }
    let minute = |t: Time| i64::from(t.hour()) * 60 + i64::from(t.minute());
    let (start, end) = (minute(rule.start), minute(rule.end));
    let overlapping = openings(&mut tx, account_id)
        .await?
        .iter()
        .any(|o| o.rule.weekday == rule.weekday && start < minute(o.rule.end) && minute(o.rule.start) < end);
    if overlapping {
        return Err(Error::Invalid(Problem::AvailabilityOverlap));
    }
    if rule.visit == Visit::Video && video_url(&mut tx, account_id).await?.is_none() {
        return Err(Error::Invalid(Problem::VideoUrlNeeded));
    }
    sqlx::query(
        "INSERT INTO availability_rules (id, professional_id, place_id, weekday, start_minute, end_minute, \
         slot_minutes, visit, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(Uuid::new_v4().to_string())
    .bind(account_id)
    .bind(place_id)
    .bind(i64::from(rule.weekday.to_monday_one_offset()))
    .bind(start)
    .bind(end)
    .bind(rule.slot_minutes)
    .bind(rule.visit.as_str())
    .bind(now_ms())
    .execute(&mut *tx)
    .await?;
    commit_with_slots(db, tx, account_id).await
}

/// Removes an opening: its free slots are withdrawn, booked ones stay.
pub async fn remove_opening(db: &Db, actor: &Actor, opening_id: &str) -> Result<()> {
    let account_id = professional(actor)?;
    let mut tx = db.begin().await?;
    db.lock_account(&mut tx, account_id).await?;
    let removed = sqlx::query("DELETE FROM availability_rules WHERE id = $1 AND professional_id = $2")
        .bind(opening_id)
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
    if removed.rows_affected() != 1 {
        return Err(Error::NotFound);
    }
    commit_with_slots(db, tx, account_id).await
}

/// Closes the days from `from` to `to` (both included, `to` empty for one day), from today on
/// and at most [`CLOSURE_MAX_DAYS`] at once.
pub async fn close_days(db: &Db, actor: &Actor, from: &str, to: &str) -> Result<()> {
    let account_id = professional(actor)?;
    let days = closure_days(from, to, db.today())?;
    let mut tx = db.begin().await?;
    db.lock_account(&mut tx, account_id).await?;
    for day in days {
        sqlx::query("INSERT INTO availability_closures (professional_id, day) VALUES ($1, $2) ON CONFLICT DO NOTHING")
            .bind(account_id)
            .bind(day.to_string())
            .execute(&mut *tx)
            .await?;
    }
    commit_with_slots(db, tx, account_id).await
}

/// Commits a change of openings or closed days with the slot rows made to match it.
async fn commit_with_slots(db: &Db, mut tx: Transaction<'static, Any>, account_id: &str) -> Result<()> {
    refresh_slots(&mut tx, account_id, db.today()).await?;
    tx.commit().await?;
    Ok(())
}

/// The days a closure form names, checked.
pub fn closure_days(from: &str, to: &str, today: Date) -> Result<Vec<Date>> {
    let from: Date = from.trim().parse().map_err(|_| Error::Invalid(Problem::DateInvalid))?;
    let to: Date = match to.trim() {
        "" => from,
        typed => typed.parse().map_err(|_| Error::Invalid(Problem::DateInvalid))?,
    };
    if from < today {
        return Err(Error::Invalid(Problem::ClosurePast));
    }
    if to < from || (to - from).get_days() >= CLOSURE_MAX_DAYS as i32 {
        return Err(Error::Invalid(Problem::ClosureRange));
    }
    let mut days = vec![from];
    let mut day = from;
    while day < to {
        day = day.tomorrow().map_err(|_| Error::Invalid(Problem::DateInvalid))?;
        days.push(day);
    }
    Ok(days)
}

/// Opens a closed day again.
pub async fn reopen_day(db: &Db, actor: &Actor, day: &str) -> Result<()> {
    let account_id = professional(actor)?;
    let day: Date = day.trim().parse().map_err(|_| Error::Invalid(Problem::DateInvalid))?;
    let mut tx = db.begin().await?;
    db.lock_account(&mut tx, account_id).await?;
    sqlx::query("DELETE FROM availability_closures WHERE professional_id = $1 AND day = $2")
        .bind(account_id)
        .bind(day.to_string())
        .execute(&mut *tx)
        .await?;
    commit_with_slots(db, tx, account_id).await
}

async fn video_url(tx: &mut Transaction<'static, Any>, account_id: &str) -> Result<Option<String>> {
    let url: Option<Option<String>> = sqlx::query_scalar("SELECT video_url FROM professionals WHERE account_id = $1")
        .bind(account_id)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(url.flatten().filter(|u| !u.is_empty()))
}

/// The booking settings as typed.
#[derive(Debug, Clone, Default)]
pub struct BookingSettings<'a> {
    /// How long before an appointment patients may still cancel or move it (0–168 hours).
    pub cutoff_hours: &'a str,
    /// The languages the professional speaks (codes from [`SPOKEN`], at least one).
    pub languages: &'a [String],
    /// Where they hold video consultations ([`parse_video_url`]); needed while they have video
    /// openings.
    pub video_url: &'a str,
}

/// Sets the booking settings, checked.
pub async fn set_booking_settings(db: &Db, actor: &Actor, typed: &BookingSettings<'_>) -> Result<()> {
    let account_id = professional(actor)?;
    let cutoff: i64 = typed.cutoff_hours.trim().parse().map_err(|_| Error::Invalid(Problem::CutoffInvalid))?;
    if !(0..=168).contains(&cutoff) {
        return Err(Error::Invalid(Problem::CutoffInvalid));
    }
    let languages: Vec<&str> =
        SPOKEN.iter().copied().filter(|code| typed.languages.iter().any(|l| l == code)).collect();
    if languages.is_empty() {
        return Err(Error::Invalid(Problem::LanguagesNone));
    }
    let video_url = parse_video_url(typed.video_url)?;
    let mut tx = db.begin().await?;
    db.lock_account(&mut tx, account_id).await?;
    let has_video = openings(&mut tx, account_id).await?.iter().any(|o| o.rule.visit == Visit::Video);
    if video_url.is_none() && has_video {
        return Err(Error::Invalid(Problem::VideoUrlNeeded));
    }
    directory::set_booking_settings(&mut tx, account_id, cutoff, &languages.join(","), video_url.as_deref()).await?;
    tx.commit().await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct ExistingSlot {
    id: String,
    place_id: String,
    starts_at: i64,
    ends_at: i64,
    visit: String,
    withdrawn_at: Option<i64>,
    /// Live bookings on it (0 or 1).
    booked: i64,
    /// Bookings ever made on it (a slot with history keeps its shape).
    used: i64,
}

/// Makes the professional's future slot rows match their openings and closed days, from `from`
/// for [`WEEKS_AHEAD`] weeks. Idempotent; never changes a booked slot.
pub async fn refresh_slots(tx: &mut Transaction<'static, Any>, account_id: &str, from: Date) -> Result<usize> {
    let now = now_ms();
    let zones: HashMap<String, TimeZone> = places(tx, account_id)
        .await?
        .into_iter()
        .map(|p| {
            let zone = TimeZone::get(&p.zone).unwrap_or(TimeZone::UTC);
            (p.id, zone)
        })
        .collect();
    let openings = openings(tx, account_id).await?;
    let closed = closed_days(tx, account_id, from).await?;
    let mut wanted: Vec<(String, availability::Slot)> = Vec::new();
    for (place_id, zone) in &zones {
        let rules: Vec<WeeklyRule> = openings.iter().filter(|o| &o.place_id == place_id).map(|o| o.rule).collect();
        for slot in availability::slots(&rules, &closed, from, WEEKS_AHEAD * 7, zone) {
            if slot.starts_at > now {
                wanted.push((place_id.clone(), slot));
            }
        }
    }
    let existing: Vec<ExistingSlot> = sqlx::query_as(
        "SELECT s.id, s.place_id, s.starts_at, s.ends_at, s.visit, s.withdrawn_at, \
         (SELECT COUNT(*) FROM appointments x WHERE x.slot_id = s.id AND x.cancelled_at IS NULL) AS booked, \
         (SELECT COUNT(*) FROM appointments x WHERE x.slot_id = s.id) AS used \
         FROM slots s WHERE s.professional_id = $1 AND s.starts_at > $2",
    )
    .bind(account_id)
    .bind(now)
    .fetch_all(&mut **tx)
    .await?;
    let booked: Vec<(i64, i64)> = existing.iter().filter(|s| s.booked > 0).map(|s| (s.starts_at, s.ends_at)).collect();
    let by_start: HashMap<i64, &ExistingSlot> = existing.iter().map(|s| (s.starts_at, s)).collect();
    let mut changed = 0;
    // Free slots no longer offered are withdrawn.
    for slot in existing.iter().filter(|s| s.booked == 0 && s.withdrawn_at.is_none()) {
        let still = wanted.iter().any(|(place, w)| {
            w.starts_at == slot.starts_at
                && w.ends_at == slot.ends_at
                && *place == slot.place_id
                && w.visit.as_str() == slot.visit
        });
        if !still {
            sqlx::query("UPDATE slots SET withdrawn_at = $1 WHERE id = $2")
                .bind(now)
                .bind(&slot.id)
                .execute(&mut **tx)
                .await?;
            changed += 1;
        }
    }
    for (place_id, slot) in &wanted {
        match by_start.get(&slot.starts_at) {
            Some(row) if row.booked > 0 => {}
            Some(row) => {
                let same = row.ends_at == slot.ends_at && row.place_id == *place_id && row.visit == slot.visit.as_str();
                if same && row.withdrawn_at.is_some() {
                    sqlx::query("UPDATE slots SET withdrawn_at = NULL WHERE id = $1")
                        .bind(&row.id)
                        .execute(&mut **tx)
                        .await?;
                    changed += 1;
                } else if !same && row.used == 0 && !overlaps_booked(&booked, slot) {
                    sqlx::query(
                        "UPDATE slots SET place_id = $1, ends_at = $2, visit = $3, withdrawn_at = NULL WHERE id = $4",
                    )
                    .bind(place_id)
                    .bind(slot.ends_at)
                    .bind(slot.visit.as_str())
                    .bind(&row.id)
                    .execute(&mut **tx)
                    .await?;
                    changed += 1;
                }
            }
            None if overlaps_booked(&booked, slot) => {}
            None => {
                sqlx::query(
                    "INSERT INTO slots (id, professional_id, place_id, starts_at, ends_at, visit) \
                     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
                )
                .bind(Uuid::new_v4().to_string())
                .bind(account_id)
                .bind(place_id)
                .bind(slot.starts_at)
                .bind(slot.ends_at)
                .bind(slot.visit.as_str())
                .execute(&mut **tx)
                .await?;
                changed += 1;
            }
        }
    }
    Ok(changed)
}

fn overlaps_booked(booked: &[(i64, i64)], slot: &availability::Slot) -> bool {
    booked.iter().any(|&(start, end)| slot.starts_at < end && start < slot.ends_at)
}

/// Extends every professional's slots to the coming weeks (the daily worker). Returns how many
/// slot rows changed.
pub async fn refresh_everyone(db: &Db) -> Result<usize> {
    let professionals: Vec<String> =
        sqlx::query_scalar("SELECT DISTINCT professional_id FROM availability_rules").fetch_all(db.pool()).await?;
    let mut changed = 0;
    for account_id in professionals {
        let mut tx = db.begin().await?;
        db.lock_account(&mut tx, &account_id).await?;
        changed += refresh_slots(&mut tx, &account_id, db.today()).await?;
        tx.commit().await?;
    }
    Ok(changed)
}

/// What the agenda shows: one day, or a week from Monday to Sunday.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    Day,
    Week,
}

/// The days the agenda shows, in the clinic's calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub span: Span,
    /// The day shown, or the Monday of the week shown.
    pub first: Date,
}

impl Period {
    /// The period asked for: the day named, or the week (Monday to Sunday) holding it. Without a
    /// day: today, or the week ahead — the current week, except on a Sunday, when the week that
    /// holds it is over for nearly every practice and the coming one is shown.
    pub fn asked(span: Span, day: Option<Date>, today: Date) -> Period {
        match (span, day) {
            (Span::Day, day) => Period { span, first: day.unwrap_or(today) },
            (Span::Week, Some(day)) => Period { span, first: monday_of(day) },
            (Span::Week, None) if today.weekday() == Weekday::Sunday => {
                Period { span, first: today.tomorrow().unwrap_or(today) }
            }
            (Span::Week, None) => Period { span, first: monday_of(today) },
        }
    }

    /// How many days it shows.
    pub fn length(self) -> i64 {
        match self.span {
            Span::Day => 1,
            Span::Week => 7,
        }
    }

    /// Its days, in order.
    pub fn days(self) -> Vec<Date> {
        (0..self.length()).filter_map(|n| self.first.checked_add(jiff::Span::new().days(n)).ok()).collect()
    }

    /// Its last day.
    pub fn last(self) -> Date {
        self.first.checked_add(jiff::Span::new().days(self.length() - 1)).unwrap_or(self.first)
    }

    pub fn contains(self, day: Date) -> bool {
        self.first <= day && day <= self.last()
    }

    /// The first day of the period before and of the one after.
    pub fn previous(self) -> Date {
        self.first.checked_sub(jiff::Span::new().days(self.length())).unwrap_or(self.first)
    }

    pub fn next(self) -> Date {
        self.first.checked_add(jiff::Span::new().days(self.length())).unwrap_or(self.first)
    }

    /// The instants it covers in `zone`: from the start of its first day to the start of the day
    /// after its last (a week holding a change of clocks lasts 167 or 169 hours).
    pub fn bounds(self, zone: &TimeZone) -> Result<(i64, i64)> {
        let start = |d: Date| {
            d.to_zoned(zone.clone())
                .map(|z| z.timestamp().as_millisecond())
                .map_err(|_| Error::Invalid(Problem::DateInvalid))
        };
        Ok((start(self.first)?, start(self.next())?))
    }
}

fn monday_of(day: Date) -> Date {
    day.checked_sub(jiff::Span::new().days(i64::from(day.weekday().to_monday_zero_offset()))).unwrap_or(day)
}

/// One slot of the agenda, free or booked, with what the patients' side cancelled on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaSlot {
    pub slot_id: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub visit: String,
    pub place_name: String,
    pub zone: String,
    /// No longer offered (a closed day, an opening removed): shown only for what happened on it.
    pub withdrawn: bool,
    pub appointment: Option<Appointment>,
    /// Appointments on this slot that the patient's side cancelled (not moved), with their
    /// reason: the professional knows who will not come, and why if they said.
    pub cancelled: Vec<Appointment>,
}

/// The professional's slots from `from` to `until` (instants), with their bookings and the
/// patients' cancellations. Reading who booked and why is audited (one row per agenda view).
pub async fn agenda(db: &Db, actor: &Actor, from: i64, until: i64) -> Result<Vec<AgendaSlot>> {
    let account_id = professional(actor)?;
    let mut tx = db.begin().await?;
    #[derive(sqlx::FromRow)]
    struct Row {
        id: String,
        starts_at: i64,
        ends_at: i64,
        visit: String,
        place_name: String,
        zone: String,
        withdrawn_at: Option<i64>,
    }
    let slots: Vec<Row> = sqlx::query_as(
        "SELECT s.id, s.starts_at, s.ends_at, s.visit, pl.name AS place_name, pl.zone, s.withdrawn_at FROM slots s \
         JOIN places pl ON pl.id = s.place_id \
         WHERE s.professional_id = $1 AND s.starts_at >= $2 AND s.starts_at < $3 AND (s.withdrawn_at IS NULL \
         OR EXISTS (SELECT 1 FROM appointments x WHERE x.slot_id = s.id AND (x.cancelled_at IS NULL \
           OR (x.cancelled_as = 'patient' AND x.moved_to IS NULL)))) \
         ORDER BY s.starts_at",
    )
    .bind(account_id)
    .bind(from)
    .bind(until)
    .fetch_all(&mut *tx)
    .await?;
    let shown: Vec<Appointment> = sqlx::query_as(&format!(
        "{SELECT} WHERE x.professional_id = $1 AND x.starts_at >= $2 AND x.starts_at < $3 \
         AND (x.cancelled_at IS NULL OR (x.cancelled_as = 'patient' AND x.moved_to IS NULL)) ORDER BY x.cancelled_at"
    ))
    .bind(account_id)
    .bind(from)
    .bind(until)
    .fetch_all(&mut *tx)
    .await?;
    audit::append(&mut tx, &Entry::by_person(account_id, "professional", "read.agenda", "own-agenda")).await?;
    tx.commit().await?;
    let (live, cancelled): (Vec<Appointment>, Vec<Appointment>) = shown.into_iter().partition(Appointment::is_live);
    let mut by_slot: HashMap<String, Appointment> = live.into_iter().map(|a| (a.slot_id.clone(), a)).collect();
    Ok(slots
        .into_iter()
        .map(|row| AgendaSlot {
            appointment: by_slot.remove(&row.id),
            cancelled: cancelled.iter().filter(|a| a.slot_id == row.id).cloned().collect(),
            withdrawn: row.withdrawn_at.is_some(),
            slot_id: row.id,
            starts_at: row.starts_at,
            ends_at: row.ends_at,
            visit: row.visit,
            place_name: row.place_name,
            zone: row.zone,
        })
        .collect())
}

/// One appointment in the professional's agenda (its page, to cancel or move it).
pub async fn appointment(db: &Db, actor: &Actor, id: &str) -> Result<Appointment> {
    let account_id = professional(actor)?;
    let mut tx = db.begin().await?;
    let appointment = load(&mut tx, id).await?;
    if appointment.professional_id != account_id {
        return Err(Error::NotFound);
    }
    let entry = Entry::by_person(account_id, "professional", "read.appointment", "own-agenda").about(
        &appointment.patient_id,
        Some(id),
        None,
    );
    audit::append(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(appointment)
}

/// The professional cancels an upcoming appointment in their agenda; the patient is told.
pub async fn cancel(db: &Db, actor: &Actor, id: &str) -> Result<()> {
    let account_id = professional(actor)?;
    let mut tx = db.begin().await?;
    let appointment = load(&mut tx, id).await?;
    check_own_upcoming(&appointment, account_id)?;
    cancel_in(&mut tx, db, &appointment, account_id, Cancelled::ByProfessional).await?;
    let entry = Entry::by_person(account_id, "professional", "appointment.cancel", "own-agenda").about(
        &appointment.patient_id,
        Some(id),
        None,
    );
    audit::append(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(())
}

/// The professional moves an upcoming appointment to another of their free slots, atomically;
/// the patient is told with the new time.
pub async fn move_to(db: &Db, actor: &Actor, id: &str, slot_id: &str) -> Result<String> {
    let account_id = professional(actor)?;
    let slot_id = Uuid::parse_str(slot_id.trim())
        .map(|u| u.to_string())
        .map_err(|_| Error::Invalid(Problem::AppointmentSlotUnknown))?;
    let mut tx = db.begin().await?;
    let appointment = load(&mut tx, id).await?;
    check_own_upcoming(&appointment, account_id)?;
    let key = Uuid::new_v4().to_string();
    let mover = Mover { by: account_id, on_behalf_of: None, moved_as: "professional", told: Told::PATIENT };
    let new_id = move_in(&mut tx, db, &appointment, &slot_id, mover, &key).await?;
    let entry = Entry::by_person(account_id, "professional", "appointment.move", "own-agenda").about(
        &appointment.patient_id,
        Some(&new_id),
        None,
    );
    audit::append(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(new_id)
}

fn check_own_upcoming(appointment: &Appointment, account_id: &str) -> Result<()> {
    if appointment.professional_id != account_id {
        return Err(Error::NotFound);
    }
    if !appointment.is_live() {
        return Err(Error::Invalid(Problem::AppointmentCancelled));
    }
    if appointment.is_past(now_ms()) {
        return Err(Error::Invalid(Problem::AppointmentPast));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_zone_offered_has_a_name_in_every_language() {
        for zone in ZONES {
            for locale in crate::i18n::Locale::ALL {
                let id = zone_message(zone);
                assert_ne!(locale.t(&id), id, "{} has no name for {zone}", locale.tag());
            }
        }
    }

    #[test]
    fn closures_are_checked() {
        let today: Date = "2026-11-23".parse().unwrap();
        assert_eq!(closure_days("2026-12-24", "2026-12-26", today).unwrap().len(), 3);
        assert_eq!(closure_days("2026-11-23", "", today).unwrap(), vec![today]);
        assert!(matches!(closure_days("2026-11-22", "", today), Err(Error::Invalid(Problem::ClosurePast))));
        assert!(matches!(closure_days("2026-12-26", "2026-12-24", today), Err(Error::Invalid(Problem::ClosureRange))));
        assert!(matches!(closure_days("2026-12-01", "2027-06-01", today), Err(Error::Invalid(Problem::ClosureRange))));
        assert!(matches!(closure_days("demain", "", today), Err(Error::Invalid(Problem::DateInvalid))));
    }

    #[test]
    fn places_are_checked() {
        let place =
            |name, address, postcode, phone, zone| NewPlace::parse(name, address, postcode, "Paris", phone, zone);
        let ok = place("Cabinet", "12 rue de la Paix", " 75002 ", "01.23.45.67.89", "Europe/Paris").unwrap();
        assert_eq!((ok.postcode.as_str(), ok.phone.as_str()), ("75002", "01 23 45 67 89"));
        let refused = |result: Result<NewPlace>, id: Problem| {
            assert!(matches!(result, Err(Error::Invalid(e)) if e == id), "{id}")
        };
        refused(place("", "x", "75002", "0123456789", "Europe/Paris"), Problem::PlaceName);
        refused(place("C", "x", "75002", "0123456789", "Mars/Olympus"), Problem::PlaceZone);
        refused(place("C", "a\nb", "75002", "0123456789", "Europe/Paris"), Problem::PlaceAddress);
        refused(place("C", "x", "7500", "0123456789", "Europe/Paris"), Problem::PlacePostcode);
        refused(place("C", "x", "75OO2", "0123456789", "Europe/Paris"), Problem::PlacePostcode);
        refused(place("C", "x", "75002", "", "Europe/Paris"), Problem::PlacePhone);
    }

    #[test]
    fn phones_are_written_the_french_way() {
        assert_eq!(parse_phone("0478000000").as_deref(), Some("04 78 00 00 00"));
        assert_eq!(parse_phone(" 04-78-00-00-00 ").as_deref(), Some("04 78 00 00 00"));
        assert_eq!(parse_phone("+33 4 78 00 00 00").as_deref(), Some("+33 4 78 00 00 00"));
        assert_eq!(parse_phone("+33 (0)4 78 00 00 00"), None, "a trunk zero after +33 is a typo to fix");
        assert_eq!(parse_phone("+590 590 12 34 56").as_deref(), Some("+590590123456"));
        for bad in
            ["", "12", "04 78 00 00", "04 78 00 00 00 0", "0O 78 00 00 00", "04+78000000", "call us", "0078000000"]
        {
            assert_eq!(parse_phone(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn video_addresses_are_https_links_only() {
        assert_eq!(
            parse_video_url(" https://visio.example.org/dr-benali ").unwrap().as_deref(),
            Some("https://visio.example.org/dr-benali")
        );
        assert_eq!(parse_video_url("").unwrap(), None);
        let long = format!("https://visio.example.org/{}", "a".repeat(VIDEO_URL_MAX_CHARS));
        for bad in [
            "http://visio.example.org/room",
            "javascript:alert(1)",
            "visio.example.org/room",
            "https://user:secret@visio.example.org/room",
            "https://visio.example.org/a room",
            "https://nohost/room",
            long.as_str(),
        ] {
            assert!(matches!(parse_video_url(bad), Err(Error::Invalid(Problem::VideoUrl))), "{bad}");
        }
    }

    fn date(text: &str) -> Date {
        text.parse().unwrap()
    }

    #[test]
    fn on_a_sunday_the_agenda_opens_the_coming_week_and_today_is_today() {
        let sunday = date("2026-12-06");
        let week = Period::asked(Span::Week, None, sunday);
        assert_eq!((week.first, week.last()), (date("2026-12-07"), date("2026-12-13")));
        assert_eq!(Period::asked(Span::Day, None, sunday).first, sunday);
        // A day named is shown in its own week, Sunday or not.
        let named = Period::asked(Span::Week, Some(sunday), sunday);
        assert_eq!((named.first, named.last()), (date("2026-11-30"), sunday));
        // Another weekday: the week holding it.
        let wednesday = Period::asked(Span::Week, None, date("2026-12-09"));
        assert_eq!(wednesday.first, date("2026-12-07"));
        assert_eq!((wednesday.previous(), wednesday.next()), (date("2026-11-30"), date("2026-12-14")));
        let day = Period::asked(Span::Day, Some(date("2026-12-31")), sunday);
        assert_eq!((day.previous(), day.next()), (date("2026-12-30"), date("2027-01-01")));
        assert_eq!(week.days().len(), 7);
        assert!(week.contains(date("2026-12-13")) && !week.contains(sunday));
    }

    #[test]
    fn weeks_holding_a_change_of_clocks_cover_their_whole_days() {
        let paris = TimeZone::get("Europe/Paris").unwrap();
        let hours = |p: Period| {
            let (from, until) = p.bounds(&paris).unwrap();
            (until - from) / 3_600_000
        };
        // Clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026.
        let spring = Period::asked(Span::Week, Some(date("2026-03-25")), date("2026-03-25"));
        assert_eq!((spring.first, hours(spring)), (date("2026-03-23"), 7 * 24 - 1));
        let autumn = Period::asked(Span::Week, None, date("2026-10-25"));
        assert_eq!(autumn.first, date("2026-10-26"), "on that Sunday, the coming week");
        let autumn = Period::asked(Span::Week, Some(date("2026-10-25")), date("2026-10-25"));
        assert_eq!((autumn.first, hours(autumn)), (date("2026-10-19"), 7 * 24 + 1));
        let (from, _) = autumn.bounds(&paris).unwrap();
        assert_eq!(jiff::Timestamp::from_millisecond(from).unwrap().to_string(), "2026-10-18T22:00:00Z");
        assert_eq!(hours(Period::asked(Span::Day, Some(date("2026-10-25")), date("2026-10-25"))), 25);
    }
}
