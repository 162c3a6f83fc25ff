//! The professional directory: who a patient can authorize or block, found by name, specialty,
//! city or RPPS number. Directory entries are public facts about professionals, not health
//! data. Specialties are codes named in the Fluent files (`specialty-*`). This module alone
//! writes `professionals`: the entry, and the booking settings the agenda checks.

use crate::error::Problem;
use sqlx::{Any, Transaction};

use crate::db::Db;
use crate::text::single_line;
use crate::{Error, Result};

/// Specialty codes, in the order the directory's filter lists them.
pub const SPECIALTIES: [&str; 14] = [
    "general-practice",
    "cardiology",
    "dermatology",
    "endocrinology",
    "gynaecology",
    "paediatrics",
    "psychiatry",
    "radiology",
    "medical-biology",
    "nursing",
    "pharmacy",
    "dentistry",
    "physiotherapy",
    "midwifery",
];

/// The Fluent id naming a specialty.
pub fn specialty_message(code: &str) -> String {
    format!("specialty-{code}")
}

/// A professional as the directory shows them.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Professional {
    pub account_id: String,
    pub name: String,
    pub rpps: Option<String>,
    pub specialty: String,
    pub city: String,
}

/// The columns of a [`Professional`], for queries that join [`JOIN_ON_PROFESSIONAL_ID`]
/// (with `{pid}` replaced by the column holding the professional's account id).
pub(crate) const COLUMNS: &str = "a.id AS account_id, a.display_name AS name, pr.rpps, pr.specialty, pr.city";
pub(crate) const JOIN_ON_PROFESSIONAL_ID: &str =
    "JOIN accounts a ON a.id = {pid} JOIN professionals pr ON pr.account_id = a.id";

/// An 11-digit RPPS number (the national identifier of health professionals).
pub fn parse_rpps(raw: &str) -> Result<String> {
    let digits: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() == 11 && digits.bytes().all(|b| b.is_ascii_digit()) {
        Ok(digits)
    } else {
        Err(Error::Invalid(Problem::RppsInvalid))
    }
}

/// What a patient searches the directory with (each part optional, all combined).
#[derive(Debug, Clone, Default)]
pub struct Search {
    /// Part of a name, or an RPPS number.
    pub text: String,
    pub specialty: String,
    pub city: String,
}

/// Most results one search shows.
pub const SEARCH_LIMIT: i64 = 30;

/// Professionals matching the search, by name. An empty search lists nobody (the directory is
/// searched, not browsed).
pub async fn search(db: &Db, search: &Search) -> Result<Vec<Professional>> {
    let text = single_line(&search.text, 100).unwrap_or("");
    let city = single_line(&search.city, 100).unwrap_or("");
    let specialty = if SPECIALTIES.contains(&search.specialty.as_str()) { search.specialty.as_str() } else { "" };
    if text.is_empty() && city.is_empty() && specialty.is_empty() {
        return Ok(vec![]);
    }
    let rpps = parse_rpps(text).unwrap_or_default();
    let sql = format!(
        "SELECT {COLUMNS} FROM professionals pr JOIN accounts a ON a.id = pr.account_id \
         JOIN account_roles r ON r.account_id = a.id AND r.role = 'professional' \
         WHERE ($1 = '' OR LOWER(a.display_name) LIKE $2 ESCAPE '\\' OR pr.rpps = $3) \
         AND ($4 = '' OR pr.specialty = $4) AND ($5 = '' OR LOWER(pr.city) LIKE $6 ESCAPE '\\') \
         ORDER BY a.display_name, a.id LIMIT $7"
    );
    Ok(sqlx::query_as(&sql)
        .bind(text)
        .bind(crate::record::contains_pattern(text))
        .bind(rpps)
        .bind(specialty)
        .bind(city)
        .bind(crate::record::contains_pattern(city))
        .bind(SEARCH_LIMIT)
        .fetch_all(db.pool())
        .await?)
}

/// The professional with this account id, if it is one (the page a patient confirms a block on).
pub async fn get(db: &Db, account_id: &str) -> Result<Option<Professional>> {
    Ok(sqlx::query_as(&one_sql()).bind(account_id).fetch_optional(db.pool()).await?)
}

fn one_sql() -> String {
    format!(
        "SELECT {COLUMNS} FROM professionals pr JOIN accounts a ON a.id = pr.account_id \
         JOIN account_roles r ON r.account_id = a.id AND r.role = 'professional' WHERE a.id = $1"
    )
}

/// The professional with this account id, if it is one.
pub(crate) async fn get_in(tx: &mut Transaction<'static, Any>, account_id: &str) -> Result<Option<Professional>> {
    Ok(sqlx::query_as(&one_sql()).bind(account_id).fetch_optional(&mut **tx).await?)
}

/// Creates or replaces a professional's directory entry (invitation, demo data).
pub async fn set_entry(
    tx: &mut Transaction<'static, Any>,
    account_id: &str,
    rpps: Option<&str>,
    specialty: &str,
    city: &str,
) -> Result<()> {
    if !SPECIALTIES.contains(&specialty) {
        return Err(Error::Invalid(Problem::SpecialtyUnknown));
    }
    let rpps = rpps.map(parse_rpps).transpose()?;
    let city = match city.trim() {
        "" => "",
        typed => single_line(typed, 100).ok_or(Error::Invalid(Problem::CityInvalid))?,
    };
    let result = sqlx::query(
        "INSERT INTO professionals (account_id, rpps, specialty, city) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (account_id) DO UPDATE SET rpps = excluded.rpps, specialty = excluded.specialty, \
         city = excluded.city",
    )
    .bind(account_id)
    .bind(rpps)
    .bind(specialty)
    .bind(city)
    .execute(&mut **tx)
    .await;
    match result {
        Ok(_) => Ok(()),
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Err(Error::Conflict(Problem::RppsTaken)),
        Err(e) => Err(e.into()),
    }
}

/// Sets a professional's booking settings, already checked by the agenda: the cancel cut-off
/// (hours), the languages they speak (codes, comma-separated) and their video link.
pub(crate) async fn set_booking_settings(
    tx: &mut Transaction<'static, Any>,
    account_id: &str,
    cancel_cutoff_hours: i64,
    languages: &str,
    video_url: Option<&str>,
) -> Result<()> {
    sqlx::query(
        "UPDATE professionals SET cancel_cutoff_hours = $1, languages = $2, video_url = $3 WHERE account_id = $4",
    )
    .bind(cancel_cutoff_hours)
    .bind(languages)
    .bind(video_url)
    .bind(account_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
