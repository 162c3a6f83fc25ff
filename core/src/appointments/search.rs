//! Finding a professional to book with: by specialty, city (of a place they receive at) and
//! language spoken, soonest free slot first; and the free slots of one professional, by day.
//! What this reads are public facts about professionals and free times, no patient's data.

use crate::error::Problem;
use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::{DEFAULT_ZONE, SPOKEN};
use crate::clock::now_ms;
use crate::db::Db;
use crate::sharing::directory::SPECIALTIES;
use crate::text::single_line;
use crate::{Error, Result};

/// How many professionals a search shows at most.
pub const RESULTS: i64 = 50;

/// A search as typed, checked (every part optional).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub specialty: String,
    pub city: String,
    pub language: String,
}

impl Query {
    pub fn parse(specialty: &str, city: &str, language: &str) -> Result<Query> {
        let specialty = specialty.trim();
        if !specialty.is_empty() && !SPECIALTIES.contains(&specialty) {
            return Err(Error::Invalid(Problem::SearchSpecialty));
        }
        let language = language.trim();
        if !language.is_empty() && !SPOKEN.contains(&language) {
            return Err(Error::Invalid(Problem::SearchLanguage));
        }
        let city = match city.trim() {
            "" => "",
            typed => single_line(typed, 80).ok_or(Error::Invalid(Problem::SearchCity))?,
        };
        Ok(Query { specialty: specialty.into(), city: city.into(), language: language.into() })
    }
}

/// A professional found, with their soonest free slot.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Found {
    pub professional_id: String,
    pub name: String,
    pub specialty: String,
    pub languages: String,
    /// The cities of their places, comma-separated.
    pub cities: String,
    pub earliest: Option<i64>,
    pub zone: String,
}

/// Professionals who take bookings and match `query`, soonest free slot first.
pub async fn professionals(db: &Db, query: &Query) -> Result<Vec<Found>> {
    // Each professional's soonest free slot is read in slot order and stops at the first free
    // one (not MIN over all of them), and only once: the materialized CTE keeps PostgreSQL from
    // copying the subquery into the ORDER BY. Together they took a search of 1,000 professionals
    // with 100,000 bookings on PostgreSQL from 2 s to 25 ms (docs/performance.md).
    let sql = format!(
        "WITH f AS MATERIALIZED (SELECT a.id AS professional_id, a.display_name AS name, pr.specialty, pr.languages, \
         (SELECT MIN(pl.city) FROM places pl WHERE pl.professional_id = a.id) AS cities, \
         (SELECT s.starts_at FROM slots s WHERE s.professional_id = a.id AND s.starts_at > $4 \
           AND s.withdrawn_at IS NULL \
           AND NOT EXISTS (SELECT 1 FROM appointments x WHERE x.slot_id = s.id AND x.cancelled_at IS NULL) \
           ORDER BY s.starts_at LIMIT 1) AS earliest, \
         COALESCE((SELECT MIN(pl.zone) FROM places pl WHERE pl.professional_id = a.id), $5) AS zone \
         FROM professionals pr JOIN accounts a ON a.id = pr.account_id \
         WHERE ($1 = '' OR pr.specialty = $1) \
         AND ($3 = '' OR (',' || pr.languages || ',') LIKE ('%,' || $3 || ',%')) \
         AND EXISTS (SELECT 1 FROM places pl WHERE pl.professional_id = a.id AND ($2 = '' OR LOWER(pl.city) = LOWER($2)))) \
         SELECT * FROM f ORDER BY CASE WHEN f.earliest IS NULL THEN 1 ELSE 0 END, f.earliest, f.name LIMIT {RESULTS}"
    );
    Ok(sqlx::query_as(&sql)
        .bind(&query.specialty)
        .bind(&query.city)
        .bind(&query.language)
        .bind(now_ms())
        .bind(DEFAULT_ZONE)
        .fetch_all(db.pool())
        .await?)
}

/// A free slot.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct FreeSlot {
    pub slot_id: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub visit: String,
    pub place_name: String,
    pub place_address: String,
    pub place_postcode: String,
    pub place_city: String,
    pub place_phone: String,
    pub zone: String,
}

/// The columns of a [`FreeSlot`], from `slots s JOIN places pl ON pl.id = s.place_id`.
const FREE_SLOT_COLUMNS: &str = "s.id AS slot_id, s.starts_at, s.ends_at, s.visit, pl.name AS place_name, \
     pl.address AS place_address, pl.postcode AS place_postcode, pl.city AS place_city, pl.phone AS place_phone, \
     pl.zone";

impl FreeSlot {
    pub fn is_video(&self) -> bool {
        self.visit == super::Visit::Video.as_str()
    }

    /// "Cabinet Benali, 12 rue de la République, 69002 Lyon".
    pub fn location(&self) -> String {
        super::place_line(&self.place_name, &self.place_address, &self.place_postcode, &self.place_city)
    }
}

/// One professional's page: who they are and their free slots, by day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agenda {
    pub professional_id: String,
    pub name: String,
    pub specialty: String,
    pub languages: String,
    pub cancel_cutoff_hours: i64,
    /// Each day from the first asked with free slots, in the places' zone, in order.
    pub days: Vec<(Date, Vec<FreeSlot>)>,
    /// The first day of the next page, if there are free slots after these.
    pub next: Option<Date>,
}

/// The free slots of `professional_id` from the day `from` for `days` days, only those held
/// `visit` (in person or by video) if given. Not found for someone who does not take bookings.
pub async fn free_slots(
    db: &Db,
    professional_id: &str,
    from: Date,
    days: i64,
    visit: Option<super::Visit>,
) -> Result<Agenda> {
    let visit = visit.map_or("", |v| v.as_str());
    let profile: Option<(String, String, String, i64)> = sqlx::query_as(
        "SELECT a.display_name, pr.specialty, pr.languages, pr.cancel_cutoff_hours \
         FROM professionals pr JOIN accounts a ON a.id = pr.account_id WHERE pr.account_id = $1 \
         AND EXISTS (SELECT 1 FROM places pl WHERE pl.professional_id = a.id)",
    )
    .bind(professional_id)
    .fetch_optional(db.pool())
    .await?;
    let Some((name, specialty, languages, cancel_cutoff_hours)) = profile else { return Err(Error::NotFound) };
    let zone: String = sqlx::query_scalar("SELECT MIN(zone) FROM places WHERE professional_id = $1")
        .bind(professional_id)
        .fetch_one(db.pool())
        .await
        .unwrap_or_else(|_| DEFAULT_ZONE.to_string());
    let tz = TimeZone::get(&zone).unwrap_or(TimeZone::UTC);
    let start_of = |day: Date| day.to_zoned(tz.clone()).map(|z| z.timestamp().as_millisecond());
    let from_ms = start_of(from).map_err(|_| Error::Invalid(Problem::DateInvalid))?.max(now_ms());
    let until_day = from.checked_add(jiff::Span::new().days(days)).map_err(|_| Error::Invalid(Problem::DateInvalid))?;
    let until_ms = start_of(until_day).map_err(|_| Error::Invalid(Problem::DateInvalid))?;
    let free: Vec<FreeSlot> = sqlx::query_as(&format!(
        "SELECT {FREE_SLOT_COLUMNS} FROM slots s JOIN places pl ON pl.id = s.place_id \
         WHERE s.professional_id = $1 AND s.withdrawn_at IS NULL AND s.starts_at > $2 AND s.starts_at < $3 \
         AND NOT EXISTS (SELECT 1 FROM appointments x WHERE x.slot_id = s.id AND x.cancelled_at IS NULL) \
         AND ($4 = '' OR s.visit = $4) ORDER BY s.starts_at"
    ))
    .bind(professional_id)
    .bind(from_ms)
    .bind(until_ms)
    .bind(visit)
    .fetch_all(db.pool())
    .await?;
    let later: Option<i64> = sqlx::query_scalar(
        "SELECT MIN(s.starts_at) FROM slots s WHERE s.professional_id = $1 AND s.withdrawn_at IS NULL \
         AND s.starts_at >= $2 AND ($3 = '' OR s.visit = $3) \
         AND NOT EXISTS (SELECT 1 FROM appointments x WHERE x.slot_id = s.id AND x.cancelled_at IS NULL)",
    )
    .bind(professional_id)
    .bind(until_ms)
    .bind(visit)
    .fetch_one(db.pool())
    .await?;
    let mut by_day: Vec<(Date, Vec<FreeSlot>)> = Vec::new();
    for slot in free {
        let day =
            jiff::Timestamp::from_millisecond(slot.starts_at).map(|t| t.to_zoned(tz.clone()).date()).unwrap_or(from);
        match by_day.last_mut() {
            Some((last, slots)) if *last == day => slots.push(slot),
            _ => by_day.push((day, vec![slot])),
        }
    }
    let next = later.map(|_| until_day);
    Ok(Agenda {
        professional_id: professional_id.into(),
        name,
        specialty,
        languages,
        cancel_cutoff_hours,
        days: by_day,
        next,
    })
}

/// One free slot of `professional_id` (the page confirming a booking), with whom it is with.
/// Not found if it is not theirs, not offered, past or taken.
pub async fn free_slot(db: &Db, professional_id: &str, slot_id: &str) -> Result<(String, FreeSlot)> {
    #[derive(sqlx::FromRow)]
    struct Row {
        name: String,
        #[sqlx(flatten)]
        slot: FreeSlot,
    }
    let found: Option<Row> = sqlx::query_as(&format!(
        "SELECT a.display_name AS name, {FREE_SLOT_COLUMNS} FROM slots s JOIN places pl ON pl.id = s.place_id \
         JOIN accounts a ON a.id = s.professional_id \
         WHERE s.id = $1 AND s.professional_id = $2 AND s.withdrawn_at IS NULL AND s.starts_at > $3 \
         AND NOT EXISTS (SELECT 1 FROM appointments x WHERE x.slot_id = s.id AND x.cancelled_at IS NULL)"
    ))
    .bind(slot_id)
    .bind(professional_id)
    .bind(now_ms())
    .fetch_optional(db.pool())
    .await?;
    let Row { name, slot } = found.ok_or(Error::NotFound)?;
    Ok((name, slot))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searches_are_checked() {
        assert_eq!(Query::parse("", "", "").unwrap(), Query::default());
        assert!(Query::parse("cardiology", " Lyon ", "en").is_ok());
        assert!(matches!(Query::parse("astrology", "", ""), Err(Error::Invalid(Problem::SearchSpecialty))));
        assert!(matches!(Query::parse("", "", "klingon"), Err(Error::Invalid(Problem::SearchLanguage))));
        assert!(matches!(Query::parse("", "Pa\u{0}ris", ""), Err(Error::Invalid(Problem::SearchCity))));
    }
}
